#include "name_tokens.hpp"

#include <algorithm>
#include <cctype>

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {
namespace {

// A stretch of kg tokens [first, last) read as one name, and the kg token
// the merged word points at (a token of the name, so the tree rules find the
// mention there).
struct Stretch {
  std::uint32_t first = 0, last = 0, name_token = 0;
  std::uint32_t head_from = 0;  // where the word that heads it is looked for (a person's own name, past titles)
};

// "tycoon", "businessmen": a person epithet (words/person_epithets.txt),
// singular or plural, in lower case.
bool epithet(const Context& ctx, std::string_view w) {
  if (w.empty() || !std::islower(static_cast<unsigned char>(w.front()))) return false;
  if (ctx.lex.in("person_epithets", w)) return true;
  const std::string one = singular_of(w);
  return !one.empty() && ctx.lex.in("person_epithets", one);
}

// Multi-word names, with the title and state or body before a person's name
// ("Danish Foreign Minister Jeppe Kofod"), in the sentence's kg tokens.
std::vector<Stretch> stretches(const SyntaxSentence& tagged, const Context& ctx) {
  std::vector<Stretch> out;
  if (tagged.empty()) return out;
  const std::uint32_t lo = tagged.front().token, hi = tagged.back().token + 1;
  for (const Mention& m : ctx.mentions) {
    if (m.first < lo || m.last > hi || m.kind != MentionKind::Name) continue;
    Stretch s{m.first, m.last, m.first, m.first};
    // "Sherritt International Corp.", "X Pte. Ltd.": a body's legal form after its name.
    while (m.type == EntityType::Organization && s.last < hi && ctx.lex.in("corporate_suffixes", ctx.token(s.last)))
      ++s.last;
    if (m.title >= 0 && m.type == EntityType::Person) {
      const TitleSpan& t = ctx.titles[static_cast<std::size_t>(m.title)];
      if (t.last == m.first && t.first >= lo) {
        s.first = t.first;
        // The state or body the title is anchored on, past lower-case words
        // ("U.S. acting director X"), or a body's name right before it.
        int anchor = t.anchor;
        // (Before coreference links titles: the name right before, past up to
        // three lower-case words, "United Nations special coordinator X".)
        if (anchor < 0 && t.first > lo) {
          std::uint32_t k = t.first;
          const auto modifier = [&](std::uint32_t w) {  // (an adjective, as the tagger read it)
            const int n = node_of_token(tagged, w);
            return n >= 0 && tagged[static_cast<std::size_t>(n)].upos == "ADJ";
          };
          while (k > lo && t.first - k < 3 && ctx.seg.tokens[k - 1].kind == TokenKind::Word &&
                 !ctx.seg.tokens[k - 1].capitalized && !ctx.lex.in("function_words", ctx.token(k - 1)) &&
                 modifier(k - 1))
            --k;
          if (k > lo) anchor = ctx.mention_at[k - 1];
        }
        if (anchor >= 0) {
          const Mention& a = ctx.mentions[static_cast<std::size_t>(anchor)];
          if (a.type != EntityType::Person && a.last <= t.first && t.first - a.last <= 3 && a.first >= lo)
            s.first = a.first;
        }
      }
    }
    // A person's age set off by commas after the name ("X, 24, was among
    // ..."), which the parser takes for a clause's root, goes with it.
    if (m.type == EntityType::Person && s.last + 2 < hi && ctx.token(s.last) == "," && ctx.token(s.last + 2) == "," &&
        ctx.seg.tokens[s.last + 1].kind == TokenKind::Number && ctx.token(s.last + 1).size() <= 3)
      s.last += 2;
    // A word before it that belongs to no one ("Sens. Dan Sullivan, Joni
    // Ernst and Mark Kelly", "Former Prime Minister X"), a family word
    // ("his wife Asma") or an epithet ("businessmen X and Y"), goes with it.
    if (s.first > lo && m.type == EntityType::Person) {
      const std::string_view w = ctx.token(s.first - 1);
      if (ctx.lex.in("name_premodifiers", w) || ctx.lex.in("honorifics", w) || ctx.lex.in("kin_nouns", w)) {
        --s.first;
      } else if (epithet(ctx, w)) {
        --s.first;
        // With the lower-case noun before it: "the metals tycoon X".
        const auto before = std::find_if(tagged.begin(), tagged.end(),
                                         [&](const SyntaxToken& t) { return t.token + 1 == s.first; });
        if (before != tagged.end() && before->token >= lo && (before->upos == "NOUN" || before->upos == "PROPN") &&
            std::islower(static_cast<unsigned char>(before->form.front())))
          --s.first;
        // With the demonym before it: "Russian oligarch X and his companies"
        // (left out, it is read as the object's head).
        if (s.first > lo)
          if (const int d = ctx.mention_at[s.first - 1]; d >= 0) {
            const Mention& a = ctx.mentions[static_cast<std::size_t>(d)];
            if (a.kind == MentionKind::Demonym && a.last == s.first && a.first >= lo) s.first = a.first;
          }
        // And its article: "blacklisted the tycoon X and Y" is parsed as
        // "blacklisted X and Y", not as "the X", a proper noun after an
        // article that the parser takes for no noun phrase.
        if (s.first > lo) {
          const std::string article = fold_case(ctx.token(s.first - 1));
          if (article == "the" || article == "a" || article == "an") --s.first;
        }
      }
    }
    // A chain of titles of the one person before it ("navy chief Admiral X"):
    // all of them, with the armed force a title is of, in lower case ("air
    // force chief Air Chief Marshal X", "deputy army chief of staff X").
    const int self = static_cast<int>(&m - ctx.mentions.data());
    const auto force = [&](std::uint32_t k) {
      std::string w(ctx.token(k));
      if (w.empty() || !std::islower(static_cast<unsigned char>(w.front()))) return false;
      w.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(w.front())));
      return ctx.lex.in("armed_force_heads", w);
    };
    for (bool more = m.type == EntityType::Person; more;) {
      more = false;
      for (const TitleSpan& u : ctx.titles)
        if (u.last == s.first && u.first >= lo && u.first < s.first && (u.person < 0 || u.person == self) &&
            u.anchor < 0) {
          s.first = u.first;
          more = true;
        }
      if (s.first > lo && s.first < m.first && force(s.first - 1)) {
        --s.first;
        if (s.first > lo && fold_case(ctx.token(s.first - 1)) == "air") --s.first;
        more = true;
      }
    }
    // "his former deputy turned rebel leader X", "banker turned politician X":
    // two descriptions joined by "turned" before the name (and its title)
    // describe its person, and go with it.
    if (m.type == EntityType::Person && s.first > lo) {
      const auto tag = [&](std::uint32_t k, bool penn = false) -> std::string_view {
        const int n = node_of_token(tagged, k);
        return n < 0 ? std::string_view() : penn ? tagged[static_cast<std::size_t>(n)].xpos : tagged[static_cast<std::size_t>(n)].upos;
      };
      const auto described = [&](std::uint32_t k) {
        return ctx.seg.tokens[k].kind == TokenKind::Word && !ctx.seg.tokens[k].capitalized &&
               (tag(k) == "NOUN" || tag(k) == "ADJ");
      };
      std::uint32_t k = s.first;
      while (k > lo && described(k - 1)) --k;
      if (k > lo + 1 && k < s.first && ctx.token(k - 1) == "turned" && described(k - 2)) {
        k -= 1;
        while (k > lo && described(k - 1)) --k;
        if (k > lo && tag(k - 1, /*penn=*/true) == "PRP$") --k;  // "his", "her"
        s.first = k;
      }
    }
    // (One kg token the UD tokens split is one too: "SPLM-IO".)
    const auto split = [&] {
      return std::count_if(tagged.begin(), tagged.end(),
                           [&](const SyntaxToken& t) { return t.token >= s.first && t.token < s.last; }) >= 2;
    };
    if (s.last - s.first >= 2 || split()) out.push_back(s);
  }
  // The longest of those that start together: "Cabinet Office minister
  // Michael Gove", not the body's name inside it.
  std::sort(out.begin(), out.end(),
            [](const Stretch& a, const Stretch& b) { return a.first != b.first ? a.first < b.first : a.last > b.last; });
  return out;
}

