// The rule matcher: finds each rule's cues in a sentence and fills the
// frame's two ends from the resolved mentions around it.
#include "relations.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

#include "kg/text.hpp"

namespace kg::extract {
namespace {

bool is_actor(const Mention& m) {
  if (m.kind == MentionKind::Demonym) return false;  // an adjective, not a party
  return m.type == EntityType::Person || m.type == EntityType::Country || m.type == EntityType::Organization;
}

}  // namespace

bool ends_fit(RelationType r, EntityType s, EntityType o) {
  const auto actor = [](EntityType t) {
    return t == EntityType::Person || t == EntityType::Country || t == EntityType::Organization;
  };
  switch (r) {
    case RelationType::TestifiedAt:
      return s == EntityType::Person && (o == EntityType::Organization || o == EntityType::Event);
    case RelationType::LeaderOf:
    case RelationType::WorksFor:
      return s == EntityType::Person && (o == EntityType::Country || o == EntityType::Organization);
    case RelationType::Visited:
      return actor(s) && (o == EntityType::Location || o == EntityType::Country);
    default:
      return actor(s) && actor(o);
  }
}

namespace {

// Words that may sit between a preposition and its noun phrase's mention.
bool is_filler(std::string_view w) {
  static const std::set<std::string_view> fillers{
      "the", "a", "an", "his", "her", "its", "their", "both", "all", "two", "three", "several",
      "other", "top", "senior", "former", "new", "newly", "then", "fellow", "state-run", "state", "'s", "\u2019s",
      "parent", "full", "own", "ruling"};
  return fillers.count(w) > 0;
}

class Matcher {
 public:
  Matcher(const Context& ctx, const RuleSet& rules) : ctx_(ctx), rules_(rules) {}

  std::vector<RawFact> run() {
    for (std::uint32_t s = 0; s < ctx_.seg.sentences.size(); ++s) {
      folded_.clear();
      const Sentence& sent = ctx_.seg.sentences[s];
      for (std::uint32_t i = sent.first; i < sent.last; ++i) folded_.push_back(fold_case(ctx_.token(i)));
      // Cues found through their first word, applied in rule, cue, position order.
      hits_.clear();
      for (std::uint32_t i = sent.first; i < sent.last; ++i) {
        const auto it = rules_.cues_by_first_word.find(word(sent, i));
        if (it == rules_.cues_by_first_word.end()) continue;
        for (const CueRef& c : it->second) {
          const auto& cue = rules_.rules[c.rule].cues[c.cue];
          if (i + cue.size() <= sent.last && cue_at(sent, i, cue)) hits_.push_back({c, i});
        }
      }
      std::sort(hits_.begin(), hits_.end(), [](const Hit& a, const Hit& b) {
        return std::tie(a.cue.rule, a.cue.cue, a.at) < std::tie(b.cue.rule, b.cue.cue, b.at);
      });
      for (const Hit& h : hits_) {
        const Rule& r = rules_.rules[h.cue.rule];
        apply(r, s, h.at, h.at + static_cast<std::uint32_t>(r.cues[h.cue.cue].size()));
      }
    }
    return std::move(facts_);
  }

 private:
  const std::string& word(const Sentence& s, std::uint32_t i) const { return folded_[i - s.first]; }

  bool cue_at(const Sentence& s, std::uint32_t i, const std::vector<std::string>& cue) const {
    for (std::size_t k = 0; k < cue.size(); ++k) {
      if (word(s, i + static_cast<std::uint32_t>(k)) != cue[k]) return false;
      // Cue words are never part of a name ("Sanctions Act", "Summit Press Pool").
      const int m = ctx_.mention_at[i + k];
      if (m >= 0 && ctx_.mentions[m].kind != MentionKind::Description) return false;
    }
    return true;
  }

  int mention_starting(std::uint32_t i) const {
    const int m = ctx_.mention_at[i];
    return m >= 0 && ctx_.mentions[m].first == i ? m : -1;
  }

