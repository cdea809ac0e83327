// Finding mentions: lexicon phrases (longest match), title phrases, and
// capitalised name sequences classified by their head words and context.
// Here the finder's run and its loop over a sentence; mention_finder.hpp names
// the files of the rest.
#include "mention_finder.hpp"

#include <algorithm>

#include "context.hpp"
#include "kg/text.hpp"
#include "mention_revisions.hpp"

namespace kg::extract {

namespace {

// "35th", "1st": digits and an ordinal's ending.
bool ordinal_number(std::string_view w) {
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  const std::string_view end = w.substr(d);
  return d > 0 && (end == "st" || end == "nd" || end == "rd" || end == "th");
}

}  // namespace

MentionFinder::MentionFinder(Context& ctx) : ctx_(ctx), lex_(ctx.lex), names_(ctx) {
  folded_.reserve(ctx_.seg.tokens.size());
  for (std::uint32_t i = 0; i < ctx_.seg.tokens.size(); ++i) folded_.push_back(fold_case(ctx_.token(i)));
  collect_lowercase_words();
  // "PG&E", "AT&T" (tokens joined by "&" with no space), "FDIC": three to
  // six capitals.
  for (std::uint32_t i = 0, j = 0; i < ctx_.seg.tokens.size(); i = j > i ? j : i + 1)
    if (std::string capitals = ctx_.joined_capitals(i, static_cast<std::uint32_t>(ctx_.seg.tokens.size()), j); capitals.size() >= 3 && capitals.size() <= 6)
      acronyms_.insert(std::move(capitals));
}

bool MentionFinder::initials_written(std::uint32_t first, std::uint32_t last) const {
  if (acronyms_.empty()) return false;
  std::string initials;
  for (std::uint32_t k = first; k < last; ++k) {
    const std::string& f = folded_token(k);
    if (f == "and" || f == "of" || f == "the" || f == "&") continue;
    if (!ctx_.seg.tokens[k].capitalized) return false;
    initials += ctx_.token(k)[0];
  }
  return acronyms_.contains(initials);
}

// Whether the phrase opening at k has a possessor before it, past words
// that may stand before a leader's title: "its chairman", "the bank's
// interim chief executive".
bool MentionFinder::possessed(std::uint32_t k, const Sentence& s) const {
  while (k > s.first && lex_.in("leader_modifiers", folded_token(k - 1))) --k;
  return k > s.first && (ctx_.possessive(k - 1) || lex_.in("possessive_determiners", folded_token(k - 1)));
}

// "Transportation Secretary X", "Homeland Security Secretary Y": one or two
// capitalised words no mention holds, right before the government title at
// i, are its portfolio (the department it heads: coref.cpp); the finder may
// have read them as a name (not a known one, nor one opening with a first
// name), which is then dropped. Where the title starts: i when there is no
// portfolio, or when it closes a list of them ("Economy, Trade and Industry
// Minister" goes back to its state, coref.cpp; not "On Monday, ...").
std::uint32_t MentionFinder::portfolio_start(std::uint32_t i, std::uint32_t s) {
  const Sentence& sent = ctx_.seg.sentences[s];
  if (i == sent.first) return i;
  auto& ms = ctx_.mentions;
  const bool read = !ms.empty() && ms.back().sentence == s && ms.back().last == i;
  const auto listed = [&](std::uint32_t k) {
    const std::string_view joiner = k > sent.first ? ctx_.token(k - 1) : std::string_view();
    if (joiner == "and" || joiner == "&") return true;
    return joiner == "," && k > sent.first + 1 && ctx_.seg.tokens[k - 2].capitalized &&
           !lex_.in("time_words", folded_token(k - 2)) && !lex_.in("month_names", folded_token(k - 2));
  };
  // An unknown acronym names a body, no portfolio ("NFL Commissioner X",
  // unlike "Transport Secretary X").
  const auto acronym = [&](std::uint32_t k) { return unknown_acronym(ctx_.token(k)); };
  if (read) {
    const Mention& m = ms.back();
    if (m.from_lexicon || m.kind != MentionKind::Name || m.last - m.first > 2 || m.type != EntityType::Person ||
        lex_.first_name(ctx_.token(m.first)) || listed(m.first) || acronym(m.first))
      return i;
    const std::uint32_t first = m.first;
    ms.pop_back();
    return first;
  }
  std::uint32_t k = i;
  while (k > sent.first && i - k < 2 && ctx_.seg.tokens[k - 1].capitalized && !acronym(k - 1) &&
         ctx_.seg.tokens[k - 1].kind == TokenKind::Word && !ctx_.seg.tokens[k - 1].abbreviation &&
         lexicon_at(k - 1, sent).first == 0 && title_at(k - 1, sent).first == 0 &&
         !lex_.in("function_words", folded_token(k - 1)))
    --k;
  return listed(k) ? i : k;
}

void MentionFinder::run() {
  std::vector<std::uint32_t> headlines;
  for (std::uint32_t s = 0; s < ctx_.seg.sentences.size(); ++s) {
    if (boilerplate(s) || ctx_.is_furniture(ctx_.seg.sentences[s].first)) continue;
    if (headline(s)) {
      headlines.push_back(s);
      continue;
    }
    sentence(s);
  }
  for (const auto& m : ctx_.mentions) {
    if (m.from_lexicon) continue;
    known_names_.insert(loose_key(m.surface));
    if (m.type == EntityType::Person && m.kind == MentionKind::Name && m.last - m.first > 1)
      known_surnames_.insert(loose_key(ctx_.token(m.last - 1)));
  }
  in_headline_ = true;
  for (auto s : headlines) sentence(s);
  headlines_ = headlines;
  ctx_.sort_mentions();
  drop_descriptions_of_names(ctx_);
  companies_before_titles(ctx_);
  nicknames(ctx_);
  shared_surnames(ctx_);
  settle_person_types();
  common_word_surnames(ctx_);
  demonym_named_bodies(ctx_);
  demonyms_as_nouns(ctx_);
  short_company_names(ctx_);
  committee_name_tails(ctx_);
  bodies_led_by_people(ctx_);
  bodies_after_people_of(ctx_);
  // Titles in text order too (the headlines' were found last), and each
  // mention's title index follows its title.
  std::vector<std::size_t> order(ctx_.titles.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return ctx_.titles[a].first < ctx_.titles[b].first; });
  std::vector<int> moved(order.size());
  std::vector<TitleSpan> sorted;
  sorted.reserve(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    moved[order[k]] = static_cast<int>(k);
    sorted.push_back(std::move(ctx_.titles[order[k]]));
  }
  ctx_.titles = std::move(sorted);
  for (Mention& m : ctx_.mentions)
    if (m.title >= 0) m.title = moved[static_cast<std::size_t>(m.title)];
}

void MentionFinder::sentence(std::uint32_t s) {
  const Sentence& sent = ctx_.seg.sentences[s];
  int pending_title = -1;  // a title just before: the next name is a person
  bool after_by = false;   // "By Jennie Oh", "Photo by Stephen Shaver"
  std::uint32_t honorific_end = 0;  // the token after "Mr", "Ms": "Mr Lavrov", "Ms Stevens"
  std::uint32_t party_end = 0;      // the token after a party adjective: "Republican Todd Young"
  Gender honorific = Gender::Unknown;
  for (std::uint32_t i = sent.first; i < sent.last;) {
    const std::string_view w = ctx_.token(i);
    if (ctx_.is_furniture(i)) {  // a credit or a dateline's agency
      ++i;
      pending_title = -1;
      after_by = false;
      continue;
    }
    // "Republican Todd Young", "Tory MP Jane Roe": a party adjective before a
    // name or title is not a mention of the party (SCHEMA.md, judgement call 6).
    // Nor is one alone, the lexicon's names aside ("the Kentucky Republican
    // who chairs ...", "Republican leader X"; "Labour" names the party).
    // "the Christian Democrat MP": a first name between an article and a
    // party adjective, before a title or a lower-case word, is part of the
    // party's adjective, no person's name.
    // (A first name only: "the Idaho Republican" names the state.)
    if (ctx_.seg.tokens[i].capitalized && i > sent.first && i + 2 < sent.last && lex_.first_name(w) &&
        !lexicon_at(i, sent).first && lex_.in("articles", title_case(folded_token(i - 1))) &&
        lex_.in("party_adjectives", ctx_.token(i + 1)) &&
        (title_at(i + 2, sent).first > 0 || !ctx_.seg.tokens[i + 2].capitalized)) {
      party_end = i + 2;
      i += 2;
      continue;
    }
    if (lex_.in("party_adjectives", w) && name_run(i, sent) == i + 1 && !lexicon_at(i, sent).first) {
      party_end = i + 1;
      ++i;
      continue;
    }
    if (lex_.in("party_adjectives", w) && i + 1 < sent.last && ctx_.seg.tokens[i + 1].capitalized) {
      const std::uint32_t run = name_run(i + 1, sent);
      const bool title = title_at(i + 1, sent).first > 0;
      // (A head anywhere in the name makes it a body's: "Democratic Party of Korea".)
      const auto headed = [&] {
        const std::uint32_t end = extend_org(i + 1, run, sent);
        for (std::uint32_t k = i + 1; k < end; ++k)
          if (org_head(ctx_.token(k))) return true;
        return false;
      };
      if (title || (run > i + 1 && !headed() && !lexicon_at(i + 1, sent).first)) {
        party_end = i + 1;
        ++i;
        continue;
      }
    }
    // Lexicon phrases first: countries, bodies, places (not a place's name
    // that is a person's first name, as right after a person's title:
    // "Defence Minister Sydney Keller").
    const bool after_title = pending_title >= 0 && ctx_.titles[static_cast<std::size_t>(pending_title)].sentence == s &&
                             ctx_.titles[static_cast<std::size_t>(pending_title)].last == i;
    // (Nor a one-word place or capital, not a state's own name, that is the
    // surname of a person the document named before with a cue (a first
    // name, a title: not "the South Pacific" read as a name), or that an
    // honorific precedes: "Muscat said" and "Mr Muscat" after "Joseph Muscat".)
    const auto surname_of_person = [&](std::uint32_t n, const PhraseEntry& e) {
      if (n != 1 || (e.kind != PhraseKind::Capital && e.type != EntityType::Location) ||
          !ctx_.seg.tokens[i].capitalized)
        return false;
      const bool honored = i > sent.first && lex_.in("honorifics", ctx_.token(i - 1));
      return (honored || word_of_person_before(ctx_.token(i), /*last_only=*/true, /*cued=*/true)) &&
             (i + 1 >= sent.last || !name_word(i + 1, sent));
    };
    if (auto [n, entries] = lexicon_at(i, sent);
        n && !first_name_of_person(i, n, sent, after_title) && !surname_of_person(n, entries->front())) {
      const PhraseEntry& e = entries->front();
      // "Rio" after "Rio Tinto": a place's one-word name that opens the name
      // of a body the document wrote before is that body, not the place.
      // (Not after a preposition only places take: "a speech in Shanghai"
      // after "the Shanghai Stock Exchange".)
      if (n == 1 && e.type == EntityType::Location && !in_headline_ &&
          (i + 1 >= sent.last || !ctx_.seg.tokens[i + 1].capitalized) &&
          (i == sent.first || !lex_.in("place_only_prepositions", ctx_.token(i - 1))))
        if (const Mention* longer = opened_body(i, i + 1); longer != nullptr) {
          add(s, i, i + 1, EntityType::Organization, MentionKind::Name, longer->canonical, false);
          ++i;
          pending_title = -1;
          continue;
        }
      // "the South American country", "Eastern European states": a region's
      // adjective, not the state's demonym ("North Korean" is a lexicon
      // phrase of its own, found at "North").
      if (e.kind == PhraseKind::Demonym && i > sent.first && ctx_.seg.tokens[i - 1].capitalized &&
          lex_.in("region_words", ctx_.token(i - 1))) {
        // (The region word taken for a name of its own goes too.)
        if (!ctx_.mentions.empty() && ctx_.mentions.back().first == i - 1 && ctx_.mentions.back().last == i)
          ctx_.mentions.pop_back();
        i += n;
        pending_title = -1;
        continue;
      }
      // "the US Securities and Exchange Commission", "Britain's ... the
      // British Financial Conduct Authority": a state's name or demonym
      // right before a body of that state the lexicon knows is that body.
      if (e.type == EntityType::Country && !in_headline_)
        if (const auto [m, body] = lexicon_at(i + n, sent);
            m > 0 && body->front().type == EntityType::Organization && body->front().country == e.canonical) {
          add(s, i, i + n + m, EntityType::Organization, MentionKind::Name, body->front().canonical, true);
          i += n + m;
          pending_title = -1;
          continue;
        }
      // A lexicon place or country followed by an event head: "Singapore summit".
      if (i + n < sent.last && lex_.in("event_heads", ctx_.token(i + n)) &&
          (e.type == EntityType::Location || e.kind == PhraseKind::Capital || e.type == EntityType::Country) &&
          e.kind != PhraseKind::Demonym && !second_of_pair(i, sent)) {
        add(s, i, i + n + 1, EntityType::Event, MentionKind::Name, "", false);
        i += n + 1;
        pending_title = -1;
        continue;
      }
      // "the Libya sanctions committee", "the council's Iran committee": a
      // committee named after a state, past a subject in lower case, is a
      // body, not the state.
      if (e.type == EntityType::Country && e.kind != PhraseKind::Demonym && i > sent.first &&
          (folded_token(i - 1) == "the" || ctx_.possessive(i - 1))) {
        std::uint32_t j = i + n;
        if (j + 1 < sent.last && !ctx_.seg.tokens[j].capitalized &&
            (lex_.in("committee_subjects", ctx_.token(j)) || lex_.in("sanction_nouns", ctx_.token(j))))
          ++j;
        if (j < sent.last && !ctx_.seg.tokens[j].capitalized && lex_.in("committee_heads", ctx_.token(j))) {
          add(s, i, j + 1, EntityType::Organization, MentionKind::Name, "", false);
          i = j + 1;
          pending_title = -1;
          continue;
        }
      }
      // "American Airlines", "Turkish Airlines": a demonym and a company word name a company;
      // not a portfolio before a government title ("Saudi Energy Minister X").
      if (e.kind == PhraseKind::Demonym && i + n < sent.last && ctx_.seg.tokens[i + n].capitalized &&
          lex_.in("org_words", ctx_.token(i + n)) && name_run(i + n, sent) == i + n + 1 &&
          !portfolio_before_title(i + n, sent)) {
        add(s, i, i + n + 1, EntityType::Organization, MentionKind::Name, "", false);
        i += n + 1;
        continue;
      }
      // "Russia's Security Council": the state's own body the lexicon knows
      // as "Russian Security Council", not the body the bare name is.
      if (e.type == EntityType::Organization && i >= sent.first + 2 && ctx_.possessive(i - 1) &&
          !ctx_.mentions.empty() && ctx_.mentions.back().last == i - 1 &&
          ctx_.mentions.back().type == EntityType::Country)
        if (const auto* own = lex_.phrase(lex_.key_of(lex_.demonym_of(ctx_.mentions.back().canonical) + " " +
                                                        std::string(ctx_.span_text(i, i + n))));
            own && own->front().type == EntityType::Organization && own->front().canonical != e.canonical) {
          add(s, i, i + n, EntityType::Organization, MentionKind::Name, own->front().canonical, true);
          i += n;
          continue;
        }
      // "the House Republican Conference", "the Senate Democratic Caucus": a
      // chamber, a party adjective and a caucus word (words/caucus_heads.txt)
      // name the party's caucus in the chamber.
      if (e.type == EntityType::Organization && i + n + 1 < sent.last &&
          lex_.in("legislature_heads", folded_token(i + n - 1)) && lex_.in("party_adjectives", ctx_.token(i + n)) &&
          lex_.in("caucus_heads", folded_token(i + n + 1))) {
        add(s, i, i + n + 2, EntityType::Organization, MentionKind::Name, "", false);
        i += n + 2;
        continue;
      }
      const MentionKind kind = mention_kind(e.kind);
      // An outlet or body named after a lexicon name: "KBS World Radio News",
      // "Capitol Desk"; a corporate suffix keeps the entity: "Facebook Inc".
      if (e.type == EntityType::Organization && !in_headline_)
        if (const std::uint32_t end = chamber_committees(s, i, n, sent); end > i + n) {
          i = end;
          continue;
        }
      // "Washington state": a place head in lower case makes a lexicon name a place.
      if ((e.type == EntityType::Location || e.kind == PhraseKind::Capital) && i + n < sent.last &&
          !ctx_.seg.tokens[i + n].capitalized && lex_.in("state_heads", ctx_.token(i + n))) {
        add(s, i, i + n + 1, EntityType::Location, MentionKind::Name, "", false);
        i += n + 1;
        continue;
      }
      // "the Hong Kong government", "the Scottish government" is a body of
      // that place, not the place (a state's government is the state).
      if (e.type == EntityType::Location && e.kind == PhraseKind::Name && i + n < sent.last &&
          ctx_.token(i + n) == "government") {
        add(s, i, i + n + 1, EntityType::Organization, MentionKind::Name, "", false);
        i += n + 1;
        continue;
      }
      // "Cambridge Analytica": a place's name and a name word is a body.
      if (e.type == EntityType::Location && e.kind == PhraseKind::Name && !in_headline_ &&
          named_after_place(i + n, sent)) {
        add(s, i, i + n + 1, EntityType::Organization, MentionKind::Name, "", false);
        i += n + 1;
        continue;
      }
      // "Volkswagen UK", "Vodafone Germany": a company's national arm, one
      // body, not the company and a state (a state's name right after a
      // company's, no comma between and no name going on after it; not a
      // capital: "Reuters Moscow correspondent X" is where the post is).
      if (e.type == EntityType::Organization && e.kind == PhraseKind::Name && !in_headline_)
        if (const auto [m, state] = lexicon_at(i + n, sent);
            m > 0 && state->front().type == EntityType::Country && state->front().kind == PhraseKind::Name &&
            (i + n + m >= sent.last || !name_word(i + n + m, sent))) {
          add(s, i, i + n + m, EntityType::Organization, MentionKind::Name, "", false);
          i += n + m;
          continue;
        }
      if (e.kind != PhraseKind::Demonym && e.type != EntityType::Person && !in_headline_) {
        const std::uint32_t run = extend_org(i + n, name_run(i + n, sent), sent, n);
        if (run == i + n + 1 && e.type == EntityType::Organization && lex_.in("corporate_suffixes", ctx_.token(i + n))) {
          add(s, i, run, e.type, MentionKind::Name, e.canonical, true);
          i = run;
          continue;
        }
        // "Chicago Department of Aviation": the head may come before "of".
        // "Iran Air": a state's name and one company word (org_words.txt).
        // "the Kenya Kwanza coalition": a state's name opening a run that a
        // lower-case noun for a body follows (body_nouns.txt).
        const bool body_noun_after = e.type == EntityType::Country && run < sent.last &&
                                     !ctx_.seg.tokens[run].capitalized && lex_.in("body_nouns", ctx_.token(run));
        // "Tokyo Electric Power Co.": a company's legal form after the run.
        if (run > i + n && run < sent.last && lex_.in("corporate_suffixes", ctx_.token(run))) {
          add(s, i, run + 1, EntityType::Organization, MentionKind::Name, "", false);
          i = run + 1;
          continue;
        }
        // ("Raytheon Missiles & Defense": words joined by "&" are a firm's.)
        bool ampersand = false;
        for (std::uint32_t k = i + n; k < run && !ampersand; ++k) ampersand = ctx_.token(k) == "&";
        if (run > i + n && (org_head(ctx_.token(run - 1)) || ampersand || initials_written(i, run) ||
                            (run > i + n + 2 && classify(i + n, run) == EntityType::Organization) ||
                            (run == i + n + 1 && e.type == EntityType::Country && lex_.in("org_words", ctx_.token(i + n))) ||
                            body_noun_after)) {
          add(s, i, run, EntityType::Organization, MentionKind::Name, "", false);
          i = run;
          continue;
        }
        // "China International Import Expo": a place's name opening an
        // event's is the event's.
        if (run > i + n + 1 && e.kind != PhraseKind::Demonym &&
            (e.type == EntityType::Location || e.type == EntityType::Country) &&
            classify(i + n, run) == EntityType::Event) {
          add(s, i, run, EntityType::Event, MentionKind::Name, "", false);
          i = run;
          continue;
        }
        // "Sony Pictures" after "Sony Pictures Entertainment": the opening
        // words of a longer body's name the document wrote before are that body.
        if (run > i + n && e.type == EntityType::Organization)
          if (const Mention* longer = opened_body(i, run); longer != nullptr) {
            add(s, i, run, EntityType::Organization, MentionKind::Name, longer->canonical, false);
            i = run;
            continue;
          }
        // "the Hart Senate Office Building": a building named after the body, not the body.
        if (run > i + n && lex_.in("location_heads", ctx_.token(run - 1)) && e.type == EntityType::Organization) {
          i = run;
          continue;
        }
      }
      // "the Nepali Congress": a state's body named with another state's
      // demonym right before it is that state's own body of the name.
      if (e.type == EntityType::Organization && e.kind == PhraseKind::Name && !e.country.empty() && i > sent.first &&
          !ctx_.mentions.empty() && ctx_.mentions.back().sentence == s && ctx_.mentions.back().last == i &&
          ctx_.mentions.back().kind == MentionKind::Demonym && ctx_.mentions.back().canonical != e.country) {
        const std::uint32_t first = ctx_.mentions.back().first;
        ctx_.mentions.pop_back();
        add(s, first, i + n, EntityType::Organization, MentionKind::Name, "", false);
        i += n;
        continue;
      }
      // "the European Council building": a body's building is a place.
      if (e.type == EntityType::Organization && e.kind == PhraseKind::Name && i + n < sent.last &&
          !ctx_.seg.tokens[i + n].capitalized && lex_.in("building_heads", ctx_.token(i + n))) {
        add(s, i, i + n + 1, EntityType::Location, MentionKind::Name, "", false);
        i += n + 1;
        continue;
      }
      // "Moscow's foreign ministry", "China's foreign ministry", "the Chinese
      // foreign ministry", "Iran's central bank", "Cuba's Foreign Ministry"
      // (not in the lexicon): a state's ministry or institution, named with
      // its demonym.
      if (e.type == EntityType::Country && !in_headline_) {
        std::uint32_t j = i + n;
        if (j < sent.last && is_possessive_s(ctx_.token(j))) ++j;
        std::uint32_t k = past_ministry_modifiers(j, sent);
        // "Cuba's Foreign Ministry": a capitalised ministry the lexicon does
        // not know, named with the demonym too.
        if (j > i + n && j + 1 < sent.last && ctx_.seg.tokens[j].capitalized) {
          std::uint32_t end = j;
          while (end < sent.last && end - j < 4 && ctx_.seg.tokens[end].capitalized &&
                 ctx_.seg.tokens[end].kind == TokenKind::Word && !lex_.in("ministry_heads", folded_token(end)))
            ++end;
          if (end < sent.last && end > j && lex_.in("ministry_heads", folded_token(end)) &&
              ctx_.seg.tokens[end].capitalized && !lexicon_at(j, sent).first) {
            add(s, i, i + n, e.type, mention_kind(e.kind), e.canonical, true);
            add(s, j, end + 1, EntityType::Organization, MentionKind::Name,
                lex_.demonym_of(e.canonical) + " " + std::string(ctx_.span_text(j, end + 1)), false);
            i = end + 1;
            continue;
          }
        }
        // "the Greek parliament", "Lebanon's Parliament": the state's assembly,
        // named with its demonym (words/state_assemblies.txt).
        if (j < sent.last && lex_.in("state_assemblies", folded_token(j))) {
          add(s, i, j + 1, EntityType::Organization, MentionKind::Name,
              lex_.demonym_of(e.canonical) + " " + std::string(ctx_.span_text(j, j + 1)), false);
          i = j + 1;
          continue;
        }
        // "the commander of Colombia's armed forces": the state's forces,
        // named with its demonym, when a title's "of" holds them
        // (words/state_forces.txt); acting, "until the Peruvian armed forces
        // withdraw", they are the state.
        const bool titled = i >= sent.first + 2 && folded_token(i - 1) == "of" &&
                            lex_.title(folded_token(i - 2)) != nullptr;
        if (titled && j + 2 <= sent.last && !ctx_.seg.tokens[j].capitalized && !ctx_.seg.tokens[j + 1].capitalized &&
            lex_.in("state_forces", fold_case(ctx_.span_text(j, j + 2)))) {
          add(s, i, j + 2, EntityType::Organization, MentionKind::Name,
              lex_.demonym_of(e.canonical) + " " + title_case(ctx_.token(j)) + " " + title_case(ctx_.token(j + 1)),
              false);
          i = j + 2;
          continue;
        }
        // ... or its central bank (words/state_institutions.txt).
        const bool institution = j + 2 <= sent.last && !ctx_.seg.tokens[j].capitalized &&
                                 !ctx_.seg.tokens[j + 1].capitalized &&
                                 lex_.in("state_institutions", fold_case(ctx_.span_text(j, j + 2)));
        if (institution) k = j + 1;
        if (k < sent.last && k > j && !ctx_.seg.tokens[k].capitalized &&
            (institution || lex_.in("ministry_heads", ctx_.token(k)))) {
          // (An institution by its formal name, "Central Bank of Iran", or the
          // lexicon's for that name: "Bank of Russia".)
          add(s, i, k + 1, EntityType::Organization, MentionKind::Name,
              institution ? institution_name(j, e.canonical)
                          : lex_.demonym_of(e.canonical) + " " + std::string(ctx_.span_text(j, k + 1)),
              false);
          i = k + 1;
          continue;
        }
      }
      // "the Geneva Agreement": a lexicon name inside a non-entity name.
      if (i + n < sent.last && ctx_.seg.tokens[i + n].capitalized && lex_.in("non_entity_heads", ctx_.token(i + n))) {
        i += n + 1;
        continue;
      }
      // "the 35th Asean Summit": a body's name before a capitalised event
      // head names the event, with its ordinal.
      if (i + n < sent.last && e.type == EntityType::Organization && ctx_.seg.tokens[i + n].capitalized &&
          lex_.in("event_heads", ctx_.token(i + n))) {
        const bool ordinal = i > sent.first && ordinal_number(ctx_.token(i - 1));
        add(s, ordinal ? i - 1 : i, i + n + 1, EntityType::Event, MentionKind::Name, "", false);
        i += n + 1;
        continue;
      }
      // "the Democratic Party of Struggle": a known body's name going on
      // through "of" to capitalised words no lexicon knows is another body's
      // (not "of Korea", "of Virginia": the known name's state or place).
      if (e.type == EntityType::Organization && i + n + 1 < sent.last && ctx_.token(i + n) == "of" &&
          ctx_.seg.tokens[i + n + 1].capitalized && lexicon_at(i + n + 1, sent).first == 0) {
        const std::uint32_t run = name_run(i + n + 1, sent);
        if (run > i + n + 1 && (run == sent.last || !ctx_.seg.tokens[run].capitalized)) {
          add(s, i, run, EntityType::Organization, MentionKind::Name, "", false);
          i = run;
          continue;
        }
      }
      // "the Iraq inquiry", "the Iraq Inquiry": a state's name after "the"
      // and before an inquiry's head names the inquiry into it, a body.
      if (e.type == EntityType::Country && i > sent.first && folded_token(i - 1) == "the") {
        std::uint32_t head = i + n;
        if (head + 1 < sent.last && lex_.in("inquiry_modifiers", folded_token(head))) ++head;
        if (head < sent.last && lex_.in("inquiry_heads", folded_token(head))) {
          add(s, i, head + 1, EntityType::Organization, MentionKind::Name, "", false);
          i = head + 1;
          continue;
        }
      }
      add(s, i, i + n, e.type, kind, e.canonical, true);
      i += n;
      continue;  // a title may follow ("North Korean leader")
    }
    // "the King Commission": a capitalised title word before a body's head
    // word opens the body's name, no title.
    // So does one before a capitalised portfolio word that no name follows:
    // "the Armed Forces General Staff"; and one before a short run of
    // capitalised words that a body's head word ends, with no first name to
    // open a person's, and no capitalised word after it: "General Bank", "the
    // rival General National Congress" (not "Chief Cabinet Secretary X").
    const auto names_body = [&](std::uint32_t n) {
      const std::uint32_t next = i + n;
      if (!ctx_.seg.tokens[i].capitalized || next >= sent.last || !ctx_.seg.tokens[next].capitalized) return false;
      const bool portfolio = lex_.in("title_complements", ctx_.token(next)) &&
                             (next + 1 == sent.last || !ctx_.seg.tokens[next + 1].capitalized);
      if (portfolio || (lex_.in("org_heads", ctx_.token(next)) && i > sent.first && folded_token(i - 1) == "the"))
        return true;
      const std::uint32_t run = name_run(next, sent);
      return run > next && run - next <= 3 && (run == sent.last || !ctx_.seg.tokens[run].capitalized) &&
             org_head(ctx_.token(run - 1)) && !lex_.first_name(ctx_.token(next)) && lexicon_at(next, sent).first == 0;
    };
    // "the Prime Minister's Office", "the Attorney General's Office": a
    // capitalised title's possessive before a body's head word names the body.
    const auto names_office = [&](std::uint32_t n) {
      return ctx_.seg.tokens[i].capitalized && i + n + 1 < sent.last && ctx_.possessive(i + n) &&
             ctx_.seg.tokens[i + n + 1].capitalized && org_head(ctx_.token(i + n + 1));
    };
    const auto title_here = title_at(i, sent);
    if (const std::uint32_t n = title_here.first; n && names_office(n)) {
      add(s, i, i + n + 2, EntityType::Organization, MentionKind::Name, "", false);
      i += n + 2;
      continue;
    }
    if (auto [n, title] = title_here; n && !names_body(n)) {
      TitleSpan t;
      t.sentence = s;
      t.first = i;
      // "British Energy Secretary X": a capitalised portfolio word between a
      // state and a government title is the title's, not a body.
      if (i > sent.first + 1 && ctx_.seg.tokens[i - 1].capitalized &&
          lex_.in("government_titles", fold_case(ctx_.token(i + n - 1)))) {
        auto& ms = ctx_.mentions;
        // (Two or more words too, which the finder may take for a person's
        // name: "Canadian Foreign Affairs Minister X".)
        const bool portfolio_body = !ms.empty() && ms.back().last == i && ms.back().first + 3 >= i &&
                                    ms.back().sentence == s && !ms.back().from_lexicon &&
                                    (ms.back().type == EntityType::Organization ||
                                     (ms.back().type == EntityType::Person && ms.back().first + 1 < i));
        const std::uint32_t portfolio = portfolio_body ? ms.back().first : i - 1;
        const std::size_t before = ms.size() - (portfolio_body ? 1 : 0);
        // (Or a known body: "EU Trade Commissioner X".)
        const auto state_or_known_body = [&](const Mention& m) {
          return m.type == EntityType::Country || (m.type == EntityType::Organization && m.from_lexicon);
        };
        if (before > 0 && ms[before - 1].last == portfolio && state_or_known_body(ms[before - 1]) &&
            ms[before - 1].sentence == s) {
          if (portfolio_body) ms.pop_back();
          t.first = portfolio;
        }
      }
      // "Transportation Secretary X": a portfolio no list knows.
      if (t.first == i && lex_.in("government_titles", fold_case(ctx_.token(i + n - 1))))
        t.first = portfolio_start(i, s);
      t.role = fold_case(ctx_.span_text(t.first, i + n));
      t.entry = *title;
      std::uint32_t end = i + n;
      end = complement(end, sent);
      // "Minister of State Security X": the title "minister of state" with
      // the rest of a portfolio after it.
      if (end == i + n && t.role.ends_with(" of state"))
        while (end + 1 < sent.last && ctx_.seg.tokens[end].capitalized && lex_.in("title_complements", ctx_.token(end)))
          ++end;
      t.last = end;
      // "international justice director at X", "its evidence leader", "the
      // majority leader": a director or leader of a field the lower-case word
      // before names works for the body (not "acting director", nor "party
      // leader", "opposition leader": the body or side led, nor "the
      // billionaire leader": the person).
      if (t.entry.relation == RelationType::LeaderOf && (t.role == "director" || t.role == "leader") &&
          i > sent.first && ctx_.seg.tokens[i - 1].kind == TokenKind::Word && !ctx_.seg.tokens[i - 1].capitalized) {
        const std::string before = folded_token(i - 1);
        if (!lex_.in("function_words", before) && !lex_.in("former_words", before) &&
            !lex_.in("leader_modifiers", before) && !lex_.in("deputy_words", before) &&
            !lex_.in("title_modifiers", before) && !lex_.in("speech_verbs", before) &&
            !lex_.in("person_epithets", before) &&
            !(t.role == "leader" && (lex_.in("body_nouns", before) || lex_.in("opposition_words", before) ||
                                     ctx_.possessive(i - 1))))
          t.entry.relation = RelationType::WorksFor;
      }
      // "the assistant general secretary of X", "Deputy Governor X": a deputy
      // word before a title (mention_lookups.cpp) makes a deputy, not the
      // head, unless the titles list holds the whole ("first vice president").
      if (t.entry.relation == RelationType::LeaderOf && t.role.find(' ') != std::string::npos &&
          lex_.in("deputy_words", std::string_view(t.role).substr(0, t.role.find(' '))) && lex_.title(t.role) == nullptr)
        t.entry.relation = RelationType::WorksFor;
      // "its managing director of networks", "head of sales": who heads a
      // part of the body works for it (not "head of state", nor "chief
      // executive of parent company Alphabet").
      if (t.entry.relation == RelationType::LeaderOf && end == i + n && end + 1 < sent.last &&
          (ctx_.token(end) == "of" || ctx_.token(end) == "for")) {
        // (A word of the whole state ends it, "head of government", unless a
        // noun follows it: "director of government affairs" is a field.)
        const auto lower_word = [&](std::uint32_t x) {
          return x < sent.last && !ctx_.seg.tokens[x].capitalized && ctx_.seg.tokens[x].kind == TokenKind::Word &&
                 !lex_.in("function_words", ctx_.token(x));
        };
        std::uint32_t k = end + 1;
        while (lower_word(k) && (!lex_.in("whole_state_words", ctx_.token(k)) || lower_word(k + 1))) ++k;
        if (k > end + 1 && (k == sent.last || !ctx_.seg.tokens[k].capitalized))
          t.entry.relation = RelationType::WorksFor;
      }
      // "chief technical pilot", "chief technology and information officer":
      // a modifying title before lower-case words that are no title names a
      // post under the body's head (works_for), and the post goes on to them
      // (not through a past verb: "the Apple chief visited Cork").
      if (lex_.in("title_modifiers", t.role) && end == i + n && end < sent.last &&
          ctx_.seg.tokens[end].kind == TokenKind::Word && !ctx_.seg.tokens[end].capitalized &&
          !lex_.in("function_words", folded_token(end)) && title_at(end, sent).first == 0) {
        std::uint32_t k = end;
        while (k < sent.last && k < end + 4 && ctx_.seg.tokens[k].kind == TokenKind::Word &&
               !ctx_.seg.tokens[k].capitalized && !ctx_.token(k).ends_with("ed") &&
               (k == end || ctx_.token(k) == "and" || !lex_.in("function_words", folded_token(k))))
          ++k;
        if (k < sent.last && (ctx_.token(k) == "," || ctx_.seg.tokens[k].capitalized)) {
          t.entry.relation = RelationType::WorksFor;
          t.last = end = k;
          t.role = fold_case(ctx_.span_text(t.first, k));
        }
      }
      // "chief economist": the title before only modifies this one; so does
      // a lone deputy word ("Deputy Governor X": a deputy, not the head).
      if (!ctx_.titles.empty()) {
        const TitleSpan& before = ctx_.titles.back();
        if (before.sentence == s && before.last == t.first && before.person < 0) {
          const bool modifier = !ctx_.seg.tokens[t.first].capitalized && lex_.in("title_modifiers", before.role);
          const bool deputy = lex_.in("deputy_words", before.role) && lex_.title(before.role + " " + t.role) == nullptr;
          if (modifier || deputy) {
            if (deputy) t.entry.relation = RelationType::WorksFor;
            t.first = before.first;
            t.role = before.role + " " + t.role;
            ctx_.titles.pop_back();
          }
        }
      }
      ctx_.titles.push_back(t);
      pending_title = static_cast<int>(ctx_.titles.size()) - 1;
      i = end;
      continue;
    }
    // A body written in lower case from token `from` on (body_mentions.cpp),
    // its mention opened at `chamber` when a chamber's words stand before it
    // (its name opening with them when `named`; a mention of the chamber
    // found already is the body's); whether there was one.
    const auto lowercase_body_at = [&](std::uint32_t from, std::uint32_t chamber, bool named) {
      const bool chamber_found =
          chamber < from && !ctx_.mentions.empty() && ctx_.mentions.back().first == chamber && ctx_.mentions.back().last == from;
      const std::uint32_t end = lowercase_body(from, sent);
      if (end == from) return false;
      if (chamber < from) {
        Mention body = std::move(ctx_.mentions.back());  // the chamber's words are the body's too
        ctx_.mentions.pop_back();
        if (chamber_found) ctx_.mentions.pop_back();
        body.first = chamber;
        body.surface = std::string(ctx_.span_text(body.first, body.last));
        if (named) body.canonical = std::string(ctx_.span_text(chamber, from)) + " " + body.canonical;
        ctx_.mentions.push_back(std::move(body));
      }
      i = end;
      pending_title = -1;
      return true;
    };
    const bool the = fold_case(w) == "the";
    const bool lower_next = i + 1 < sent.last && !ctx_.seg.tokens[i + 1].capitalized;
    if (the && lower_next && lowercase_body_at(i + 1, i + 1, false)) continue;
    // "the Commons business and trade committee": the chamber's word before
    // a committee written in lower case (words/committee_chambers.txt).
    if (the && i + 2 < sent.last && lex_.in("committee_chambers", ctx_.token(i + 1)) &&
        !ctx_.seg.tokens[i + 2].capitalized && lowercase_body_at(i + 2, i + 1, false))
      continue;
    // "the National Assembly's special committee on the Choi scandal": a
    // body written in lower case after a body's possessive.
    // (A committee's name holds its chamber's: "National Assembly Foreign
    // Affairs Committee".)
    // (Not an anaphor's words: "the parliament's finance committee" is the
    // Finance Committee when no parliament is named.)
    if (ctx_.possessive(i) && lower_next && !ctx_.mentions.empty() && ctx_.mentions.back().last == i &&
        ctx_.mentions.back().type == EntityType::Organization) {
      const bool named_owner = ctx_.mentions.back().kind == MentionKind::Name;
      const std::string owner = ctx_.mentions.back().canonical;
      if (lowercase_body_at(i + 1, i + 1, false)) {
        Mention& body = ctx_.mentions.back();
        if (named_owner && committee_head(last_word(body.canonical)) && !body.canonical.starts_with(owner))
          body.canonical = owner + " " + body.canonical;
        continue;
      }
    }
    // "the Senate committee on women and children": a committee of the
    // legislature named before it, by the lower-case subjects after "on";
    // its name holds the chamber's ("Senate Committee on Women and Children").
    if (the && i + 3 < sent.last && ctx_.seg.tokens[i + 1].capitalized &&
        lex_.in("legislature_heads", folded_token(i + 1)) && !ctx_.seg.tokens[i + 2].capitalized &&
        committee_head(ctx_.token(i + 2)) && ctx_.token(i + 3) == "on" && lowercase_body_at(i + 2, i + 1, true))
      continue;
    // "a Bundestag committee of inquiry": a legislature's committee named by its kind.
    if ((the || fold_case(w) == "a") && i + 4 < sent.last && ctx_.seg.tokens[i + 1].capitalized &&
        lex_.in("legislature_heads", folded_token(i + 1)) && !ctx_.seg.tokens[i + 2].capitalized &&
        committee_head(ctx_.token(i + 2)) && ctx_.token(i + 3) == "of" && lex_.in("committee_kinds", folded_token(i + 4))) {
      add(s, i + 1, i + 5, EntityType::Organization, MentionKind::Name,
          std::string(ctx_.token(i + 1)) + " " + title_case(ctx_.token(i + 2)) + " of " + title_case(ctx_.token(i + 4)),
          false);
      i = i + 5;
      pending_title = -1;
      continue;
    }
    // "the House of Representatives committee on the NDDC": a committee
    // written in lower case after a legislature's name of several words.
    if (!ctx_.mentions.empty() && ctx_.mentions.back().last == i && !ctx_.seg.tokens[i].capitalized &&
        ctx_.mentions.back().type == EntityType::Organization && ctx_.mentions.back().last - ctx_.mentions.back().first > 1 &&
        lex_.in("legislature_heads", fold_case(ctx_.token(i - 1))) && committee_head(w) && i + 1 < sent.last &&
        ctx_.token(i + 1) == "on" && lowercase_body_at(i, ctx_.mentions.back().first, true))
      continue;
    // "received her.", "urged her to": "her" as an object, not a possessive before a noun.
    const bool object_her = fold_case(w) == "her" &&
                            (i + 1 >= sent.last || ctx_.seg.tokens[i + 1].kind == TokenKind::Punct ||
                             lex_.in("function_words", folded_token(i + 1)));
    // "called for her resignation": the one asked; "his talks with X": one
    // who met; "froze her assets": the one sanctioned.
    const bool possessor_named = (fold_case(w) == "his" || fold_case(w) == "her") && i + 1 < sent.last &&
                                 (lex_.in("possessed_acts", folded_token(i + 1)) ||
                                  lex_.in("possessed_meetings", folded_token(i + 1)) ||
                                  lex_.in("possessed_holdings", folded_token(i + 1)));
    // "Vice Premier He Lifeng": a capitalised pronoun right after a title,
    // before a capitalised word, is a family name.
    const bool family_name = pending_title >= 0 && ctx_.titles[pending_title].last == i && i > sent.first &&
                             ctx_.seg.tokens[i].capitalized && i + 1 < sent.last &&
                             ctx_.seg.tokens[i + 1].capitalized && ctx_.seg.tokens[i + 1].kind == TokenKind::Word;
    if (family_name && lex_.in("pronouns", w)) {
      if (const std::uint32_t run = name_run(i + 1, sent); run > i + 1) {
        add(s, i, run, EntityType::Person, MentionKind::Name, "", false);
        Mention& m = ctx_.mentions.back();
        m.by_context = m.person_cue = true;
        m.title = pending_title;
        i = run;
        pending_title = -1;
        continue;
      }
    }
    // "China reacted angrily. Its foreign ministry said ...": a state's
    // ministry named with "its" for the state named last, in its sentence or
    // the two before, as "China's foreign ministry" would be.
    if ((w.size() == 3 || w.size() == 5) && i + 2 < sent.last && (fold_case(w) == "its" || fold_case(w) == "their")) {
      const std::uint32_t k = past_ministry_modifiers(i + 1, sent);
      const Mention* state = nullptr;
      for (auto m = ctx_.mentions.rbegin(); m != ctx_.mentions.rend() && m->sentence + 2 >= s && state == nullptr; ++m)
        if (m->type == EntityType::Country && m->kind != MentionKind::Demonym) state = &*m;
      if (k > i + 1 && k < sent.last && lex_.in("ministry_heads", ctx_.token(k)) && state != nullptr) {
        add(s, i + 1, k + 1, EntityType::Organization, MentionKind::Name,
            lex_.demonym_of(state->canonical) + " " + std::string(ctx_.span_text(i + 1, k + 1)), false);
        i = k + 1;
        continue;
      }
    }
    // "Yellen met He in San Francisco" after "Vice Premier He Lifeng": a
    // capitalised pronoun inside a sentence that opens the name of a person
    // named before is that person's family name.
    const bool pronoun = lex_.in("pronouns", w);
    const bool opens_person_named = pronoun && ctx_.seg.tokens[i].capitalized && !is_sentence_start(i, sent) &&
                                    !is_opening_quote(ctx_.token(i - 1)) && ctx_.token(i - 1) != ":" &&
                                    std::any_of(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention& m) {
                                      return m.type == EntityType::Person && m.kind == MentionKind::Name &&
                                             m.last - m.first >= 2 && ctx_.token(m.first) == w;
                                    });
    if (opens_person_named) {
      add(s, i, i + 1, EntityType::Person, MentionKind::Name, "", false);
      ++i;
      continue;
    }
    if (pronoun || object_her || possessor_named) {
      add(s, i, i + 1, EntityType::Person, MentionKind::Pronoun, "", false);
      ctx_.mentions.back().gender = lex_.in("female_pronouns", w) ? Gender::Female : Gender::Male;
      ++i;
      continue;
    }
    if (const auto [a, end] = possessed_body(i, sent); a >= 0) {
      add(s, i + 1, end, EntityType::Organization, MentionKind::Description, "", false);
      ctx_.mentions.back().anaphor = a;
      i = end;
      continue;
    }
    // "the government of Portugal" is Portugal, not the anaphor "the government".
    if (i + 1 < sent.last && folded_token(i) == "the" && government_of(i + 1, sent) > i + 1) {
      ++i;
      continue;
    }
    // "the central bank of Portugal": the state's institution by its formal
    // name, "Central Bank of Portugal", or the lexicon's body of that name
    // (words/state_institutions.txt; "Portugal's central bank" above).
    if (const std::uint32_t k = i + 1; k + 3 < sent.last && folded_token(i) == "the" &&
                                        !ctx_.seg.tokens[k].capitalized && !ctx_.seg.tokens[k + 1].capitalized &&
                                        lex_.in("state_institutions", fold_case(ctx_.span_text(k, k + 2))) &&
                                        ctx_.token(k + 2) == "of")
      if (const auto [n, e] = lexicon_at(k + 3, sent);
          n && e->front().type == EntityType::Country && e->front().kind == PhraseKind::Name) {
        add(s, k, k + 3 + n, EntityType::Organization, MentionKind::Name, institution_name(k, e->front().canonical),
            false);
        i = k + 3 + n;
        continue;
      }
    // (Not the opening of a longer known name: "the Bloc Quebecois" is no
    // "the bloc".)
    if (const auto n = anaphor_at(i, sent);
        n.first && !(n.first >= 2 && lexicon_at(i + 1, sent).first > n.first - 1)) {
      const auto& a = lex_.anaphors()[n.second];
      const bool state = a.heads.front() == "COUNTRY" || a.heads.front() == "STATE" || a.heads.front() == "STYLED";
      const EntityType type = state ? EntityType::Country : EntityType::Organization;  // ORGANIZATION, GROUP or a body by head
      add(s, i, i + n.first, type, MentionKind::Description, "", false);
      ctx_.mentions.back().anaphor = static_cast<int>(n.second);
      i += n.first;
      continue;
    }
    // "the tycoon", "the 64-year-old": a person the story is about (coref.cpp).
    if (const std::uint32_t n = epithet_at(i, sent); n > 0) {
      add(s, i, i + n, EntityType::Person, MentionKind::Description, "", false);
      ctx_.mentions.back().entity = -2;  // resolved by coreference, never a name of its own
      i += n;
      continue;
    }
    if (lex_.in("honorifics", w)) {
      honorific = lex_.in("female_honorifics", w) ? Gender::Female
                  : lex_.in("male_honorifics", w) ? Gender::Male
                                                   : Gender::Unknown;
      honorific_end = i + 1;
      ++i;
      continue;  // keeps pending_title
    }
    if (lex_.in("name_premodifiers", w)) {  // "Former", "Ex": before a title or a name
      ++i;
      continue;
    }
    if (w == "By" || w == "by") {
      after_by = true;
      ++i;
      continue;
    }
    // "Committee chairman Adam Schiff" opening a sentence: the bare head is a body.
    if (ctx_.seg.tokens[i].capitalized && lex_.in("org_heads", w) && i + 1 < sent.last &&
        title_at(i + 1, sent).first > 0 && name_run(i, sent) == i) {
      add(s, i, i + 1, EntityType::Organization, MentionKind::Name, "", false);
      ++i;
      continue;
    }
    // "committee Chairman Chuck Grassley", "another ministry spokesman, Zhao
    // Lijian": a lower-case head before a title that introduces a name is
    // the body of that kind the document names (coref.cpp, bare heads).
    if (const std::string head = title_case(w);
        !ctx_.seg.tokens[i].capitalized && lex_.in("org_heads", head) && !modified_head(i, sent)) {
      if (const auto [n, title] = title_at(i + 1, sent); n > 0 && names_after(i + 1 + n, sent)) {
        add(s, i, i + 1, EntityType::Organization, MentionKind::Name, head, false);
        ++i;
        continue;
      }
    }
    // "The Government of Saudi Arabia": the state itself.
    if (const std::uint32_t end = government_of(i, sent); end > i) {
      const auto [n, e] = lexicon_at(i + 2, sent);
      add(s, i, end, EntityType::Country, MentionKind::Name, e->front().canonical, true);
      i = end;
      continue;
    }
    // "The Trump administration" after a dateline's dash: an article opens no name.
    if (lex_.in("articles", w) && i + 1 < sent.last && ctx_.seg.tokens[i].capitalized) {
      const std::uint32_t rest = name_run(i + 1, sent);
      if (rest > i + 1 && !lex_.in("org_heads", ctx_.token(rest - 1))) {
        ++i;
        continue;
      }
    }
    const std::uint32_t run = name_run(i, sent);
    // A headline's title case hides where names end: known surnames in it
    // are the people named in the text ("Lavrov Meets Kono In Moscow").
    if (run > i && in_headline_ && !known_names_.count(loose_key(ctx_.span_text(i, run)))) {
      for (std::uint32_t t = i; t < run; ++t) {
        if (known_surnames_.count(loose_key(ctx_.token(t)))) {
          add(s, t, t + 1, EntityType::Person, MentionKind::Name, "", false);
          ctx_.mentions.back().by_context = ctx_.mentions.back().person_cue = true;
          continue;
        }
        // And the lexicon's names: "Portugal Imposes Sanctions On Spain";
        // not one that modifies the words after it ("Myanmar Junta Chief",
        // "Venezuela's Central Bank").
        if (const auto [n, entries] = lexicon_at(t, sent); n > 0 && t + n <= run && !modifies_next(t + n, sent)) {
          const PhraseEntry& e = entries->front();
          add(s, t, t + n, e.type, mention_kind(e.kind), e.canonical, true);
          t += n - 1;
        }
      }
      i = run;
      pending_title = -1;
      after_by = false;
      continue;
    }
    // "Neighbouring Guinea, whose ...": a participle opening the sentence
    // before a state's name describes the state.
    if (i == sent.first && run > i + 1 && w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
      if (const auto [n, entries] = lexicon_at(i + 1, sent);
          n > 0 && i + 1 + n == run && entries->front().type == EntityType::Country) {
        ++i;
        continue;
      }
    // "Kurdish YPG": an adjective before an acronym is not part of its name.
    if (run == i + 2 && demonym_shaped(w) && is_upper_word(ctx_.token(i + 1)) && ctx_.token(i + 1).size() > 1) {
      ++i;
      continue;
    }
    // "the Greens", "the Free Democrats": a plural a party goes by is its
    // name; before a title ("Greens senator X") it is a party adjective.
    if (run > i && lex_.in("party_plurals", ctx_.span_text(i, run))) {
      if (title_at(run, sent).first > 0) party_end = run;
      else add(s, i, run, EntityType::Organization, MentionKind::Name, "", false);
      i = run;
      pending_title = -1;
      after_by = false;
      continue;
    }
    if (run > i && (lex_.in("non_entity_heads", ctx_.token(run - 1)) || descriptive_run(i, run))) {
      i = run;
      pending_title = -1;
      after_by = false;
      continue;
    }
    // "Business and Trade Secretary X", "Culture, Media and Sport Secretary
    // Y": capitalised words joined by "and" (or commas) right before a
    // government's title are its portfolio, no name.
    // (Words of a portfolio are common nouns, "business", "trade"; the
    // word after "and" opens no title of its own: "Putin and Foreign
    // Minister X" is a name and a title.)
    const auto coordinated_portfolio = [&](std::uint32_t k) {
      if (k >= sent.last || (ctx_.token(k) != "and" && ctx_.token(k) != ",")) return false;
      for (std::uint32_t j = i; j < k; ++j)
        if (!lowercase_.count(folded_token(j))) return false;
      bool portfolio = false;
      for (std::uint32_t j = k; j < sent.last && j < k + 8; ++j) {
        const std::string_view word = ctx_.token(j);
        if (word == "and" || word == ",") continue;
        if (!ctx_.seg.tokens[j].capitalized || ctx_.seg.tokens[j].kind != TokenKind::Word) return false;
        if (const std::uint32_t n = title_at(j, sent).first; n > 0)
          return portfolio && lex_.in("government_titles", fold_case(ctx_.token(j + n - 1)));
        portfolio = true;
      }
      return false;
    };
    if (run > i && coordinated_portfolio(run)) {
      i = run;
      pending_title = -1;
      after_by = false;
      continue;
    }
    if (run > i) {
      std::uint32_t last = extend_org(i, run, sent);
      // A lower-case place head after the name: "Capella hotel", "Sentosa island".
      if (last < sent.last && !ctx_.seg.tokens[last].capitalized &&
          (lex_.in("location_heads", ctx_.token(last)) || lex_.in("state_heads", ctx_.token(last))))
        ++last;
      // "the Wirecard committee of inquiry": a committee named after its subject.
      if (const std::uint32_t end = committee_named_after(i, last, sent); end > last) {
        add(s, i, end, EntityType::Organization, MentionKind::Name, "", false);
        i = end;
        pending_title = -1;
        after_by = false;
        continue;
      }
      const bool after_honorific = honorific_end == i && i > sent.first;
      EntityType type = after_honorific ? EntityType::Person : classify(i, last);
      // "Assistant Secretary of State Christopher Hill", "Christopher Hill,
      // the U.S. ambassador to Macedonia": a first name right after a
      // person's title or before one in apposition opens a person's name,
      // whatever its last word.
      if (type == EntityType::Location && lex_.first_name(ctx_.token(i)) &&
          ((pending_title >= 0 && ctx_.titles[static_cast<std::size_t>(pending_title)].sentence == s &&
            ctx_.titles[static_cast<std::size_t>(pending_title)].last == i) ||
           apposed_person(last, sent)))
        type = EntityType::Person;
      // A person's epithet in apposition outweighs a last word that names
      // bodies ("Arron Banks, the millionaire who ...").
      if (type == EntityType::Organization && !after_honorific && apposed_epithet(last, sent))
        type = EntityType::Person;
      // Names joined by "&" are a firm's ("Johnson & Johnson"), not a
      // person's; so are names joined by "for" ("the National Endowment for
      // Democracy": extend_org).
      for (std::uint32_t k = i + 1; type == EntityType::Person && k + 1 < last; ++k)
        if (ctx_.token(k) == "&" || ctx_.token(k) == "for") type = EntityType::Organization;
      // "the chief executives of Volvo Cars and Scania": a name right after a
      // title and "of" (or listed after bodies so named), with no first name,
      // is a body the title is of.
      const auto after_title_of = [&] {
        for (std::uint32_t k = i; k > sent.first + 1;) {
          const std::string_view joiner = ctx_.token(k - 1);
          if (joiner == "of")
            return std::any_of(ctx_.titles.begin(), ctx_.titles.end(), [&](const TitleSpan& t) {
              return t.sentence == s && t.last == k - 1 && t.person < 0;
            });
          if (joiner != "and" && joiner != ",") return false;
          const auto body = std::find_if(ctx_.mentions.rbegin(), ctx_.mentions.rend(),
                                         [&](const Mention& m) { return m.sentence == s && m.last == k - 1; });
          if (body == ctx_.mentions.rend() || body->type != EntityType::Organization || body->kind != MentionKind::Name)
            return false;
          k = body->first;
        }
        return false;
      };
      if (type == EntityType::Person && !after_honorific && !lex_.first_name(ctx_.token(i)) &&
          !(last < sent.last && ctx_.possessive(last)) && after_title_of())
        type = EntityType::Organization;
      // "Tabacos Norte Inc.", "Frigorifico Zeta S.A.": a legal form after the name.
      if (type == EntityType::Person && !after_honorific && last < sent.last &&
          lex_.in("corporate_suffixes", ctx_.token(last)))
        type = EntityType::Organization;
      // "Sanofi CEO Olivier Brandicourt", "Bristol-Myers Squibb Chairman and
      // CEO X": a name right before a leader's title and a name is the body led.
      // (Not a common word written capitalised to open a sentence: "Opposition leader X".)
      // A mayor's or governor's place is where they govern, no body ("Flint
      // Mayor X", words/place_leader_titles.txt).
      if (type == EntityType::Person && !lex_.first_name(ctx_.token(i)) && heads_titled_name(last, sent) &&
          !(last - i == 1 && (i == sent.first || lowercase_.count(folded_token(i)))))
        type = place_title_at(last, sent) ? EntityType::Location : EntityType::Organization;
      // "the Unite union", "the ruling ZANU-PF party": a name before a
      // lower-case noun for a body (words/body_nouns.txt) is that body.
      // So is one described by such a noun right before it ("state arms
      // exporter Rosoboronexport", "aluminium giant Rusal").
      // So is one a description in apposition calls such a body ("Hengli
      // Petrochemical, a refinery in Dalian", "the league, Liga Norte"), and
      // one listed after such a noun ("two groups, Lehava and Hilltop Youth").
      // (Also past one modifier after "the": "the Wagner mercenary group".)
      const bool modified_body_noun = last + 1 < sent.last && i > sent.first && folded_token(i - 1) == "the" &&
                                      ctx_.seg.tokens[last].kind == TokenKind::Word &&
                                      !ctx_.seg.tokens[last].capitalized && !ctx_.seg.tokens[last + 1].capitalized &&
                                      !lex_.in("function_words", folded_token(last)) &&
                                      lex_.in("body_nouns", ctx_.token(last + 1));
      // (Not a lone surname of a person named before: "the carmaker Keller runs".)
      const auto named_person = [&] {
        return last - i == 1 && std::any_of(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention& m) {
                 return m.type == EntityType::Person && m.kind == MentionKind::Name && m.last - m.first > 1 &&
                        ctx_.token(m.last - 1) == ctx_.token(i);
               });
      };
      const bool body_noun_after = type == EntityType::Person && !after_honorific && !lex_.first_name(ctx_.token(i)) &&
                                   ((last < sent.last && !ctx_.seg.tokens[last].capitalized &&
                                     lex_.in("body_nouns", ctx_.token(last))) || modified_body_noun ||
                                    (i > sent.first && !ctx_.seg.tokens[i - 1].capitalized &&
                                     lex_.in("body_nouns", ctx_.token(i - 1)) && !named_person()) ||
                                    apposed_body(last, sent) || apposed_after_body(i, last, sent) ||
                                    listed_after_bodies(i, sent));
      if (body_noun_after) type = EntityType::Organization;
      // "the Tokyo-based Kokuka Sangyo": what is based somewhere is a body.
      if (type == EntityType::Person && i > sent.first + 1 && lex_.in("place_suffixes", ctx_.token(i - 1)) &&
          ctx_.token(i - 2) == "-" && !lex_.first_name(ctx_.token(i)))
        type = EntityType::Organization;
      if (type == EntityType::Person && last < sent.last && lex_.in("name_suffixes", ctx_.token(last))) ++last;
      // "Sir Jane Roe QC": post-nominal letters are no part of the name (nor another's).
      std::uint32_t after_letters = last;
      while (type == EntityType::Person && last - i > 2 && lex_.in("post_nominals", ctx_.token(last - 1))) --last;
      if (last < sent.last && lex_.in("event_heads", ctx_.token(last)) && type != EntityType::Person &&
          !second_of_pair(i, sent)) {
        ++last;
        type = EntityType::Event;
      }
      // "Summit of the Americas", "Conference on the Great Lakes Region": a
      // capitalised event head goes on through "of" or "on" to the name after it.
      if (type == EntityType::Event && ctx_.seg.tokens[last - 1].capitalized && last + 1 < sent.last &&
          (ctx_.token(last) == "of" || ctx_.token(last) == "on")) {
        std::uint32_t k = last + 1;
        if (k < sent.last && ctx_.token(k) == "the") ++k;
        if (const std::uint32_t more = k < sent.last ? name_run(k, sent) : k; more > k) last = more;
      }
      // "Executive Order 13382", "Resolution 2231": a document's noun before
      // its number (words/numbered_documents.txt) is no one's name.
      if (type == EntityType::Person && last - i == 1 && last < sent.last &&
          ctx_.seg.tokens[last].kind == TokenKind::Number && lex_.in("numbered_documents", ctx_.token(i))) {
        i = last;
        pending_title = -1;
        after_by = false;
        continue;
      }
      // "Dongguan Harbour Sensing Co.", "Keller Holdings Pty Ltd": a company's
      // legal form is written with its name (the fullest form; the name
      // index joins it to the bare name).
      while (type == EntityType::Organization && last < sent.last && lex_.in("corporate_suffixes", ctx_.token(last)))
        ++last;
      // "her daughter, Dasha", "his son Hunter": a family word right before
      // the name (past a comma).
      const std::uint32_t kin_at = i > sent.first + 1 && ctx_.token(i - 1) == "," ? i - 2 : i - 1;
      const bool after_kin = type == EntityType::Person && i > sent.first &&
                             (lex_.in("kin_nouns", folded_token(kin_at)) || lex_.in("female_kin_nouns", folded_token(kin_at)) ||
                              lex_.in("male_kin_nouns", folded_token(kin_at)));
      add(s, i, last, type, MentionKind::Name, "", false);
      Mention& m = ctx_.mentions.back();
      m.by_context = body_noun_after || (type == EntityType::Person && last - i == 1 &&
                                         (pending_title >= 0 || after_by || after_honorific || after_kin));
      m.person_cue = pending_title >= 0 || after_honorific || (party_end == i && i > sent.first) ||
                     lex_.first_name(ctx_.token(i)) || (type == EntityType::Person && apposed_epithet(last, sent)) ||
                     // (not "B of X, who" or "an analyst at X, who": the aside is B's)
                     (apposed_person(last, sent) &&
                      !(i > sent.first && (folded_token(i - 1) == "of" || folded_token(i - 1) == "at"))) ||
                     // (not "Tom Keller, Quarvex's chief executive": an aside about him)
                     (listed_after_person(i, sent) && !(last < sent.last && ctx_.possessive(last))) ||
                     listed_after_people(i, sent);
      m.gender = after_honorific && honorific != Gender::Unknown ? honorific : lex_.gender_of_first_name(ctx_.token(i));
      // "Choi's daughter, Chung Yoo-ra", "her son Hunter": a family word before the name.
      if (m.gender == Gender::Unknown && after_kin) {
        const std::string& kin = folded_token(kin_at);
        if (lex_.in("female_kin_nouns", kin)) m.gender = Gender::Female;
        else if (lex_.in("male_kin_nouns", kin)) m.gender = Gender::Male;
      }
      if (type == EntityType::Person && pending_title >= 0 && ctx_.titles[pending_title].last == i)
        m.title = pending_title;
      i = std::max(last, after_letters);
      pending_title = -1;
      after_by = false;
      continue;
    }
    // "special envoy for Iran Robert Malley": the title reaches over "for X";
    // not "aide to Saudi Crown Prince X", where X's own title follows.
    // ("Ambassador to the United Nations X": past the body's article, before
    // a name that is no body's: not "a spokesman for the White House
    // National Security Council".)
    if (pending_title >= 0 && ctx_.titles[pending_title].last == i && (w == "for" || w == "to" || w == "on")) {
      const bool article = w == "to" && i + 2 < sent.last && folded_token(i + 1) == "the";
      const std::uint32_t at = article ? i + 2 : i + 1;
      const std::uint32_t n = lexicon_at(at, sent).first;
      const std::uint32_t name_end = n && at + n < sent.last ? name_run(at + n, sent) : at + n;
      bool headed = false;
      for (std::uint32_t k = at + n; k < name_end && article; ++k) headed = headed || org_head(ctx_.token(k));
      if (n && name_end > at + n && title_at(at + n, sent).first == 0 && !headed) {
        ctx_.titles[pending_title].last = at + n;
        i = at + n;
        continue;
      }
    }
    // Possessives and determiners keep a pending title's link ("his Russian
    // counterpart"), and so does the comma of an apposition after a possessed
    // title ("its chairman, Ole Andersen,": a person's name follows; not a
    // known name, nor one a title of its own follows, "The committee's
    // chair, Greens senator X", nor a run longer than a person's name, "the
    // chairman, Fine Gael TD X").
    const auto name_alone = [&] {
      const std::uint32_t end = name_run(i + 1, sent);
      return end > i + 1 && end <= i + 4 && lexicon_at(i + 1, sent).first == 0 &&
             (end >= sent.last || title_at(end, sent).first == 0);
    };
    const bool possessed_title_comma = w == "," && pending_title >= 0 && i + 1 < sent.last &&
                                       ctx_.titles[pending_title].last == i &&
                                       possessed(ctx_.title_start(ctx_.titles[pending_title]), sent) && name_alone();
    if (!is_possessive_s(w) && !possessed_title_comma) pending_title = -1;
    after_by = false;
    ++i;
  }
}

