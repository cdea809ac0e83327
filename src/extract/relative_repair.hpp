// A relative clause with "whose" that the parser makes the main clause: "X,
// whose country does not belong to the bloc, held talks with Y" parsed with
// "belong" as the root, X and "country" both its subjects, and "held" a
// conjunct of it, so "held" has no subject and the negation inside the
// aside reaches it. The clause is hung back from X as a relative clause,
// and the verb after it becomes the head with X as its subject.
#pragma once

#include "context.hpp"

namespace kg::extract {

void repair_whose_clauses(SyntaxSentence& tokens);

}  // namespace kg::extract
