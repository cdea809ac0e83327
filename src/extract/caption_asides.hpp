// A photo caption's position words between commas or in brackets ("X,
// left, and Y are sworn in", "X, centre, talks with Y", "X (L) and Y shake
// hands"): they point at the picture, they are no part of the clause, and
// the parser reads "left" as a verb. They are taken out of a sentence
// before it is parsed.
#pragma once

#include "kg/syntax.hpp"

namespace kg::extract {

void drop_caption_positions(SyntaxSentence& sentence);

}  // namespace kg::extract
