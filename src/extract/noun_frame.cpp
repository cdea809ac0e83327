// The noun frame ("talks between A and B", "A's sanctions on B"), and "the
// two sides" for the pair a document is about.
#include "frame_matcher.hpp"
#include "salience.hpp"

namespace kg::extract {

// The noun frame: "talks between A and B", "A's sanctions on B", "the
// A-B summit", "A held talks with B".
void FrameMatcher::noun_frame(const Rule& r, std::uint32_t s, std::uint32_t cf, std::uint32_t cl) {
  const Sentence& sent = ctx_.seg.sentences[s];
  const float conf = r.confidence;
  // "talks between A and B"
  if (r.relation == RelationType::MetWith && cl + 4 < sent.last && word(sent, cl) == "between" &&
      word(sent, cl + 2) == "two" && two_sides_before(sent, cl + 4))
    return;  // "talks between the two countries"
  if (cl < sent.last && word(sent, cl) == "between") {
    const auto both = actor_list(sent, cl + 1);
    if (both.size() >= 2) emit_pairs(r, s, both, cf, cl, conf);
    return;
  }
  if (r.relation == RelationType::MetWith && two_sides_before(sent, cf)) return;
  // "open accession negotiations with the EU": a process, no meeting.
  if (r.relation == RelationType::MetWith && cf > sent.first && ctx_.lex.in("process_modifiers", word(sent, cf - 1)))
    return;
  std::vector<int> agents;
  if (auto p = possessor_before(sent, cf)) {
    // "Sharif's Paris talks", "the Geneva talks": a capital before a meeting
    // names where it is; whose it is comes before it, if anyone's.
    const Mention& place = ctx_.mentions[static_cast<std::size_t>(*p)];
    if (r.relation == RelationType::MetWith && place.kind == MentionKind::Capital && place.last == cf)
      p = place.first > sent.first ? possessor_before(sent, place.first) : std::nullopt;
    // "hold the annual AUKMIN talks with X": a name between an article and
    // the meeting noun names the meeting, not one who meets.
    if (p && r.relation == RelationType::MetWith && names_the_meeting(sent, ctx_.mentions[static_cast<std::size_t>(*p)], cf))
      p = std::nullopt;
    if (p) agents.push_back(*p);
  }
  // "the Trump-Kim summit": two names joined by a hyphen before the cue.
  if (cf >= sent.first + 3 && word(sent, cf - 2) == "-" && ctx_.mention_at[cf - 1] >= 0 && ctx_.mention_at[cf - 3] >= 0) {
    emit(r, s, ctx_.mention_at[cf - 3], ctx_.mention_at[cf - 1], cf, cl, conf);
    return;
  }
  // "Kim told Xi in their summit": the two people just named.
  if (agents.empty() && r.relation == RelationType::MetWith && cf > sent.first && word(sent, cf - 1) == "their") {
    std::vector<int> seen;
    for (std::uint32_t i = cf - 1; i > sent.first && seen.size() < 2;) {
      --i;
      const int m = ctx_.mention_at[i];
      if (m >= 0 && is_actor(ctx_.mentions[m]) &&
          std::none_of(seen.begin(), seen.end(), [&](int x) { return ctx_.mentions[x].entity == ctx_.mentions[m].entity; }))
        seen.push_back(m);
      if (m >= 0) i = ctx_.mentions[m].first;
    }
    if (seen.size() == 2) emit(r, s, seen[1], seen[0], cf, cl, conf * 0.9f);
    return;
  }
  auto patients = patients_right(sent, cl, r.preps, 10);
  // "ignored earlier demands from the council": with no possessor, whom a
  // demand is "from" makes it, and is asked nothing.
  if (agents.empty() && r.relation == RelationType::DemandsFrom)
    std::erase_if(patients, [&](int m) {
      std::uint32_t k = ctx_.mentions[static_cast<std::size_t>(m)].first;
      if (k > sent.first + 1 && word(sent, k - 1) == "the") --k;
      return k > sent.first && word(sent, k - 1) == "from";
    });
  // A bare noun takes a nearby subject only: "Kim held a summit with".
  if (agents.empty() && !patients.empty()) {
    agents = agents_left(sent, cf);
    if (!agents.empty() && cf - ctx_.mentions[agents.front()].last > 6) agents.clear();
    if (!agents.empty() && r.relation == RelationType::MetWith &&
        names_the_meeting(sent, ctx_.mentions[static_cast<std::size_t>(agents.front())], cf))
      agents.clear();
    // "is due to fly to Canada on Sunday for talks with X": a place, not who
    // talks; so is a capital anything is brought or sent to ("brought A back
    // to Banjul for talks with X").
    if (!agents.empty()) {
      const Mention& nearest = ctx_.mentions[static_cast<std::size_t>(agents.front())];
      std::uint32_t before = nearest.first;  // past an article: "to the United States"
      if (before > sent.first + 1 && word(sent, before - 1) == "the") --before;
      const bool destination = (nearest.kind == MentionKind::Capital || nearest.type == EntityType::Country) &&
                               before > sent.first && word(sent, before - 1) == "to";
      if (destination || (nearest.first > sent.first && ctx_.place_after(nearest.first - 1, sent.first))) agents.clear();
    }
    // "He said sanctions on X would stay": the speaker imposes nothing;
    // "..., as talks with X stall": the noun heads a clause of its own;
    // "X, who was accompanied by the heads of A and B, held talks with Y":
    // the name nearest is inside an aside.
    // "met A in Jeddah on Wednesday and held talks with B": the name is the
    // first verb's object, the talks the second verb's, whose subject is
    // further back.
    for (std::uint32_t i = agents.empty() ? cf : ctx_.mentions[agents.front()].last; i < cf; ++i)
      if (ctx_.lex.in("speech_verbs", word(sent, i)) || ctx_.lex.in("clause_conjunctions", word(sent, i)) ||
          word(sent, i) == "," ||
          (word(sent, i) == "and" && cf - i <= 3 && !ctx_.seg.tokens[i + 1].capitalized && ctx_.mention_at[i + 1] < 0))
        agents.clear();
  }
  // "Pompeo, Kono and Kang held a three-way meeting": the subjects meet,
  // when the meeting is what they held, not where something happened, nor
  // one "with" someone not named ("held talks with the union"), nor one they
  // joined, as one side of it ("A and B joined the talks").
  if (agents.empty() && patients.empty() && r.relation == RelationType::MetWith && !with_after(sent, cl)) {
    auto subjects = agents_left(sent, cf);
    if (subjects.size() >= 2 && cf - ctx_.mentions[subjects.front()].last <= 6) {
      // (A form of "join", not "held joint talks".)
      const auto joined = [&](const std::string& w) {
        return w == "join" || w == "joins" || w == "joined" || w == "joining";
      };
      bool not_held = false;
      for (std::uint32_t i = ctx_.mentions[subjects.front()].last; i < cf; ++i)
        not_held = not_held || ctx_.lex.in("place_prepositions", word(sent, i)) ||
                   ctx_.lex.in("phrase_prepositions", word(sent, i)) || joined(word(sent, i));
      if (!not_held) emit_pairs(r, s, subjects, cf, cl, conf);
    }
    return;
  }
  emit_all(r, s, agents, patients, cf, cl, conf);
}

bool FrameMatcher::names_the_meeting(const Sentence& sent, const Mention& name, std::uint32_t cue) const {
  if (name.last != cue) return false;
  const auto article = [&](std::uint32_t k) {
    const std::string& w = word(sent, k);
    return w == "the" || w == "a" || w == "an";
  };
  std::uint32_t i = name.first;
  while (i > sent.first && cue - i < 5 && !ctx_.seg.tokens[i - 1].capitalized &&
         ctx_.seg.tokens[i - 1].kind == TokenKind::Word && !article(i - 1))
    --i;
  return i > sent.first && article(i - 1);
}

// "the two sides' talks", "the two sides agreed that ... would meet": the
// two most-mentioned states of the document meet.
bool FrameMatcher::two_sides_before(const Sentence& s, std::uint32_t cue) {
  bool found = false;
  std::uint32_t sides_at = 0;  // the token "two"
  for (std::uint32_t i = cue; i > s.first + 1 && cue - i < 10;) {
    --i;
    if (word(s, i - 1) == "two" && (word(s, i) == "sides" || word(s, i) == "countries")) {
      found = true;
      sides_at = i - 1;
      break;
    }
  }
  if (!found) return false;
  const auto pair = two_most_mentioned(ctx_, EntityType::Country);
  if (!pair) return false;
  const Rule* rule = nullptr;
  for (const auto& r : rules_.rules)
    if (r.relation == RelationType::MetWith && r.frame == Frame::Noun && !rule) rule = &r;
  if (!rule) return true;
  const std::size_t before = facts_.size();
  emit(*rule, ctx_.sentence_index(s), pair->first, pair->second, cue, cue + 1,
       rule->confidence * 0.8f);
  // The ends are named elsewhere; in this sentence "the two sides" carries them.
  // (A guess the tree's pair just named overrides: kTwoSidesRule.)
  if (facts_.size() > before) {
    const Span sides{ctx_.seg.tokens[sides_at].begin, ctx_.seg.tokens[sides_at + 1].end};
    facts_.back().subject_span = sides;
    facts_.back().object_span = sides;
    facts_.back().rule = kTwoSidesRule;
  }
  return true;
}

}  // namespace kg::extract
