// The name recogniser's pieces: which GUM mentions are names (and their
// words), BILOU labels, and a model trained on a few sentences written for
// these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/extract.hpp"
#include "nlp/hash.hpp"
#include "nlp/name_model.hpp"
#include "nlp/name_spans.hpp"
#include "nlp/name_tagger.hpp"
#include "nlp/treebank.hpp"

namespace {

using kg::nlp::NameSpan;
using kg::nlp::NameType;

std::vector<kg::nlp::TreebankSentence> sample() {
  return kg::nlp::read_treebank(std::string(KG_TEST_DATA_DIR) + "/names/gum_sample.conllu");
}

TEST(GoldNames, ProperNounHeadedMentionsOnlyOutermostFirst) {
  const auto s = sample();
  ASSERT_EQ(s.size(), 2u);
  // "Jane Roe" (person), "Bank of Ruritania" (its place inside dropped), not
  // "the Bank of Ruritania chief" (headed by a common noun), "Springfield".
  const std::vector<NameSpan> first{{0, 2, NameType::Person}, {4, 7, NameType::Organization}, {9, 10, NameType::Place}};
  EXPECT_EQ(kg::nlp::gold_names(s[0], {}), first);
  // "She" and "the man" are mentions, not names; "the Spring Fair" is "Spring Fair".
  const std::vector<NameSpan> second{{4, 6, NameType::Event}};
  EXPECT_EQ(kg::nlp::gold_names(s[1], {}), second);
}

TEST(GoldNames, RolesAreNotNames) {
  auto s = sample()[0];
  s.tokens[0].form = "Governor";  // "Governor Roe": a role heading the mention
  kg::nlp::NameDefinition definition;
  definition.roles = {"governor"};
  const std::vector<NameSpan> without{{4, 7, NameType::Organization}, {9, 10, NameType::Place}};
  EXPECT_EQ(kg::nlp::gold_names(s, definition), without);
}

TEST(GoldNames, MalformedEntityValueIsAnError) {
  auto s = sample()[0];
  s.tokens[1].misc = "Entity=)";
  EXPECT_THROW(kg::nlp::gold_names(s, {}), kg::Error);
}

TEST(NameLabels, RoundTrip) {
  const std::vector<NameSpan> names{{0, 1, NameType::Place}, {2, 5, NameType::Person}, {5, 7, NameType::Event}};
  const auto labels = kg::nlp::name_labels(8, names);
  EXPECT_EQ(labels[0], 1 + 4 * 2 + 3);  // Unit place
  EXPECT_EQ(labels[1], 0);
  EXPECT_EQ(kg::nlp::name_spans(labels), names);
}

// Words as the recogniser sees them, tagged by the committed tagger.
std::vector<kg::nlp::NameWord> words_of(const kg::SyntaxModel& m, const std::vector<std::string>& forms) {
  kg::SyntaxSentence s;
  for (const auto& f : forms) {
    kg::SyntaxToken t;
    t.form = f;
    s.push_back(t);
  }
  m.tag(s);
  return kg::nlp::name_words(m, s);
}

TEST(NameTagger, LearnsItsTrainingSentencesAndNeverOverlaps) {
  const auto syntax = kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir()));
  const std::vector<std::vector<std::string>> text{
      {"Jane", "Roe", "met", "officials", "of", "Acme", "Bank", "in", "Springfield", "."},
      {"The", "bank", "said", "Roe", "would", "visit", "the", "Spring", "Fair", "."},
      {"Officials", "in", "Springfield", "said", "nothing", "."}};
  const std::vector<std::vector<NameSpan>> gold{
      {{0, 2, NameType::Person}, {5, 7, NameType::Organization}, {8, 9, NameType::Place}},
      {{3, 4, NameType::Person}, {7, 9, NameType::Event}},
      {{2, 3, NameType::Place}}};
  // Two documents: the text, and the text again (folds need two).
  std::vector<kg::nlp::NameSentence> words;
  for (const auto& t : text) words.push_back(words_of(syntax, t));
  kg::nlp::NameGazetteer gazetteer{{kg::nlp::hash_bytes("jane"), 1u}};
  std::ostringstream log;
  for (const std::size_t folds : {0u, 2u}) {
    const auto tagger = kg::nlp::NameTagger::train({words, words}, {gold, gold}, gazetteer, {8, 1, 1}, folds, log);
    for (std::size_t s = 0; s < text.size(); ++s) EXPECT_EQ(tagger.names(std::span<const kg::nlp::NameWord>(words[s])), gold[s]) << s;
    EXPECT_EQ(tagger.names(words), gold);
    EXPECT_TRUE(tagger.names(std::span<const kg::nlp::NameWord>()).empty());
  }
}

TEST(NameModel, CommittedModelFindsAPersonAndAPlace) {
  const auto syntax = kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir()));
  const auto tagger = kg::nlp::load_name_tagger(kg::models_dir(kg::default_data_dir()));
  const auto found = tagger.names(
      words_of(syntax, {"Yesterday", "Maria", "Lopez", "flew", "from", "Madrid", "to", "Berlin", "."}));
  const std::vector<NameSpan> want{{1, 3, NameType::Person}, {5, 6, NameType::Place}, {7, 8, NameType::Place}};
  EXPECT_EQ(found, want);
}

// Two people after a plural title, joined by "and": each read whole, the
// title left out (the sentence's labels are chosen together).
TEST(NameModel, CommittedModelReadsTwoPeopleAfterAPluralTitle) {
  const auto syntax = kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir()));
  const auto tagger = kg::nlp::load_name_tagger(kg::models_dir(kg::default_data_dir()));
  const auto found = tagger.names(words_of(
      syntax, {"Senators", "Odalric", "Venn", "and", "Bertil", "Ashgrove", "questioned", "the", "chief", "executive", "."}));
  const std::vector<NameSpan> want{{1, 3, NameType::Person}, {4, 6, NameType::Person}};
  EXPECT_EQ(found, want);
}

}  // namespace
