// Graph statistics on a hand-built graph.
#include <gtest/gtest.h>

#include "kg/stats.hpp"
#include "query_fixture.hpp"

namespace kg {
namespace {

TEST(Stats, CountsComponentsAndDates) {
  testing::GraphBuilder b;
  const auto a = b.entity("A"), c = b.entity("C", EntityType::Country), d = b.entity("D");
  const auto x = b.entity("X", EntityType::Organization), y = b.entity("Y");
  b.entity("Alone", EntityType::Location);
  b.relate(a, c, RelationType::WorksFor, 2);
  b.relate(d, c, RelationType::Sanctions);
  b.relate(x, y, RelationType::MetWith, 1, 0.9f, static_cast<int>(b.doc2019()));
  b.relate(y, y, RelationType::Sanctions);
  const GraphStats s = graph_stats(b.g);
  EXPECT_EQ(s.entities, 6u);
  EXPECT_EQ(s.relations, 4u);
  EXPECT_EQ(s.evidence, 5u);
  EXPECT_EQ(s.entities_by_type.at(EntityType::Person), 3u);
  EXPECT_EQ(s.entities_by_type.at(EntityType::Country), 1u);
  EXPECT_EQ(s.relations_by_type.at(RelationType::Sanctions), 2u);
  EXPECT_EQ(s.components, 3u);
  EXPECT_EQ(s.largest_component, 3u);
  EXPECT_EQ(s.isolated, 1u);
  EXPECT_EQ(s.self_loops, 1u);
  EXPECT_EQ(s.documents, 3u);
  EXPECT_EQ(s.dated_documents, 2u);
  EXPECT_EQ(s.first_date, "2018-06-12");
  EXPECT_EQ(s.last_date, "2019-02-01");
  std::size_t n = 0;
  const auto label = weak_components(b.g, &n);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(label[a], label[d]);
  EXPECT_NE(label[a], label[x]);
}

TEST(Stats, EmptyGraph) {
  KnowledgeGraph g;
  const GraphStats s = graph_stats(g);
  EXPECT_EQ(s.entities, 0u);
  EXPECT_EQ(s.components, 0u);
  EXPECT_EQ(s.largest_component, 0u);
  EXPECT_TRUE(s.first_date.empty());
}

}  // namespace
}  // namespace kg
