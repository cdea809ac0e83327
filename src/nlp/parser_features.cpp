// The parser's feature templates (Zhang & Nivre 2011, "Transition-based
// dependency parsing with rich non-local features", table 2), over the stack
// top S0, the second S1, the buffer N0..N2, and the children of S0 and N0.
#include <algorithm>

#include "feature_batch.hpp"
#include "hash.hpp"
#include "parser.hpp"
#include "word_shape.hpp"

namespace kg::nlp {
namespace {

constexpr std::uint64_t kNone = 0x5eed;

}  // namespace

ParserWord parser_word(std::string_view form, std::uint64_t tag) {
  const WordInfo w = word_info(form);
  return {w.norm, tag, w.suffix3, w.shape};
}

void parser_features(const ParserState& s, std::span<const ParserWord> words, std::vector<std::uint32_t>& out) {
  out.clear();
  using W = std::uint32_t;
  constexpr W none = ParserState::kNoWord;
  const W n = s.n;
  const auto wd = [&](W i) -> std::uint64_t { return i == none ? kNone : i == n ? 1 : words[i].word; };
  const auto tg = [&](W i) -> std::uint64_t { return i == none ? kNone : i == n ? 1 : words[i].tag; };
  const auto lb = [&](W i) -> std::uint64_t { return i == none || i == n || s.head[i] < 0 ? kNone : s.label[i] + 2u; };
  const auto hd = [&](W i) -> W { return i == none || i == n || s.head[i] < 0 ? none : static_cast<W>(s.head[i]); };
  const auto at = [&](const std::vector<W>& v, W i) -> W { return i == none ? none : v[i]; };

  const W s0 = s.s0(), s1 = s.s1(), n0 = s.b(0), n1 = s.b(1), n2 = s.b(2);
  const W s0h = hd(s0), s0h2 = hd(s0h);
  const W s0l = at(s.left1, s0), s0r = at(s.right1, s0), n0l = at(s.left1, n0);
  const W s0l2 = at(s.left2, s0), s0r2 = at(s.right2, s0), n0l2 = at(s.left2, n0);
  const std::uint64_t S0w = wd(s0), S0p = tg(s0), N0w = wd(n0), N0p = tg(n0);
  const std::uint64_t N1w = wd(n1), N1p = tg(n1), N2w = wd(n2), N2p = tg(n2);
  const std::uint64_t S1w = wd(s1), S1p = tg(s1);
  // Distance between S0 and N0, capped (0 when either is missing).
  const std::uint64_t dist = s0 == none ? 0 : std::min<std::uint64_t>(n0 - s0, 5) + 1;
  const std::uint64_t s0vl = s0 == none ? 0 : s.lefts[s0], s0vr = s0 == none ? 0 : s.rights[s0];
  const std::uint64_t n0vl = n0 == none ? 0 : s.lefts[n0];
  const std::uint64_t s0sl = s0 == none ? 0 : s.left_labels[s0], s0sr = s0 == none ? 0 : s.right_labels[s0];
  const std::uint64_t n0sl = n0 == none ? 0 : s.left_labels[n0];

  // The templates' values are gathered first, and hashed into keys in one batch.
  FeatureArgs args;
  std::uint32_t t = 0;
  const auto f = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { args.add(++t, a, b, c); };
  // single words
  f(S0w, S0p); f(S0w); f(S0p);
  f(N0w, N0p); f(N0w); f(N0p);
  f(N1w, N1p); f(N1w); f(N1p);
  f(N2w, N2p); f(N2w); f(N2p);
  // word pairs
  f(mix(S0w, S0p), mix(N0w, N0p)); f(mix(S0w, S0p), N0w); f(S0w, mix(N0w, N0p));
  f(mix(S0w, S0p), N0p); f(S0p, mix(N0w, N0p)); f(S0w, N0w); f(S0p, N0p); f(N0p, N1p);
  // three words
  f(N0p, N1p, N2p); f(S0p, N0p, N1p); f(tg(s0h), S0p, N0p); f(S0p, tg(s0l), N0p);
  f(S0p, tg(s0r), N0p); f(S0p, N0p, tg(n0l));
  // distance
  f(S0w, dist); f(S0p, dist); f(N0w, dist); f(N0p, dist); f(mix(S0w, N0w), dist); f(mix(S0p, N0p), dist);
  // valency
  f(S0w, s0vr); f(S0p, s0vr); f(S0w, s0vl); f(S0p, s0vl); f(N0w, n0vl); f(N0p, n0vl);
  // unigrams of heads and children
  f(wd(s0h)); f(tg(s0h)); f(lb(s0));
  f(wd(s0l)); f(tg(s0l)); f(lb(s0l));
  f(wd(s0r)); f(tg(s0r)); f(lb(s0r));
  f(wd(n0l)); f(tg(n0l)); f(lb(n0l));
  // third order
  f(wd(s0h2)); f(tg(s0h2)); f(lb(s0h));
  f(wd(s0l2)); f(tg(s0l2)); f(lb(s0l2));
  f(wd(s0r2)); f(tg(s0r2)); f(lb(s0r2));
  f(wd(n0l2)); f(tg(n0l2)); f(lb(n0l2));
  f(S0p, tg(s0l), tg(s0l2)); f(S0p, tg(s0r), tg(s0r2)); f(S0p, tg(s0h), tg(s0h2)); f(N0p, tg(n0l), tg(n0l2));
  // label sets
  f(S0w, s0sr); f(S0p, s0sr); f(S0w, s0sl); f(S0p, s0sl); f(N0w, n0sl); f(N0p, n0sl);
  // the second word on the stack
  f(S1w, S1p); f(S1p); f(S1p, S0p, N0p); f(S1p, S0p); f(S1w, N0w);
  // whether the stack top already has its head (decides REDUCE vs LEFT)
  f(s0h == none ? 0 : 1, S0p, N0p);
  // back-off for rare words: suffix and shape
  const auto sf = [&](W i) -> std::uint64_t { return i == none ? kNone : i == n ? 1 : words[i].suffix; };
  const auto sh = [&](W i) -> std::uint64_t { return i == none ? kNone : i == n ? 1 : words[i].shape; };
  f(sf(s0), S0p); f(sf(n0), N0p); f(sf(n1), N1p); f(sh(s0), sh(n0)); f(sf(s0), sf(n0));
  out.resize(args.size);
  feature_keys(args, out.data());
}

}  // namespace kg::nlp
