// Titles in a tagged sentence: for each UD token, the lexicon's title
// (titles.tsv) that ends there, longest first ("executive vice president",
// "vice-president"). Tree rules with the trigger "@title" fire on them, and a
// sentence holding one is parsed when such a rule exists.
#pragma once

#include <vector>

#include "context.hpp"

namespace kg::extract {

std::vector<const TitleEntry*> titles_ending(const SyntaxSentence& sentence, const Lexicon& lex);

}  // namespace kg::extract
