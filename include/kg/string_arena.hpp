// An append-only store of many strings (the evidence sentences of a graph):
// the bytes live in large shared blocks and each string is a 12-byte slice,
// instead of one heap allocation and a 32-byte std::string per string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

class StringArena {
 public:
  // Stores s and returns its id. The same string as the one added last is not
  // stored again (several facts drawn from one sentence share its text).
  std::uint32_t add(std::string_view s);
  std::string_view get(std::uint32_t id) const;
  std::size_t size() const { return slices_.size(); }
  std::size_t block_bytes() const;  // heap held by the blocks (the strings' bytes)

 private:
  struct Slice {
    std::uint32_t block = 0;
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
  };
  static constexpr std::size_t kBlock = std::size_t{1} << 20;

  std::vector<std::string> blocks_;
  std::vector<Slice> slices_;
};

}  // namespace kg
