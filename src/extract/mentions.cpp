// Finding mentions: lexicon phrases (longest match), title phrases, and
// capitalised name sequences classified by their head words and context.
#include <algorithm>

#include "context.hpp"
#include "mention_revisions.hpp"
#include "kg/text.hpp"
#include "name_reading.hpp"

namespace kg::extract {
namespace {

bool is_upper_word(std::string_view w) {
  bool any = false;
  for (std::size_t i = 0; i < w.size();) {
    const char32_t c = next_code_point(w, i);
    if (is_lower_cp(c)) return false;
    if (is_alpha_cp(c)) any = true;
  }
  return any;
}

class MentionFinder {
 public:
  explicit MentionFinder(Context& ctx) : ctx_(ctx), lex_(ctx.lex), names_(ctx) {
    folded_.reserve(ctx_.seg.tokens.size());
    for (std::uint32_t i = 0; i < ctx_.seg.tokens.size(); ++i) folded_.push_back(fold_case(ctx_.token(i)));
    collect_lowercase_words();
  }

  void run() {
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
    std::stable_sort(ctx_.mentions.begin(), ctx_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });
    drop_descriptions_of_names(ctx_);
    companies_before_titles(ctx_);
    nicknames(ctx_);
    settle_person_types();
    common_word_surnames(ctx_);
    demonym_named_bodies(ctx_);
    demonyms_as_nouns(ctx_);
    std::stable_sort(ctx_.titles.begin(), ctx_.titles.end(),
                     [](const TitleSpan& a, const TitleSpan& b) { return a.first < b.first; });
  }

 private:
  // Whether the words from k on in a title-case line go on the name before
  // k: a capitalised word that is no function word, past a possessive.
  bool modifies_next(std::uint32_t k, const Sentence& s) const {
    if (k < s.last && ctx_.possessive(k)) ++k;
    return k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word && ctx_.seg.tokens[k].capitalized &&
           !lex_.in("function_words", folded_[k]) && !lex_.in("place_prepositions", folded_[k]) &&
           !lex_.in("phrase_prepositions", folded_[k]);
  }

  static MentionKind mention_kind(PhraseKind k) {
    return k == PhraseKind::Demonym      ? MentionKind::Demonym
           : k == PhraseKind::Capital    ? MentionKind::Capital
           : k == PhraseKind::Contextual ? MentionKind::Contextual
                                         : MentionKind::Name;
  }

  // Words seen in lower case anywhere in the document: a capitalised form of
  // one of them at the start of a sentence is not a name ("Several", "Testifying").
  void collect_lowercase_words() {
    for (std::size_t i = 0; i < ctx_.seg.tokens.size(); ++i)
      if (ctx_.seg.tokens[i].kind == TokenKind::Word && !ctx_.seg.tokens[i].capitalized)
        lowercase_.insert(std::string(ctx_.token(i)));
  }

  // Page furniture: "Advertisement", "Latest News", "Home > Main News".
  bool boilerplate(std::uint32_t s) const {
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
  bool headline(std::uint32_t s) const {
    const Sentence& sent = ctx_.seg.sentences[s];
    std::size_t words = 0, capitalised = 0;
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      if (ctx_.seg.tokens[i].kind != TokenKind::Word) continue;
      ++words;
      if (ctx_.seg.tokens[i].capitalized) ++capitalised;
    }
    // Credits ("Photo by Stephen Shaver/UPI") name people in title case.
    for (std::uint32_t i = sent.first; i + 1 < sent.last; ++i)
      if ((ctx_.token(i) == "by" || ctx_.token(i) == "By") && ctx_.seg.tokens[i + 1].capitalized) return false;
    const std::string_view last = ctx_.token(sent.last - 1);
    const bool ends_like_sentence = last == "." || last == "?" || last == "!" || last == "\"" || last == "\u201D";
    return words >= 4 && capitalised * 10 >= words * 7 && !ends_like_sentence;
  }

  bool is_sentence_start(std::uint32_t i, const Sentence& s) const {
    if (i == s.first) return true;
    const std::string_view prev = ctx_.token(i - 1);
    return i == s.first + 1 && (prev == "\"" || prev == "\u201C" || prev == "(" || prev == "'");
  }

  // A word that can be part of a name.
  bool name_word(std::uint32_t i, const Sentence& s) const {
    const Token& t = ctx_.seg.tokens[i];
    if (t.kind != TokenKind::Word || ctx_.is_furniture(i)) return false;
    const std::string_view w = ctx_.token(i);
    if (!t.capitalized) return particle_name(w);  // "al-Assad", "bin-Talal"

    if (lex_.in("not_names", w) || lex_.in("honorifics", w) || lex_.in("pronouns", w) ||
        lex_.in("name_premodifiers", w))
      return false;
    // "Russia-linked", "Turkish-backed": a compound adjective, not a name.
    if (const auto dash = w.rfind('-'); dash != std::string_view::npos && dash + 1 < w.size() &&
                                        is_lower_cp(static_cast<unsigned char>(w[dash + 1])))
      return false;
    if (t.abbreviation && !(w.size() == 2 && w[1] == '.')) return false;  // "U.S." is not a name word; "J." is
    if (is_sentence_start(i, s) || is_upper_word(w)) {
      if (lex_.abbreviations().sentence_openers.count(std::string(w))) return false;
      if (lowercase_.count(fold_case(w))) return false;
    }
    return true;
  }

