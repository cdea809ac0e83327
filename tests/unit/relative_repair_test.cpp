// The relative-clause repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/relative_repair.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

// "Berg asked Keller, who was testifying, about it": the "who" clause after
// a comma, read as the verb's complement, is the name's relative clause.
TEST(RelativeRepair, AWhoClauseAfterACommaIsTheNamesNotTheVerbsComplement) {
  SyntaxSentence s = sentence_of({{"Berg", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"asked", "VERB", -1, "root", false, "VBD", "ask"},
                                  {"Keller", "PROPN", 1, "iobj", true, "NNP"},
                                  {",", "PUNCT", 6, "punct", false, ","},
                                  {"who", "PRON", 6, "nsubj", false, "WP"},
                                  {"was", "AUX", 6, "aux", false, "VBD", "be"},
                                  {"testifying", "VERB", 1, "ccomp", false, "VBG", "testify"}});
  extract::repair_who_complements(s);
  EXPECT_EQ(s[6].head, 2);
  EXPECT_EQ(s[6].deprel, "acl:relcl");
}

// "Berg asked who was testifying": an embedded question (no comma) stays.
TEST(RelativeRepair, AnEmbeddedQuestionStaysTheVerbsComplement) {
  SyntaxSentence s = sentence_of({{"Berg", "PROPN", 1, "nsubj", true, "NNP"},
                                  {"asked", "VERB", -1, "root", false, "VBD", "ask"},
                                  {"who", "PRON", 4, "nsubj", false, "WP"},
                                  {"was", "AUX", 4, "aux", false, "VBD", "be"},
                                  {"testifying", "VERB", 1, "ccomp", false, "VBG", "testify"}});
  extract::repair_who_complements(s);
  EXPECT_EQ(s[4].head, 1);
  EXPECT_EQ(s[4].deprel, "ccomp");
}

// "On the day of X, Berg, whose country stays out, flew to Y": the name
// before ", whose", read as a conjunct of the opening phrase's noun, is the
// subject of the verb after the clause, and the clause is the name's.
TEST(RelativeRepair, ANameBeforeWhoseReadAsAConjunctIsTheMainVerbsSubject) {
  SyntaxSentence s = sentence_of({{"On", "ADP", 2, "case", false, "IN"},
                                  {"the", "DET", 2, "det", false, "DT"},
                                  {"day", "NOUN", 9, "obl", false, "NN"},
                                  {",", "PUNCT", 4, "punct", false, ","},
                                  {"Berg", "PROPN", 2, "conj", true, "NNP"},
                                  {",", "PUNCT", 2, "punct", false, ","},
                                  {"whose", "PRON", 7, "nmod:poss", false, "WP$"},
                                  {"country", "NOUN", 9, "nsubj", false, "NN"},
                                  {"does", "AUX", 9, "aux", false, "VBZ", "do"},
                                  {"stays", "VERB", -1, "root", false, "VBZ", "stay"},
                                  {",", "PUNCT", 11, "punct", false, ","},
                                  {"flew", "VERB", 9, "conj", false, "VBD", "fly"}});
  extract::repair_whose_clauses(s);
  EXPECT_EQ(s[11].head, -1);
  EXPECT_EQ(s[11].deprel, "root");
  EXPECT_EQ(s[4].head, 11);
  EXPECT_EQ(s[4].deprel, "nsubj");
  EXPECT_EQ(s[9].head, 4);
  EXPECT_EQ(s[9].deprel, "acl:relcl");
  EXPECT_EQ(s[2].head, 11) << "the opening phrase is the sentence's";
}

// "Berg, whose husband works, was elected": Berg read as a second subject of
// the clause's verb and the clause as the main verb's subject.
TEST(RelativeRepair, ANameReadAsAWhoseClausesSecondSubjectIsTheMainVerbs) {
  SyntaxSentence s = sentence_of({{"Berg", "PROPN", 4, "nsubj", true, "NNP"},
                                  {",", "PUNCT", 4, "punct", false, ","},
                                  {"whose", "PRON", 3, "nmod:poss", false, "WP$"},
                                  {"husband", "NOUN", 4, "nsubj", false, "NN"},
                                  {"works", "VERB", 7, "nsubj:pass", false, "VBZ", "work"},
                                  {",", "PUNCT", 4, "punct", false, ","},
                                  {"was", "AUX", 7, "aux:pass", false, "VBD", "be"},
                                  {"elected", "VERB", -1, "root", false, "VBN", "elect"}});
  extract::repair_whose_clauses(s);
  EXPECT_EQ(s[0].head, 7);
  EXPECT_EQ(s[0].deprel, "nsubj:pass");
  EXPECT_EQ(s[4].head, 0);
  EXPECT_EQ(s[4].deprel, "acl:relcl");
}

}  // namespace
}  // namespace kg
