// Noun phrases for the word-window frames: the actor a phrase names, lists
// of coordinated actors, possessors and possessed names.
#include <algorithm>
#include <set>

#include "kg/text.hpp"
#include "window_phrases.hpp"

namespace kg::extract {

bool is_actor(const Mention& m) {
  if (m.kind == MentionKind::Demonym) return false;  // an adjective, not a party
  return m.type == EntityType::Person || m.type == EntityType::Country || m.type == EntityType::Organization;
}

// Words that may sit between a preposition and its noun phrase's mention.
bool is_filler(std::string_view w) {
  static const std::set<std::string_view> fillers{
      "the", "a", "an", "his", "her", "its", "their", "both", "all", "two", "three", "several",
      "other", "top", "senior", "former", "new", "newly", "then", "fellow", "state-run", "state", "'s", "\u2019s",
      "parent", "full", "own", "ruling"};
  return fillers.count(w) > 0;
}

void WindowPhrases::start_sentence(const Sentence& s) {
  folded_.clear();
  for (std::uint32_t i = s.first; i < s.last; ++i) folded_.push_back(fold_case(ctx_.token(i)));
}

int WindowPhrases::mention_starting(std::uint32_t i) const {
  const int m = ctx_.mention_at[i];
  return m >= 0 && ctx_.mentions[m].first == i ? m : -1;
}

// The actor a noun phrase starting at token i stands for: past determiners
// and adjectives; past a demonym and title to the name they introduce ("South
// Korean Foreign Minister Kang"), or the demonym's state when no name follows
// ("his North Korean counterparts"); past a state to the person its title
// introduces ("U.S. President Donald Trump"); past a possessive to the
// possessed name. -1 when the phrase names no actor.
int WindowPhrases::np_actor(const Sentence& s, std::uint32_t i) const {
  std::uint32_t j = i;
  // Articles, determiners, counts and honorifics before the name ("for Mr
  // Field to step down", "on 78 Belarusian officials").
  while (j < s.last && j - i < 4 && ctx_.mention_at[j] < 0 &&
         (is_filler(word(s, j)) || ctx_.lex.in("honorifics", ctx_.token(j)) ||
          ctx_.seg.tokens[j].kind == TokenKind::Number))
    ++j;
  // "members of the Congressional Black Caucus": the body.
  if (j + 2 < s.last && ctx_.lex.in("member_nouns", word(s, j)) && (word(s, j + 1) == "of" || word(s, j + 1) == "from")) {
    j += 2;
    while (j < s.last && j - i < 8 && ctx_.mention_at[j] < 0 && is_filler(word(s, j))) ++j;
  }
  int m = j < s.last ? mention_starting(j) : -1;
  // "Chancellor Karl Brandt": a title naming no state, then its person.
  if (m < 0)
    for (const auto& t : ctx_.titles)
      if (t.first == j && t.anchor < 0 && t.person >= 0 && ctx_.mentions[t.person].first == t.last) m = t.person;
  // "Transport Minister A" (a portfolio the title list lacks), "the air
  // force commander, A": a few words before a title, then its person.
  if (m < 0) m = person_after_described_title(s, j);
  if (m < 0) return -1;
  // "two Taiwan-based groups": where they are based, not who they are.
  if (ctx_.based_at(ctx_.mentions[m].last, s.last)) return -1;
  if (ctx_.mentions[m].kind == MentionKind::Demonym || ctx_.mentions[m].type != EntityType::Person) {
    if (const int p = titled_person_after(m); p >= 0) return possessed(s, p);
  }
  if (ctx_.mentions[m].kind == MentionKind::Demonym) {
    // A demonym before a title without a name: the people named after it
    // ("two Russian deputy ministers, Pavel Popov and ..."), else the state
    // ("his North Korean counterparts").
    for (const auto& t : ctx_.titles)
      if (t.anchor == m && t.person < 0) {
        if (t.last + 1 < s.last && word(s, t.last) == ",") {
          const int p = mention_starting(t.last + 1);
          if (p >= 0 && ctx_.mentions[p].type == EntityType::Person && is_actor(ctx_.mentions[p])) return p;
        }
        return m;
      }
    return -1;
  }
  if (!is_actor(ctx_.mentions[m]) || names_executive(s, m)) return -1;
  // "Spain's National Assembly Speaker A": the person the possessed body's title introduces.
  const int owned = possessed(s, m);
  if (owned >= 0 && owned != m && ctx_.mentions[static_cast<std::size_t>(owned)].type != EntityType::Person)
    if (const int p = titled_person_after(owned); p >= 0) return p;
  return owned;
}

bool WindowPhrases::names_executive(const Sentence& s, int m) const {
  const std::uint32_t k = ctx_.mentions[m].last;
  return ctx_.mentions[m].type == EntityType::Person && k < s.last && ctx_.lex.executive(word(s, k)) != nullptr;
}

int WindowPhrases::person_after_described_title(const Sentence& s, std::uint32_t j) const {
  for (const auto& t : ctx_.titles) {
    if (t.first < j) continue;
    if (t.first > j + 3 || t.first >= s.last || t.anchor >= 0) break;
    for (std::uint32_t k = j; k < t.first; ++k)
      if (ctx_.mention_at[k] >= 0 || ctx_.seg.tokens[k].kind != TokenKind::Word) return -1;
    if (t.person >= 0) return ctx_.mentions[t.person].first == t.last ? t.person : -1;
    if (t.last + 1 >= s.last || word(s, t.last) != ",") return -1;
    const int p = mention_starting(t.last + 1);
    return p >= 0 && ctx_.mentions[p].type == EntityType::Person && ctx_.mentions[p].kind == MentionKind::Name ? p : -1;
  }
  return -1;
}

// The person introduced by a title anchored on mention m.
int WindowPhrases::titled_person_after(int m) const {
  for (const auto& t : ctx_.titles)
    if (t.anchor == m && t.person >= 0) return t.person;
  return -1;
}

// The end of a person's mention m, or of the description set off by commas
// after it ("A, Taiwan's top representative in the United States, and B"):
// a title that names no one of its own, within a few words of the comma.
std::uint32_t WindowPhrases::past_description(const Sentence& s, int m) const {
  const std::uint32_t k = ctx_.mentions[m].last;
  if (ctx_.mentions[m].type != EntityType::Person || k + 2 >= s.last || word(s, k) != ",") return k;
  for (const auto& t : ctx_.titles) {
    const std::uint32_t first = ctx_.title_start(t);
    if (first <= k || t.person >= 0) continue;
    if (first > k + 4) break;
    for (std::uint32_t j = t.last; j < s.last && j < t.last + 8; ++j)
      if (word(s, j) == ",") return j;
    return k;
  }
  return k;
}

// Coordinated actors starting at token i: "Russia, China and Iran". A list
// joined by commas counts only when "and" closes it ("the U.S., Stilwell said"
// is one actor).
std::vector<int> WindowPhrases::actor_list(const Sentence& s, std::uint32_t i, std::uint32_t* end) const {
  std::vector<int> out;
  bool closed_by_and = false, used_comma = false;
  std::uint32_t first_end = 0;
  while (i < s.last) {
    const int m = np_actor(s, i);
    if (m < 0) break;
    out.push_back(m);
    std::uint32_t k = past_description(s, m);
    if (out.size() == 1) first_end = k;
    if (end) *end = k;
    if (k < s.last && (word(s, k) == "," || word(s, k) == "and" || word(s, k) == "&")) {
      if (word(s, k) == ",") used_comma = true;
      else closed_by_and = true;
      ++k;
      if (k < s.last && word(s, k) == "and") {
        closed_by_and = true;
        ++k;
      }
      if (closed_by_and) {
        // the item after "and" is the last one
        int last = k < s.last ? np_actor(s, k) : -1;
        // ("sat down with Xi, and the White House has said ...": the subject
        // of the next clause, a finite verb right after it.)
        if (last >= 0 && used_comma && out.size() == 1 && &s >= ctx_.seg.sentences.data() &&
            &s < ctx_.seg.sentences.data() + ctx_.seg.sentences.size()) {
          const std::uint32_t sentence = ctx_.sentence_index(s);
          const std::string_view next = ctx_.xpos_at(sentence, ctx_.mentions[last].last);
          if (next == "VBZ" || next == "VBD" || next == "VBP" || next == "MD") last = -1;
        }
        if (last >= 0) {
          out.push_back(last);
          if (end) *end = ctx_.mentions[last].last;
        }
        break;
      }
      i = k;
      continue;
    }
    break;
  }
  if (used_comma && !closed_by_and && out.size() > 1) {
    out.resize(1);
    if (end) *end = first_end;
  }
  return out;
}

// "Venezuela's state oil company PDVSA": the party is the possessed name.
int WindowPhrases::possessed(const Sentence& s, int m) const {
  std::uint32_t k = ctx_.mentions[m].last;
  if (k >= s.last || !is_possessive_s(word(s, k))) return m;
  // "Guinea's other partners", "Iran's closest allies": those tied to the
  // possessor, not the possessor.
  for (std::uint32_t j = k + 1; j < s.last && j - k <= 3 && ctx_.seg.tokens[j].kind == TokenKind::Word &&
                                !ctx_.seg.tokens[j].capitalized;
       ++j)
    if (ctx_.lex.in("relational_nouns", word(s, j))) return -1;
  // "pressed Khan's government": a person's government or officials are not
  // the person (the tree rules find the state the person leads).
  if (k + 1 < s.last && ctx_.mentions[m].type == EntityType::Person && ctx_.lex.in("group_nouns", word(s, k + 1)))
    return -1;
  for (std::uint32_t j = k + 1; j < s.last && j - k <= 5; ++j) {
    const std::string& w = word(s, j);
    // "the committee's own chairman, Tom Tugendhat": the person a possessed
    // title introduces in apposition.
    if (w == "," && j + 1 < s.last) {
      const int n = mention_starting(j + 1);
      const bool titled = std::any_of(ctx_.titles.begin(), ctx_.titles.end(),
                                      [&](const TitleSpan& t) { return t.first > k && t.last == j; });
      if (titled && n >= 0 && ctx_.mentions[n].type == EntityType::Person && is_actor(ctx_.mentions[n])) return n;
    }
    if (w == "," || w == ";" || w == "and") break;
    const int n = ctx_.mention_at[j];
    if (n >= 0 && ctx_.mentions[n].first == j) return is_actor(ctx_.mentions[n]) ? n : m;
    // "the parliament's delegation for relations with China": the phrase ends
    // at its first function word; a name after it is not the possessed one.
    if (ctx_.lex.in("function_words", w)) break;
  }
  // "met Kanaani's deputy": someone of the person's, not the person.
  if (ctx_.mentions[m].type == EntityType::Person && k + 1 < s.last &&
      ctx_.seg.tokens[k + 1].kind == TokenKind::Word && !ctx_.seg.tokens[k + 1].capitalized)
    return -1;
  return m;
}

// First token of the noun phrase a mention heads: its title and the
// title's anchor ("South Korean Foreign Minister Kang Kyung-wha").
std::uint32_t WindowPhrases::np_start(int m) const {
  const Mention& mm = ctx_.mentions[m];
  std::uint32_t k = mm.first;
  if (mm.title >= 0 && mm.title < static_cast<int>(ctx_.titles.size())) {
    const TitleSpan& t = ctx_.titles[mm.title];
    if (t.last == mm.first) {
      k = t.first;
      if (t.anchor >= 0 && ctx_.mentions[t.anchor].last <= k) k = ctx_.mentions[t.anchor].first;
    }
  }
  return k;
}

// "18 Venezuelan officials, including Delcy Rodriguez": the named members.
std::vector<int> WindowPhrases::including(const Sentence& s, std::uint32_t from, std::uint32_t* end) const {
  for (std::uint32_t i = from; i + 1 < s.last && i - from < 10; ++i) {
    const std::string& w = word(s, i);
    if (w == ";" || w == ".") break;
    if (w == "including" || (w == "among" && word(s, i + 1) == "them")) {
      return actor_list(s, w == "among" ? i + 2 : i + 1, end);
    }
  }
  return {};
}

std::optional<int> WindowPhrases::possessor_before(const Sentence& s, std::uint32_t cue) const {
  // "the North's biggest demands", "Washington's sanctions", "their summit".
  for (std::uint32_t i = cue; i > s.first && cue - i < 4;) {
    --i;
    const std::string& w = word(s, i);
    if (is_possessive_s(w)) {
      const int m = i > s.first ? ctx_.mention_at[i - 1] : -1;
      if (m >= 0 && is_actor(ctx_.mentions[m])) return m;
      return std::nullopt;
    }
    if (ctx_.mention_at[i] >= 0) {
      const int m = ctx_.mention_at[i];
      // A name right before the cue: "U.S. sanctions", "the Trump-Kim summit".
      if (ctx_.mentions[m].last == cue && is_actor(ctx_.mentions[m]) &&
          ctx_.mentions[m].kind != MentionKind::Description)
        return m;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace kg::extract