  // The actor a noun phrase starting at token i stands for: past determiners
  // and adjectives; past a demonym and title to the name they introduce ("South
  // Korean Foreign Minister Kang"), or the demonym's state when no name follows
  // ("his North Korean counterparts"); past a state to the person its title
  // introduces ("U.S. President Donald Trump"); past a possessive to the
  // possessed name. -1 when the phrase names no actor.
  int np_actor(const Sentence& s, std::uint32_t i) const {
    std::uint32_t j = i;
    while (j < s.last && j - i < 4 && ctx_.mention_at[j] < 0 && is_filler(word(s, j))) ++j;
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
    if (m < 0) return -1;
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
    if (!is_actor(ctx_.mentions[m])) return -1;
    return possessed(s, m);
  }

  // The person introduced by a title anchored on mention m.
  int titled_person_after(int m) const {
    for (const auto& t : ctx_.titles)
      if (t.anchor == m && t.person >= 0) return t.person;
    return -1;
  }

  // Coordinated actors starting at token i: "Russia, China and Iran". A list
  // joined by commas counts only when "and" closes it ("the U.S., Stilwell said"
  // is one actor).
  std::vector<int> actor_list(const Sentence& s, std::uint32_t i, std::uint32_t* end = nullptr) const {
    std::vector<int> out;
    bool closed_by_and = false, used_comma = false;
    std::uint32_t first_end = 0;
    while (i < s.last) {
      const int m = np_actor(s, i);
      if (m < 0) break;
      out.push_back(m);
      std::uint32_t k = ctx_.mentions[m].last;
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
          const int last = k < s.last ? np_actor(s, k) : -1;
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
  int possessed(const Sentence& s, int m) const {
    std::uint32_t k = ctx_.mentions[m].last;
    if (k >= s.last || (word(s, k) != "'s" && word(s, k) != "’s")) return m;
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
    }
    return m;
  }

  // First token of the noun phrase a mention heads: its title and the
  // title's anchor ("South Korean Foreign Minister Kang Kyung-wha").
  std::uint32_t np_start(int m) const {
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

  // The agent: the nearest actor to the left within the clause, with the
  // actors coordinated with it ("the U.S., Japan and South Korea").
  std::vector<int> agents_left(const Sentence& s, std::uint32_t cue) const {
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
      // "X, in a joint statement with Y and Z, called on ...": skip the aside.
      if (w == "," && only_aux) {
        std::uint32_t j = i;
        while (j > s.first && i - j < 16 && word(s, j - 1) != ",") --j;
        if (j > s.first && word(s, j - 1) == ",") {
          for (std::uint32_t k = j; k < i; ++k) {
            const int m = ctx_.mention_at[k];
            if (m >= 0 && ctx_.mentions[m].type == EntityType::Person && is_actor(ctx_.mentions[m])) aside_person = m;
          }
          i = j - 1;
          only_aux = false;
          continue;
        }
      }
      if (!ctx_.lex.in("auxiliaries", w)) only_aux = false;
      int m = ctx_.mention_at[i];
      if (m < 0 || !is_actor(ctx_.mentions[m])) continue;
      // "Foreign Minister Ana Ferreira of Portugal met ...": the official, not the state.
      if (const std::uint32_t f = ctx_.mentions[m].first; f >= s.first + 2 && word(s, f - 1) == "of") {
        const int p = ctx_.mention_at[f - 2];
        if (p >= 0 && ctx_.mentions[p].type == EntityType::Person && is_actor(ctx_.mentions[p]) &&
            ctx_.mentions[p].last == f - 1)
          m = p;
      }
      // A possessor is not the agent ("the committee's top Democrat"), unless
      // it stands for its state's people ("Britain's government").
      {
        const std::uint32_t after = ctx_.mentions[m].last;
        if (after + 1 < s.last && (word(s, after) == "'s" || word(s, after) == "\u2019s") &&
            !ctx_.lex.in("group_nouns", word(s, after + 1))) {
          if (possessor_fallback < 0) possessor_fallback = m;
          i = ctx_.mentions[m].first;
          continue;
        }
      }
      out.push_back(m);
      // Coordination to the left: "A, B and C", also across titles:
      // "Pompeo, Japanese Foreign Minister Taro Kono and ...".
      std::uint32_t k = np_start(m);
      while (k > s.first + 1) {
        const std::string& c = word(s, k - 1);
        if (c != "," && c != "and" && c != "&") break;
        std::uint32_t j = k - 1;
        if (c == "and" && j > s.first && word(s, j - 1) == ",") --j;
        if (j == s.first) break;
        int prev = ctx_.mention_at[j - 1];
        // The name may end a title phrase: "..., Japanese Foreign Minister Taro Kono and".
        if (prev < 0 || !is_actor(ctx_.mentions[prev])) break;
        if (ctx_.mentions[prev].last != j) break;
        out.push_back(prev);
        k = np_start(prev);
      }
      break;
    }
    if (out.empty() && aside_person >= 0) out.push_back(aside_person);
    if (out.empty() && possessor_fallback >= 0) out.push_back(possessor_fallback);
    return out;
  }

  // The object after a preposition from preps, or a direct object ("_").
  // A list may continue with the same preposition ("on A, on B and on C"), and
  // a plural phrase with "including" ("on 18 officials, including A").
  std::vector<int> patients_right(const Sentence& s, std::uint32_t from, const std::vector<std::string>& preps,
                                  std::uint32_t window, std::uint32_t* end = nullptr) const {
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
      if (std::find(preps.begin(), preps.end(), w) == preps.end()) continue;
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

  // "18 Venezuelan officials, including Delcy Rodriguez": the named members.
  std::vector<int> including(const Sentence& s, std::uint32_t from, std::uint32_t* end) const {
    for (std::uint32_t i = from; i + 1 < s.last && i - from < 10; ++i) {
      const std::string& w = word(s, i);
      if (w == ";" || w == ".") break;
      if (w == "including" || (w == "among" && word(s, i + 1) == "them")) {
        return actor_list(s, w == "among" ? i + 2 : i + 1, end);
      }
    }
    return {};
  }

  std::optional<int> possessor_before(const Sentence& s, std::uint32_t cue) const {
    // "the North's biggest demands", "Washington's sanctions", "their summit".
    for (std::uint32_t i = cue; i > s.first && cue - i < 4;) {
      --i;
      const std::string& w = word(s, i);
      if (w == "'s" || w == "\u2019s") {
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

  // "the two sides' talks", "the two sides agreed that ... would meet": the
  // two most-mentioned states of the document meet.
  bool two_sides_before(const Sentence& s, std::uint32_t cue) {
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
    std::vector<int> counts(ctx_.entities.size(), 0);
    std::vector<int> first(ctx_.entities.size(), -1);
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const auto& mm = ctx_.mentions[m];
      if (mm.type != EntityType::Country || !is_actor(mm)) continue;
      if (counts[mm.entity]++ == 0) first[mm.entity] = static_cast<int>(m);
    }
    int a = -1, b = -1;
    for (std::size_t e = 0; e < counts.size(); ++e) {
      if (first[e] < 0) continue;
      if (a < 0 || counts[e] > counts[a]) {
        b = a;
        a = static_cast<int>(e);
      } else if (b < 0 || counts[e] > counts[b]) {
        b = static_cast<int>(e);
      }
    }
    if (a < 0 || b < 0) return false;
    const Rule* rule = nullptr;
    for (const auto& r : rules_.rules)
      if (r.relation == RelationType::MetWith && r.frame == Frame::Noun && !rule) rule = &r;
    if (!rule) return true;
    const std::size_t before = facts_.size();
    emit(*rule, static_cast<std::uint32_t>(&s - ctx_.seg.sentences.data()), first[a], first[b], cue, cue + 1,
         rule->confidence * 0.8f);
    // The ends are named elsewhere; in this sentence "the two sides" carries them.
    if (facts_.size() > before) {
      const Span sides{ctx_.seg.tokens[sides_at].begin, ctx_.seg.tokens[sides_at + 1].end};
      facts_.back().subject_span = sides;
      facts_.back().object_span = sides;
    }
    return true;
  }

  void emit(const Rule& r, std::uint32_t s, int a, int b, std::uint32_t cue_first, std::uint32_t cue_last,
            float confidence, bool check_modality = true) {
    const Mention& ma = ctx_.mentions[a];
    const Mention& mb = ctx_.mentions[b];
    if (ma.entity == mb.entity) return;
    // A person does not meet, pressure or sanction the body they act for.
    if (r.relation != RelationType::LeaderOf && r.relation != RelationType::WorksFor)
      for (const auto& role : ctx_.roles)
        if ((role.person == ma.entity && role.body == mb.entity) || (role.person == mb.entity && role.body == ma.entity))
          return;
    if (!ends_fit(r.relation, ctx_.entities[ma.entity].type, ctx_.entities[mb.entity].type)) return;
    if (!r.object_heads.empty()) {
      const std::string& name = ctx_.entities[mb.entity].name;
      const auto pos = name.rfind(' ');
      const std::string head = fold_case(pos == std::string::npos ? name : name.substr(pos + 1));
      if (std::find(r.object_heads.begin(), r.object_heads.end(), head) == r.object_heads.end()) return;
    }
    const std::uint32_t agent_end = std::min(ma.last, cue_first);
    const auto modality = check_modality ? modality_of(ctx_, rules_, s, agent_end, cue_first, cue_last, r.modality)
                                         : std::optional<Modality>(Modality::Hypothetical);
    if (!modality) return;
    // A meeting someone would consider is no meeting ("willing to meet").
    if (r.relation == RelationType::MetWith && *modality == Modality::Hypothetical) return;
    if (r.relation == RelationType::Sanctions) last_sanctioner_ = a;
    RawFact f;
    f.subject = ma.entity;
    f.object = mb.entity;
    f.relation = r.relation;
    f.modality = *modality;
    f.confidence = confidence;
    f.sentence = s;
    // Spans stay inside the evidence sentence: an end carried over from an
    // earlier sentence ("the measures target ...") is pointed at by the cue.
    const Span cue_span{ctx_.seg.tokens[cue_first].begin, ctx_.seg.tokens[cue_last - 1].end};
    f.subject_span = ma.sentence == s ? ctx_.span_of(ma) : cue_span;
    f.object_span = mb.sentence == s ? ctx_.span_of(mb) : cue_span;
    f.rule = r.id;
    if (r.relation == RelationType::DemandsFrom) f.what = demanded(s, cue_last, mb);
    // A head of state named by title speaks for the state: "Iranian President
    // Hassan Rouhani demanded that Britain ..." is also Iran's demand.
    if (r.relation == RelationType::DemandsFrom && ma.type == EntityType::Person && ma.title >= 0 &&
        ma.title < static_cast<int>(ctx_.titles.size())) {
      const TitleSpan& t = ctx_.titles[ma.title];
      if (t.person >= 0 && ctx_.mentions[t.person].entity == ma.entity && t.anchor >= 0 &&
          t.entry.relation == RelationType::LeaderOf && ctx_.mentions[t.anchor].type == EntityType::Country &&
          ctx_.mentions[t.anchor].entity != mb.entity) {
        RawFact state = f;
        state.subject = ctx_.mentions[t.anchor].entity;
        state.subject_span = ctx_.span_of(ctx_.mentions[t.anchor]);
        state.rule = r.id + ".state";
        facts_.push_back(std::move(state));
      }
    }
    facts_.push_back(std::move(f));
  }

  // What is demanded: the words between the cue and "from B" ("sought
  // security guarantees from Washington"), else what B is to do ("pressed
  // Trump to back the bill", "demanded that Washington lift all sanctions").
  std::string demanded(std::uint32_t sentence, std::uint32_t cue_last, const Mention& b) const {
    const Sentence& s = ctx_.seg.sentences[sentence];
    static const std::set<std::string_view> skip{"for", "that", "to", "must", "should", "would", "first", "the", "a", "an"};
    static const std::set<std::string_view> stop{",", ".", ";", ":", "and", "but", "while", "\u2014", "in"};
    std::uint32_t from = cue_last, to = cue_last;
    if (b.first > cue_last + 1) {
      to = b.first;
      while (to > from && (word(s, to - 1) == "from" || word(s, to - 1) == "of" || is_filler(word(s, to - 1)))) --to;
      while (from < to && skip.count(word(s, from))) ++from;
    }
    if (from >= to) {
      from = b.last;
      to = from;
      while (to < s.last && to - from < 10 && !stop.count(word(s, to))) ++to;
    }
    while (from < to && skip.count(word(s, from))) ++from;
    for (std::uint32_t i = from; i < to; ++i)
      if (stop.count(word(s, i)) && word(s, i) != "in") to = i;
    if (from >= to || to - from > 10) return {};
    return std::string(ctx_.span_text(from, to));
  }

  void emit_all(const Rule& r, std::uint32_t s, const std::vector<int>& as, const std::vector<int>& bs,
                std::uint32_t cf, std::uint32_t cl, float conf) {
    for (int a : as)
      for (int b : bs) emit(r, s, a, b, cf, cl, conf);
  }

  void emit_pairs(const Rule& r, std::uint32_t s, const std::vector<int>& xs, std::uint32_t cf, std::uint32_t cl,
                  float conf) {
    for (std::size_t i = 0; i < xs.size(); ++i)
      for (std::size_t j = i + 1; j < xs.size(); ++j) emit(r, s, xs[i], xs[j], cf, cl, conf);
  }

  // "Maduro broke off relations with Washington and demanded that ...": a
  // verb after "and" shares the sentence's subject.
  bool coordinated_verb(const Sentence& s, std::uint32_t cue) const {
    return cue > s.first + 1 && word(s, cue - 1) == "and" && ctx_.mention_at[cue - 2] < 0;
  }

  // The subject: the first actor of the sentence, with its coordination.
  std::vector<int> sentence_subject(const Sentence& s) const {
    // Past a dateline: "TOKYO, March 3 (AP) -- ...".
    std::uint32_t from = s.first;
    for (std::uint32_t i = s.first; i + 1 < s.last && i < s.first + 12; ++i)
      if ((word(s, i) == "-" && word(s, i + 1) == "-") || word(s, i) == "\u2014") from = i + 1;
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

  // "Testifying at a Senate hearing on Wednesday, Stilwell said": the agent
  // of a sentence-opening participle is the first person after its comma.
  std::vector<int> participle_agent(const Sentence& s, std::uint32_t cue) const {
    if (cue != s.first) return {};
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

  void apply(const Rule& r, std::uint32_t s, std::uint32_t cf, std::uint32_t cl) {
    const Sentence& sent = ctx_.seg.sentences[s];
    const float conf = r.confidence;
    switch (r.frame) {
      case Frame::Visit: {
        std::uint32_t end = cl;
        const auto patients = actor_list(sent, cl, &end);
        for (std::uint32_t i = end; i < sent.last && i - end < 3; ++i)
          if (word(sent, i) == "to") return;  // "called on Iran to ..." is a demand
        emit_all(r, s, agents_left(sent, cf), patients, cf, cl, conf);
        return;
      }
      case Frame::Condition: {
        // The condition is the demand; a negated main clause ("will not
        // negotiate until ...") states it all the same.
        const auto patients = actor_list(sent, cl);
        if (patients.empty()) return;
        // "Pompeo said that Washington would keep sanctions until ...": the
        // subject of the clause holding the condition, else the sentence's.
        std::vector<int> agents;
        for (std::uint32_t i = cf; i > sent.first && agents.empty(); --i)
          if (word(sent, i - 1) == "that") agents = actor_list(sent, i);
        if (agents.empty()) agents = sentence_subject(sent);
        for (int a : agents)
          for (int b : patients) emit(r, s, a, b, cf, cl, conf, false);
        return;
      }
      case Frame::Reverse: {
        emit_all(r, s, patients_right(sent, cl, r.preps, 6), agents_left(sent, cf), cf, cl, conf);
        return;
      }
      case Frame::Verb: {
        if (r.relation == RelationType::MetWith && two_sides_before(sent, cf)) return;
        auto agents = coordinated_verb(sent, cf) ? sentence_subject(sent) : agents_left(sent, cf);
        if (agents.empty()) agents = participle_agent(sent, cf);
        auto patients = patients_right(sent, cl, r.preps, 10);
        // "The measures ... target A and B": the sanctioner named last.
        if (agents.empty() && r.relation == RelationType::Sanctions && last_sanctioner_ >= 0)
          agents.push_back(last_sanctioner_);
        // "Ali Khamenei, whom the United States blacklisted": the object is the antecedent.
        if (patients.empty() && !agents.empty()) {
          const std::uint32_t a0 = np_start(agents.back());
          if (a0 > sent.first + 1 && (word(sent, a0 - 1) == "whom" || word(sent, a0 - 1) == "which")) {
            for (std::uint32_t j = a0 - 1; j > sent.first && a0 - j < 6;) {
              --j;
              const int m = ctx_.mention_at[j];
              if (m >= 0 && is_actor(ctx_.mentions[m])) {
                patients.push_back(m);
                break;
              }
            }
          }
        }
        if (r.relation == RelationType::MetWith && patients.empty() && agents.size() >= 2) {
          emit_pairs(r, s, agents, cf, cl, conf);
          return;
        }
        emit_all(r, s, agents, patients, cf, cl, conf);
        return;
      }
      case Frame::Passive: {
        // "imposed by A on B", "imposed on B by A", "B ... was sanctioned by A".
        std::uint32_t i = cl;
        while (i < sent.last && i - cl < 8 && word(sent, i) != "by" && word(sent, i) != "," && word(sent, i) != ";") ++i;
        if (i >= sent.last || word(sent, i) != "by") return;
        std::uint32_t end = i + 1;
        const auto agents = actor_list(sent, i + 1, &end);
        auto patients = patients_right(sent, end, r.preps, 6);
        if (patients.empty() && i > cl) patients = patients_right(sent, cl, r.preps, i - cl);
        if (patients.empty()) {
          // "The North remains under sanctions imposed by ...": the subject just before.
          patients = agents_left(sent, cf);
          if (!patients.empty() && cf - ctx_.mentions[patients.front()].last > 3) patients.clear();
        }
        emit_all(r, s, agents, patients, cf, cl, conf);
        return;
      }
      case Frame::Noun: {
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
        std::vector<int> agents;
        if (auto p = possessor_before(sent, cf)) agents.push_back(*p);
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
        const auto patients = patients_right(sent, cl, r.preps, 10);
        // A bare noun takes a nearby subject only: "Kim held a summit with".
        if (agents.empty() && !patients.empty()) {
          agents = agents_left(sent, cf);
          if (!agents.empty() && cf - ctx_.mentions[agents.front()].last > 6) agents.clear();
          // "He said sanctions on X would stay": the speaker imposes nothing;
          // "..., as talks with X stall": the noun heads a clause of its own.
          for (std::uint32_t i = agents.empty() ? cf : ctx_.mentions[agents.front()].last; i < cf; ++i)
            if (ctx_.lex.in("speech_verbs", word(sent, i)) || ctx_.lex.in("clause_conjunctions", word(sent, i)))
              agents.clear();
        }
        // "Pompeo, Kono and Kang held a three-way meeting": the subjects meet,
        // when the meeting is what they held, not where something happened.
        if (agents.empty() && patients.empty() && r.relation == RelationType::MetWith) {
          auto subjects = agents_left(sent, cf);
          if (subjects.size() >= 2 && cf - ctx_.mentions[subjects.front()].last <= 6) {
            bool in_pp = false;
            for (std::uint32_t i = ctx_.mentions[subjects.front()].last; i < cf; ++i)
              in_pp = in_pp || ctx_.lex.in("place_prepositions", word(sent, i)) ||
                      ctx_.lex.in("phrase_prepositions", word(sent, i));
            if (!in_pp) emit_pairs(r, s, subjects, cf, cl, conf);
          }
          return;
        }
        emit_all(r, s, agents, patients, cf, cl, agents.empty() ? conf : conf);
        return;
      }
      case Frame::Control: {
        std::uint32_t end = cl;
        const auto agents = coordinated_verb(sent, cf) ? sentence_subject(sent) : agents_left(sent, cf);
        const auto patients = actor_list(sent, cl, &end);
        if (patients.empty()) return;
        // "... B to <verb>" within a few words.
        bool to = false;
        for (std::uint32_t i = end; i < sent.last && i - end < 3; ++i) to = to || word(sent, i) == "to";
        if (!to) return;
        emit_all(r, s, agents, patients, cf, cl, conf);
        return;
      }
      case Frame::Insist: {
        if (cl >= sent.last || word(sent, cl) != "that") return;
        const auto patients = actor_list(sent, cl + 1);
        const auto agents = coordinated_verb(sent, cf) ? sentence_subject(sent) : agents_left(sent, cf);
        emit_all(r, s, agents, patients, cf, cl, conf);
        return;
      }
    }
  }

  const Context& ctx_;
  const RuleSet& rules_;
  std::vector<std::string> folded_;
  struct Hit {
    CueRef cue;
    std::uint32_t at;
  };
  std::vector<Hit> hits_;
  std::vector<RawFact> facts_;
  int last_sanctioner_ = -1;  // mention of the latest sanctioner, for "the measures target ..." 
};

}  // namespace

std::vector<RawFact> find_relations(const Context& ctx, const RuleSet& rules) { return Matcher(ctx, rules).run(); }

}  // namespace kg::extract
