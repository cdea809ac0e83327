// The mention finder's cues and later revisions of types: what in a name's
// context marks it a person's or a body's, and, once the document is read,
// what an uncued capitalised run is.
#include "mention_finder.hpp"

#include <algorithm>

#include "kg/text.hpp"
#include "title_words.hpp"

namespace kg::extract {

// "SolarWinds", "AbbVie": a capital inside a word after two or more small
// letters (not "McBath", "DeFazio", "MacArthur") is a company's spelling.
bool MentionFinder::camel_case(std::string_view w) {
  if (w.starts_with("Mac")) return false;
  std::size_t lower = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    if (c >= 'a' && c <= 'z') ++lower;
    else if (c >= 'A' && c <= 'Z' && k > 0 && lower >= 2 && w[k - 1] >= 'a' && w[k - 1] <= 'z') return true;
    else if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return false;
}

// "Jane Roe, the bank's chief executive", "Jane Roe, who ...": a title or
// "who" in an apposition after a name says it is a person's.
bool MentionFinder::apposed_person(std::uint32_t end, const Sentence& s) const {
  if (end + 1 >= s.last || ctx_.token(end) != ",") return false;
  if (folded_token(end + 1) == "who") return true;
  for (std::uint32_t k = end + 1; k < s.last && k < end + 6; ++k) {
    if (title_at(k, s).first > 0) return true;
    if (ctx_.token(k) == "," || lex_.in("clause_conjunctions", ctx_.token(k))) break;
  }
  return false;
}

// "Arron Banks, the millionaire who ...", ", a British businessman": a
// person's epithet (words/person_epithets.txt) heading an apposition after
// a name, past an article and up to three modifiers, not a possessor ("the
// tycoon's firm").
bool MentionFinder::apposed_epithet(std::uint32_t end, const Sentence& s) const {
  if (end + 2 >= s.last || ctx_.token(end) != ",") return false;
  const std::string article = folded_token(end + 1);
  if (article != "the" && article != "a" && article != "an") return false;
  for (std::uint32_t k = end + 2; k < s.last && k < end + 6; ++k) {
    if (lex_.in("person_epithets", folded_token(k))) return !(k + 1 < s.last && ctx_.possessive(k + 1));
    if (ctx_.token(k) == "," || ctx_.seg.tokens[k].capitalized) return false;
  }
  return false;
}

// ", a refinery in Dalian", ", an American drone maker", ", a North Korean
// cyber-espionage unit", ", the diamond miner", ", Russia's state arms
// exporter": a description in apposition whose head (the body noun before
// a function word, a participle's object or the end of the phrase) names a
// body; not one that owns what follows (", the group's chairman").
bool MentionFinder::apposed_body(std::uint32_t end, const Sentence& s) const {
  if (end + 2 >= s.last || ctx_.token(end) != ",") return false;
  const std::string article = folded_token(end + 1);
  std::uint32_t from = end + 2;
  if (ctx_.seg.tokens[end + 1].capitalized && ctx_.possessive(end + 2)) from = end + 3;
  else if (article != "a" && article != "an" && article != "the") return false;
  for (std::uint32_t k = from; k < s.last && k < end + 8; ++k) {
    if (ctx_.seg.tokens[k].kind != TokenKind::Word && ctx_.token(k) != "-") break;
    // (The head comes before the phrase's first function word: not "the
    // leader of the opposition PASOK party".)
    if (lex_.in("function_words", folded_token(k))) break;
    if (!lex_.in("body_nouns", ctx_.token(k))) continue;
    if (k + 1 >= s.last || ctx_.possessive(k + 1)) return k + 1 >= s.last;
    // ", the offshore contractor laying the pipeline": a participle with
    // its object after the head.
    const std::string next = folded_token(k + 1);
    const std::string after = k + 2 < s.last ? folded_token(k + 2) : "";
    const bool participle = next.ends_with("ing") && (after == "the" || after == "a" || after == "an");
    return ctx_.seg.tokens[k + 1].kind != TokenKind::Word || lex_.in("function_words", next) || participle;
  }
  return false;
}

// "the women's professional league, Liga Norte,", "the main opposition
// bloc, the Rassemblement,": a name in apposition (closed by punctuation:
// not "as first secretary of the party, Castro was") to a description
// whose head is a noun for a body is a body.
bool MentionFinder::apposed_after_body(std::uint32_t first, std::uint32_t last, const Sentence& s) const {
  const bool closed = last >= s.last || (ctx_.seg.tokens[last].kind != TokenKind::Word && ctx_.token(last) != "-");
  if (first > s.first && folded_token(first - 1) == "the") --first;
  return closed && first >= s.first + 2 && ctx_.token(first - 1) == "," && !ctx_.seg.tokens[first - 2].capitalized &&
         lex_.in("body_nouns", ctx_.token(first - 2));
}

// "two groups, Vardan Front and Kestrel Youth", "three firms: A, B and C",
// "companies such as A and B", "other miners, including A": a name in a
// list in apposition to a plural noun for bodies, or its examples, is a body
// (not the surname of a person named before: "the heads of the largest
// firms, including Roe, ...").
bool MentionFinder::listed_after_bodies(std::uint32_t first, const Sentence& s) const {
  if (word_of_person_before(ctx_.token(first), /*last_only=*/true)) return false;
  for (std::uint32_t k = first; k > s.first + 1 && first - k < 16; --k) {
    std::string_view w = ctx_.token(k - 1);
    std::uint32_t at = k;  // where the list opens, after its punctuation
    if (w == "including" || (w == "as" && folded_token(k - 2) == "such")) {
      at = w == "as" ? k - 1 : k;
      if (at < s.first + 3) return false;
      if (ctx_.token(at - 2) == ",") --at;
      w = ",";
      k = at;
    }
    if (w == "," || w == ":") {
      const std::string before = folded_token(k - 2);
      if (ctx_.seg.tokens[k - 2].capitalized || !before.ends_with('s')) continue;
      const std::string one = singular_of(before);
      // The noun heads the phrase the list describes: not "the chairmen of
      // the two banks, A of X and B of Y".
      for (std::uint32_t j = k - 2; j > s.first && k - 2 - j < 4; --j)
        if (folded_token(j - 1) == "of") return false;
      return lex_.in("body_nouns", one);
    }
    if (!ctx_.seg.tokens[k - 1].capitalized && w != "and" && w != "-" && w != "&") return false;
  }
  return false;
}

// "the chairmen of the two banks, A of X and B of Y", "two ministers, A and
// B": a name in a list in apposition to a plural title (titles.tsv) is a
// person's, past a complement of the title in lower case (not "the chief
// executives of A, B and C, X, Y and Z": A, B and C are the bodies).
bool MentionFinder::listed_after_people(std::uint32_t first, const Sentence& s) const {
  std::uint32_t k = first;
  // Back over the names and "and" of the list so far ("A of X and B").
  while (k > s.first + 1 && (ctx_.seg.tokens[k - 1].capitalized || ctx_.token(k - 1) == "and" ||
                             ctx_.token(k - 1) == "of"))
    --k;
  if (k < s.first + 2 || ctx_.token(k - 1) != ",") return false;
  for (std::uint32_t j = k - 1; j > s.first && k - 1 - j < 8; --j) {
    const std::string w = folded_token(j - 1);
    if (ctx_.seg.tokens[j - 1].kind != TokenKind::Word || ctx_.seg.tokens[j - 1].capitalized) return false;
    const std::string one = singular_of(w);
    if (!one.empty() && lex_.title(one) != nullptr) return true;
  }
  return false;
}

// "sanctions on Rosneft, Gazprom Neft, Sovcomflot and Alrosa": uncued
// words listed with a body ("A, B and C", "A and B", "A or B") are bodies.
void MentionFinder::listed_with_bodies(const std::unordered_set<std::string>& cued) {
  const auto separator = [&](std::uint32_t k) {
    const std::string_view w = ctx_.token(k);
    return w == "," || w == "and" || w == "or";
  };
  const auto open = [&](const Mention& m) {
    return m.type == EntityType::Person && m.kind == MentionKind::Name && !m.from_lexicon && !m.person_cue &&
           !m.by_context && m.last - m.first == 1 && !cued.count(loose_key(m.surface)) &&
           !in_headline_sentence(m.sentence);
  };
  auto& ms = ctx_.mentions;
  for (std::size_t a = 0; a < ms.size();) {
    // The chain of names from a, each one separator after the one before.
    std::size_t b = a + 1;
    bool joined = false;
    while (b < ms.size() && ms[b].sentence == ms[a].sentence && ms[b].first == ms[b - 1].last + 1 &&
           separator(ms[b - 1].last)) {
      joined = joined || ctx_.token(ms[b - 1].last) != ",";
      ++b;
    }
    const bool body = std::any_of(ms.begin() + static_cast<std::ptrdiff_t>(a), ms.begin() + static_cast<std::ptrdiff_t>(b),
                                  [](const Mention& m) { return m.type == EntityType::Organization; });
    if (joined && body)
      for (std::size_t k = a; k < b; ++k)
        if (open(ms[k])) {
          ms[k].type = EntityType::Organization;
          ms[k].by_context = true;
        }
    a = b;
  }
}

// "Don Pramudwinai, Saleumxay Kommasith and ...": a name listed right
// after a person that something marks as one.
bool MentionFinder::listed_after_person(std::uint32_t i, const Sentence& s) const {
  if (i < s.first + 2 || (ctx_.token(i - 1) != "," && ctx_.token(i - 1) != "and") || ctx_.mentions.size() < 2)
    return false;
  const Mention& before = ctx_.mentions[ctx_.mentions.size() - 2];  // the last is the name at i
  return before.last == i - 1 && before.type == EntityType::Person && before.kind == MentionKind::Name &&
         before.person_cue;
}

// A word that makes a capitalised run a body's name: a capitalised word
// the document also writes in lower case ("Capital", "Direct"), a word
// that names bodies ("Airways", "Holdings"), or an acronym ("Kurdish
// YPG"); not a particle inside a person's name ("Abdulaziz bin Salman").
bool MentionFinder::common_word(std::uint32_t t) const {
  const std::string_view w = ctx_.token(t);
  if (!ctx_.seg.tokens[t].capitalized && lex_.in("name_particles", w)) return false;
  // (Nor the Dutch article "'t" inside one, "in" before it: "Pieter in 't Zand".)
  if (ctx_.seg.tokens[t].kind != TokenKind::Word || w == "t" ||
      (w == "in" && t + 1 < ctx_.seg.tokens.size() && ctx_.seg.tokens[t + 1].kind != TokenKind::Word))
    return false;
  return lowercase_.count(fold_case(w)) > 0 || lex_.in("org_words", w) || (w.size() > 1 && is_upper_word(w));
}

// "talks in Manbij", "a flight to Louisville, Kentucky": one unknown
// capitalised word after a place-only preposition or before a comma and a
// known region, that nothing says is a person and that no possessive
// follows, is a place.
void MentionFinder::lone_place(Mention& m, const std::unordered_set<std::string>& cued) const {
  if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.from_lexicon || m.person_cue || m.by_context ||
      m.last - m.first != 1 || in_headline_sentence(m.sentence))
    return;
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  if (m.first == s.first || cued.count(loose_key(m.surface)) || lex_.first_name(ctx_.token(m.first))) return;
  if (m.last < s.last && is_possessive_s(ctx_.token(m.last))) return;
  const std::string_view w = ctx_.token(m.first);
  if (is_upper_word(w) || lowercase_.count(fold_case(w))) return;
  if (demonym_shaped(w)) return;  // "in Korean": a language
  // "to Louisville, Kentucky": a place's region after a comma.
  bool region_after = false;
  if (m.last + 1 < s.last && ctx_.token(m.last) == ",")
    if (const auto [n, e] = lexicon_at(m.last + 1, s); n && e->front().type == EntityType::Location &&
                                                        e->front().kind == PhraseKind::Name)
      region_after = m.last + 1 + n == s.last || !ctx_.seg.tokens[m.last + 1 + n].capitalized;
  if (!region_after && !lex_.in("place_only_prepositions", folded_token(m.first - 1))) return;
  m.type = EntityType::Location;
  m.by_context = true;
}

