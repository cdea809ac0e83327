// Tags the tagger got wrong that the sentence's grammar settles, repaired
// before parsing (syntax_stage.cpp).
#pragma once

#include "context.hpp"
#include "nlp/lemmatizer.hpp"

namespace kg::extract {

// "A, the former minister, and B, its former secretary, each answered
// questions": after a comma and a floating "each", "both" or "all", a past
// in -ed (or an irregular one) that the tagger read as a participle,
// adjective or noun in a sentence with no finite verb is that verb.
void repair_verbs_after_floating_quantifiers(SyntaxSentence& tokens, const nlp::Lemmatizer& lemmatizer);

// "imposing sanctions on X", "an order imposing new sanctions": a word in
// -ing that the tagger read as an adjective ("an imposing building") right
// before a sanction noun, past up to two adjectives, is the participle of a
// verb that imposes them (words/imposing_verbs.txt); not "crippling
// sanctions" or "existing sanctions", whose verbs are not in the list.
void repair_imposing_participles(SyntaxSentence& tokens, const Lexicon& lex, const nlp::Lemmatizer& lemmatizer);

// A clause after a verb of demanding and "that" has its verb in the base
// form (the mandative subjunctive), which the tagger reads as a noun after
// the subject's noun: "demanded that the government sanction X", "insisted
// that the company hand over the files". With no verb in the clause up to
// its comma, the first lower-case singular noun right after a noun, a name
// or a pronoun is that verb (mandative_verbs.txt lists the demanding verbs).
void repair_mandative_verbs(SyntaxSentence& tokens, const Lexicon& lex);

// A sentence with no finite verb has one the tagger read as a plural noun
// between its subject and its object: "The Treasury's list names Sergei
// Ivanov, ...". The first plural noun right after a noun or a name (or
// after an aside set off by commas after one: "The list, published after X
// spoke, bars A") and right before a name, a determiner or a number is that
// verb (present tense, third person); the verbs of the aside and of
// relative clauses ("A, the Democrat who chairs X; B") do not count.
void repair_verbless_clauses(SyntaxSentence& tokens);

// "EU leaders meeting for a two-day summit tightened ...": a word in -ing
// right after a plural noun and before a preposition is a participle of
// the plural (the tagger reads "meeting" as a noun, the parser then makes
// it the subject).
void repair_plural_participles(SyntaxSentence& tokens);

// "A and B are due to meet": "due" before "to" and a verb's base form, after
// a form of "be", is read as a participle ("are expected to meet"), so the
// parser does not take "due to" for a preposition.
void repair_due_to(SyntaxSentence& tokens);
// A word right after a modal and an opening quote is the modal's verb: "said
// Washington should \"correct its wrong practices\"", which the tagger reads
// as an adjective of the quoted words.
void repair_quoted_verbs(SyntaxSentence& tokens);

// An object relative clause whose subject is names has its verb in the
// present, which the tagger reads as a noun after them: "any assets that
// Putin and Lavrov hold in the bloc". After a noun and "that" or "which",
// past the names, a lower-case singular noun in its base form before a
// preposition or punctuation is that verb; so is a plural in -s after one
// name, with or without "that" ("the party that Sharif heads,", "the
// rocket company Musk runs,").
void repair_relative_clause_verbs(SyntaxSentence& tokens);

// "the State Department barred X, his wife and ...", "the European Union
// froze the assets", "the Treasury Department designated Senior General
// X": a sentence with no finite verb has one the tagger read as a noun, an
// adjective or a participle right after a name and before a name,
// determiner, pronoun, number or title: a past in -ed, or an irregular past
// the lemmatiser knows; its lemma is the verb's. After a name that opens
// the sentence or a clause after a clause preposition ("four days after
// the EU imposed asset freezes on X"), a participle before a noun or an
// adjective is that verb too (the clause's, whatever the sentence's other
// verbs).
void repair_past_verbs_read_as_nouns(SyntaxSentence& tokens, const Lexicon& lex, const nlp::Lemmatizer& lemmatizer);
// "in the same stroke froze the assets of X": a form the treebank knows
// only as an irregular past ("froze", "took") that the tagger read as a
// function word (a preposition, a conjunction, a determiner) is the verb.
void repair_past_verbs_read_as_function_words(SyntaxSentence& tokens, const nlp::Lemmatizer& lemmatizer);

// "went further in June, imposing travel bans and asset freezes on X": a
// word in -ing read as an adjective after a comma and before a sanction
// noun (words/sanction_nouns.txt) is the participle of a verb.
void repair_participles_before_sanctions(SyntaxSentence& tokens, const Lexicon& lex,
                                         const nlp::Lemmatizer& lemmatizer);

// "and retired General X": a word that makes a title past (former_words.txt)
// right before a name is its modifier, not a verb taking the name as object.
void repair_former_words(SyntaxSentence& tokens, const Lexicon& lex);

// "the sanctions target A, ...": a verb of what measures do to someone
// (sanction_verbs.txt) the tagger read as a noun right after "the" and a
// plural sanction noun (or after any such plural in a sentence with no other
// finite verb), or as a preposition right after such a plural ("The
// EU's travel bans and asset freezes target A"), before a name, is the
// plural's verb.
void repair_verbs_after_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex);

