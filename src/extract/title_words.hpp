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

// Whether a title written after an unknown name's possessive makes the name
// a company's ("Quarvex's chief executive"): a title only a company's people
// hold (words/company_titles.txt); with `apposed` (a person set beside it by
// a comma: "X, Quarvex's spokesman," or "Quarvex's general counsel, X") also
// a head of a body's, or any other title but a state's, a government's, a
// place's, a legislator's, an envoy's or a person's aide's ("Lula's chief
// adviser, X").
bool company_post(const Lexicon& lex, std::string_view role, bool apposed);

// "X, the bank's chief executive until last year": whether "until" (or
// "till") follows a title within its phrase, the kg tokens [after, last)
// up to a comma, eight at most: a post held until a time is a former one.
bool held_until(const Context& ctx, std::uint32_t after, std::uint32_t last);

// Whether a title's words are plural, so it is each of the names it lists
// ("the GRU officers", "U.S. Senators A and B"; not "boss").
inline bool plural_title(std::string_view role) {
  return role.size() > 1 && role.back() == 's' && !role.ends_with("ss");
}

}  // namespace kg::extract
