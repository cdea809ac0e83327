// Names as single words for the parser: a tagged sentence's multi-word names
// ("Jamie Dimon", "Bank of America", "Senate Intelligence Committee") become
// one proper-noun token each before parsing, so a list of titled names
// ("chief executives A of X, B of Y and C of Z") parses as the short list it
// is. The token keeps the name's byte span and points at its first kg token,
// so the tree rules map it back to the mention.
#pragma once

#include "context.hpp"

namespace kg::extract {

SyntaxSentence with_names_as_words(const SyntaxSentence& tagged, const Context& ctx);

}  // namespace kg::extract
