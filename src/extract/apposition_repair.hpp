// A name in apposition to a title noun that the parser hung elsewhere
// ("designated the bank's chairman, A; his deputy, B", A an oblique of the
// verb; a predicate keeps only its subject):
// "hosted her Dutch counterparts, A and B, in Lisbon" parsed with A as a
// subject of "Lisbon"; "his counterparts from Morocco and Egypt - A and B -"
// with A as part of the name "Egypt". A person's name right after "TITLE ,"
// (or a dash), or after the title's phrase, whose head is no predicate (a
// verb, auxiliary or adjective: "After meeting the ministers, A said ..."
// keeps its subject) becomes the title's apposition, so the title's verb
// reaches it ("hosted" A and, through A's conjuncts, B). And a title phrase
// the parser hung from a verb ("named alongside A, B, the chief executive
// of X, and C") is the apposition of the person named before its comma, as
// is a described noun with no preposition the parser made the verb's
// oblique ("sat down with A, the party's most senior official, and B") or
// complement ("designated A, commander of X, and B"), whose conjuncts after
// it are the person's.
#pragma once

#include "context.hpp"

namespace kg::extract {

void repair_loose_appositions(SyntaxSentence& tokens, const Context& ctx);

// "In a letter to A, the chief executive of X, B, the secretary of Y, told
// him ...": a title phrase right after a name that closes an opening
// prepositional phrase, which the parser made the verb's subject with the
// person after it as its apposition, is that name's apposition, and the
// person the subject (with the title's later appositions).
void repair_titles_read_as_subjects(SyntaxSentence& tokens, const Context& ctx);

// "SpaceX, the rocket company Musk runs, on Monday": a noun phrase after a
// name's comma, opened by a determiner, that the parser hung from a
// punctuation mark (no word's dependent) is the name's apposition; so are
// names after a plural noun's comma hung from one ("The two countries'
// leaders, A and B, are due to meet").
void repair_appositions_hung_from_punctuation(SyntaxSentence& tokens, const Context& ctx);

// "A, the commissioner of X, and B, the director of Y": an apposition after
// a later conjunct's comma that the parser hung from the first is the
// later one's; "...: A, chair of X's board; B, ...": a title after a
// person's name and comma that the parser made an item of the list is the
// name's apposition; a name after a semicolon is an item, not an
// apposition.
void repair_conjunct_appositions(SyntaxSentence& tokens, const Context& ctx);

// "A, Italy's deputy prime minister and the leader of X, who ...": a title
// after "and" that the parser made a conjunct of the name is a conjunct of
// the name's apposed title, so it describes A too.
void repair_titles_joined_to_appositions(SyntaxSentence& tokens, const Context& ctx);

// "added A, along with B, the son of the former president, to its sanctions
// list": a phrase after the comma that closes an apposition belongs to the
// verb, not to the apposition's noun.
void repair_closed_appositions(SyntaxSentence& tokens);

// "who leads the women's professional league, Liga Norte, had called":
// one name between commas right after a singular description that names no
// one, which the parser joined as a conjunct, is the description's
// apposition (a list would go on, or have a conjunction).
void repair_named_descriptions(SyntaxSentence& tokens, const Context& ctx);

// "The two leaders, joined by their wives, A and B, dined together": an
// apposition right after a noun that ends a participle or relative clause
// on the head the parser chose is that noun's ("their wives"), not the
// clause's head's.
void repair_appositions_in_clauses(SyntaxSentence& tokens);

// "ordered a review led by A, a former deputy chair of X, and has said that
// B must ...": a description set off by commas right after a name, which
// the parser made the subject of the verb after ", and", is the name's
// apposition; the verb goes on from the subject of the one it is joined to.
void repair_appositions_as_subjects(SyntaxSentence& tokens);

// "lodged a protest with A, who chairs the bloc, the Harbour Union (HU), and
// asked the bloc to ...": a name set off by commas right after a noun, which
// the parser made the subject of the verb after ", and" (with the clause
// before hung from that verb), is the noun's apposition; the verb is the
// earlier clause's conjunct and shares its subject.
void repair_named_appositions_as_subjects(SyntaxSentence& tokens);

// "A, the Labour MP who chairs the committee, asked him to ...", parsed with
// A as a vocative and the description as the verb's subject: A is the
// subject, the description its apposition. So is A hung as an apposition
// of an opening phrase's noun ("Earlier in the session, A, general
// secretary of X, told MPs ...").
void repair_vocative_subjects(SyntaxSentence& tokens);

// "Sen. A, R-Mo., a member of the committee, asked ...": a party tag after a
// name's comma is its apposition, and an apposition the parser hung from
// the tag is the name's.
void repair_party_tags(SyntaxSentence& tokens);

}  // namespace kg::extract
