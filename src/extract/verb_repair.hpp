// Verbs the parser read as another kind of word (a modifier, a participle
// of its subject, a noun), and nouns it read as verbs, given their place as
// the clause's verb, subject or object after parsing (syntax_stage.cpp).
#pragma once

#include "context.hpp"

namespace kg::extract {

// "Those named include A and B", "Those arrested were freed": a "those"
// with a participle after it is the subject of the finite verb after them
// (parsed with "Those" as the root and the verb under the participle).
void repair_participle_demonstratives(SyntaxSentence& tokens);

// "The Treasury Department named A, the deputy chief of X; B, ...": the
// name the parser made the complement ("a man named A") of a root
// participle with a subject, no auxiliary and no object (a simple past) is
// its object.
void repair_participle_roots(SyntaxSentence& tokens);

// "The group – A, B and C – called on X to ...": a verb the tagger read as a
// past tense (or another finite form) that the parser hung as a modifier of
// the sentence's root noun, with no subject or subordinator of its own, is
// the sentence's verb and the noun its subject (a reduced relative's verb
// is a participle); so when the noun is the subject of a verb after it that
// "and" joins ("... called on X and pledged to ..."), that verb its conjunct.
void repair_finite_verbs_read_as_modifiers(SyntaxSentence& tokens);

// "The summit between A and B, originally set for March, has been
// cancelled": a participle aside set off by commas that the parser read as
// the predicate of the subject before it, with the true predicate (an
// auxiliary of its own, no subject) hung from it after a comma, is the
// subject's modifier, and that predicate the clause's.
void repair_predicates_after_participle_asides(SyntaxSentence& tokens);

// "X, the businessman widely reported to finance the group, has been under
// EU sanctions since 2020": the participle of the apposition's reduced
// relative, which the parser made the root (X its subject), describes the
// apposition's noun; the predicate after its comma, with an auxiliary or a
// copula and no subject, is the sentence's, and X its subject.
void repair_predicates_after_reduced_relatives(SyntaxSentence& tokens);

// "Qatar Airways executives A and B told the committee": a plural title
// the parser read as a verb (the body before it its subject, the names
// after it its object) is a noun: the names its apposition, the body its
// compound.
void repair_nouns_with_objects(SyntaxSentence& tokens);

// A main verb the parser read as a modifier of the noun after it ("The
// Treasury Department designated A for ...": "designated" an adjective of
// A, the root) is the root, with its subject, and the noun its object.
void repair_verbs_read_as_modifiers(SyntaxSentence& tokens);

// "after the two men had held talks, B said": a participle with an
// auxiliary "have" of its own, which the parser read as a modifier of the
// noun after it, is that noun's verb: the clause takes the noun's place (an
// adverbial clause where the noun was an oblique) and the noun is its object.
void repair_perfect_participles_read_as_modifiers(SyntaxSentence& tokens);

// "The UK's sanctions target A and B": a possessor the parser made the
// root, with its noun the subject of a verb it hung elsewhere, is the
// noun's possessor, and the verb the root.
void repair_possessors_read_as_roots(SyntaxSentence& tokens);

// "The measures, announced by X's minister, A, on Tuesday, also target B":
// a phrase a preposition opens that the parser made the root, with the
// sentence's subject before it and its verb after it hung from it (parataxis,
// conj): the verb is the root and takes the subject; the phrase is an
// oblique of the nearest verb before it (the aside's), else of the verb.
void repair_prepositional_roots(SyntaxSentence& tokens);

// "criticised the National Assembly, presided over by X": a participle
// after the object's (or indirect object's) comma that the parser hung from the verb as a noun's
// modifier (acl) describes the object.
void repair_participles_hung_from_verbs(SyntaxSentence& tokens);

// ... or read as a participle of its subject, the root ("The Treasury named
// A, who ...; B, ...; and C": "named" hung from "Treasury", the list's later
// names joined to it): the verb is the root, the noun its subject, the
// noun after it its object, and the list's names that object's conjuncts.
void repair_verbs_read_as_participles(SyntaxSentence& tokens);

// "X froze any assets Y holds ... and barred Z": a noun right after a verb
// with no object, hung by the parser from the sentence's closing
// punctuation or as the subject of the verb joined to this one, is its
// object.
void repair_objects_hung_elsewhere(SyntaxSentence& tokens);

// "EU leaders meeting for a summit tightened ...", parsed with the leaders
// as the subject of "meeting" and "meeting" an adverbial of a verb with no
// subject: the leaders are that verb's subject, "meeting" their modifier.
void repair_participle_subjects(SyntaxSentence& tokens);

// "imposed sanctions on two foundations, A and B, barring ...": names listed
// after a comma that closes a plural noun, parsed as the subject of the
// participle after them, are the noun's apposition.
void repair_lists_read_as_participle_subjects(SyntaxSentence& tokens);

}  // namespace kg::extract
