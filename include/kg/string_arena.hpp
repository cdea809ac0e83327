// An append-only store of many strings (the evidence sentences of a graph):
// the bytes live in large shared blocks and each string is a 12-byte
// reference, instead of one heap allocation and a 32-byte std::string each.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

class StringArena {
 public:
  // Where a string lives: its block, offset and size. Stays valid in copies.
  struct Ref {
    std::uint32_t block = 0;
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
    friend bool operator==(const Ref&, const Ref&) = default;
  };

  // Stores s. The same string as the one added last is not stored again
  // (several facts drawn from one sentence share its text).
  Ref add(std::string_view s);
  std::string_view get(Ref r) const { return std::string_view(blocks_[r.block]).substr(r.offset, r.size); }
  std::size_t stored() const { return stored_; }  // strings stored, repeats not counted
  std::size_t block_bytes() const;                 // heap held by the blocks (the strings' bytes)

 private:
  friend class GraphSnapshot;  // io/snapshot.cpp writes and reads the blocks whole
  static constexpr std::size_t kBlock = std::size_t{1} << 20;

  std::vector<std::string> blocks_{std::string()};  // block 0 starts empty: Ref{} is ""
  Ref last_;
  std::size_t stored_ = 0;
};

}  // namespace kg
