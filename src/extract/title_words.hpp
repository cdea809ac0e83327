// Titles in a tagged sentence: for each UD token, the lexicon's title
// (titles.tsv) that ends there, longest first ("executive vice president",
// "vice-president"). Tree rules with the trigger "@title" fire on them, and a
// sentence holding one is parsed when such a rule exists.
#pragma once

#include <vector>

#include "context.hpp"

namespace kg::extract {

std::vector<const TitleEntry*> titles_ending(const SyntaxSentence& sentence, const Lexicon& lex);

// "the chief of staff of the Israel Defense Forces" leads the force, where
// "the White House chief of staff" serves the White House: whether a title
// of words/command_titles.txt held over a body whose last word is in
// words/armed_force_heads.txt leads it.
bool commands_force(const Lexicon& lex, const TitleEntry& title, std::string_view body_name);

}  // namespace kg::extract
