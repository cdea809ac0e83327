// Units and spans of time (words/time_units.txt) that the parser made a
// subject, a predicate or the head of a name, a participle or a phrase,
// given back their place as the clause's measure or adverbial after parsing
// (syntax_stage.cpp).
#pragma once

#include "context.hpp"

namespace kg::extract {

// "X spent two days in Beirut negotiating with Y", "waited for hours
// hoping to meet Z": a participle the parser hung from the span of time
// (words/time_units.txt) is the verb's adverbial, whose subject does it.
void repair_participles_of_time_spent(SyntaxSentence& tokens, const Lexicon& lex);

// "had heard earlier in the week from X": a name with "from" the parser
// hung from a unit of time is the oblique of the verb before it. (Not one
// with "with": "met for half an hour with A and several lawmakers, and B
// warned ..." then took B, the next clause's subject, as a conjunct.)
void repair_names_hung_from_times(SyntaxSentence& tokens, const Lexicon& lex);

// "testified before the Harbour Committee last month", "chief executive of
// X next month": a name the parser made a modifier (compound) of a time
// after it ("last"/"next"/"this" and a unit of time) takes the time's place
// in the tree, its preposition with it, and the time becomes the verb's
// adverbial; so does a name or noun before a count of time that "after",
// "later", ... follow ("sworn in as Portugal's president hours after the
// vote": words/relative_time_words.txt).
void repair_names_glued_to_times(SyntaxSentence& tokens, const Lexicon& lex);

// "The European Union last week barred X": a name the parser made a
// compound of the time after it ("last week" read as one noun phrase with
// the name), when the verb has no subject, is the verb's subject.
void repair_subjects_before_times(SyntaxSentence& tokens, const Lexicon& lex);

// "blacklisted A in May, weeks after his forces opened fire, and designated
// B": a unit of time (words/time_units.txt) the parser made the subject of
// the clause after "after" (before, since: words/clause_prepositions.txt),
// with the clause's subject hung from it, measures the clause: the noun is
// the verb's subject, "after" its mark, and a clause set off by a comma is
// the verb before's adverbial (so a verb after its closing ", and" is the
// main verb's conjunct, above). A time made a second subject of a clause
// that has its "after" and subject ("four days after the EU imposed") is
// the clause's measure, no subject. The clause's verb may be a predicate
// with a finite auxiliary ("two days before X is due to ..."), and is then
// an adverbial, not a complement.
void repair_times_before_clauses(SyntaxSentence& tokens, const Lexicon& lex);

// "hitting back at Washington's decision last week to blacklist X": an
// infinitive right after a possessed noun of a decision taken
// (decision_nouns.txt), past a few words of time, is that noun's, not the
// sentence verb's adverbial.
void repair_infinitives_of_decisions(SyntaxSentence& tokens, const Lexicon& lex);

// "issued a statement this month urging B to ...": a unit of time the
// parser made the subject of a participle is its adverbial; the participle
// takes the subject of the clause it hangs from (a time does nothing).
void repair_times_read_as_subjects_of_participles(SyntaxSentence& tokens, const Lexicon& lex);

// "told the House committee on Sept. 13 and the Senate committee a day
// later": a name the parser joined to a date (a number, a month, a day)
// that hangs from a verb is a conjunct of that verb's object named before
// the date; so is one joined to a part of the day ("before X in the morning
// and Y in the afternoon": the oblique's).
void repair_names_conjoined_to_dates(SyntaxSentence& tokens, const Lexicon& lex);

// "X is due in Moscow on Tuesday for talks with Y", parsed with the day as
// the predicate of "is": "due" is the predicate, and what the parser hung
// from the day (the subject, "is", "for talks with Y") hangs from "due",
// the day as its oblique.
void repair_due_predicates(SyntaxSentence& tokens);

}  // namespace kg::extract
