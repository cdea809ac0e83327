// StringArena: strings packed into 1 MiB blocks (a longer string gets a block
// of its own), addressed by block and offset so copies of the arena stay valid.
#include "kg/string_arena.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace kg {

StringArena::Ref StringArena::add(std::string_view s) {
  if (get(last_) == s) return last_;
  if (s.size() > std::numeric_limits<std::uint32_t>::max() ||
      blocks_.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("string arena is full");
  if (blocks_.back().capacity() - blocks_.back().size() < s.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(std::max(kBlock, s.size()));
  }
  std::string& block = blocks_.back();
  last_ = {static_cast<std::uint32_t>(blocks_.size() - 1), static_cast<std::uint32_t>(block.size()),
           static_cast<std::uint32_t>(s.size())};
  block.append(s);
  ++stored_;
  return last_;
}

std::size_t StringArena::block_bytes() const {
  std::size_t n = 0;
  for (const auto& b : blocks_) n += b.capacity() > 15 ? b.capacity() + 1 : 0;
  return n;
}

}  // namespace kg
