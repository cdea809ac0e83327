// The mention finder's capitalised runs: which words can be part of a name,
// how far a name runs (particles, a title's complement, a body's "of",
// "and", "&") and what its head words make it.
#include "mention_finder.hpp"

#include <algorithm>

#include "kg/text.hpp"

namespace kg::extract {

// A word that can be part of a name.
bool MentionFinder::name_word(std::uint32_t i, const Sentence& s) const {
  const Token& t = ctx_.seg.tokens[i];
  if (t.kind != TokenKind::Word || ctx_.is_furniture(i)) return false;
  const std::string_view w = ctx_.token(i);
  if (!t.capitalized) return particle_name(w);  // "al-Assad", "bin-Talal"

  // (A pronoun written capitalised inside a sentence right after a name word
  // is a name: "Vice Premier Liu He".)
  const bool named_pronoun = i > s.first && !is_sentence_start(i, s) && w != "I" &&
                             ctx_.seg.tokens[i - 1].kind == TokenKind::Word && ctx_.seg.tokens[i - 1].capitalized &&
                             !lex_.in("pronouns", ctx_.token(i - 1));
  // ("the Sunday Times": a weekday after "the" and before a capitalised
  // word that is no time opens a name.)
  const bool named_day = lex_.in("time_words", fold_case(w)) && !lex_.in("month_names", fold_case(w)) &&
                         i > s.first && fold_case(ctx_.token(i - 1)) == "the" && i + 1 < s.last &&
                         ctx_.seg.tokens[i + 1].kind == TokenKind::Word && ctx_.seg.tokens[i + 1].capitalized &&
                         !lex_.in("not_names", ctx_.token(i + 1)) && !lex_.in("time_words", fold_case(ctx_.token(i + 1)));
  if ((lex_.in("not_names", w) && !named_day) || lex_.in("honorifics", w) || (lex_.in("pronouns", w) && !named_pronoun) ||
      lex_.in("name_premodifiers", w))
    return false;
  // "Opposition Leader Bill Shorten", "the Opposition Leader": a word that
  // sets a title against the state, written capitalised with the title.
  if (lex_.in("opposition_words", fold_case(w)) && i + 1 < s.last && title_at(i + 1, s).first > 0) return false;
  // "Russia-linked", "Turkish-backed": a compound adjective, not a name.
  if (const auto dash = w.rfind('-'); dash != std::string_view::npos && dash + 1 < w.size() &&
                                      is_lower_cp(static_cast<unsigned char>(w[dash + 1])))
    return false;
  // "U.S." is not a name word; "J." is, and so is "K.R." before a name.
  if (t.abbreviation && !(w.size() == 2 && w[1] == '.') && !initials_before_name(i, s)) return false;
  if (is_sentence_start(i, s) || is_upper_word(w)) {
    if (lex_.abbreviations().sentence_openers.count(std::string(w))) return false;
    // "Ban is due to meet X" after "Ban Ki-moon", though "ban" is a word the
    // document writes: a word of a person's name written before. (An acronym
    // between two capitalised words in mixed case is the name's, whatever
    // lower-case word it spells: "the Post Office Horizon IT Inquiry".)
    const auto mixed_case_name_word = [&](std::uint32_t k) {
      return k >= s.first && k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word &&
             ctx_.seg.tokens[k].capitalized && !is_upper_word(ctx_.token(k));
    };
    const bool acronym_inside = !is_sentence_start(i, s) && i > s.first && mixed_case_name_word(i - 1) &&
                                mixed_case_name_word(i + 1);
    if (lowercase_.count(fold_case(w)) && !word_of_person_before(w) && !acronym_inside) return false;
    // "Separately Hodgson said" after "Margaret Hodgson": the first word of
    // a sentence, before the surname of a person named earlier, is part of
    // a name only when it is a first name or the name recogniser reads it so
    // ("Atul Gupta, who ..." after "Rajesh Gupta").
    if (is_sentence_start(i, s) && i + 1 < s.last && !lex_.first_name(w) && !word_of_person_before(w) &&
        word_of_person_before(ctx_.token(i + 1), /*last_only=*/true) &&
        !names_.reads_name(ctx_.sentence_index(s), i, i + 1, /*person=*/true))
      return false;
    // "Members of the Liberation Council face ...": who belongs to a body, not its name.
    if (i + 1 < s.last && lex_.in("member_nouns", fold_case(w)) &&
        (ctx_.token(i + 1) == "of" || ctx_.token(i + 1) == "from"))
      return false;
  }
  // "Two Harbour Bank executives said ...": a count opening the sentence (or
  // its text after a dateline's dash) before a name and a plural noun is no
  // word of the name.
  const bool after_dash = i > s.first && (ctx_.token(i - 1) == "-" || ctx_.token(i - 1) == "\u2013" ||
                                          ctx_.token(i - 1) == "\u2014");
  if ((is_sentence_start(i, s) || after_dash) && lex_.number_value(fold_case(w)) >= 2) {
    std::uint32_t j = i + 1;
    while (j < s.last && ctx_.seg.tokens[j].capitalized && ctx_.seg.tokens[j].kind == TokenKind::Word) ++j;
    if (j > i + 1 && j < s.last && ctx_.seg.tokens[j].kind == TokenKind::Word && ctx_.token(j).ends_with('s'))
      return false;
  }
  return true;
}

bool MentionFinder::initials_before_name(std::uint32_t i, const Sentence& s) const {
  const std::string_view w = ctx_.token(i);
  if (w.size() < 4 || w.size() > 6 || w.size() % 2 != 0) return false;
  for (std::size_t k = 0; k < w.size(); k += 2)
    if (!is_upper_cp(static_cast<unsigned char>(w[k])) || w[k + 1] != '.') return false;
  if (i + 1 >= s.last || lexicon_at(i, s).first > 0) return false;
  const Token& next = ctx_.seg.tokens[i + 1];
  return next.kind == TokenKind::Word && next.capitalized && !next.abbreviation;
}

// Whether w is the first or last word (with last_only, the last) of a
// person's name of two or more words found so far (with cued, one the
// document says is a person's: a first name, a title or another cue).
bool MentionFinder::word_of_person_before(std::string_view w, bool last_only, bool cued) const {
  return std::any_of(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention& m) {
    return m.type == EntityType::Person && m.kind == MentionKind::Name && m.last - m.first >= 2 &&
           ((!last_only && ctx_.token(m.first) == w) || ctx_.token(m.last - 1) == w) &&
           (!cued || m.person_cue || m.by_context || lex_.first_name(ctx_.token(m.first)));
  });
}

