// Relative clauses the parser attached to the wrong word, or made the main
// clause, hung back where they belong after parsing (syntax_stage.cpp).
#pragma once

#include "context.hpp"

namespace kg::extract {

// "X, whose chief executive A has warned ..., had sought ...": a "whose"
// clause the parser made the root, the main verb its conjunct after the
// clause's comma: the conjunct is the root, X its subject (also a name
// right before ", whose" read as a conjunct of an opening phrase's noun:
// "On the day of the summit, X, whose country ..., flew ..."), the clause X's.
void repair_whose_clauses(SyntaxSentence& tokens);

// "asked B, who was testifying before X, about ...": a clause opened by
// "who" after a comma and a name or noun, which the parser made the
// complement of the verb before (an embedded question: "asked who was
// testifying", which has no comma), is that name's relative clause.
void repair_who_complements(SyntaxSentence& tokens);

// "held talks with B, whom he urged to consider a ceasefire": a clause
// opened by "whom" after a comma and a name or noun, which the parser made
// a conjunct of the main verb (with "whom" an oblique), is that name's
// relative clause, and "whom" its verb's object.
void repair_whom_clauses(SyntaxSentence& tokens);

// ... or its verb's complement, the noun before "whose" the subject of both
// ("named three people whose assets will be frozen: A, ...; B; and C"):
// the noun is the verb's object, the clause describes it, and the list
// after the clause's colon is the noun's apposition.
void repair_whose_objects(SyntaxSentence& tokens);

// "talks between A, the president of X, who led the delegation, and B": a
// "who" clause the parser hung from a thing ("round") describes the person
// named nearest before it (so "and B" joins A's list, tree_ends.cpp); with
// no comma before "who", the person whose apposition holds the thing ("X,
// a law professor with no party card who has led Y").
void repair_who_antecedents(SyntaxSentence& tokens, const Context& ctx);

// "A and B, the interior minister who was running X": a "who" clause with
// no comma before it, which the parser hung from an earlier person,
// describes the description right before it, of a later person (run after
// the apposition repairs, which settle whose description it is).
void repair_relatives_after_descriptions(SyntaxSentence& tokens, const Context& ctx);

// "Those sanctioned include A, B and C": a participle right after "those"
// that the parser made the verb's subject (and the verb a relative clause
// of "those") describes "those", the verb's subject.
void repair_those_with_participles(SyntaxSentence& tokens);

// "X, a Lisbon Democrat who led an inquiry with Y, demanded that ...": a
// relative clause the parser made the root, sharing its subject with the
// name, and the main verb joined to it as a conjunct: the conjunct is the
// root, the name its subject, the clause the description's.
void repair_relative_roots(SyntaxSentence& tokens);

// "X, who is midway through a tour, co-chaired the meeting with B": a
// subject with a relative aside that the parser made the root, with the
// main verb hung loose from it (dep, parataxis, ...) or inside the aside
// ("X, who is seen as a candidate, will give evidence": "give" an adverbial
// of "seen"), becomes the verb's subject again.
void repair_rooted_subjects(SyntaxSentence& tokens);

// "X, who also chairs the oil giant A and the club B, said": the phrases
// after a relative clause's verb with no object, which the parser made
// further subjects of the main verb, are that verb's object and its
// conjuncts.
void repair_relative_objects(SyntaxSentence& tokens);

// "said that two rounds of talks he held in X with B had produced nothing":
// a noun, a pronoun subject and a verb with no object are a relative clause
// that leaves its object out, which the parser took for the complement's
// own clause (the noun's phrase an adjunct of that verb) and the later verb
// with no subject for a second complement. The noun's phrase is that later
// verb's subject, the verb its relative clause.
void repair_zero_relatives(SyntaxSentence& tokens, const Lexicon& lex);

// "refused to comply with the sanctions the European Union imposed on
// Russia": a verb with its own subject and no object, right after a noun,
// that the parser joined to an earlier verb as a conjunct with no "and" is
// a relative clause of that noun that leaves its object out.
void repair_zero_relatives_read_as_conjuncts(SyntaxSentence& tokens);

// "froze any assets he holds in the bloc": a verb of holding with a pronoun
// subject right after its verb's object, which the parser read as the verb's
// complement clause, is a relative clause of the object that leaves its own
// object out (not after a verb of saying: "told reporters he has ...").
void repair_zero_relatives_read_as_complements(SyntaxSentence& tokens, const Lexicon& lex);

// "an arms embargo the bloc imposed on Venezuela": a verb hung from a noun
// as a participle ("acl") that has a subject of its own is a relative
// clause with no relative word, the noun its left-out object.
void repair_relatives_read_as_participles(SyntaxSentence& tokens);

// "X, which has supplied A and which the United States placed on a
// blacklist": a relative clause opened by "and which" that the parser hung
// from the noun closing the one before describes that one's antecedent.
void repair_coordinated_relatives(SyntaxSentence& tokens);

// "X, who was in Moscow for talks with Y, said": a phrase with a preposition
// right after a relative clause (no comma between), which the parser hung
// from the noun the clause describes, is the clause's adjunct.
void repair_phrases_after_relatives(SyntaxSentence& tokens);

// "talks between A and B, Saudi Arabia's adviser, that were hosted by C": a
// relative clause with a plural verb ("that were", "which are") the parser
// hung from a singular noun describes the nearest plural noun above that
// one ("talks"), so "hosted by C" reaches the talks.
void repair_relative_agreement(SyntaxSentence& tokens);

// "imposed sanctions under a law rushed through Parliament last week,
// freezing any assets held by X": a participle in -ing after a comma that
// the parser hung from a noun's past participle is the main verb's
// adverbial, whose subject does what it says.
void repair_participles_after_reduced_relatives(SyntaxSentence& tokens);

// "froze any assets the two men hold and blacklisted four companies": a
// verb the parser joined to a relative clause that leaves its object out
// (no "that", a subject of its own) goes with the verb that clause hangs
// from, when its tense is that verb's and not the clause's.
void repair_conjuncts_after_reduced_relatives(SyntaxSentence& tokens);

// "A, who was made bankrupt after the company sued him, and B, a
// solicitor, also gave evidence": a name after ", and" that the parser
// joined to a word after the "who" of a subject named before it is that
// subject's conjunct.
void repair_names_after_relatives(SyntaxSentence& tokens, const Context& ctx);

// "A, who chairs the panel, Spanish President B and Italy's C were received
// by D": names (with their titles and possessors) after the last comma of a
// subject's "who" clause, up to the subject's verb with no comma before it,
// close the clause: they are conjuncts of the subject, not words of the
// clause the parser hung them in.
void repair_subject_lists_after_relatives(SyntaxSentence& tokens, const Context& ctx);

// "are A, which was set up by X, B, C and D": names after the last comma
// of a relative clause on a list's first item, up to a later item the
// parser did hang from the first, are items too (not the clause's words).
void repair_list_items_in_relatives(SyntaxSentence& tokens, const Context& ctx);

// "did not satisfy X, who appeared before the committee and urged the
// government to ...": a subjectless verb after "and" (no comma before it)
// that the parser joined to a verb above a "who" clause ending right before
// the "and" goes with that clause's verb, when its tense is the clause's and
// not the other verb's; it shares the clause's subject.
void repair_conjuncts_of_who_clauses(SyntaxSentence& tokens);

}  // namespace kg::extract
