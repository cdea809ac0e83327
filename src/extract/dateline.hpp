// A sentence's opening dateline ("CHENGDU, China -", "WASHINGTON (Reuters) --"):
// a place in capitals, then capitalised words, commas, numbers or a
// parenthesis up to a dash. The parser reads the sentence after it; the
// dateline is no part of the clause.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "kg/syntax.hpp"

namespace kg::extract {

// How many tokens the dateline takes, dash included; 0 when there is none.
std::size_t dateline_length(const SyntaxSentence& sentence);
// The same over a sentence's first words as written (at most 12 are read);
// it may take them all, so the caller checks a word follows.
std::size_t dateline_length(const std::vector<std::string_view>& words);

}  // namespace kg::extract
