// The clause repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/clause_repair.hpp"
#include "extract/lexicon.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

const extract::Lexicon& lexicon() {
  static const extract::Lexicon lex = extract::Lexicon::load(default_data_dir());
  return lex;
}

// "Brand testified before X, as protesters were removed": "as" read as the
// preposition of "protesters", and "removed" taking "testified" for its
// subject; the clause is the main verb's adverbial again.
TEST(ClauseRepair, AnAsClauseReadAsAPhraseIsAClause) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"testified", "VERB", 8, "nsubj:pass", false, "VBD", "testify"},
                                  {"before", "ADP", 3, "case", false, "IN"},
                                  {"Congress", "PROPN", 1, "obl", true, "NNP"},
                                  {",", "PUNCT", 6, "punct", false, ","},
                                  {"as", "ADP", 6, "case", false, "IN"},
                                  {"protesters", "NOUN", 1, "obl", false, "NNS"},
                                  {"were", "AUX", 8, "aux:pass", false, "VBD", "be"},
                                  {"removed", "VERB", -1, "root", false, "VBN", "remove"},
                                  {".", "PUNCT", 8, "punct", false, "."}});
  extract::repair_as_clauses_read_as_phrases(s);
  EXPECT_EQ(s[1].head, -1);
  EXPECT_EQ(s[8].head, 1);
  EXPECT_EQ(s[8].deprel, "advcl");
  EXPECT_EQ(s[6].head, 8);
  EXPECT_EQ(s[6].deprel, "nsubj:pass");
  EXPECT_EQ(s[5].deprel, "mark");
  EXPECT_EQ(s[9].head, 1);
}

// "Brand spoke as chair of the panel": an "as" phrase with no clause stays.
TEST(ClauseRepair, AnAsPhraseStaysAPhrase) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"spoke", "VERB", -1, "root", false, "VBD", "speak"},
                                  {",", "PUNCT", 4, "punct", false, ","},
                                  {"as", "ADP", 4, "case", false, "IN"},
                                  {"chair", "NOUN", 1, "obl", false, "NN"}});
  extract::repair_as_clauses_read_as_phrases(s);
  EXPECT_EQ(s[4].head, 1);
  EXPECT_EQ(s[3].deprel, "case");
}

// "Brand told the committee that the cap would stay": a clause with its
// own subject and a "that" read as its complementizer, hung from the one
// told as a relative clause, is the verb's complement, intransitive or not.
TEST(ClauseRepair, AThatClauseAfterTheOneToldIsTheVerbsComplement) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"told", "VERB", -1, "root", false, "VBD", "tell"},
                                  {"the", "DET", 3, "det", false, "DT"},
                                  {"committee", "NOUN", 1, "iobj", false, "NN"},
                                  {"that", "SCONJ", 8, "mark", false, "IN"},
                                  {"the", "DET", 6, "det", false, "DT"},
                                  {"cap", "NOUN", 8, "nsubj", false, "NN"},
                                  {"would", "AUX", 8, "aux", false, "MD"},
                                  {"stay", "VERB", 3, "acl:relcl", false, "VB"}});
  extract::repair_that_complements(s, lexicon());
  EXPECT_EQ(s[8].head, 1);
  EXPECT_EQ(s[8].deprel, "ccomp");
}

// "Brand met the official that the cap would hurt": a relative "that"
// (no complementizer) after an object stays a relative clause.
TEST(ClauseRepair, ARelativeThatAfterAnObjectStays) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"met", "VERB", -1, "root", false, "VBD", "meet"},
                                  {"the", "DET", 3, "det", false, "DT"},
                                  {"official", "NOUN", 1, "obj", false, "NN"},
                                  {"that", "PRON", 8, "obj", false, "WDT"},
                                  {"the", "DET", 6, "det", false, "DT"},
                                  {"cap", "NOUN", 8, "nsubj", false, "NN"},
                                  {"would", "AUX", 8, "aux", false, "MD"},
                                  {"hurt", "VERB", 3, "acl:relcl", false, "VB"}});
  extract::repair_that_complements(s, lexicon());
  EXPECT_EQ(s[8].head, 3);
  EXPECT_EQ(s[8].deprel, "acl:relcl");
}

// "Brand urged the rest of the Union to act": the infinitive read as a
// modifier of the object is the complement of the verb that asks.
TEST(ClauseRepair, AnInfinitiveHungFromTheObjectOfAnAskingVerbIsTheVerbs) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"urged", "VERB", -1, "root", false, "VBD", "urge"},
                                  {"the", "DET", 3, "det", false, "DT"},
                                  {"rest", "NOUN", 1, "obj", false, "NN"},
                                  {"of", "ADP", 6, "case", false, "IN"},
                                  {"the", "DET", 6, "det", false, "DT"},
                                  {"Union", "PROPN", 3, "nmod", false, "NNP"},
                                  {"to", "PART", 8, "mark", false, "TO"},
                                  {"act", "VERB", 3, "acl", false, "VB"}});
  extract::repair_infinitives_hung_from_objects(s, lexicon());
  EXPECT_EQ(s[8].head, 1);
  EXPECT_EQ(s[8].deprel, "xcomp");
}

