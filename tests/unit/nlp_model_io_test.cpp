// Model files: what is written reads back the same, and a missing,
// truncated, corrupted, foreign or wrong-version file is one line that names it.
#include <gtest/gtest.h>

#include <filesystem>
#include <array>
#include <fstream>
#include <sstream>

#include "kg/error.hpp"
#include "nlp/linear_model.hpp"
#include "nlp/model_io.hpp"
#include "nlp/perceptron.hpp"

namespace fs = std::filesystem;
using namespace kg::nlp;

namespace {

LinearModel small_model() {
  PerceptronTrainer t(3);
  const std::vector<std::uint32_t> a{11, 12}, b{12, 13}, c{14};
  for (int i = 0; i < 5; ++i) {
    t.tick();
    t.update(a, 0, 1);
    t.tick();
    t.update(b, 1, 2);
    t.tick();
    t.update(c, 2, 0);
  }
  return t.average(1, 0.0f);
}

std::string write_model(const fs::path& path) {
  ModelWriter w("test-kind");
  w.str("hello");
  small_model().write(w);
  w.save(path.string());
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void overwrite(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Reads path as the test model and returns the error, or "" when it reads.
std::string read_error(const fs::path& path, std::string_view kind = "test-kind") {
  try {
    ModelReader r(path.string(), kind);
    r.str();
    LinearModel::read(r);
    r.finish();
    return "";
  } catch (const kg::Error& e) {
    return e.what();
  }
}

class ModelFile : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("kg_model_io_" + std::to_string(::getpid()));
  fs::path file = dir / "m.kgm";
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
};

}  // namespace

TEST_F(ModelFile, RoundTripKeepsScores) {
  write_model(file);
  ModelReader r(file.string(), "test-kind");
  EXPECT_EQ(r.str(), "hello");
  const LinearModel back = LinearModel::read(r);
  r.finish();
  const LinearModel orig = small_model();
  ASSERT_EQ(back.classes(), 3u);
  ASSERT_EQ(back.features(), orig.features());
  for (const std::vector<std::uint32_t>& f : {std::vector<std::uint32_t>{11}, {12, 13}, {14}, {99}}) {
    float x[3] = {0, 0, 0}, y[3] = {0, 0, 0};
    orig.add_scores(f, x);
    back.add_scores(f, y);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(x[c], y[c], 1e-3f * (1 + std::abs(x[c])));
  }
  float s[3] = {0, 0, 0};
  back.add_scores(std::vector<std::uint32_t>{11}, s);
  EXPECT_GT(s[0], s[1]);  // feature 11 was taught to prefer class 0 over 1
}

TEST_F(ModelFile, EveryTruncationIsOneLineNamingTheFile) {
  const std::string bytes = write_model(file);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    overwrite(file, bytes.substr(0, n));
    const std::string e = read_error(file);
    ASSERT_FALSE(e.empty()) << "a file cut to " << n << " bytes was read";
    EXPECT_NE(e.find(file.string()), std::string::npos) << e;
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
  }
}

// A flipped byte is refused, or (in the unused padding bits that end the
// deflate stream) changes nothing: never a different model.
TEST_F(ModelFile, FlippedBytesAreRefusedOrHarmless) {
  const std::string bytes = write_model(file);
  std::size_t refused = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5a);
    overwrite(file, bad);
    const std::string e = read_error(file);
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
    if (!e.empty()) {
      ++refused;
      continue;
    }
    ModelReader r(file.string(), "test-kind");
    EXPECT_EQ(r.str(), "hello") << "byte " << i;
    const LinearModel m = LinearModel::read(r);
    float x[3] = {0, 0, 0}, y[3] = {0, 0, 0};
    m.add_scores(std::vector<std::uint32_t>{11, 12, 13, 14}, x);
    small_model().add_scores(std::vector<std::uint32_t>{11, 12, 13, 14}, y);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(x[c], y[c], 1e-3f * (1 + std::abs(y[c]))) << "byte " << i;
  }
  EXPECT_GE(refused + 1, bytes.size());  // at most the padding byte reads
}

TEST_F(ModelFile, WrongVersionKindAndMissingFile) {
  std::string bytes = write_model(file);
  bytes[8] = static_cast<char>(kModelFormatVersion + 1);  // the version follows the 8-byte magic
  overwrite(file, bytes);
  EXPECT_NE(read_error(file).find("model format version"), std::string::npos) << read_error(file);
  write_model(file);
  EXPECT_NE(read_error(file, "parser").find("expected 'parser'"), std::string::npos);
  EXPECT_NE(read_error(dir / "none.kgm").find("none.kgm: cannot open"), std::string::npos);
  overwrite(file, "plain text, not a model\n");
  EXPECT_NE(read_error(file).find("not a kg model file"), std::string::npos);
}

// A lemmatiser trained on a few words gives the same lemmas after a round
// trip through its file, for seen words (exceptions) and unseen ones (rules).
#include "nlp/lemmatizer.hpp"

