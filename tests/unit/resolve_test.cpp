// The name resolver's table of cases: every step, ambiguity, and suggestions.
#include <gtest/gtest.h>

#include "kg/error.hpp"
#include "kg/resolve.hpp"
#include "query_fixture.hpp"

namespace kg {
namespace {

struct Case {
  const char* input;
  const char* entity;  // expected canonical name
  const char* how;
  std::vector<std::string> others;
};

void expect_cases(const KnowledgeGraph& g, const std::vector<Case>& cases, const NameLexicon* lex) {
  for (const auto& c : cases) {
    const Resolution r = resolve_name(g, c.input, lex);
    EXPECT_EQ(g.entity(r.vertex).name, c.entity) << "input '" << c.input << "'";
    EXPECT_EQ(r.how, c.how) << "input '" << c.input << "'";
    std::vector<std::string> others;
    for (auto v : r.others) others.push_back(g.entity(v).name);
    EXPECT_EQ(others, c.others) << "input '" << c.input << "'";
  }
}

class ResolveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    b.entity("Kim Jong Un", EntityType::Person, 40, {"Kim Jong-un"});
    b.entity("Kim Yong Chol", EntityType::Person, 5);
    b.entity("Stephen Biegun", EntityType::Person, 12, {"Biegun"});
    b.entity("United States", EntityType::Country, 30, {"U.S.", "Washington"});
    b.entity("José Martí", EntityType::Person, 2);
    b.entity("Xi Jinping", EntityType::Person, 9);
    b.entity("Georgia", EntityType::Country, 3);
    b.entity("Georgia", EntityType::Location, 1);
    b.entity("Senate Foreign Relations Committee", EntityType::Organization, 4);
    b.entity("David Stilwell", EntityType::Person, 6);
  }
  testing::GraphBuilder b;
};

TEST_F(ResolveTest, TableOfCases) {
  const std::vector<Case> cases = {
      {"Kim Jong Un", "Kim Jong Un", "name", {}},
      {"  Kim Jong Un ", "Kim Jong Un", "name", {}},
      {"Kim Jong-un", "Kim Jong Un", "alias", {}},
      {"U.S.", "United States", "alias", {}},
      {"Washington", "United States", "alias", {}},
      {"kim jong un", "Kim Jong Un", "case-insensitive", {}},
      {"UNITED STATES", "United States", "case-insensitive", {}},
      {"Jose Marti", "José Martí", "accent-insensitive", {}},
      {"jose marti", "José Martí", "accent-insensitive", {}},
      {"KIM JONGUN", "Kim Jong Un", "spelling", {}},
      {"Senate For", "Senate Foreign Relations Committee", "prefix", {}},
      {"Biegun", "Stephen Biegun", "alias", {}},
      {"Stilwell", "David Stilwell", "name token", {}},
      {"Kim", "Kim Jong Un", "name token", {"Kim Yong Chol"}},
      {"kim", "Kim Jong Un", "name token", {"Kim Yong Chol"}},
      {"Marti", "José Martí", "name token", {}},
      {"Jinp", "Xi Jinping", "token prefix", {}},
      {"Georgia", "Georgia", "name", {"Georgia"}},
  };
  expect_cases(b.g, cases, nullptr);
}

// What the dev corpus showed: short forms found the wrong entity or nothing,
// a prefix beat a whole word, a capital hid its state, a second Wang went unsaid.
TEST(ResolveLexiconTest, ShortFormsWholeWordsCapitalsAndTheOthers) {
  testing::GraphBuilder b;
  b.entity("Kim Jong Un", EntityType::Person, 70, {"Kim", "U.N."});
  b.entity("Kim Yong Chol", EntityType::Person, 4);
  b.entity("Kim Yo Jong", EntityType::Person, 1);
  b.entity("Ukraine", EntityType::Country, 20);
  b.entity("United Kingdom", EntityType::Country, 20);
  b.entity("United Nations", EntityType::Organization, 6);
  b.entity("North Korea", EntityType::Country, 50);
  b.entity("Pyongyang", EntityType::Location, 6);
  b.entity("Wang Yi", EntityType::Person, 3);
  b.entity("Wang Junzheng", EntityType::Person, 2, {"Wang"});
  NameLexicon lex;
  lex.add_alias("UN", "United Nations");
  lex.add_alias("U.N.", "United Nations");
  lex.add_alias("UK", "United Kingdom");
  lex.add_alias("DPRK", "North Korea");
  lex.add_alias("USA", "United States");  // not in this graph
  lex.add_capital("Pyongyang", "North Korea");
  const std::vector<Case> cases = {
      {"UN", "United Nations", "lexicon alias", {"Kim Jong Un"}},
      {"U.N.", "United Nations", "lexicon alias", {"Kim Jong Un"}},
      {"UK", "United Kingdom", "lexicon alias", {}},
      {"dprk", "North Korea", "lexicon alias", {}},
      {"Kim Yo", "Kim Yo Jong", "name token", {}},
      {"Pyongyang", "North Korea", "capital", {"Pyongyang"}},
      {"Wang", "Wang Yi", "name token", {"Wang Junzheng"}},
      {"Kim", "Kim Jong Un", "alias", {"Kim Yong Chol", "Kim Yo Jong"}},
      {"Ukr", "Ukraine", "prefix", {}},
  };
  expect_cases(b.g, cases, &lex);
  EXPECT_THROW(resolve_name(b.g, "USA", &lex), Error);  // the lexicon's state is not in the graph
}

TEST_F(ResolveTest, AmbiguityPicksTheBestSupported) {
  // Georgia the country has more mentions than Georgia the place.
  const Resolution r = resolve_name(b.g, "Georgia");
  EXPECT_EQ(b.g.entity(r.vertex).type, EntityType::Country);
  // With equal mentions, degree decides: give Kim Yong Chol the edge.
  testing::GraphBuilder g2;
  const auto a = g2.entity("Kim Jong Un", EntityType::Person, 5);
  const auto c = g2.entity("Kim Yong Chol", EntityType::Person, 5);
  const auto us = g2.entity("United States", EntityType::Country, 1);
  g2.relate(c, us);
  EXPECT_EQ(resolve_name(g2.g, "Kim").vertex, c);
  g2.relate(a, us);
  g2.relate(a, us, RelationType::Sanctions);
  EXPECT_EQ(resolve_name(g2.g, "Kim").vertex, a);
  EXPECT_EQ(resolve_name(g2.g, "Kim").others, std::vector<KnowledgeGraph::Vertex>{c});
}

TEST_F(ResolveTest, UnknownNamesSuggestTheClosest) {
  try {
    resolve_name(b.g, "Beigun");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    const std::string msg = e.what();
    EXPECT_EQ(msg.rfind("no entity matches 'Beigun'; did you mean: Stephen Biegun", 0), 0u) << msg;
    EXPECT_NE(msg.find('?'), std::string::npos) << msg;
  }
  EXPECT_EQ(closest_names(b.g, "Xi Jinpeng", 1), std::vector<std::string>{"Xi Jinping"});
  EXPECT_THROW(resolve_name(b.g, ""), Error);
  EXPECT_THROW(resolve_name(b.g, "zzzzqqq"), Error);
  testing::GraphBuilder empty;
  try {
    resolve_name(empty.g, "Kim");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "no entity matches 'Kim'");
  }
}

}  // namespace
}  // namespace kg
