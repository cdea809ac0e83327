#include "aside_parse.hpp"

#include <utility>
#include <vector>

#include "item_parse.hpp"
#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {
namespace {

bool noun_or_name(const SyntaxToken& t) { return t.upos == "NOUN" || t.upos == "PROPN"; }

// The commas around ", among them <noun phrase>," after a noun: {open,
// close}, or {0, 0} when the sentence has none. The phrase has no comma of
// its own (a list with appositions the parser reads well enough), and the
// clause goes on after it with what the parser loses: an infinitive ("to
// impose"), a number ("72 hours to ...") or the subject's verb ("were also
// sanctioned").
std::pair<std::size_t, std::size_t> examples_aside(const SyntaxSentence& s) {
  constexpr std::size_t kMaxWords = 20;
  for (std::size_t i = 1; i + 4 < s.size(); ++i) {
    if (s[i].form != "," || to_lower_ascii(s[i + 1].form) != "among" || to_lower_ascii(s[i + 2].form) != "them")
      continue;
    if (!noun_or_name(s[i - 1])) continue;
    for (std::size_t j = i + 3; j < s.size() && j < i + 3 + kMaxWords; ++j) {
      if (s[j].upos == "VERB" || s[j].upos == "AUX" || s[j].form == ";") break;
      if (s[j].form == ",") {
        if (j > i + 3 && j + 1 < s.size() &&
            (s[j + 1].xpos == "TO" || s[j + 1].upos == "NUM" || s[j + 1].upos == "AUX" || s[j + 1].upos == "VERB"))
          return {i, j};
        break;
      }
    }
  }
  return {0, 0};
}

// Parses `piece` (tagged again first when `retag`) and copies its heads and
// labels (and tags) to s, each index through `at`.
void parse_into(const SyntaxModel& model, SyntaxSentence& s, SyntaxSentence piece, const std::vector<std::size_t>& at,
                bool by_items, bool retag = false) {
  // (Names keep the tags they were given as words: "Abena Mensah-Boateng".)
  if (retag) {
    model.tag(piece);
    for (std::size_t k = 0; k < piece.size(); ++k)
      if (s[at[k]].upos == "PROPN") {
        piece[k].upos = s[at[k]].upos;
        piece[k].xpos = s[at[k]].xpos;
        piece[k].lemma = s[at[k]].lemma;
      }
  }
  if (by_items)
    parse_by_items(model, piece);
  else
    model.parse(piece);
  for (std::size_t k = 0; k < piece.size(); ++k) {
    SyntaxToken& t = s[at[k]];
    if (retag) {
      t.upos = piece[k].upos;
      t.xpos = piece[k].xpos;
      t.lemma = piece[k].lemma;
    }
    t.deprel = piece[k].deprel;
    t.head = piece[k].head < 0 ? -1 : static_cast<int>(at[static_cast<std::size_t>(piece[k].head)]);
  }
}

// Parses the words [from, to) as a sentence of their own, and the words
// outside [cut_from, cut_to) (the piece and the commas around it) as
// another, by items: {the piece's root, the rest's root}, -1 for none.
std::pair<int, int> parse_apart(const SyntaxModel& model, SyntaxSentence& s, std::size_t from, std::size_t to,
                                std::size_t cut_from, std::size_t cut_to, bool retag = false) {
  SyntaxSentence piece, rest;
  std::vector<std::size_t> piece_at, rest_at;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (k >= from && k < to) {
      piece.push_back(s[k]);
      piece_at.push_back(k);
    } else if (k < cut_from || k >= cut_to) {
      rest.push_back(s[k]);
      rest_at.push_back(k);
    }
  }
  parse_into(model, s, std::move(rest), rest_at, /*by_items=*/true, retag);
  parse_into(model, s, std::move(piece), piece_at, /*by_items=*/false, retag);
  const auto root = [&](const std::vector<std::size_t>& at) {
    for (const std::size_t k : at)
      if (s[k].head < 0) return static_cast<int>(k);
    return -1;
  };
  return {root(piece_at), root(rest_at)};
}

