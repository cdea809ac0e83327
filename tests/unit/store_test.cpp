// Tests for the node-link JSON file: round trip, NetworkX's shape, errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/store.hpp"
#include "node_link_text.hpp"

namespace kg {
namespace {

KnowledgeGraph sample() {
  KnowledgeGraph g;
  g.add_document({"a.txt", "in/a.txt", "Title \"A\"", "2019-10-16", "https://x.example/a", "", "", "h1"});
  Entity kim;
  kim.name = "Kim Jong Un";
  kim.type = EntityType::Person;
  kim.aliases = {"Kim", "Kim Jong-un"};
  kim.mentions = 3;
  kim.documents = {0};
  Entity us;
  us.name = "United States";
  us.type = EntityType::Country;
  us.mentions = 2;
  us.documents = {0};
  const auto k = g.add_entity(kim);
  const auto u = g.add_entity(us);
  EdgeEvidence ev;
  ev.doc = 0;
  ev.sentence = 4;
  ev.span = {10, 90};
  ev.text = "Kim sought guarantees from the U.S.";
  ev.modality = Modality::Planned;
  ev.confidence = 0.85f;
  ev.rule = "demand.verb";
  g.add_relation(k, u, RelationType::DemandsFrom, ev, "guarantees");
  return g;
}

TEST(Store, RoundTripIsExact) {
  const KnowledgeGraph g = sample();
  const std::string first = test::node_link_text(g);
  const KnowledgeGraph back = parse_node_link(first, "mem");
  EXPECT_EQ(test::node_link_text(back), first);
  ASSERT_EQ(back.num_relations(), 1u);
  const auto edge = back.sorted_edges().at(0);
  const auto& r = back.relation(edge);
  EXPECT_EQ(r.type, RelationType::DemandsFrom);
  EXPECT_EQ(r.modality, Modality::Planned);
  EXPECT_EQ(std::string_view(r.what), "guarantees");
  ASSERT_EQ(r.evidence_count(), 1u);
  EXPECT_EQ((*back.evidence(edge).begin()).span, (Span{10, 90}));
  EXPECT_EQ(back.documents()[0].title, "Title \"A\"");
}

TEST(Store, HasNetworkXNodeLinkShape) {
  const std::string json = test::node_link_text(sample());
  for (const char* key : {"\"directed\": true", "\"multigraph\": true", "\"nodes\"", "\"links\"", "\"source\"",
                          "\"target\"", "\"key\": \"demands_from\"", "\"version\": 1", "\"label\": \"Kim Jong Un\""})
    EXPECT_NE(json.find(key), std::string::npos) << key;
}

TEST(Store, BadFilesGiveOneLineErrorsWithPosition) {
  const struct {
    std::string json, message;
  } cases[] = {
      {"{\"nodes\": [", "g.json:1:12: invalid JSON"},
      {"[]", "g.json: not a node-link graph"},
      {"{\"nodes\": [], \"links\": {}}", "g.json: not a node-link graph"},
      {"{\"graph\": {\"version\": 99}, \"nodes\": [], \"links\": []}", "version 99 is newer"},
      {"{\"nodes\": [{\"id\": 1, \"type\": \"ALIEN\"}], \"links\": []}", "node 0: unknown entity type 'ALIEN'"},
      {"{\"nodes\": [{\"id\": 1, \"type\": \"PERSON\"}], \"links\": [{\"source\": 1, \"target\": 2, \"relation\": \"met_with\"}]}",
       "link 0: target '2' is not a node"},
      {"{\"nodes\": [{\"id\": 1, \"type\": \"PERSON\"}], \"links\": [{\"source\": 1, \"target\": 1, \"relation\": \"worksFor\"}]}",
       "unknown relation 'worksFor'"},
  };
  for (const auto& c : cases) {
    try {
      parse_node_link(c.json, "g.json");
      ADD_FAILURE() << "accepted: " << c.json;
    } catch (const Error& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(c.message), std::string::npos) << what;
      EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
  }
}

TEST(Store, SaveReplacesAtomicallyAndLeavesNoTemporary) {
  const auto dir = std::filesystem::temp_directory_path() / "kg_store_test";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "g.json").string();
  std::ofstream(path) << "old";
  save_graph(sample(), path);
  EXPECT_EQ(load_graph(path).num_entities(), 2u);
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg
