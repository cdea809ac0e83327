// Lists of names the parser breaks up. A parsed sentence's names are one
// word each (name_tokens.hpp), so a list of them is a run of names joined by
// commas and a conjunction: "blacklisted A, B, C and D", "by the EU, the UK
// and Canada", "the assets of A and B as well as C". The parser, trained on
// shorter lists, often hangs the later names from the verb (as an oblique
// or a conjunct of it) or from a noun before the list; every name after the
// first is made a conjunct of the first, as UD has it, so the tree rules
// follow the list to each name.
#pragma once

#include "context.hpp"

namespace kg::extract {

void repair_name_lists(SyntaxSentence& tokens, const Context& ctx);

// "blacklisting A, the B founders C and D and the magnate E, ..., in a
// third round of measures": a prepositional phrase closing a long list,
// which the parser made the head of a clause with the list's later items
// as its subjects (and no verb or copula), is the verb's oblique, and the
// first of those subjects the verb's object's next conjunct (a name right
// after it, its apposition: "the founders C").
void repair_lists_read_as_subjects(SyntaxSentence& tokens);

// "include A, the world's largest maker of X, and its rival B, as well as
// C": a noun the parser made the subject of a later item of the list (a
// noun or name with no verb or copula) is an item itself, a conjunct of
// the list's first.
void repair_subjects_of_list_items(SyntaxSentence& tokens);

// "The UK, acting in concert with the EU, the US and Canada, froze ...",
// "X, along with A, B and C, imposed ...": the later names of a list in an
// aside after the subject, which the parser made the verb's subject, go on
// the list of the aside's "with" (or "alongside"); the name before the
// aside is the subject.
void repair_lists_in_subject_asides(SyntaxSentence& tokens, const Context& ctx);

// "Keller, Berg Give Rebels 150 Hours To Quit": in a headline a comma
// between two names before their verb stands for "and"; the parser made the
// first a vocative.
void repair_headline_commas(SyntaxSentence& tokens, const Context& ctx);

// "designated A and B, which own the tankers, and identified ...": the name
// after the object's "and", set off by a relative clause from ", and" and a
// verb joined to the main one, is the object's conjunct, not that verb's
// subject (the verb shares the main one's).
void repair_conjuncts_read_as_subjects(SyntaxSentence& tokens, const Context& ctx);

// "meeting A in Paris, B in Madrid and C in Berlin": names each with its
// place after the verb's object and its place, which the parser hangs from
// the place before them, are the object's conjuncts (their places the
// verb's); so are people each with where they come from ("hosted A of
// Argentina, B of Bolivia and C of Chile").
void repair_names_with_places(SyntaxSentence& tokens, const Context& ctx);

// "sanctions on A, the leader of X, his brother B, and C": a person after a
// comma and a possessive, hung as an apposition of the first name's title,
// is the first name's next conjunct.
void repair_kin_in_appositions(SyntaxSentence& tokens, const Context& ctx);

// "the chairman of Severstal and Russia's richest man": a possessive "'s"
// the parser hung from a word before the one it is written against marks
// that word, so that word is a possessor, not a conjunct of the list.
void repair_possessive_markers(SyntaxSentence& tokens);

// "testified before X alongside A, the co-founder of Y, and B": a noun's
// apposition right after a person's name and its comma, which the parser
// hung from a word before the name that is no person's, is the person's.
void repair_appositions_of_names_before(SyntaxSentence& tokens, const Context& ctx);

// "talks between A, the secretary of X's council, and B": a person after
// ", and" that the parser joined to a word inside the apposition of a
// person before it is that person's conjunct.
void repair_apposed_conjuncts(SyntaxSentence& tokens, const Context& ctx);

// "Amazon's chief executive, A, and Google's executive chairman, B, were
// not called": a phrase after ", and" that the parser made an apposition of
// the name before it is the next item of the list that name's phrase opens.
void repair_appositions_after_and(SyntaxSentence& tokens);

// "the army's chief spokesman and head of Inter-Services Public Relations":
// an "of" phrase after the second of two titles joined by "and" that the
// parser hung from the first is the second's (the first keeps what comes
// before it: the army's).
void repair_phrases_of_joined_titles(SyntaxSentence& tokens, const Context& ctx);

// "met the leader of the opposition, A, and the speaker of parliament, B":
// a title with a name in apposition that the parser joined to the "of"
// complement of an earlier title (which has its own name in apposition) is
// that earlier title's conjunct.
void repair_titled_items_joined_to_complements(SyntaxSentence& tokens, const Context& ctx);

// "bans on four people it blames for the coup: A, B, C and D", "on two
// generals who led a coup in May, A and B": as many people as a counted
// plural noun counts, listed after its description (a colon or a comma),
// which the parser hung from a word of the description, are in apposition
// to the noun.
void repair_counted_lists(SyntaxSentence& tokens, const Context& ctx);

// "brought together Algeria's army chief, General A, his French
// counterpart, General B, and ...": a possessed noun with a person in
// apposition, after the comma that closes a person's name, is the next item
// of that person's list, wherever the parser hung it; so is an "its" noun
// after a body's name ("the National Police, its director, A, and ...").
void repair_possessed_items(SyntaxSentence& tokens, const Context& ctx);

// "ordered A, its rival B and C to submit plans": names after the object's
// comma that the parser made the subject of the infinitive after them (no
// "for" before them) are the object's conjuncts, and the infinitive the
// verb's complement.
void repair_objects_read_as_infinitive_subjects(SyntaxSentence& tokens, const Context& ctx);

// "assets held by A, vice-president and a board member of X, and B, ...": a
// title after a person's name and comma that the parser made a conjunct of
// a word before the name is the name's apposition (its own conjuncts with
// it), so the list after it is the name's; so is one the parser made the
// apposition of a name further back ("A, who runs X; B, president of Y"),
// and one it took for an aside of the sentence (parataxis).
// (The conjuncts first, the appositions after the other list repairs:
// appositions true.)
void repair_apposed_titles(SyntaxSentence& tokens, const Context& ctx, bool appositions);

// "talks in Beijing between A, the X, and B": a "between" phrase the parser
// hung from a place (or a capital) that itself modifies a noun is that
// noun's, and an apposition after it that the parser gave the place is the
// phrase's.
void repair_between_places(SyntaxSentence& tokens, const Context& ctx);

// "India's A and Pakistan's B, the two advisers, met": a list of people
// each written after a state's possessive, which the parser cuts up (a
// state an oblique, a name a flat of the one before), is a list: each
// state the possessor of its person, the people conjuncts of the first.
void repair_possessed_pairs(SyntaxSentence& tokens, const Context& ctx);

// "designated A, the leader of X, his brother B, a commander of the group,
// and C": a name the parser hung from the verb as an oblique with no
// preposition, after a comma and the verb's object (a name of the same
// kind), is the object's next conjunct; so is one after "and" and a state's
// possessive the parser joined to the noun before ("met A in Suva and Fiji's
// Prime Minister B in Nadi").
void repair_caseless_obliques(SyntaxSentence& tokens, const Context& ctx);

// "sanctioned A and its owner, B.": a noun after "and" that the parser hung
// from a punctuation mark (no word's dependent in UD) is a conjunct of the
// mark's head, which repair_high_conjuncts moves to the object before it;
// one it hung from a noun before it as an unknown dependent ("dep") is that
// noun's conjunct.
void repair_conjuncts_hung_from_punctuation(SyntaxSentence& tokens);

// "target X, known by its acronym Y, and its president, Z": after an aside
// that ends the object's phrase, a noun phrase the parser left hanging from
// the verb as unknown dependents ("dep": the "and", the noun and its
// determiner) is the object's conjunct. Run after the other repairs and
// break_cycles, which may leave it so.
void repair_loose_object_conjuncts(SyntaxSentence& tokens);

// "blacklisted A, its rival B and C.": a name (with what it holds) after
// the comma that closes a name of its kind, which the parser hung from a
// punctuation mark, is that name's next conjunct.
void repair_list_items_hung_from_punctuation(SyntaxSentence& tokens, const Context& ctx);

// "A, right, and his counterpart B shake hands": a name the parser made the
// root, with the verb as its conjunct and the second name as that verb's
// subject, is the first of the verb's two subjects.
void repair_subjects_read_as_roots(SyntaxSentence& tokens, const Context& ctx);

// "sanctions on A and its owner, B", "on A and two of its former prime
// ministers, B and C": a noun or count the parser joined to the
// sanction noun itself, after that noun's "on"/"against" phrase, is a
// conjunct of the phrase's target (no act of its own, no preposition).
// "under U.S. and British sanctions", "EU, U.S. and Canadian measures": the
// states or bodies that modify one noun, joined by "and" or commas but
// hung from the noun each on its own, are one list: the later ones
// conjuncts of the first (so a rule that finds the first finds them all).
void repair_coordinated_modifiers(SyntaxSentence& tokens, const Context& ctx);

// "target X as well as Brig. Gen. Y": a name after "as well as" that the
// parser hung from the verb (as "dep") is a conjunct of the verb's object.
void repair_as_well_as_items(SyntaxSentence& tokens);

// "Washington, London and Ottawa froze ...": a name the parser read as a
// compound of the next name of its kind after a comma, that name heading a
// list of its own, is the list's first item.
void repair_list_heads_read_as_compounds(SyntaxSentence& tokens, const Context& ctx);

// "imposed its own trade and financial measures on X": a noun, "and" and a
// modifier the parser read as the verb's object and its conjunct, with the
// noun they modify hung from the verb too, make that noun the object (the
// first noun its compound, the words before it its own).
void repair_nouns_after_coordinated_modifiers(SyntaxSentence& tokens);

// "under U.S., European Union, British and Canadian sanctions": a sanction
// noun the parser read as the last conjunct of the names and demonyms that
// modify it is their head: it takes the first's place in the tree, the
// first hangs from it as a compound and the rest stay the first's conjuncts.
void repair_sanction_nouns_read_as_conjuncts(SyntaxSentence& tokens, const Lexicon& lex);

// "held talks with A, navy chief Admiral B and C": a name the parser
// joined as a conjunct to a common noun above the first name of the list
// (the noun's "with" phrase) is that name's conjunct, as are the names
// joined after it.
void repair_names_joined_to_nouns_above(SyntaxSentence& tokens);

void repair_conjuncts_of_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex);

