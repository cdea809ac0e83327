// Feature hashing for the statistical models: stable across compilers and
// platforms (the keys are stored in the model files), so no std::hash.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::nlp {

// 64-bit FNV-1a of the bytes.
constexpr std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// Mixes a value into a running hash (the finaliser of SplitMix64).
constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  std::uint64_t z = h ^ (v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2));
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// A feature key: the template number and up to three values. Zero is kept
// free as the empty-slot marker of the lookup tables.
constexpr std::uint32_t feature(std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  const std::uint64_t h = mix(mix(mix(templ, a), b), c);
  const auto k = static_cast<std::uint32_t>(h ^ (h >> 32));
  return k == 0 ? 1u : k;
}

}  // namespace kg::nlp
