// A sentence's opening dateline ("CHENGDU, China -", "WASHINGTON (Reuters) --"):
// a place in capitals, then capitalised words, commas, numbers or a
// parenthesis up to a dash. The parser reads the sentence after it; the
// dateline is no part of the clause.
#pragma once

#include <cstddef>

#include "kg/syntax.hpp"

namespace kg::extract {

// How many tokens the dateline takes, dash included; 0 when there is none.
std::size_t dateline_length(const SyntaxSentence& sentence);

}  // namespace kg::extract