bool MentionFinder::hyphenated_given_name(std::uint32_t j) const {
  const Token& t = ctx_.seg.tokens[j];
  if (t.kind != TokenKind::Word || !t.capitalized || ctx_.is_furniture(j)) return false;
  const std::string_view w = ctx_.token(j);
  const auto dash = w.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size() || !is_lower_cp(static_cast<unsigned char>(w[dash + 1])))
    return false;
  const std::string_view after = w.substr(dash + 1);
  return !after.ends_with("ed") && !after.ends_with("ing") && !lex_.in("place_suffixes", after) &&
         !lowercase_.count(std::string(after));
}

// A lower-case particle joined to a capitalised name: "al-Assad", "el-Sisi".
bool MentionFinder::particle_name(std::string_view w) const {
  const auto dash = w.find('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
  std::size_t k = dash + 1;
  return lex_.in("name_particles", w.substr(0, dash)) && is_upper_cp(next_code_point(w, k));
}

// Title complement: "for East Asian and Pacific Affairs", "of Russia".
// Returns the end of the complement (== i when there is none).
std::uint32_t MentionFinder::complement(std::uint32_t i, const Sentence& s) const {
  if (i >= s.last) return i;
  const std::string_view w = ctx_.token(i);
  if (w != "for" && w != "of") return i;
  // "chairman of the Renova Group", "special representative for North
  // Korea": a name there is an entity, not part of the title.
  std::uint32_t k = i + 1;
  if (k < s.last && folded_token(k) == "the") ++k;
  if (k < s.last && lexicon_at(k, s).first) return i;
  // A name whose words end a body's name ("chairman of the Renova Group")
  // is no part of the title, unless a first name opening the holder's name
  // comes after it: "Minister of Water Resources and Irrigation Mohamed
  // Abdel Aty" (the portfolio is the title's).
  const std::uint32_t run = name_run(k, s);
  const std::uint32_t org_end = run > k ? extend_org(k, run, s) : k;
  const bool body_named = org_end > k && (lex_.in("org_heads", ctx_.token(org_end - 1)) ||
                                          lex_.in("location_heads", ctx_.token(org_end - 1)));
  std::uint32_t j = i + 1, end = i;
  // (A state's name right after a capitalised word no complement ends a
  // body's name, "of MTN Nigeria": no part of the title.)
  bool name = false;
  while (j < s.last) {
    if (auto [n, e] = lexicon_at(j, s); n) {
      if (name && std::any_of(e->begin(), e->end(), [](const PhraseEntry& p) {
            return p.type == EntityType::Country && p.kind == PhraseKind::Name;
          }))
        break;
      name = false;
      j += n;
      end = j;
      continue;
    }
    const std::string_view x = ctx_.token(j);
    // (A list of portfolios: "Minister for Transport, Tourism and Sport".)
    if (x == "and" || x == "&" || x == "the" ||
        (x == "," && j + 1 < s.last && lex_.in("title_complements", ctx_.token(j + 1)))) {
      ++j;
      continue;
    }
    if (!ctx_.seg.tokens[j].capitalized || ctx_.seg.tokens[j].kind != TokenKind::Word) break;
    // "Vice Chair for Supervision Michael Barr": a first name followed by
    // a name word opens the holder's name.
    if (j > i + 1 && lex_.first_name(x) && j + 1 < s.last && name_word(j + 1, s)) return j;
    // "Speaker of Parliament Alban Keller": a legislature's head word closes
    // the complement before the holder's name, known first name or not.
    if (!body_named && lex_.in("legislature_heads", fold_case(x)) && j + 1 < s.last && name_word(j + 1, s) &&
        lexicon_at(j + 1, s).first == 0)
      return j + 1;
    ++j;
    name = !lex_.in("title_complements", x);
    if (!name) end = j;
  }
  return body_named ? i : end;
}

// Whether the words [i, j) are name words the lexicon does not know, no
// article or function word, and no first name or sentence opens.
bool MentionFinder::unknown_words(std::uint32_t i, std::uint32_t j, const Sentence& s) const {
  // (A sentence's first word is capitalised whatever it is: "Opposition
  // Democratic Party leader X".)
  if (lex_.first_name(ctx_.token(i)) || is_sentence_start(i, s)) return false;
  for (std::uint32_t k = i; k < j; ++k)
    if (!name_word(k, s) || lexicon_at(k, s).first > 0 || lex_.in("articles", ctx_.token(k)) ||
        lex_.in("function_words", folded_token(k)))
      return false;
  return true;
}

// A run of name words starting at i (particles allowed inside).
std::uint32_t MentionFinder::name_run(std::uint32_t i, const Sentence& s) const {
  std::uint32_t j = i;
  while (j < s.last) {
    // (Not after a word that opens bodies' names: "Royal Canadian Mounted
    // Police", "Royal Thai Army"; words/body_prefixes.txt.)
    // (Nor when a body's head word closes the words after it: "Allied Irish
    // Banks".)
    if (j > i && inner_demonym(j, s) && !(j == i + 1 && lex_.in("body_prefixes", ctx_.token(i))) &&
        !body_head_after(j + 1, s))
      break;
    // "told Putin China was willing": a state's name after the surname of
    // a person named before is no part of the name.
    if (j == i + 1 && word_of_person_before(ctx_.token(i), /*last_only=*/true) && state_named_at(j, s)) break;
    // (A title word right before a body's head word is part of the body's
    // name: "District Public Prosecutors Office".)
    const auto title_ends_run = [&] {
      const std::uint32_t n = title_at(j, s).first;
      return n > 0 && !(j + n < s.last && ctx_.seg.tokens[j + n].capitalized && lex_.in("org_heads", ctx_.token(j + n)));
    };
    if (name_word(j, s) && !(j > i && (lexicon_at(j, s).first > 1 || title_ends_run()))) {
      ++j;
      continue;
    }
    // "Bolivarian National Intelligence Service": unknown name words before
    // a known body's name of several words ending in a head word are part
    // of a longer body's name; the run ends with it.
    if (const auto [n, e] = lexicon_at(j, s); j > i && n > 1 && e->front().type == EntityType::Organization &&
                                              lex_.in("org_heads", ctx_.token(j + n - 1)) && unknown_words(i, j, s)) {
      j += n;
      break;
    }
    // "Tigray People's Liberation Front": the possessive of a noun for
    // people inside a body's name, then more of the name.
    if (j > i && j + 1 < s.last && ctx_.possessive(j) && lex_.in("name_possessors", ctx_.token(j - 1)) &&
        name_word(j + 1, s)) {
      j += 2;
      continue;
    }
    // "Nord Stream 2 AG": a small number before a legal form or a body's
    // head word is part of the name.
    if (j > i && j + 1 < s.last && ctx_.seg.tokens[j].kind == TokenKind::Number && ctx_.token(j).size() <= 2 &&
        ctx_.seg.tokens[j + 1].capitalized &&
        (lex_.in("corporate_suffixes", ctx_.token(j + 1)) || lex_.in("org_heads", ctx_.token(j + 1)))) {
      j += 2;
      continue;
    }
    // "En+ Group", "Canal+": a plus sign glued to a name word is part of it.
    if (j > i && ctx_.token(j) == "+" && ctx_.seg.tokens[j].begin == ctx_.seg.tokens[j - 1].end) {
      ++j;
      continue;
    }
    // "Lai Ching-te", "Lee Jae-myung": a hyphenated given name after a name
    // word, not a compound adjective ("Russia-linked", "Tokyo-based").
    if (j > i && hyphenated_given_name(j)) {
      ++j;
      continue;
    }
    // "Theresa May", "Philip Green": after a first name a common word is a surname.
    if (j > i && ctx_.seg.tokens[j].capitalized && ctx_.seg.tokens[j].kind == TokenKind::Word &&
        lex_.first_name(ctx_.token(j - 1)) && !lex_.in("pronouns", ctx_.token(j)) && title_at(j, s).first == 0 &&
        !lex_.in("function_words", folded_token(j))) {
      ++j;
      continue;
    }
    // "Steve King", "Hun Sen": a one-word title after a name word that no name follows.
    if (j > i && ctx_.seg.tokens[j].capitalized && ctx_.seg.tokens[j].kind == TokenKind::Word &&
        name_word(j - 1, s) && title_at(j, s).first > 0 && surname_not_title(j, s)) {
      ++j;
      continue;
    }
    // "Aquilino \"Koko\" Pimentel III": a nickname in quotes between name
    // words (one or two words, quotes of either kind).
    if (j > i && name_word(j - 1, s) && is_quote_mark(ctx_.token(j))) {
      std::uint32_t q = j + 1;
      while (q < s.last && q < j + 3 && name_word(q, s)) ++q;
      if (q > j + 1 && q + 1 < s.last && is_quote_mark(ctx_.token(q)) &&
          (name_word(q + 1, s) || lex_.in("name_particles", ctx_.token(q + 1)))) {
        j = q + 1;
        continue;
      }
    }
    // "Ursula von der Leyen": particles inside a name, then a name word;
    // so is the Dutch article "'t", after "in" too ("Sophie in 't Veld").
    const auto contracted_article = [&](std::uint32_t x) {
      return x + 1 < s.last && (ctx_.token(x) == "'" || ctx_.token(x) == "\u2019") && ctx_.token(x + 1) == "t" &&
             ctx_.seg.tokens[x + 1].begin == ctx_.seg.tokens[x].end;
    };
    std::uint32_t k = j;
    while (j > i && k < s.last && k < j + 4) {
      if (lex_.in("name_particles", ctx_.token(k))) ++k;
      else if (ctx_.token(k) == "in" && contracted_article(k + 1)) ++k;
      else if (contracted_article(k)) k += 2;
      else break;
    }
    if (k > j && k < s.last && name_word(k, s)) {
      j = k + 1;
      continue;
    }
    break;
  }
  return j;
}

// "Sofia Sapega": a one-word place that is also a first name (or any, right
// after a person's title: "Defence Minister Sydney Keller"), before a
// name word that is not a known name or a head word, opens a person's name.
bool MentionFinder::first_name_of_person(std::uint32_t i, std::uint32_t n, const Sentence& s, bool after_title) const {
  if (n != 1 || !(after_title || lex_.first_name(ctx_.token(i))) || i + 1 >= s.last || !name_word(i + 1, s)) return false;
  const std::string_view next = ctx_.token(i + 1);
  return lexicon_at(i + 1, s).first == 0 && title_at(i + 1, s).first == 0 && !lex_.in("org_heads", next) &&
         !lex_.in("location_heads", next) &&
         !lex_.in("party_adjectives", next) &&
         !lex_.in("event_heads", next) && !lex_.in("non_entity_heads", next);
}

// One capitalised name word after a place's name, that is no head word
// and no known name, and ends the run: "Cambridge Analytica".
bool MentionFinder::named_after_place(std::uint32_t j, const Sentence& s) const {
  if (j >= s.last || !name_word(j, s) || lexicon_at(j, s).first || title_at(j, s).first) return false;
  const std::string_view w = ctx_.token(j);
  if (lex_.in("org_heads", w) || lex_.in("location_heads", w) || lex_.in("event_heads", w) ||
      lex_.in("non_entity_heads", w) || lex_.in("party_adjectives", w) || lex_.first_name(w) || is_upper_word(w))
    return false;
  // (Not the first of a body's subjects: "Xinjiang Production and Construction Corps".)
  if (j + 1 < s.last && (ctx_.token(j + 1) == "and" || ctx_.token(j + 1) == "&") && extend_org(j, j + 1, s) > j + 1)
    return false;
  // (Nor of a name the document writes as an acronym: "Pacific Gas and Electric", "PG&E".)
  if (j > s.first && j + 2 < s.last && ctx_.token(j + 1) == "and" && initials_written(j - 1, name_run(j + 2, s)))
    return false;
  return name_run(j, s) == j + 1 &&
         (j + 1 >= s.last || !ctx_.seg.tokens[j + 1].capitalized || ctx_.seg.tokens[j + 1].kind != TokenKind::Word);
}

// A one-word title after a name word is a surname when no name follows
// it ("Steve King said", "Hun Sen and ..."), not when one does ("...
// Steve, King Salman").
bool MentionFinder::surname_not_title(std::uint32_t j, const Sentence& s) const {
  const std::uint32_t n = title_at(j, s).first;
  if (n == 0) return true;
  if (n > 1 || ctx_.token(j - 1) == ",") return false;
  // "a Harbour Party MP": no person's name ends in a body's head word.
  if (org_head(ctx_.token(j - 1))) return false;
  // "AbbVie Chairman and Chief Executive Jane Roe": a title goes on after "and".
  if (j + 2 < s.last && (ctx_.token(j + 1) == "and" || ctx_.token(j + 1) == "&") && title_at(j + 2, s).first > 0)
    return false;
  // "Assistant Secretary for Economic Policy Laura Hale": the holder's name after the title's complement.
  if (const std::uint32_t c = complement(j + 1, s); c > j + 1 && names_after(c, s)) return false;
  return j + 1 >= s.last || !ctx_.seg.tokens[j + 1].capitalized || ctx_.seg.tokens[j + 1].kind != TokenKind::Word;
}

bool MentionFinder::body_head_after(std::uint32_t k, const Sentence& s) const {
  std::uint32_t end = k;
  while (end < s.last && end < k + 3 && ctx_.seg.tokens[end].capitalized && ctx_.seg.tokens[end].kind == TokenKind::Word &&
         lexicon_at(end, s).first == 0)
    ++end;
  if (end == k || (end < s.last && ctx_.seg.tokens[end].capitalized)) return false;
  const std::string_view head = ctx_.token(end - 1);
  return org_head_or_plural(head) || lex_.in("org_words", head);
}

// A demonym inside a capitalised run ends it: "Latin American", "Joint
// Russian" are adjectives, not names; the demonym still stands for its state.
bool MentionFinder::inner_demonym(std::uint32_t j, const Sentence& s) const {
  const auto [n, e] = lexicon_at(j, s);
  return n == 1 && e->front().kind == PhraseKind::Demonym;
}

// Whether a state's name or demonym starts at k ("China", "Philippine").
bool MentionFinder::state_named_at(std::uint32_t k, const Sentence& s) const {
  if (k >= s.last) return false;
  const auto [n, e] = lexicon_at(k, s);
  return n > 0 && e->front().type == EntityType::Country;
}

// A word shaped like a demonym or a language: "Kurdish", "Korean", "Japanese".
bool MentionFinder::demonym_shaped(std::string_view w) {
  return w.size() > 3 && (w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish"));
}

// Capitalised words that describe rather than name: a region adjective
// ("Southeast Asian", "West African"), a group of people ("Uyghur
// Muslims", "Conservative MPs") or a creed's adjective ("Islamist", "Roman
// Catholic").
// Not an entity.
bool MentionFinder::descriptive_run(std::uint32_t first, std::uint32_t last) const {
  const std::string_view head = ctx_.token(last - 1);
  if (lex_.in("group_plurals", head)) return true;
  // "a little-known Islamist group", "the country's Roman Catholic bishops":
  // a creed's adjective closing the run.
  if (lex_.in("ideology_adjectives", head)) return true;
  // "the Anglo-Australian group", "a Sino-Russian venture": a hyphenated
  // adjective ending in a demonym.
  if (last - first == 1)
    if (const auto hyphen = head.rfind('-'); hyphen != std::string_view::npos && hyphen > 0)
      if (const auto* e = lex_.phrase(head.substr(hyphen + 1)); e != nullptr && e->front().kind == PhraseKind::Demonym)
        return true;
  return last - first == 2 && lex_.in("region_words", ctx_.token(first)) && head.size() > 3 &&
         (head.ends_with("an") || head.ends_with("ese") || head.ends_with("ish"));
}

// An organisation's name may continue through "of", "for", "on", "and",
// "the" when it has an organisation head word ("Office of the Director of
// National Intelligence", "Subcommittee on Antitrust, Commercial and ...").
// `known` words of a known name before first open the name ("China" of
// "China Telecom").
std::uint32_t MentionFinder::extend_org(std::uint32_t first, std::uint32_t last, const Sentence& s,
                                        std::uint32_t known) const {
  if (last == first) return last;
  bool has_head = false;
  for (std::uint32_t k = first; k < last; ++k) has_head = has_head || org_head(ctx_.token(k));
  // "Energy & Commerce Committee", "Johnson & Johnson", "Merck & Co.": an
  // ampersand joins the words of one name.
  if (!has_head && last + 1 < s.last && ctx_.token(last) == "&") {
    const std::uint32_t more = name_run(last + 1, s);
    if (more > last + 1) return more;
    if (lex_.in("corporate_suffixes", ctx_.token(last + 1))) return last + 2;
  }
  // "Pacific Gas and Electric" in a document that writes "PG&E": a name
  // joined by "and" whose initials the document writes as an acronym.
  if (!has_head && last + 1 < s.last && ctx_.token(last) == "and") {
    const std::uint32_t more = name_run(last + 1, s);
    if (more > last + 1 && more - first <= 8 && initials_written(first - known, more)) return more;
  }
  // "Akhtar and Sons Private Limited", "Harland and Partners": a family firm's
  // "and Sons" (words/firm_partner_words.txt) joins the name before it.
  if (!has_head && last + 1 < s.last && ctx_.token(last) == "and" && lex_.in("firm_partner_words", ctx_.token(last + 1))) {
    std::uint32_t more = name_run(last + 1, s);
    if (more < s.last && lex_.in("corporate_suffixes", ctx_.token(more))) ++more;
    if (more > last + 1) return more;
  }
  // "Work and Pensions Committee": two subjects and one head; "Digital,
  // Culture, Media and Sport Committee": a list of them.
  // Not an item of a list of names ("Harbour Bank, Tellmaro and Baltic Shipping"),
  // nor a person named before ("both Aghajani and Shahed Aviation Industries")
  // or by a title right before ("Interior Secretary A B and ..."), nor a
  // name before a state's body ("... and Philippine National Police"), nor
  // a person's full name the recogniser reads ("A B and Harbour Properties").
  const auto titled = [&] {
    return std::any_of(ctx_.titles.begin(), ctx_.titles.end(),
                       [&](const TitleSpan& t) { return t.last == first && t.first >= s.first; });
  };
  const auto person_read = [&] {
    return last - first >= 2 && names_.reads_name(ctx_.sentence_index(s), first, last, /*person=*/true);
  };
  if (!has_head && last - first <= 3 && !lex_.first_name(ctx_.token(first)) && !word_of_person_before(ctx_.token(first)) &&
      last + 1 < s.last && !titled() && !state_named_at(last + 1, s) &&
      (ctx_.token(last) == "and" || ctx_.token(last) == ",") && (first == s.first || ctx_.token(first - 1) != ",")) {
    std::uint32_t k = last;
    for (int items = 0; items < 5 && k + 1 < s.last && ctx_.token(k) == ","; ++items) {
      const std::uint32_t next = name_run(k + 1, s);
      if (next == k + 1 || next - (k + 1) > 2) return last;
      k = next;
    }
    // (A list of subjects names a committee; "Quarvex, Tellmaro and Baltic
    // Shipping" are three bodies.)
    const bool listed = k > last;
    if (k + 1 < s.last && ctx_.token(k) == "and") {
      const std::uint32_t more = name_run(k + 1, s);
      if (more > k + 2 && lex_.in("org_heads", ctx_.token(more - 1)) &&
          (!listed || committee_head(ctx_.token(more - 1))))
        return person_read() ? last : more;
      // "the Education and the Workforce Committee": a committee's second
      // subject may take "the" (one word the lexicon does not know; after
      // "the", which no person's name follows: not "Smith and the Ethics
      // Committee").
      if (!listed && first - known > s.first && fold_case(ctx_.token(first - known - 1)) == "the" && k + 3 < s.last &&
          ctx_.token(k + 1) == "the" && name_run(k + 2, s) == k + 4 && lexicon_at(k + 2, s).first == 0 &&
          committee_head(ctx_.token(k + 3)))
        return k + 4;
      // "the ruling Law and Justice party": one name before a lower-case
      // noun for a body (words/body_nouns.txt).
      if (!listed && more > k + 1 && more < s.last && !ctx_.seg.tokens[more].capitalized &&
          lex_.in("body_nouns", ctx_.token(more)))
        return person_read() ? last : more;
    }
  }
  // "Bay of Pigs Veterans Association", "Presidency of Defense Industries":
  // the head comes after "of".
  if (!has_head && last == first + 1 && !lex_.first_name(ctx_.token(first)) && last + 1 < s.last &&
      (ctx_.token(last) == "of" || ctx_.token(last) == "for")) {
    std::uint32_t k = last + 1;
    if (k < s.last && ctx_.token(k) == "the") ++k;
    const std::uint32_t more = k < s.last && lexicon_at(k, s).first == 0 ? name_run(k, s) : k;
    has_head = more > k && lex_.in("org_heads", ctx_.token(more - 1));
  }
  // "the National Endowment for Democracy", "the Alliance for Securing
  // Democracy": after "the", capitalised words, "for" and more of them name
  // a body, head word or not (no person's name holds "for"; not a title:
  // "the Minister for Trade").
  if (!has_head && last - first <= 3 && first > s.first && fold_case(ctx_.token(first - 1)) == "the" &&
      !lex_.first_name(ctx_.token(first)) && last + 1 < s.last && ctx_.token(last) == "for" &&
      title_at(first, s).first == 0) {
    const std::uint32_t k = last + 1 < s.last && ctx_.token(last + 1) == "the" ? last + 2 : last + 1;
    has_head = k < s.last && lexicon_at(k, s).first == 0 && name_run(k, s) > k;
  }
  if (!has_head) return last;
  std::uint32_t j = last;
  std::uint32_t before_list = 0;  // the end before a comma that no "and" has closed yet
  bool after_place = false;       // the name so far ends in a place's name ("of Scotland")
  bool after_preposition = false;  // the name so far has an "of", "for" or "on"
  bool after_into = false;         // ... or an inquiry's "into"
  while (j + 1 < s.last) {
    const std::string_view w = ctx_.token(j);
    std::uint32_t k = j + 1;
    // ("Commission of Inquiry into State Capture", "Royal Commission into
    // the X Scheme": an inquiry's subject.)
    const bool into = w == "into" && j > first &&
                      (lex_.in("committee_kinds", fold_case(ctx_.token(j - 1))) ||
                       lex_.in("inquiry_heads", fold_case(ctx_.token(j - 1))));
    // (... and where: "into Misconduct in the Banking, ... Industry"; and
    // how, after a subject: "on Foreign Interference through Social Media".)
    const bool in_subject = (w == "in" && after_into) || (w == "through" && after_preposition);
    if (w == "of" || w == "for" || w == "on" || into || in_subject) {
      if (ctx_.token(k) == "the") ++k;
      after_preposition = true;
      after_into = after_into || into;
    } else if (w == "and" || w == "&" || w == ",") {
      // only inside a list of capitalised words after a preposition
      // ("Subcommittee on Antitrust, Commercial and Administrative Law");
      // not "Royal Bank of Scotland and Lloyds": two bodies; not "Harbour
      // Bank, Quarvex and Tellmaro": a list of bodies.
      if (w == "," && !after_preposition) break;
      if (w != "," && after_place) break;
      if (w == "and" && two_bodies(first - known, j, s, /*headless_second=*/!after_preposition)) break;
      // "two groups, Vardan Front and Kestrel Youth": names listed after a
      // plural noun for bodies are two.
      if (w == "and" && listed_after_bodies(first - known, s)) break;
      // "Harbour Capital and Olga Smith of ...": a person after "and".
      if (w == "and" && lex_.first_name(ctx_.token(k))) break;
    } else {
      break;
    }
    if (k >= s.last) break;
    // "the Socialist Party of Prime Minister X": a title and a name after "of"
    // say whose the body is, they are no part of its name.
    if (w == "of")
      if (const std::uint32_t n = title_at(k, s).first;
          n > 0 && k + n < s.last && ctx_.seg.tokens[k + n].capitalized && ctx_.seg.tokens[k + n].kind == TokenKind::Word)
        break;
    // Not a person named before, nor a body before a title ("the Committee
    // on Oversight and Government Reform, Snyder and EPA Administrator X").
    if ((w == "," || w == "and") && word_of_person_before(ctx_.token(k), /*last_only=*/true)) break;
    const auto [n, e] = lexicon_at(k, s);
    std::uint32_t run = n ? k + n : name_run(k, s);
    // (A known name and a title after "and" or a comma open another phrase:
    // "..., Snyder and EPA Administrator X"; after "of" the name is the
    // body's complement: "Bank of Portugal Governor X".)
    const bool title_after = n && title_at(k + n, s).first > 0;
    if (run == k || (title_after && w != "of")) break;
    // "the Equipment Development Department of China's Central Military
    // Commission": a possessor after "of" owns the body named next.
    if (w == "of" && run < s.last && ctx_.possessive(run)) break;
    if (title_after) {
      j = run;
      break;
    }
    // "ANZ, National Australia Bank and Westpac": a name a head word closes,
    // then "and" and a name with no word of a body's name, is two bodies
    // (not "Tagus Oil and Gas Enterprise").
    if (w == "and" && !after_preposition && org_head(ctx_.token(j - 1))) {
      bool body_word = false;
      for (std::uint32_t x = k; x < run && !body_word; ++x)
        body_word = org_head(ctx_.token(x)) || lex_.in("org_words", ctx_.token(x));
      if (!body_word) break;
    }
    // "the Harbour Front and Portugal signed": a state after "and" is a second party.
    if (w == "and" && n && e->front().type == EntityType::Country && e->front().kind == PhraseKind::Name) break;
    // "Union of South American Nations": a demonym inside the complement goes
    // on to the capitalised head after it.
    if (w == "of" && !n) {
      std::uint32_t more = run;
      while (more < s.last && more - run < 3 && ctx_.seg.tokens[more].capitalized &&
             ctx_.seg.tokens[more].kind == TokenKind::Word && title_at(more, s).first == 0)
        ++more;
      if (more > run && inner_demonym(run, s) &&
          (lex_.in("org_heads", ctx_.token(more - 1)) || ctx_.token(more - 1).ends_with('s')))
        run = more;
    }
    // "Mercator Institute for China Studies": words after a known name.
    const bool place = n && (e->front().type == EntityType::Location || e->front().type == EntityType::Country);
    if (n) run = std::max(run, name_run(run, s));
    // A list inside a name goes on one word at a time ("Antitrust,
    // Commercial and ..."), or two that open with no person's name ("on the
    // Environment, Public Health and Food Safety"); "Bank of America, Jane
    // Roe of ..." ends at the comma.
    if (w == "," && (run > k + 2 || (run == k + 2 && (lex_.first_name(ctx_.token(k)) || n > 0 ||
                                                      word_of_person_before(ctx_.token(k + 1), true)))))
      break;
    // "University on Russky Island": a place after "on" is where the body is.
    if (w == "on" && lex_.in("location_heads", ctx_.token(run - 1))) break;
    // "the chairman of Norvik Steel and Portugal's richest man": a possessor
    // after "and" opens another phrase.
    if ((w == "and" || w == ",") && run < s.last && ctx_.possessive(run)) break;
    if (w == "," && before_list == 0) before_list = j;
    if (w == "and" || w == "&") before_list = 0;
    after_place = place && run == k + n;
    j = run;
  }
  return before_list ? before_list : j;
}

// Whether the word at k is a portfolio of a government title: one that
// starts at it ("Energy Minister") or right after it ("Energy Secretary")
// and ends in a word of government_titles.txt (not "Airlines chairman").
bool MentionFinder::portfolio_before_title(std::uint32_t k, const Sentence& s) const {
  for (const std::uint32_t at : {k, k + 1}) {
    if (at >= s.last) continue;
    const std::uint32_t n = title_at(at, s).first;
    if (n > 0) return lex_.in("government_titles", fold_case(ctx_.token(at + n - 1)));
  }
  return false;
}

// "Tianyu Group and Falcon Holdings": a name of two or more words ending
// in a body's head, "and", then another such name, is two bodies; not one
// committee's subjects ("House Energy and Commerce Committee") nor a head
// with a complement ("Department of Energy and Climate Change").
bool MentionFinder::two_bodies(std::uint32_t first, std::uint32_t and_at, const Sentence& s,
                               bool headless_second) const {
  if (and_at < first + 2 || !lex_.in("org_heads", ctx_.token(and_at - 1))) return false;
  for (std::uint32_t k = first; k < and_at; ++k)
    if (!ctx_.seg.tokens[k].capitalized) return false;
  // The run after "and" may open with a known name ("Iran Airways").
  const std::uint32_t known = lexicon_at(and_at + 1, s).first;
  const std::uint32_t next = name_run(and_at + 1 + known, s);
  if (next < and_at + 3) return false;
  // "Harbour Petroleum and Harbour United": a whole name, then a name of
  // two words with no word of a body's name, is two; so is one whose body
  // word comes after a name of its own ("Bluegate Oil and Redstone Gas");
  // not one that opens with it ("Myanma Oil and Gas Enterprise"; inside a
  // complement, "Ministry of Trade and Industry Policy", one).
  if (headless_second && !lex_.in("org_heads", ctx_.token(next - 1))) {
    const std::string_view opener = ctx_.token(and_at + 1);
    return !lex_.in("org_words", opener) && !lex_.in("org_heads", opener);
  }
  // (One committee's subjects are no body: "House Energy and Commerce
  // Committee"; two committees are: "the Strategy and Finance Committee
  // and National Policy Committee".)
  return lex_.in("org_heads", ctx_.token(next - 1)) &&
         (!lex_.in("committee_heads", fold_case(ctx_.token(next - 1))) ||
          lex_.in("committee_heads", fold_case(ctx_.token(and_at - 1))));
}

// Whether a leader's title ("CEO", "Chairman and CEO") starts at k and a
// capitalised name follows it.
bool MentionFinder::heads_titled_name(std::uint32_t k, const Sentence& s) const {
  auto [n, title] = title_at(k, s);
  if (n == 0 || title->relation != RelationType::LeaderOf) return false;
  k += n;
  if (k + 1 < s.last && ctx_.token(k) == "and")
    if (const auto more = title_at(k + 1, s); more.first > 0) k += 1 + more.first;
  return k < s.last && ctx_.seg.tokens[k].capitalized && ctx_.seg.tokens[k].kind == TokenKind::Word &&
         title_at(k, s).first == 0;
}

bool MentionFinder::place_title_at(std::uint32_t k, const Sentence& s) const {
  const std::uint32_t n = title_at(k, s).first;
  return n > 0 && lex_.in("place_leader_titles", fold_case(ctx_.span_text(k, k + n)));
}

bool MentionFinder::org_head_or_plural(std::string_view w) const {
  return org_head(w) || (w.size() > 3 && w.back() == 's' && org_head(w.substr(0, w.size() - 1)));
}

bool MentionFinder::org_head(std::string_view w) const {
  if (lex_.in("org_heads", w)) return true;
  const auto hyphen = w.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && lex_.in("org_heads", w.substr(0, hyphen));
}

EntityType MentionFinder::classify(std::uint32_t first, std::uint32_t last) const {
  const std::string_view head = ctx_.token(last - 1);
  const std::string_view lead = ctx_.token(first);
  // "Harbour Capital GmbH": a legal form is a company's.
  if (org_head(head) || lex_.in("corporate_suffixes", head)) return EntityType::Organization;
  // "Allied Irish Banks": a head word's plural, not after a first name ("Tony Banks").
  if (last - first > 1 && org_head_or_plural(head) && !lex_.first_name(lead))
    return EntityType::Organization;
  // "Halkbank": a word ending like a company's (words/org_word_endings.txt).
  if (const std::string folded = fold_case(head); folded.size() > 6)
    for (std::size_t k = 3; k + 3 <= folded.size() && k <= 8; ++k)
      if (lex_.in("org_word_endings", std::string_view(folded).substr(folded.size() - k))) return EntityType::Organization;
  // "Central Bank of Venezuela": the head comes before "of", "for", "on".
  for (std::uint32_t k = first + 1; k + 1 < last; ++k) {
    const std::string_view w = ctx_.token(k + 1);
    if ((w == "of" || w == "for" || w == "on") && lex_.in("org_heads", ctx_.token(k))) return EntityType::Organization;
    if ((w == "of" || w == "for" || w == "on") && lex_.in("location_heads", ctx_.token(k))) return EntityType::Location;
  }
  // (Not after a first name: "Robert Day" is a person. An event's head
  // ends the name whatever opens it: "International Import Expo".)
  if (lex_.in("event_heads", head) && !(last - first == 2 && lex_.first_name(lead))) return EntityType::Event;
  // "Institute for Peninsula Affairs", "Office of the Director ...": a head first.
  if (last - first > 2 && lex_.in("org_heads", lead)) return EntityType::Organization;
  // (A head word alone names no place: "Park" after "Park Geun-hye" is her.)
  if (((lex_.in("location_heads", head) || lex_.in("state_heads", head)) && last - first > 1) ||
      lex_.in("location_prefixes", lead))
    return EntityType::Location;
  // "Sport Ireland", "Transport Canada": words before a state's name make a
  // body's name (not a first name's: "Michael Jordan").
  if (last - first >= 2 && !lex_.first_name(lead))
    if (const auto* e = lex_.phrase(head);
        e != nullptr && e->front().type == EntityType::Country && e->front().kind == PhraseKind::Name)
      return EntityType::Organization;
  return EntityType::Person;
}

}  // namespace kg::extract