// "Wells Fargo CEO Jane Roe": an uncued name before a title and a name
// is the body the title belongs to.
bool MentionFinder::employer_before_title(const Mention& m) const {
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  if (lex_.first_name(ctx_.token(m.first))) return false;
  // "Thames Water's chief executive, X": a leader's title of the name's own.
  if (m.last + 1 < s.last && ctx_.possessive(m.last)) {
    const auto [n, title] = title_at(m.last + 1, s);
    return n > 0 && title->relation == RelationType::LeaderOf &&
           !lex_.in("state_leader_titles", fold_case(ctx_.span_text(m.last + 1, m.last + 1 + n)));
  }
  // (Not a portfolio before a government's title: "Foreign Affairs Minister
  // X", "Defence Secretary Y" name no body.)
  const std::uint32_t n = m.last < s.last ? title_at(m.last, s).first : 0;
  return n > 0 && m.last + n < s.last && ctx_.seg.tokens[m.last + n].capitalized &&
         ctx_.seg.tokens[m.last + n].kind == TokenKind::Word && !portfolio_before_title(m.last, s);
}

// Whether a company's post follows a name's possessive (past "former"):
// `company_post` (title_words.hpp: "Quarvex's chief executive", "X,
// Quarvex's spokesman, said"), or any title over a region of it
// ("Fujitsu's Europe director"). So does one after
// ", whose" and a lower-case word or two ("Singtel, whose group chief
// executive, X"): `whose` says which.
bool MentionFinder::company_post_after(const Mention& m, bool& whose) const {
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  std::uint32_t at = m.last + 1;
  whose = m.last + 2 < s.last && ctx_.token(m.last) == "," && ctx_.token(m.last + 1) == "whose";
  if (whose) {
    at = m.last + 2;
    while (at + 1 < s.last && at < m.last + 4 && title_at(at, s).first == 0 && !ctx_.seg.tokens[at].capitalized &&
           ctx_.seg.tokens[at].kind == TokenKind::Word)
      ++at;
  } else if (m.last + 1 >= s.last || !ctx_.possessive(m.last)) {
    return false;
  } else if (at + 1 < s.last && lex_.in("former_words", folded_token(at))) {
    ++at;  // "Wirecard's former chief executive"
  }
  if (const auto [n, title] = title_at(at, s); n > 0) {
    const std::string role = fold_case(ctx_.span_text(at, at + n));
    // "X, Quarvex's chairman, said"; "Quarvex's chairman, X, said" (not a
    // state's title: "Ostrania's president, X").
    const bool comma_after = at + n + 1 < s.last && ctx_.token(at + n) == ",";
    const bool closes_apposition = comma_after && m.first > s.first && ctx_.token(m.first - 1) == ",";
    const bool names_holder = ctx_.comma_then_name(at + n, s.last) && !lex_.in("state_leader_titles", role);
    return company_post(lex_, role, closes_apposition || names_holder);
  }
  const auto [p, places] = lexicon_at(at, s);
  return p > 0 && places->front().type == EntityType::Location && title_at(at + p, s).first > 0;
}