TEST_F(ModelFile, LemmatiserRoundTrip) {
  TreebankSentence s;
  const std::vector<std::array<const char*, 3>> words{
      {"imposed", "impose", "VBD"},  {"imposes", "impose", "VBZ"}, {"sanctions", "sanction", "NNS"},
      {"talks", "talk", "NNS"},      {"was", "be", "VBD"},         {"children", "child", "NNS"},
      {"opposed", "oppose", "VBD"},  {"met", "meet", "VBD"},       {"SOUTER", "Souter", "NNP"},
      {"talked", "talk", "VBD"},     {"ministries", "ministry", "NNS"}, {"parties", "party", "NNS"},
      {"Moscow", "Moscow", "NNP"}};
  for (const auto& [form, lemma, xpos] : words) s.tokens.push_back({form, lemma, "X", xpos, "dep", "_", -1});
  std::ostringstream log;
  const Lemmatizer trained = Lemmatizer::train({s, s}, {}, log);
  ModelWriter w("lemmatizer");
  trained.write(w);
  w.save(file.string());
  ModelReader r(file.string(), "lemmatizer");
  const Lemmatizer back = Lemmatizer::read(r);
  r.finish();
  for (const auto& [form, lemma, xpos] : words) {
    EXPECT_EQ(trained.lemma(form, xpos), lemma) << form;
    EXPECT_EQ(back.lemma(form, xpos), lemma) << form;
    EXPECT_EQ(back.lemma_cached(form, xpos), lemma) << form;  // the cache fills
    EXPECT_EQ(back.lemma_cached(form, xpos), lemma) << form;  // and is read
  }
  // The cache tells tags and lemmatisers apart.
  EXPECT_EQ(back.lemma_cached("talks", "VBZ"), back.lemma("talks", "VBZ"));
  EXPECT_EQ(trained.lemma_cached("SOUTER", "NNP"), "Souter");
  EXPECT_EQ(back.lemma_cached("SOUTER", "NN"), back.lemma("SOUTER", "NN"));
  // Unseen words follow the learned suffix rules.
  EXPECT_EQ(back.lemma("deposed", "VBD"), "depose");
  EXPECT_EQ(back.lemma("embassies", "NNS"), "embassy");
  EXPECT_EQ(back.lemma("Kremlin", "NNP"), "Kremlin");
}

// A structured update moves one class of each feature (the gold and the
// guessed transitions have features of their own).
TEST(Perceptron, AddMovesOneClassOfEachFeature) {
  PerceptronTrainer t(3);
  const std::vector<std::uint32_t> gold{21, 22}, guess{22, 23};
  t.tick();
  t.add(gold, 1, 1.0f);
  t.add(guess, 1, -1.0f);
  std::vector<float> s;
  t.score(std::vector<std::uint32_t>{21}, s);
  EXPECT_EQ(s, (std::vector<float>{0, 1, 0}));
  t.score(std::vector<std::uint32_t>{22}, s);  // gained and lost: back to nothing
  EXPECT_EQ(s, (std::vector<float>{0, 0, 0}));
  t.score(std::vector<std::uint32_t>{23}, s);
  EXPECT_EQ(s, (std::vector<float>{0, -1, 0}));
}

// Several runs' averaged weights, meaned: a feature one run never saw
// counts as 0 in it; a feature any run kept is kept.
TEST(Perceptron, MeanOfRunsAveragesTheirAveragedWeights) {
  std::vector<PerceptronTrainer> runs(2, PerceptronTrainer(2));
  runs[0].tick();
  runs[0].add(std::vector<std::uint32_t>{31}, 0, 1.0f);
  runs[0].tick();
  runs[1].tick();
  runs[1].add(std::vector<std::uint32_t>{32}, 1, 1.0f);
  runs[1].tick();
  const LinearModel one = runs[0].average(1, 0.0f);
  const LinearModel both = PerceptronTrainer::average(runs, 1, 0.0f);
  EXPECT_EQ(both.features(), 2u);
  float a[2] = {0, 0}, b[2] = {0, 0};
  one.add_scores(std::vector<std::uint32_t>{31}, a);
  both.add_scores(std::vector<std::uint32_t>{31}, b);
  EXPECT_NEAR(b[0] * both.scale(), 0.5f * a[0] * one.scale(), 1e-3f);
  EXPECT_EQ(b[1], 0.0f);
}

// Known lemmas fill in forms the treebank lacks and win over its slips.
TEST_F(ModelFile, LemmatiserTakesKnownLemmasTheTreebankLacks) {
  TreebankSentence s;
  for (const auto& [form, lemma, xpos] : std::vector<std::array<const char*, 3>>{
           {"imposed", "impose", "VBD"}, {"opposed", "oppose", "VBD"}, {"met", "meet", "VBD"}, {"talked", "talk", "VBD"}})
    s.tokens.push_back({form, lemma, "X", xpos, "dep", "_", -1});
  std::ostringstream log;
  const Lemmatizer plain = Lemmatizer::train({s, s}, {}, log);
  const Lemmatizer known =
      Lemmatizer::train({s, s}, {{"froze", "VBD", "freeze"}, {"fled", "VBN", "flee"}, {"opposed", "VBD", "opposite"}}, log);
  EXPECT_NE(plain.lemma("froze", "VBD"), "freeze");
  EXPECT_EQ(known.lemma("froze", "VBD"), "freeze");
  EXPECT_EQ(known.lemma("fled", "VBN"), "flee");
  EXPECT_EQ(known.lemma("fled", "VBD"), plain.lemma("fled", "VBD"));  // only with the tag given
  EXPECT_EQ(known.lemma("opposed", "VBD"), "opposite");
  EXPECT_EQ(known.lemma("met", "VBD"), "meet");
}
