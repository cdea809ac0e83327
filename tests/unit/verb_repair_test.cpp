// The verb repairs on hand-built parses: what each moves, and what it leaves.
#include <gtest/gtest.h>

#include "extract/verb_repair.hpp"
#include "tree_fixture.hpp"

namespace kg {
namespace {

using test::sentence_of;

// "The group called on Spain in a letter and pledged aid": "called", a past
// tense hung from the subject as its modifier, is the verb; the verb after
// "and" its conjunct; a reduced relative's participle stays.
TEST(VerbRepair, APastTenseReadAsTheSubjectsModifierIsTheVerb) {
  SyntaxSentence s = sentence_of({{"The", "DET", 1, "det", false, "DT"},
                                  {"group", "NOUN", 9, "nsubj", false, "NN"},
                                  {"called", "VERB", 1, "acl", false, "VBD", "call"},
                                  {"on", "ADP", 4, "case", false, "IN"},
                                  {"Spain", "PROPN", 2, "obl", true, "NNP"},
                                  {"in", "ADP", 7, "case", false, "IN"},
                                  {"a", "DET", 7, "det", false, "DT"},
                                  {"letter", "NOUN", 1, "nmod", false, "NN"},
                                  {"and", "CCONJ", 9, "cc", false, "CC"},
                                  {"pledged", "VERB", -1, "root", false, "VBD", "pledge"},
                                  {"aid", "NOUN", 9, "obj", false, "NN"}});
  extract::repair_finite_verbs_read_as_modifiers(s);
  EXPECT_EQ(s[2].head, -1);
  EXPECT_EQ(s[2].deprel, "root");
  EXPECT_EQ(s[1].head, 2);
  EXPECT_EQ(s[1].deprel, "nsubj");
  EXPECT_EQ(s[9].head, 2);
  EXPECT_EQ(s[9].deprel, "conj");
  EXPECT_EQ(s[7].head, 2);
  SyntaxSentence r = sentence_of({{"The", "DET", 1, "det", false, "DT"},
                                  {"group", "NOUN", -1, "root", false, "NN"},
                                  {"called", "VERB", 1, "acl", false, "VBN", "call"},
                                  {"Harbour", "PROPN", 2, "xcomp", true, "NNP"}});
  extract::repair_finite_verbs_read_as_modifiers(r);
  EXPECT_EQ(r[2].deprel, "acl");
}

// "The summit, originally set for March, has been cancelled": the aside is
// the subject's modifier, and "cancelled" the predicate.
TEST(VerbRepair, AParticipleAsideReadAsThePredicateIsAModifier) {
  SyntaxSentence s = sentence_of({{"The", "DET", 1, "det", false, "DT"},
                                  {"summit", "NOUN", 4, "nsubj", false, "NN"},
                                  {",", "PUNCT", 4, "punct", false, ","},
                                  {"originally", "ADV", 4, "advmod", false, "RB"},
                                  {"set", "ADJ", -1, "root", false, "JJ"},
                                  {"for", "ADP", 6, "case", false, "IN"},
                                  {"March", "PROPN", 4, "obl", true, "NNP"},
                                  {",", "PUNCT", 10, "punct", false, ","},
                                  {"has", "AUX", 10, "aux", false, "VBZ", "have"},
                                  {"been", "AUX", 10, "aux:pass", false, "VBN", "be"},
                                  {"cancelled", "VERB", 4, "conj", false, "VBN", "cancel"}});
  extract::repair_predicates_after_participle_asides(s);
  EXPECT_EQ(s[10].head, -1);
  EXPECT_EQ(s[10].deprel, "root");
  EXPECT_EQ(s[1].head, 10);
  EXPECT_EQ(s[1].deprel, "nsubj:pass");
  EXPECT_EQ(s[4].head, 1);
  EXPECT_EQ(s[4].deprel, "acl");
}

// "after the men had held talks, Brand spoke": "held", with its own "had",
// read as the modifier of "talks", is the clause's verb and "talks" its object.
TEST(VerbRepair, APerfectParticipleReadAsAModifierIsTheVerb) {
  // ("after" hangs from "talks" as its case marker, "men" from "held".)
  SyntaxSentence s = sentence_of({{"after", "ADP", 5, "case", false, "IN"},
                                  {"the", "DET", 2, "det", false, "DT"},
                                  {"men", "NOUN", 4, "nsubj", false, "NNS"},
                                  {"had", "AUX", 4, "aux", false, "VBD", "have"},
                                  {"held", "VERB", 5, "amod", false, "VBN", "hold"},
                                  {"talks", "NOUN", 7, "obl", false, "NNS", "talk"},
                                  {"Brand", "PROPN", 7, "nsubj", true, "NNP"},
                                  {"spoke", "VERB", -1, "root", false, "VBD", "speak"}});
  extract::repair_perfect_participles_read_as_modifiers(s);
  EXPECT_EQ(s[4].head, 7);
  EXPECT_EQ(s[4].deprel, "advcl");
  EXPECT_EQ(s[5].head, 4);
  EXPECT_EQ(s[5].deprel, "obj");
  EXPECT_EQ(s[0].head, 4);
  EXPECT_EQ(s[0].deprel, "mark");
}

// "the long-awaited talks": a participle with no "have" of its own stays a modifier.
TEST(VerbRepair, AParticipleWithNoAuxiliaryStaysAModifier) {
  SyntaxSentence s = sentence_of({{"the", "DET", 2, "det", false, "DT"},
                                  {"awaited", "VERB", 2, "amod", false, "VBN", "await"},
                                  {"talks", "NOUN", 4, "obl", false, "NNS", "talk"},
                                  {"began", "VERB", -1, "root", false, "VBD", "begin"}});
  extract::repair_perfect_participles_read_as_modifiers(s);
  EXPECT_EQ(s[1].head, 2);
  EXPECT_EQ(s[1].deprel, "amod");
}

}  // namespace
}  // namespace kg
