// The state of the arc-eager transition system (Nivre 2003) with the root
// at the end of the buffer (Ballesteros & Nivre 2013): a stack, a buffer of
// the words still to come, and the arcs made so far, with what the features
// need of each word's children kept up to date.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::nlp {

enum Move : std::uint8_t { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };

// Actions are numbered SHIFT, REDUCE, LEFT-label..., RIGHT-label...
struct Action {
  Move move;
  std::uint16_t label;
};

inline std::uint32_t action_id(Action a, std::uint32_t labels) {
  switch (a.move) {
    case kShift: return 0;
    case kReduce: return 1;
    case kLeft: return 2 + a.label;
    case kRight: return 2 + labels + a.label;
  }
  return 0;
}

inline Action action_of(std::uint32_t id, std::uint32_t labels) {
  if (id == 0) return {kShift, 0};
  if (id == 1) return {kReduce, 0};
  if (id < 2 + labels) return {kLeft, static_cast<std::uint16_t>(id - 2)};
  return {kRight, static_cast<std::uint16_t>(id - 2 - labels)};
}

struct ParserState {
  explicit ParserState(std::uint32_t words);

  std::uint32_t n;                // words; word n is the root
  std::vector<std::uint32_t> stack;
  std::uint32_t next = 0;         // the buffer is [next, n]
  std::vector<int> head;          // -1 until attached; n for the root
  std::vector<std::uint16_t> label;
  // Children seen so far (kNoWord when none): two leftmost, two rightmost.
  std::vector<std::uint32_t> left1, left2, right1, right2;
  std::vector<std::uint8_t> lefts, rights;       // how many
  std::vector<std::uint64_t> left_labels, right_labels;  // label sets (bit l % 64)

  static constexpr std::uint32_t kNoWord = ~0u;

  bool done() const { return next == n && stack.empty(); }
  bool stack_empty() const { return stack.empty(); }
  std::uint32_t s0() const { return stack.empty() ? kNoWord : stack.back(); }
  std::uint32_t s1() const { return stack.size() < 2 ? kNoWord : stack[stack.size() - 2]; }
  std::uint32_t b(std::uint32_t k = 0) const { return next + k <= n ? next + k : kNoWord; }

  bool valid(Move m) const;
  void apply(Action a);

 private:
  void attach(std::uint32_t h, std::uint32_t d, std::uint16_t l);
};

// Cost of each move for the dynamic oracle (Goldberg & Nivre 2012): how many
// gold arcs that are still reachable the move makes unreachable. gold_head
// uses n for the root; the tree must be projective.
struct OracleCosts {
  int shift, reduce, left, right;  // unlabelled; a wrong label adds 1
};
OracleCosts oracle_costs(const ParserState& s, const std::vector<int>& gold_head);

}  // namespace kg::nlp
