// Clauses the parser attached to the wrong word, hung back where they
// belong after parsing (syntax_stage.cpp).
//
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
// ... or its verb's complement, the noun before "whose" the subject of both
// ("named three people whose assets will be frozen: A, ...; B; and C"):
// the noun is the verb's object, the clause describes it, and the list
// after the clause's colon is the noun's apposition.
void repair_whose_objects(SyntaxSentence& tokens);

// "said the bloc had evidence that drones were used, and that B must stop
// ...": a second "that" clause the parser joined to the relative clause
// before it (or to the speech verb itself: "said the speech had been
// unacceptable, and that B had to go") is a conjunct of the complement
// clause that holds that one, so the speech verb reaches its modal. With no
// complement clause (the first read as a noun's: "said in an interview that
// A ..., and that B had to"), it is the speech verb's complement
// (words/speech_verbs.txt). Of three "that" clauses ("told reporters that A,
// that B, and that C must ..."), the later ones the parser hung from the verb
// as adverbials, or from each other, are conjuncts of the first.
void repair_complement_conjuncts(SyntaxSentence& tokens, const Lexicon& lex);

// "talks between A, the president of X, who led the delegation, and B": a
// "who" clause the parser hung from a thing ("round") describes the person
// named nearest before it (so "and B" joins A's list, tree_ends.cpp).
void repair_who_antecedents(SyntaxSentence& tokens, const Context& ctx);

// "A held talks with B the same day, as did C", "The United States
// sanctioned X, as did the European Union": a name after ", as did" (has,
// will, would) that ends the sentence does what the sentence's subject did:
// it is the subject's conjunct.
void repair_as_did_subjects(SyntaxSentence& tokens, const Context& ctx);

// "Under a memorandum read out by A and B, Russia and Turkey gave the YPG
// 150 hours": a phrase with a preposition the parser made the verb's
// subject is an adjunct, and the names right before the verb (after the
// phrase's comma) are the subject; so are such names the parser hung inside
// the phrase, when the verb has no subject ("In an annex to the order, X
// himself designated ...").
void repair_fronted_phrases(SyntaxSentence& tokens, const Context& ctx);

// "urged the Assembly, where budget bills start, to act", "called on A and
// B, who leads the army, to stop": an infinitive after a relative aside's
// closing comma that the parser hung inside the aside is the complement of
// the verb governing the noun before the aside, when that verb asks its
// object to act (words/object_control_verbs.txt); so is a "that" clause
// there of a verb of saying ("telling X, who stood a few steps away, that
// Y must stop ...": words/speech_verbs.txt).
void repair_infinitives_after_asides(SyntaxSentence& tokens, const Lexicon& lex);

// "X suspended Y with immediate effect, the harshest sanction it can
// impose": a superlative description of the act after a comma, which the
// parser hangs from whatever noun is near, describes the clause's verb
// (parataxis), so a rule can read the act as the sanction it is called.
void repair_summary_nouns(SyntaxSentence& tokens);

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
// "Those named include A and B", "Those arrested were freed": a "those"
// with a participle after it is the subject of the finite verb after them
// (parsed with "Those" as the root and the verb under the participle).
void repair_participle_demonstratives(SyntaxSentence& tokens);
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
// "The Treasury Department named A, the deputy chief of X; B, ...": the
// name the parser made the complement ("a man named A") of a root
// participle with a subject, no auxiliary and no object (a simple past) is
// its object.
void repair_participle_roots(SyntaxSentence& tokens);
// "told the commission that B had met him": a "that" clause the parser hung
// from the verb's object as a relative clause, with "that" as an argument
// though the clause has a subject and an object of its own, is the verb's
// complement and "that" its mark. So is one the parser hung from a bare
// time adverbial (words/time_units.txt) with a subject of its own ("warned
// last month that B had to leave").
void repair_that_complements(SyntaxSentence& tokens, const Lexicon& lex);
// "X, which has supplied A and which the United States placed on a
// blacklist": a relative clause opened by "and which" that the parser hung
// from the noun closing the one before describes that one's antecedent.
void repair_coordinated_relatives(SyntaxSentence& tokens);
// "X, who was in Moscow for talks with Y, said": a phrase with a preposition
// right after a relative clause (no comma between), which the parser hung
// from the noun the clause describes, is the clause's adjunct.
void repair_phrases_after_relatives(SyntaxSentence& tokens);