// A noun the parser joins as a conjunct to the verb whose object or
// oblique comes right before it ("sanctioning X's wife, A, and his
// daughter, B") is a conjunct of that phrase: UD joins only like with like.
void repair_high_conjuncts(SyntaxSentence& tokens);

// "A, the magnate ..., B, the chief executive of X, and C": a name the
// parser joined to a body inside an item's aside ("X and C") is the list's;
// so is one joined to a body whose phrase names the list's first item
// ("before the committee alongside A, the head of X, and B").
void repair_conjuncts_in_asides(SyntaxSentence& tokens, const Context& ctx);

// "on A, a member of parliament, on former police officer B and on C", "the
// assets of A, a trader, and of his company, B": the later phrases with the
// same preposition become conjuncts of the first.
void repair_repeated_prepositions(SyntaxSentence& tokens, const Context& ctx);

// "two members of the U.S. Senate, A and B": people joined to a body after
// a comma are listed in apposition to the plural noun the body modifies;
// "the commander of the Army, General A, and his family": the one name to a
// title's singular noun.
void repair_people_listed_after_bodies(SyntaxSentence& tokens, const Context& ctx);

// "five senators — A, B and C — and D, a member of the House": a conjunct
// after the dash that closes a list in apposition joins the noun the list
// describes; "added three nationals — A, B and C — to its list": a phrase
// with a preposition after that dash goes to the verb whose object the noun is.
void repair_conjuncts_after_dashes(SyntaxSentence& tokens);

