// feature() over arrays of templates and values: the same keys, four at a
// time with AVX-512 (VL and DQ: 64-bit lane multiplies, on 256-bit vectors,
// a little faster here than on 512-bit ones) where the processor has it,
// else one by one. The parser makes 83 keys a move, three hash mixes each.
#include "feature_batch.hpp"

#include "hash.hpp"

namespace kg::nlp {
namespace {

void feature_keys_scalar(const FeatureArgs& in, std::uint32_t* out) {
  for (std::size_t i = 0; i < in.size; ++i) out[i] = feature(static_cast<std::uint32_t>(in.templ[i]), in.a[i], in.b[i], in.c[i]);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define KG_FEATURE_AVX512 1
using U64x4 = std::uint64_t __attribute__((vector_size(32)));
using U32x4 = std::uint32_t __attribute__((vector_size(16)));

__attribute__((target("avx512f,avx512dq,avx512vl"))) inline U64x4 mix4(U64x4 h, U64x4 v) {
  U64x4 z = h ^ (v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2));
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

__attribute__((target("avx512f,avx512dq,avx512vl"))) void feature_keys_avx512(const FeatureArgs& in, std::uint32_t* out) {
  std::size_t i = 0;
  for (; i + 4 <= in.size; i += 4) {
    U64x4 t, a, b, c;
    __builtin_memcpy(&t, in.templ + i, sizeof t);
    __builtin_memcpy(&a, in.a + i, sizeof a);
    __builtin_memcpy(&b, in.b + i, sizeof b);
    __builtin_memcpy(&c, in.c + i, sizeof c);
    const U64x4 h = mix4(mix4(mix4(t, a), b), c);
    const U64x4 k = (h ^ (h >> 32)) & 0xFFFFFFFFull;
    const U64x4 key = k - (U64x4)(k == 0);  // as feature(): a zero key becomes 1 (zero is the empty slot)
    const U32x4 narrow = __builtin_convertvector(key, U32x4);
    __builtin_memcpy(out + i, &narrow, sizeof narrow);
  }
  for (; i < in.size; ++i) out[i] = feature(static_cast<std::uint32_t>(in.templ[i]), in.a[i], in.b[i], in.c[i]);
}
#endif

}  // namespace

void feature_keys(const FeatureArgs& in, std::uint32_t* out) {
#ifdef KG_FEATURE_AVX512
  static const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
  if (avx512) return feature_keys_avx512(in, out);
#endif
  feature_keys_scalar(in, out);
}

}  // namespace kg::nlp
