#include "apposition_repair.hpp"

#include <cctype>

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {
namespace {

bool separator(std::string_view w) { return w == "," || is_dash(w); }

bool title_noun(const SyntaxToken& t, const Context& ctx) {
  return t.upos == "NOUN" && ctx.lex.title(to_lower_ascii(t.form)) != nullptr;
}

// The first word of the phrase headed by `head` when that phrase is set off
// by a comma before it and ", and" (then the verb's auxiliaries) after it,
// up to verb `v`: "A, a former deputy chair of X, and has said"; else -1.
int aside_before_and(const SyntaxSentence& s, int head, int v) {
  int k = v - 1;
  while (k > head && s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel.starts_with("aux")) --k;
  if (k - 1 <= head || to_lower_ascii(s[static_cast<std::size_t>(k)].form) != "and" ||
      s[static_cast<std::size_t>(k - 1)].form != ",")
    return -1;
  for (int j = head + 1; j < k - 1; ++j)
    if (!descends_from(s, j, head)) return -1;
  int first = head;
  while (first > 0 && descends_from(s, first - 1, head)) --first;
  while (first < head && s[static_cast<std::size_t>(first)].upos == "PUNCT") ++first;
  return first >= 2 && s[static_cast<std::size_t>(first - 1)].form == "," ? first : -1;
}

}  // namespace

void repair_closed_appositions(SyntaxSentence& s) {
  // "added A, along with B, the son of the former president, to its
  // sanctions list": a phrase after the comma that closes an apposition is
  // no part of it; it belongs to the verb the apposition's noun hangs below.
  for (std::size_t i = 1; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (!t.deprel.starts_with("nmod") || t.deprel == "nmod:poss" || t.head < 0) continue;
    const auto appos = static_cast<std::size_t>(t.head);
    if (s[appos].deprel != "appos" || appos >= i) continue;
    // The phrase's first word, and the comma right before it.
    std::size_t start = i;
    while (start > appos + 1 && s[start - 1].head == static_cast<int>(i) && s[start - 1].upos != "PUNCT") --start;
    bool of = false;
    for (std::size_t k = start; k < i; ++k) of = of || (s[k].deprel == "case" && to_lower_ascii(s[k].form) == "of");
    if (of || s[start - 1].form != ",") continue;
    const int verb = governing_verb(s, s[appos].head);
    if (verb < 0 || descends_from(s, verb, static_cast<int>(i))) continue;
    t.head = verb;
    t.deprel = "obl";
  }
}

void repair_conjunct_appositions(SyntaxSentence& s, const Context& ctx) {
  // "A; B, head of X; and C": a name after a semicolon is the list's next
  // item, not an apposition of the one before.
  for (std::size_t i = 1; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    const bool after_semicolon = s[i - 1].form == ";" || (i >= 2 && s[i - 2].form == ";" && s[i - 1].form == "and");
    const int m = ctx.mention_at[t.token];
    if (after_semicolon && t.deprel == "appos" && t.upos == "PROPN" && m >= 0 &&
        ctx.mentions[static_cast<std::size_t>(m)].type == EntityType::Person)
      t.deprel = "conj";
  }
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if ((t.deprel != "appos" && t.deprel != "conj") || t.head < 0) continue;
    std::size_t start = i;  // the phrase's first word, past its determiner, modifiers and possessor
    while (start > 0 && s[start - 1].upos != "PUNCT" && descends_from(s, static_cast<int>(start - 1), static_cast<int>(i)))
      --start;
    if (start < 2 || s[start - 1].form != ",") continue;
    const std::size_t before = start - 2;
    if (t.deprel == "appos") {
      // "A, the commissioner of X, and B, the director of Y": an apposition
      // the parser hung from A that follows B's comma is B's.
      if (static_cast<int>(before) == t.head || s[before].deprel != "conj" || s[before].head != t.head) continue;
      t.head = static_cast<int>(before);
      continue;
    }
    // "...: A, chair of X's board; B, ...": a title after a person's name
    // and its comma, read as an item of the list, describes the name.
    const int m = ctx.mention_at[s[before].token];
    const bool title = title_noun(t, ctx) || (t.upos == "PROPN" && !std::isupper(static_cast<unsigned char>(t.form[0])) &&
                                              ctx.lex.title(to_lower_ascii(t.form)) != nullptr);
    if (!title || s[before].upos != "PROPN" || m < 0 || ctx.mentions[static_cast<std::size_t>(m)].type != EntityType::Person ||
        descends_from(s, static_cast<int>(before), static_cast<int>(i)))
      continue;
    std::size_t end = i + 1;  // the phrase's end: a ";" closes an item
    while (end < s.size() && s[end].form != ";" && s[end].form != ",") ++end;
    // (Or joined to a noun that names no one: "sanctions on A, the party
    // chief of X and a member of Y, and ...".)
    const int head_mention = ctx.mention_at[s[static_cast<std::size_t>(t.head)].token];
    // (Not a title's: "its director, A, and his deputy, B".)
    const bool nobody = s[static_cast<std::size_t>(t.head)].upos == "NOUN" && head_mention < 0 &&
                        !title_noun(s[static_cast<std::size_t>(t.head)], ctx);
    if (end < s.size() && s[end].form != ";" && !nobody) continue;
    t.head = static_cast<int>(before);
    t.deprel = "appos";
  }
}

