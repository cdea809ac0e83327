// StringArena: strings packed into 1 MiB blocks (a longer string gets a block
// of its own), addressed by block and offset so copies of the arena stay valid.
#include "kg/string_arena.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace kg {

std::uint32_t StringArena::add(std::string_view s) {
  if (!slices_.empty() && get(static_cast<std::uint32_t>(slices_.size() - 1)) == s)
    return static_cast<std::uint32_t>(slices_.size() - 1);
  if (s.size() > std::numeric_limits<std::uint32_t>::max() ||
      slices_.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("string arena is full");
  if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < s.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(std::max(kBlock, s.size()));
  }
  std::string& block = blocks_.back();
  slices_.push_back({static_cast<std::uint32_t>(blocks_.size() - 1), static_cast<std::uint32_t>(block.size()),
                     static_cast<std::uint32_t>(s.size())});
  block.append(s);
  return static_cast<std::uint32_t>(slices_.size() - 1);
}

std::string_view StringArena::get(std::uint32_t id) const {
  const Slice& s = slices_[id];
  return std::string_view(blocks_[s.block]).substr(s.offset, s.size);
}

std::size_t StringArena::block_bytes() const {
  std::size_t n = 0;
  for (const auto& b : blocks_) n += b.capacity();
  return n;
}

}  // namespace kg