bool MentionFinder::company_noun_after(const Mention& m) const {
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  // (Not a sentence's capitalised first word: "Five former board members".)
  if (m.first == s.first) return false;
  std::uint32_t at = m.last;
  if (at < s.last && ctx_.possessive(at)) ++at;
  const auto plain = [&](std::uint32_t k) {
    return k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word && !ctx_.seg.tokens[k].capitalized &&
           !lex_.in("function_words", folded_token(k));
  };
  if (plain(at) && lex_.in("company_nouns", folded_token(at))) return true;
  return plain(at) && plain(at + 1) && lex_.in("company_nouns", folded_token(at + 1));
}

// "the former Quarvex chief", "the 64-year-old Quarvex boss": one word
// between lower-case words and a leader's title is the body led, when the
// title is no government's ("the Brexit commissioner") nor a state leader's.
bool MentionFinder::led_by_title_after(const Mention& m) const {
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  if (m.first == s.first || ctx_.seg.tokens[m.first - 1].capitalized ||
      ctx_.seg.tokens[m.first - 1].kind != TokenKind::Word || m.last >= s.last)
    return false;
  const auto [n, title] = title_at(m.last, s);
  return n > 0 && title->relation == RelationType::LeaderOf && !portfolio_before_title(m.last, s) &&
         !place_title_at(m.last, s) &&
         !lex_.in("state_leader_titles", fold_case(ctx_.span_text(m.last, m.last + n)));
}

