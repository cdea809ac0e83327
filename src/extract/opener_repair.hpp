// A sentence opened by a date with no comma before a name: "On Sunday Tom
// Keller hosted ...", "In March Portugal imposed ...". The parser, reading
// two proper nouns in a row, joins the date to the name (as its compound, or
// the name as the date's flat part) and hangs the preposition on the name,
// so the verb loses its subject. The date is made the verb's oblique with
// its preposition, and the name the verb's subject.
#pragma once

#include "context.hpp"

namespace kg::extract {

void repair_date_openers(SyntaxSentence& tokens, const Context& ctx);

// "announced measures on Thursday against A, B and C": a phrase hung from a
// date (the parser's nearest noun) belongs to the verb the date hangs from;
// a date takes no such modifier ("in March of 2020" keeps its "of"); nor
// an apposition or conjunct after a name of the date's verb ("on Thursday
// alongside A, the magnate ..., B": the name's).
void repair_date_modifiers(SyntaxSentence& tokens, const Context& ctx);

// "Days later Portugal's prime minister, X, asked ...": the parser makes
// "Days" the verb's subject and hangs the real one from it. The time is made
// the adverb's modifier and the phrase after it the verb's subject.
void repair_time_openers(SyntaxSentence& tokens, const Context& ctx);

// "Last week the State Department sanctioned X", "Earlier this month X, the
// opposition leader, toured ...": the parser hangs the subject from "week"
// (an apposition) and leaves the verb without one, or makes "week" the
// subject ("Last week the Minister for Media, X, held").
void repair_time_noun_openers(SyntaxSentence& tokens, const Context& ctx);

// "A, the former minister, and B, its secretary, each answered questions":
// a floating "each" ("both", "all") the parser made the subject of a verb
// it hung from the sentence's opening name (the root) is an adverb of that
// verb, which is the root, with the name its subject.
void repair_floating_quantifier_subjects(SyntaxSentence& tokens);

// "Both called on B to ...": a "both" opening its sentence, which the parser
// hangs from the verb as an adverb, is the subject of a verb that has none.
void repair_both_openers(SyntaxSentence& tokens);

// "Also designated were A and B": a participle opening its sentence before
// "were" (was), which the parser reads as the subject of a copula whose
// predicate is the names, or as a root whose complement the names are, is
// the passive verb, and the names its subject.
void repair_inverted_passives(SyntaxSentence& tokens);

// "When senators turned to A, Sen. B, a Harbour Democrat, pressed him to
// ...": after an opening clause, the parser hangs the main clause's subject
// (and its aside) as conjuncts of the clause's last noun and leaves the
// main verb without a subject. The first name after the clause's comma is
// the verb's subject, the aside its apposition.
void repair_subjects_after_opening_clauses(SyntaxSentence& tokens);

// "From left, A, B, C and D pose before ...", a photo caption's order: the
// parser hangs the first names in apposition to "left". The names up to the
// verb are its subject, one list; "From left" its oblique.
void repair_caption_order_openers(SyntaxSentence& tokens, const Context& ctx);

}  // namespace kg::extract