// The comma that closes a phrase opening the sentence with a preposition
// and holding commas of its own ("Besides the president and the first lady,
// X, the list includes ..."), or 0. The phrase has no verb or relative word
// before the clause's first finite verb, and a word of the clause's subject
// comes between its last comma and that verb.
std::size_t fronted_phrase(const SyntaxSentence& s) {
  if (s.size() < 6) return 0;
  const bool preposition = s[0].upos == "ADP" || (s[0].upos == "ADV" && s[1].upos == "ADP");
  if (!preposition) return 0;
  std::size_t commas = 0, close = 0;
  for (std::size_t k = 1; k < s.size(); ++k) {
    const SyntaxToken& t = s[k];
    if (finite_or_modal_tag(t.xpos))
      return commas >= 2 && close + 1 < k && t.upos != "AUX" ? close : 0;
    if (t.upos == "VERB" && t.xpos != "VBN") return 0;
    if (t.upos == "AUX" || t.upos == "SCONJ" || t.xpos == "WP" || t.xpos == "WP$" || t.xpos == "WRB" ||
        t.xpos == "WDT" || t.form == ";" || t.form == ":")
      return 0;
    if (t.form == ",") {
      ++commas;
      close = k;
    }
  }
  return 0;
}

// The comma that closes a phrase opening the sentence with a preposition,
// when the parser made the phrase's noun a subject (it has its preposition
// and the clause's verb as its head), or 0. No verb comes before the comma.
std::size_t opening_phrase_read_as_subject(const SyntaxSentence& s) {
  if (s.size() < 6 || s[0].upos != "ADP" || s[0].deprel != "case" || s[0].head <= 0) return 0;
  const SyntaxToken& noun = s[static_cast<std::size_t>(s[0].head)];
  if (!has_label(noun.deprel, "nsubj")) return 0;
  for (std::size_t k = 1; k + 2 < s.size(); ++k) {
    if (s[k].upos == "VERB" || s[k].upos == "AUX") return 0;
    if (s[k].form == ",") return k;
  }
  return 0;
}

// The comma that closes a phrase opening the sentence with a preposition
// or a participle, when the parser hung the clause's subject after it inside the phrase and
// left the clause's finite verb with no subject ("In a video message posted
// before dawn, A and two fellow students, B and C, asked D to ..."), or 0.
// No verb but a participle comes before the comma.
std::size_t opening_phrase_holding_subject(const SyntaxSentence& s) {
  // (Or a participle's: "Addressing the UN General Assembly on Tuesday, A's president, B, called on ...".)
  const bool participle = s.size() >= 6 && s[0].upos == "VERB" && (s[0].xpos == "VBG" || s[0].xpos == "VBN");
  if (s.size() < 6 || (s[0].upos != "ADP" && !participle)) return 0;
  // The phrase's comma.
  std::size_t k = 1;
  for (; k + 2 < s.size() && s[k].form != ","; ++k)
    if (s[k].upos == "AUX" || (s[k].upos == "VERB" && s[k].xpos != "VBN" && s[k].xpos != "VBG")) return 0;
  if (k + 2 >= s.size()) return 0;
  // The clause's finite verb after it, with no subject (the root, or a
  // complement of a speech verb after it: "..., A and B agreed ..., diplomats said").
  int verb = -1;
  for (std::size_t v = k + 1; v < s.size() && verb < 0; ++v)
    if (finite_tag(s[v].xpos)) verb = static_cast<int>(v);
  if (verb < 0 || s[static_cast<std::size_t>(verb)].upos != "VERB" ||
      has_child(s, verb, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }))
    return 0;
  const SyntaxToken& first = s[k + 1];
  const bool nominal = first.upos == "PROPN" || first.upos == "NOUN" || first.upos == "DET" || first.upos == "NUM";
  // The head of the phrase the word opens ("Guyana" of "Guyana's president"), hung inside the opening phrase.
  int head = static_cast<int>(k + 1);
  for (int steps = 0; steps < 8 && s[static_cast<std::size_t>(head)].head > static_cast<int>(k) &&
                      s[static_cast<std::size_t>(head)].head < verb;
       ++steps)
    head = s[static_cast<std::size_t>(head)].head;
  const int above = s[static_cast<std::size_t>(head)].head;
  return nominal && above >= 0 && static_cast<std::size_t>(above) < k ? k : 0;
}

