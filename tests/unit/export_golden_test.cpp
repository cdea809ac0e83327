// Golden files for every export format on the hostile graph. Regenerate with
// KG_UPDATE_GOLDEN=1 build/kg_tests --gtest_filter='ExportGolden*' and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "export_fixture.hpp"
#include "kg/export.hpp"
#include "kg/store.hpp"

namespace kg {
namespace {

const std::string kGolden = std::string(KG_TEST_DATA_DIR) + "/../golden/";

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = kGolden + name;
  if (const char* update = std::getenv("KG_UPDATE_GOLDEN"); update && *update == '1') {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
  }
  const std::string expected = test::read_text(path);
  ASSERT_FALSE(expected.empty()) << path << " is missing (KG_UPDATE_GOLDEN=1 writes it)";
  EXPECT_EQ(expected, actual) << "differs from " << path;
}

TEST(ExportGolden, NodeLink) {
  std::ostringstream out;
  write_node_link(test::hostile_graph(), out);
  check_golden("hostile.json", out.str());
}

TEST(ExportGolden, Graphml) {
  std::ostringstream out;
  write_graphml(test::hostile_graph(), out);
  check_golden("hostile.graphml", out.str());
}

TEST(ExportGolden, Gexf) {
  std::ostringstream out;
  write_gexf(test::hostile_graph(), out);
  check_golden("hostile.gexf", out.str());
}

TEST(ExportGolden, Dot) {
  std::ostringstream out;
  write_dot(test::hostile_graph(), out);
  check_golden("hostile.dot", out.str());
}

// kg render's options: a long name on two lines, ranks top to bottom when asked.
TEST(ExportDot, CompactAndTopToBottomForRender) {
  DotOptions options;
  options.compact = true;
  options.left_to_right = false;
  std::ostringstream out;
  write_dot(test::hostile_graph(), out, {}, options);
  const std::string dot = out.str();
  EXPECT_NE(dot.find("rankdir=\"TB\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("ranksep="), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=\"Kim \\\"Rocket\\\"\\nJong-un\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=\"node\""), std::string::npos) << dot;  // short names stay on one line
  std::ostringstream plain;
  write_dot(test::hostile_graph(), plain);
  EXPECT_EQ(plain.str().find("\\nJong-un"), std::string::npos);
}

TEST(ExportGolden, Neo4j) {
  std::ostringstream nodes, rels, cypher;
  {
    auto sink = make_neo4j_sink(nodes, rels, cypher);
    export_graph(test::hostile_graph(), *sink);
  }
  check_golden("hostile_neo4j/nodes.csv", nodes.str());
  check_golden("hostile_neo4j/relationships.csv", rels.str());
  check_golden("hostile_neo4j/import.cypher", cypher.str());
}

TEST(ExportGolden, WriteNeo4jFolderMatchesSink) {
  const auto dir = std::filesystem::temp_directory_path() / ("kg-neo4j-" + std::to_string(::getpid()));
  write_neo4j(test::hostile_graph(), dir.string());
  EXPECT_EQ(test::read_text((dir / "nodes.csv").string()), test::read_text(kGolden + "hostile_neo4j/nodes.csv"));
  EXPECT_EQ(test::read_text((dir / "relationships.csv").string()),
            test::read_text(kGolden + "hostile_neo4j/relationships.csv"));
  EXPECT_EQ(test::read_text((dir / "import.cypher").string()), test::read_text(kGolden + "hostile_neo4j/import.cypher"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg
