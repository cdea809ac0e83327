// MentionFinder: reads a document's sentences into mentions and titles (find_mentions, mentions.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "context.hpp"
#include "name_reading.hpp"

namespace kg::extract {

class MentionFinder {
 public:
  explicit MentionFinder(Context& ctx);

  void run();

 private:
  // mentions.cpp: the main loop over a sentence's tokens.
  void sentence(std::uint32_t s);

  // mention_lookups.cpp: what stands at a token (a lexicon phrase, a title, an
  // anaphor, an epithet) and what kind of line a sentence is.
  bool modifies_next(std::uint32_t k, const Sentence& s) const;
  static MentionKind mention_kind(PhraseKind k);
  void collect_lowercase_words();
  bool boilerplate(std::uint32_t s) const;
  bool headline(std::uint32_t s) const;
  bool is_sentence_start(std::uint32_t i, const Sentence& s) const;
  std::pair<std::uint32_t, const std::vector<PhraseEntry>*> lexicon_at(std::uint32_t i, const Sentence& s) const;
  bool unknown_words(std::uint32_t i, std::uint32_t j, const Sentence& s) const;
  std::uint32_t committee_named_after(std::uint32_t first, std::uint32_t last, const Sentence& s) const;
  std::pair<std::uint32_t, const std::vector<PhraseEntry>*> find_lexicon_at(std::uint32_t i, const Sentence& s) const;
  bool second_of_pair(std::uint32_t i, const Sentence& s) const;
  std::pair<std::uint32_t, std::size_t> anaphor_at(std::uint32_t i, const Sentence& s) const;
  // The index of the "the NOUN" anaphor whose noun is the word at k, or -1.
  int noun_anaphor(std::uint32_t k) const;
  std::pair<int, std::uint32_t> possessed_body(std::uint32_t i, const Sentence& s) const;
  bool named_body_after(std::uint32_t k, const Sentence& s) const;
  std::uint32_t epithet_at(std::uint32_t i, const Sentence& s) const;
  bool modified_head(std::uint32_t i, const Sentence& s) const;
  bool names_after(std::uint32_t k, const Sentence& s) const;
  std::pair<std::uint32_t, const TitleEntry*> title_at(std::uint32_t i, const Sentence& s) const;
  std::uint32_t government_of(std::uint32_t i, const Sentence& s) const;
  std::string institution_name(std::uint32_t k, const std::string& state) const;
  std::uint32_t past_ministry_modifiers(std::uint32_t from, const Sentence& s) const;

  // name_runs.cpp: which words make a name, how far it runs and what it names.
  bool name_word(std::uint32_t i, const Sentence& s) const;
  // "K.R." in "K.R. Narayanan": initials before a capitalised word, not a
  // lexicon name ("U.S.", "D.C.").
  bool initials_before_name(std::uint32_t i, const Sentence& s) const;
  bool hyphenated_given_name(std::uint32_t j) const;
  bool word_of_person_before(std::string_view w, bool last_only = false, bool cued = false) const;
  const Mention* opened_body(std::uint32_t first, std::uint32_t last) const;
  bool particle_name(std::string_view w) const;
  std::uint32_t complement(std::uint32_t i, const Sentence& s) const;
  std::uint32_t name_run(std::uint32_t i, const Sentence& s) const;
  bool first_name_of_person(std::uint32_t i, std::uint32_t n, const Sentence& s, bool after_title) const;
  bool named_after_place(std::uint32_t j, const Sentence& s) const;
  bool surname_not_title(std::uint32_t j, const Sentence& s) const;
  // Whether capitalised words from k on (up to three, no lexicon name among
  // them) end the name on a body's head word, or its plural ("Banks").
  bool body_head_after(std::uint32_t k, const Sentence& s) const;
  bool inner_demonym(std::uint32_t j, const Sentence& s) const;
  static bool demonym_shaped(std::string_view w);
  bool state_named_at(std::uint32_t k, const Sentence& s) const;
  bool descriptive_run(std::uint32_t first, std::uint32_t last) const;
  std::uint32_t extend_org(std::uint32_t first, std::uint32_t last, const Sentence& s, std::uint32_t known = 0) const;
  bool portfolio_before_title(std::uint32_t k, const Sentence& s) const;
  bool two_bodies(std::uint32_t first, std::uint32_t and_at, const Sentence& s, bool headless_second) const;
  bool heads_titled_name(std::uint32_t k, const Sentence& s) const;
  EntityType classify(std::uint32_t first, std::uint32_t last) const;