void repair_titles_joined_to_appositions(SyntaxSentence& s, const Context& ctx) {
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    const int name = t.head;
    if (t.deprel != "conj" || !title_noun(t, ctx) || name < 0 || s[static_cast<std::size_t>(name)].upos != "PROPN" ||
        !has_child(s, static_cast<int>(i), [](const SyntaxToken& c) { return c.deprel == "cc"; }))
      continue;
    // The name's apposed title, whose phrase ends right before the "and".
    const int start = subtree_start(s, static_cast<int>(i));
    for (int a = name + 1; a < start; ++a)
      if (s[static_cast<std::size_t>(a)].head == name && s[static_cast<std::size_t>(a)].deprel == "appos" &&
          title_noun(s[static_cast<std::size_t>(a)], ctx) && descends_from(s, start - 1, a)) {
        t.head = a;
        break;
      }
  }
}

void repair_loose_appositions(SyntaxSentence& s, const Context& ctx) {
  // "B, the chief executive of X," hung from the verb: a verb takes no
  // apposition, the name before the phrase's comma does.
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.head < 0) continue;
    // An apposition, or a described noun with no preposition read as the
    // verb's oblique ("sat down with A, the party's most senior official,
    // and B").
    const bool bare = t.upos == "NOUN" &&
                      !has_child(s, static_cast<int>(i), [](const SyntaxToken& c) { return c.deprel == "case"; });
    const bool oblique = (has_label(t.deprel, "obl") || t.deprel == "obj") && bare;
    // Or read as the verb's complement ("designated A, commander of X, and
    // B": not "designated A commander").
    const bool complement = t.deprel == "xcomp" && bare;
    if (t.deprel != "appos" && !oblique && !complement) continue;
    const std::string_view head = s[static_cast<std::size_t>(t.head)].upos;
    if (head != "VERB" && head != "AUX") continue;
    std::size_t start = phrase_start(s, i);
    // (Past a possessor's own words: "the Chinese Communist Party's".)
    while (start > 0 && s[start - 1].upos != "PUNCT" && descends_from(s, static_cast<int>(start - 1), static_cast<int>(i)))
      --start;
    if (start < 2 || !separator(s[start - 1].form)) continue;
    // (A body's too, read as an oblique: "include A, the world's largest
    // maker of cameras, and its rival B".)
    const int m = ctx.mention_at[s[start - 2].token];
    if (s[start - 2].upos != "PROPN" || m < 0 ||
        (ctx.mentions[static_cast<std::size_t>(m)].type != EntityType::Person &&
         !(oblique && ctx.mentions[static_cast<std::size_t>(m)].type == EntityType::Organization)))
      continue;
    // (Opened by "the" or a named possessor: "satisfied A, Ukraine's ambassador to Canada, who ...";
    // not "barred A, her entire cabinet and ...", a list.)
    const bool possessed = s[start].deprel == "nmod:poss" && s[start].head == static_cast<int>(i) && s[start].upos == "PROPN";
    // (Or a person's indefinite description: "sanctioned A, an Israeli
    // billionaire, and ...".)
    const std::string article = to_lower_ascii(s[start].form);
    const bool described = (article == "a" || article == "an") &&
                           ctx.mentions[static_cast<std::size_t>(m)].type == EntityType::Person;
    if (oblique && ((article != "the" && !possessed && !described) || s[start - 2].head != t.head)) continue;
    if (complement && s[start - 2].head != t.head) continue;
    const int name = static_cast<int>(start - 2);
    t.head = name;
    t.deprel = "appos";
    // Its conjuncts after its closing comma are the name's ("..., and B"),
    // and so is a person's the parser hung from a word of the complement.
    const auto person = [&](std::size_t k) {
      const int p = ctx.mention_at[s[k].token];
      return p >= 0 && ctx.mentions[static_cast<std::size_t>(p)].type == EntityType::Person;
    };
    // (Also a noun that a name describes: "..., and its rival B".)
    const auto named_noun = [&](std::size_t k) {
      return s[k].upos == "NOUN" && has_child(s, static_cast<int>(k), [&](const SyntaxToken& c) {
               return c.deprel == "appos" && names_mention(ctx, c);
             });
    };
    for (std::size_t k = i + 1; k < s.size(); ++k)
      if (s[k].deprel == "conj" && (s[k].upos == "PROPN" || named_noun(k)) &&
          (s[k].head == static_cast<int>(i) ||
           (complement && person(k) && descends_from(s, s[k].head, static_cast<int>(i)))))
        s[k].head = name;
  }
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& name = s[i];
    if (name.upos != "PROPN" || !separator(s[i - 1].form) || name.head < 0) continue;
    const int m = ctx.mention_at[name.token];
    if (m < 0 || ctx.mentions[static_cast<std::size_t>(m)].type != EntityType::Person ||
        ctx.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Name)
      continue;
    const auto head = static_cast<std::size_t>(name.head);
    // A name joined to a state's as if one ("Morocco and Egypt - A, B"):
    // loose too; any other part of a name, or a list item, is not.
    const int head_mention = ctx.mention_at[s[head].token];
    // So is a person's name in apposition to a body's ("Russia's envoy to the
    // UN, X,"): the title the body completes is X's.
    const bool body_head = head_mention >= 0 && head_mention != m &&
                           ctx.mentions[static_cast<std::size_t>(head_mention)].type != EntityType::Person;
    // And one the parser joined to the body's as a conjunct, with no "and"
    // and a comma or the end after it ("his ambassador to Iraq, X, had"),
    // where no list goes on (not "A, the consul general in Y, B, and C").
    const bool closed = i + 1 == s.size() ||
                        (s[i + 1].form == "," && (i + 2 == s.size() || s[i + 2].upos != "CCONJ"));
    const bool joined = name.deprel == "conj" && closed &&
                        !has_child(s, static_cast<int>(i), [](const SyntaxToken& c) { return c.deprel == "cc"; });
    const bool glued = (name.deprel == "flat" || name.deprel == "appos" || joined) && body_head;
    if (!glued && (name.deprel == "appos" || name.deprel == "nmod:poss" || name.deprel == "compound" ||
                   name.deprel == "flat" || name.deprel == "conj"))
      continue;
    // A predicate keeps its subject ("After meeting the ministers, A said");
    // any other word it took ("designated the bank's chairman, A; his
    // deputy, B", with A an oblique of the verb) is the title's before the
    // comma, or the title whose phrase ends there ("the chairman of its
    // board, A").
    const bool predicate = s[head].upos == "VERB" || s[head].upos == "AUX" || s[head].upos == "ADJ";
    if (predicate && (name.deprel.starts_with("nsubj") || name.deprel.starts_with("csubj") ||
                      name.deprel == "root" || name.deprel == "vocative"))
      continue;
    // The title right before the separator, or the one whose phrase the
    // name's head ends ("counterparts from A, B and C - X, Y and Z").
    int title = title_noun(s[i - 2], ctx) ? static_cast<int>(i - 2) : -1;
    for (int k = predicate ? static_cast<int>(i - 2) : static_cast<int>(head), steps = 0;
         title < 0 && k >= 0 && steps < 4; ++steps) {
      if (title_noun(s[static_cast<std::size_t>(k)], ctx)) title = k;
      const std::string_view up = s[static_cast<std::size_t>(k)].deprel;
      if (up != "conj" && up != "nmod" && up != "flat" && up != "appos") break;
      k = s[static_cast<std::size_t>(k)].head;
    }
    if (title < 0 || title == name.head) continue;
    // (A conjunct only for a title that is no item of a list itself: "with
    // Iran's ambassador to Iraq, X," but not "A, Spain's ambassador to
    // Portugal, B, the OSCE's C and D".)
    if (joined && name.deprel == "conj" &&
        (s[static_cast<std::size_t>(title)].deprel == "conj" || s[static_cast<std::size_t>(title)].deprel == "appos"))
      continue;
    // No cycle: the title must not hang below the name.
    if (descends_from(s, title, static_cast<int>(i))) continue;
    name.head = title;
    name.deprel = "appos";
    s[i - 1].head = static_cast<int>(i);
    s[i - 1].deprel = "punct";
  }
}

