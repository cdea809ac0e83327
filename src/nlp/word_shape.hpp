// What the models know of a word beyond its identity: its normalised form,
// affixes and shape, each as a stable hash.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace kg::nlp {

// Lower-cased (ASCII) form; numbers fold to "!YEAR" / "!DIGITS" classes.
std::string normalise(std::string_view form);

// "Xxxx", "XX", "dd", "Xx-xx", "x.x.": character classes with runs collapsed
// (at most two of a kind), so "Washington" and "Tehran" share a shape.
std::string shape(std::string_view form);

struct WordInfo {
  std::uint64_t form = 0;  // hash of the form as written
  std::uint64_t norm = 0;  // hash of normalise(form)
  std::uint64_t prefix1 = 0, prefix2 = 0, prefix3 = 0;
  std::uint64_t suffix1 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0;
  std::uint64_t shape = 0;
  std::uint64_t ambiguity = 0;  // the word's class of tags seen in training, 0 if unknown
  std::uint64_t sentence_case = 0;  // the sentence is 0 mixed, 1 title case, 2 all caps
  bool capitalised = false;
  bool has_digit = false;
  bool has_hyphen = false;
};

WordInfo word_info(std::string_view form);

// A sentence's case: 0 mixed, 1 title case, 2 all capitals (a headline).
std::uint64_t sentence_case(std::span<const std::string_view> forms);

}  // namespace kg::nlp
