// Path search on hand-built graphs with known answers: every mode and filter.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <set>

#include "kg/error.hpp"

#include "kg/query.hpp"
#include "query_fixture.hpp"

namespace kg {
namespace {

using testing::describe;
using testing::describe_all;
using testing::GraphBuilder;
using V = KnowledgeGraph::Vertex;
using Strings = std::vector<std::string>;

TEST(Paths, WalksEdgesEitherWayAndKeepsTheirDirection) {
  GraphBuilder b;
  const V kim = b.entity("Kim"), us = b.entity("US", EntityType::Country), biegun = b.entity("Biegun");
  b.relate(kim, us, RelationType::DemandsFrom);
  b.relate(biegun, us, RelationType::WorksFor);
  const auto paths = all_shortest_paths(b.g, kim, biegun, {});
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(describe(b.g, paths[0]), "Kim -demands_from-> US <-works_for- Biegun");
  EXPECT_TRUE(paths[0].hops[0].forward);
  EXPECT_FALSE(paths[0].hops[1].forward);
  EXPECT_EQ(path_end(b.g, paths[0]), biegun);
  // The reverse question walks the same edges the other way.
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, biegun, kim, {})),
            Strings{"Biegun -works_for-> US <-demands_from- Kim"});
}

TEST(Paths, DirectedFollowsEdgeDirectionOnly) {
  GraphBuilder b;
  const V a = b.entity("A"), m = b.entity("M"), c = b.entity("C");
  b.relate(a, m);
  b.relate(c, m);
  PathFilter directed;
  directed.directed = true;
  EXPECT_TRUE(all_shortest_paths(b.g, a, c, directed).empty());
  EXPECT_EQ(all_shortest_paths(b.g, a, m, directed).size(), 1u);
  EXPECT_TRUE(all_shortest_paths(b.g, m, a, directed).empty());
  EXPECT_EQ(all_shortest_paths(b.g, a, c, {}).size(), 1u);
}

TEST(Paths, TiesAreAllReturnedAndRankedByEvidenceThenConfidence) {
  GraphBuilder b;
  const V a = b.entity("A"), x = b.entity("X"), y = b.entity("Y"), z = b.entity("Z"), d = b.entity("D");
  b.relate(a, x, RelationType::WorksFor, 1, 0.9f);
  b.relate(x, d, RelationType::WorksFor, 1, 0.9f);
  b.relate(a, y, RelationType::WorksFor, 3, 0.5f);  // most evidence
  b.relate(y, d, RelationType::WorksFor, 1, 0.5f);
  b.relate(a, z, RelationType::WorksFor, 1, 0.5f);  // same evidence as X, lower confidence
  b.relate(z, d, RelationType::WorksFor, 1, 0.5f);
  std::size_t total = 0;
  const auto paths = all_shortest_paths(b.g, a, d, {}, 100, &total);
  EXPECT_EQ(total, 3u);
  EXPECT_EQ(describe_all(b.g, paths), (Strings{"A -works_for-> Y -works_for-> D", "A -works_for-> X -works_for-> D",
                                               "A -works_for-> Z -works_for-> D"}));
  const auto s = score_path(b.g, paths[0], {});
  EXPECT_EQ(s.hops, 2u);
  EXPECT_EQ(s.evidence, 4u);
  EXPECT_NEAR(s.confidence, 1.0, 1e-6);
  // The limit caps what is returned, not what is counted.
  EXPECT_EQ(all_shortest_paths(b.g, a, d, {}, 2, &total).size(), 2u);
  EXPECT_EQ(total, 3u);
}

TEST(Paths, ParallelEdgesAreDistinctPaths) {
  GraphBuilder b;
  const V a = b.entity("A"), c = b.entity("C", EntityType::Country);
  b.relate(a, c, RelationType::WorksFor, 2);
  b.relate(a, c, RelationType::DemandsFrom, 1);
  b.relate(c, a, RelationType::Sanctions, 1);
  const auto paths = all_shortest_paths(b.g, a, c, {});
  EXPECT_EQ(describe_all(b.g, paths),
            (Strings{"A -works_for-> C", "A -demands_from-> C", "A <-sanctions- C"}));
  EXPECT_EQ(k_shortest_paths(b.g, a, c, 10, {}).size(), 3u);
  PathFilter f;
  f.max_hops = 1;
  EXPECT_EQ(all_simple_paths(b.g, a, c, f, 10).total, 3u);
}