  // body_mentions.cpp: adding a mention, and the bodies the finder spells out
  // itself (committees by subject, bodies in lower case).
  void add(std::uint32_t s, std::uint32_t first, std::uint32_t last, EntityType type, MentionKind kind,
           std::string canonical, bool from_lexicon);
  void ampersand_as_and(Mention& m) const;
  std::uint32_t chamber_committees(std::uint32_t s_idx, std::uint32_t i, std::uint32_t n, const Sentence& s);
  bool committee_head(std::string_view w) const;
  // An organisation head word (org_heads.txt), or one with a hyphenated
  // qualifier after it ("League-Nawaz").
  bool org_head(std::string_view w) const;
  // ... or its plural ("Banks").
  bool org_head_or_plural(std::string_view w) const;
  std::uint32_t lowercase_body(std::uint32_t k, const Sentence& s);
  std::uint32_t s_index(const Sentence& s) const;
  static std::string title_case(std::string_view w);

  // mention_types.cpp: cues in a name's context and the later revisions of types.
  static bool camel_case(std::string_view w);
  bool apposed_person(std::uint32_t end, const Sentence& s) const;
  bool apposed_epithet(std::uint32_t end, const Sentence& s) const;
  bool apposed_body(std::uint32_t end, const Sentence& s) const;
  bool listed_after_bodies(std::uint32_t first, const Sentence& s) const;
  bool listed_after_people(std::uint32_t first, const Sentence& s) const;
  bool apposed_after_body(std::uint32_t first, std::uint32_t last, const Sentence& s) const;
  bool listed_after_person(std::uint32_t i, const Sentence& s) const;
  void listed_with_bodies(const std::unordered_set<std::string>& cued);
  bool common_word(std::uint32_t t) const;
  void lone_place(Mention& m, const std::unordered_set<std::string>& cued) const;
  bool employer_before_title(const Mention& m) const;
  bool company_post_after(const Mention& m, bool& whose) const;
  // "Harbourex shares", "Harbourex's independent directors": one word
  // before a noun for a company's own things (words/company_nouns.txt),
  // after its possessive and an adjective at most.
  bool company_noun_after(const Mention& m) const;
  bool led_by_title_after(const Mention& m) const;
  bool possessed(std::uint32_t k, const Sentence& s) const;
  std::uint32_t portfolio_start(std::uint32_t i, std::uint32_t s);
  // A title whose holder governs a place (words/place_leader_titles.txt) starts at k.
  bool place_title_at(std::uint32_t k, const Sentence& s) const;
  void described_by_relative(Mention& m, const std::unordered_set<std::string>& cued);
  void camel_company(Mention& m, const std::unordered_set<std::string>& cued) const;
  bool said_it(const Mention& m) const;
  // An acronym that names a body, not a title or a model number ("YPG",
  // "ZANU-PF"; not "CEO", "F-16"; words/not_acronyms.txt).
  bool unknown_acronym(std::string_view w) const;
  bool in_headline_sentence(std::uint32_t s) const;
  bool member_apposed(const Mention& m) const;
  void settle_person_types();

  // lexicon_at's answers, per token, with the sentence each was found in.
  struct LexiconMemo {
    bool known = false;
    std::uint32_t first = 0, last = 0;  // the sentence
    std::pair<std::uint32_t, const std::vector<PhraseEntry>*> found{0, nullptr};
  };
  mutable std::vector<LexiconMemo> lexicon_memo_;

  Context& ctx_;
  const Lexicon& lex_;
  mutable NameReading names_;  // a cache of the name recogniser's readings
  std::vector<std::string> folded_;  // each token case-folded (fold_case), made once
  // Token i case-folded.
  const std::string& folded_token(std::uint32_t i) const { return folded_[i]; }
  std::unordered_set<std::string> lowercase_;
  std::unordered_set<std::string> acronyms_;  // the capitals of each acronym the document writes ("PG&E": "PGE")
  // Whether the initials of the capitalised words in [first, last) (past
  // "and", "of", "the") are an acronym the document writes.
  bool initials_written(std::uint32_t first, std::uint32_t last) const;
  std::unordered_set<std::string> known_names_;  // names found outside headlines
  std::unordered_set<std::string> known_surnames_;  // last words of people's full names found there
  bool in_headline_ = false;
  std::vector<std::uint32_t> headlines_;  // title-case lines
};

}  // namespace kg::extract
