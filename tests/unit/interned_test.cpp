// kg::Interned: one pointer per value, equal strings share storage, reads like a string.
#include <gtest/gtest.h>

#include <sstream>

#include "kg/graph.hpp"
#include "kg/interned.hpp"

namespace kg {
namespace {

TEST(Interned, SharesStorageAndReadsLikeAString) {
  const Interned a = std::string("demand.verb"), b = std::string_view("demand.verb"), c = "other";
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_FALSE(a == c);
  EXPECT_EQ(a, "demand.verb");
  EXPECT_EQ(a, std::string("demand.verb"));
  EXPECT_EQ(a.size(), 11u);
  const std::string_view view = a;
  const std::string& ref = a;
  EXPECT_EQ(view, "demand.verb");
  EXPECT_EQ(ref, "demand.verb");
  std::ostringstream out;
  out << a;
  EXPECT_EQ(out.str(), "demand.verb");
  const Interned empty, also_empty = "";
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty, also_empty);
  EXPECT_STREQ(empty.c_str(), "");
  EXPECT_EQ(sizeof(Interned), sizeof(void*));
}

TEST(Interned, RelationFieldsKeepTheirValues) {
  KnowledgeGraph g;
  Entity x, y;
  x.name = "X";
  y.name = "Y";
  const auto vx = g.add_entity(x), vy = g.add_entity(y);
  const auto e = g.add_relation(vx, vy, RelationType::WorksFor, Modality::Occurred, 0.9f, "", "special envoy");
  EXPECT_EQ(g.relation(e).role, "special envoy");
  EXPECT_TRUE(g.relation(e).what.empty());
}

}  // namespace
}  // namespace kg