TEST(Paths, SelfLoopsAreNeverWalked) {
  GraphBuilder b;
  const V a = b.entity("A"), c = b.entity("C");
  b.relate(a, a, RelationType::Sanctions);
  b.relate(a, c);
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, c, {})), Strings{"A -works_for-> C"});
  EXPECT_EQ(k_shortest_paths(b.g, a, c, 5, {}).size(), 1u);
  PathFilter f;
  f.max_hops = 4;
  EXPECT_EQ(all_simple_paths(b.g, a, c, f, 10).total, 1u);
}

TEST(Paths, CyclesGiveFiniteSimplePaths) {
  GraphBuilder b;
  const V a = b.entity("A"), x = b.entity("B"), c = b.entity("C"), d = b.entity("D");
  b.relate(a, x);
  b.relate(x, c);
  b.relate(c, a);
  b.relate(c, d);
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, d, {})), Strings{"A <-works_for- C -works_for-> D"});
  EXPECT_EQ(describe_all(b.g, k_shortest_paths(b.g, a, d, 5, {})),
            (Strings{"A <-works_for- C -works_for-> D", "A -works_for-> B -works_for-> C -works_for-> D"}));
  PathFilter f;
  f.max_hops = 10;
  const auto all = all_simple_paths(b.g, a, d, f, 10);
  EXPECT_EQ(all.total, 2u);
  EXPECT_FALSE(all.truncated);
  f.max_hops = 2;
  EXPECT_EQ(all_simple_paths(b.g, a, d, f, 10).total, 1u);
}

TEST(Paths, DisconnectedPairsHaveNoPath) {
  GraphBuilder b;
  const V a = b.entity("A"), x = b.entity("B"), c = b.entity("C"), d = b.entity("D");
  b.relate(a, x);
  b.relate(c, d);
  std::size_t total = 99;
  EXPECT_TRUE(all_shortest_paths(b.g, a, d, {}, 10, &total).empty());
  EXPECT_EQ(total, 0u);
  EXPECT_FALSE(shortest_path(b.g, a, d, {}));
  EXPECT_TRUE(k_shortest_paths(b.g, a, d, 3, {}).empty());
  PathFilter f;
  f.max_hops = 5;
  EXPECT_EQ(all_simple_paths(b.g, a, d, f, 10).total, 0u);
}

TEST(Paths, MaxHopsCutsLongerPaths) {
  GraphBuilder b;
  const V a = b.entity("A"), x = b.entity("X"), y = b.entity("Y"), d = b.entity("D");
  b.relate(a, x);
  b.relate(x, y);
  b.relate(y, d);
  PathFilter f;
  f.max_hops = 2;
  EXPECT_TRUE(all_shortest_paths(b.g, a, d, f).empty());
  EXPECT_TRUE(k_shortest_paths(b.g, a, d, 3, f).empty());
  f.max_hops = 3;
  EXPECT_EQ(all_shortest_paths(b.g, a, d, f).size(), 1u);
  EXPECT_THROW(all_simple_paths(b.g, a, d, PathFilter{}, 10), Error);
}

TEST(Paths, RelationFilterRestrictsEdgeTypes) {
  GraphBuilder b;
  const V a = b.entity("A"), x = b.entity("X"), y = b.entity("Y"), d = b.entity("D");
  b.relate(a, d, RelationType::Sanctions);
  b.relate(a, x, RelationType::WorksFor);
  b.relate(x, y, RelationType::MetWith);
  b.relate(y, d, RelationType::WorksFor);
  PathFilter f;
  f.relations = {RelationType::WorksFor, RelationType::MetWith};
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, d, f)),
            Strings{"A -works_for-> X -met_with-> Y -works_for-> D"});
  f.relations = {RelationType::WorksFor};
  EXPECT_TRUE(all_shortest_paths(b.g, a, d, f).empty());
}

