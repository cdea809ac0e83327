#include "parser.hpp"

#include <algorithm>
#include <limits>

#include "model_io.hpp"

namespace kg::nlp {

bool Parser::allowed(const ParserState& s, Action act) const {
  if (!s.valid(act.move)) return false;
  // Only the root takes the root label, and the root takes no other.
  if (act.move == kLeft) return (s.next == s.n) == (act.label == root_label_);
  if (act.move == kRight) return act.label != root_label_;
  return true;
}

template <class Score>
std::uint32_t Parser::best_valid(const ParserState& s, std::span<const Score> scores) const {
  // allowed() with each move's validity found once.
  const auto labels = static_cast<std::uint32_t>(labels_.size());
  const bool at_root = s.next == s.n;
  std::uint32_t best = 0;
  Score best_score = std::numeric_limits<Score>::has_infinity ? -std::numeric_limits<Score>::infinity()
                                                              : std::numeric_limits<Score>::lowest();
  const auto consider = [&](std::uint32_t a) {
    if (scores[a] > best_score) {
      best_score = scores[a];
      best = a;
    }
  };
  if (s.valid(kShift)) consider(action_id({kShift, 0}, labels));
  if (s.valid(kReduce)) consider(action_id({kReduce, 0}, labels));
  if (s.valid(kLeft))
    for (std::uint16_t l = 0; l < labels; ++l)
      if (at_root == (l == root_label_)) consider(action_id({kLeft, l}, labels));
  if (s.valid(kRight))
    for (std::uint16_t l = 0; l < labels; ++l)
      if (l != root_label_) consider(action_id({kRight, l}, labels));
  return best;
}
template std::uint32_t Parser::best_valid(const ParserState&, std::span<const float>) const;
template std::uint32_t Parser::best_valid(const ParserState&, std::span<const std::int32_t>) const;

void Parser::parse(std::span<const ParserWord> words, std::vector<int>& heads,
                   std::vector<std::uint16_t>& labels) const {
  const auto n = static_cast<std::uint32_t>(words.size());
  ParserState s(n);
  thread_local std::vector<std::uint32_t> features;
  thread_local std::vector<std::int32_t> sums;
  while (!s.done()) {
    // A state that allows one action takes it unscored: best_valid would
    // pick it whatever the scores (finite sums). With the stack empty only
    // SHIFT is valid; with the root at the buffer's front, REDUCE when the
    // stack top has its head, else LEFT with the root label. On news text
    // that is about a quarter of the moves (the stack emptied at the end).
    if (s.stack_empty()) {
      s.apply({kShift, 0});
      continue;
    }
    if (s.next == n) {
      s.apply(s.head[s.s0()] >= 0 ? Action{kReduce, 0} : Action{kLeft, root_label_});
      continue;
    }
    parser_features(s, words, features);
    sums.assign(model_.row_size(), 0);
    model_.add_raw(features, sums.data());
    const std::span<const std::int32_t> scores(sums.data(), model_.classes());
    s.apply(action_of(best_valid(s, scores), static_cast<std::uint32_t>(labels_.size())));
  }
  // One root: the first word the root took; any other it took hangs from it.
  heads.assign(n, -1);
  labels.assign(n, root_label_);
  int root = -1;
  for (std::uint32_t i = 0; i < n; ++i)
    if (s.head[i] == static_cast<int>(n) && root < 0) root = static_cast<int>(i);
  for (std::uint32_t i = 0; i < n; ++i) {
    labels[i] = s.label[i];
    if (s.head[i] == static_cast<int>(n)) {
      heads[i] = static_cast<int>(i) == root ? -1 : root;
      if (static_cast<int>(i) != root) labels[i] = dep_label_;
    } else {
      heads[i] = s.head[i];
    }
  }
}

void Parser::write(ModelWriter& out) const {
  out.strings(labels_);
  out.u32(root_label_);
  out.u32(dep_label_);
  model_.write(out);
}

Parser Parser::read(ModelReader& in) {
  Parser p;
  p.labels_ = in.strings();
  p.root_label_ = static_cast<std::uint16_t>(in.u32());
  p.dep_label_ = static_cast<std::uint16_t>(in.u32());
  p.model_ = LinearModel::read(in);
  if (p.labels_.empty() || p.root_label_ >= p.labels_.size() || p.dep_label_ >= p.labels_.size() ||
      p.model_.classes() != 2 + 2 * p.labels_.size())
    in.fail("corrupt parser (label table does not match the model)");
  return p;
}

void projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  const auto dominates = [&](int h, int k) {
    for (int steps = 0; k != n && steps <= n; ++steps, k = heads[static_cast<std::size_t>(k)])
      if (k == h) return true;
    return h == n;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (int d = 0; d < n; ++d) {
      const int h = heads[static_cast<std::size_t>(d)];
      if (h == n) continue;
      for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k)
        if (!dominates(h, k)) {
          heads[static_cast<std::size_t>(d)] = heads[static_cast<std::size_t>(h)];
          changed = true;
          break;
        }
    }
  }
}

}  // namespace kg::nlp
