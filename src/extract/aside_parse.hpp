// Parsing a sentence with its examples aside ("governments, among them A
// and B, to impose ...") or its opening phrase ("Besides A, B, ...") apart
// from the clause around them.
#pragma once

#include "context.hpp"

namespace kg::extract {

// "X urged foreign governments, among them the United States and the EU, to
// impose sanctions", "gave his partners, among them A and B, 72 hours to
// ...": the parser reads "among them" as a clause's oblique and scatters the
// rest of the sentence. The aside (a noun phrase with no comma or verb,
// after a noun, the clause going on after it with an infinitive, a number
// or a verb) is parsed apart and hangs in apposition from the noun phrase
// before it; the sentence without it is parsed as parse_by_items does.
// "Besides the president and the first lady, A, the list includes ...": a
// phrase opening the sentence with a preposition and holding commas of its
// own, which the parser mistakes for the clause's subjects, is parsed apart
// and hangs from the clause's root as an oblique; so is one with a single
// comma when the parse of the whole made its noun the clause's subject
// ("After a two-hour encounter with A at X, B told reporters ..."). So is a phrase with a
// preposition between an auxiliary and its verb ("has for years called on
// A and B to ...": the parser hung the verb from "years"), which hangs from
// the verb. So is an aside set off by dashes right after a noun or name,
// before the clause's verb ("X — a former minister who took office in 2024
// — held talks with Y"), the aside and the rest each tagged again on their
// own (names keep their tags), the aside hung in apposition from the word
// before it; and a "whose" or "who" clause set off by commas after a name, before
// "and" and another name or the clause's verb ("A, whose country holds the
// presidency, and B held talks with C"), hung from the name as its
// relative clause.
void parse_with_asides(const SyntaxModel& model, SyntaxSentence& tokens);

}  // namespace kg::extract
