// Ego networks: layers by distance, relation filters, both directions.
#include <gtest/gtest.h>

#include "kg/query.hpp"
#include "query_fixture.hpp"

namespace kg {
namespace {

using V = KnowledgeGraph::Vertex;

TEST(Neighbors, LayersByDistanceInEitherDirection) {
  testing::GraphBuilder b;
  const V c = b.entity("C"), a = b.entity("A"), x = b.entity("X"), y = b.entity("Y"), far = b.entity("Far"),
          alone = b.entity("Alone");
  b.relate(c, a);
  b.relate(x, c, RelationType::Sanctions);  // incoming edges count too
  b.relate(a, y, RelationType::MetWith);
  b.relate(y, far);
  b.relate(c, c);  // self-loop: no effect
  (void)alone;
  using Layers = std::vector<std::vector<V>>;
  EXPECT_EQ(neighborhood_layers(b.g, c, 0, {}), (Layers{{c}}));
  EXPECT_EQ(neighborhood_layers(b.g, c, 1, {}), (Layers{{c}, {a, x}}));
  EXPECT_EQ(neighborhood_layers(b.g, c, 2, {}), (Layers{{c}, {a, x}, {y}}));
  EXPECT_EQ(neighborhood(b.g, c, 10, {}), (std::vector<V>{c, a, x, y, far}));
  EXPECT_EQ(neighborhood(b.g, c, 10, {RelationType::WorksFor}), (std::vector<V>{c, a}));
  EXPECT_EQ(neighborhood(b.g, c, 3, {RelationType::WorksFor, RelationType::MetWith}), (std::vector<V>{c, a, y, far}));
  EXPECT_EQ(neighborhood(b.g, alone, 3, {}), (std::vector<V>{alone}));
}

}  // namespace
}  // namespace kg