std::uint32_t Context::age_length(std::size_t i, std::size_t end) const {
  if (i >= end) return 0;
  const std::string_view w = token(i);
  const std::size_t digits = w.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string_view::npos && fold_case(w.substr(digits)) == "-year-old") return 1;
  if (seg.tokens[i].kind != TokenKind::Number) return 0;
  if (i + 1 < end && fold_case(token(i + 1)) == "-year-old") return 2;
  if (i + 4 < end && token(i + 1) == "-" && fold_case(token(i + 2)) == "year" && token(i + 3) == "-" &&
      fold_case(token(i + 4)) == "old")
    return 5;
  return 0;
}

bool Context::based_at(std::uint32_t k, std::uint32_t end) const {
  return k + 1 < end && token(k) == "-" && lex.in("place_suffixes", fold_case(token(k + 1)));
}

bool Context::served_as(std::uint32_t start, std::uint32_t sentence_first) const {
  if (start > sentence_first + 1) {
    const std::string det = fold_case(token(start - 1));
    if (det == "the" || det == "a" || det == "an") --start;
  }
  return start > sentence_first && fold_case(token(start - 1)) == "as";
}

bool Context::place_after(std::uint32_t k, std::uint32_t sentence_first) const {
  const std::string w = fold_case(token(k));
  if (!lex.in("place_prepositions", w)) return false;
  if (w != "to" && w != "toward" && w != "towards") return true;
  std::uint32_t j = k;
  if (j > sentence_first && lex.in("motion_particles", fold_case(token(j - 1)))) --j;  // "fly on to"
  if (j == sentence_first) return false;
  if (lex.in("motion_words", fold_case(token(j - 1)))) return true;
  const int before = mention_at[j - 1];  // "from Athens to Vilnius"
  if (before < 0) return false;
  const Mention& b = mentions[static_cast<std::size_t>(before)];
  return b.first > sentence_first && fold_case(token(b.first - 1)) == "from";
}

std::uint32_t Context::party_tag_before(std::uint32_t comma, std::uint32_t sentence_first) const {
  std::uint32_t j = comma;
  while (j > sentence_first && comma - j < 5 && token(j - 1) != ",") --j;
  if (j <= sentence_first + 1 || j == comma || token(j - 1) != ",") return comma;
  return is_party_tag(span_text(j, comma)) ? j : comma;
}

void Context::index_mentions() {
  mention_at.assign(seg.tokens.size(), -1);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    for (auto t = mentions[m].first; t < mentions[m].last; ++t) mention_at[t] = static_cast<int>(m);
}

void Context::sort_mentions() {
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

void find_mentions(Context& ctx) {
  MentionFinder(ctx).run();
  define_acronyms(ctx);
  qualify_generic_bodies(ctx);
  ctx.index_mentions();
}

// A body's name mention found before whose name opens with the words
// [first, last) and goes on ("Sony Pictures Entertainment" for "Sony
// Pictures"), or nullptr.
const Mention* MentionFinder::opened_body(std::uint32_t first, std::uint32_t last) const {
  const std::string words(ctx_.span_text(first, last));
  for (const Mention& m : ctx_.mentions)
    if (m.type == EntityType::Organization && m.kind == MentionKind::Name && m.surface.size() > words.size() + 1 &&
        m.surface.starts_with(words) && m.surface[words.size()] == ' ')
      return &m;
  return nullptr;
}

}  // namespace kg::extract
