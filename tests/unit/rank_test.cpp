// Centrality on graphs whose answers are known by hand.
#include <gtest/gtest.h>

#include <numeric>

#include "kg/rank.hpp"
#include "query_fixture.hpp"

namespace kg {
namespace {

using V = KnowledgeGraph::Vertex;

TEST(Rank, StarCenterWinsEveryMeasure) {
  testing::GraphBuilder b;
  const V hub = b.entity("Hub", EntityType::Country);
  std::vector<V> leaves;
  for (int i = 0; i < 4; ++i) {
    leaves.push_back(b.entity("L" + std::to_string(i)));
    b.relate(leaves.back(), hub);
  }
  b.relate(leaves[0], hub, RelationType::Sanctions);  // parallel edge
  b.relate(hub, hub, RelationType::Sanctions);         // self-loop ignored by degree
  const auto deg = centrality(b.g, Centrality::Degree);
  EXPECT_EQ(deg[hub], 5.0);
  EXPECT_EQ(deg[leaves[0]], 2.0);
  EXPECT_EQ(deg[leaves[1]], 1.0);
  // Star betweenness (normalised as NetworkX): hub 1, leaves 0.
  const auto btw = centrality(b.g, Centrality::Betweenness);
  EXPECT_NEAR(btw[hub], 1.0, 1e-9);
  EXPECT_NEAR(btw[leaves[2]], 0.0, 1e-9);
  const auto pr = centrality(b.g, Centrality::PageRank);
  EXPECT_NEAR(std::accumulate(pr.begin(), pr.end(), 0.0), 1.0, 1e-6);
  for (V l : leaves) EXPECT_GT(pr[hub], pr[l]);
  const auto top = top_entities(b.g, deg, {}, 2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].vertex, hub);
  EXPECT_EQ(top[1].vertex, leaves[0]);
  const auto people = top_entities(b.g, deg, {EntityType::Person}, 10);
  EXPECT_EQ(people.size(), 4u);
  EXPECT_EQ(people[0].vertex, leaves[0]);
}

TEST(Rank, PathBetweennessMatchesNetworkX) {
  // a - b - c - d: networkx.betweenness_centrality gives b = c = 2/3.
  testing::GraphBuilder b;
  const V a = b.entity("a"), x = b.entity("b"), c = b.entity("c"), d = b.entity("d");
  b.relate(a, x);
  b.relate(c, x);  // direction does not matter
  b.relate(c, d);
  b.relate(c, d, RelationType::MetWith);  // parallel: counted once
  const auto btw = centrality(b.g, Centrality::Betweenness);
  EXPECT_NEAR(btw[x], 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(btw[c], 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(btw[a], 0.0, 1e-9);
  EXPECT_EQ(parse_centrality("pagerank"), Centrality::PageRank);
  EXPECT_FALSE(parse_centrality("closeness"));
}

TEST(Rank, PageRankOfACycleIsUniform) {
  testing::GraphBuilder b;
  const V a = b.entity("a"), x = b.entity("b"), c = b.entity("c");
  b.relate(a, x);
  b.relate(x, c);
  b.relate(c, a);
  for (double p : centrality(b.g, Centrality::PageRank)) EXPECT_NEAR(p, 1.0 / 3.0, 1e-9);
}

}  // namespace
}  // namespace kg
