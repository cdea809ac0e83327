// Names in GUM: which of the treebank's entity mentions are *names* of a
// person, organisation, place or event, and the words of each name.
// GUM marks every mention ("he", "the man", "the Novák family"); a name
// here is a mention whose syntactic head is a proper noun (PROPN), cut down
// to the run of name words around that head (see docs/NAMES.md).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "treebank.hpp"

namespace kg::nlp {

enum class NameType : std::uint8_t { Person, Organization, Place, Event };
inline constexpr std::size_t kNameTypes = 4;
std::string_view name_type_label(NameType t);  // "person", "organization", "place", "event"

struct NameSpan {
  std::uint32_t first = 0, last = 0;  // words [first, last) of the sentence
  NameType type = NameType::Person;
  bool operator==(const NameSpan&) const = default;
};
std::ostream& operator<<(std::ostream& out, const NameSpan& s);  // "[2,4) person"

// What a name is not, beyond the treebank's own annotation: the role words
// (data/lexicon/titles.tsv, lower case) whose mentions ("the Governor of
// Virginia", "the Rector") describe a person rather than name one.
struct NameDefinition {
  std::unordered_set<std::string> roles;
};

// The names of a sentence from the Entity= annotations of its MISC column,
// in word order, without overlaps (a name inside a longer one is dropped:
// "Chicago" in "University of Chicago"). Throws kg::Error on a malformed
// Entity= value.
std::vector<NameSpan> gold_names(const TreebankSentence& s, const NameDefinition& definition);

}  // namespace kg::nlp
