// Coreference within a document: title spans linked to the names they
// introduce, capitals and contextual names decided, mentions clustered into
// entities (full names, surname-only references, descriptions).
#include <algorithm>
#include <array>
#include <limits>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "context.hpp"
#include "dateline.hpp"
#include "title_ties.hpp"
#include "title_words.hpp"
#include "salience.hpp"
#include "syntax_walk.hpp"
#include "kg/text.hpp"

namespace kg::extract {
namespace {

bool all_caps(std::string_view s) {
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_code_point(s, i);
    if (is_lower_cp(c)) return false;
    any = any || is_upper_cp(c);
  }
  return any;
}

// "SEOUL" -> "Seoul" for display; other text unchanged. A body's one-word
// name in capitals is an acronym and keeps them ("ZANU-PF", "KFOR"), and
// so is each short word of a body's name ("SK C&C").
std::string display(std::string_view s, EntityType type) {
  const bool body = type == EntityType::Organization;
  if (!all_caps(s) || s.size() <= 3 || (body && s.find(' ') == std::string_view::npos)) return std::string(s);
  std::string out;
  for (const auto word : split(s, ' ')) {
    if (!out.empty()) out.push_back(' ');
    if (body && word.size() <= 3) {
      out += word;
      continue;
    }
    bool start = true;
    for (char c : word) {
      const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      out.push_back(letter && !start && c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      start = !letter;
    }
  }
  return out;
}

// A loose key with "ae", "oe", "ue" written as the letter their umlaut
// folds to ("buetikofer" -> "butikofer", as loose_key folds "Bütikofer").
std::string umlauts_spelt(const std::string& key) {
  std::string out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    out += key[i];
    if (i + 1 < key.size() && key[i + 1] == 'e' && (key[i] == 'a' || key[i] == 'o' || key[i] == 'u')) ++i;
  }
  return out;
}

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> out;
  for (auto part : split(name, ' '))
    if (!part.empty()) out.push_back(loose_key(part));
  return out;
}

class Resolver {
 public:
  explicit Resolver(Context& ctx) : ctx_(ctx), lead_(lead_sentence()) {}

  void run() {
    drop_nicknames();
    link_titles();
    decide_capitals();
    unranked_names();
    cluster_names();
    cluster_short_names();
    merge_short_bodies();
    merge_eponymous_bodies();
    merge_short_people();
    person_genders();
    resolve_pronouns_and_anaphors();
    resolve_descriptions();
    pronouns_after_descriptions();
    finish();
  }

 private:
  int mention_ending_at(std::uint32_t token) const {
    const int m = ctx_.mention_at[token];
    return m >= 0 && ctx_.mentions[m].last == token + 1 ? m : -1;
  }

  // Whether a demonym follows another demonym right before it ("Bosnian Serb").
  bool demonym_after_demonym(const Mention& m) const {
    if (m.kind != MentionKind::Demonym || m.first <= ctx_.seg.sentences[m.sentence].first) return false;
    const int before = mention_ending_at(m.first - 1);
    return before >= 0 && ctx_.mentions[static_cast<std::size_t>(before)].kind == MentionKind::Demonym;
  }

  void link_titles() {
    for (std::size_t ti = 0; ti < ctx_.titles.size(); ++ti) {
      TitleSpan& t = ctx_.titles[ti];
      const Sentence& s = ctx_.seg.sentences[t.sentence];
      // Anchor before: "U.S. chief negotiator", "Singapore's Prime Minister",
      // across a few lower-case words: "EU foreign policy chief", "the
      // State Department's third-ranking official".
      std::uint32_t k = t.first;
      // "AbbVie Chairman and CEO Richard Gonzalez": the anchor of the chain's first title.
      const bool chained = ti > 0 && k > s.first + 1 && ctx_.token(k - 1) == "and" &&
                           ctx_.titles[ti - 1].sentence == t.sentence && ctx_.titles[ti - 1].last == k - 1;
      if (chained) k = ctx_.titles[ti - 1].first;
      // Portfolios joined by "and" count as one: "the French economy and
      // finance minister".
      // A finite verb is not part of the title's noun phrase: "Russia
      // barred Sen. X", "Japan welcomes President Y" (participles may be:
      // "the ruling party chief").
      // Nor is a word that opens a clause: "leave the EPA when President X",
      // "sanctions on Russia since President X took office".
      // (A participle right after a name is that name's verb, whatever the
      // tagger says: "OFAC designated Vice President X", "named Colonel X".)
      const auto verb_after_name = [&](std::uint32_t j) {
        return j > s.first && ctx_.mention_at[j - 1] >= 0 && ctx_.xpos_at(t.sentence, j) == "VBN";
      };
      const auto plain_word = [&](std::uint32_t j) {
        return ctx_.mention_at[j] < 0 && !ctx_.seg.tokens[j].capitalized && !verb_after_name(j) &&
               ctx_.seg.tokens[j].kind == TokenKind::Word && !ctx_.lex.in("function_words", ctx_.token(j)) &&
               !ctx_.lex.in("clause_conjunctions", ctx_.token(j)) &&
               !ctx_.lex.in("clause_prepositions", ctx_.token(j)) && !clause_verb_tag(ctx_.xpos_at(t.sentence, j));
      };
      // (And a list of them: "Japan's economy, trade and industry minister".)
      bool and_seen = false;
      for (int skipped = 0, joints = 0; k > s.first && skipped < 3;) {
        const std::string_view w = ctx_.token(k - 1);
        const bool joint = (w == "and" || (w == "," && and_seen)) && joints < 2 && k - 1 > s.first &&
                           plain_word(k - 2);
        if (joint) {
          and_seen = true;
          ++joints;
        } else if (plain_word(k - 1)) {
          ++skipped;
        } else {
          break;
        }
        --k;
      }
      // "Harbour Airports Authority (HAA) managing director X": past the
      // short form in brackets.
      if (ctx_.short_form_before(k, s.first)) k -= 3;
      if (k > s.first && ctx_.possessive(k - 1)) --k;
      if (k > s.first) {
        const int m = mention_ending_at(k - 1);
        if (m >= 0 && ctx_.mentions[m].type != EntityType::Person && ctx_.mentions[m].type != EntityType::Event &&
            ctx_.mentions[m].type != EntityType::Location)
          t.anchor = m;
        // "the committee's Labour chair": a party adjective after a body's
        // possessive says whose member the chair is; the post is the body's.
        if (m >= 0 && ctx_.mentions[m].last - ctx_.mentions[m].first == 1 &&
            ctx_.lex.in("party_adjectives", ctx_.token(ctx_.mentions[m].first)) && ctx_.mentions[m].first > s.first + 1 &&
            ctx_.possessive(ctx_.mentions[m].first - 1))
          if (const int owner = mention_ending_at(ctx_.mentions[m].first - 2);
              owner >= 0 && ctx_.mentions[owner].type == EntityType::Organization)
            t.anchor = owner;
        // "Britain's UN ambassador": a body a posting title names after a
        // state is where the state's envoy is posted (SCHEMA.md call 8), so
        // the title's anchor is the state.
        if (t.anchor >= 0 && ctx_.mentions[t.anchor].type == EntityType::Organization &&
            ctx_.lex.in("posting_titles", t.role)) {
          std::uint32_t j = ctx_.mentions[t.anchor].first;
          if (j > s.first && ctx_.possessive(j - 1)) --j;
          const int state = j > s.first ? mention_ending_at(j - 1) : -1;
          if (state >= 0 && ctx_.mentions[state].type == EntityType::Country) t.anchor = state;
        }
        // "Reuters Moscow correspondent", "the Guardian's Beijing bureau
        // chief": a capital after a body's name says where the body's post
        // is; the title's anchor is the body.
        if (t.anchor >= 0 && ctx_.mentions[t.anchor].kind == MentionKind::Capital) {
          std::uint32_t j = ctx_.mentions[t.anchor].first;
          if (j > s.first && ctx_.possessive(j - 1)) --j;
          const int owner = j > s.first ? mention_ending_at(j - 1) : -1;
          if (owner >= 0 && ctx_.mentions[owner].type == EntityType::Organization) t.anchor = owner;
        }
      }
      // "Bosnian Serb leader X": a demonym right after another names a people
      // of the first state's land, not the second state; the title serves neither.
      const bool people_of_a_land = t.anchor >= 0 && demonym_after_demonym(ctx_.mentions[t.anchor]);
      if (people_of_a_land) t.anchor = -1;
      // Across capitalised portfolios to a state: "Russian Agriculture
      // Minister", "Japanese Economy, Trade and Industry Minister".
      if (t.anchor < 0 && !people_of_a_land) t.anchor = state_before_portfolios(t.first, s);
      // Or inside, after "of": "President of Russia".
      for (std::uint32_t j = t.first + 1; t.anchor < 0 && j < t.last; ++j) {
        const int m = ctx_.mention_at[j];
        const bool after_of = ctx_.token(j - 1) == "of" || (j >= 2 && fold_case(ctx_.token(j - 1)) == "the" &&
                                                              ctx_.token(j - 2) == "of");
        if (m >= 0 && ctx_.mentions[m].first == j && after_of &&
            ctx_.mentions[m].type != EntityType::Person)
          t.anchor = m;
      }
      // The person right after, or after a short title or an honorific of
      // their own, or two, or a rank's abbreviation ("Committee Chairman Sen.
      // Jim Risch", "IAAF President Lord Coe", "Pentagon press secretary Maj.
      // Gen. X").
      std::uint32_t p = t.last;
      for (int words = 0; words < 2 && p + 1 < s.last && ctx_.mention_at[p] < 0 && ctx_.seg.tokens[p].capitalized &&
                          (ctx_.lex.title(fold_case(ctx_.token(p))) || ctx_.lex.in("honorifics", ctx_.token(p)) ||
                           ctx_.seg.tokens[p].abbreviation);
           ++words)
        ++p;
      if (p < s.last) {
        const int m = ctx_.mention_at[p];
        // (A name, not a pronoun: "told American officials he was willing".)
        if (m >= 0 && ctx_.mentions[m].first == p && ctx_.mentions[m].type == EntityType::Person &&
            ctx_.mentions[m].kind != MentionKind::Pronoun) {
          t.person = m;
          // ... whose first title introduces the name too ("Chairman and CEO X"),
          // also with a body of the second's own between ("Norwegian Prime
          // Minister and Labour Party leader X").
          const auto chained_past_anchor = [&] {
            if (ti == 0 || t.anchor < 0) return false;
            const Mention& a = ctx_.mentions[static_cast<std::size_t>(t.anchor)];
            return a.last == t.first && a.first > s.first + 1 && ctx_.token(a.first - 1) == "and" &&
                   ctx_.titles[ti - 1].sentence == t.sentence && ctx_.titles[ti - 1].last == a.first - 1;
          };
          if ((chained || chained_past_anchor()) && ctx_.titles[ti - 1].person < 0) ctx_.titles[ti - 1].person = m;
          Mention& person = ctx_.mentions[m];
          person.title = static_cast<int>(ti);
          // "King Salman", "Pope Francis": a one-word name goes by its rank.
          if (p == t.last && person.last - person.first == 1 && !person.from_lexicon &&
              ctx_.lex.in("name_ranks", t.role))
            person.canonical = std::string(ctx_.span_text(t.first, person.last));
        }
      }
      // "X, who remains Harbour Post chairman, ...": the title of a relative
      // clause's predicate is the person's it describes.
      if (t.person < 0) {
        std::uint32_t start = t.first;
        if (t.anchor >= 0 && ctx_.mentions[t.anchor].last <= t.first)
          start = std::min(start, ctx_.mentions[t.anchor].first);
        if (start > s.first && fold_case(ctx_.token(start - 1)) == "the") --start;
        // (The predicate's verb group: "who is", "who became", "who has
        // emerged as", "who now serves as".)
        static const std::array<std::string_view, 6> kCopulas{"is", "was", "remains", "remained", "becomes", "became"};
        static const std::array<std::string_view, 12> kGroup{"has",    "had",     "been",   "now",   "also",  "as",
                                                             "serves", "served", "emerged", "acts", "acted", "currently"};
        const auto in = [](const auto& words, const std::string& w) {
          return std::find(words.begin(), words.end(), w) != words.end();
        };
        bool predicate = false;
        for (int words = 0; words < 4 && start > s.first + 3; ++words, --start) {
          const std::string w = fold_case(ctx_.token(start - 1));
          if (!in(kCopulas, w) && !in(kGroup, w)) break;
          predicate = predicate || in(kCopulas, w) || w == "as" || w == "been";
        }
        // The person before ", who", or before the description the clause
        // ends ("X, a vice chairman of the party who has emerged as ...").
        if (predicate && start >= s.first + 3 && fold_case(ctx_.token(start - 1)) == "who") {
          std::uint32_t comma = start - 2;
          while (comma > s.first && start - comma < 12 && ctx_.token(comma) != "," && ctx_.token(comma) != ";") --comma;
          const int m = ctx_.token(comma) == "," && comma > s.first ? mention_ending_at(comma - 1) : -1;
          if (m >= 0 && ctx_.mentions[m].type == EntityType::Person && ctx_.mentions[m].kind != MentionKind::Pronoun)
            t.person = m;
        }
      }
    }
  }

  // The state (a country or demonym mention, or a country's possessive)
  // right before capitalised portfolio words ending at `first`, one
  // ("Agriculture") or a list joined by commas, "and" or "&" ("Economy,
  // Trade and Industry"); -1 when there is none.
  int state_before_portfolios(std::uint32_t first, const Sentence& s) const {
    std::uint32_t k = first;
    for (int words = 0; k > s.first && words < 6; ++words) {
      const std::string_view w = ctx_.token(k - 1);
      const bool word = ctx_.mention_at[k - 1] < 0 && ctx_.seg.tokens[k - 1].capitalized &&
                        ctx_.seg.tokens[k - 1].kind == TokenKind::Word;
      const bool joint = (w == "," || w == "and" || w == "&") && k - 1 > s.first && k < first &&
                         ctx_.seg.tokens[k - 2].capitalized;
      if (!word && !joint) break;
      --k;
    }
    if (k == first || k == s.first) return -1;
    // "South Africa's Health Minister".
    if (ctx_.possessive(k - 1) && k - 1 > s.first) --k;
    const int m = mention_ending_at(k - 1);
    return m >= 0 && ctx_.mentions[m].type == EntityType::Country ? m : -1;
  }

