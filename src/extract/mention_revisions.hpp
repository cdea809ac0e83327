// Revisions of the mention finder's list (mentions.cpp) from what the rest
// of the document says: a description right before a name, a company before
// its chief's title, a nickname, a surname that is a common word, a demonym
// used as a noun. Each keeps ctx.mentions sorted by position.
#pragma once

#include "context.hpp"

namespace kg::extract {

// "the payments firm Block": a description right before a name of its kind
// describes that name, and is no anaphor of a body named before it.
void drop_descriptions_of_names(Context& ctx);

// "Snap CEO Evan Spiegel": capitalised words right before a title only a
// company's people hold (company_titles.txt) and its holder's name are the
// company, also when read as a person's name (wherever the document writes it).
void companies_before_titles(Context& ctx);

// "Brian Hartzer of Westpac": one capitalised word no mention took, after
// a person's full (or cued) name and "of", is the body the person is of.
void bodies_after_people_of(Context& ctx);

// "Carlos Mesa, who leads the Comunidad Ciudadana alliance": a name read
// as a person's with no cue, after "who" and a verb of leading
// (words/leading_verbs.txt), is the body led, wherever the document writes it.
void bodies_led_by_people(Context& ctx);

// "Mohamed Hamdan Dagalo, better known as Hemedti", "the cigarette maker
// Tabacalera del Este, known as Tabesa": the words after "known as" name the
// person or the body, there and wherever the document writes them.
void nicknames(Context& ctx);

// "the brothers Arkady and Boris Rotenberg", "Bill and Hillary Clinton":
// first names listed before one person's full name share its surname (each
// a first name the lexicon knows, or the list right after a plural family
// word or with one in the phrase after the names: pair_kin.txt).
void shared_surnames(Context& ctx);

// "Theresa May", "Nick Read": the surname alone, a common word, is the
// person inside a sentence or before a verb of saying at its start; not in
// a date ("in May", "May 5") or inside another name ("the Green Party").
void common_word_surnames(Context& ctx);

// "Georgian Dream", "Saudi Aramco": a demonym right before a body's name
// that has no head word of its own is the name's first word.
void demonym_named_bodies(Context& ctx);

// "the British must leave", "the Americans said": "the" and a demonym as a
// verb's subject stand for the state, like a group noun.
void demonyms_as_nouns(Context& ctx);

// "Goldman must repay Malaysia" after "Goldman Sachs": the first word of a
// company's name the document writes in full, alone inside a sentence,
// is that company (not a first name, a title, a party's or a demonym's
// adjective, or a word the lexicon knows).
void short_company_names(Context& ctx);

// "the blue ribbon subcommittee" after "the Senate blue ribbon
// subcommittee", "the foreign affairs committee" after "the House Foreign
// Affairs Committee": the tail of a committee's or inquiry's name of three
// words or more, written in lower case after "the", names it (not a tail two
// such bodies share).
void committee_name_tails(Context& ctx);

}  // namespace kg::extract
