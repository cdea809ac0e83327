// Tests for loading the lexicon: a bad line of a fact file names file:line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "extract/lexicon.hpp"
#include "kg/error.hpp"
#include "kg/extract.hpp"

namespace kg {
namespace {

namespace fs = std::filesystem;

// A copy of the project's lexicon with one file replaced: the load's error.
std::string load_error(const std::string& file, const std::string& content) {
  const fs::path root = fs::temp_directory_path() / ("kg_lexicon_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(fs::path(default_data_dir()) / "lexicon", root / "lexicon", fs::copy_options::recursive);
  std::ofstream(root / "lexicon" / file) << content;
  std::string message;
  try {
    extract::Lexicon::load(root.string());
  } catch (const Error& e) {
    message = e.what();
  }
  fs::remove_all(root);
  return message;
}

TEST(Lexicon, ExecutivesNameKnownStates) {
  EXPECT_EQ(load_error("executives.tsv", "administration\tUnited States\ngovernment\t\n"), "");
  const std::string bad = load_error("executives.tsv", "# noun\tstate\nadministration\tAtlantis\n");
  EXPECT_NE(bad.find("executives.tsv:2: 'Atlantis' is not a country of countries.tsv"), std::string::npos) << bad;
}

// Numbers written as words carry their value ("the four countries").
TEST(Lexicon, NumberWordsCarryTheirValue) {
  const auto lex = extract::Lexicon::load(default_data_dir());
  EXPECT_EQ(lex.number_value("four"), 4);
  EXPECT_EQ(lex.number_value("ten"), 10);
  EXPECT_EQ(lex.number_value("dozens"), 0);
  EXPECT_TRUE(lex.in("number_words", "dozens"));
  const std::string bad = load_error("words/number_words.txt", "two\t2\nthree\tthree\n");
  EXPECT_NE(bad.find("number_words.txt:2:"), std::string::npos) << bad;
}

}  // namespace
}  // namespace kg