void repair_appositions_hung_from_punctuation(SyntaxSentence& s, const Context& ctx) {
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.upos != "NOUN" || t.head < 0 || s[static_cast<std::size_t>(t.head)].upos != "PUNCT") continue;
    const std::size_t start = phrase_start(s, i);  // its determiner (or a bare title: "A, commander of X,")
    const bool opened = s[start].upos == "DET" || (start == i && title_noun(t, ctx));
    if (start < 2 || !opened || !separator(s[start - 1].form) || ctx.mention_at[s[start - 2].token] < 0 ||
        descends_from(s, static_cast<int>(start - 2), static_cast<int>(i)))
      continue;
    t.head = static_cast<int>(start - 2);
    t.deprel = "appos";
  }
  // "The two countries' leaders, A and B, are due to meet": names after a
  // plural noun's comma hung from a punctuation mark are its apposition.
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.upos != "PROPN" || t.head < 0 || s[static_cast<std::size_t>(t.head)].upos != "PUNCT" ||
        ctx.mention_at[t.token] < 0 || s[i - 1].form != "," || s[i - 2].xpos != "NNS" ||
        descends_from(s, static_cast<int>(i - 2), static_cast<int>(i)))
      continue;
    t.head = static_cast<int>(i - 2);
    t.deprel = "appos";
  }
}