// "Australia and New Zealand already bar X from travelling": a barring verb
// (words/barring_verbs.txt) the tagger read as a noun, in a sentence with no
// other finite verb, before its object and a later "from" and gerund.
void repair_barring_verbs_read_as_nouns(SyntaxSentence& tokens, const Lexicon& lex);

// "imposed entry bans on X": a sanction noun (sanction_nouns.txt) the tagger
// read as a verb right after a noun that modifies it ("entry", "travel",
// "asset") and right after a verb is a plural noun, the verb's object; so
// is one after a noun an article opens ("an arms embargo the bloc imposed").
void repair_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex);

// "Moscow rejected U.S. calls to withdraw": a demand's noun
// (words/demand_nouns.txt) the tagger read as a verb right after a verb that
// answers one (words/answering_verbs.txt) and the state's name, noun or
// adjective that owns it is a noun, the verb's object.
void repair_demand_nouns(SyntaxSentence& tokens, const Lexicon& lex);

// "added three Portuguese nationals to its list": a word in -s the tagger
// read as a verb right after a number (past adjectives or a demonym) is the
// plural noun the number counts.
void repair_counted_nouns(SyntaxSentence& tokens);

// "the chief executive of state oil company X": the last word of a title of
// several words (titles.tsv) that the tagger read as an adjective, before
// "of", a punctuation mark or a name, is the title's noun, not the name's
// modifier ("appointed X as its chief executive.").
void repair_adjective_titles(SyntaxSentence& tokens, const Lexicon& lex);

// "was blacklisted by the bloc last May": a word read as an adjective
// between "the" and "last"/"next"/"this" and a time is a noun (no
// adjective stands before "last").
void repair_nouns_before_times(SyntaxSentence& tokens, const Lexicon& lex);

// "President-elect Donald Trump": "-elect" after a title word is part of
// that word, not a verb; the three tokens become one, spanning them.
void repair_elect(SyntaxSentence& tokens);

// "urged the Albanese government to sanction Harbour Oil": a singular noun
// right after "to", before its object, a few words after a verb of asking
// someone (object_control_verbs.txt) with that someone in between, is the
// infinitive the verb asks for.
void repair_control_infinitives(SyntaxSentence& tokens, const Lexicon& lex);

// "called on Denmark to apologise": a word in -ise, -ize or -yse right after
// "to" that the tagger read as a noun (British spellings it rarely saw) is
// the verb of the "to" clause; so is a lower-case word it read as a proper
// noun ("urged the EU to sanction Colonel X").
void repair_infinitives_read_as_nouns(SyntaxSentence& tokens);