// "Qatar Airways executives A and B told the committee": a plural title
// the parser read as a verb (the body before it its subject, the names
// after it its object) is a noun: the names its apposition, the body its
// compound.
void repair_nouns_with_objects(SyntaxSentence& tokens);

// "still keeps an arms embargo on X", "asked the commission's chairman, X,
// to order ...": a noun with a determiner or a possessor that the parser made
// the complement (xcomp) of a verb with no object, other than a linking
// verb ("became the party's leader": words/linking_verbs.txt) or a passive,
// is the verb's object.
void repair_nominal_complements(SyntaxSentence& tokens, const Lexicon& lex);

// "assets held in the bloc by A": a "by" phrase the parser hung from the
// oblique of a participle that modifies a noun is the participle's agent.
void repair_agents_on_obliques(SyntaxSentence& tokens);

// "attended by more than a dozen lawmakers, including A": a "more than"
// the parser made the phrase's head (the preposition its case, the counted
// noun hung beside it) modifies the noun, which heads the phrase.
void repair_more_than(SyntaxSentence& tokens);

// "talks between A and B, Saudi Arabia's adviser, that were hosted by C": a
// relative clause with a plural verb ("that were", "which are") the parser
// hung from a singular noun describes the nearest plural noun above that
// one ("talks"), so "hosted by C" reaches the talks.
void repair_relative_agreement(SyntaxSentence& tokens);

// "A, who ..., and B, who was ruined after the company sued him, also gave
// evidence": a verb the parser gave two subjects (the name that opens the
// sentence and its own) gives the first to the verb above it that has none.
void repair_double_subjects(SyntaxSentence& tokens);

// "X flew to Lisbon, days after being sworn in, and sat down with B": a verb
// after ", and" that the parser joined to an adverbial aside set off by
// commas is a conjunct of the verb the aside hangs from, whose subject it
// shares.
void repair_aside_conjuncts(SyntaxSentence& tokens);

// "imposed sanctions under a law rushed through Parliament last week,
// freezing any assets held by X": a participle in -ing after a comma that
// the parser hung from a noun's past participle is the main verb's
// adverbial, whose subject does what it says.
void repair_participles_after_reduced_relatives(SyntaxSentence& tokens);

// "X spent two days in Beirut negotiating with Y", "waited for hours
// hoping to meet Z": a participle the parser hung from the span of time
// (words/time_units.txt) is the verb's adverbial, whose subject does it.
void repair_participles_of_time_spent(SyntaxSentence& tokens, const Lexicon& lex);

// "had heard earlier in the week from X": a name with "from" the parser
// hung from a unit of time is the oblique of the verb before it. (Not one
// with "with": "met for half an hour with A and several lawmakers, and B
// warned ..." then took B, the next clause's subject, as a conjunct.)
void repair_names_hung_from_times(SyntaxSentence& tokens, const Lexicon& lex);

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
// the clause's measure, no subject.
void repair_times_before_clauses(SyntaxSentence& tokens, const Lexicon& lex);

// "a month after Tom Keller, the administrator of X, sat down with Y and gave
// the company 90 days": a name after "after" (before, since, until:
// words/clause_prepositions.txt), an aside between commas, then a finite verb
// with no subject, parsed as the preposition's object with the verb hung from
// the aside (or the aside hung from the name: "after A, the MEP who chairs X,
// met Y"; or a "who" aside after a list of names hung anywhere: "after A and
// B, who heads X, asked Y", the clause then B's): the name is the verb's
// subject, the aside its apposition, and the clause an adverbial of the
// sentence's verb. So is a noun with the verb right after it, parsed as a
// conjunct or a complement of the sentence's verb ("came a week after the
// Biden administration demanded that ...", "defended the deal before the
// Senate voted").
void repair_subordinate_subjects(SyntaxSentence& tokens, const Lexicon& lex);

