// Clauses for the word-window frames: a cue's agent to its left, its objects
// to its right, the sentence's subject.
#include <algorithm>

#include "kg/text.hpp"
#include "window_phrases.hpp"

namespace kg::extract {

// The agent: the nearest actor to the left within the clause, with the
// actors coordinated with it ("the U.S., Japan and South Korea").
// "Foreign Minister Ana Ferreira of Portugal", "Tim Cook of Apple": the
// person before "of" for the body or state after it; "X, chairman of the
// committee, ...": the holder of the title the body completes; else m.
int WindowPhrases::official_of(const Sentence& s, int m) const {
  const std::uint32_t f = ctx_.mentions[m].first;
  if (f >= s.first + 3 && word(s, f - 1) == "the" && word(s, f - 2) == "of") return holder_of_post(s, m);
  if (f < s.first + 2 || word(s, f - 1) != "of") return m;
  const int p = ctx_.mention_at[f - 2];
  if (p >= 0 && ctx_.mentions[p].type == EntityType::Person && is_actor(ctx_.mentions[p]) &&
      ctx_.mentions[p].last == f - 1)
    return p;
  return holder_of_post(s, m);
}

int WindowPhrases::holder_of_post(const Sentence& s, int m) const {
  const std::uint32_t f = ctx_.mentions[m].first;
  const Span body = ctx_.span_of(ctx_.mentions[m]);
  for (const RoleFact& r : ctx_.roles) {
    if (r.sentence != ctx_.mentions[m].sentence || r.body_span.begin != body.begin || r.person_span.end > body.begin)
      continue;
    for (std::uint32_t k = s.first; k < f; ++k) {
      const int holder = ctx_.mention_at[k];
      if (holder >= 0 && ctx_.span_of(ctx_.mentions[holder]).begin == r.person_span.begin &&
          is_actor(ctx_.mentions[holder]))
        return holder;
    }
  }
  return m;
}

std::vector<int> WindowPhrases::agents_left(const Sentence& s, std::uint32_t cue) const {
  // "Britain and Canada joined the EU in sanctioning ...": all of them.
  if (cue > s.first + 2 && word(s, cue - 1) == "in") {
    for (std::uint32_t j = s.first; j + 1 < cue - 1; ++j) {
      const std::string& w = word(s, j);
      if (w != "joined" && w != "joins" && w != "join") continue;
      std::vector<int> all = agents_left(s, j);
      std::uint32_t e = j + 1;
      const auto joined = actor_list(s, j + 1, &e);
      all.insert(all.end(), joined.begin(), joined.end());
      if (!all.empty()) return all;
    }
  }
  std::vector<int> out;
  bool only_aux = true;  // nothing but auxiliaries between here and the cue
  int aside_person = -1;  // "Iran's negotiator, Deputy Minister Abbas Araghchi, met ..."
  int possessor_fallback = -1;  // "China's foreign ministry announced ...": China, if nothing better
  int asides = 0;               // asides just skipped, in a row
  std::vector<int> co_agents;   // "..., along with D, ...
  for (std::uint32_t i = cue; i > s.first && cue - i < 24;) {
    --i;
    const std::string& w = word(s, i);
    if (w == ";" || w == ":" || w == "\u2014") break;
    // "Kevin McCarthy, the House majority leader, who met Pichai": the person "who" refers to.
    if ((w == "who" || w == "whom") && only_aux) {
      for (std::uint32_t j = i; j > s.first && i - j < 14;) {
        --j;
        const int m = ctx_.mention_at[j];
        if (m >= 0 && ctx_.mentions[m].type == EntityType::Person && is_actor(ctx_.mentions[m])) return {m};
        if (m >= 0) j = ctx_.mentions[m].first;
      }
      return {};
    }
    // "X, in a joint statement with Y and Z, called on ...": skip the aside;
    // asides in a row too ("X, commander of the army, known as the
    // Tatmadaw, and chairman of the council, sat down with ...").
    if (w == "," && (only_aux || asides > 0) && asides < 3) {
      std::uint32_t j = i;
      while (j > s.first && i - j < 16 && word(s, j - 1) != ",") --j;
      // "A of X, B of Y and C of Z, along with D, who ..., testified": after
      // an aside, a stretch that opens with a name is an item of the agents'
      // list, and "along with D" adds D to them.
      const int opening = j < i ? ctx_.mention_at[j] : -1;
      const bool item = asides > 0 && opening >= 0 && ctx_.mentions[opening].first == j &&
                        ctx_.mentions[opening].type == EntityType::Person;
      const bool joined = j + 1 < i && ((word(s, j + 1) == "with" && (word(s, j) == "along" || word(s, j) == "together")) ||
                                        (j + 2 < i && word(s, j) == "as" && word(s, j + 1) == "well" && word(s, j + 2) == "as"));
      if (j > s.first && word(s, j - 1) == "," && !item) {
        for (std::uint32_t k = j; k < i; ++k) {
          const int m = ctx_.mention_at[k];
          if (m < 0 || ctx_.mentions[m].type != EntityType::Person || !is_actor(ctx_.mentions[m])) continue;
          if (joined && std::find(co_agents.begin(), co_agents.end(), m) == co_agents.end()) co_agents.push_back(m);
          else aside_person = m;
        }
        // The comma that opens this aside may close another one.
        i = j;
        only_aux = false;
        ++asides;
        continue;
      }
    }
    if (w != ",") asides = 0;
    // "A meets B as G7 tightens sanctions and tells China to ...": a clause
    // that a conjunction opens has its own agent; none found in it, none.
    if (!only_aux && ctx_.lex.in("clause_conjunctions", w) && w != "but" &&
        !(w == "as" && i + 2 < cue && word(s, i + 1) == "well" && word(s, i + 2) == "as") &&
        !(w == "as" && i > s.first && word(s, i - 1) == "well"))
      break;
    // "The United States is among the countries that recognize X, the head
    // of Y, ..., and it has called on Maduro": "it" is the state or body the
    // sentence opens with, not the nearest name.
    if (only_aux && w == "it" && ctx_.mention_at[i] < 0) {
      std::vector<int> subject = sentence_subject(s);
      std::erase_if(subject, [&](int m) { return ctx_.mentions[m].type == EntityType::Person; });
      if (!subject.empty()) return subject;
    }
    if (!ctx_.lex.in("auxiliaries", w)) only_aux = false;
    int m = ctx_.mention_at[i];
    if (m < 0 || !is_actor(ctx_.mentions[m]) || names_executive(s, m)) continue;
    m = official_of(s, m);
    // A possessor is not the agent ("the committee's top Democrat"), unless
    // it stands for its state's people ("Britain's government").
    {
      const std::uint32_t after = ctx_.mentions[m].last;
      if (after + 1 < s.last && is_possessive_s(word(s, after)) &&
          !ctx_.lex.in("group_nouns", word(s, after + 1))) {
        if (possessor_fallback < 0) possessor_fallback = m;
        i = ctx_.mentions[m].first;
        continue;
      }
    }
    out.push_back(m);
    // Coordination to the left: "A, B and C", also across titles:
    // "Pompeo, Japanese Foreign Minister Taro Kono and ...".
    // A list's "and" comes before its last item: in "A and B, C met" the
    // comma ends another phrase, so a comma joins only once "and" was seen.
    std::uint32_t k = np_start(m);
    bool seen_and = false;
    while (k > s.first + 1) {
      const std::string& c = word(s, k - 1);
      if (c != "," && c != "and" && c != "&") break;
      if (c == "," && !seen_and) break;
      seen_and = true;
      std::uint32_t j = k - 1;
      if (c == "and" && j > s.first && word(s, j - 1) == ",") --j;
      if (j == s.first) break;
      int prev = ctx_.mention_at[j - 1];
      // The name may end a title phrase: "..., Japanese Foreign Minister Taro Kono and".
      if (prev < 0 || !is_actor(ctx_.mentions[prev])) break;
      if (ctx_.mentions[prev].last != j) break;
      // "A, the Republican who chairs the committee, and B": the name the
      // relative clause describes, not the name ending it.
      prev = described_by_clause(s, prev);
      if (prev < 0) break;
      prev = official_of(s, prev);  // "A of X, B of Y and C of Z"
      // "Before arriving in the Solomon Islands, A and B met": a place a
      // preposition puts in an opening phrase is no item of the list.
      if (const std::uint32_t p0 = np_start(prev); c == "," && p0 > s.first && ctx_.lex.in("place_only_prepositions", word(s, p0 - 1)))
        break;
      out.push_back(prev);
      k = np_start(prev);
    }
    break;
  }
  if (!out.empty())
    for (const int m : co_agents)
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  if (out.empty() && aside_person >= 0) out.push_back(aside_person);
  if (out.empty() && possessor_fallback >= 0) out.push_back(possessor_fallback);
  return out;
}

int WindowPhrases::described_by_clause(const Sentence& s, int m) const {
  std::uint32_t k = ctx_.mentions[m].first;
  while (k > s.first && ctx_.mentions[m].first - k < 12 && word(s, k - 1) != ",") {
    --k;
    const std::string& w = word(s, k);
    if (w != "who" && w != "which" && w != "whose") continue;
    while (k > s.first && word(s, k - 1) != ",") --k;  // to the comma opening the aside
    if (k < s.first + 2) return -1;
    const int named = ctx_.mention_at[k - 2];
    return named >= 0 && ctx_.mentions[named].last == k - 1 && is_actor(ctx_.mentions[named]) ? named : -1;
  }
  return m;
}

// The object after a preposition from preps, or a direct object ("_").
// A list may continue with the same preposition ("on A, on B and on C"), and
// a plural phrase with "including" ("on 18 officials, including A").
std::vector<int> WindowPhrases::patients_right(const Sentence& s, std::uint32_t from, const std::vector<std::string>& preps,
                                std::uint32_t window, std::uint32_t* end) const {
  const bool direct = std::find(preps.begin(), preps.end(), "_") != preps.end();
  std::vector<int> out;
  std::uint32_t stop = from;
  if (direct) {
    out = actor_list(s, from, &stop);
    if (out.empty()) out = including(s, from, &stop);
  }
  for (std::uint32_t i = from; out.empty() && i < s.last && i - from < window; ++i) {
    const std::string& w = word(s, i);
    // "held talks in Anchorage, Alaska, with ...": a place's commas do not end the phrase.
    if (w == "," && i > from && ctx_.mention_at[i - 1] >= 0 &&
        ctx_.mentions[ctx_.mention_at[i - 1]].type == EntityType::Location) {
      window += 2;
      continue;
    }
    if (w == ";" || w == "." || w == ",") break;
    // "wanted to turn every hearing into a trial of B": the phrase after an
    // infinitive is the infinitive's.
    if (w == "to" && i + 1 < s.last && ctx_.xpos_at(ctx_.sentence_index(s), i + 1) == "VB") break;
    if (std::find(preps.begin(), preps.end(), w) == preps.end()) continue;
    // "away from China", "apart from Iran": a phrase of its own, no argument.
    if (w == "from" && i > from && (word(s, i - 1) == "away" || word(s, i - 1) == "apart" || word(s, i - 1) == "aside"))
      continue;
    // "demanded the release of X from Y": X is freed, Y is asked.
    if (w == "of" && i > from && ctx_.lex.in("acts_done_to", fold_case(word(s, i - 1)))) continue;
    out = actor_list(s, i + 1, &stop);
    if (out.empty()) out = including(s, i + 1, &stop);
  }
  if (out.empty()) return out;
  // "..., on B and on C": the same preposition again after a comma or "and".
  for (std::uint32_t i = stop; i + 1 < s.last && i - stop < 12;) {
    const std::string& w = word(s, i);
    if (w == ";" || w == ".") break;
    if ((w == "," || w == "and") && std::find(preps.begin(), preps.end(), word(s, i + 1)) != preps.end() &&
        word(s, i + 1) != "_") {
      std::uint32_t e = i + 2;
      auto more = actor_list(s, i + 2, &e);
      if (more.empty()) break;
      out.insert(out.end(), more.begin(), more.end());
      stop = e;
      i = e;
      continue;
    }
    ++i;
  }
  if (end) *end = stop;
  return out;
}

// "Maduro broke off relations with Washington and demanded that ...", "She
// met X and urged Beijing to ...": a verb right after "and" (or past words
// of time and of its verb group) shares the sentence's subject, whatever
// name ends the clause before it.
bool WindowPhrases::coordinated_verb(const Sentence& s, std::uint32_t cue) const {
  // "... and imposed", "..., but kept", "... and later imposed".
  const auto joins = [&](std::uint32_t k) { return word(s, k) == "and" || word(s, k) == "but"; };
  if (cue <= s.first + 1) return false;
  if (joins(cue - 1)) return true;
  // "... and later imposed", "..., and on Friday sat down with X", "and is
  // expected to hold talks with X": past a few words of time and of the
  // verb group (words/auxiliaries.txt: "also", "is", "expected", "to").
  for (std::uint32_t k = cue; k > s.first + 1 && cue - k < 5; --k) {
    const std::string w = fold_case(word(s, k - 1));
    if (joins(k - 1)) return k < cue;
    if (!ctx_.lex.in("time_words", w) && !ctx_.lex.in("auxiliaries", w) &&
        ctx_.seg.tokens[k - 1].kind != TokenKind::Number)
      return false;
  }
  return false;
}

// The subject: the first actor of the sentence, with its coordination.
std::vector<int> WindowPhrases::sentence_subject(const Sentence& s) const {
  // Past a dateline: "TOKYO, March 3 (AP) -- ...".
  std::uint32_t from = s.first;
  for (std::uint32_t i = s.first; i + 1 < s.last && i < s.first + 12; ++i)
    if (word(s, i) == "--" || word(s, i) == "\u2014") from = i + 1;
  int depth = 0;
  for (std::uint32_t i = from; i < s.last; ++i) {
    if (word(s, i) == "(") ++depth;
    if (word(s, i) == ")") --depth;
    if (depth > 0) continue;
    const int m = ctx_.mention_at[i];
    if (m >= 0 && is_actor(ctx_.mentions[m])) return actor_list(s, ctx_.mentions[m].first);
  }
  return {};
}

bool WindowPhrases::after_participle_aside(const Sentence& s, std::uint32_t cue) const {
  // "X, hosting the gathering in the United States for the first time,
  // also held talks with Y": the subject's name, a comma, an aside opened
  // by a participle in -ing, and its closing comma right before the cue
  // (past an adverb).
  const auto subject = sentence_subject(s);
  if (subject.empty()) return false;
  const std::uint32_t end = ctx_.mentions[static_cast<std::size_t>(subject.front())].last;
  if (end + 2 >= cue || word(s, end) != "," || !word(s, end + 1).ends_with("ing") || ctx_.seg.tokens[end + 1].capitalized)
    return false;
  std::uint32_t close = cue;
  while (close > end + 2 && cue - close < 3 && word(s, close - 1) != ",") {
    if (ctx_.seg.tokens[close - 1].capitalized || ctx_.mention_at[close - 1] >= 0) return false;
    --close;
  }
  return close > end + 2 && word(s, close - 1) == ",";
}

// "Testifying at a Senate hearing on Wednesday, Stilwell said": the agent
// of a sentence-opening participle is the first person after its comma.
std::vector<int> WindowPhrases::participle_agent(const Sentence& s, std::uint32_t cue) const {
  // (Only a participle opens such a clause: not "Those targeted include two
  // senators, A and B".)
  if (cue != s.first || !(word(s, cue).ends_with("ing") || word(s, cue).ends_with("ed"))) return {};
  for (std::uint32_t i = cue; i + 1 < s.last; ++i)
    if (word(s, i) == ",") {
      // The first name after the comma, past its title ("Ambassador Paul Reyes").
      for (std::uint32_t j = i + 1; j < s.last && j - i <= 6; ++j) {
        const int m = mention_starting(j);
        if (m < 0) continue;
        if (ctx_.mentions[m].type == EntityType::Person && is_actor(ctx_.mentions[m])) return {m};
        if (ctx_.mentions[m].kind != MentionKind::Demonym) return {};
      }
      return {};
    }
  return {};
}

}  // namespace kg::extract
