#include "parser_state.hpp"

namespace kg::nlp {

ParserState::ParserState(std::uint32_t words)
    : n(words),
      head(words + 1, -1),
      label(words + 1, 0),
      left1(words + 1, kNoWord),
      left2(words + 1, kNoWord),
      right1(words + 1, kNoWord),
      right2(words + 1, kNoWord),
      lefts(words + 1, 0),
      rights(words + 1, 0),
      left_labels(words + 1, 0),
      right_labels(words + 1, 0) {
  stack.reserve(words + 1);
}

bool ParserState::valid(Move m) const {
  switch (m) {
    case kShift: return next < n;
    case kReduce: return !stack.empty() && head[stack.back()] >= 0;
    case kLeft: return !stack.empty() && head[stack.back()] < 0;
    case kRight: return !stack.empty() && next < n;
  }
  return false;
}

void ParserState::attach(std::uint32_t h, std::uint32_t d, std::uint16_t l) {
  head[d] = static_cast<int>(h);
  label[d] = l;
  if (d < h) {  // a left child: children arrive nearest last, so the new one is leftmost
    left2[h] = left1[h];
    left1[h] = d;
    if (lefts[h] < 255) ++lefts[h];
    left_labels[h] |= 1ull << (l % 64);
  } else {      // a right child: the new one is rightmost
    right2[h] = right1[h];
    right1[h] = d;
    if (rights[h] < 255) ++rights[h];
    right_labels[h] |= 1ull << (l % 64);
  }
}

void ParserState::apply(Action a) {
  switch (a.move) {
    case kShift:
      stack.push_back(next++);
      break;
    case kReduce:
      stack.pop_back();
      break;
    case kLeft:
      attach(next, stack.back(), a.label);
      stack.pop_back();
      break;
    case kRight:
      attach(stack.back(), next, a.label);
      stack.push_back(next++);
      break;
  }
}

OracleCosts oracle_costs(const ParserState& s, const std::vector<int>& gold) {
  OracleCosts c{0, 0, 0, 0};
  const std::uint32_t b = s.next;
  const auto in_buffer = [&](int k) { return k >= static_cast<int>(b); };  // the root n is always in it
  // SHIFT: b loses its gold head and its gold children on the stack.
  // RIGHT: b loses its gold head anywhere but s0, and its children on the stack.
  for (const std::uint32_t k : s.stack) {
    if (s.head[k] < 0 && gold[k] == static_cast<int>(b)) {
      ++c.shift;
      ++c.right;
    }
    if (gold[b] == static_cast<int>(k)) ++c.shift;
  }
  if (b < s.n && !s.stack.empty()) {
    const int g = gold[b];
    const bool head_in_stack = [&] {
      for (const std::uint32_t k : s.stack)
        if (static_cast<int>(k) == g) return true;
      return false;
    }();
    if (g != static_cast<int>(s.stack.back()) && (head_in_stack || (in_buffer(g) && g != static_cast<int>(b))))
      ++c.right;
  }
  if (!s.stack.empty()) {
    const std::uint32_t s0 = s.stack.back();
    // REDUCE and LEFT: s0 loses its gold children still in the buffer.
    for (std::uint32_t k = b; k < s.n; ++k)
      if (gold[k] == static_cast<int>(s0)) {
        ++c.reduce;
        ++c.left;
      }
    // LEFT: s0 also loses a gold head further in the buffer (the root included).
    if (s.head[s0] < 0 && gold[s0] != static_cast<int>(b) && in_buffer(gold[s0])) ++c.left;
  }
  return c;
}

}  // namespace kg::nlp
