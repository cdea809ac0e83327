// The tag repairs on hand-tagged sentences: what each retags, and what it leaves.
#include <gtest/gtest.h>

#include "extract/tag_repair.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

// "In a deposition released on Friday, Brand said ...": the past form after
// the opening phrase's noun is the noun's participle.
TEST(TagRepair, APastFormInAnOpeningPhraseIsAParticiple) {
  SyntaxSentence s = sentence_of({{"In", "ADP", -1, "", false, "IN"},
                                  {"a", "DET", -1, "", false, "DT"},
                                  {"deposition", "NOUN", -1, "", false, "NN"},
                                  {"released", "VERB", -1, "", false, "VBD"},
                                  {"on", "ADP", -1, "", false, "IN"},
                                  {"Friday", "PROPN", -1, "", false, "NNP"},
                                  {",", "PUNCT", -1, "", false, ","},
                                  {"Brand", "PROPN", -1, "", true, "NNP"},
                                  {"said", "VERB", -1, "", false, "VBD"}});
  extract::repair_participles_in_opening_phrases(s);
  EXPECT_EQ(s[3].xpos, "VBN");
}

// "After the talks collapsed, Brand said ...": "after" opens a clause, whose
// verb stays the past tense.
TEST(TagRepair, AClauseAfterAfterKeepsItsPastTense) {
  SyntaxSentence s = sentence_of({{"After", "ADP", -1, "", false, "IN"},
                                  {"the", "DET", -1, "", false, "DT"},
                                  {"talks", "NOUN", -1, "", false, "NNS"},
                                  {"collapsed", "VERB", -1, "", false, "VBD"},
                                  {",", "PUNCT", -1, "", false, ","},
                                  {"Brand", "PROPN", -1, "", true, "NNP"},
                                  {"said", "VERB", -1, "", false, "VBD"},
                                  {"more", "ADJ", -1, "", false, "JJR"}});
  extract::repair_participles_in_opening_phrases(s);
  EXPECT_EQ(s[3].xpos, "VBD");
}

// "Spain's ruling Harbour Front": a present participle between a possessive
// and a name is an adjective; "its leaving the talks" keeps its gerund.
TEST(TagRepair, AParticipleAfterAPossessiveBeforeANameIsAnAdjective) {
  SyntaxSentence s = sentence_of({{"Spain", "PROPN", -1, "", true, "NNP"},
                                  {"'s", "PART", -1, "", false, "POS"},
                                  {"ruling", "VERB", -1, "", false, "VBG"},
                                  {"Harbour Front", "PROPN", -1, "", true, "NNP"},
                                  {"was", "AUX", -1, "", false, "VBD"}});
  extract::repair_possessives_read_as_verbs(s);
  EXPECT_EQ(s[2].upos, "ADJ");
  EXPECT_EQ(s[2].lemma, "ruling");
  SyntaxSentence g = sentence_of({{"Spain", "PROPN", -1, "", true, "NNP"},
                                  {"'s", "PART", -1, "", false, "POS"},
                                  {"leaving", "VERB", -1, "", false, "VBG"},
                                  {"the", "DET", -1, "", false, "DT"},
                                  {"talks", "NOUN", -1, "", false, "NNS"}});
  extract::repair_possessives_read_as_verbs(g);
  EXPECT_EQ(g[2].upos, "VERB");
}

// An empty sentence is left alone (no word to read).
TEST(TagRepair, AnEmptySentenceIsLeftAlone) {
  SyntaxSentence s;
  extract::repair_participles_in_opening_phrases(s);
  EXPECT_TRUE(s.empty());
}

}  // namespace
}  // namespace kg