  bool hyphenated_given_name(std::uint32_t j) const {
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
  bool particle_name(std::string_view w) const {
    const auto dash = w.find('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
    std::size_t k = dash + 1;
    return lex_.in("name_particles", w.substr(0, dash)) && is_upper_cp(next_code_point(w, k));
  }

  // Longest lexicon phrase at i within the sentence.
  // Remembered per token (the finder asks again for the same words), for
  // the sentence it was found in.
  std::pair<std::uint32_t, const std::vector<PhraseEntry>*> lexicon_at(std::uint32_t i, const Sentence& s) const {
    if (i >= s.last) return {0, nullptr};  // no words: as find_lexicon_at finds
    if (lexicon_memo_.empty()) lexicon_memo_.resize(ctx_.seg.tokens.size());
    LexiconMemo& m = lexicon_memo_[i];
    if (!m.known || m.first != s.first || m.last != s.last) m = {true, s.first, s.last, find_lexicon_at(i, s)};
    return m.found;
  }
  struct LexiconMemo {
    bool known = false;
    std::uint32_t first = 0, last = 0;  // the sentence
    std::pair<std::uint32_t, const std::vector<PhraseEntry>*> found{0, nullptr};
  };
  mutable std::vector<LexiconMemo> lexicon_memo_;

  std::pair<std::uint32_t, const std::vector<PhraseEntry>*> find_lexicon_at(std::uint32_t i, const Sentence& s) const {
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
  bool second_of_pair(std::uint32_t i, const Sentence& s) const {
    if (i < s.first + 2 || ctx_.mentions.empty() || ctx_.mentions.back().last != i - 1) return false;
    const std::string_view d = ctx_.token(i - 1);
    return d == "-" || d == "\u2013" || d == "\u2014";
  }

  // An anaphor phrase ("the committee") at i: its length and index.
  std::pair<std::uint32_t, std::size_t> anaphor_at(std::uint32_t i, const Sentence& s) const {
    if (!lex_.anaphor_opener(folded_token(i))) return {0, 0};
    const auto& list = lex_.anaphors();
    // "the same committee": a modifier that only says "the one named before";
    // "the military council": one that a word of the body's name must match
    // (coref.cpp).
    const bool modified = i + 2 < s.last && folded_token(i) == "the" &&
                          ctx_.seg.tokens[i + 1].kind == TokenKind::Word && !ctx_.seg.tokens[i + 1].capitalized &&
                          !lex_.in("function_words", folded_token(i + 1));
    for (std::uint32_t skip = 0; skip <= (modified ? 1u : 0u); ++skip)
    for (std::size_t a = 0; a < list.size(); ++a) {
      const auto& words = list[a].words;
      if (skip && (words.size() != 2 || words[0] != "the")) continue;
      const auto n = static_cast<std::uint32_t>(words.size()) + skip;
      if (i + n > s.last) continue;
      bool ok = true;
      for (std::size_t k = 0; k < words.size() && ok; ++k)
        ok = folded_token(i + k + (k ? skip : 0)) == words[k];
      // "the committee's" is fine; "the committee chairman" too; not "the
      // Ministry of National Defense" or "the Committee on ...": a name.
      if (ok && named_body_after(i + n - 1, s)) continue;
      if (ok) return {n, a};
    }
    return {0, 0};
  }

  // "the House Judiciary Committee's antitrust subcommittee": at the "'s"
  // after a body's name, a lower-case word and the head of a "the HEAD"
  // anaphor (anaphors.tsv) name a body of that body, which coreference finds
  // by the word: the anaphor's index, or -1.
  int possessed_body(std::uint32_t i, const Sentence& s) const {
    if (!ctx_.possessive(i) || i + 2 >= s.last || ctx_.mentions.empty()) return -1;
    const Mention& owner = ctx_.mentions.back();
    if (owner.last != i || owner.type != EntityType::Organization || owner.kind != MentionKind::Name) return -1;
    const Token& modifier = ctx_.seg.tokens[i + 1];
    if (modifier.kind != TokenKind::Word || modifier.capitalized || lex_.in("function_words", folded_token(i + 1)) ||
        ctx_.seg.tokens[i + 2].capitalized)
      return -1;
    const auto& list = lex_.anaphors();
    for (std::size_t a = 0; a < list.size(); ++a)
      if (list[a].words.size() == 2 && list[a].words[0] == "the" && list[a].words[1] == folded_token(i + 2))
        return static_cast<int>(a);
    return -1;
  }

  // A capitalised head word at k that a name goes on from: "Ministry of
  // National Defense", "Council of the Republic".
  bool named_body_after(std::uint32_t k, const Sentence& s) const {
    if (!ctx_.seg.tokens[k].capitalized || k + 2 >= s.last) return false;
    const std::string_view w = ctx_.token(k + 1);
    if (w != "of" && w != "for" && w != "on") return false;
    std::uint32_t j = k + 2;
    if (folded_token(j) == "the" && j + 1 < s.last) ++j;
    return ctx_.seg.tokens[j].capitalized && ctx_.seg.tokens[j].kind == TokenKind::Word;
  }

  // "the tycoon" (person_epithets.txt) or "the 64-year-old", not before a
  // name or a noun ("the 41-year-old Dorsey", "the 33-year-old billionaire"
  // is one description): its length, or 0.
  std::uint32_t epithet_at(std::uint32_t i, const Sentence& s) const {
    if (folded_token(i) != "the" || i + 1 >= s.last) return 0;
    std::uint32_t k = i + 1;
    k += ctx_.age_length(k, s.last);
    if (k < s.last && lex_.in("person_epithets", folded_token(k))) ++k;
    if (k == i + 1) return 0;
    if (k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word &&
        (ctx_.seg.tokens[k].capitalized || lex_.in("person_epithets", folded_token(k))))
      return 0;
    return k - i;
  }

  // Whether a lower-case word before head word i makes it another body
  // ("audit committee chair X": the board's, not the one the document names);
  // a function word or a speech verb does not ("said committee Chairman X").
  bool modified_head(std::uint32_t i, const Sentence& s) const {
    if (i == s.first || ctx_.seg.tokens[i - 1].kind != TokenKind::Word || ctx_.seg.tokens[i - 1].capitalized) return false;
    const std::string& before = folded_token(i - 1);
    return !lex_.in("function_words", before) && !lex_.in("speech_verbs", before);
  }

  // Whether a name starts at k, or after a comma there ("spokesman, Zhao Lijian").
  bool names_after(std::uint32_t k, const Sentence& s) const {
    if (k < s.last && ctx_.token(k) == ",") ++k;
    return k < s.last && ctx_.seg.tokens[k].capitalized && ctx_.seg.tokens[k].kind == TokenKind::Word;
  }

  // Longest title phrase at i (case-insensitive).
  std::pair<std::uint32_t, const TitleEntry*> title_at(std::uint32_t i, const Sentence& s) const {
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
    return best;
  }

  void add(std::uint32_t s, std::uint32_t first, std::uint32_t last, EntityType type, MentionKind kind,
           std::string canonical, bool from_lexicon) {
    Mention m = ctx_.mention(s, first, last, type, kind, std::move(canonical), from_lexicon);
    if (!from_lexicon) ampersand_as_and(m);
    ctx_.mentions.push_back(std::move(m));
  }

  // "Energy & Commerce Committee" is the known "Energy and Commerce Committee".
  void ampersand_as_and(Mention& m) const {
    std::string name = m.canonical;
    bool changed = false;
    for (auto at = name.find(" & "); at != std::string::npos; at = name.find(" & ", at)) {
      name.replace(at, 3, " and ");
      changed = true;
    }
    if (!changed) return;
    if (const auto* e = lex_.phrase(lex_.key_of(name))) m.canonical = e->front().canonical;
  }

  // Title complement: "for East Asian and Pacific Affairs", "of Russia".
  // Returns the end of the complement (== i when there is none).
  std::uint32_t complement(std::uint32_t i, const Sentence& s) const {
    if (i >= s.last) return i;
    const std::string_view w = ctx_.token(i);
    if (w != "for" && w != "of") return i;
    // "chairman of the Renova Group", "special representative for North
    // Korea": a name there is an entity, not part of the title.
    std::uint32_t k = i + 1;
    if (k < s.last && folded_token(k) == "the") ++k;
    if (k < s.last && lexicon_at(k, s).first) return i;
    if (const std::uint32_t run = name_run(k, s); run > k && extend_org(k, run, s) > k &&
                                                  (lex_.in("org_heads", ctx_.token(extend_org(k, run, s) - 1)) ||
                                                   lex_.in("location_heads", ctx_.token(extend_org(k, run, s) - 1))))
      return i;
    std::uint32_t j = i + 1, end = i;
    while (j < s.last) {
      if (auto [n, e] = lexicon_at(j, s); n) {
        j += n;
        end = j;
        continue;
      }
      const std::string_view x = ctx_.token(j);
      if (x == "and" || x == "&" || x == "the") {
        ++j;
        continue;
      }
      if (!ctx_.seg.tokens[j].capitalized || ctx_.seg.tokens[j].kind != TokenKind::Word) break;
      // "Vice Chair for Supervision Michael Barr": a first name followed by
      // a name word opens the holder's name.
      if (j > i + 1 && lex_.first_name(x) && j + 1 < s.last && name_word(j + 1, s)) return j;
      ++j;
      if (lex_.in("title_complements", x)) end = j;
    }
    return end;
  }

  // A run of name words starting at i (particles allowed inside).
  std::uint32_t name_run(std::uint32_t i, const Sentence& s) const {
    std::uint32_t j = i;
    while (j < s.last) {
      if (j > i && inner_demonym(j, s)) break;
      if (name_word(j, s) && !(j > i && (lexicon_at(j, s).first > 1 || title_at(j, s).first > 0))) {
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
      // "Ursula von der Leyen": particles inside a name, then a name word.
      std::uint32_t k = j;
      while (j > i && k < s.last && k < j + 3 && lex_.in("name_particles", ctx_.token(k))) ++k;
      if (k > j && k < s.last && name_word(k, s)) {
        j = k + 1;
        continue;
      }
      break;
    }
    return j;
  }

  // "Sofia Sapega": a one-word place that is also a first name, before a
  // name word that is not a known name or a head word, opens a person's name.
  bool first_name_of_person(std::uint32_t i, std::uint32_t n, const Sentence& s) const {
    if (n != 1 || !lex_.first_name(ctx_.token(i)) || i + 1 >= s.last || !name_word(i + 1, s)) return false;
    const std::string_view next = ctx_.token(i + 1);
    return lexicon_at(i + 1, s).first == 0 && !lex_.in("org_heads", next) && !lex_.in("location_heads", next) &&
           !lex_.in("party_adjectives", next) &&
           !lex_.in("event_heads", next) && !lex_.in("non_entity_heads", next);
  }

  // One capitalised name word after a place's name, that is no head word
  // and no known name, and ends the run: "Cambridge Analytica".
  bool named_after_place(std::uint32_t j, const Sentence& s) const {
    if (j >= s.last || !name_word(j, s) || lexicon_at(j, s).first || title_at(j, s).first) return false;
    const std::string_view w = ctx_.token(j);
    if (lex_.in("org_heads", w) || lex_.in("location_heads", w) || lex_.in("event_heads", w) ||
        lex_.in("non_entity_heads", w) || lex_.in("party_adjectives", w) || lex_.first_name(w) || is_upper_word(w))
      return false;
    return j + 1 >= s.last || !ctx_.seg.tokens[j + 1].capitalized || ctx_.seg.tokens[j + 1].kind != TokenKind::Word;
  }

  // A chamber's committees written by subject: "the Senate judiciary
  // committee" (one), "the Senate Judiciary and Commerce committees" (two,
  // each "Senate X Committee"). Adds the mentions and returns their end, or
  // i + n when there are none.
  std::uint32_t chamber_committees(std::uint32_t s_idx, std::uint32_t i, std::uint32_t n, const Sentence& s) {
    if (committee_head(ctx_.token(i + n - 1))) return i + n;  // a committee already, not a chamber
    std::vector<std::pair<std::uint32_t, std::uint32_t>> subjects;  // word spans
    std::uint32_t j = i + n;
    while (j < s.last && subjects.size() < 4) {
      std::uint32_t k = j;
      while (k < s.last && k < j + 3 && ctx_.seg.tokens[k].kind == TokenKind::Word &&
             !lex_.in("function_words", folded_token(k)) && !committee_head(ctx_.token(k)))
        ++k;
      if (k == j) break;
      subjects.emplace_back(j, k);
      j = k;
      if (j < s.last && (ctx_.token(j) == "and" || ctx_.token(j) == ",")) {
        ++j;
        if (j < s.last && ctx_.token(j) == "and") ++j;
        continue;
      }
      break;
    }
    if (subjects.empty() || j >= s.last) return i + n;
    const std::string& head = folded_token(j);
    const bool plural = head.size() > 1 && head.back() == 's' && lex_.in("committee_heads", head.substr(0, head.size() - 1));
    if (!(plural ? subjects.size() >= 2 : subjects.size() == 1 && lex_.in("committee_heads", head))) return i + n;
    if (ctx_.seg.tokens[j].capitalized && !plural) return i + n;  // "Senate Judiciary Committee": a lexicon name
    // "the House select committee on China": named by its subject (not the
    // place of a hearing after two committees: "... committees on Capitol Hill").
    if (!plural && j + 2 < s.last && (ctx_.token(j + 1) == "on" || ctx_.token(j + 1) == "of") &&
        ctx_.seg.tokens[j + 2].capitalized && !lex_.in("not_names", ctx_.token(j + 2))) {
      const std::uint32_t end = std::max(name_run(j + 2, s), lexicon_at(j + 2, s).first + j + 2);
      if (subjects.size() != 1 || end <= j + 2) return i + n;
      const std::string name(ctx_.span_text(i, end));
      const auto* known = lex_.upper_phrase(fold_case(name));
      add(s_idx, i, end, EntityType::Organization, MentionKind::Name, known ? known->front().canonical : name,
          known != nullptr);
      return end;
    }
    const std::string chamber(ctx_.span_text(i, i + n));
    const std::string head_name = title_case(plural ? head.substr(0, head.size() - 1) : head);
    for (std::size_t x = 0; x < subjects.size(); ++x) {
      std::string name = chamber;
      for (auto t = subjects[x].first; t < subjects[x].second; ++t) name += " " + title_case(ctx_.token(t));
      name += " " + head_name;
      const auto* known = lex_.phrase(lex_.key_of(name));
      const std::uint32_t first = x == 0 ? i : subjects[x].first;
      const std::uint32_t last = x + 1 == subjects.size() ? j + 1 : subjects[x].second;
      add(s_idx, first, last, EntityType::Organization, MentionKind::Name, known ? known->front().canonical : name,
          known != nullptr);
    }
    return j + 1;
  }

  // "committee", "Subcommittee", "committees".
  bool committee_head(std::string_view w) const {
    std::string f = fold_case(w);
    if (f.size() > 1 && f.back() == 's') f.pop_back();
    return lex_.in("committee_heads", f);
  }

  // "Government of Saudi Arabia": a state's government is the state
  // (SCHEMA.md: a state, its government). Returns the end, or i.
  std::uint32_t government_of(std::uint32_t i, const Sentence& s) const {
    if (i + 2 >= s.last || !lex_.in("government_words", ctx_.token(i)) || ctx_.token(i + 1) != "of") return i;
    const auto [n, e] = lexicon_at(i + 2, s);
    if (!n || e->front().type != EntityType::Country || e->front().kind != PhraseKind::Name) return i;
    return i + 2 + n;
  }

  // A one-word title after a name word is a surname when no name follows
  // it ("Steve King said", "Hun Sen and ..."), not when one does ("...
  // Steve, King Salman").
  bool surname_not_title(std::uint32_t j, const Sentence& s) const {
    const std::uint32_t n = title_at(j, s).first;
    if (n == 0) return true;
    if (n > 1 || ctx_.token(j - 1) == ",") return false;
    // "AbbVie Chairman and Chief Executive Jane Roe": a title goes on after "and".
    if (j + 2 < s.last && (ctx_.token(j + 1) == "and" || ctx_.token(j + 1) == "&") && title_at(j + 2, s).first > 0)
      return false;
    // "Assistant Secretary for Economic Policy Laura Hale": the holder's name after the title's complement.
    if (const std::uint32_t c = complement(j + 1, s); c > j + 1 && names_after(c, s)) return false;
    return j + 1 >= s.last || !ctx_.seg.tokens[j + 1].capitalized || ctx_.seg.tokens[j + 1].kind != TokenKind::Word;
  }

  // A demonym inside a capitalised run ends it: "Latin American", "Joint
  // Russian" are adjectives, not names; the demonym still stands for its state.
  bool inner_demonym(std::uint32_t j, const Sentence& s) const {
    const auto [n, e] = lexicon_at(j, s);
    return n == 1 && e->front().kind == PhraseKind::Demonym;
  }

  // A word shaped like a demonym or a language: "Kurdish", "Korean", "Japanese".
  static bool demonym_shaped(std::string_view w) {
    return w.size() > 3 && (w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish"));
  }

  // "SolarWinds", "AbbVie": a capital inside a word after two or more small
  // letters (not "McBath", "DeFazio", "MacArthur") is a company's spelling.
  static bool camel_case(std::string_view w) {
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

  // Capitalised words that describe rather than name: a region adjective
  // ("Southeast Asian", "West African") or a group of people ("Uyghur
  // Muslims", "Conservative MPs"). Not an entity.
  bool descriptive_run(std::uint32_t first, std::uint32_t last) const {
    const std::string_view head = ctx_.token(last - 1);
    if (lex_.in("group_plurals", head)) return true;
    return last - first == 2 && lex_.in("region_words", ctx_.token(first)) && head.size() > 3 &&
           (head.ends_with("an") || head.ends_with("ese") || head.ends_with("ish"));
  }

  // An organisation's name may continue through "of", "for", "on", "and",
  // "the" when it has an organisation head word ("Office of the Director of
  // National Intelligence", "Subcommittee on Antitrust, Commercial and ...").
  // `known` words of a known name before first open the name ("China" of
  // "China Telecom").
  std::uint32_t extend_org(std::uint32_t first, std::uint32_t last, const Sentence& s, std::uint32_t known = 0) const {
    if (last == first) return last;
    bool has_head = false;
    for (std::uint32_t k = first; k < last; ++k) has_head = has_head || lex_.in("org_heads", ctx_.token(k));
    // "Energy & Commerce Committee", "Johnson & Johnson", "Merck & Co.": an
    // ampersand joins the words of one name.
    if (!has_head && last + 1 < s.last && ctx_.token(last) == "&") {
      const std::uint32_t more = name_run(last + 1, s);
      if (more > last + 1) return more;
      if (lex_.in("corporate_suffixes", ctx_.token(last + 1))) return last + 2;
    }
    // "Work and Pensions Committee": two subjects and one head; "Digital,
    // Culture, Media and Sport Committee": a list of them.
    if (!has_head && last - first <= 2 && !lex_.first_name(ctx_.token(first)) && last + 1 < s.last &&
        (ctx_.token(last) == "and" || ctx_.token(last) == ",")) {
      std::uint32_t k = last;
      for (int items = 0; items < 5 && k + 1 < s.last && ctx_.token(k) == ","; ++items) {
        const std::uint32_t next = name_run(k + 1, s);
        if (next == k + 1 || next - (k + 1) > 2) return last;
        k = next;
      }
      if (k + 1 < s.last && ctx_.token(k) == "and") {
        const std::uint32_t more = name_run(k + 1, s);
        if (more > k + 2 && lex_.in("org_heads", ctx_.token(more - 1))) return more;
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
    if (!has_head) return last;
    std::uint32_t j = last;
    std::uint32_t before_list = 0;  // the end before a comma that no "and" has closed yet
    bool after_place = false;       // the name so far ends in a place's name ("of Scotland")
    while (j + 1 < s.last) {
      const std::string_view w = ctx_.token(j);
      std::uint32_t k = j + 1;
      if (w == "of" || w == "for" || w == "on") {
        if (ctx_.token(k) == "the") ++k;
      } else if (w == "and" || w == "&" || w == ",") {
        // only inside a list of capitalised words ("Antitrust, Commercial and Administrative Law");
        // not "Royal Bank of Scotland and Lloyds": two bodies.
        if (w != "," && after_place) break;
        if (w == "and" && two_bodies(first - known, j, s)) break;
        // "Harbour Capital and Olga Smith of ...": a person after "and".
        if (w == "and" && lex_.first_name(ctx_.token(k))) break;
      } else {
        break;
      }
      if (k >= s.last) break;
      const auto [n, e] = lexicon_at(k, s);
      std::uint32_t run = n ? k + n : name_run(k, s);
      if (run == k) break;
      // "Mercator Institute for China Studies": words after a known name.
      const bool place = n && (e->front().type == EntityType::Location || e->front().type == EntityType::Country);
      if (n) run = std::max(run, name_run(run, s));
      // A list inside a name goes on one word at a time ("Antitrust,
      // Commercial and ..."); "Bank of America, Jane Roe of ..." ends at the comma.
      if (w == "," && run > k + 1) break;
      // "University on Russky Island": a place after "on" is where the body is.
      if (w == "on" && lex_.in("location_heads", ctx_.token(run - 1))) break;
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
  bool portfolio_before_title(std::uint32_t k, const Sentence& s) const {
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
  bool two_bodies(std::uint32_t first, std::uint32_t and_at, const Sentence& s) const {
    if (and_at < first + 2 || !lex_.in("org_heads", ctx_.token(and_at - 1))) return false;
    for (std::uint32_t k = first; k < and_at; ++k)
      if (!ctx_.seg.tokens[k].capitalized) return false;
    // The run after "and" may open with a known name ("Iran Airways").
    const std::uint32_t known = lexicon_at(and_at + 1, s).first;
    const std::uint32_t next = name_run(and_at + 1 + known, s);
    return next >= and_at + 3 && lex_.in("org_heads", ctx_.token(next - 1)) &&
           !lex_.in("committee_heads", fold_case(ctx_.token(next - 1)));
  }

  // Whether a leader's title ("CEO", "Chairman and CEO") starts at k and a
  // capitalised name follows it.
  bool heads_titled_name(std::uint32_t k, const Sentence& s) const {
    auto [n, title] = title_at(k, s);
    if (n == 0 || title->relation != RelationType::LeaderOf) return false;
    k += n;
    if (k + 1 < s.last && ctx_.token(k) == "and")
      if (const auto more = title_at(k + 1, s); more.first > 0) k += 1 + more.first;
    return k < s.last && ctx_.seg.tokens[k].capitalized && ctx_.seg.tokens[k].kind == TokenKind::Word &&
           title_at(k, s).first == 0;
  }

  EntityType classify(std::uint32_t first, std::uint32_t last) const {
    const std::string_view head = ctx_.token(last - 1);
    const std::string_view lead = ctx_.token(first);
    if (lex_.in("org_heads", head)) return EntityType::Organization;
    // "Central Bank of Venezuela": the head comes before "of", "for", "on".
    for (std::uint32_t k = first + 1; k + 1 < last; ++k) {
      const std::string_view w = ctx_.token(k + 1);
      if ((w == "of" || w == "for" || w == "on") && lex_.in("org_heads", ctx_.token(k))) return EntityType::Organization;
      if ((w == "of" || w == "for" || w == "on") && lex_.in("location_heads", ctx_.token(k))) return EntityType::Location;
    }
    // "Institute for Peninsula Affairs", "Office of the Director ...": a head first.
    if (last - first > 2 && lex_.in("org_heads", lead)) return EntityType::Organization;
    if (lex_.in("location_heads", head) || lex_.in("state_heads", head) || lex_.in("location_prefixes", lead))
      return EntityType::Location;
    if (lex_.in("event_heads", head)) return EntityType::Event;
    return EntityType::Person;
  }

  void sentence(std::uint32_t s) {
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
      if (lex_.in("party_adjectives", w) && name_run(i, sent) == i + 1 && !lexicon_at(i, sent).first) {
        party_end = i + 1;
        ++i;
        continue;
      }
      if (lex_.in("party_adjectives", w) && i + 1 < sent.last && ctx_.seg.tokens[i + 1].capitalized) {
        const std::uint32_t run = name_run(i + 1, sent);
        const bool title = title_at(i + 1, sent).first > 0;
        if (title || (run > i + 1 && !lex_.in("org_heads", ctx_.token(extend_org(i + 1, run, sent) - 1)) &&
                      !lexicon_at(i + 1, sent).first)) {
          party_end = i + 1;
          ++i;
          continue;
        }
      }
      // Lexicon phrases first: countries, bodies, places.
      if (auto [n, entries] = lexicon_at(i, sent); n && !first_name_of_person(i, n, sent)) {
        const PhraseEntry& e = entries->front();
        // A lexicon place or country followed by an event head: "Singapore summit".
        if (i + n < sent.last && lex_.in("event_heads", ctx_.token(i + n)) &&
            (e.type == EntityType::Location || e.kind == PhraseKind::Capital || e.type == EntityType::Country) &&
            e.kind != PhraseKind::Demonym && !second_of_pair(i, sent)) {
          add(s, i, i + n + 1, EntityType::Event, MentionKind::Name, "", false);
          i += n + 1;
          pending_title = -1;
          continue;
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
        // "Cambridge Analytica": a place's name and a name word is a body.
        if (e.type == EntityType::Location && e.kind == PhraseKind::Name && !in_headline_ &&
            named_after_place(i + n, sent)) {
          add(s, i, i + n + 1, EntityType::Organization, MentionKind::Name, "", false);
          i += n + 1;
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
          if (run > i + n && (lex_.in("org_heads", ctx_.token(run - 1)) ||
                              (run > i + n + 2 && classify(i + n, run) == EntityType::Organization))) {
            add(s, i, run, EntityType::Organization, MentionKind::Name, "", false);
            i = run;
            continue;
          }
          // "the Hart Senate Office Building": a building named after the body, not the body.
          if (run > i + n && lex_.in("location_heads", ctx_.token(run - 1)) && e.type == EntityType::Organization) {
            i = run;
            continue;
          }
        }
        // "the European Council building": a body's building is a place.
        if (e.type == EntityType::Organization && e.kind == PhraseKind::Name && i + n < sent.last &&
            !ctx_.seg.tokens[i + n].capitalized && lex_.in("building_heads", ctx_.token(i + n))) {
          add(s, i, i + n + 1, EntityType::Location, MentionKind::Name, "", false);
          i += n + 1;
          continue;
        }
        // "Moscow's foreign ministry", "China's foreign ministry", "the Chinese
        // foreign ministry": a state's ministry, named with its demonym.
        if (e.type == EntityType::Country && !in_headline_) {
          std::uint32_t j = i + n;
          if (j < sent.last && (ctx_.token(j) == "'s" || ctx_.token(j) == "\u2019s")) ++j;
          std::uint32_t k = j;
          while (k < sent.last && k - j < 2 && !ctx_.seg.tokens[k].capitalized &&
                 ctx_.seg.tokens[k].kind == TokenKind::Word && !lex_.in("ministry_heads", ctx_.token(k)))
            ++k;
          if (k < sent.last && k > j && lex_.in("ministry_heads", ctx_.token(k)) && !ctx_.seg.tokens[k].capitalized) {
            std::string name = lex_.demonym_of(e.canonical) + " " + std::string(ctx_.span_text(j, k + 1));
            add(s, i, k + 1, EntityType::Organization, MentionKind::Name, std::move(name), false);
            i = k + 1;
            continue;
          }
        }
        // "the Geneva Agreement": a lexicon name inside a non-entity name.
        if (i + n < sent.last && ctx_.seg.tokens[i + n].capitalized && lex_.in("non_entity_heads", ctx_.token(i + n))) {
          i += n + 1;
          continue;
        }
        add(s, i, i + n, e.type, kind, e.canonical, true);
        i += n;
        continue;  // a title may follow ("North Korean leader")
      }
      if (auto [n, title] = title_at(i, sent); n) {
        TitleSpan t;
        t.sentence = s;
        t.first = i;
        // "British Energy Secretary X": a capitalised portfolio word between a
        // state and a government title is the title's, not a body.
        if (i > sent.first + 1 && ctx_.seg.tokens[i - 1].capitalized &&
            lex_.in("government_titles", fold_case(ctx_.token(i + n - 1)))) {
          auto& ms = ctx_.mentions;
          const bool portfolio_body = !ms.empty() && ms.back().first == i - 1 && ms.back().last == i &&
                                      ms.back().type == EntityType::Organization && !ms.back().from_lexicon;
          const std::size_t before = ms.size() - (portfolio_body ? 1 : 0);
          if (before > 0 && ms[before - 1].last == i - 1 && ms[before - 1].type == EntityType::Country &&
              ms[before - 1].sentence == s) {
            if (portfolio_body) ms.pop_back();
            t.first = i - 1;
          }
        }
        t.role = fold_case(ctx_.span_text(t.first, i + n));
        t.entry = *title;
        std::uint32_t end = i + n;
        end = complement(end, sent);
        t.last = end;
        ctx_.titles.push_back(t);
        pending_title = static_cast<int>(ctx_.titles.size()) - 1;
        i = end;
        continue;
      }
      if (fold_case(w) == "the" && i + 1 < sent.last && !ctx_.seg.tokens[i + 1].capitalized) {
        if (const auto end = lowercase_body(i + 1, sent); end > i + 1) {
          i = end;
          pending_title = -1;
          continue;
        }
      }
      // "received her.", "urged her to": "her" as an object, not a possessive before a noun.
      const bool object_her = fold_case(w) == "her" &&
                              (i + 1 >= sent.last || ctx_.seg.tokens[i + 1].kind == TokenKind::Punct ||
                               lex_.in("function_words", folded_token(i + 1)));
      if (lex_.in("pronouns", w) || object_her) {
        add(s, i, i + 1, EntityType::Person, MentionKind::Pronoun, "", false);
        ctx_.mentions.back().gender = lex_.in("female_pronouns", w) ? Gender::Female : Gender::Male;
        ++i;
        continue;
      }
      if (const auto a = possessed_body(i, sent); a >= 0) {
        add(s, i + 1, i + 3, EntityType::Organization, MentionKind::Description, "", false);
        ctx_.mentions.back().anaphor = a;
        i += 3;
        continue;
      }
      // "the government of Portugal" is Portugal, not the anaphor "the government".
      if (i + 1 < sent.last && folded_token(i) == "the" && government_of(i + 1, sent) > i + 1) {
        ++i;
        continue;
      }
      if (const auto n = anaphor_at(i, sent); n.first) {
        const auto& a = lex_.anaphors()[n.second];
        const bool state = a.heads.front() == "COUNTRY" || a.heads.front() == "STATE" || a.heads.front() == "STYLED";
        const EntityType type = state ? EntityType::Country : EntityType::Organization;  // ORGANIZATION or a body by head
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
      // "Kurdish YPG": an adjective before an acronym is not part of its name.
      if (run == i + 2 && demonym_shaped(w) && is_upper_word(ctx_.token(i + 1)) && ctx_.token(i + 1).size() > 1) {
        ++i;
        continue;
      }
      if (run > i && (lex_.in("non_entity_heads", ctx_.token(run - 1)) || descriptive_run(i, run))) {
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
        const bool after_honorific = honorific_end == i && i > sent.first;
        EntityType type = after_honorific ? EntityType::Person : classify(i, last);
        // Names joined by "&" are a firm's ("Johnson & Johnson"), not a person's.
        for (std::uint32_t k = i + 1; type == EntityType::Person && k + 1 < last; ++k)
          if (ctx_.token(k) == "&") type = EntityType::Organization;
        // "Sanofi CEO Olivier Brandicourt", "Bristol-Myers Squibb Chairman and
        // CEO X": a name right before a leader's title and a name is the body led.
        // (Not a common word written capitalised to open a sentence: "Opposition leader X".)
        if (type == EntityType::Person && !lex_.first_name(ctx_.token(i)) && heads_titled_name(last, sent) &&
            !(last - i == 1 && (i == sent.first || lowercase_.count(folded_token(i)))))
          type = EntityType::Organization;
        // "the Unite union", "the ruling ZANU-PF party": a name before a
        // lower-case noun for a body (words/body_nouns.txt) is that body.
        // So is one described by such a noun right before it ("state arms
        // exporter Rosoboronexport", "aluminium giant Rusal").
        // So is one a description in apposition calls such a body ("Hengli
        // Petrochemical, a refinery in Dalian").
        const bool body_noun_after = type == EntityType::Person && !after_honorific && !lex_.first_name(ctx_.token(i)) &&
                                     ((last < sent.last && !ctx_.seg.tokens[last].capitalized &&
                                       lex_.in("body_nouns", ctx_.token(last))) ||
                                      (i > sent.first && !ctx_.seg.tokens[i - 1].capitalized &&
                                       lex_.in("body_nouns", ctx_.token(i - 1))) ||
                                      apposed_body(last, sent));
        if (body_noun_after) type = EntityType::Organization;
        // "the Tokyo-based Kokuka Sangyo": what is based somewhere is a body.
        if (type == EntityType::Person && i > sent.first + 1 && lex_.in("place_suffixes", ctx_.token(i - 1)) &&
            ctx_.token(i - 2) == "-" && !lex_.first_name(ctx_.token(i)))
          type = EntityType::Organization;
        if (type == EntityType::Person && last < sent.last && lex_.in("name_suffixes", ctx_.token(last))) ++last;
        if (last < sent.last && lex_.in("event_heads", ctx_.token(last)) && type != EntityType::Person &&
            !second_of_pair(i, sent)) {
          ++last;
          type = EntityType::Event;
        }
        add(s, i, last, type, MentionKind::Name, "", false);
        Mention& m = ctx_.mentions.back();
        m.by_context = body_noun_after ||
                       (type == EntityType::Person && last - i == 1 && (pending_title >= 0 || after_by || after_honorific));
        m.person_cue = pending_title >= 0 || after_honorific || (party_end == i && i > sent.first) ||
                       lex_.first_name(ctx_.token(i)) ||
                       apposed_person(last, sent) || listed_after_person(i, sent);
        m.gender = after_honorific && honorific != Gender::Unknown ? honorific : lex_.gender_of_first_name(ctx_.token(i));
        if (type == EntityType::Person && pending_title >= 0 && ctx_.titles[pending_title].last == i)
          m.title = pending_title;
        i = last;
        pending_title = -1;
        after_by = false;
        continue;
      }
      // "special envoy for Iran Robert Malley": the title reaches over "for X";
      // not "aide to Saudi Crown Prince X", where X's own title follows.
      if (pending_title >= 0 && ctx_.titles[pending_title].last == i && (w == "for" || w == "to" || w == "on")) {
        const auto [n, entries] = lexicon_at(i + 1, sent);
        if (n && i + 1 + n < sent.last && name_run(i + 1 + n, sent) > i + 1 + n && title_at(i + 1 + n, sent).first == 0) {
          ctx_.titles[pending_title].last = i + 1 + n;
          i += 1 + n;
          continue;
        }
      }
      // Possessives and determiners keep a pending title's link ("his Russian counterpart").
      if (w != "'s" && w != "\u2019s") pending_title = -1;
      after_by = false;
      ++i;
    }
  }

  // A body written in lower case after "the": a known one ("the foreign
  // office"), or a committee named by a list of subjects ("the work and
  // pensions committee", "the justice select committee"). Adds the mention
  // and returns its end, or k when there is none.
  std::uint32_t lowercase_body(std::uint32_t k, const Sentence& s) {
    std::uint32_t j = k;
    bool list = false;
    while (j < s.last && j - k < 10) {
      const std::string_view w = ctx_.token(j);
      const Token& t = ctx_.seg.tokens[j];
      if (t.kind == TokenKind::Punct ? w != "," : t.kind != TokenKind::Word || t.capitalized) break;
      if (lex_.in("committee_heads", w)) {
        const bool select = j > k && ctx_.token(j - 1) == "select";
        if (!(list || select) || j == k || (select && j == k + 1)) return k;
        std::string name;
        for (std::uint32_t x = k; x < j; ++x) {
          const std::string_view y = ctx_.token(x);
          if (y == "select") continue;
          if (y == ",") {
            name += ",";
            continue;
          }
          if (!name.empty()) name += " ";
          name += y == "and" ? std::string(y) : title_case(y);
        }
        name += " " + title_case(w);
        add(s_index(s), k, j + 1, EntityType::Organization, MentionKind::Name, std::move(name), false);
        return j + 1;
      }
      if (w == "," || w == "and") list = true;
      else if (lex_.in("function_words", w)) break;
      ++j;
    }
    // A known body: the longest lexicon phrase of lower-case words ending in a body's head word.
    for (std::uint32_t n = std::min<std::uint32_t>(j - k, 6); n >= 2; --n) {
      if (!lex_.in("org_heads", title_case(ctx_.token(k + n - 1)))) continue;
      std::string folded;
      for (std::uint32_t x = k; x < k + n; ++x) folded += (x > k ? " " : "") + folded_token(x);
      const auto* e = lex_.upper_phrase(folded);
      if (!e || e->front().type != EntityType::Organization) continue;
      add(s_index(s), k, k + n, EntityType::Organization, MentionKind::Name, e->front().canonical, true);
      return k + n;
    }
    return k;
  }

  // "Jane Roe, the bank's chief executive", "Jane Roe, who ...": a title or
  // "who" in an apposition after a name says it is a person's.
  bool apposed_person(std::uint32_t end, const Sentence& s) const {
    if (end + 1 >= s.last || ctx_.token(end) != ",") return false;
    if (folded_token(end + 1) == "who") return true;
    for (std::uint32_t k = end + 1; k < s.last && k < end + 6; ++k) {
      if (title_at(k, s).first > 0) return true;
      if (ctx_.token(k) == "," || lex_.in("clause_conjunctions", ctx_.token(k))) break;
    }
    return false;
  }

  // ", a refinery in Dalian", ", an American drone maker": a description in
  // apposition whose head (the body noun before a function word or the
  // end of the phrase) names a body.
  bool apposed_body(std::uint32_t end, const Sentence& s) const {
    if (end + 2 >= s.last || ctx_.token(end) != ",") return false;
    const std::string article = folded_token(end + 1);
    if (article != "a" && article != "an") return false;
    for (std::uint32_t k = end + 2; k < s.last && k < end + 7; ++k) {
      if (ctx_.seg.tokens[k].kind != TokenKind::Word && ctx_.token(k) != "-") break;
      if (!lex_.in("body_nouns", ctx_.token(k))) continue;
      return k + 1 >= s.last || ctx_.seg.tokens[k + 1].kind != TokenKind::Word ||
             lex_.in("function_words", ctx_.token(k + 1));
    }
    return false;
  }

  // "Don Pramudwinai, Saleumxay Kommasith and ...": a name listed right
  // after a person that something marks as one.
  bool listed_after_person(std::uint32_t i, const Sentence& s) const {
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
  bool common_word(std::uint32_t t) const {
    const std::string_view w = ctx_.token(t);
    if (!ctx_.seg.tokens[t].capitalized && lex_.in("name_particles", w)) return false;
    return lowercase_.count(fold_case(w)) > 0 || lex_.in("org_words", w) || (w.size() > 1 && is_upper_word(w));
  }

  std::uint32_t s_index(const Sentence& s) const { return static_cast<std::uint32_t>(&s - ctx_.seg.sentences.data()); }

  static std::string title_case(std::string_view w) {
    std::string out(w);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
  }

  // "talks in Manbij", "a flight to Louisville, Kentucky": one unknown
  // capitalised word after a place-only preposition or before a comma and a
  // known region, that nothing says is a person and that no possessive
  // follows, is a place.
  void lone_place(Mention& m, const std::unordered_set<std::string>& cued) const {
    if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.from_lexicon || m.person_cue || m.by_context ||
        m.last - m.first != 1 || in_headline_sentence(m.sentence))
      return;
    const Sentence& s = ctx_.seg.sentences[m.sentence];
    if (m.first == s.first || cued.count(loose_key(m.surface)) || lex_.first_name(ctx_.token(m.first))) return;
    if (m.last < s.last && (ctx_.token(m.last) == "'s" || ctx_.token(m.last) == "\u2019s")) return;
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
  bool employer_before_title(const Mention& m) const {
    const Sentence& s = ctx_.seg.sentences[m.sentence];
    if (lex_.first_name(ctx_.token(m.first))) return false;
    // "Thames Water's chief executive, X": a leader's title of the name's own.
    if (m.last + 1 < s.last && ctx_.possessive(m.last)) {
      const auto [n, title] = title_at(m.last + 1, s);
      return n > 0 && title->relation == RelationType::LeaderOf &&
             !lex_.in("state_leader_titles", fold_case(ctx_.span_text(m.last + 1, m.last + 1 + n)));
    }
    const std::uint32_t n = m.last < s.last ? title_at(m.last, s).first : 0;
    return n > 0 && m.last + n < s.last && ctx_.seg.tokens[m.last + n].capitalized &&
           ctx_.seg.tokens[m.last + n].kind == TokenKind::Word;
  }

  // One uncued word that a relative clause describes is a name: a body
  // before ", which" ("Gazprombank, which was sanctioned by ..."), a person
  // before ", who".
  void described_by_relative(Mention& m, const std::unordered_set<std::string>& cued) {
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

  // One uncued word spelt like a company ("SolarWinds") or an unknown
  // acronym in running text ("YPG", "KFOR") is a body.
  void camel_company(Mention& m, const std::unordered_set<std::string>& cued) const {
    if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.from_lexicon || m.person_cue || m.by_context ||
        m.last - m.first != 1 || cued.count(loose_key(m.surface)) || in_headline_sentence(m.sentence))
      return;
    const std::string_view w = ctx_.token(m.first);
    // Not a model number: "F-16", "S-400".
    // Each part of a hyphenated acronym is short: "ZANU-PF", "MDC-T".
    bool short_parts = w.size() >= 2;
    for (auto part : split(w, '-')) short_parts = short_parts && !part.empty() && part.size() <= 6;
    const bool acronym = short_parts && is_upper_word(w) && !(w.back() >= '0' && w.back() <= '9') &&
                         !lex_.in("not_acronyms", w) && !lex_.title(fold_case(w));
    if (!camel_case(w) && !acronym) return;
    m.type = EntityType::Organization;
    m.by_context = true;
  }

  bool in_headline_sentence(std::uint32_t s) const {
    return std::find(headlines_.begin(), headlines_.end(), s) != headlines_.end();
  }

  // A capitalised run with no head word is a person only when something in
  // the document says so: a title or honorific before it, a first name, or
  // another mention of the name or its surname that has one. Two surnames of
  // such people glued into one run ("the Modi Xi meeting") are two mentions.
  void settle_person_types() {
    std::unordered_set<std::string> cued, surnames;
    for (const auto& m : ctx_.mentions)
      if (m.type == EntityType::Person && m.kind == MentionKind::Name && (m.person_cue || m.by_context)) {
        cued.insert(loose_key(m.surface));
        cued.insert(loose_key(ctx_.token(m.last - 1)));
        if (m.last - m.first > 1) {  // family names come first in some languages ("Xi Jinping")
          surnames.insert(loose_key(ctx_.token(m.first)));
          surnames.insert(loose_key(ctx_.token(m.last - 1)));
        }
      }
    for (auto& m : ctx_.mentions) {
      lone_place(m, cued);
      camel_company(m, cued);
      described_by_relative(m, cued);
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
        bool common = false;
        for (auto t = m.first; t < m.last && !common; ++t) common = common_word(t);
        const bool place = m.first > s.first && lex_.in("place_only_prepositions", ctx_.token(m.first - 1));
        const bool employer = !place && employer_before_title(m);
        if (place) m.type = EntityType::Location;
        else if (common || employer) m.type = EntityType::Organization;
        // The trained recogniser reads no name there: it is not one ("Latin
        // American", "Phase One"), unless it reads the same run as one
        // elsewhere in the document, or a leader's title says whose it is
        // ("Thames Water's chief executive").
        const std::string key = loose_key(m.surface);
        if (employer || names_.reads_name(m.sentence, m.first, m.last, m.type == EntityType::Person)) read.insert(key);
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

  Context& ctx_;
  const Lexicon& lex_;
  NameReading names_;
  std::vector<std::string> folded_;  // each token case-folded (fold_case), made once
  // Token i case-folded.
  const std::string& folded_token(std::uint32_t i) const { return folded_[i]; }
  std::unordered_set<std::string> lowercase_;
  std::unordered_set<std::string> known_names_;  // names found outside headlines
  std::unordered_set<std::string> known_surnames_;  // last words of people's full names found there
  bool in_headline_ = false;
  std::vector<std::uint32_t> headlines_;  // title-case lines
};

}  // namespace

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

std::uint32_t Context::party_tag_before(std::uint32_t comma, std::uint32_t sentence_first) const {
  std::uint32_t j = comma;
  while (j > sentence_first && comma - j < 5 && token(j - 1) != ",") --j;
  if (j <= sentence_first + 1 || j == comma || token(j - 1) != ",") return comma;
  // "R-Texas", "D-N.Y.": a party's initial, a hyphen and a state.
  const std::string_view w = span_text(j, comma);
  if (w.size() < 3 || w[0] < 'A' || w[0] > 'Z' || w[1] != '-' || w[2] < 'A' || w[2] > 'Z') return comma;
  const bool state = std::all_of(w.begin() + 3, w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == ' ';
  });
  return state ? j : comma;
}

void Context::index_mentions() {
  mention_at.assign(seg.tokens.size(), -1);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    for (auto t = mentions[m].first; t < mentions[m].last; ++t) mention_at[t] = static_cast<int>(m);
}

void find_mentions(Context& ctx) {
  MentionFinder(ctx).run();
  define_acronyms(ctx);
  qualify_generic_bodies(ctx);
  ctx.index_mentions();
}

}  // namespace kg::extract
