// Tests for KnowledgeGraph: name index, relation merging, modality, order.
#include <gtest/gtest.h>

#include "kg/graph.hpp"

namespace kg {
namespace {

Entity entity(std::string name, EntityType type, std::vector<std::string> aliases = {}) {
  Entity e;
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  return e;
}

EdgeEvidence evidence(std::uint32_t doc, std::uint32_t begin, Modality m = Modality::Occurred, float c = 0.8f) {
  EdgeEvidence ev;
  ev.doc = doc;
  ev.span = {begin, begin + 10};
  ev.text = "sentence " + std::to_string(begin);
  ev.modality = m;
  ev.confidence = c;
  return ev;
}

TEST(Graph, FindsByNameAliasAndSpellingVariant) {
  KnowledgeGraph g;
  const auto kim = g.add_entity(entity("Kim Jong Un", EntityType::Person, {"Kim"}));
  const auto us = g.add_entity(entity("United States", EntityType::Country, {"U.S."}));
  EXPECT_EQ(g.find("Kim Jong-un"), std::vector<KnowledgeGraph::Vertex>{kim});
  EXPECT_EQ(g.find("kim"), std::vector<KnowledgeGraph::Vertex>{kim});
  EXPECT_EQ(g.find("US"), std::vector<KnowledgeGraph::Vertex>{us});
  EXPECT_EQ(g.find("United States", EntityType::Country), us);
  EXPECT_FALSE(g.find("United States", EntityType::Person));
  g.add_alias(us, "Washington");
  g.add_alias(us, "Washington");
  EXPECT_EQ(g.entity(us).aliases.size(), 2u);
  EXPECT_EQ(g.find("WASHINGTON"), std::vector<KnowledgeGraph::Vertex>{us});
}

TEST(Graph, SameRelationMergesDifferentRelationsStaySeparate) {
  KnowledgeGraph g;
  const auto a = g.add_entity(entity("A", EntityType::Country));
  const auto b = g.add_entity(entity("B", EntityType::Country));
  g.add_document({"d1", "", "", "", "", "", "", "h1"});
  g.add_document({"d2", "", "", "", "", "", "", "h2"});
  g.add_relation(a, b, RelationType::Sanctions, evidence(0, 0, Modality::Planned, 0.5f));
  g.add_relation(a, b, RelationType::Sanctions, evidence(1, 5, Modality::Occurred, 0.9f));
  g.add_relation(a, b, RelationType::Sanctions, evidence(1, 5));  // the same evidence again
  g.add_relation(a, b, RelationType::DemandsFrom, evidence(0, 20));
  g.add_relation(b, a, RelationType::Sanctions, evidence(0, 30));  // the other direction is another fact
  ASSERT_EQ(g.num_relations(), 3u);
  const auto e = *g.find_relation(a, b, RelationType::Sanctions);
  EXPECT_EQ(g.relation(e).evidence.size(), 2u);
  EXPECT_EQ(g.relation(e).modality, Modality::Occurred);  // the strongest wins
  EXPECT_FLOAT_EQ(g.relation(e).confidence, 0.9f);
  EXPECT_TRUE(g.find_relation(b, a, RelationType::Sanctions));
  EXPECT_FALSE(g.find_relation(b, a, RelationType::DemandsFrom));
}

TEST(Graph, SymmetricRelationsMergeInEitherOrder) {
  KnowledgeGraph g;
  const auto a = g.add_entity(entity("A", EntityType::Person));
  const auto b = g.add_entity(entity("B", EntityType::Person));
  g.add_document({"d", "", "", "", "", "", "", ""});
  g.add_relation(b, a, RelationType::MetWith, evidence(0, 0));
  g.add_relation(a, b, RelationType::MetWith, evidence(0, 40));
  ASSERT_EQ(g.num_relations(), 1u);
  const auto e = *g.find_relation(a, b, RelationType::MetWith);
  EXPECT_EQ(boost::source(e, g.graph()), a);  // stored in canonical order
  EXPECT_EQ(g.relation(e).evidence.size(), 2u);
}

TEST(Graph, HubsMergeThroughTheSmallerEnd) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto hub = g.add_entity(entity("Hub", EntityType::Country));
  std::vector<KnowledgeGraph::Vertex> people;
  for (int i = 0; i < 200; ++i) {
    people.push_back(g.add_entity(entity("P" + std::to_string(i), EntityType::Person)));
    g.add_relation(people.back(), hub, RelationType::WorksFor, evidence(0, static_cast<std::uint32_t>(i)));
  }
  for (int i = 0; i < 200; ++i)
    g.add_relation(people[i], hub, RelationType::WorksFor, evidence(0, static_cast<std::uint32_t>(1000 + i)));
  EXPECT_EQ(g.num_relations(), 200u);
  EXPECT_EQ(g.relation(*g.find_relation(people[7], hub, RelationType::WorksFor)).evidence.size(), 2u);
}

TEST(Graph, SortedEdgesAreDeterministic) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto a = g.add_entity(entity("A", EntityType::Country));
  const auto b = g.add_entity(entity("B", EntityType::Country));
  g.add_relation(b, a, RelationType::Sanctions, evidence(0, 0));
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 1));
  g.add_relation(a, b, RelationType::Sanctions, evidence(0, 2));
  const auto edges = g.sorted_edges();
  ASSERT_EQ(edges.size(), 3u);
  EXPECT_EQ(boost::source(edges[0], g.graph()), a);
  EXPECT_EQ(g.relation(edges[0]).type, RelationType::Sanctions);
  EXPECT_EQ(g.relation(edges[1]).type, RelationType::WorksFor);
  EXPECT_EQ(boost::source(edges[2], g.graph()), b);
}

}  // namespace
}  // namespace kg