// One uncued word that a relative clause describes is a name: a body
// before ", which" ("Gazprombank, which was sanctioned by ..."), a person
// before ", who".
void MentionFinder::described_by_relative(Mention& m, const std::unordered_set<std::string>& cued) {
  if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.from_lexicon || m.by_context ||
      m.last - m.first != 1 || in_headline_sentence(m.sentence) ||
      m.last + 1 >= ctx_.seg.sentences[m.sentence].last || ctx_.token(m.last) != ",")
    return;
  // Not a party-and-state tag ("Chuck Grassley, R-Iowa, who").
  if (ctx_.party_tag_before(m.last, ctx_.seg.sentences[m.sentence].first) < m.last) return;
  const std::string_view pronoun = ctx_.token(m.last + 1);
  // A person elsewhere in the document is no body here.
  if (pronoun != "who" && (pronoun != "which" || cued.count(loose_key(m.surface)))) return;
  // Not a name a description introduces ("the Chinese aircraft carrier Shandong, which").
  const std::uint32_t first = ctx_.seg.sentences[m.sentence].first;
  for (std::uint32_t k = m.first; k > first && m.first - k < 4; --k) {
    const std::string w = fold_case(ctx_.token(k - 1));
    if (w == "the" || w == "a" || w == "an") return;
    if (ctx_.seg.tokens[k - 1].kind != TokenKind::Word || lex_.in("function_words", w)) break;
  }
  // A thing is described by "which" too ("Brexit, which took years"): the
  // recogniser must read a name there.
  if (pronoun == "which" && !names_.reads_name(m.sentence, m.first, m.last)) return;
  if (pronoun == "which") m.type = EntityType::Organization;
  m.by_context = true;
}

// One uncued word spelt like a company ("SolarWinds"), an unknown acronym
// in running text ("YPG", "KFOR") or one that said "it" of itself is a body.
void MentionFinder::camel_company(Mention& m, const std::unordered_set<std::string>& cued) const {
  if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.from_lexicon || m.person_cue || m.by_context ||
      m.last - m.first != 1 || cued.count(loose_key(m.surface)) || in_headline_sentence(m.sentence))
    return;
  const std::string_view w = ctx_.token(m.first);
  if (!camel_case(w) && !unknown_acronym(w) && !said_it(m)) return;
  m.type = EntityType::Organization;
  m.by_context = true;
}

bool MentionFinder::unknown_acronym(std::string_view w) const {
  // Not a model number: "F-16", "S-400".
  // Each part of a hyphenated acronym is short: "ZANU-PF", "MDC-T".
  bool short_parts = w.size() >= 2;
  for (auto part : split(w, '-')) short_parts = short_parts && !part.empty() && part.size() <= 6;
  return short_parts && is_upper_word(w) && !(w.back() >= '0' && w.back() <= '9') && !lex_.in("not_acronyms", w) &&
         !lex_.title(fold_case(w));
}

// "Velmora said it would cancel 2,000 flights": a name that speaks of
// itself as "it" is a body's, not a person's.
bool MentionFinder::said_it(const Mention& m) const {
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  if (m.last + 2 >= s.last || !lex_.in("speech_verbs", folded_token(m.last))) return false;
  const std::string it = folded_token(m.last + 1);
  // (Opening a sentence, a word the recogniser reads as a name: not
  // "Analysts said it was ...".)
  if ((it != "it" && it != "its") || (is_sentence_start(m.first, s) && !names_.reads_name(m.sentence, m.first, m.last)))
    return false;
  // (Not the first word of a longer name the document writes: "Vardan" of
  // "Vardan USA" is that company's.)
  const std::string_view w = ctx_.token(m.first);
  for (std::uint32_t k = 0; k + 1 < ctx_.seg.tokens.size(); ++k)
    if (ctx_.token(k) == w && ctx_.seg.tokens[k + 1].capitalized && ctx_.seg.tokens[k + 1].kind == TokenKind::Word)
      return false;
  return true;
}