void repair_named_descriptions(SyntaxSentence& s, const Context& ctx) {
  // "who leads the women's professional league, Liga Norte, had called":
  // one name between commas right after a singular description that names
  // no one, parsed as its conjunct, is its apposition.
  for (std::size_t i = 2; i + 1 < s.size(); ++i) {
    SyntaxToken& name = s[i];
    if (name.deprel != "conj" || name.upos != "PROPN" || name.head < 0 || s[i - 1].form != ",") continue;
    const auto noun = static_cast<std::size_t>(name.head);
    if (noun + 2 != i || s[noun].upos != "NOUN" || s[noun].xpos != "NN" || ctx.mention_at[s[noun].token] >= 0) continue;
    const int m = ctx.mention_at[name.token];
    if (m < 0) continue;
    // The whole name, then a comma or the sentence's end: no list goes on.
    std::size_t end = i + 1;
    while (end < s.size() && ctx.mention_at[s[end].token] == m) ++end;
    if (end < s.size() && s[end].form != "," && s[end].upos != "PUNCT") continue;
    if (end + 1 < s.size() && s[end].form == "," && (s[end + 1].upos == "CCONJ" || s[end + 1].upos == "PROPN")) continue;
    bool coordinated = false;
    for (std::size_t k = noun + 1; k < i; ++k) coordinated = coordinated || s[k].deprel == "cc";
    coordinated = coordinated || has_child(s, static_cast<int>(i), [](const SyntaxToken& t) { return t.deprel == "cc"; });
    if (!coordinated) name.deprel = "appos";
  }
}

