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

// "said the bloc had evidence that drones were used, and that B must stop
// ...": a second "that" clause the parser joined to the relative clause
// before it is a conjunct of the complement clause that holds that one, so
// the speech verb reaches its modal.
void repair_complement_conjuncts(SyntaxSentence& tokens);

}  // namespace kg::extract