  // "Aquilino \"Koko\" Pimentel III" is named "Aquilino Pimentel III": the
  // nickname in quotes stays in the mention's text, not in the name.
  void drop_nicknames() {
    for (auto& m : ctx_.mentions) {
      if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.canonical != m.surface) continue;
      std::uint32_t open = m.first;
      while (open < m.last && !is_quote_mark(ctx_.token(open))) ++open;
      std::uint32_t close = open + 1;
      while (close < m.last && !is_quote_mark(ctx_.token(close))) ++close;
      if (open == m.first || close + 1 >= m.last) continue;
      m.canonical = std::string(ctx_.span_text(m.first, open)) + " " + std::string(ctx_.span_text(close + 1, m.last));
    }
  }

  // "Sheikh Tamim bin Hamad Al Thani", "Prince Abdulaziz bin Salman": a rank
  // before a name of two or more words is no part of the name (the written
  // form stays an alias); "King Salman" goes by its rank (link_titles).
  void unranked_names() {
    for (auto& m : ctx_.mentions)
      if (m.type == EntityType::Person && m.kind == MentionKind::Name && !m.from_lexicon && m.last - m.first >= 3 &&
          ctx_.lex.in("name_ranks", fold_case(ctx_.token(m.first))) && ctx_.seg.tokens[m.first + 1].capitalized)
        m.canonical = std::string(ctx_.span_text(m.first + 1, m.last));
  }

  // A capital is its country when it acts, a place when it is one.
  void decide_capitals() {
    for (auto& m : ctx_.mentions) {
      if (m.kind != MentionKind::Capital) continue;
      const Sentence& s = ctx_.seg.sentences[m.sentence];
      bool place = false;
      // "at Washington's decision to ...": whose decision, not where.
      const bool decides = m.last + 1 < s.last && ctx_.possessive(m.last) &&
                           ctx_.lex.in("decision_nouns", fold_case(ctx_.token(m.last + 1)));
      if (m.first > s.first && !decides) {
        std::uint32_t k = m.first - 1;
        if (fold_case(ctx_.token(k)) == "the" && k > s.first) --k;  // "at the London brokerage"
        place = ctx_.place_after(k, s.first);
        // "the authorities in Minsk": those who rule from it, its state.
        if (place && k > s.first && ctx_.lex.in("authority_nouns", fold_case(ctx_.token(k - 1)))) place = false;
      }
      // "the Seoul-based institute": a place.
      if (ctx_.based_at(m.last, s.last)) place = true;
      // "a flight from Athens to Vilnius": both ends are places.
      if (m.first > s.first && fold_case(ctx_.token(m.first - 1)) == "from" && m.last < s.last &&
          fold_case(ctx_.token(m.last)) == "to")
        place = true;
      // Datelines: "SEOUL, April 9 (UPI) --" and "DUBAI (Gulf Desk) -".
      if (m.first == s.first && m.last < s.last && all_caps(m.surface)) place = true;
      // "Pyongyang's Sunan airport": a place noun follows.
      if (m.last + 1 < s.last && ctx_.token(m.last) == "'s" && m.last + 1 < s.last) {
        const int next = ctx_.mention_at[m.last + 1];
        if (next >= 0 && ctx_.mentions[next].type == EntityType::Location) place = true;
      }
      if (place) {
        m.type = EntityType::Location;
        m.kind = MentionKind::Name;
        m.canonical = display(m.surface, m.type);
      }
    }
    decide_seats();
    // "British officials", "Chinese authorities": the demonym acts for its
    // state; so does each of a list of them ("British and French diplomats",
    // "Israeli and Hamas negotiators"); "Russian state assets": it owns them.
    for (auto& m : ctx_.mentions) {
      if (m.kind != MentionKind::Demonym) continue;
      const std::uint32_t end = ctx_.seg.sentences[m.sentence].last;
      std::uint32_t j = m.last;
      while (j + 1 < end && (ctx_.token(j) == "and" || ctx_.token(j) == ",") && ctx_.mention_at[j + 1] >= 0) {
        const Mention& next = ctx_.mentions[static_cast<std::size_t>(ctx_.mention_at[j + 1])];
        if (next.type == EntityType::Person || next.first != j + 1) break;
        j = next.last;
      }
      // (Also past one lower-case modifier: "Russian state assets",
      // "Ukrainian armed forces", "Saudi security officials".)
      const auto acting_noun = [&](std::uint32_t x) {
        return ctx_.lex.in("group_nouns", ctx_.token(x)) || ctx_.lex.in("state_possessions", ctx_.token(x));
      };
      const bool modifier = j + 1 < end && ctx_.seg.tokens[j].kind == TokenKind::Word && !ctx_.seg.tokens[j].capitalized;
      if (j < end && (acting_noun(j) || (modifier && acting_noun(j + 1)))) m.kind = MentionKind::Name;
    }
    // Contextual names count only when the country is named otherwise.
    std::map<std::string, bool> named;
    for (const auto& m : ctx_.mentions)
      if (m.type == EntityType::Country && m.kind != MentionKind::Contextual) named[m.canonical] = true;
    for (auto& m : ctx_.mentions)
      if (m.kind == MentionKind::Contextual && !named.count(m.canonical)) m.entity = -2;  // dropped
  }

  // A seat of government (words/seats.txt: "White House", "Kremlin") is a
  // place after a place preposition ("talks at the White House"), a body when
  // it employs ("Kremlin spokesman"), and its state when it acts or speaks
  // ("the Kremlin said"); once it acts in a document, its staff work for the
  // state too (SCHEMA.md, judgement calls 4 and 8).
  void decide_seats() {
    bool acts = false;
    std::vector<Mention*> employers;
    for (auto& m : ctx_.mentions) {
      if (!m.from_lexicon || m.type != EntityType::Organization || !ctx_.lex.in("seats", m.canonical)) continue;
      const Sentence& s = ctx_.seg.sentences[m.sentence];
      std::uint32_t k = m.first;
      if (k > s.first && fold_case(ctx_.token(k - 1)) == "the") --k;
      if (k > s.first && ctx_.lex.in("place_only_prepositions", fold_case(ctx_.token(k - 1)))) {
        m.type = EntityType::Location;
        m.kind = MentionKind::Name;
        m.from_lexicon = false;
        m.canonical = m.surface;
        continue;
      }
      // "Kremlin spokesman", "White House chief of staff", "Blue House
      // officials", "White House national security spokesman" (a title
      // after lower-case words).
      bool employs = false;
      for (std::uint32_t r = m.last; r < s.last && r < m.last + 4 && !employs; ++r) {
        if (ctx_.seg.tokens[r].kind != TokenKind::Word) break;
        const std::string w = fold_case(ctx_.token(r));
        employs = r == m.last && (ctx_.lex.in("group_nouns", w) || ctx_.lex.in("member_nouns", w));
        std::string role = w;
        for (std::uint32_t j = r + 1; j-- > m.last && !employs;) {
          if (j < r) role = fold_case(ctx_.token(j)) + " " + role;
          employs = ctx_.lex.title(role) != nullptr;
        }
      }
      if (employs) {
        employers.push_back(&m);
        continue;
      }
      // "a White House briefing", "the requested White House call": a noun
      // modifier, neither acting nor a place; the body unless the seat acts elsewhere.
      if (m.last < s.last && ctx_.lex.in("seat_occasions", fold_case(ctx_.token(m.last)))) {
        employers.push_back(&m);
        continue;
      }
      to_state(m);
      acts = true;
    }
    if (acts)
      for (Mention* m : employers) to_state(*m);
  }

  void to_state(Mention& m) const {
    const auto* entries = ctx_.lex.phrase(ctx_.lex.key_of(m.canonical));
    if (!entries) return;
    const std::string country = entries->front().country;
    if (country.empty()) return;
    m.type = EntityType::Country;
    m.kind = MentionKind::Capital;
    m.canonical = country;
  }

  int entity_for(const std::string& key, EntityType type, const std::string& name) {
    const auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    ContextEntity e;
    e.name = name;
    e.type = type;
    if (type != EntityType::Country && type != EntityType::Person)
      if (const auto* entries = ctx_.lex.phrase(ctx_.lex.key_of(name)))
        for (const PhraseEntry& entry : *entries)
          if ((entry.type == type && entry.canonical == name) ||
              (type == EntityType::Location && entry.kind == PhraseKind::Capital)) {  // a capital as a place
            e.country = entry.country;
            break;
          }
    ctx_.entities.push_back(std::move(e));
    const int id = static_cast<int>(ctx_.entities.size()) - 1;
    by_key_.emplace(key, id);
    return id;
  }

  // An anaphor entry for a bare head word ("Committee"): found or added once.
  static constexpr int kBareHead = -3;
  static int bare_head_anaphor() { return kBareHead; }

  // The latest mention before anaphor m, in its sentence or the one before,
  // of an entity `fits` accepts by a description with a word of its name
  // ("the House committee"), or of the one entity whose name a chamber
  // named in m's sentence opens ("At the Senate hearing, committee Chairman
  // X"). -1 when none.
  int said_which_lately(const Mention& m, const std::function<bool(int)>& fits) const {
    int found = -1;
    std::map<int, int> latest;  // entity fits accepts -> its latest mention before m
    for (std::size_t k = 0; k < ctx_.mentions.size() && ctx_.mentions[k].first < m.first; ++k) {
      const Mention& p = ctx_.mentions[k];
      if (p.entity < 0 || !fits(p.entity)) continue;
      latest[p.entity] = static_cast<int>(k);
      if (p.sentence + 1 < m.sentence) continue;
      const bool described = p.kind == MentionKind::Description && p.anaphor >= 0 &&
                             p.last - p.first > ctx_.lex.anaphors()[static_cast<std::size_t>(p.anaphor)].words.size();
      if (described) found = static_cast<int>(k);
    }
    // "At the Senate hearing on Tuesday, committee Chairman X": a chamber
    // named in the anaphor's sentence that opens the name of exactly one of
    // them.
    for (std::size_t k = 0; k < ctx_.mentions.size() && ctx_.mentions[k].first < m.first; ++k) {
      const Mention& p = ctx_.mentions[k];
      if (p.sentence != m.sentence || p.kind != MentionKind::Name || p.entity < 0 || fits(p.entity) ||
          p.type != EntityType::Organization)
        continue;
      const std::string opening = ctx_.entities[static_cast<std::size_t>(p.entity)].name + " ";
      int only = -1, count = 0;
      for (const auto& [e, mention] : latest)
        if (ctx_.entities[static_cast<std::size_t>(e)].name.starts_with(opening)) only = mention, ++count;
      if (count == 1) found = only;
    }
    return found;
  }

  static std::string type_key(EntityType t) { return std::string(to_string(t)) + ":"; }

  // Whether a noun (or its plural) is written between two tokens.
  bool noun_between(const std::string& noun, std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k) {
      const std::string w = fold_case(ctx_.token(k));
      if (w == noun || w == noun + "s") return true;
    }
    return false;
  }

  void cluster_names() {
    for (auto& m : ctx_.mentions) {
      if (m.entity == -2 || m.kind == MentionKind::Pronoun || m.anaphor != -1) continue;
      if (m.from_lexicon) {
        m.entity = entity_for(type_key(m.type) + m.canonical, m.type, m.canonical);
        continue;
      }
      // A one-word name waits for the second pass, unless it goes by its rank ("King Salman").
      if (m.type == EntityType::Person && m.last - m.first == 1 && m.canonical == m.surface) continue;
      // "Committee chairman Adam Schiff", "ministry spokesman Zhao Lijian" (canonical "Ministry").
      const bool lower = !ctx_.seg.tokens[m.first].capitalized;
      if (m.type == EntityType::Organization && m.last - m.first == 1 &&
          ctx_.lex.in("org_heads", lower ? m.canonical : m.surface)) {
        m.anaphor = bare_head_anaphor();  // "Committee chairman Adam Schiff"
        continue;
      }
      // "Kono Taro" is "Taro Kono": a two-word person name in either order.
      const auto toks = name_tokens(m.canonical);
      if (m.type == EntityType::Person && toks.size() == 2) {
        const auto it = by_key_.find(type_key(m.type) + toks[1] + toks[0]);
        if (it != by_key_.end()) {
          m.entity = it->second;
          continue;
        }
      }
      m.entity = entity_for(type_key(m.type) + loose_key(m.canonical), m.type, display(m.canonical, m.type));
    }
    // Person clusters by their name tokens, for surname-only references.
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e)
      if (ctx_.entities[e].type == EntityType::Person) person_tokens_.emplace_back(e, name_tokens(ctx_.entities[e].name));
  }

  int count_mentions(int e) const {
    return static_cast<int>(std::count_if(ctx_.mentions.begin(), ctx_.mentions.end(),
                                          [e](const Mention& m) { return m.entity == e; }));
  }

  // The person a one-word name refers to: first or last token of a full name;
  // several candidates -> the one mentioned most before `at` (when given
  // and one was), else the most mentioned; the first named on a tie ("Mr
  // Murdoch" after "Rupert Murdoch and his son James" is the father).
  int person_for_token(std::string_view word, const Mention* at = nullptr, bool family_only = false) const {
    const std::string key = loose_key(word);
    int best = -1, best_count = -1;
    // "Assad" for "Bashar al-Assad": a family name past its particle;
    // "Buetikofer" for "Bütikofer": an umlaut spelt out.
    const std::string spelt = umlauts_spelt(key);
    const auto family = [&](const std::string& last) {
      return last == key || (last.size() >= spelt.size() && umlauts_spelt(last) == spelt) ||
             (last.size() > key.size() && last.ends_with(key) &&
              ctx_.lex.in("name_particles", last.substr(0, last.size() - key.size())));
    };
    // Each candidate: mentions before `at`, mentions in all.
    std::vector<std::array<int, 3>> candidates;  // entity, before, all
    bool any_before = false;
    for (const auto& [e, toks] : person_tokens_) {
      if (toks.size() < 2 || ((family_only || toks.front() != key) && !family(toks.back()))) continue;
      int before = 0, all = 0;
      for (const Mention& m : ctx_.mentions) {
        if (m.entity != static_cast<int>(e)) continue;
        ++all;
        if (at != nullptr && (m.sentence < at->sentence || (m.sentence == at->sentence && m.first < at->first)))
          ++before;
      }
      any_before = any_before || before > 0;
      candidates.push_back({static_cast<int>(e), before, all});
    }
    // Several people of that family name ("Abe" after "Prime Minister
    // Shinzo Abe" and "his wife Akie Abe", "Lukashenko" after "President
    // Alexander Lukashenko" and "his son Viktor Lukashenko"): the one a title
    // names, when only one is so named; else the one named most.
    // (A family name that closes each name: not "Wang" of "Wang Yi" and
    // "Wang Junzheng", a common family name written first.)
    const auto closes_each = [&] {
      return std::all_of(candidates.begin(), candidates.end(), [&](const std::array<int, 3>& c) {
        const auto it = std::find_if(person_tokens_.begin(), person_tokens_.end(),
                                     [&](const auto& p) { return p.first == static_cast<std::size_t>(c[0]); });
        return it != person_tokens_.end() && it->second.back() == key && it->second.front() != key;
      });
    };
    if (candidates.size() >= 2 && closes_each()) {
      int titled = -1, titled_count = 0;
      for (const auto& candidate : candidates) {
        const int e = candidate[0];
        if (std::any_of(ctx_.titles.begin(), ctx_.titles.end(), [&](const TitleSpan& t) {
              return t.person >= 0 && ctx_.mentions[static_cast<std::size_t>(t.person)].entity == e;
            }))
          titled = e, ++titled_count;
      }
      if (titled_count == 1) return titled;
    }
    for (const auto& [e, before, all] : candidates)
      if (const int c = any_before ? before : all; c > best_count) {
        best = e;
        best_count = c;
      }
    if (best >= 0 || key.size() < 3) return best;
    // "Lula" for "Luiz Inacio Lula da Silva": a word inside exactly one
    // person's name of three or more words.
    for (const auto& [e, toks] : person_tokens_) {
      if (toks.size() < 3 || std::find(toks.begin() + 1, toks.end() - 1, key) == toks.end() - 1) continue;
      if (best >= 0) return -1;
      best = static_cast<int>(e);
    }
    return best;
  }

  // The organisation the document names with exactly this word, or with
  // this word and a corporate suffix ("Quarvex" for "Quarvex Corp"), or -1.
  int body_named(std::string_view word) const {
    const auto it = by_key_.find(type_key(EntityType::Organization) + loose_key(word));
    if (it != by_key_.end()) return it->second;
    const std::vector<std::string> key{loose_key(word)};
    int found = -1;
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e)
      if (ctx_.entities[e].type == EntityType::Organization && named_with_suffix(key, ctx_.entities[e].name)) {
        if (found >= 0) return -1;  // two such companies: neither
        found = static_cast<int>(e);
      }
    return found;
  }

  void cluster_short_names() {
    // "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani": a rank and one
    // word of a longer name is that person.
    for (auto& m : ctx_.mentions)
      if (m.type == EntityType::Person && m.kind == MentionKind::Name && m.entity >= 0 && m.last - m.first == 2 &&
          !m.from_lexicon && ctx_.lex.in("name_ranks", fold_case(ctx_.token(m.first))))
        if (const int p = person_for_token(ctx_.token(m.first + 1)); p >= 0 && p != m.entity) m.entity = p;
    for (auto& m : ctx_.mentions) {
      if (m.entity == -2 || m.kind == MentionKind::Pronoun || m.anaphor != -1) continue;
      const bool single_person = m.type == EntityType::Person && m.entity < 0;
      // A one-word country or place that is a known person's surname
      // ("Jordan"); a capital too after a family name's particle ("De Lima"
      // after "Leila de Lima").
      const bool after_particle =
          m.first > ctx_.seg.sentences[m.sentence].first &&
          ctx_.lex.in("name_particles", fold_case(ctx_.token(m.first - 1)));
      const bool surname_like = m.from_lexicon && m.last - m.first == 1 && m.type != EntityType::Person &&
                                (m.kind == MentionKind::Name || (m.kind == MentionKind::Capital && after_particle));
      if (!single_person && !surname_like) continue;
      // (A country's name is a person's family name, never a given name:
      // "Israel" after "Israel Katz" is the state.)
      const int p = person_for_token(m.surface, &m, /*family_only=*/surname_like);
      if (p >= 0) {
        m.entity = p;
        m.type = EntityType::Person;
        m.kind = MentionKind::Name;
      } else if (single_person) {
        // "He called on Ofwat ..." where "Ofwat chief executive X" made it a body elsewhere.
        if (const int body = body_named(m.surface); body >= 0 && !m.by_context) {
          m.entity = body;
          m.type = EntityType::Organization;
          continue;
        }
        m.entity = m.by_context ? entity_for(type_key(m.type) + loose_key(m.surface), m.type, display(m.surface, m.type)) : -2;
      }
    }
  }

  // "Judiciary Committee" after "House Judiciary Committee": a body named by
  // the last words of another body's name in the document is that body (the
  // longest such name; two candidates that differ leave it alone).
  void merge_short_bodies() {
    std::vector<int> into(ctx_.entities.size(), -1);
    const auto owners = owning_states();
    // The entities a lexicon name stands for.
    std::vector<bool> known(ctx_.entities.size(), false);
    for (const Mention& m : ctx_.mentions)
      if (m.entity >= 0 && m.from_lexicon) known[static_cast<std::size_t>(m.entity)] = true;
    for (std::size_t a = 0; a < ctx_.entities.size(); ++a) {
      // (A place is the company named after it when the document names the
      // company with its name and a corporate suffix: "at Quarvex
      // headquarters" after "Quarvex Corp".)
      const bool place = ctx_.entities[a].type == EntityType::Location;
      if (ctx_.entities[a].type != EntityType::Organization && !place) continue;
      const auto short_words = name_tokens(ctx_.entities[a].name);
      if (short_words.empty()) continue;
      // (A body the lexicon knows is no longer name that puts a place before
      // it: the "Environmental Protection Agency" is not the "Ohio
      // Environmental Protection Agency".)
      const auto placed_before = [&](const std::string& long_name) {
        const auto words = split(long_name, ' ');
        std::string extra;
        for (std::size_t k = 0; k + short_words.size() < words.size(); ++k)
          extra += std::string(k ? " " : "") + std::string(words[k]);
        const auto* entries = ctx_.lex.phrase(ctx_.lex.key_of(extra));
        return entries != nullptr && (entries->front().type == EntityType::Location ||
                                      entries->front().type == EntityType::Country);
      };
      // The candidate that adds the fewest words: "Commerce Committee" is the
      // "Senate Commerce Committee", not the "House Energy and Commerce
      // Committee"; of two that add as many, the one the document names
      // more often ("United": "United Airlines", not its "United Express"
      // brand named once); a tie leaves it alone.
      int found = -1;
      std::size_t fewest = 0;
      bool ambiguous = false;
      for (std::size_t b = 0; b < ctx_.entities.size(); ++b) {
        if (b == a || ctx_.entities[b].type != EntityType::Organization) continue;
        const auto long_words = name_tokens(ctx_.entities[b].name);
        if (long_words.size() <= short_words.size()) continue;
        // Not the complement of "of": "European Union" is not the "Council of the European Union".
        const bool suffix = short_words.size() >= 2 &&
                            std::equal(short_words.rbegin(), short_words.rend(), long_words.rbegin()) &&
                            !complement_word(long_words[long_words.size() - short_words.size() - 1]);
        if (place ? !named_with_suffix(short_words, ctx_.entities[b].name)
                  : !suffix && !company_short_form(short_words, ctx_.entities[b].name))
          continue;
        if (known[a] && suffix && placed_before(ctx_.entities[b].name)) continue;
        // (Not another state's body of that name: "the White House National
        // Security Council" is not "Iran's Supreme National Security Council".)
        if (!owners[a].empty() && !owners[b].empty() &&
            std::none_of(owners[a].begin(), owners[a].end(), [&](int e) { return owners[b].count(e) > 0; }))
          continue;
        const std::size_t extra = long_words.size() - short_words.size();
        if (found < 0 || extra < fewest) {
          found = static_cast<int>(b);
          fewest = extra;
          ambiguous = false;
        } else if (extra == fewest) {
          const int here = count_mentions(static_cast<int>(b)), there = count_mentions(found);
          ambiguous = here == there;
          if (here > there) found = static_cast<int>(b);
        }
      }
      if (found >= 0 && !ambiguous) into[a] = found;
    }
    for (auto& m : ctx_.mentions)
      if (m.entity >= 0 && into[m.entity] >= 0) {
        m.entity = into[m.entity];
        m.type = EntityType::Organization;
      }
  }

  // "the Zondo commission" after "the Judicial Commission of Inquiry into
  // X, which is chaired by Raymond Zondo": a commission, inquiry or
  // committee named by a person's family name and its head word is the one
  // body of that head word the document names in a sentence with that
  // person's full name.
  void merge_eponymous_bodies() {
    const auto head_of = [&](const std::string& name) { return fold_case(ctx_.lex.body_head(name)); };
    const auto inquiry = [&](const std::string& head) {
      return ctx_.lex.in("committee_heads", head) || ctx_.lex.in("inquiry_heads", head);
    };
    for (std::size_t a = 0; a < ctx_.entities.size(); ++a) {
      if (ctx_.entities[a].type != EntityType::Organization) continue;
      const auto words = split(ctx_.entities[a].name, ' ');
      if (words.size() != 2 || !inquiry(fold_case(words[1]))) continue;
      const std::string head = fold_case(words[1]);
      // The people whose family name it is, by their full names' mentions.
      std::vector<std::uint32_t> sentences;
      for (const Mention& m : ctx_.mentions)
        if (m.entity >= 0 && m.type == EntityType::Person && m.kind == MentionKind::Name && m.last >= m.first + 2 &&
            ctx_.token(m.last - 1) == words[0])
          sentences.push_back(m.sentence);
      if (sentences.empty()) continue;
      int found = -1;
      bool ambiguous = false;
      for (const Mention& m : ctx_.mentions) {
        if (m.entity < 0 || m.entity == static_cast<int>(a) || m.type != EntityType::Organization ||
            ctx_.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization ||
            std::find(sentences.begin(), sentences.end(), m.sentence) == sentences.end() ||
            head_of(ctx_.entities[static_cast<std::size_t>(m.entity)].name) != head)
          continue;
        if (found >= 0 && found != m.entity) ambiguous = true;
        found = m.entity;
      }
      if (found < 0 || ambiguous) continue;
      for (auto& m : ctx_.mentions)
        if (m.entity == static_cast<int>(a)) m.entity = found;
    }
  }

  // For each entity, the states written right before its mentions, as a
  // name, capital or demonym, or a possessive: "Iran's Supreme National
  // Security Council", "the White House National Security Council".
  std::vector<std::set<int>> owning_states() const {
    std::vector<std::set<int>> owners(ctx_.entities.size());
    std::map<std::uint32_t, int> state_ending;  // a state's mention, by the token after it
    for (const Mention& m : ctx_.mentions) {
      if (m.entity < 0) continue;
      if (m.type == EntityType::Country) {
        state_ending[m.last] = m.entity;
        if (m.last < ctx_.seg.tokens.size() && ctx_.possessive(m.last)) state_ending[m.last + 1] = m.entity;
        continue;
      }
      if (const auto it = state_ending.find(m.first); it != state_ending.end())
        owners[static_cast<std::size_t>(m.entity)].insert(it->second);
    }
    return owners;
  }

  // Whether long_name is short_words and corporate suffixes ("Olympus Corp").
  bool named_with_suffix(const std::vector<std::string>& short_words, const std::string& long_name) const {
    const auto parts = split(long_name, ' ');
    if (parts.size() <= short_words.size()) return false;
    for (std::size_t k = 0; k < parts.size(); ++k)
      if (k < short_words.size() ? loose_key(parts[k]) != short_words[k]
                                 : !ctx_.lex.in("corporate_suffixes", parts[k]))
        return false;
    return true;
  }

  // A word after which a body's name names another body: "Council of the
  // European Union", "Institute for ...".
  static bool complement_word(const std::string& w) { return w == "of" || w == "the" || w == "for" || w == "on"; }

  // "Suu Kyi" after or before "Aung San Suu Kyi": a person named by the last
  // two or more words of exactly one longer person's name is that person;
  // so is one named by its first three or more words.
  void merge_short_people() {
    std::vector<int> into(ctx_.entities.size(), -1);
    for (std::size_t a = 0; a < ctx_.entities.size(); ++a) {
      if (ctx_.entities[a].type != EntityType::Person) continue;
      const auto short_words = name_tokens(ctx_.entities[a].name);
      if (short_words.size() < 2) continue;
      int found = -1;
      for (std::size_t b = 0; b < ctx_.entities.size() && found != -2; ++b) {
        if (b == a || ctx_.entities[b].type != EntityType::Person) continue;
        const auto long_words = name_tokens(ctx_.entities[b].name);
        // The first words, for a name of three words or more: "Abdullah
        // bin Zayed" is "Abdullah bin Zayed Al Nahyan", "Andres Manuel
        // Lopez" is "Andres Manuel Lopez Obrador" (a family name left off).
        if (long_words.size() <= short_words.size() ||
            (!std::equal(short_words.rbegin(), short_words.rend(), long_words.rbegin()) &&
             (short_words.size() < 3 || !std::equal(short_words.begin(), short_words.end(), long_words.begin()))))
          continue;
        found = found == -1 ? static_cast<int>(b) : -2;  // two candidates: left alone
      }
      if (found >= 0) into[a] = found;
    }
    for (auto& m : ctx_.mentions)
      if (m.entity >= 0 && into[m.entity] >= 0) m.entity = into[m.entity];
  }

  // "Citgo" for "Citgo Petroleum", "Harbour Zeta" for "Harbour Zeta GmbH":
  // the words that open a company's name whose other words are all company
  // words or corporate suffixes (not "ASEAN" for "ASEAN Secretariat").
  bool company_short_form(const std::vector<std::string>& short_words, const std::string& long_name) const {
    const auto parts = split(long_name, ' ');
    if (parts.size() <= short_words.size()) return false;
    for (std::size_t k = 0; k < short_words.size(); ++k)
      if (loose_key(parts[k]) != short_words[k]) return false;
    // "Hudson" of "Hudson Institute": a name the lexicon does not know and
    // one head word (not a committee's: the "Senate" is no "Senate
    // Committee"; not "ASEAN" of "ASEAN Secretariat").
    if (short_words.size() == 1 && parts.size() == 2 && ctx_.lex.in("org_heads", parts[1]) && !ctx_.lex.in("committee_heads", fold_case(parts[1])) &&
        ctx_.lex.phrase(ctx_.lex.key_of(parts[0])) == nullptr)
      return true;
    for (std::size_t k = short_words.size(); k < parts.size(); ++k)
      if (!ctx_.lex.in("org_words", parts[k]) && !ctx_.lex.in("corporate_suffixes", parts[k])) return false;
    return true;
  }

  // A person's gender: the first mention that tells it ("Ms Stevens", "Theresa May").
  void person_genders() {
    for (const auto& m : ctx_.mentions)
      if (m.entity >= 0 && m.kind != MentionKind::Pronoun && m.gender != Gender::Unknown &&
          ctx_.entities[m.entity].gender == Gender::Unknown)
        ctx_.entities[m.entity].gender = m.gender;
  }

  // Whether pronoun mention m may stand for person mention p: "she" never for a man.
  bool agrees(const Mention& m, const Mention& p) const {
    const Gender g = ctx_.entities[p.entity].gender;
    return g == Gender::Unknown || m.gender == Gender::Unknown || g == m.gender;
  }

  // A body's head word, folded (Lexicon::body_head).
  std::string body_head(const std::string& name) const { return fold_case(ctx_.lex.body_head(name)); }

  // Whether a name of entity e is written before one of these lower-case
  // head words ("the ruling ZANU-PF party" for "the party"). A name with a
  // head of its own names another body so ("a Senate subcommittee" is not
  // the Senate), and a committee is never the body it is named after ("the
  // Portex committee of inquiry" is not Portex).
  bool written_with_head(int e, const std::vector<std::string>& heads) const {
    if (ctx_.lex.in("org_heads", ctx_.lex.body_head(ctx_.entities[static_cast<std::size_t>(e)].name))) return false;
    if (std::any_of(heads.begin(), heads.end(), [&](const std::string& h) { return ctx_.lex.in("committee_heads", h); }))
      return false;
    const auto& after = words_after_names_[static_cast<std::size_t>(e)];
    return std::any_of(after.begin(), after.end(), [&](std::string_view w) {
      return std::find(heads.begin(), heads.end(), w) != heads.end();
    });
  }

  // The lower-case word after each name of each entity, for written_with_head.
  void collect_words_after_names() {
    words_after_names_.assign(ctx_.entities.size(), {});
    for (const Mention& mm : ctx_.mentions)
      if (mm.entity >= 0 && mm.kind == MentionKind::Name && mm.last < ctx_.seg.tokens.size() &&
          ctx_.seg.tokens[mm.last].kind == TokenKind::Word && !ctx_.seg.tokens[mm.last].capitalized)
        words_after_names_[static_cast<std::size_t>(mm.entity)].push_back(ctx_.token(mm.last));
  }

  // "him", "her", and "his" before an act asked of him ("his resignation");
  // not a possessive before a meeting ("describing his talks with X"): the
  // talks of whoever the clause is about, its subject too.
  bool object_pronoun(const Mention& m) const {
    const std::string w = fold_case(m.surface);
    if ((w == "his" || w == "her") && m.last < ctx_.seg.sentences[m.sentence].last &&
        ctx_.lex.in("possessed_meetings", fold_case(ctx_.token(m.last))))
      return false;
    return w == "him" || w == "her" || w == "his";
  }

  // Whether the words between a person and a pronoun are only the verb
  // group of a clause that person is the subject of: "Modi had asked him",
  // "Putin, who hosted him", "Bettel also received her".
  bool subject_of_pronoun_clause(const Mention& p, const Mention& pronoun) const {
    if (object_in_tree(p)) return false;
    // "wrote to Barra last week urging her": the object of a preposition
    // (past its title) is no clause's subject.
    const std::uint32_t start = p.title >= 0 ? std::min(p.first, ctx_.title_start(ctx_.titles[p.title])) : p.first;
    if (start > ctx_.seg.sentences[p.sentence].first)
      if (const SyntaxToken* before = ctx_.syntax_at(p.sentence, start - 1);
          before && before->upos == "ADP" && !ctx_.lex.in("clause_prepositions", to_lower_ascii(before->form)))
        return false;
    std::uint32_t k = p.last;
    if (k + 1 < pronoun.first && ctx_.token(k) == "," && fold_case(ctx_.token(k + 1)) == "who") {
      k += 2;
      // "Biden, who has had a difficult relationship with the heir, shook
      // hands with him": past a relative clause set off by commas.
      for (std::uint32_t c = k; c < pronoun.first; ++c)
        if (ctx_.token(c) == ",") {
          k = c + 1;
          break;
        }
    }
    // "The committee's chair, Dame X, pressed her": a name in apposition to the subject.
    else if (k + 1 < pronoun.first && ctx_.token(k) == "," && in_apposition(p)) ++k;
    if (pronoun.first - k > 5) return false;
    // A determiner opens a noun phrase of its own: "Comey said the president
    // had asked him" is no verb group of Comey's.
    static constexpr std::array<std::string_view, 8> kDeterminers{"the", "a", "an", "his", "her", "its", "their", "this"};
    for (; k < pronoun.first; ++k) {
      const Token& t = ctx_.seg.tokens[k];
      const std::string w = fold_case(ctx_.token(k));
      if (t.kind != TokenKind::Word || t.capitalized || ctx_.lex.in("clause_conjunctions", ctx_.token(k)) || w == "and" ||
          w == "or" || std::find(kDeterminers.begin(), kDeterminers.end(), w) != kDeterminers.end())
        return false;
    }
    return true;
  }

  // The subject (nsubj, nsubj:pass) of node `verb` of a parsed sentence:
  // nullopt when the verb has none, else its mention (nullptr when the
  // subject is no mention).
  // A subject that is no mention stands for the name in apposition to it
  // ("Australia's minister, Zed Seselja, met ...").
  std::optional<const Mention*> subject_of_verb(const SyntaxSentence& tree, int verb) const {
    for (std::size_t k = 0; k < tree.size(); ++k) {
      const SyntaxToken& t = tree[k];
      if (t.head != verb || !t.deprel.starts_with("nsubj")) continue;
      int m = ctx_.mention_at[t.token];
      for (std::size_t a = k + 1; m < 0 && a < tree.size(); ++a)
        if (tree[a].head == static_cast<int>(k) && tree[a].deprel == "appos") m = ctx_.mention_at[tree[a].token];
      return m >= 0 ? &ctx_.mentions[static_cast<std::size_t>(m)] : nullptr;
    }
    return std::nullopt;
  }

  // The parsed node of a mention in its sentence's tree (its first UD token
  // with a head), or -1 when the sentence was not parsed.
  int tree_node(const Mention& m) const {
    if (m.sentence >= ctx_.syntax.size()) return -1;
    const SyntaxSentence& tree = ctx_.syntax[m.sentence];
    for (std::size_t k = 0; k < tree.size(); ++k)
      if (tree[k].token >= m.first && tree[k].token < m.last && tree[k].head >= 0) return static_cast<int>(k);
    return -1;
  }

  // Whether the parse makes the mention (its top word) a clause's subject.
  bool subject_in_tree(const Mention& m) const {
    int node = tree_node(m);
    if (node < 0) return false;
    const SyntaxSentence& tree = ctx_.syntax[m.sentence];
    for (int steps = 0; steps < 8; ++steps) {
      const int head = tree[static_cast<std::size_t>(node)].head;
      if (head < 0 || tree[static_cast<std::size_t>(head)].token < m.first || tree[static_cast<std::size_t>(head)].token >= m.last)
        break;
      node = head;
    }
    return tree[static_cast<std::size_t>(node)].deprel.starts_with("nsubj");
  }

  // The person who is the subject of the clause that the clause of a
  // subject pronoun is a conjunct of, in the parse, when the pronoun agrees
  // ("B had had time, and that he must"), or whose verb the pronoun's "where"
  // or "when" clause hangs from ("B visited Lisbon, where she called on
  // C"); else -1.
  int parallel_subject(const Mention& pronoun) const {
    const int node = tree_node(pronoun);
    if (node < 0) return -1;
    const SyntaxSentence& tree = ctx_.syntax[pronoun.sentence];
    if (!tree[static_cast<std::size_t>(node)].deprel.starts_with("nsubj")) return -1;
    const int verb = tree[static_cast<std::size_t>(node)].head;
    const SyntaxToken& clause = tree[static_cast<std::size_t>(verb)];
    // (The clause hangs from the place or time itself, "flew to Lisbon,
    // where she met": then from the verb that place or time is the
    // complement of.)
    int where_verb = clause.head;
    if (where_verb >= 0 && tree[static_cast<std::size_t>(where_verb)].upos != "VERB") {
      const SyntaxToken& place = tree[static_cast<std::size_t>(where_verb)];
      const bool complement = (place.deprel == "obl" || place.deprel == "obj") && place.head >= 0 &&
                              tree[static_cast<std::size_t>(place.head)].upos == "VERB";
      where_verb = complement ? place.head : -1;
    }
    const bool where = (clause.deprel == "acl:relcl" || clause.deprel == "advcl") && where_verb >= 0 &&
                       has_child(tree, verb, [](const SyntaxToken& c) {
                         const std::string w = to_lower_ascii(c.form);
                         return c.deprel == "advmod" && (w == "where" || w == "when");
                       });
    // ... or that reports what the subject of a verb of saying said ("He
    // described paying bribes to B, and said he had met C": not B).
    const bool reported = clause.deprel == "ccomp" && clause.head >= 0 &&
                          ctx_.lex.in("speech_verbs", to_lower_ascii(tree[static_cast<std::size_t>(clause.head)].form));
    if (clause.deprel != "conj" && !where && !reported) return -1;
    const int speaker_verb = where ? where_verb : clause.head;
    auto found = subject_of_verb(tree, speaker_verb);
    // (the subject of the verb the speech verb, or the verb of the place,
    // is joined to: "He began in A ... and then flew to B, where he met C")
    if ((reported || where) && !found && tree[static_cast<std::size_t>(speaker_verb)].deprel == "conj")
      found = subject_of_verb(tree, tree[static_cast<std::size_t>(speaker_verb)].head);
    if (!found || *found == nullptr) return -1;
    const Mention& subject = **found;
    const bool named =
        subject.kind == MentionKind::Name || ((reported || where) && subject.kind == MentionKind::Pronoun);
    return subject.type == EntityType::Person && named && subject.entity >= 0 && agrees(pronoun, subject)
               ? subject.entity
               : -1;
  }

  // "In his talks with X, Mr. Y called for ...": a "his" or "her" in a
  // phrase that opens the sentence stands for the person named right after
  // the phrase's comma, when the pronoun agrees; so does a "he" or "she" in
  // a clause that opens it ("After he was greeted by X, Modi was driven
  // to ..."); else -1.
  int fronted_possessor(std::size_t i) const {
    const Mention& m = ctx_.mentions[i];
    const std::string w = fold_case(ctx_.token(m.first));
    const Sentence& s = ctx_.seg.sentences[m.sentence];
    const std::string opener = fold_case(ctx_.token(s.first));
    const bool subject = (w == "he" || w == "she") &&
                         (ctx_.lex.in("clause_prepositions", opener) || ctx_.lex.in("clause_conjunctions", opener)) &&
                         opener != "but" && m.first == s.first + 1;
    if (w != "his" && w != "her" && !subject) return -1;
    if (m.first == s.first || (!subject && !ctx_.lex.in("function_words", opener))) return -1;
    std::uint32_t comma = m.first + 1;
    while (comma < s.last && ctx_.token(comma) != ",") ++comma;
    for (std::size_t j = i + 1; j < ctx_.mentions.size() && comma < s.last; ++j) {
      const Mention& p = ctx_.mentions[j];
      if (p.sentence != m.sentence) break;
      if (p.first <= comma) continue;
      // The first mention after the comma, right after it or after a title.
      const bool named = p.type == EntityType::Person && p.kind == MentionKind::Name && p.entity >= 0;
      return named && p.first <= comma + 4 && agrees(m, p) ? p.entity : -1;
    }
    return -1;
  }

  // Whether the pronoun is the subject of a demand's subjunctive clause
  // ("demanded that he resign", "urged that she be ...": words/mandative_verbs.txt),
  // which asks it of someone other than the demander.
  bool subject_of_demand(const Mention& pronoun) const {
    const std::uint32_t k = pronoun.first;
    if (k < 2 || pronoun.last >= ctx_.seg.tokens.size() || fold_case(ctx_.token(k - 1)) != "that") return false;
    const SyntaxToken* verb = ctx_.syntax_at(pronoun.sentence, k - 2);
    const SyntaxToken* after = ctx_.syntax_at(pronoun.sentence, pronoun.last);
    return verb != nullptr && after != nullptr && ctx_.lex.in("mandative_verbs", fold_case(verb->lemma)) &&
           (after->xpos == "VB" || after->xpos == "MD");
  }

  // Whether the parse makes the name an object or oblique inside the clause
  // whose subject the pronoun is: "After talks with X, he signed": not X.
  bool object_of_pronoun_clause(const Mention& p, const Mention& pronoun) const {
    if (!object_in_tree(p)) return false;
    const int subject = tree_node(pronoun), name = tree_node(p);
    if (subject < 0 || name < 0) return false;
    const SyntaxSentence& tree = ctx_.syntax[pronoun.sentence];
    if (!tree[static_cast<std::size_t>(subject)].deprel.starts_with("nsubj")) return false;
    return descends_from(tree, name, tree[static_cast<std::size_t>(subject)].head);
  }

  // The person who is the subject of the pronoun's clause in the parse of
  // its sentence, up through the clauses that share a subject ("telephoned
  // B to urge him", "met B and urged him", "wrote to B asking him": the
  // sentence's subject; "said B had asked him": B), or -1.
  int clause_subject_in_tree(const Mention& pronoun) const {
    const int node = tree_node(pronoun);
    if (node < 0) return -1;
    const SyntaxSentence& tree = ctx_.syntax[pronoun.sentence];
    if (tree[static_cast<std::size_t>(node)].deprel.starts_with("nsubj")) return -1;
    for (int v = tree[static_cast<std::size_t>(node)].head, steps = 0; v >= 0 && steps < 4; ++steps) {
      if (const auto found = subject_of_verb(tree, v)) {
        const Mention* subject = *found;
        return subject && subject->type == EntityType::Person && subject->kind != MentionKind::Pronoun
                   ? subject->entity
                   : -1;
      }
      const std::string_view d = tree[static_cast<std::size_t>(v)].deprel;
      if (d != "xcomp" && d != "advcl" && d != "conj") break;
      v = tree[static_cast<std::size_t>(v)].head;
    }
    return -1;
  }

  // Whether the parse of the name's sentence makes it (or the noun it is in
  // apposition to) a verb's object or an oblique: "telephoned Sharif on
  // Wednesday to urge him", "wrote to the chairman, Davies, asking him".
  bool object_in_tree(const Mention& p) const {
    int node = tree_node(p);
    if (node < 0) return false;
    const SyntaxSentence& tree = ctx_.syntax[p.sentence];
    if (tree[static_cast<std::size_t>(node)].deprel == "appos") node = tree[static_cast<std::size_t>(node)].head;
    const std::string_view d = tree[static_cast<std::size_t>(node)].deprel;
    if (d == "obj" || d == "iobj") return true;
    if (!d.starts_with("obl") && !d.starts_with("nmod")) return false;
    // A preposition that also opens clauses ("after B, who ..., told him")
    // may have been the parser's guess for a subordinator.
    for (const SyntaxToken& t : tree)
      if (t.head == node && t.deprel == "case")
        return !ctx_.lex.in("clause_prepositions", to_lower_ascii(t.form));
    return false;
  }

  // Whether a name is set off by a comma before it, past its capitalised
  // title or honorific ("…'s chair, Dame X").
  bool in_apposition(const Mention& p) const {
    const std::uint32_t first = ctx_.seg.sentences[p.sentence].first;
    for (std::uint32_t k = p.first; k > first && p.first - k < 4; --k) {
      if (ctx_.token(k - 1) == ",") return true;
      if (!ctx_.seg.tokens[k - 1].capitalized) return false;
    }
    return false;
  }

  // The first token after a sentence's opening dateline ("TEL AVIV, Jan 9
  // (Reuters) - ..."), or its first token.
  std::uint32_t past_dateline(const Sentence& s) const {
    std::vector<std::string_view> words;
    for (std::uint32_t i = s.first; i < s.last && words.size() < 12; ++i) words.push_back(ctx_.token(i));
    const auto n = static_cast<std::uint32_t>(dateline_length(words));
    return n > 0 && s.first + n < s.last ? s.first + n : s.first;
  }

  // The sentence a dateline opens among the document's first ten (the
  // lead: "BRATISLAVA - X returned ..."), or 0 when none does.
  std::uint32_t lead_sentence() const {
    const auto& sentences = ctx_.seg.sentences;
    for (std::uint32_t s = 0; s < sentences.size() && s < 10; ++s)
      if (past_dateline(sentences[s]) != sentences[s].first) return s;
    return 0;
  }

  // Whether only title words stand between a state and a person ("Turkish
  // President X", "U.S. Secretary of State X").
  bool titled_after(const Mention& state, const Mention& person) const {
    return std::any_of(ctx_.titles.begin(), ctx_.titles.end(), [&](const TitleSpan& t) {
      return t.first == state.last && t.last == person.first;
    });
  }

  // "... and asked him", "..., pressing him": the pronoun's verb is
  // coordinated with the sentence's first verb, or a participle set off by a
  // comma, and shares its subject.
  bool in_coordinated_verb(const Mention& pronoun, std::uint32_t from) const {
    std::uint32_t k = pronoun.first;
    while (k > from && pronoun.first - k < 4 && ctx_.seg.tokens[k - 1].kind == TokenKind::Word &&
           !ctx_.seg.tokens[k - 1].capitalized && ctx_.token(k - 1) != "and")
      --k;
    if (k <= from || k >= pronoun.first) return false;
    // A clause with a subject of its own is not coordinated: "and that she told him".
    static constexpr std::array<std::string_view, 7> kOwnSubject{"that", "he", "she", "they", "we", "i", "it"};
    for (std::uint32_t w = k; w < pronoun.first; ++w)
      if (std::find(kOwnSubject.begin(), kOwnSubject.end(), fold_case(ctx_.token(w))) != kOwnSubject.end()) return false;
    return ctx_.token(k - 1) == "and" || (ctx_.token(k - 1) == "," && ctx_.token(k).ends_with("ing"));
  }

  // Whether "both" or "all" stands a few words before a pronoun, with no
  // name between ("A and B both demanded that she ...").
  bool after_both_or_all(const Mention& pronoun) const {
    const std::uint32_t first = ctx_.seg.sentences[pronoun.sentence].first;
    for (std::uint32_t k = pronoun.first; k > first && pronoun.first - k < 5; --k) {
      if (ctx_.mention_at[k - 1] >= 0) return false;
      const std::string w = fold_case(ctx_.token(k - 1));
      if (w == "both" || w == "all") return true;
    }
    return false;
  }

  // The entity of the nearest subject pronoun ("he", "she", "they") before
  // mention i in its sentence, with no name between, or -1.
  int subject_pronoun_before(std::size_t i) const {
    for (std::size_t j = i; j-- > 0 && ctx_.mentions[j].sentence == ctx_.mentions[i].sentence;) {
      const Mention& p = ctx_.mentions[j];
      if (p.kind != MentionKind::Pronoun) return -1;
      const std::string w = fold_case(p.surface);
      if (w == "he" || w == "she" || w == "they") return p.entity;
    }
    return -1;
  }

  // "him"/"her" is never the subject of its own clause: the first person
  // named before it in its sentence, after that subject if any, who is not
  // that subject (the person
  // right before its verb group, or the person the sentence opens with when
  // its verb is coordinated with the first); kOnlySubject when the sentence
  // names only the subject (the antecedent is in an earlier sentence), -2
  // when it names no one; subject is set to the subject found.
  static constexpr int kOnlySubject = -3;
  int object_antecedent(std::size_t i, int& subject) const {
    const Mention& m = ctx_.mentions[i];
    std::vector<std::size_t> people;
    for (std::size_t j = 0; j < i; ++j) {
      const Mention& p = ctx_.mentions[j];
      if (p.sentence == m.sentence && p.type == EntityType::Person && p.entity >= 0 && p.kind != MentionKind::Pronoun)
        people.push_back(j);
    }
    // "He urged him to ...": not whom the clause's subject pronoun, resolved
    // before it, stands for.
    if (people.empty()) {
      subject = subject_pronoun_before(i);
      return -2;
    }
    const Mention& nearest = ctx_.mentions[people.back()];
    // "A ..., and B ..., both urged her": everyone named before is the subject.
    if (after_both_or_all(m)) return kOnlySubject;
    if (subject_of_pronoun_clause(nearest, m)) subject = nearest.entity;
    else if (const int found = clause_subject_in_tree(m); found >= 0) subject = found;
    else if (in_coordinated_verb(m, nearest.last)) {
      // The sentence's subject, if it opens with a person (past the state
      // of a title before the name: "Turkish President X ... and urged him";
      // past a dateline's place: "TEL AVIV (Reuters) - U.S. Secretary X ...").
      std::size_t first = i;
      while (first > 0 && ctx_.mentions[first - 1].sentence == m.sentence) --first;
      const std::uint32_t opening = past_dateline(ctx_.seg.sentences[m.sentence]);
      while (first < people.front() && ctx_.mentions[first].first < opening) ++first;
      if (first + 1 == people.front() && ctx_.mentions[first].type == EntityType::Country &&
          titled_after(ctx_.mentions[first], ctx_.mentions[people.front()]))
        ++first;
      if (first == people.front()) subject = ctx_.mentions[first].entity;
    }
    // (Nor anyone coordinated with the subject: "A and his counterpart, B,
    // met C and urged him".)
    const std::vector<int> subjects = with_conjuncts(subject, m.sentence);
    const auto candidate = [&](std::size_t j) {
      return std::find(subjects.begin(), subjects.end(), ctx_.mentions[j].entity) == subjects.end() &&
             agrees(m, ctx_.mentions[j]);
    };
    // First someone named after the clause's subject, in its own clause
    // ("X confirmed that A had written to B urging him": B, not X).
    std::size_t after = 0;
    for (std::size_t k = 0; k < people.size(); ++k)
      if (subject >= 0 && ctx_.mentions[people[k]].entity == subject) after = k + 1;
    for (std::size_t k = after; after > 0 && k < people.size(); ++k)
      if (candidate(people[k])) return ctx_.mentions[people[k]].entity;
    for (const std::size_t j : people)
      if (candidate(j)) return ctx_.mentions[j].entity;
    return subject >= 0 ? kOnlySubject : -2;
  }

  // The entity and those its mention in the sentence's tree is coordinated
  // with, past appositions ("A and his French counterpart, B": A and B).
  std::vector<int> with_conjuncts(int entity, std::uint32_t sentence) const {
    std::vector<int> out{entity};
    if (entity < 0 || sentence >= ctx_.syntax.size()) return out;
    const SyntaxSentence& tree = ctx_.syntax[sentence];
    std::vector<int> nodes;
    for (std::size_t k = 0; k < tree.size(); ++k)
      if (const int mm = ctx_.mention_at[tree[k].token];
          mm >= 0 && ctx_.mentions[static_cast<std::size_t>(mm)].entity == entity && tree[k].head >= 0)
        nodes.push_back(static_cast<int>(k));
    for (std::size_t i = 0; i < nodes.size(); ++i)
      for (std::size_t k = 0; k < tree.size(); ++k) {
        const SyntaxToken& t = tree[k];
        if (t.head != nodes[i] || (t.deprel != "conj" && t.deprel != "appos") ||
            std::find(nodes.begin(), nodes.end(), static_cast<int>(k)) != nodes.end())
          continue;
        nodes.push_back(static_cast<int>(k));
        if (const int mm = ctx_.mention_at[t.token]; mm >= 0 && ctx_.mentions[static_cast<std::size_t>(mm)].entity >= 0)
          out.push_back(ctx_.mentions[static_cast<std::size_t>(mm)].entity);
      }
    return out;
  }

  bool body_of_its_own(int entity) const { return extract::body_of_its_own(ctx_, entity); }

  // Of the entities `keep` accepts that are named in mention i's sentence
  // or the two before, the mention of the one the document names most
  // before it (the latest on a tie), or -1.
  int most_named_near(std::size_t i, const std::function<bool(int)>& keep) const {
    const Mention& m = ctx_.mentions[i];
    std::vector<int> near;
    for (std::size_t j = i; j > 0 && ctx_.mentions[j - 1].sentence + 2 >= m.sentence; --j)
      near.push_back(ctx_.mentions[j - 1].entity);
    return most_named_before(ctx_, m.first, [&](int e) {
      return keep(e) && std::find(near.begin(), near.end(), e) != near.end();
    });
  }

  std::map<std::string, int> self_names_;
  bool self_names_ready_ = false;

  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  // The title of a person given no name that opens a sentence ("A
  // spokesman for the Chinese foreign ministry, who ..., said"): in the
  // pronoun's sentence before it or in the three before, nearer than any
  // person the text names or describes and than any other title; its
  // index, else kNone.
  std::uint32_t unnamed_speaker_before(const Mention& pronoun) const {
    for (std::uint32_t back = 0; back <= 3 && back <= pronoun.sentence; ++back) {
      const std::uint32_t s = pronoun.sentence - back;
      // (A sentence naming or describing a person has its own antecedents:
      // "The secretary is due in Seoul, where he ...".)
      bool named = false;
      for (const Mention& p : ctx_.mentions)
        named = named || (p.sentence == s && p.type == EntityType::Person && p.kind != MentionKind::Pronoun &&
                          (back > 0 || p.first < pronoun.first));
      if (named) {
        if (back == 0) continue;
        return kNone;
      }
      for (std::size_t t = ctx_.titles.size(); t-- > 0;) {
        const TitleSpan& title = ctx_.titles[t];
        const Sentence& sent = ctx_.seg.sentences[title.sentence];
        if (title.sentence != s || title.person >= 0 || (back == 0 && title.first >= pronoun.first)) continue;
        // Introduced as someone new ("A spokesman"); "the secretary" may be
        // the secretary named before, and is nearer than any further back.
        const std::uint32_t start = std::min(title.first, ctx_.title_start(title));
        const std::string_view article = ctx_.token(sent.first);
        return start == sent.first + 1 && (article == "A" || article == "An") ? static_cast<std::uint32_t>(t) : kNone;
      }
    }
    return kNone;
  }

  // "the regional bloc, the Harbour Union (HU), ... asked the bloc to",
  // "the Harbour Authority, the agency that buys arms, ... the agency's
  // chief": an anaphor in apposition to a body's name (right before or
  // right after it and a comma) is that body, and so is an anaphor of the
  // same phrase after it; else -1.
  int apposed_body(const Mention& m) const {
    if (m.anaphor < 0) return -1;
    const auto body = [&](int named) {
      if (named < 0) return -1;
      const Mention& n = ctx_.mentions[static_cast<std::size_t>(named)];
      return n.kind == MentionKind::Name && n.entity >= 0 && n.type == EntityType::Organization ? n.entity : -1;
    };
    int found = -1;
    for (const Mention& a : ctx_.mentions) {
      if (a.first > m.first) break;
      if (a.anaphor != m.anaphor || a.kind == MentionKind::Pronoun) continue;
      const Sentence& s = ctx_.seg.sentences[a.sentence];
      // After it: "the bloc, the Harbour Union".
      std::uint32_t k = a.last;
      if (k + 1 < s.last && ctx_.token(k) == ",") {
        ++k;
        if (fold_case(ctx_.token(k)) == "the") ++k;
        if (const int named = k < s.last ? ctx_.mention_at[k] : -1;
            named >= 0 && ctx_.mentions[static_cast<std::size_t>(named)].first == k && body(named) >= 0)
          found = body(named);
      }
      // Before it: "the Harbour Authority, the agency".
      if (a.first >= s.first + 2 && ctx_.token(a.first - 1) == ",")
        if (const int named = ctx_.mention_at[a.first - 2];
            named >= 0 && ctx_.mentions[static_cast<std::size_t>(named)].last == a.first - 1 && body(named) >= 0)
          found = body(named);
    }
    return found;
  }

  // Anaphors that name themselves ("the junta, which calls itself X"): the
  // folded phrase -> X's entity, found once.
  const std::map<std::string, int>& self_names() {
    if (self_names_ready_) return self_names_;
    self_names_ready_ = true;
    for (const Mention& m : ctx_.mentions) {
      if (m.anaphor == -1 || m.kind == MentionKind::Pronoun) continue;
      const std::uint32_t end = ctx_.seg.sentences[m.sentence].last;
      std::uint32_t k = m.last;
      if (k + 4 >= end || ctx_.token(k) != "," || (fold_case(ctx_.token(k + 1)) != "which" &&
                                                   fold_case(ctx_.token(k + 1)) != "who"))
        continue;
      k += 2;
      if (fold_case(ctx_.token(k)) != "calls" && fold_case(ctx_.token(k)) != "call") continue;
      const std::string reflexive = fold_case(ctx_.token(k + 1));
      if (reflexive != "itself" && reflexive != "themselves") continue;
      k += 2;
      if (k < end && fold_case(ctx_.token(k)) == "the") ++k;
      const int named = k < end ? ctx_.mention_at[k] : -1;
      if (named < 0) continue;
      const Mention& n = ctx_.mentions[static_cast<std::size_t>(named)];
      if (n.first == k && n.kind == MentionKind::Name && n.entity >= 0 && n.type == m.type)
        self_names_.emplace(fold_case(m.surface), n.entity);
    }
    return self_names_;
  }

  // What a pronoun standing for the unnamed holder of title t resolves
  // to: the body a spokesperson speaks for, else nobody (-2).
  int spoken_for(std::uint32_t t) const {
    const TitleSpan& title = ctx_.titles[t];
    if (!ctx_.lex.in("speaker_titles", title.role)) return -2;
    if (title.anchor >= 0) return ctx_.mentions[static_cast<std::size_t>(title.anchor)].entity;
    // "a spokesman for the Chinese foreign ministry"
    std::uint32_t k = title.last;
    const std::uint32_t end = ctx_.seg.sentences[title.sentence].last;
    if (k + 1 >= end || (ctx_.token(k) != "for" && ctx_.token(k) != "of")) return -2;
    if (fold_case(ctx_.token(++k)) == "the" && k + 1 < end) ++k;
    const int m = ctx_.mention_at[k];
    if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].first != k ||
        ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person)
      return -2;
    return ctx_.mentions[static_cast<std::size_t>(m)].entity;
  }

  // "he" -> the subject-like person of this sentence (the first person named
  // before the pronoun), else the first person of the nearest earlier sentence.
  // "the committee" -> the latest body whose name ends in Committee;
  // "the regime" -> the most prominent state other than the one just named.
  void resolve_pronouns_and_anaphors() {
    collect_words_after_names();
    for (std::size_t i = 0; i < ctx_.mentions.size(); ++i) {
      Mention& m = ctx_.mentions[i];
      if (m.kind == MentionKind::Pronoun) {
        // "A met B. A pressed him": never the subject of its own clause.
        int subject = -1;
        m.entity = object_pronoun(m) ? object_antecedent(i, subject) : -2;
        // "said B had had time, and that he must now ...": the subject of the
        // clause a subject pronoun's clause is joined to.
        // (Not the subject of a demand's clause: "A accused the minister of
        // X and demanded that he resign" asks it of another.)
        if (m.entity == -2 && !subject_of_demand(m))
          if (const int parallel = parallel_subject(m); parallel >= 0) m.entity = parallel;
        if (m.entity == -2)
          if (const int later = fronted_possessor(i); later >= 0) m.entity = later;
        // "A and B both demanded that she resign": not one of them.
        const bool after_collective = m.entity == -2 && after_both_or_all(m);
        // "A said B had lost ... and demanded that he resign": the nearest
        // one before it other than the sentence's first, who demands.
        const bool demanded = m.entity == -2 && !after_collective && subject_of_demand(m);
        int first_person = -1;
        for (std::size_t j = 0; j < i && (m.entity == -2 || demanded) && !after_collective; ++j) {
          const Mention& p = ctx_.mentions[j];
          if (p.sentence == m.sentence && p.type == EntityType::Person && p.entity >= 0 &&
              p.kind != MentionKind::Pronoun && agrees(m, p) && !object_of_pronoun_clause(p, m)) {
            if (first_person < 0) first_person = p.entity;
            if (!demanded || m.entity == -2 || p.entity != first_person) m.entity = p.entity;
          }
        }
        // "she" tells the gender of whom it stands for, for the pronouns after it.
        const auto learn_gender = [&] {
          if (m.entity >= 0 && ctx_.entities[m.entity].gender == Gender::Unknown) ctx_.entities[m.entity].gender = m.gender;
        };
        if (m.entity >= 0) {
          learn_gender();
          continue;
        }
        if (m.entity == kOnlySubject) m.entity = -2;
        // The three sentences before: for "she", "her", a woman first ("her"
        // is the Kimberly named two sentences back, not a Jamie named in the
        // last), else one of no known gender (for "he", the nearest such: a
        // name the first-name list does not know is a man's more often). A
        // woman's may be a "she" or "her" already resolved to her ("But she
        // declined ... told her ... called for her resignation").
        // A person the text names by role only, opening a sentence nearer
        // than any name ("A spokesman for the ministry said ... He also
        // demanded"), is whom it means: a spokesperson's words are the body's.
        const std::uint32_t unnamed_at = unnamed_speaker_before(m);
        // (Not past the first person the sentence before names, when no word
        // tells that person's gender: "... before Tsai sets off on a trip.
        // She is scheduled to meet ...".)
        const bool unknown_opener = [&] {
          if (m.sentence == 0) return false;
          for (std::size_t j = 0; j < i; ++j) {
            const Mention& p = ctx_.mentions[j];
            if (p.sentence == m.sentence - 1 && p.type == EntityType::Person && p.entity >= 0 &&
                p.kind != MentionKind::Pronoun)
              return ctx_.entities[p.entity].gender == Gender::Unknown;
          }
          return false;
        }();
        for (const bool strict : {m.gender == Gender::Female && !unknown_opener, false})
          for (std::uint32_t back = 1; back <= 3 && back <= m.sentence && m.entity < 0; ++back) {
            if (unnamed_at != kNone && m.sentence - back < ctx_.titles[unnamed_at].sentence) break;
            for (std::size_t j = 0; j < i; ++j) {
              const Mention& p = ctx_.mentions[j];
              if (p.sentence == m.sentence - back && p.type == EntityType::Person && p.entity >= 0 &&
                  p.entity != subject && (p.kind != MentionKind::Pronoun || strict) && agrees(m, p) &&
                  (!strict || ctx_.entities[p.entity].gender == m.gender)) {
                m.entity = p.entity;
                break;
              }
            }
          }
        if (m.entity < 0 && unnamed_at != kNone) {
          m.entity = spoken_for(unnamed_at);
          if (m.entity >= 0) m.type = ctx_.entities[static_cast<std::size_t>(m.entity)].type;
        }
        learn_gender();
        continue;
      }
      if (m.kind == MentionKind::Description && m.type == EntityType::Person && m.title < 0) {
        // "Mr X, the billionaire who ...": a description in apposition to a
        // person's name is no mention of its own (the tree takes it for the
        // name it describes); else it is the story's person.
        // (Not when the parse makes it a clause's subject after a phrase that
        // ends in the name: "Testifying before X, which is chaired by Y, the
        // 77-year-old spoke ...".)
        const int apposed = m.first > 0 && !subject_in_tree(m)
                                ? said_of(m.first + (fold_case(ctx_.token(m.first)) == "the" ? 1 : 0))
                                : -1;
        m.entity = apposed >= 0 && ctx_.token(m.first - 1) == "," ? -2 : story_person(m);
        // ("Cuban President X went on television ... The 61-year-old, who ...":
        // opening its sentence, the subject of the sentence before, the first
        // person it names, when that one opens it too.)
        if (apposed < 0 && m.first == ctx_.seg.sentences[m.sentence].first && m.sentence > 0)
          if (const int before = opening_person(m.sentence - 1); before >= 0) m.entity = before;
        continue;
      }
      if (m.anaphor == -1) continue;
      // "the junta, which calls itself the National Council for ...": the
      // name it gives itself, there and wherever the document writes it.
      if (const auto it = self_names().find(fold_case(m.surface)); it != self_names().end()) {
        m.entity = it->second;
        continue;
      }
      if (const int named = apposed_body(m); named >= 0) {
        m.entity = named;
        continue;
      }
      const std::vector<std::string> bare{fold_case(m.surface)};
      const auto& heads = m.anaphor == kBareHead ? bare : ctx_.lex.anaphors()[m.anaphor].heads;
      m.entity = -2;
      // "the company", "the firm": an organisation named before, not a
        // committee, a state's body ("he insisted that the company had
        // been viable" after the MPs' committee was named) or a university.
        // The latest named in its own sentence; else, of those named in the
        // two sentences before, the one the document names most so far
        // ("Hellawell, the company's chairman" after a newspaper that reported
        // on the company); else the one the document names most before it
        // (the story's company, not the agency that investigates it).
        const auto company = [&](int e) {
          const auto& after = words_after_names_[static_cast<std::size_t>(e)];
          return body_of_its_own(e) &&
                 !ctx_.lex.in("non_company_heads", body_head(ctx_.entities[static_cast<std::size_t>(e)].name)) &&
                 std::none_of(after.begin(), after.end(),
                              [&](std::string_view w) { return ctx_.lex.in("non_company_heads", w); });
        };
      if (heads.front() == "ORGANIZATION") {
        int latest = -1;
        for (std::size_t j = i; j > 0 && latest < 0; --j) {
          const Mention& p = ctx_.mentions[j - 1];
          if (p.entity >= 0 && p.anaphor == -1 && company(p.entity)) latest = static_cast<int>(j - 1);
        }
        if (latest < 0) continue;
        if (ctx_.mentions[static_cast<std::size_t>(latest)].sentence == m.sentence) {
          m.entity = ctx_.mentions[static_cast<std::size_t>(latest)].entity;
          continue;
        }
        int found = most_named_near(i, company);
        if (found < 0) found = most_named_before(ctx_, m.first, company);  // latest >= 0: one is found
        m.entity = ctx_.mentions[static_cast<std::size_t>(found)].entity;
        continue;
      }
      if (heads.front() == "GROUP") {
        // "the group", "the movement": of the organisations named in its
        // sentence or the two before, the one the document names most so
        // far, not a committee or a state's body (a story on a militia names
        // the foreign force that arms it between the militia's name and "the
        // group's leader"). The noun written in between introduced something
        // else ("A group of protesters ... The group demanded").
        // (One whose name ends in the noun comes first: "Mizuho Financial
        // Group ... Mizuho Bank ... the group's chairman".)
        const std::string noun = fold_case(ctx_.token(m.last - 1));
        const auto named_so = [&](int e) {
          const std::string& name = ctx_.entities[static_cast<std::size_t>(e)].name;
          const auto space = name.rfind(' ');
          return body_of_its_own(e) && space != std::string::npos && fold_case(name.substr(space + 1)) == noun;
        };
        int found = most_named_near(i, named_so);
        if (found < 0) found = most_named_near(i, [&](int e) { return body_of_its_own(e); });
        if (found >= 0 && !noun_between(noun, ctx_.mentions[found].last, m.first))
          m.entity = ctx_.mentions[found].entity;
        continue;
      }
      if (heads.front() == "STATE") {
        // "the government in Pristina": the state of the place after "in".
        if (m.last + 1 < ctx_.seg.sentences[m.sentence].last && fold_case(ctx_.token(m.last)) == "in")
          if (const int p = ctx_.mention_at[m.last + 1]; p >= 0 && ctx_.mentions[p].entity >= 0) {
            const Mention& place = ctx_.mentions[p];
            const int state = place.type == EntityType::Country ? place.entity
                              : place.type == EntityType::Location && !ctx_.entities[place.entity].country.empty()
                                  ? ctx_.entity_named(ctx_.entities[place.entity].country)
                                  : -1;
            if (state >= 0) {
              m.entity = state;
              continue;
            }
          }
        // "the country": the state named last, in this sentence or the two
        // before; a place of a known state named nearer stands for its
        // state ("In Caracas, the country's president"), left unresolved
        // when the document does not name that state.
        // Not the state whose act's phrase holds it ("U.S. sanctions on the
        // country's intelligence chief", "Russia's war in the country").
        const auto acts_on_it = [&](const Mention& p) {
          std::uint32_t k = p.last;
          if (k < m.first && ctx_.possessive(k)) ++k;
          return k + 2 == m.first && !ctx_.seg.tokens[k].capitalized && ctx_.seg.tokens[k].kind == TokenKind::Word &&
                 ctx_.lex.in("function_words", fold_case(ctx_.token(k + 1)));
        };
        // Nor a demonym that says where a place is ("the deal was signed in the
        // South African capital": the government is not South Africa's).
        const auto places = [&](const Mention& p) {
          const std::uint32_t k = p.last;
          if (p.kind != MentionKind::Demonym || k >= ctx_.seg.sentences[p.sentence].last) return false;
          const std::string_view next = ctx_.token(k);
          return next == "capital" || next == "city" || next == "town" || ctx_.lex.in("location_heads", next);
        };
        for (std::size_t j = i; j > 0; --j) {
          const Mention& p = ctx_.mentions[j - 1];
          if (p.sentence + 2 < m.sentence) break;
          if (places(p)) continue;
          if (p.entity >= 0 && p.type == EntityType::Country && p.anaphor == -1 && !acts_on_it(p)) {
            m.entity = p.entity;
            break;
          }
          if (p.entity >= 0 && p.type == EntityType::Location && !ctx_.entities[p.entity].country.empty()) {
            m.entity = ctx_.entity_named(ctx_.entities[p.entity].country);
            if (m.entity < 0) m.entity = -2;
            break;
          }
        }
        if (m.entity < 0 && heads.size() > 1 && heads[1] == "DOCUMENT") {
          const int found = most_named_before(ctx_, m.first, [&](int e) {
            return ctx_.entities[static_cast<std::size_t>(e)].type == EntityType::Country;
          });
          if (found >= 0) m.entity = ctx_.mentions[static_cast<std::size_t>(found)].entity;
        }
        continue;
      }
      if (heads.front() == "STYLED") {
        // "the kingdom": of the states named before, those styled so
        // ("Kingdom of Saudi Arabia"), the one named most; the latest on a tie.
        const std::string noun = fold_case(ctx_.token(m.last - 1));
        const int found = most_named_before(ctx_, m.first, [&](int e) {
          return ctx_.entities[e].type == EntityType::Country && ctx_.lex.styled(ctx_.entities[e].name, noun);
        });
        m.entity = found >= 0 ? ctx_.mentions[found].entity : -2;
        continue;
      }
      if (heads.front() == "COUNTRY") {
        int nearest = -1;
        for (std::size_t j = i; j > 0; --j) {
          const Mention& p = ctx_.mentions[j - 1];
          if (p.sentence != m.sentence) break;
          if (p.entity >= 0 && p.type == EntityType::Country) {
            nearest = p.entity;
            break;
          }
        }
        std::map<int, int> counts;
        for (const auto& p : ctx_.mentions)
          if (p.entity >= 0 && p.type == EntityType::Country && p.entity != nearest) ++counts[p.entity];
        int best = -1, best_count = 0;
        for (const auto& [e, c] : counts)
          if (c > best_count) best = e, best_count = c;
        m.entity = best;
        continue;
      }
      // Of the bodies with that head named before, the one named most so
      // far; the latest on a tie ("the committee" in a hearing's story is
      // the hearing's, though another committee was named last).
      // "the military council", "the Committee's antitrust subcommittee": a
      // modifier other than "the same" is a word of the name.
      // A possessed one ("the Committee's antitrust subcommittee") may come
      // before the body's full name.
      // "a Senate committee": the document's committee of that name, named
      // before or after; else its one committee.
      std::string modifier;
      bool possessed = false, sized = false;
      const std::string opener = fold_case(ctx_.token(m.first));
      const bool indefinite = opener == "a" || opener == "an";
      if (m.anaphor != kBareHead) {
        const std::size_t words = ctx_.lex.anaphors()[m.anaphor].words.size(), length = m.last - m.first;
        // ("that committee", "this panel" point back as "the" does: mention_lookups.)
        possessed = length >= words && opener != "the" && opener != "that" && opener != "this" && !indefinite;
        // A size ("the 15-member council") matches no word of the name: it
        // describes the body just introduced.
        // (A bare noun before a title, "Junta spokesman X", is one word: no
        // word before its head is the mention's.)
        const std::string_view word = length >= 2 ? ctx_.token(m.last - 2) : std::string_view{};
        sized = length == words + 1 && !word.empty() && std::isdigit(static_cast<unsigned char>(word.front())) &&
                word.find('-') != std::string_view::npos;
        if ((length == words + 1 || possessed) && !word.empty() && !sized &&
            !ctx_.lex.in("anaphor_modifiers", fold_case(word)))
          modifier = loose_key(word);
      }
      const auto fits = [&](int e) {
        if (std::find(heads.begin(), heads.end(), body_head(ctx_.entities[e].name)) == heads.end() &&
            !written_with_head(e, heads))
          return false;
        if (modifier.empty()) return true;
        // A word of the name, its list comma aside ("Subcommittee on Antitrust, ...").
        const auto words = name_tokens(ctx_.entities[e].name);
        return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
          return w == modifier || (w.size() == modifier.size() + 1 && w.back() == ',' && w.starts_with(modifier));
        });
      };
      // ("that committee" is the one just named, as a sized one is.)
      const bool pointing = opener == "that" || opener == "this";
      int found = sized || pointing ? latest_named_before(ctx_, m.first, fits) : most_named_before(ctx_, m.first, fits);
      // (One that no name names, "the committee's aviation subcommittee", is pointed at as well.)
      if (found < 0 && pointing) found = most_named_before(ctx_, m.first, fits);
      // But one just described by a word of its name, in this sentence or the
      // one before, is the one meant however often another was named ("before
      // the House committee, X went further. Rep. Y, the committee's
      // chairman, said ..."); a name alone is not enough ("the bloc" in a
      // story on ASEAN stays ASEAN after a sentence on the EU).
      if (!sized && !pointing && found >= 0 && !indefinite)
        if (const int recent = said_which_lately(m, fits); recent >= 0) found = recent;
      if (found < 0 && (possessed || indefinite))
        found = most_named_before(ctx_, std::numeric_limits<std::uint32_t>::max(), fits);
      if (found < 0 && indefinite) {
        modifier.clear();
        int bodies = 0;
        for (std::size_t e = 0; e < ctx_.entities.size(); ++e) bodies += fits(static_cast<int>(e)) ? 1 : 0;
        if (bodies == 1) found = most_named_before(ctx_, std::numeric_limits<std::uint32_t>::max(), fits);
      }
      int best = found >= 0 ? ctx_.mentions[found].entity : -1;
      // "the airline" for Ryanair: no name with its head word, so the
      // company the document names most before it, where the phrase allows
      // it (anaphors.tsv: "...|ORGANIZATION").
      if (best < 0 && heads.back() == "ORGANIZATION")
        if (const int found_company = most_named_before(ctx_, m.first, company); found_company >= 0)
          best = ctx_.mentions[static_cast<std::size_t>(found_company)].entity;
      // "the committee's aviation subcommittee" with no body of that name:
      // a committee of its own, named as written.
      if (best < 0 && possessed && m.last - m.first >= 2 &&
          ctx_.lex.in("committee_heads", fold_case(ctx_.token(m.last - 1)))) {
        best = entity_for(loose_key(m.surface), EntityType::Organization, m.surface);
        words_after_names_.resize(ctx_.entities.size());  // (a body of no name: no words after one)
      }
      if (best >= 0) {
        m.entity = best;
        m.type = ctx_.entities[best].type;
      }
    }
  }

  // The person named right after a title's phrase and a comma ("the EU's
  // ambassador to China, Nicolas Chapuis, ..."), or -1; `body` is the state
  // or body the title is "of" ("the chair of the Home Affairs Committee,
  // Diana Johnson"), or -1.
  int named_after_title(const TitleSpan& t, int& body) const {
    body = -1;
    const std::uint32_t end = ctx_.seg.sentences[t.sentence].last;
    std::uint32_t k = t.last;
    const std::string_view prep = k + 1 < end ? ctx_.token(k) : std::string_view();
    if (prep == "to" || prep == "for" || prep == "in" || prep == "of") {
      std::uint32_t j = k + 1;
      if (fold_case(ctx_.token(j)) == "the" && j + 1 < end) ++j;
      const int place = ctx_.mention_at[j];
      if (place < 0 || ctx_.mentions[place].first != j) return -1;
      const EntityType type = ctx_.mentions[place].type;
      if (prep == "of" && (type == EntityType::Country || type == EntityType::Organization)) body = place;
      k = ctx_.mentions[place].last;
    }
    if (k + 1 >= end || ctx_.token(k) != ",") return -1;
    // (Past an honorific: "the FSA's chairman, Lord Turner"; or a title of
    // the name's own: "the commission's rapporteur, Senator X".)
    if (k + 2 < end && ctx_.mention_at[k + 1] < 0 && ctx_.lex.in("honorifics", ctx_.token(k + 1))) ++k;
    for (const TitleSpan& own : ctx_.titles)
      if (own.first == k + 1 && own.person >= 0 && ctx_.mentions[own.person].first == own.last) k = own.last - 1;
    const int p = ctx_.mention_at[k + 1];
    if (p < 0 || ctx_.mentions[p].first != k + 1 || ctx_.mentions[p].type != EntityType::Person ||
        ctx_.mentions[p].kind != MentionKind::Name || ctx_.mentions[p].entity < 0)
      return -1;
    return p;
  }

  // "the tycoon", "the 64-year-old": the person the story is about, the
  // first it names (its headline's or lead's; past the photo captions and
  // bylines before a lead that opens with a dateline), unless named in the
  // description's own sentence (a description does not follow its name
  // there); -2 when there is none.
  int story_person(const Mention& m) const {
    for (const auto& p : ctx_.mentions) {
      if (p.first >= m.first) break;
      if (p.type != EntityType::Person || p.kind != MentionKind::Name || p.entity < 0 || p.sentence < lead_) continue;
      for (const auto& q : ctx_.mentions)
        if (q.sentence == m.sentence && q.first < m.first && q.entity == p.entity) return -2;
      return p.entity;
    }
    return -2;
  }

  // The person a sentence opens with, past a title before the name
  // ("Cuban President X went on ..."), or -1.
  int opening_person(std::uint32_t sentence) const {
    const Sentence& s = ctx_.seg.sentences[sentence];
    for (const auto& p : ctx_.mentions) {
      if (p.sentence < sentence || p.entity < 0 || (p.sentence == sentence && p.type != EntityType::Person)) continue;
      if (p.sentence > sentence || p.kind != MentionKind::Name) return -1;
      std::uint32_t start = p.first;
      for (const auto& t : ctx_.titles)
        if (t.sentence == sentence && t.last == p.first) start = std::min(start, ctx_.title_start(t));
      for (const auto& q : ctx_.mentions)  // (the state or body of the title)
        if (q.sentence == sentence && q.last <= start && q.last + 3 >= start && q.first < start) start = q.first;
      return start == s.first ? p.entity : -1;
    }
    return -1;
  }

  // The number of tokens of an age ending right before token k, or 0.
  std::uint32_t age_before(std::uint32_t k) const {
    for (const std::uint32_t n : {1u, 2u, 5u})
      if (k >= n && ctx_.age_length(k - n, k) == n) return n;
    return 0;
  }

  // "The Chinese leader reached X, where he held talks": a subject pronoun
  // stands for the description its sentence opens with, as it would for a
  // name there. Descriptions are resolved after pronouns (they lean on
  // them), so such a pronoun went to a person of an earlier sentence; it is
  // bound again here when no one named before it in its sentence took it.
  void pronouns_after_descriptions() {
    for (Mention& m : ctx_.mentions) {
      if (m.kind != MentionKind::Pronoun || object_pronoun(m) || after_both_or_all(m)) continue;
      // "A accused the minister of X and demanded that he resign": the
      // nearest person before a demand's subject other than the sentence's
      // first, who demands, when a description names them.
      if (subject_of_demand(m)) {
        const Mention* first = nullptr;
        const Mention* nearest = nullptr;
        for (const Mention& p : ctx_.mentions) {
          if (p.sentence != m.sentence || p.last > m.first || p.type != EntityType::Person || p.entity < 0 ||
              p.kind == MentionKind::Pronoun)
            continue;
          if (first == nullptr) first = &p;
          else if (p.entity != first->entity && agrees(m, p)) nearest = &p;
        }
        if (nearest != nullptr && nearest->kind == MentionKind::Description) m.entity = nearest->entity;
        continue;
      }
      const Mention* opening = nullptr;
      bool taken = false;
      for (const Mention& p : ctx_.mentions) {
        if (p.sentence != m.sentence || p.last > m.first || p.type != EntityType::Person || p.entity < 0 ||
            p.kind == MentionKind::Pronoun)
          continue;
        if (p.entity == m.entity) taken = true;
        if (opening == nullptr || p.first < opening->first) opening = &p;
      }
      if (taken || opening == nullptr || opening->kind != MentionKind::Description || !agrees(m, *opening) ||
          object_of_pronoun_clause(*opening, m))
        continue;
      m.entity = opening->entity;
    }
  }

  // Where a title's description opens: "the North Korean leader", "the
  // former chief executive", "the Opposition Leader", "the 64-year-old
  // Arcadia boss", "the Conservative chair of X"; and whether "the" opens it.
  struct DescriptionStart {
    std::uint32_t first = 0;
    std::uint32_t aged = 0;  // words of an age before the title
    bool former = false, opposition = false, the = false;
  };
  DescriptionStart description_start(const TitleSpan& t) const {
    DescriptionStart d;
    // "the North Korean leader", or with no state named, "the president".
    std::uint32_t first = t.anchor >= 0 ? ctx_.mentions[t.anchor].first : t.first;
    // "The 64-year-old Arcadia boss": an age says it is the story's person
    // (past a capitalised word naming the body, when no mention does).
    std::uint32_t aged = age_before(first);
    if (aged == 0 && t.anchor < 0 && first > 1 && ctx_.seg.tokens[first - 1].capitalized)
      if (const std::uint32_t a = age_before(first - 1); a > 0) aged = a + 1;
    first -= aged;
    // "the Conservative chair of X": a party's adjective between.
    if (first > 1 && ctx_.lex.in("party_adjectives", ctx_.token(first - 1))) --first;
    // "the former chief executive": who held it, though no longer (no role).
    d.former = first > 1 && ctx_.lex.in("former_words", fold_case(ctx_.token(first - 1))) &&
               fold_case(ctx_.token(first - 2)) == "the";
    if (d.former) --first;
    // "the Opposition Leader": whom the document calls the opposition's leader.
    d.opposition = !d.former && opposition_before(first);
    if (d.opposition) --first;
    d.first = first;
    d.aged = aged;
    d.the = first > 0 && fold_case(ctx_.token(first - 1)) == "the";
    return d;
  }

  // Whether a word opposing the title to the state stands right before k
  // ("the Opposition Leader": whom the document calls the opposition's leader).
  bool opposition_before(std::uint32_t k) const {
    return k > 0 && ctx_.lex.in("opposition_words", fold_case(ctx_.token(k - 1)));
  }

  // The person a description opening at `first` (after its "the") is said
  // of: "X, the ..." or "X is (was) the ...", in the same sentence; -1 if none.
  int said_of(std::uint32_t first) const {
    if (first < 3) return -1;
    const std::string before = fold_case(ctx_.token(first - 2));
    if (before != "," && before != "is" && before != "was") return -1;
    const int prev = ctx_.mention_at[first - 3];
    if (prev < 0) return -1;
    const Mention& p = ctx_.mentions[static_cast<std::size_t>(prev)];
    return p.type == EntityType::Person && p.kind == MentionKind::Name && p.last == first - 2 ? prev : -1;
  }

  // "the North Korean leader": a title without a name, standing for the
  // person who holds it in this document.
  void resolve_descriptions() {
    // Who holds each title: the person it is written before, or the one
    // named in apposition after it ("the commission's rapporteur, Senator
    // X": a later "the rapporteur" is X).
    std::vector<int> holder(ctx_.titles.size(), -1);
    // (Or the person the description is said of: "X, the former chief
    // executive of Y, ..." and "X is the chief executive of Y" make a later
    // "the former chief executive", "the chief executive" X.)
    for (std::size_t ti = 0; ti < ctx_.titles.size(); ++ti) {
      const TitleSpan& t = ctx_.titles[ti];
      int body = -1;
      int named = t.person >= 0 ? t.person : named_after_title(t, body);
      if (named < 0) {
        const DescriptionStart d = description_start(t);
        if (d.the) named = said_of(d.first);
      }
      if (named >= 0) holder[ti] = ctx_.mentions[named].entity;
    }
    for (std::size_t ti = 0; ti < ctx_.titles.size(); ++ti) {
      TitleSpan& t = ctx_.titles[ti];
      if (t.person >= 0) continue;
      const DescriptionStart start = description_start(t);
      const std::uint32_t first = start.first, aged = start.aged;
      const bool former = start.former, opposition = start.opposition;
      if (!start.the) continue;
      // An apposition names its person itself ("David Stilwell, the U.S.
      // Assistant Secretary of State, ..."): appositions.cpp takes the role.
      if (first >= 3 && ctx_.token(first - 2) == ",") {
        const int prev = ctx_.mention_at[first - 3];
        if (prev >= 0 && ctx_.mentions[prev].type == EntityType::Person && ctx_.mentions[prev].last == first - 2)
          continue;
      }
      if (t.anchor < 0 && t.last < ctx_.seg.tokens.size() && ctx_.seg.tokens[t.last].capitalized) continue;
      const int anchor_entity = t.anchor >= 0 ? ctx_.mentions[t.anchor].entity : -1;
      // "the EU's ambassador to China, Nicolas Chapuis": the name after the
      // title's phrase is its holder (not after "as": "who serves as the
      // bloc's chief mediator for Y, Z sat down": the post is the server's).
      int of_body = -1;
      const std::uint32_t sentence_first = ctx_.seg.sentences[t.sentence].first;
      if (const int named = ctx_.served_as(first, sentence_first) ? -1 : named_after_title(t, of_body); named >= 0) {
        if (former) continue;  // "The former chair of X, A, ...": no role
        if (t.anchor >= 0 && anchor_entity >= 0)
          ctx_.roles.push_back({ctx_.mentions[named].entity, anchor_entity, anchored_relation(ctx_, t, ctx_.mentions[t.anchor]),
                                t.role, t.sentence, ctx_.span_of(ctx_.mentions[named]),
                                ctx_.span_of(ctx_.mentions[t.anchor]), "title.apposition.after"});
        else if (of_body >= 0 && ctx_.mentions[of_body].entity >= 0)
          // ("The chief of staff of the X Armed Forces, General A": the force's commander.)
          ctx_.roles.push_back({ctx_.mentions[named].entity, ctx_.mentions[of_body].entity,
                                commands_force(ctx_.lex, t.entry, ctx_.entities[static_cast<std::size_t>(
                                                                      ctx_.mentions[of_body].entity)].name)
                                    ? RelationType::LeaderOf
                                    : t.entry.relation,
                                t.role, t.sentence, ctx_.span_of(ctx_.mentions[named]),
                                ctx_.span_of(ctx_.mentions[of_body]), "title.apposition.after"});
        continue;
      }
      int best = -1, best_score = 0;
      for (std::size_t oi = 0; oi < ctx_.titles.size(); ++oi) {
        const TitleSpan& other = ctx_.titles[oi];
        const int p = holder[oi];
        if (p < 0 || oi == ti) continue;
        // "the former X" is who the document calls a former X.
        if (former) {
          const auto former_before = [&](std::uint32_t k) {
            return k > 0 && ctx_.lex.in("former_words", fold_case(ctx_.token(k - 1)));
          };
          if (!former_before(ctx_.title_start(other)) && !former_before(other.first)) continue;
        }
        if (opposition != (opposition_before(ctx_.title_start(other)) || opposition_before(other.first))) continue;
        const int other_anchor = other.anchor >= 0 ? ctx_.mentions[other.anchor].entity : -1;
        if (anchor_entity >= 0 && other_anchor >= 0 && other_anchor != anchor_entity) continue;
        int score = 0;
        const auto head = [](const std::string& role) { return role.substr(role.rfind(' ') + 1); };
        if (other.role == t.role) score += 4;
        // (A head shared by a leader's and a member's title is no match: "the
        // Prime Minister" is not the justice minister.)
        else if (head(other.role) == head(t.role) && other.entry.relation == t.entry.relation) score += 3;
        else if (anchor_entity >= 0 && other.entry.relation == t.entry.relation && other_anchor == anchor_entity) score += 2;
        else continue;
        if (other_anchor == anchor_entity) score += 2;
        score = score * 100 + count_mentions(p);
        if (score > best_score) {
          best = p;
          best_score = score;
        }
      }
      if (best < 0 && aged > 0) {
        Mention here;
        here.sentence = t.sentence;
        here.first = first - 1;
        best = story_person(here);
      }
      if (best < 0) continue;
      if (t.anchor >= 0 && !former) {
        const Mention& a = ctx_.mentions[t.anchor];
        ctx_.roles.push_back({best, anchor_entity, t.entry.relation, t.role, t.sentence,
                              {ctx_.seg.tokens[first].begin, ctx_.seg.tokens[t.last - 1].end}, ctx_.span_of(a),
                              "title.description"});
      }
      Mention d;
      d.sentence = t.sentence;
      d.first = first;
      d.last = t.last;
      d.type = EntityType::Person;
      d.kind = MentionKind::Description;
      d.surface = std::string(ctx_.span_text(first, t.last));
      d.canonical = d.surface;
      d.entity = best;
      d.title = static_cast<int>(ti);
      descriptions_.push_back(std::move(d));
    }
    // Descriptions replace the anchor mention they contain ("the North Korean leader").
    for (auto& d : descriptions_) {
      auto it = std::find_if(ctx_.mentions.begin(), ctx_.mentions.end(),
                             [&](const Mention& m) { return m.first >= d.first && m.last <= d.last; });
      ctx_.titles[d.title].anchor = -1;  // re-linked below
      d.title = -1;
      if (it != ctx_.mentions.end()) *it = std::move(d);
      else ctx_.mentions.push_back(std::move(d));  // "the president": no name inside to replace
    }
  }

  void finish() {
    ctx_.mentions.erase(std::remove_if(ctx_.mentions.begin(), ctx_.mentions.end(),
                                       [](const Mention& m) { return m.entity < 0; }),
                        ctx_.mentions.end());
    std::sort(ctx_.mentions.begin(), ctx_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
    ctx_.index_mentions();
    // Re-link titles to the sorted mentions.
    for (auto& t : ctx_.titles) {
      t.anchor = t.person = -1;
    }
    link_titles();
    title_roles();
    // Canonical names and aliases.
    // A lexicon name stays the name; a bare head ("Committee") never names a body.
    std::vector<std::size_t> best_tokens(ctx_.entities.size(), 0);
    for (const auto& m : ctx_.mentions)
      if (m.from_lexicon && m.type == ctx_.entities[m.entity].type) best_tokens[m.entity] = static_cast<std::size_t>(-1);
    for (const auto& m : ctx_.mentions) {
      ContextEntity& e = ctx_.entities[m.entity];
      ++e.mentions;
      const std::string surface = m.kind == MentionKind::Description && m.surface.starts_with("the ")
                                      ? m.surface.substr(4)
                                      : m.surface;
      if (!m.from_lexicon && m.kind == MentionKind::Name && m.type == e.type && m.anaphor == -1 &&
          static_cast<std::size_t>(m.last - m.first) > best_tokens[m.entity]) {
        best_tokens[m.entity] = m.last - m.first;
        if (e.name != display(m.canonical, e.type)) e.aliases.push_back(e.name);
        e.name = display(m.canonical, e.type);
      }
      if (m.kind == MentionKind::Pronoun) continue;
      if (surface != e.name && std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
        e.aliases.push_back(surface);
    }
    for (auto& e : ctx_.entities) {
      std::erase(e.aliases, e.name);
      std::sort(e.aliases.begin(), e.aliases.end());
      e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
    }
  }

  // "Turkish Defense Minister A, Energy Minister B and Interior Minister C":
  // the state a list's first title names is the state of the titles after it
  // that name none.
  void share_state_along_lists() {
    for (std::size_t k = 1; k < ctx_.titles.size(); ++k) {
      TitleSpan& t = ctx_.titles[k];
      if (t.anchor >= 0 || t.list_anchor >= 0 || t.person < 0 || t.first < 2) continue;
      std::uint32_t j = t.first - 1;
      // Past a portfolio the title list does not hold ("and Information
      // Minister B", "and information minister B"); a body's head word is no
      // portfolio ("Commission President B" serves the Commission, not the
      // state of the title before).
      bool body = false;
      for (int skipped = 0; skipped < 3 && j > 1 && ctx_.mention_at[j] < 0 && ctx_.seg.tokens[j].kind == TokenKind::Word &&
                            !ctx_.lex.in("function_words", fold_case(ctx_.token(j)));
           ++skipped) {
        body = body || ctx_.lex.in("org_heads", ctx_.token(j));
        --j;
      }
      if (body) continue;
      if (ctx_.token(j) == "and" && ctx_.token(j - 1) == ",") --j;
      if (ctx_.token(j) != "," && ctx_.token(j) != "and") continue;
      const TitleSpan& before = ctx_.titles[k - 1];
      const int state = before.anchor >= 0 ? before.anchor : before.list_anchor;
      if (before.sentence != t.sentence || before.person < 0 || state < 0 || ctx_.mentions[before.person].last != j ||
          ctx_.mentions[state].type != EntityType::Country)
        continue;
      t.list_anchor = state;
    }
  }

  // Whether a word before a title, or between it and its anchor, says its
  // holder does not hold it ("Former British Prime Minister X", "the former
  // U.S. envoy X", "Belarusian opposition leader X", but not "Opposition
  // Labour leader X"): SCHEMA.md, call 8.
  bool not_held(const TitleSpan& t) const {
    const std::uint32_t first = ctx_.title_start(t);
    const bool of_state = t.anchor < 0 || ctx_.mentions[t.anchor].type == EntityType::Country;
    const std::uint32_t lo = ctx_.seg.sentences[t.sentence].first;
    for (std::uint32_t k = first >= lo + 2 ? first - 2 : lo; k < t.last; ++k) {
      const std::string w = fold_case(ctx_.token(k));
      if (ctx_.lex.in("former_words", w) || (of_state && ctx_.lex.in("opposition_words", w))) return true;
    }
    return false;
  }

  // "Emirati Foreign Minister A, Bahrain's B, Morocco's C and Egypt's D": a
  // state's title before a list's first person is each later person's, for
  // the state whose possessive opens their item.
  void states_people_after(const TitleSpan& t, const Mention& first) {
    const std::uint32_t end = ctx_.seg.sentences[t.sentence].last;
    std::uint32_t i = first.last;
    if (i + 1 >= end || (ctx_.token(i) != "," && ctx_.token(i) != "and")) return;
    if (ctx_.token(++i) == "and") ++i;
    for (const auto& [person, state] : states_people(ctx_, i, end)) {
      const Mention& p = ctx_.mentions[person];
      const Mention& a = ctx_.mentions[state];
      ctx_.roles.push_back({p.entity, a.entity, anchored_relation(ctx_, t, a), t.role, t.sentence, ctx_.span_of(p),
                            ctx_.span_of(a), "title.premodifier"});
    }
  }

  // The people named after `first` in a list a plural title opens ("U.S.
  // Senators A, B and C": B and C), none for a singular title.
  std::vector<int> listed_after(const TitleSpan& t, const Mention& first) const {
    std::vector<int> out;
    if (!plural_title(t.role)) return out;
    const std::uint32_t end = ctx_.seg.sentences[t.sentence].last;
    for (std::uint32_t i = first.last; i + 1 < end && out.size() < 6;) {
      if (ctx_.token(i) != "," && ctx_.token(i) != "and") break;
      if (ctx_.token(i) == "," && ctx_.token(i + 1) == "and") ++i;
      const int m = ctx_.mention_at[++i];
      if (m < 0) break;
      const Mention& q = ctx_.mentions[static_cast<std::size_t>(m)];
      if (q.first != i || q.type != EntityType::Person || q.kind != MentionKind::Name || q.entity < 0) break;
      out.push_back(m);
      i = q.last;
    }
    return out;
  }

  // "U.S. chief negotiator Stephen Biegun" -> works_for(Biegun, United States);
  // "Secretary of State Mike Pompeo" -> works_for(Pompeo, State Department)
  // when the department is named in the document.
  void title_roles() {
    share_state_along_lists();
    for (const auto& t : ctx_.titles) {
      if (t.person < 0 || not_held(t)) continue;
      const Mention& p = ctx_.mentions[t.person];
      const int d = t.entry.department.empty() ? -1 : ctx_.entity_named(t.entry.department);
      // "Public Enterprises Minister X": a body's name read before a
      // minister's title is the portfolio of the document's ministry that
      // holds its words ("Department of Public Enterprises"), which X heads.
      if (const int ministry = t.anchor >= 0 && ctx_.mentions[t.anchor].type == EntityType::Organization
                                   ? portfolio_ministry(t, name_tokens(ctx_.mentions[t.anchor].canonical))
                                   : -1;
          ministry >= 0 && ministry != ctx_.mentions[t.anchor].entity) {
        ctx_.roles.push_back({p.entity, ministry, RelationType::LeaderOf, t.role, t.sentence, ctx_.span_of(p),
                              ctx_.span_of(p), "title.ministry"});
        continue;
      }
      // "Treasury Secretary X": the anchor is the department, whose role follows.
      if (const int anchor = t.anchor >= 0 ? t.anchor : t.list_anchor;
          anchor >= 0 && ctx_.mentions[anchor].entity != d) {
        const Mention& a = ctx_.mentions[anchor];
        ctx_.roles.push_back({p.entity, a.entity, anchored_relation(ctx_, t, a), t.role, t.sentence, ctx_.span_of(p),
                              ctx_.span_of(a), "title.premodifier"});
        if (a.type == EntityType::Country) states_people_after(t, p);
        // "U.S. Senators A and B": a plural title is each listed name's.
        for (const int q : listed_after(t, p))
          ctx_.roles.push_back({ctx_.mentions[static_cast<std::size_t>(q)].entity, a.entity,
                                anchored_relation(ctx_, t, a), t.role, t.sentence,
                                ctx_.span_of(ctx_.mentions[static_cast<std::size_t>(q)]), ctx_.span_of(a),
                                "title.premodifier"});
      }
      // The secretary heads the department; an assistant or deputy
      // secretary works for it. So does a minister the ministry of their
      // portfolio, when the document names exactly one.
      const RelationType r = department_relation(ctx_, t);
      if (d >= 0)
        ctx_.roles.push_back({p.entity, d, r, t.role, t.sentence, ctx_.span_of(p), ctx_.span_of(p), "title.department"});
      else if (const int ministry = portfolio_ministry(t, {}); ministry >= 0)
        ctx_.roles.push_back({p.entity, ministry, r, t.role, t.sentence, ctx_.span_of(p), ctx_.span_of(p),
                              "title.ministry"});
      else if (const int committee = committee_of_title(t); committee >= 0)
        ctx_.roles.push_back({p.entity, ctx_.mentions[committee].entity, t.entry.relation, t.role, t.sentence,
                              ctx_.span_of(p), ctx_.span_of(ctx_.mentions[committee]), "title.committee"});
      else if (const int house = legislature_of_title(ctx_, t); house >= 0)
        ctx_.roles.push_back({p.entity, house, r, t.role, t.sentence, ctx_.span_of(p), ctx_.span_of(p),
                              "title.legislature"});
      else if (const int company = company_of_title(t); company >= 0)
        ctx_.roles.push_back({p.entity, ctx_.mentions[company].entity, t.entry.relation, t.role, t.sentence,
                              ctx_.span_of(p), ctx_.span_of(ctx_.mentions[company]), "title.company"});
    }
  }

  // "Facebook sent two officials to face the committee, which still wants
  // chief executive Mark Zuckerberg to answer": a company's title
  // (company_titles.txt) with no body of its own, in a sentence that opens
  // with the only body of its own (no committee, state or public body, no
  // body of a state) named before the title: that body's mention, else -1.
  int company_of_title(const TitleSpan& t) const {
    if (t.anchor >= 0 || t.list_anchor >= 0 || !ctx_.lex.in("company_titles", fold_case(t.role))) return -1;
    const std::uint32_t first = ctx_.title_start(t);
    // (Not after a name or a capitalised word, its own company however it
    // was read: "... with Nissan Chief Executive X".)
    if (first > ctx_.seg.sentences[t.sentence].first &&
        (ctx_.seg.tokens[first - 1].capitalized || ctx_.mention_at[first - 1] >= 0))
      return -1;
    int found = -1;
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const Mention& mm = ctx_.mentions[m];
      if (mm.sentence != t.sentence || mm.first >= first || mm.entity < 0 || mm.type != EntityType::Organization ||
          !body_of_its_own(mm.entity) || !ctx_.entities[static_cast<std::size_t>(mm.entity)].country.empty())
        continue;
      if (found >= 0 && ctx_.mentions[static_cast<std::size_t>(found)].entity != mm.entity) return -1;
      if (found < 0) found = static_cast<int>(m);
    }
    return found >= 0 && ctx_.mentions[static_cast<std::size_t>(found)].first ==
                             past_dateline(ctx_.seg.sentences[t.sentence])
               ? found
               : -1;
  }

  // "the House Energy and Commerce Committee, where Chairman Greg Walden
  // ...": a committee's title with no body of its own, in a sentence that
  // names exactly one committee: that committee's mention, else -1.
  int committee_of_title(const TitleSpan& t) const {
    if (t.anchor >= 0 || t.list_anchor >= 0 || !ctx_.lex.in("committee_titles", fold_case(t.role))) return -1;
    // Nothing before the title that could own it: not "audit committee chair
    // X" (another body's), nor "Merck & Co. Chairman X" (a name not read).
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    if (t.first > s.first) {
      const Token& before = ctx_.seg.tokens[t.first - 1];
      const std::string word = fold_case(ctx_.token(t.first - 1));
      if (before.kind == TokenKind::Word && !ctx_.lex.in("function_words", word) &&
          !ctx_.lex.in("clause_conjunctions", word))
        return -1;
    }
    int found = -1;
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const Mention& mm = ctx_.mentions[m];
      if (mm.sentence != t.sentence || mm.entity < 0 || mm.type != EntityType::Organization) continue;
      if (!ctx_.lex.in("committee_heads", body_head(ctx_.entities[mm.entity].name))) continue;
      if (found >= 0 && ctx_.mentions[found].entity != mm.entity) return -1;
      found = static_cast<int>(m);
    }
    return found;
  }

  // The state a body's name opens with ("Chinese Ministry of Foreign
  // Affairs", "North Korean foreign ministry"), or "".
  std::string state_in_name(const std::string& name) const {
    const std::string key = ctx_.lex.key_of(name);
    const auto country = ctx_.lex.country_opening(split(key, ' ')).first;
    return country ? country->canonical : std::string();
  }

  std::size_t states_named() const {
    return static_cast<std::size_t>(std::count_if(ctx_.entities.begin(), ctx_.entities.end(), [](const ContextEntity& x) {
      return x.type == EntityType::Country;
    }));
  }

  // "Defense Minister X" and the document's one "Ministry of National
  // Defense" (or "Turkish defence ministry"): the ministry, else -1. The
  // portfolio's words are the title's before "minister", after `words`
  // (those of a name read before the title).
  int portfolio_ministry(const TitleSpan& t, std::vector<std::string> words) const {
    const auto role = name_tokens(t.role);
    words.insert(words.end(), role.begin(), role.end());
    if (words.size() < 2 || (words.back() != "minister" && words.back() != "secretary")) return -1;
    // The portfolio's words, by their stems: "defense" and "defence" alike.
    std::vector<std::string> portfolio;
    for (std::size_t k = 0; k + 1 < words.size(); ++k)
      if (!ctx_.lex.in("deputy_words", words[k]) && words[k] != "prime" && words[k] != "first")
        portfolio.push_back(words[k].substr(0, 5));
    if (portfolio.empty()) return -1;
    int found = -1;
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
      if (ctx_.entities[e].type != EntityType::Organization) continue;
      const auto name = name_tokens(ctx_.entities[e].name);
      if (std::find(name.begin(), name.end(), "ministry") == name.end() &&
          std::find(name.begin(), name.end(), "department") == name.end())
        continue;
      const bool all = std::all_of(portfolio.begin(), portfolio.end(), [&](const std::string& stem) {
        return std::any_of(name.begin(), name.end(), [&](const std::string& w) { return w.starts_with(stem); });
      });
      if (!all) continue;
      // A ministry whose name carries a state is that state's: not the
      // ministry of another state's minister ("South Korean Foreign Minister
      // X" and "the North Korean foreign ministry"), nor of a minister whose
      // state is not said while the document names others ("Foreign Minister
      // X" beside Russia, North Korea and "South Korea's foreign ministry").
      if (const std::string state = state_in_name(ctx_.entities[e].name); !state.empty()) {
        const int anchor = t.anchor >= 0 ? t.anchor : t.list_anchor;
        const bool anchored = anchor >= 0 && ctx_.mentions[anchor].type == EntityType::Country &&
                              ctx_.mentions[anchor].entity >= 0;
        if (anchored ? ctx_.entities[ctx_.mentions[anchor].entity].name != state : states_named() > 1) continue;
      }
      if (found >= 0) return -1;  // two such ministries: whose is not said
      found = static_cast<int>(e);
    }
    return found;
  }

  Context& ctx_;
  const std::uint32_t lead_;  // lead_sentence(): the sentences do not change here
  std::map<std::string, int> by_key_;
  std::vector<std::pair<std::size_t, std::vector<std::string>>> person_tokens_;
  std::vector<Mention> descriptions_;
  std::vector<std::vector<std::string_view>> words_after_names_;  // per entity
};

}  // namespace

void resolve_entities(Context& ctx) { Resolver(ctx).run(); }

}  // namespace kg::extract
