// The lemmatiser: the lemma of a word given its Penn tag. Suffix rules
// learned from the treebank's lemma column ("-ies" NNS -> "-y"), the longest
// matching suffix first, and the words whose lemma no rule gets right kept as
// exceptions ("was" VBD -> "be", "children" -> "child").
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model_id.hpp"
#include "treebank.hpp"

namespace kg::nlp {

class ModelReader;
class ModelWriter;

// A word form whose lemma a list outside the treebanks gives
// (data/lexicon/irregular_verbs.tsv: "froze" VBD -> "freeze").
struct KnownLemma {
  std::string form, xpos, lemma;
};

class Lemmatizer {
 public:
  std::string lemma(std::string_view form, std::string_view xpos) const;
  // Whether the form is one of the treebank's exceptions for the tag
  // ("froze" VBD -> "freeze"): a form known under that tag, not a guess
  // of the suffix rules.
  bool irregular(std::string_view form, std::string_view xpos) const;
  // The same lemma, remembered per form and tag in a bounded per-thread
  // cache (lemma_cache.cpp): running text repeats its words. The string
  // lives in the cache: valid until the thread's next call.
  const std::string& lemma_cached(std::string_view form, std::string_view xpos) const;
  // The inflected forms of a verb, itself included ("hold": hold, holds,
  // held, holding): regular spellings, suffix rules run backwards and the
  // treebank's exceptions, kept when they lemmatise back to it and open
  // with its first letter (so not "went" for "go"). A few forms no text
  // has ("holded") come along. Lower case, sorted, no duplicates.
  std::vector<std::string> verb_forms(std::string_view lemma) const;

  void write(ModelWriter& out) const;
  static Lemmatizer read(ModelReader& in);
  // Known lemmas become exceptions where the learned rules get them wrong;
  // they win over the treebanks' own (which hold a few slips: "fled" VBD ->
  // "flead").
  static Lemmatizer train(const std::vector<TreebankSentence>& train, const std::vector<KnownLemma>& known,
                          std::ostream& log);

  // A rule: drop `strip` bytes of the lower-cased form, then append `add`.
  struct Rule {
    std::uint32_t strip = 0;
    std::string add;
    bool operator==(const Rule&) const = default;
  };

 private:
  static constexpr std::size_t kMaxSuffix = 6;
  static constexpr int kMinRuleCount = 2;
  // Marks a rule's suffix as a whole word ("xpos \t ^nov").
  static constexpr char kWholeWord = '^';
  std::string by_rules(std::string_view form, std::string_view xpos) const;
  static std::string key(std::string_view a, std::string_view b);

  std::unordered_map<std::string, Rule> rules_;             // xpos \t suffix (or ^word) -> rule
  std::unordered_map<std::string, std::string> exceptions_;  // form \t xpos -> lemma
  // "xpos \t case class of the form" -> 'k' keep the form's case, 't' title
  // case; absent: lower case.
  std::unordered_map<std::string, char> casing_;
  bool drop_separators_ = false;  // "1,000" -> "1000"
  // The tables above by 64-bit hashes of their keys, for lookups that build
  // no strings.
  void index();
  std::unordered_map<std::uint64_t, Rule> rule_index_;
  std::unordered_map<std::uint64_t, std::string> exception_index_;
  std::unordered_map<std::uint64_t, char> casing_index_;
  // The verb tags' rules (suffix, rule), for verb_forms.
  std::unordered_map<std::string, std::vector<std::pair<std::string, Rule>>> verb_rules_;
  ModelId id_;
};

}  // namespace kg::nlp
