// What the name recogniser (nlp/name_tagger.hpp, data/models/names.kgm)
// reads in a sentence, for the mention finder: whether a capitalised run
// that nothing marks as a name is one. A sentence is tagged and read only
// when first asked about, and once; its tagged UD tokens are kept in
// Context::syntax for the syntax stage, which would tag it again.
#pragma once

#include <unordered_map>
#include <vector>

#include "context.hpp"

namespace kg::extract {

class NameReading {
 public:
  explicit NameReading(Context& ctx) : ctx_(ctx) {}

  // Whether it reads a name overlapping tokens [first, last) of sentence s
  // (true when there is no model to ask); of a person only, when person.
  bool reads_name(std::uint32_t s, std::uint32_t first, std::uint32_t last, bool person = false);

 private:
  struct Name {
    std::uint32_t first, last;  // kg tokens
    bool person;
  };
  const std::vector<Name>& names_in(std::uint32_t s);

  Context& ctx_;
  std::unordered_map<std::uint32_t, std::vector<Name>> read_;
};

}  // namespace kg::extract
