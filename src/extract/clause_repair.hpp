// Clauses the parser attached to the wrong word, hung back where they
// belong after parsing (syntax_stage.cpp): complement and infinitive
// clauses, subjects of subordinate clauses, fronted phrases, phrases and
// conjuncts hung too low or too high. Relative clauses are
// relative_repair.hpp's, spans of time time_repair.hpp's, verbs read as
// other words verb_repair.hpp's.
#pragma once

#include "context.hpp"

namespace kg::extract {

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

// "Spain, Tom Keller said, must release the prisoners": the name before a
// parenthetical verb of saying, which the parser made that verb's vocative
// or loose dependent, is the subject of the complement after it, when that
// complement has none (words/speech_verbs.txt).
void repair_subjects_before_parentheticals(SyntaxSentence& tokens, const Lexicon& lex);

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

// "urged the rest of the EU to deal with X together": an infinitive the
// parser hung from the object of a verb that asks its object to act
// (words/object_control_verbs.txt), when the verb has no infinitive of its
// own, is the verb's complement.
void repair_infinitives_hung_from_objects(SyntaxSentence& tokens, const Lexicon& lex);

// "Washington had urged Turkey and Iraq to settle the matter": an
// infinitive with its own subject (an adverbial or complement clause) right
// after a verb that asks its object to act (words/object_control_verbs.txt)
// is that verb's complement, and the subject between them its object.
void repair_subjects_of_controlled_infinitives(SyntaxSentence& tokens, const Lexicon& lex);

// "had called on Moscow before the summit to extend ...": a noun or name
// with a preposition of its own (not "as") that the parser made a verb's
// open complement is the verb's oblique.
void repair_obliques_read_as_complements(SyntaxSentence& tokens);

// "X suspended Y with immediate effect, the harshest sanction it can
// impose": a superlative description of the act after a comma, which the
// parser hangs from whatever noun is near, describes the clause's verb
// (parataxis), so a rule can read the act as the sanction it is called.
void repair_summary_nouns(SyntaxSentence& tokens);

// "told the commission that B had met him": a "that" clause the parser hung
// from the verb's object as a relative clause, with "that" as an argument
// though the clause has a subject and an object of its own, is the verb's
// complement and "that" its mark (also from a noun inside the object's
// phrase: "told a summit of NATO leaders that B would sanction A"). So is
// one the parser hung from a bare
// time adverbial (words/time_units.txt) with a subject of its own ("warned
// last month that B had to leave").
void repair_that_complements(SyntaxSentence& tokens, const Lexicon& lex);

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

// "A, who ..., and B, who was ruined after the company sued him, also gave
// evidence": a verb the parser gave two subjects (the name that opens the
// sentence and its own) gives the first to the verb above it that has none.
void repair_double_subjects(SyntaxSentence& tokens);

// "X had himself been received by Y": an emphatic reflexive between the
// auxiliaries, which the parser made the verb's subject while hanging the
// true subject from an auxiliary, qualifies the verb; the noun before it
// is the subject.
void repair_emphatic_reflexives(SyntaxSentence& tokens);

// "said X should be broken up and its chairman, A, should step down": a
// noun phrase after "and" that the parser joined to the first clause's verb,
// right before a verb with an auxiliary and no subject, is that verb's
// subject, and the verb the first one's conjunct.
void repair_subjects_read_as_conjuncts(SyntaxSentence& tokens);

// "froze the assets of, and imposed travel bans on, A and B": two verbs
// whose prepositions share the object after the second (right-node
// raising) - the second verb is the first's conjunct with its own object,
// and the names after its preposition are its oblique.
void repair_shared_objects(SyntaxSentence& tokens);

// "asked the European Union and NATO for a show of solidarity": a name the
// parser made the subject of a prepositional phrase's noun (no copula, no
// auxiliary) is the object of the verb that phrase hangs from, when that
// verb has none.
void repair_subjects_of_obliques(SyntaxSentence& tokens);

// "X's appearance before the committee lasted three hours": "before" read as
// a conjunction opening a clause with no verb of its own, whose noun the
// parser made a second subject of the verb after it, is the preposition of
// a phrase of the noun before it.
void repair_prepositions_read_as_marks(SyntaxSentence& tokens);

// "X flew to Lisbon, days after being sworn in, and sat down with B": a verb
// after ", and" that the parser joined to an adverbial aside set off by
// commas is a conjunct of the verb the aside hangs from, whose subject it
// shares.
void repair_aside_conjuncts(SyntaxSentence& tokens);

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

// "A, B and C, together with D, spent hours testifying", "A, in a joint
// statement with X, called on B to ...": a phrase a preposition opens, read
// as the verb's subject with the true subject hung from it, is the verb's
// oblique and that subject the verb's.
void repair_subjects_with_prepositions(SyntaxSentence& tokens);

// "barred A, then the army commander, and his family from entering the
// country": a "from" gerund the parser hung from a noun of the object (or
// from the verb of a relative clause about it: "barring A and the officers
// who support him from travelling") is the complement of the verb of
// barring above it (words/barring_verbs.txt).
void repair_barred_from(SyntaxSentence& tokens, const Lexicon& lex);

// "added A, 19 of its agencies and eight firms to its entity list": a list
// ("to", "on" and "list" or "blacklist") the parser hung from a noun of the
// object is the oblique of the verb of listing above it
// (words/listing_verbs.txt).
void repair_lists_added_to(SyntaxSentence& tokens, const Lexicon& lex);

// "added A, 19 of its agencies and eight firms to its list": a count after
// the object's comma that the parser hung from the verb as an oblique (and
// the list's last item from the count's noun) are items of the object's list.
void repair_counted_items_read_as_obliques(SyntaxSentence& tokens);

// A phrase with a preposition joined as a conjunct to a name with none
// ("listed A and B under its Special Economic Measures Act", "under ..."
// read as a third name) is the verb's oblique; a "with" phrase joined to a phrase of another
// preposition ("talks in Anchorage, Alaska, with A and B") hangs where that
// phrase hangs, and the conjuncts after it are its own.
void repair_obliques_read_as_conjuncts(SyntaxSentence& tokens);

// "spoke by telephone, a week after their planned meeting in Helsinki was
// called off": a noun with "after" (before, since, until, once) that the
// parser made the sentence verb's oblique, and a verb with a finite
// auxiliary and no subject right after the noun's phrase, joined to that
// sentence verb, are a clause: the noun its subject, "after" its mark, the
// clause the sentence verb's adverbial.
void repair_clauses_read_as_phrases(SyntaxSentence& tokens);

// "A, the White House's coordinator, and B, the assistant secretary for
// Pacific affairs, held talks with C": a name the parser made a compound of
// a noun past a comma ("A ... affairs", the noun the clause's subject) is
// the head of its phrase; the noun goes back to the words before it.
void repair_compounds_across_commas(SyntaxSentence& tokens);

// "A testified before X, as protesters were removed from the room": an
// "as" read as the preposition of the clause's subject, with the clause's
// (finite) verb taking the main verb for its subject, or read as the main
// verb's conjunct with no subject ("A watched as his deputy, B, testified
// to X"), opens an adverbial clause of the main verb again.
void repair_as_clauses_read_as_phrases(SyntaxSentence& tokens);

// "under sweeping U.S. and European Union sanctions": a preposition the
// parser hung from a modifier of a noun (a compound or adjective before it)
// is the noun's, when the noun has none.
void repair_prepositions_on_modifiers(SyntaxSentence& tokens);

// "whose firm, X, was designated as well": the subject of a verb with a
// passive auxiliary ("was designated") is its passive subject, whatever
// label the parser gave it (nsubj).
void repair_passive_subjects(SyntaxSentence& tokens);

// "A and B met face to face", "stood side by side": a noun repeated around a
// preposition is an adverbial of the verb, not its object (so "met" keeps
// no object and its subjects met each other).
void repair_repeated_noun_adverbials(SyntaxSentence& tokens);

// "..., at talks hosted by X.": a prepositional phrase the parser hung from a
// punctuation mark (here the full stop, as a compound) is an oblique of the
// word the mark hangs from, once the other repairs have had their say.
void repair_phrases_hung_from_punctuation(SyntaxSentence& tokens);

// "he hoped Australia would give ...", "insisted Tehran must respond": a
// verb's object right before a modal is the subject of a complement clause
// with no "that" (the modal's verb, which the parser left without a subject
// and hung elsewhere), the clause the verb's complement.
void repair_subjects_of_zero_that_clauses(SyntaxSentence& tokens);

}  // namespace kg::extract