// "Brand and Ost, together with Keller, spent hours testifying": the "with"
// phrase read as the verb's subject, the list hung from it, is the verb's
// oblique and the list its subject.
TEST(ClauseRepair, APrepositionalPhraseReadAsTheSubjectIsAnOblique) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 6, "nsubj", true, "NNP"},
                                  {"and", "CCONJ", 2, "cc", false, "CC"},
                                  {"Ost", "PROPN", 0, "conj", true, "NNP"},
                                  {",", "PUNCT", 0, "punct", false, ","},
                                  {"together", "ADV", 6, "advmod", false, "RB"},
                                  {"with", "ADP", 6, "case", false, "IN"},
                                  {"Keller", "PROPN", 7, "nsubj", true, "NNP"},
                                  {"spent", "VERB", -1, "root", false, "VBD", "spend"},
                                  {"hours", "NOUN", 7, "obj", false, "NNS"}});
  extract::repair_subjects_with_prepositions(s);
  EXPECT_EQ(s[0].head, 7);
  EXPECT_EQ(s[0].deprel, "nsubj");
  EXPECT_EQ(s[6].head, 7);
  EXPECT_EQ(s[6].deprel, "obl");
}

// "Brand backed a plan to cut taxes": not a verb that asks its object to act.
TEST(ClauseRepair, AnInfinitiveOfANounAfterAnyOtherVerbStays) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"backed", "VERB", -1, "root", false, "VBD", "back"},
                                  {"a", "DET", 3, "det", false, "DT"},
                                  {"plan", "NOUN", 1, "obj", false, "NN"},
                                  {"to", "PART", 5, "mark", false, "TO"},
                                  {"cut", "VERB", 3, "acl", false, "VB"},
                                  {"taxes", "NOUN", 5, "obj", false, "NNS"}});
  extract::repair_infinitives_hung_from_objects(s, lexicon());
  EXPECT_EQ(s[5].head, 3);
  EXPECT_EQ(s[5].deprel, "acl");
}

// "Brand spoke on Monday after their meeting was called off": "after", the
// noun and a verb with a finite auxiliary and no subject are a clause.
TEST(ClauseRepair, AClauseAfterAfterReadAsAPhraseIsAClause) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"spoke", "VERB", -1, "root", false, "VBD", "speak"},
                                  {"after", "ADP", 4, "case", false, "IN"},
                                  {"their", "PRON", 4, "nmod:poss", false, "PRP$"},
                                  {"meeting", "NOUN", 1, "obl", false, "NN"},
                                  {"was", "AUX", 6, "aux:pass", false, "VBD", "be"},
                                  {"called", "VERB", 1, "conj", false, "VBN", "call"},
                                  {"off", "ADP", 6, "compound:prt", false, "RP"}});
  extract::repair_clauses_read_as_phrases(s);
  EXPECT_EQ(s[6].head, 1);
  EXPECT_EQ(s[6].deprel, "advcl");
  EXPECT_EQ(s[4].head, 6);
  EXPECT_EQ(s[4].deprel, "nsubj:pass");
  EXPECT_EQ(s[2].head, 6);
  EXPECT_EQ(s[2].deprel, "mark");
}

// "Brand spoke after the meeting and was praised": a verb with no auxiliary
// right after the phrase ("and" between) stays the sentence verb's conjunct.
TEST(ClauseRepair, APhraseBeforeAConjoinedVerbStaysAPhrase) {
  SyntaxSentence s = sentence_of({{"Brand", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"spoke", "VERB", -1, "root", false, "VBD", "speak"},
                                  {"after", "ADP", 4, "case", false, "IN"},
                                  {"the", "DET", 4, "det", false, "DT"},
                                  {"meeting", "NOUN", 1, "obl", false, "NN"},
                                  {"and", "CCONJ", 7, "cc", false, "CC"},
                                  {"was", "AUX", 7, "aux:pass", false, "VBD", "be"},
                                  {"praised", "VERB", 1, "conj", false, "VBN", "praise"}});
  extract::repair_clauses_read_as_phrases(s);
  EXPECT_EQ(s[4].head, 1);
  EXPECT_EQ(s[7].deprel, "conj");
}

}  // namespace
}  // namespace kg