// "target A and B, the deputy chief of staff at the Kremlin, as well as the
// X Institute": a conjunct opened by ", as well as" that the parser hung
// inside a name's apposition joins the list the name is in, not the
// apposition's last noun.
void repair_conjuncts_after_appositions(SyntaxSentence& tokens);

// "the 12 other members of the council, among them A, B and C": the names
// after ", among them" are the plural noun's, as after "including" (the
// parser hangs "them" anywhere): the first name is the noun's modifier
// opened by "among", the others its conjuncts.
void repair_among_them(SyntaxSentence& tokens);

// "three regulators: A, who heads X; B, the director of Y; and C, who leads
// Z": the person opening each item after a ";" is a conjunct of the person
// right after the colon (the parser, trained on short lists, scatters them);
// so is a name opening an item after a verb's object ("names A, ...; the
// brothers B and C; ...", "sanctioned A, a banker; his deputy, B; ...",
// "blacklisted the bank; the chairman of its board, B; C, ...").
void repair_semicolon_lists(SyntaxSentence& tokens, const Context& ctx);

// "by committee Chairman A, D-Ill., and Sen. B": a name after ", and" that
// the parser joined to a verb is the conjunct of the name before the party
// tag between commas (the tag its apposition).
void repair_names_after_party_tags(SyntaxSentence& tokens);

}  // namespace kg::extract