void repair_appositions_in_clauses(SyntaxSentence& s) {
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.head < 0) continue;
    // The head the phrase describes: an apposition's, or the verb's first
    // subject when the parser gave the verb a second one after it.
    int described = -1;
    if (t.deprel == "appos") described = t.head;
    else if (t.deprel == "nsubj")
      for (std::size_t k = 0; k < i && described < 0; ++k)
        if (s[k].head == t.head && s[k].deprel == "nsubj") described = static_cast<int>(k);
    if (described < 0) continue;
    std::size_t start = i;  // the phrase's first word
    while (start > 0 && s[start - 1].upos != "PUNCT" && descends_from(s, static_cast<int>(start - 1), static_cast<int>(i)))
      --start;
    if (start < 2 || s[start - 1].form != ",") continue;
    const auto before = static_cast<int>(start - 2);
    if (before == described || s[static_cast<std::size_t>(before)].upos != "NOUN") continue;
    // The noun before the comma hangs below the head through a clause.
    bool clause = false;
    int k = before;
    for (int steps = 0; k >= 0 && k != described && steps < 6; ++steps) {
      const std::string_view d = s[static_cast<std::size_t>(k)].deprel;
      clause = clause || d == "acl" || d == "acl:relcl";
      k = s[static_cast<std::size_t>(k)].head;
    }
    if (k != described || !clause) continue;
    t.head = before;
    t.deprel = "appos";
  }
}

void repair_appositions_as_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 1; v < n; ++v) {
    const SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || verb.deprel != "conj" || verb.head < 0) continue;
    int noun = -1;
    for (int k = 0; k < v; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"))
        noun = k;
    if (noun < 0 || s[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    // The description set off by commas before ", and", after a name.
    const int first = aside_before_and(s, noun, v);
    if (first < 0 || s[static_cast<std::size_t>(first - 2)].upos != "PROPN") continue;
    SyntaxToken& t = s[static_cast<std::size_t>(noun)];
    t.head = first - 2;
    t.deprel = "appos";
  }
}

void repair_named_appositions_as_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 2; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB") continue;
    int name = -1, clause = -1;
    for (int k = 0; k < v; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != v) continue;
      if (t.deprel.starts_with("nsubj") && t.upos == "PROPN") name = k;
      if ((t.deprel == "advcl" || t.deprel == "ccomp") && t.upos == "VERB" && clause < 0) clause = k;
    }
    if (name < 0 || clause < 0 || clause > name) continue;
    // The earlier clause has a subject of its own (under it, or under its auxiliary).
    bool subject = false;
    for (int k = 0; k < clause; ++k)
      subject = subject ||
                (descends_from(s, k, clause) && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"));
    if (!subject) continue;
    // The name set off by commas before ", and", after a noun of the earlier clause.
    const int first = aside_before_and(s, name, v);
    if (first < 0) continue;
    const int noun = first - 2;
    if (s[static_cast<std::size_t>(noun)].upos != "NOUN" || !descends_from(s, noun, clause)) continue;
    take_place(s, clause, v, "conj");
    s[static_cast<std::size_t>(name)].head = noun;
    s[static_cast<std::size_t>(name)].deprel = "appos";
    // The comma and words before the earlier clause that hung from the verb hang from the clause.
    for (int j = 0; j < clause; ++j)
      if (s[static_cast<std::size_t>(j)].head == v) s[static_cast<std::size_t>(j)].head = clause;
    return;
  }
}