// "hitting back at Washington's decision last week to blacklist X": an
// infinitive right after a possessed noun of a decision taken
// (decision_nouns.txt), past a few words of time, is that noun's, not the
// sentence verb's adverbial.
void repair_infinitives_of_decisions(SyntaxSentence& tokens, const Lexicon& lex);

// "froze any assets the two men hold and blacklisted four companies": a
// verb the parser joined to a relative clause that leaves its object out
// (no "that", a subject of its own) goes with the verb that clause hangs
// from, when its tense is that verb's and not the clause's.
void repair_conjuncts_after_reduced_relatives(SyntaxSentence& tokens);
// "did not satisfy X, who appeared before the committee and urged the
// government to ...": a subjectless verb after "and" (no comma before it)
// that the parser joined to a verb above a "who" clause ending right before
// the "and" goes with that clause's verb, when its tense is the clause's and
// not the other verb's; it shares the clause's subject.
void repair_conjuncts_of_who_clauses(SyntaxSentence& tokens);

// "X told the regulator to make sure providers cut off access, and gave A
// and B five days to ...": a past verb after ", and" with no subject, which
// the parser joined to a present clause with a subject of its own inside
// the sentence's complement, goes with the nearest past verb above that
// clause that has a subject.
void repair_past_conjuncts_of_present_clauses(SyntaxSentence& tokens);

// "designated both men later in the day, along with A and B": a phrase
// "along (together) with X" the parser hung from an adverb or an adjective
// goes to the verb before it, "along" its modifier; one hung from the verb
// of a relative aside it follows ("designated A, which has ruled X since
// 1993, along with B") goes to the main verb.
void repair_along_with(SyntaxSentence& tokens);

// "barred A, then the army commander, and his family from entering the
// country": a "from" gerund the parser hung from a noun of the object (or
// from the verb of a relative clause about it: "barring A and the officers
// who support him from travelling") is the complement of the verb of
// barring above it (words/barring_verbs.txt).
// A main verb the parser read as a modifier of the noun after it ("The
// Treasury Department designated A for ...": "designated" an adjective of
// A, the root) is the root, with its subject, and the noun its object. A
// phrase with a preposition of its own that the parser joined to a name
// that has none ("listed A and B under its Special Economic Measures Act",
// "under ..." read as a third name) is an oblique of the verb above them.
void repair_barred_from(SyntaxSentence& tokens, const Lexicon& lex);
void repair_verbs_read_as_modifiers(SyntaxSentence& tokens);
// ... or read as a participle of its subject, the root ("The Treasury named
// A, who ...; B, ...; and C": "named" hung from "Treasury", the list's later
// names joined to it): the verb is the root, the noun its subject, the
// noun after it its object, and the list's names that object's conjuncts.
void repair_verbs_read_as_participles(SyntaxSentence& tokens);
// A phrase with a preposition joined as a conjunct to a name with none is
// the verb's oblique; a "with" phrase joined to a phrase of another
// preposition ("talks in Anchorage, Alaska, with A and B") hangs where that
// phrase hangs, and the conjuncts after it are its own.
void repair_obliques_read_as_conjuncts(SyntaxSentence& tokens);

// "EU leaders meeting for a summit tightened ...", parsed with the leaders
// as the subject of "meeting" and "meeting" an adverbial of a verb with no
// subject: the leaders are that verb's subject, "meeting" their modifier.
void repair_participle_subjects(SyntaxSentence& tokens);

// "imposed sanctions on two foundations, A and B, barring ...": names listed
// after a comma that closes a plural noun, parsed as the subject of the
// participle after them, are the noun's apposition.
void repair_lists_read_as_participle_subjects(SyntaxSentence& tokens);

// "X is due in Moscow on Tuesday for talks with Y", parsed with the day as
// the predicate of "is": "due" is the predicate, and what the parser hung
// from the day (the subject, "is", "for talks with Y") hangs from "due",
// the day as its oblique.
void repair_due_predicates(SyntaxSentence& tokens);

}  // namespace kg::extract