TEST(Paths, ViaTypeAndAvoidRestrictInteriorEntities) {
  GraphBuilder b;
  const V a = b.entity("A"), org = b.entity("Org", EntityType::Organization), us = b.entity("US", EntityType::Country),
          p = b.entity("P"), d = b.entity("D");
  b.relate(a, org);
  b.relate(d, org);
  b.relate(a, us);
  b.relate(us, p);
  b.relate(p, d);
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, d, {})), Strings{"A -works_for-> Org <-works_for- D"});
  PathFilter f;
  f.via_types = {EntityType::Country, EntityType::Person};
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, d, f)),
            Strings{"A -works_for-> US -works_for-> P -works_for-> D"});
  PathFilter g2;
  g2.avoid = {org};
  EXPECT_EQ(all_shortest_paths(b.g, a, d, g2).size(), 1u);
  EXPECT_EQ(all_shortest_paths(b.g, a, d, g2)[0].hops.size(), 3u);
  g2.avoid = {org, p};
  EXPECT_TRUE(all_shortest_paths(b.g, a, d, g2).empty());
  // The ends themselves need not have a via type.
  f.via_types = {EntityType::Organization};
  EXPECT_EQ(all_shortest_paths(b.g, a, d, f).size(), 1u);
}

TEST(Paths, DatesAndConfidenceFilterEvidence) {
  GraphBuilder b;
  const V a = b.entity("A"), x = b.entity("X"), y = b.entity("Y"), d = b.entity("D");
  b.relate(a, d, RelationType::MetWith, 1, 0.4f, static_cast<int>(b.doc2018()));  // short, weak, 2018
  b.relate(a, x, RelationType::WorksFor, 1, 0.9f, static_cast<int>(b.doc2019()));
  b.relate(x, d, RelationType::WorksFor, 1, 0.9f, static_cast<int>(b.doc2019()));
  b.relate(a, y, RelationType::WorksFor, 1, 0.9f, static_cast<int>(b.undated()));
  b.relate(y, d, RelationType::WorksFor, 1, 0.9f, static_cast<int>(b.undated()));
  EXPECT_EQ(all_shortest_paths(b.g, a, d, {})[0].hops.size(), 1u);
  PathFilter f;
  f.since = "2019";
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, d, f)), Strings{"A -works_for-> X -works_for-> D"});
  f = {};
  f.until = "2018-12-31";
  EXPECT_EQ(describe_all(b.g, all_shortest_paths(b.g, a, d, f)), Strings{"A -met_with-> D"});
  f.until = "2018-06-11";
  EXPECT_TRUE(all_shortest_paths(b.g, a, d, f).empty());
  f = {};
  f.min_confidence = 0.5f;
  const auto paths = all_shortest_paths(b.g, a, d, f);
  EXPECT_EQ(describe_all(b.g, paths),
            (Strings{"A -works_for-> X -works_for-> D", "A -works_for-> Y -works_for-> D"}));
  // Evidence choice follows the same filter.
  f = {};
  f.since = "2019-01";
  const auto ev = best_evidence(b.g, paths[0].hops[0].edge, f);
  ASSERT_TRUE(ev);
  EXPECT_EQ(evidence_date(b.g, *ev), "2019-02-01");
}

TEST(Paths, KShortestAreSimpleOrderedAndDistinct) {
  GraphBuilder b;
  // A grid-like graph with many paths of several lengths.
  std::vector<V> v;
  for (int i = 0; i < 6; ++i) v.push_back(b.entity("N" + std::to_string(i)));
  const int edges[][2] = {{0, 1}, {1, 5}, {0, 2}, {2, 3}, {3, 5}, {1, 2}, {2, 4}, {4, 5}, {0, 4}};
  for (const auto& e : edges) b.relate(v[e[0]], v[e[1]]);
  const auto paths = k_shortest_paths(b.g, v[0], v[5], 100, {});
  PathFilter f;
  f.max_hops = 10;
  const auto all = all_simple_paths(b.g, v[0], v[5], f, 1000);
  ASSERT_EQ(paths.size(), all.total);
  std::set<Strings::value_type> seen;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (i) {
      EXPECT_LE(paths[i - 1].hops.size(), paths[i].hops.size()) << i;
    }
    EXPECT_TRUE(seen.insert(describe(b.g, paths[i])).second) << describe(b.g, paths[i]);
    auto vs = path_vertices(b.g, paths[i]);
    std::sort(vs.begin(), vs.end());
    EXPECT_EQ(std::adjacent_find(vs.begin(), vs.end()), vs.end()) << "not simple: " << describe(b.g, paths[i]);
    EXPECT_EQ(paths[i].hops.size(), all.paths[i].hops.size()) << i;
  }
  EXPECT_EQ(k_shortest_paths(b.g, v[0], v[5], 3, {}).size(), 3u);
}

