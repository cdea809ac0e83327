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

}  // namespace
}  // namespace kg