// "Suhail Shaheen, a spokesman for the group, warned that ...": a verb in
// the past right after the aside that follows the name opening the
// sentence, which the tagger reads as a participle of the aside's noun, is
// the sentence's verb (not before "by": "X, a banker, accused by ...").
void repair_past_verbs_after_asides(SyntaxSentence& tokens);
// ... and one after a "who" clause that follows the name opening the
// sentence, past an adverb, before what may open its object ("X, who arrived
// on Wednesday and was received at the airport ..., also held talks with Y").
void repair_past_verbs_after_relative_asides(SyntaxSentence& tokens);
// ... and one after the name and a time ("The United States on Thursday
// imposed financial sanctions on ...", words/time_words.txt, month names,
// numbers), before what may open its object (not "by": "X on Monday,
// accused by ...").
void repair_past_verbs_after_times(SyntaxSentence& tokens, const Lexicon& lex);
// ... and one opening the second of two coordinated predicates whose first
// verb is in the past ("The United States lifted the programme, but at the
// same time imposed new sanctions on X"): after ", but" or ", and", past a
// prepositional phrase or adverbs, before what may open its object.
void repair_past_verbs_after_conjunctions(SyntaxSentence& tokens);

// "In a deposition to X released on Friday, A said ...", "In a statement
// issued late on Monday, the ministry demanded ...": in a phrase opening the
// sentence with a preposition, a past form after its noun and before the
// comma is a participle (the noun's modifier) when a finite verb follows the
// comma; read as the past tense, the parser made it the clause's verb.
void repair_participles_in_opening_phrases(SyntaxSentence& tokens);
// A participle of a verb with no passive (words/intransitive_verbs.txt) in a
// sentence with no finite verb is the past tense: "A, a grandson of X, and
// B, ..., testified by video link before Y".
void repair_intransitive_participles(SyntaxSentence& tokens, const Lexicon& lex);

// "imposed new, targeted sanctions on X": a participle after an adjective
// and its comma, right before a noun, in a phrase opened by a verb, a
// preposition or a determiner, is the noun's second adjective, not a verb.
void repair_coordinated_adjectives(SyntaxSentence& tokens);

// "Yemen's internationally recognised government, led by X": an "'s" after
// a name, before an adverb and a participle (or an adjective) and the noun
// they describe, is the possessive, not "is"; the participle an adjective,
// as is one right after a possessive, before a noun or a name ("North
// Korea's sanctioned Foreign Trade Bank").
void repair_possessives_read_as_verbs(SyntaxSentence& tokens);

// "told a Diet hearing on Monday", "after a Cabinet meeting,": an "-ing"
// word the tagger read as a verb, right after an article and one
// capitalised noun and before a preposition or punctuation, is the noun the
// name modifies (not "the Kremlin saying that ...").
void repair_gerunds_after_names(SyntaxSentence& tokens);

// "Among the 14 people added to the EU's blacklist were A and B": the past
// form after the noun that "Among" opens, before the inverted copula, is
// the noun's participle.
void repair_participles_after_among(SyntaxSentence& tokens);

// "Meeting in Vientiane on Friday, A and B agreed to ...": an "-ing" word
// opening the sentence that the tagger read as a noun, before a
// preposition, its phrase closed by a comma with a capitalised word and the
// clause's finite verb after it, is the participle of an opening clause.
void repair_gerunds_opening_sentences(SyntaxSentence& tokens, const nlp::Lemmatizer& lemmatizer);

// "told visiting U.S. Secretary of State X that ...": "visiting" before a
// capitalised title and a name is the name's adjective, not a participle
// whose object the name is.
void repair_visiting_titles(SyntaxSentence& tokens, const Lexicon& lex);

// "under sweeping U.S. and European Union sanctions", "crippling new
// sanctions": an "-ing" word of words/participle_adjectives.txt the tagger
// read as a verb before a sanction noun and only its modifiers (no article
// or pronoun after it) is the noun's adjective.
void repair_participles_before_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex);

}  // namespace kg::extract