TEST(Paths, AllSimplePathsCapsAndCounts) {
  GraphBuilder b;
  const V a = b.entity("A"), d = b.entity("D");
  for (int i = 0; i < 30; ++i) {
    const V m = b.entity("M" + std::to_string(i));
    b.relate(a, m);
    b.relate(m, d);
  }
  PathFilter f;
  f.max_hops = 2;
  const auto r = all_simple_paths(b.g, a, d, f, 5);
  EXPECT_EQ(r.total, 30u);
  EXPECT_EQ(r.paths.size(), 5u);
  const auto capped = all_simple_paths(b.g, a, d, f, 5, 10);
  EXPECT_TRUE(capped.truncated);
  EXPECT_EQ(capped.total, 10u);
}

// Shortest path counts by plain BFS, parallel edges counted, self-loops not.
std::pair<std::size_t, std::size_t> brute_force(const KnowledgeGraph& g, V s, V t, bool directed) {
  const std::size_t n = g.num_entities();
  std::vector<std::size_t> dist(n, SIZE_MAX), count(n, 0);
  dist[s] = 0;
  count[s] = 1;
  std::deque<V> q{s};
  while (!q.empty()) {
    const V u = q.front();
    q.pop_front();
    const auto visit = [&](V w) {
      if (w == u) return;
      if (dist[w] == SIZE_MAX) {
        dist[w] = dist[u] + 1;
        q.push_back(w);
      }
      if (dist[w] == dist[u] + 1) count[w] += count[u];
    };
    for (auto [it, end] = boost::out_edges(u, g.graph()); it != end; ++it) visit(boost::target(*it, g.graph()));
    if (!directed)
      for (auto [it, end] = boost::in_edges(u, g.graph()); it != end; ++it) visit(boost::source(*it, g.graph()));
  }
  return {dist[t], count[t]};
}

TEST(Paths, BidirectionalSearchAgreesWithPlainBfsOnRandomMultigraphs) {
  std::mt19937 rng(42);
  for (int round = 0; round < 40; ++round) {
    GraphBuilder b;
    const int n = 8 + round % 20;
    for (int i = 0; i < n; ++i) b.entity("V" + std::to_string(i));
    std::uniform_int_distribution<int> pick(0, n - 1), rel(0, 2);
    const int m = n + static_cast<int>(rng() % static_cast<unsigned>(2 * n));
    for (int i = 0; i < m; ++i)
      b.relate(static_cast<V>(pick(rng)), static_cast<V>(pick(rng)),
               std::array{RelationType::WorksFor, RelationType::Sanctions, RelationType::DemandsFrom}[rel(rng)]);
    for (int q = 0; q < 20; ++q) {
      const V s = static_cast<V>(pick(rng)), t = static_cast<V>(pick(rng));
      if (s == t) continue;
      for (bool directed : {false, true}) {
        PathFilter f;
        f.directed = directed;
        std::size_t total = 0;
        const auto paths = all_shortest_paths(b.g, s, t, f, 100000, &total);
        const auto [dist, count] = brute_force(b.g, s, t, directed);
        const std::string where = "round " + std::to_string(round) + " " + std::to_string(s) + "->" +
                                  std::to_string(t) + (directed ? " directed" : "");
        if (dist == SIZE_MAX) {
          EXPECT_TRUE(paths.empty()) << where;
          continue;
        }
        EXPECT_EQ(total, count) << where;
        ASSERT_EQ(paths.size(), count) << where;
        for (const auto& p : paths) {
          EXPECT_EQ(p.hops.size(), dist) << where;
          EXPECT_EQ(path_end(b.g, p), t) << where;
        }
      }
    }
  }
}

}  // namespace
}  // namespace kg
