// The mention finder's lookups at a token: the lexicon's longest phrase, a
// title, an anaphor, an epithet, a state's government; and what kind of line
// a sentence is (page furniture, a title-case headline).
#include "mention_finder.hpp"
#include "dateline.hpp"

#include <algorithm>
#include <array>

#include "kg/text.hpp"

namespace kg::extract {

// Whether the words from k on in a title-case line go on the name before
// k: a capitalised word that is no function word, past a possessive.
bool MentionFinder::modifies_next(std::uint32_t k, const Sentence& s) const {
  if (k < s.last && ctx_.possessive(k)) ++k;
  return k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word && ctx_.seg.tokens[k].capitalized &&
         !lex_.in("function_words", folded_[k]) && !lex_.in("place_prepositions", folded_[k]) &&
         !lex_.in("phrase_prepositions", folded_[k]);
}

MentionKind MentionFinder::mention_kind(PhraseKind k) {
  return k == PhraseKind::Demonym      ? MentionKind::Demonym
         : k == PhraseKind::Capital    ? MentionKind::Capital
         : k == PhraseKind::Contextual ? MentionKind::Contextual
                                       : MentionKind::Name;
}

// Words seen in lower case anywhere in the document: a capitalised form of
// one of them at the start of a sentence is not a name ("Several", "Testifying").
void MentionFinder::collect_lowercase_words() {
  for (std::size_t i = 0; i < ctx_.seg.tokens.size(); ++i)
    if (ctx_.seg.tokens[i].kind == TokenKind::Word && !ctx_.seg.tokens[i].capitalized)
      lowercase_.insert(std::string(ctx_.token(i)));
}

// Page furniture: "Advertisement", "Latest News", "Home > Main News".
bool MentionFinder::boilerplate(std::uint32_t s) const {
  const Sentence& sent = ctx_.seg.sentences[s];
  std::string line;
  for (std::uint32_t i = sent.first; i < sent.last; ++i) {
    const std::string_view w = ctx_.token(i);
    if (ctx_.seg.tokens[i].kind == TokenKind::Punct) {
      if (w == ">" || w == "|") return line.empty() || lex_.in("boilerplate", line);
      continue;
    }
    if (!line.empty()) line.push_back(' ');
    line.append(w);
  }
  return lex_.in("boilerplate", line);
}

// A title-case line ("US Official Emphasizes Security Guarantees"):
// capitals there say nothing about names.
bool MentionFinder::headline(std::uint32_t s) const {
  const Sentence& sent = ctx_.seg.sentences[s];
  std::size_t words = 0, capitalised = 0;
  for (std::uint32_t i = sent.first; i < sent.last; ++i) {
    if (ctx_.seg.tokens[i].kind != TokenKind::Word) continue;
    ++words;
    if (ctx_.seg.tokens[i].capitalized) ++capitalised;
  }
  // Credits ("Photo by Stephen Shaver/UPI", "By Jennie Oh") name people in
  // title case; a title-case "By" inside a headline ("Hearing Is Halted By
  // Pie Attack") is no credit.
  for (std::uint32_t i = sent.first; i + 1 < sent.last; ++i)
    if ((ctx_.token(i) == "by" || (ctx_.token(i) == "By" && i == sent.first)) && ctx_.seg.tokens[i + 1].capitalized)
      return false;
  const std::string_view last = ctx_.token(sent.last - 1);
  const bool ends_like_sentence = last == "." || last == "?" || last == "!" || last == "\"" || last == "\u201D";
  return words >= 4 && capitalised * 10 >= words * 7 && !ends_like_sentence;
}

bool MentionFinder::is_sentence_start(std::uint32_t i, const Sentence& s) const {
  if (i == s.first) return true;
  const std::string_view prev = ctx_.token(i - 1);
  if (i == s.first + 1 && (is_opening_quote(prev) || prev == "(" || prev == "'")) return true;
  // Right after an opening dateline's dash ("LISBON (Reuters) - The agency ..."):
  // the clause's first word.
  if ((prev != "-" && prev != "--" && prev != "\u2013" && prev != "\u2014") || i - s.first > 12) return false;
  std::vector<std::string_view> words;
  for (std::uint32_t k = s.first; k <= i && k < s.last; ++k) words.push_back(ctx_.token(k));  // (a word after the dash)
  return dateline_length(words) == i - s.first;
}

// Longest lexicon phrase at i within the sentence.
// Remembered per token (the finder asks again for the same words), for
// the sentence it was found in.
std::pair<std::uint32_t, const std::vector<PhraseEntry>*> MentionFinder::lexicon_at(std::uint32_t i,
                                                                                    const Sentence& s) const {
  if (i >= s.last) return {0, nullptr};  // no words: as find_lexicon_at finds
  if (lexicon_memo_.empty()) lexicon_memo_.resize(ctx_.seg.tokens.size());
  LexiconMemo& m = lexicon_memo_[i];
  if (!m.known || m.first != s.first || m.last != s.last) m = {true, s.first, s.last, find_lexicon_at(i, s)};
  return m.found;
}

std::pair<std::uint32_t, const std::vector<PhraseEntry>*> MentionFinder::find_lexicon_at(std::uint32_t i,
                                                                                         const Sentence& s) const {
  const std::uint32_t max = std::min<std::uint32_t>(static_cast<std::uint32_t>(lex_.longest_phrase()), s.last - i);
  // The phrase of the first n + 1 words is key's first lengths[n].key bytes
  // (folded's first lengths[n].folded); the buffers are reused.
  struct Lengths {
    std::size_t key, folded;
    bool upper;
  };
  thread_local std::string key, folded;
  thread_local std::vector<Lengths> lengths;
  key.clear();
  folded.clear();
  lengths.clear();
  bool upper = true;
  for (std::uint32_t n = 0; n < max; ++n) {
    if (n) key.push_back(' ');
    const std::string_view w = ctx_.token(i + n);
    // "The North" opening a sentence is "the North".
    const std::string_view as_written = n == 0 && w == "The" && is_sentence_start(i, s) ? "the" : w;
    key.append(as_written);
    if (n) folded.push_back(' ');
    folded.append(fold_case(as_written));
    if (!lex_.phrase_prefix(folded)) break;  // no phrase goes on like this
    upper = upper && (ctx_.seg.tokens[i + n].kind != TokenKind::Word || is_upper_word(w));
    lengths.push_back({key.size(), folded.size(), upper});
  }
  for (auto n = static_cast<std::uint32_t>(lengths.size()); n > 0; --n) {
    const Lengths& l = lengths[n - 1];
    if (const auto* e = lex_.phrase(std::string_view(key).substr(0, l.key))) {
      // "the North" is not "the North Korean people".
      const bool continues = i + n < s.last && ctx_.seg.tokens[i + n].capitalized &&
                             ctx_.seg.tokens[i + n].kind == TokenKind::Word;
      if (e->front().kind == PhraseKind::Contextual && continues) continue;
      return {n, e};
    }
    if (l.upper && l.key > 2)
      if (const auto* e = lex_.upper_phrase(std::string_view(folded).substr(0, l.folded))) return {n, e};
  }
  return {0, nullptr};
}

// Whether the name at i is the second of a hyphenated pair ("Japan-South
// Korea summit"): then "summit" is the pair's meeting, not an event's name
// ("the Hanoi summit").
bool MentionFinder::second_of_pair(std::uint32_t i, const Sentence& s) const {
  if (i < s.first + 2 || ctx_.mentions.empty() || ctx_.mentions.back().last != i - 1) return false;
  return is_dash(ctx_.token(i - 1));
}

// The index of the "the NOUN" anaphor whose noun is the word at k, or -1.
int MentionFinder::noun_anaphor(std::uint32_t k) const {
  const auto& list = lex_.anaphors();
  for (std::size_t a = 0; a < list.size(); ++a)
    if (list[a].words.size() == 2 && list[a].words[0] == "the" && list[a].words[1] == folded_token(k))
      return static_cast<int>(a);
  return -1;
}

// An anaphor phrase ("the committee") at i: its length and index.
std::pair<std::uint32_t, std::size_t> MentionFinder::anaphor_at(std::uint32_t i, const Sentence& s) const {
  const auto& list = lex_.anaphors();
  const auto found = [](std::uint32_t n, int a) { return std::pair<std::uint32_t, std::size_t>{n, static_cast<std::size_t>(a)}; };
  // "told a Senate committee", "an Oireachtas committee", "a House panel": a
  // committee the document names (coref.cpp), as "the Senate committee"
  // would be (a noun whose anaphor goes to committees).
  // ("before the House committee": the same after "the" and a chamber's
  // word, not a committee's name going on: "the Portex committee of inquiry".)
  const bool chamber_committee = i + 2 < s.last && ctx_.seg.tokens[i + 1].capitalized && folded_token(i) == "the" &&
                                 lex_.in("legislature_heads", folded_token(i + 1)) &&
                                 (i + 3 >= s.last || (folded_token(i + 3) != "of" && folded_token(i + 3) != "on"));
  if ((folded_token(i) == "a" || folded_token(i) == "an" || chamber_committee) && i + 2 < s.last &&
      ctx_.seg.tokens[i + 1].capitalized &&
      ctx_.seg.tokens[i + 1].kind == TokenKind::Word && !ctx_.seg.tokens[i + 2].capitalized)
    if (const int a = noun_anaphor(i + 2);
        a >= 0 && std::any_of(list[static_cast<std::size_t>(a)].heads.begin(), list[static_cast<std::size_t>(a)].heads.end(),
                              [&](const std::string& h) { return lex_.in("committee_heads", h); }))
      return found(3, a);
  // "X, a foreign ministry spokeswoman", "a commission spokesman": the noun
  // of a "the NOUN" anaphor after "a" and a lower-case word at most, right
  // before a title, is that anaphor (the ministry the document names).
  if ((folded_token(i) == "a" || folded_token(i) == "an") && i + 2 < s.last)
    for (std::uint32_t noun = i + 1; noun <= i + 2 && noun + 1 < s.last; ++noun) {
      if (ctx_.seg.tokens[noun].capitalized || ctx_.seg.tokens[noun].kind != TokenKind::Word ||
          (noun == i + 2 && (ctx_.seg.tokens[i + 1].capitalized || ctx_.seg.tokens[i + 1].kind != TokenKind::Word ||
                             lex_.in("function_words", folded_token(i + 1)))) ||
          title_at(noun + 1, s).first == 0)
        continue;
      if (const int a = noun_anaphor(noun); a >= 0 && list[static_cast<std::size_t>(a)].heads.front() != "ORGANIZATION" &&
                                            list[static_cast<std::size_t>(a)].heads.front() != "GROUP")
        return found(noun + 1 - i, a);
    }
  // "who sits on that committee", "appeared before this panel": after a
  // preposition, "that" or "this" points back as "the" does.
  static const std::array<std::string_view, 9> kPointingAfter{"on", "before", "to", "of", "at", "by", "with", "from", "for"};
  if ((folded_token(i) == "that" || folded_token(i) == "this") && i > s.first && i + 1 < s.last &&
      std::find(kPointingAfter.begin(), kPointingAfter.end(), folded_token(i - 1)) != kPointingAfter.end())
    if (const int a = noun_anaphor(i + 1); a >= 0 && !named_body_after(i + 1, s)) return found(2, a);
  // "Junta spokesman X", ", junta spokesman X": the noun of an anaphor ("the
  // junta") opening a phrase with no article, right before a title, is that
  // anaphor (not after a word: "audit committee chair X", "becoming
  // commission president").
  if (i + 1 < s.last && ctx_.seg.tokens[i].kind == TokenKind::Word &&
      (i == s.first || ctx_.seg.tokens[i - 1].kind == TokenKind::Punct) && title_at(i + 1, s).first > 0)
    if (const int a = noun_anaphor(i); a >= 0) return found(1, a);
  // "that committee", "this panel": a demonstrative for the article of a
  // two-word anaphor.
  const std::string_view raw = ctx_.token(i);
  const bool demonstrative =
      raw.size() == 4 && (raw[0] == 't' || raw[0] == 'T') && (folded_token(i) == "that" || folded_token(i) == "this");
  if (demonstrative) {
    for (std::size_t a = 0; a < list.size() && i + 1 < s.last; ++a) {
      const auto& words = list[a].words;
      if (words.size() == 2 && words[0] == "the" && folded_token(i + 1) == words[1] && !named_body_after(i + 1, s))
        return {2, a};
    }
    return {0, 0};
  }
  if (!lex_.anaphor_opener(folded_token(i))) return {0, 0};
  // "the same committee": a modifier that only says "the one named before";
  // "the military council": one that a word of the body's name must match
  // (coref.cpp).
  const bool modified = i + 2 < s.last && folded_token(i) == "the" &&
                        ctx_.seg.tokens[i + 1].kind == TokenKind::Word && !ctx_.seg.tokens[i + 1].capitalized &&
                        !lex_.in("function_words", folded_token(i + 1));
  // "the Shenzhen-based company": where the body is based says which one it
  // is no more than "the company" does.
  std::uint32_t based = 0;
  if (i + 1 < s.last && folded_token(i) == "the" && ctx_.seg.tokens[i + 1].capitalized) {
    if (folded_token(i + 1).ends_with("-based")) based = 1;
    else if (i + 3 < s.last && ctx_.token(i + 2) == "-" && folded_token(i + 3) == "based") based = 3;
  }
  // "the renewable energy company": up to two such words before a noun
  // for a company (anaphors.tsv's ORGANIZATION), which no word of a name
  // has to match (`modifiers` counts the lower-case words after "the",
  // the noun included).
  std::uint32_t modifiers = modified ? 1u : 0u;
  while (modified && modifiers < 3 && i + 2 + modifiers < s.last &&
         ctx_.seg.tokens[i + 1 + modifiers].kind == TokenKind::Word &&
         !ctx_.seg.tokens[i + 1 + modifiers].capitalized && !lex_.in("function_words", folded_token(i + 1 + modifiers)))
    ++modifiers;
  // The words skipped after "the": none, then the modifier if any, then the
  // company's modifiers.
  const std::uint32_t extra = modified ? 1u : based;
  for (std::uint32_t pass = 0; pass <= (extra ? (modifiers > 2 ? 2u : 1u) : 0u); ++pass) {
    const std::uint32_t skip = pass == 2 ? modifiers - 1 : pass ? extra : 0u;
    for (std::size_t a = 0; a < list.size(); ++a) {
      const auto& words = list[a].words;
      if (skip && (words.size() != 2 || words[0] != "the")) continue;
      if (pass == 2 && list[a].heads.front() != "ORGANIZATION") continue;
      const auto n = static_cast<std::uint32_t>(words.size()) + skip;
      if (i + n > s.last) continue;
      bool ok = true;
      for (std::size_t k = 0; k < words.size() && ok; ++k)
        ok = folded_token(i + static_cast<std::uint32_t>(k) + (k ? skip : 0)) == words[k];
      // "the committee's" is fine; "the committee chairman" too; not "the
      // Ministry of National Defense" or "the Committee on ...": a name.
      if (ok && named_body_after(i + n - 1, s)) continue;
      if (ok) return {n, a};
    }
  }
  return {0, 0};
}

// "the House Judiciary Committee's antitrust subcommittee": at the "'s"
// after a body's name (or an anaphor for one), one or two lower-case words
// and the head of a "the HEAD" anaphor (anaphors.tsv) name a body of that
// body, which coreference finds by the word before the head: the
// anaphor's index and the phrase's end, or {-1, 0}.
std::pair<int, std::uint32_t> MentionFinder::possessed_body(std::uint32_t i, const Sentence& s) const {
  if (!ctx_.possessive(i) || i + 2 >= s.last || ctx_.mentions.empty()) return {-1, 0};
  // (The owner by its name, or an anaphor for it: "the committee's aviation subcommittee".)
  const Mention& owner = ctx_.mentions.back();
  if (owner.last != i || owner.type != EntityType::Organization ||
      (owner.kind != MentionKind::Name && owner.kind != MentionKind::Description))
    return {-1, 0};
  const auto modifier = [&](std::uint32_t k) {
    const Token& t = ctx_.seg.tokens[k];
    return t.kind == TokenKind::Word && !t.capitalized && !lex_.in("function_words", folded_token(k));
  };
  // One or two lower-case words ("consumer protection subcommittee"), then the head.
  const auto& list = lex_.anaphors();
  for (std::uint32_t head = i + 2; head < s.last && head <= i + 3 && modifier(head - 1); ++head) {
    if (ctx_.seg.tokens[head].capitalized) return {-1, 0};
    for (std::size_t a = 0; a < list.size(); ++a)
      if (list[a].words.size() == 2 && list[a].words[0] == "the" && list[a].words[1] == folded_token(head))
        return {static_cast<int>(a), head + 1};
  }
  return {-1, 0};
}

// A capitalised head word at k that a name goes on from: "Ministry of
// National Defense", "Council of the Republic", or that opens a run of
// capitalised words another body's head word ends: "the Centre Party" (not
// "the Committee Chairman X": a title ends the run).
bool MentionFinder::named_body_after(std::uint32_t k, const Sentence& s) const {
  if (!ctx_.seg.tokens[k].capitalized) return false;
  if (const std::uint32_t run = name_run(k, s); run > k + 1 && org_head_or_plural(ctx_.token(run - 1))) return true;
  if (k + 2 >= s.last) return false;
  const std::string_view w = ctx_.token(k + 1);
  if (w != "of" && w != "for" && w != "on") return false;
  std::uint32_t j = k + 2;
  if (folded_token(j) == "the" && j + 1 < s.last) ++j;
  return ctx_.seg.tokens[j].capitalized && ctx_.seg.tokens[j].kind == TokenKind::Word;
}

// "the tycoon" (person_epithets.txt) or "the 64-year-old", not before a
// name, a noun or a title ("the 41-year-old Dorsey", "the 33-year-old
// billionaire" is one description, "the billionaire leader of X" a title),
// nor before a plural family word ("the billionaire brothers"): its
// length, or 0.
std::uint32_t MentionFinder::epithet_at(std::uint32_t i, const Sentence& s) const {
  if (folded_token(i) != "the" || i + 1 >= s.last) return 0;
  std::uint32_t k = i + 1;
  k += ctx_.age_length(k, s.last);
  // "the exiled dissident", "the jailed activist": one lower-case modifier
  // before the epithet.
  if (k + 1 < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word && !ctx_.seg.tokens[k].capitalized &&
      !lex_.in("function_words", folded_token(k)) && lex_.in("person_epithets", folded_token(k + 1)))
    ++k;
  if (k < s.last && lex_.in("person_epithets", folded_token(k))) ++k;
  if (k == i + 1) return 0;
  // (Nor before a title: "the billionaire leader of X" is the title's.)
  if (k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word &&
      (ctx_.seg.tokens[k].capitalized || lex_.in("person_epithets", folded_token(k)) ||
       title_at(k, s).first > 0))
    return 0;
  // "the billionaire brothers A and B": a description of a family.
  if (const std::string& w = folded_token(k); k < s.last && w.size() > 2 && w.back() == 's' &&
                                              lex_.in("kin_nouns", std::string_view(w).substr(0, w.size() - 1)))
    return 0;
  return k - i;
}

// Whether a lower-case word before head word i makes it another body
// ("audit committee chair X": the board's, not the one the document names);
// a function word or a speech verb does not ("said committee Chairman X").
bool MentionFinder::modified_head(std::uint32_t i, const Sentence& s) const {
  if (i == s.first || ctx_.seg.tokens[i - 1].kind != TokenKind::Word || ctx_.seg.tokens[i - 1].capitalized) return false;
  const std::string& before = folded_token(i - 1);
  return !lex_.in("function_words", before) && !lex_.in("speech_verbs", before);
}

// Whether a name starts at k, or after a comma there ("spokesman, Zhao Lijian").
bool MentionFinder::names_after(std::uint32_t k, const Sentence& s) const {
  if (k < s.last && ctx_.token(k) == ",") ++k;
  return k < s.last && ctx_.seg.tokens[k].capitalized && ctx_.seg.tokens[k].kind == TokenKind::Word;
}

// Longest title phrase at i (case-insensitive).
std::pair<std::uint32_t, const TitleEntry*> MentionFinder::title_at(std::uint32_t i, const Sentence& s) const {
  const std::uint32_t max = std::min<std::uint32_t>(static_cast<std::uint32_t>(lex_.longest_title()), s.last - i);
  std::string key;
  std::pair<std::uint32_t, const TitleEntry*> best{0, nullptr};
  for (std::uint32_t n = 0; n < max; ++n) {
    if (ctx_.seg.tokens[i + n].kind == TokenKind::Punct && ctx_.token(i + n) != "-") break;
    if (n) key.push_back(' ');
    key.append(folded_token(i + n));
    if (!lex_.title_prefix(key)) break;  // no title goes on like this
    if (const auto* t = lex_.title(key)) best = {n + 1, t};
  }
  // "Vice Premier", "Deputy Governor": a deputy word before any title is
  // part of it (title_ties.cpp makes it a post, not the lead).
  if (best.first == 0 && i + 1 < s.last && lex_.in("deputy_words", folded_token(i)))
    if (const auto inner = title_at(i + 1, s); inner.first > 0) best = {inner.first + 1, inner.second};
  return best;
}

// The formal name of the state institution whose two lower-case words
// start at k ("central bank": "Central Bank of Iran"), or the lexicon's body
// of that name ("Bank of Russia").
std::string MentionFinder::institution_name(std::uint32_t k, const std::string& state) const {
  std::string name = title_case(ctx_.token(k)) + " " + title_case(ctx_.token(k + 1)) + " of " + state;
  if (const auto* known = lex_.phrase(lex_.key_of(name)); known && known->front().type == EntityType::Organization)
    return known->front().canonical;
  return name;
}

// Past up to two lower-case words from `from` that are no ministry head
// ("foreign" in "China's foreign ministry"): where the head would stand.
std::uint32_t MentionFinder::past_ministry_modifiers(std::uint32_t from, const Sentence& s) const {
  std::uint32_t k = from;
  while (k < s.last && k - from < 2 && !ctx_.seg.tokens[k].capitalized && ctx_.seg.tokens[k].kind == TokenKind::Word &&
         !lex_.in("ministry_heads", ctx_.token(k)))
    ++k;
  return k;
}

// "Government of Saudi Arabia": a state's government is the state
// (SCHEMA.md: a state, its government). Returns the end, or i.
std::uint32_t MentionFinder::government_of(std::uint32_t i, const Sentence& s) const {
  if (i + 2 >= s.last || !lex_.in("government_words", ctx_.token(i)) || ctx_.token(i + 1) != "of") return i;
  const auto [n, e] = lexicon_at(i + 2, s);
  if (!n || e->front().type != EntityType::Country || e->front().kind != PhraseKind::Name) return i;
  return i + 2 + n;
}

}  // namespace kg::extract