// Parses the sentence's opening phrase apart from the clause after it, and
// hangs the phrase from the clause's root as an oblique (a participle's
// clause as an adverbial).
void parse_fronted(const SyntaxModel& model, SyntaxSentence& s, std::size_t close) {
  const auto [phrase_root, clause_root] = parse_apart(model, s, 0, close, 0, close + 1);
  if (phrase_root < 0 || clause_root < 0) return;
  s[static_cast<std::size_t>(phrase_root)].head = clause_root;
  SyntaxToken& root = s[static_cast<std::size_t>(phrase_root)];
  root.deprel = root.upos == "VERB" ? "advcl" : "obl";
  s[close].head = phrase_root;
  s[close].deprel = "punct";
}

// parse_fronted, the phrase hung from the first finite verb after it (the
// clause it opens may be a complement: "Meeting in X, A and B agreed to
// ..., diplomats said").
void parse_fronted_to_first_verb(const SyntaxModel& model, SyntaxSentence& s, std::size_t close) {
  parse_fronted(model, s, close);
  std::size_t verb = close + 1;
  while (verb < s.size() && !(finite_tag(s[verb].xpos) && s[verb].upos == "VERB")) ++verb;
  if (verb >= s.size()) return;
  for (std::size_t k = 0; k < close; ++k)
    if (s[k].head >= static_cast<int>(close)) s[k].head = static_cast<int>(verb);
}

// A phrase with a preposition between an auxiliary and its verb ("has for
// years called on", "had on Monday urged"): {first, last + 1} of its
// words, or {0, 0}. Up to four words of a noun phrase after the
// preposition, and the verb right after them.
std::pair<std::size_t, std::size_t> adjunct_after_auxiliary(const SyntaxSentence& s) {
  constexpr std::size_t kMaxWords = 4;
  for (std::size_t k = 0; k + 3 < s.size(); ++k) {
    if (s[k].upos != "AUX" || s[k + 1].upos != "ADP") continue;
    for (std::size_t j = k + 2; j < s.size() && j <= k + 1 + kMaxWords; ++j) {
      const SyntaxToken& t = s[j];
      if (t.upos == "VERB" && (t.xpos == "VBN" || t.xpos == "VB" || t.xpos == "VBG")) {
        if (j > k + 2) return {k + 1, j};
        break;
      }
      if (t.upos != "DET" && t.upos != "ADJ" && t.upos != "NUM" && t.upos != "NOUN" && t.upos != "PROPN") break;
    }
  }
  return {0, 0};
}

// Parses the sentence without the adjunct [from, to), the adjunct apart,
// and hangs the adjunct from the verb after it as an oblique.
void parse_adjunct_apart(const SyntaxModel& model, SyntaxSentence& s, std::size_t from, std::size_t to) {
  if (const int root = parse_apart(model, s, from, to, from, to).first; root >= 0) {
    s[static_cast<std::size_t>(root)].head = static_cast<int>(to);
    s[static_cast<std::size_t>(root)].deprel = "obl";
  }
}

