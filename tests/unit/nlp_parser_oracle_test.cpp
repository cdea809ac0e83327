// The arc-eager dynamic oracle: from the start, always taking a zero-cost
// move rebuilds any projective tree exactly; a move that loses an arc costs.
#include <gtest/gtest.h>

#include <random>

#include "nlp/parser.hpp"
#include "nlp/parser_state.hpp"

using namespace kg::nlp;

namespace {

// A random tree over n words (heads use n for the root), made projective.
std::vector<int> random_tree(int n, std::mt19937& rng) {
  std::vector<int> heads(static_cast<std::size_t>(n));
  std::vector<int> order(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
  std::shuffle(order.begin(), order.end(), rng);
  heads[static_cast<std::size_t>(order[0])] = n;
  for (int k = 1; k < n; ++k)
    heads[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] =
        order[std::uniform_int_distribution<std::size_t>(0, static_cast<std::size_t>(k - 1))(rng)];
  projectivize(heads);
  return heads;
}

bool projective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (int d = 0; d < n; ++d) {
    const int h = heads[static_cast<std::size_t>(d)];
    for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k) {
      int a = k;
      while (a != n && a != h) a = heads[static_cast<std::size_t>(a)];
      if (a != h && h != n) return false;
    }
  }
  return true;
}

}  // namespace

TEST(ParserOracle, ZeroCostMovesRebuildTheTree) {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 500; ++trial) {
    const int n = 1 + trial % 15;
    const auto gold = random_tree(n, rng);
    ASSERT_TRUE(projective(gold));
    ParserState s(static_cast<std::uint32_t>(n));
    while (!s.done()) {
      const OracleCosts c = oracle_costs(s, gold);
      if (s.valid(kLeft) && c.left == 0) s.apply({kLeft, 0});
      else if (s.valid(kRight) && c.right == 0) s.apply({kRight, 0});
      else if (s.valid(kReduce) && c.reduce == 0) s.apply({kReduce, 0});
      else if (s.valid(kShift) && c.shift == 0) s.apply({kShift, 0});
      else FAIL() << "no zero-cost move, tree " << trial;
    }
    for (int i = 0; i < n; ++i) EXPECT_EQ(s.head[static_cast<std::size_t>(i)], gold[static_cast<std::size_t>(i)]) << trial;
  }
}

TEST(ParserOracle, CostCountsLostArcs) {
  // "a b c": b heads a and c; the root heads b.
  const std::vector<int> gold{1, 3, 1};
  ParserState s(3);
  s.apply({kShift, 0});  // stack [a]
  const OracleCosts c = oracle_costs(s, gold);
  EXPECT_EQ(c.left, 0);   // b takes a: right
  EXPECT_EQ(c.right, 2);  // a would take b: b's true head (root) and b's child a are lost
  EXPECT_EQ(c.shift, 1);  // pushing b buries a under it: a's head is lost
}

TEST(ParserOracle, ProjectivizeLiftsCrossingArcs) {
  // n = 4: 0<-2<-root, 3<-0, 1<-3; the arc 3->1 spans word 2, which 3 does not dominate.
  std::vector<int> heads{2, 3, 4, 0};
  projectivize(heads);
  EXPECT_TRUE(projective(heads));
}