void repair_vocative_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int p = 0; p + 2 < n; ++p) {
    SyntaxToken& name = s[static_cast<std::size_t>(p)];
    // "A and B, the two advisers, then met", parsed with A the subject of
    // the description and the description the verb's: A is the subject,
    // the description (after a comma) its apposition.
    if (name.upos == "PROPN" && name.deprel == "nsubj" && name.head > p) {
      const int d = name.head;
      SyntaxToken& description = s[static_cast<std::size_t>(d)];
      int comma = d - 1;
      while (comma > p && s[static_cast<std::size_t>(comma)].form != "," && descends_from(s, comma, d)) --comma;
      if (description.upos == "NOUN" && description.deprel.starts_with("nsubj") && description.head > d &&
          s[static_cast<std::size_t>(description.head)].upos == "VERB" && comma > p &&
          s[static_cast<std::size_t>(comma)].form == ",") {
        take_place(s, p, d, "appos");
        continue;
      }
    }
    if (name.upos != "PROPN" || name.head < 0 || s[static_cast<std::size_t>(p + 1)].form != ",") continue;
    // "Earlier in the session, A, general secretary of X, told MPs ...": a
    // name after an opening phrase's comma, hung from its noun as an
    // apposition, with the description after it the verb's subject.
    // (The opening phrase names no one and has no verb.)
    const auto bare_opening = [&] {
      for (int k = 0; k < p; ++k)
        if (s[static_cast<std::size_t>(k)].upos == "PROPN" || s[static_cast<std::size_t>(k)].upos == "VERB" ||
            s[static_cast<std::size_t>(k)].upos == "AUX")
          return false;
      return true;
    };
    int verb = name.head;
    if (name.deprel == "appos" && name.head < p && p > 0 && s[static_cast<std::size_t>(p - 1)].form == "," &&
        s[static_cast<std::size_t>(name.head)].upos == "NOUN" && bare_opening()) {
      verb = -1;
      for (int d = p + 2; d < n && verb < 0; ++d)
        if (s[static_cast<std::size_t>(d)].deprel.starts_with("nsubj") && s[static_cast<std::size_t>(d)].head > d)
          verb = s[static_cast<std::size_t>(d)].head;
      // (The description is set off by commas, as an apposition is: not
      // "Besides the first lady, A, the list includes ...".)
      if (verb < 0 || s[static_cast<std::size_t>(verb)].upos != "VERB" || s[static_cast<std::size_t>(verb - 1)].form != ",")
        continue;
    } else if ((name.deprel != "vocative" && name.deprel != "dep" && name.deprel != "discourse") ||
               s[static_cast<std::size_t>(name.head)].upos != "VERB") {
      continue;
    }
    for (int d = p + 2; d < verb; ++d) {
      SyntaxToken& description = s[static_cast<std::size_t>(d)];
      if (description.head != verb || !description.deprel.starts_with("nsubj") || description.upos != "NOUN" ||
          !(d == p + 2 || descends_from(s, p + 2, d)))
        continue;
      name.head = verb;
      name.deprel = description.deprel;
      description.head = p;
      description.deprel = "appos";
      break;
    }
  }
}

void repair_titles_read_as_subjects(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto person = [&](int k) { return names_person(ctx, s[static_cast<std::size_t>(k)]); };
  for (int title = 2; title < n; ++title) {
    SyntaxToken& t = s[static_cast<std::size_t>(title)];
    const int verb = t.head;
    if (t.upos != "NOUN" || t.deprel != "nsubj" || verb <= title) continue;
    // The title's phrase opens after a name and a comma, and the name
    // closes a phrase the verb governs as an oblique opening the sentence.
    const std::size_t start = phrase_start(s, static_cast<std::size_t>(title));
    if (start < 2 || s[start - 1].form != "," || !person(static_cast<int>(start - 2))) continue;
    const int name = static_cast<int>(start - 2);
    const int opening = climb(s, name, [&](int k) { return s[static_cast<std::size_t>(k)].head != verb; });
    if (!has_label(s[static_cast<std::size_t>(opening)].deprel, "obl") || opening > name) continue;
    // The person in apposition to the title, after its comma: the subject.
    int subject = -1;
    for (int k = title + 1; k < verb && subject < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == title && s[static_cast<std::size_t>(k)].deprel == "appos" && person(k) &&
          s[static_cast<std::size_t>(k - 1)].form == ",")
        subject = k;
    if (subject < 0) continue;
    for (int k = subject + 1; k < verb; ++k)
      if (s[static_cast<std::size_t>(k)].head == title && s[static_cast<std::size_t>(k)].deprel == "appos")
        s[static_cast<std::size_t>(k)].head = subject;
    s[static_cast<std::size_t>(subject)].head = verb;
    s[static_cast<std::size_t>(subject)].deprel = "nsubj";
    t.head = name;
    t.deprel = "appos";
  }
}

void repair_party_tags(SyntaxSentence& s) {
  for (std::size_t k = 2; k < s.size(); ++k) {
    SyntaxToken& tag = s[k];
    if (!is_party_tag(tag.form) || tag.head < 0 || s[k - 1].form != ",") continue;
    const auto name = static_cast<int>(k - 2);
    if (tag.head != name || s[static_cast<std::size_t>(name)].upos != "PROPN") continue;
    tag.deprel = "appos";
    // What the parser hung from the tag describes the name: "a member of the committee".
    for (SyntaxToken& t : s)
      if (t.head == static_cast<int>(k) && t.deprel == "appos") t.head = name;
  }
}

}  // namespace kg::extract