// "X — a former foreign minister who took office in 2024 — held talks with
// Y": {the first dash, the second} of an aside set off by dashes right
// after a noun or name, the clause going on after it with a finite verb,
// or {0, 0}. The parser takes the dashes for the sentence's own
// punctuation and loses the clause's verb.
std::pair<std::size_t, std::size_t> dash_aside(const SyntaxSentence& s) {
  constexpr std::size_t kMaxWords = 25;
  // (A dash set off by spaces, not a hyphen inside a word: "secretary-general".)
  const auto dash = [&](std::size_t k) { return is_dash(s[k].form) && s[k - 1].space_after && s[k].space_after; };
  // ("The five — A and B, C and two others — were greeted ...": a number
  // with its article stands for a noun.)
  const auto counted = [&](std::size_t k) {
    return s[k].upos == "NUM" && k > 0 && to_lower_ascii(s[k - 1].form) == "the";
  };
  for (std::size_t i = 1; i + 3 < s.size(); ++i) {
    if (!dash(i) || !(noun_or_name(s[i - 1]) || counted(i - 1))) continue;
    // The aside opens a noun phrase and closes with the next dash.
    // (Or a participle's phrase: "A, B and C — acting a day before the
    // summit — announced ...".)
    const bool phrase = noun_or_name(s[i + 1]) || s[i + 1].upos == "DET" || s[i + 1].upos == "ADJ" ||
                        s[i + 1].xpos == "VBG";
    std::size_t j = i + 2;
    while (j < s.size() && j <= i + kMaxWords && !dash(j)) ++j;
    if (!phrase || j >= s.size() || j > i + kMaxWords) return {0, 0};
    // (Or a participle right after it: the tagger may read "— held talks" so.)
    for (std::size_t k = j + 1; k < s.size(); ++k)
      if (finite_or_modal_tag(s[k].xpos) || (k == j + 1 && s[k].xpos == "VBN"))
        return {i, j};
    return {0, 0};
  }
  return {0, 0};
}

// Parses the sentence without the dash aside [open, close] and the aside
// apart, each tagged again on its own, and hangs the aside in apposition
// from the word before it.
void parse_dash_aside(const SyntaxModel& model, SyntaxSentence& s, std::size_t open, std::size_t close) {
  const int root = parse_apart(model, s, open + 1, close, open, close + 1, /*retag=*/true).first;
  if (root < 0) return;
  s[static_cast<std::size_t>(root)].head = static_cast<int>(open - 1);
  s[static_cast<std::size_t>(root)].deprel = "appos";
  for (const std::size_t dash : {open, close}) {
    s[dash].head = root;
    s[dash].deprel = "punct";
  }
}

// "X, whose country holds the rotating presidency, and Y held talks with Z",
// "X, who leads the Y network, remains under U.S. sanctions": {the comma
// before "whose" or "who", the comma that closes its clause} of such a
// clause right after a name, with a verb of its own and no comma inside,
// the sentence going on after it with "and" and a name or with a finite
// verb, or {0, 0}. The parser hangs the rest of the sentence from the
// clause's verb.
std::pair<std::size_t, std::size_t> relative_aside(const SyntaxSentence& s) {
  constexpr std::size_t kMaxWords = 20;
  for (std::size_t i = 1; i + 3 < s.size(); ++i) {
    const std::string opener = to_lower_ascii(s[i + 1].form);
    // (After a name, or a body's noun a name modifies: "The RMT transport union, whose ...".)
    std::size_t head = i - 1;
    while (head > 0 && i - head <= 3 && s[head].upos == "NOUN") --head;
    const bool named = s[head].upos == "PROPN" && (head == i - 1 || s[i - 1].upos == "NOUN");
    if (s[i].form != "," || (opener != "whose" && opener != "who") || !named) continue;
    bool verb = false;
    for (std::size_t j = i + 2; j < s.size() && j <= i + kMaxWords; ++j) {
      if (s[j].form == ";" || s[j].form == ":" || is_dash(s[j].form)) break;
      verb = verb || finite_or_modal_tag(s[j].xpos);
      if (s[j].form != ",") continue;
      // ("whose general secretary, A, has joined ...": an apposition inside the clause's subject.)
      if (!verb && opener == "whose") continue;
      if (!verb || j + 2 >= s.size()) break;
      const bool joined = to_lower_ascii(s[j + 1].form) == "and" && noun_or_name(s[j + 2]);
      const bool goes_on = finite_or_modal_tag(s[j + 1].xpos);
      if (joined || goes_on) return {i, j};
      break;
    }
  }
  return {0, 0};
}