// Whether a one-word name is the last word of a person's fuller name
// earlier in the document ("Joly" after "Melanie Joly").
bool closes_earlier_person(const Context& ctx, const Mention& name) {
  for (const Mention& m : ctx.mentions) {
    if (m.sentence > name.sentence || (m.sentence == name.sentence && m.first >= name.first)) break;
    if (m.type == EntityType::Person && m.kind == MentionKind::Name && m.last > m.first + 1 &&
        ctx.token(m.last - 1) == ctx.token(name.first))
      return true;
  }
  return false;
}

}  // namespace

SyntaxSentence with_names_as_words(const SyntaxSentence& tagged, const Context& ctx) {
  const std::vector<Stretch> names = stretches(tagged, ctx);
  SyntaxSentence out;
  out.reserve(tagged.size());
  auto next = names.begin();
  for (std::size_t i = 0; i < tagged.size();) {
    while (next != names.end() && next->last <= tagged[i].token) ++next;
    if (next == names.end() || tagged[i].token != next->first) {
      out.push_back(tagged[i++]);
      // A person's one-word name read as a verb is a proper noun ("Read
      // said", "asked May to"), and so is one read as anything else that
      // ends a person's fuller name before ("Xi, who ..." read as an
      // interjection); so is a body's or state's one-word name the lexicon
      // knows read as an adjective or verb ("the Fed must"), and any
      // one-word name inside a sentence read as a verb ("has had Vardan on
      // its list").
      SyntaxToken& word = out.back();
      if (const int m = ctx.mention_at[word.token]; m >= 0 && word.upos != "PROPN") {
        const Mention& name = ctx.mentions[static_cast<std::size_t>(m)];
        const bool person = name.type == EntityType::Person &&
                            (((name.person_cue || name.by_context) && (word.upos == "VERB" || word.upos == "AUX")) ||
                             closes_earlier_person(ctx, name));
        const bool inside = word.token > ctx.seg.sentences[name.sentence].first;
        const bool capitalized = ctx.seg.tokens[word.token].capitalized;
        const bool known_body = name.type != EntityType::Person && name.from_lexicon && capitalized &&
                                (word.upos == "ADJ" || word.upos == "VERB");
        const bool named_inside = inside && capitalized && word.upos == "VERB";
        // (Not a gerund opening the clause before its object or a
        // preposition: "LONDON (Wire) - Giving evidence to X, A said",
        // "Meeting in Vientiane, A and B agreed", read as a name after the
        // dateline's dash.)
        const bool gerund_opening = out.size() == 1 && word.xpos == "VBG" && i < tagged.size() &&
                                    (tagged[i].upos == "NOUN" || tagged[i].upos == "DET" || tagged[i].upos == "ADJ" ||
                                     tagged[i].upos == "ADP");
        if (name.kind == MentionKind::Name && (person || known_body || named_inside) && !gerund_opening &&
            name.last == name.first + 1) {
          word.upos = "PROPN";
          word.xpos = "NNP";
          word.lemma = word.form;
        }
      }
      continue;
    }
    std::size_t j = i + 1;
    while (j < tagged.size() && tagged[j].token < next->last) ++j;
    // The word that heads the name: its last capitalised word before a
    // preposition ("Bank of America"; "Moon Jae-in": "Jae").
    // (Of a person's own name, past the titles before it: "army chief of
    // staff A B", "Secretary of State A B".)
    std::size_t from = i;
    while (from + 1 < j && tagged[from].token < next->head_from) ++from;
    std::size_t stop = from + 1;
    while (stop < j && !(tagged[stop].upos == "ADP" && tagged[stop - 1].space_after)) ++stop;
    // (A name written in lower case, "the parliamentary commission of inquiry
    // into ...": its last word before the preposition; so is a lower-case
    // head a body's name ends in, "the Iraq inquiry", "the Wirecard
    // committee".)
    std::size_t head = stop - 1;
    const std::string last = fold_case(tagged[head].form);
    if (!ctx.lex.in("inquiry_heads", last) && !ctx.lex.in("committee_heads", last))
      for (std::size_t k = from; k < stop; ++k)
        if (std::isupper(static_cast<unsigned char>(tagged[k].form.front()))) head = k;
    SyntaxToken name = tagged[head];
    name.begin = tagged[i].begin;
    name.end = tagged[j - 1].end;
    name.token = next->name_token;
    name.space_after = tagged[j - 1].space_after;
    name.upos = "PROPN";
    name.xpos = tagged[head].xpos == "NNPS" ? "NNPS" : "NNP";
    out.push_back(std::move(name));
    i = j;
    ++next;
  }
  return out;
}

}  // namespace kg::extract
