// Parsing a sentence whose items are set off by semicolons, item by item.
#pragma once

#include "context.hpp"

namespace kg::extract {

// "Among those blacklisted were A, a coal importer, and its owner, B; C and
// D, which ...; E, a front for ...; and two traders, F and G." The parser,
// trained on short sentences, scatters such lists (a hundred words and
// more) across clauses that are not there. With two semicolons or more
// outside brackets, and a verb before the first, the clause up to the first
// semicolon and each item after it are parsed apart; an item that is a noun
// phrase (or opens with one the parser took for a clause's subject: "B, the
// attorney general installed by X") becomes a conjunct of the list's first
// item (the phrase after the clause's colon, or the noun phrase that closes
// the clause), any other item the clause's parataxis. Otherwise the
// sentence is parsed whole.
void parse_by_items(const SyntaxModel& model, SyntaxSentence& tokens);

}  // namespace kg::extract
