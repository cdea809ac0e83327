// Tests for StringArena: references, reuse of the last string, long strings, copies.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "kg/string_arena.hpp"

namespace kg {
namespace {

TEST(StringArena, GivesBackWhatWasAdded) {
  StringArena a;
  const auto x = a.add("Kim met Xi in Beijing.");
  const auto empty = a.add("");
  const auto y = a.add("Seoul welcomed the talks.");
  EXPECT_EQ(a.get(x), "Kim met Xi in Beijing.");
  EXPECT_EQ(a.get(empty), "");
  EXPECT_EQ(a.get(y), "Seoul welcomed the talks.");
  EXPECT_EQ(a.get(StringArena::Ref{}), "");
  EXPECT_EQ(a.stored(), 3u);
}

TEST(StringArena, TheSameStringAsTheLastIsStoredOnce) {
  StringArena a;
  const auto x = a.add("one sentence");
  EXPECT_EQ(a.add("one sentence"), x);
  const auto y = a.add("another");
  const auto again = a.add("one sentence");  // only the last one is compared
  EXPECT_NE(again, x);
  EXPECT_EQ(a.get(again), "one sentence");
  EXPECT_EQ(a.stored(), 3u);
  EXPECT_NE(x, y);
}

TEST(StringArena, StringsSpanManyBlocksAndLongOnesGetTheirOwn) {
  StringArena a;
  std::vector<StringArena::Ref> refs;
  for (int i = 0; i < 100000; ++i) refs.push_back(a.add("sentence number " + std::to_string(i) + " of many"));
  const std::string huge(3u << 20, 'x');
  const auto h = a.add(huge);
  const auto after = a.add("after the huge one");
  for (int i = 0; i < 100000; i += 997) EXPECT_EQ(a.get(refs[i]), "sentence number " + std::to_string(i) + " of many");
  EXPECT_GT(refs.back().block, 0u);  // more than one block
  EXPECT_EQ(a.get(h), huge);
  EXPECT_EQ(a.get(after), "after the huge one");
  EXPECT_GE(a.block_bytes(), huge.size() + 100000u * 20u);
}

TEST(StringArena, ACopyIsIndependent) {
  auto a = std::make_unique<StringArena>();
  const auto x = a->add("kept");
  StringArena b = *a;
  a.reset();
  EXPECT_EQ(b.get(x), "kept");
  const auto y = b.add("added to the copy");
  EXPECT_EQ(b.get(y), "added to the copy");
  EXPECT_EQ(b.get(x), "kept");
}

}  // namespace
}  // namespace kg