// Parses the sentence without the relative clause and its commas, the clause
// apart, and hangs the clause from the name before it as its relative clause.
void parse_relative_aside(const SyntaxModel& model, SyntaxSentence& s, std::size_t open, std::size_t close) {
  const int root = parse_apart(model, s, open + 1, close, open, close + 1).first;
  if (root < 0) return;
  s[static_cast<std::size_t>(root)].head = static_cast<int>(open - 1);
  s[static_cast<std::size_t>(root)].deprel = "acl:relcl";
  for (const std::size_t comma : {open, close}) {
    s[comma].head = root;
    s[comma].deprel = "punct";
  }
}

}  // namespace

void parse_with_asides(const SyntaxModel& model, SyntaxSentence& s) {
  if (const auto [open, close] = dash_aside(s); close > 0) {
    parse_dash_aside(model, s, open, close);
    return;
  }
  if (const auto [open, close] = relative_aside(s); close > 0) {
    // Parsed whole first; apart only when the parser did not make the name
    // the subject of a verb after the clause (or the first of a subject
    // list "and" goes on with).
    parse_by_items(model, s);
    // (The clause's verb: the first finite word after the clause, or the
    // verb an auxiliary there serves.)
    std::size_t v = close + 1;
    while (v < s.size() && !finite_or_modal_tag(s[v].xpos)) ++v;
    int verb = v < s.size() ? static_cast<int>(v) : -1;
    if (verb >= 0 && s[v].upos == "AUX" && s[v].head > verb) verb = s[v].head;
    const SyntaxToken& name = s[open - 1];
    if (verb < 0 || !has_label(name.deprel, "nsubj") || name.head != verb) parse_relative_aside(model, s, open, close);
    return;
  }
  if (const std::size_t close = fronted_phrase(s); close > 0) {
    parse_fronted(model, s, close);
    return;
  }
  if (const auto [from, to] = adjunct_after_auxiliary(s); to > 0) {
    parse_adjunct_apart(model, s, from, to);
    return;
  }
  const auto [open, close] = examples_aside(s);
  if (close == 0) {
    parse_by_items(model, s);
    // "After a two-hour encounter with A at X, B told reporters ...": an
    // opening phrase with a preposition, read as the clause's subject, is
    // parsed apart after all.
    if (const std::size_t comma = opening_phrase_read_as_subject(s); comma > 0) parse_fronted(model, s, comma);
    else if (const std::size_t swallowed = opening_phrase_holding_subject(s); swallowed > 0)
      parse_fronted_to_first_verb(model, s, swallowed);
    return;
  }
  // The examples (the noun phrase after "among them") apart from the
  // sentence without the aside and its commas.
  int root = parse_apart(model, s, open + 3, close, open, close + 1).first;
  if (root < 0) root = static_cast<int>(open + 3);
  // The noun phrase the aside follows: up from its last word through the
  // words it modifies ("his partners in government, among them ...").
  std::size_t group = open - 1;
  // (A noun after a preposition right after another noun modifies it,
  // however the parser hung it: "partners in government".)
  if (group >= 2 && s[group - 1].upos == "ADP" && s[group - 1].head == static_cast<int>(group) && noun_or_name(s[group - 2]))
    group -= 2;
  for (std::size_t steps = 0; steps < s.size(); ++steps) {
    const SyntaxToken& t = s[group];
    if (t.head < 0 || (t.deprel != "nmod" && t.deprel != "compound") || !noun_or_name(s[static_cast<std::size_t>(t.head)]))
      break;
    group = static_cast<std::size_t>(t.head);
  }
  s[static_cast<std::size_t>(root)].head = static_cast<int>(group);
  s[static_cast<std::size_t>(root)].deprel = "appos";
  s[open].head = root;
  s[open].deprel = "punct";
  s[open + 1].head = static_cast<int>(open + 2);
  s[open + 1].deprel = "case";
  s[open + 2].head = root;
  s[open + 2].deprel = "dep";
  s[close].head = root;
  s[close].deprel = "punct";
}

}  // namespace kg::extract