// "X, another member of the committee,", "X, a senior member of Y": a name
// with such an apposition is someone's, whatever the recogniser reads.
bool MentionFinder::member_apposed(const Mention& m) const {
  const Sentence& s = ctx_.seg.sentences[m.sentence];
  std::uint32_t k = m.last;
  if (k + 3 >= s.last || ctx_.token(k) != ",") return false;
  const std::string det = folded_token(k + 1);
  if (det != "a" && det != "an" && det != "another") return false;
  for (k += 2; k < s.last && k < m.last + 5; ++k)
    if (folded_token(k) == "member") return k + 1 < s.last && ctx_.token(k + 1) == "of";
  return false;
}

bool MentionFinder::in_headline_sentence(std::uint32_t s) const {
  return std::find(headlines_.begin(), headlines_.end(), s) != headlines_.end();
}

// A capitalised run with no head word is a person only when something in
// the document says so: a title or honorific before it, a first name, or
// another mention of the name or its surname that has one. Two surnames of
// such people glued into one run ("the Modi Xi meeting") are two mentions.
void MentionFinder::settle_person_types() {
  std::unordered_set<std::string> cued, surnames;
  // ("the tycoon Try Pheap", "dissident Wen Lo", "Lebanese bankers A and
  // B": a person's epithet in lower case right before the name cues it too.)
  const auto after_epithet = [&](const Mention& m) {
    if (m.first <= ctx_.seg.sentences[m.sentence].first || ctx_.seg.tokens[m.first - 1].capitalized) return false;
    const std::string& before = folded_token(m.first - 1);
    return lex_.in("person_epithets", before) || lex_.in("person_epithets", singular_of(before));
  };
  for (const auto& m : ctx_.mentions)
    if (m.type == EntityType::Person && m.kind == MentionKind::Name && (m.person_cue || m.by_context || after_epithet(m))) {
      cued.insert(loose_key(m.surface));
      cued.insert(loose_key(ctx_.token(m.last - 1)));
      if (m.last - m.first > 1) {  // family names come first in some languages ("Xi Jinping")
        surnames.insert(loose_key(ctx_.token(m.first)));
        surnames.insert(loose_key(ctx_.token(m.last - 1)));
      }
    }
  for (auto& m : ctx_.mentions) {
    // "Christopher Hill" after "Mr Hill": a first name and a place's head
    // word ("Hill", "Park") that the document gives a person is a person's
    // name, not a place's.
    if (m.type == EntityType::Location && m.kind == MentionKind::Name && !m.from_lexicon && m.last - m.first == 2 &&
        lex_.first_name(ctx_.token(m.first)) && cued.count(loose_key(ctx_.token(m.last - 1))))
      m.type = EntityType::Person;
    lone_place(m, cued);
    camel_company(m, cued);
    described_by_relative(m, cued);
    // "Quarvex's chief executive, X", "Fujitsu's Europe director", "the
    // former Quarvex chief": one uncued word whose company post follows its
    // possessive, or that a leader's title follows, is a body (not
    // a portfolio before a title: "Transport Secretary X"; not a person's
    // aide: "Lula's chief adviser"); so is one whose "whose" clause gives
    // it such a post, whatever cued a person ("owned by Singtel, whose group
    // chief executive, X").
    if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.from_lexicon || m.last - m.first != 1 ||
        in_headline_sentence(m.sentence) || lex_.first_name(ctx_.token(m.first)))
      continue;
    bool whose = false;
    const bool post = company_post_after(m, whose);
    if ((post && whose) || (!m.person_cue && !m.by_context && !cued.count(loose_key(m.surface)) &&
                            (post || led_by_title_after(m) || company_noun_after(m)))) {
      m.type = EntityType::Organization;
      m.by_context = true;
    }
  }
  listed_with_bodies(cued);
  // Names the document reads as a body's: "Harbour Zeta" after "Harbour
  // Zeta Inc." or "Harbour Zeta Holdings".
  std::unordered_set<std::string> bodies;
  for (const auto& m : ctx_.mentions) {
    if (m.type != EntityType::Organization || m.kind != MentionKind::Name || m.last - m.first < 2) continue;
    bodies.insert(loose_key(m.surface));
    const std::string_view tail = ctx_.token(m.last - 1);
    if (lex_.in("corporate_suffixes", tail) || lex_.in("org_words", tail))
      bodies.insert(loose_key(ctx_.span_text(m.first, m.last - 1)));
  }
  std::vector<Mention> out;
  out.reserve(ctx_.mentions.size());
  std::unordered_set<std::string> read;                    // runs the recogniser reads as names
  std::vector<std::pair<std::size_t, std::string>> unread;  // in out, those it does not read there
  for (auto& m : ctx_.mentions) {
    const bool open = m.type == EntityType::Person && m.kind == MentionKind::Name && !m.from_lexicon &&
                      !m.person_cue && !m.by_context && m.last - m.first > 1;
    if (!open || cued.count(loose_key(m.surface))) {
      out.push_back(std::move(m));
      continue;
    }
    bool glued = true;
    for (auto t = m.first; t < m.last && glued; ++t) glued = surnames.count(loose_key(ctx_.token(t))) > 0;
    if (glued) {
      for (auto t = m.first; t < m.last; ++t) {
        Mention one = m;
        one.first = t;
        one.last = t + 1;
        one.surface = one.canonical = std::string(ctx_.token(t));
        one.by_context = one.person_cue = true;
        out.push_back(std::move(one));
      }
      continue;
    }
    if (!cued.count(loose_key(ctx_.token(m.last - 1)))) {
      // Uncued: a name of proper nouns only stays a person; one with common
      // words ("Harbour Capital") is a body; either after "in" is a place.
      const Sentence& s = ctx_.seg.sentences[m.sentence];
      bool common = false, firm = false;
      for (auto t = m.first; t < m.last; ++t) {
        common = common || common_word(t);
        firm = firm || lex_.in("org_words", ctx_.token(t));
      }
      // (A company's word keeps it a body even there: "at Harbour Capital Markets".)
      const bool place = !firm && m.first > s.first && lex_.in("place_only_prepositions", ctx_.token(m.first - 1));
      const bool employer = !place && employer_before_title(m);
      if (place) m.type = EntityType::Location;
      else if (common || employer || bodies.count(loose_key(m.surface))) m.type = EntityType::Organization;
      // The trained recogniser reads no name there: it is not one ("Latin
      // American", "Phase One"), unless it reads the same run as one
      // elsewhere in the document, or a leader's title says whose it is
      // ("Thames Water's chief executive").
      const std::string key = loose_key(m.surface);
      // (Nor a person's name with a nickname in quotes inside, which the
      // recogniser, trained on few such, does not read: 'Chesley "Sully"
      // Sullenberger'.)
      bool nicknamed = false;
      for (auto t = m.first + 1; t + 1 < m.last; ++t) nicknamed = nicknamed || is_quote_mark(ctx_.token(t));
      if (employer || member_apposed(m) || (nicknamed && m.type == EntityType::Person) ||
          names_.reads_name(m.sentence, m.first, m.last, m.type == EntityType::Person))
        read.insert(key);
      else unread.emplace_back(out.size(), key);
    }
    out.push_back(std::move(m));
  }
  std::vector<bool> drop(out.size(), false);
  for (const auto& [i, key] : unread) drop[i] = !read.contains(key);
  ctx_.mentions.clear();
  for (std::size_t i = 0; i < out.size(); ++i)
    if (!drop[i]) ctx_.mentions.push_back(std::move(out[i]));
}

}  // namespace kg::extract
