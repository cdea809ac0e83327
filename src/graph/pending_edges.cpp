// KnowledgeGraph::PendingEdges: the relations not yet in the CSR graph, with
// a linear-probing hash index on (source, target, type).
#include "kg/graph.hpp"

namespace kg {

std::size_t KnowledgeGraph::PendingEdges::home(Vertex source, Vertex target, RelationType type) const {
  std::uint64_t x = (std::uint64_t{source} << 32 | target) ^ (std::uint64_t{static_cast<std::uint8_t>(type)} << 59);
  x ^= x >> 33;  // the finaliser of MurmurHash3: every input bit reaches the low bits
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  return static_cast<std::size_t>(x) & (slots_.size() - 1);
}

std::optional<RelationId> KnowledgeGraph::PendingEdges::find(Vertex source, Vertex target, RelationType type) const {
  if (slots_.empty()) return std::nullopt;
  for (std::size_t i = home(source, target, type);; i = (i + 1) & (slots_.size() - 1)) {
    const Slot& s = slots_[i];
    if (s.id == kEmpty) return std::nullopt;
    if (s.source == source && s.target == target && s.type == type) return s.id;
  }
}

void KnowledgeGraph::PendingEdges::place(const Slot& s) {
  std::size_t i = home(s.source, s.target, s.type);
  while (slots_[i].id != kEmpty) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = s;
}

void KnowledgeGraph::PendingEdges::add(Vertex source, Vertex target, RelationType type, RelationId id) {
  ends_.emplace_back(source, target);
  if (2 * ends_.size() > slots_.size()) {  // keep it at most half full: short probe sequences
    std::vector<Slot> old(std::max<std::size_t>(64, 2 * slots_.size()));
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.id != kEmpty) place(s);
  }
  place({source, target, id, type});
}

void KnowledgeGraph::PendingEdges::clear() {
  std::vector<std::pair<Vertex, Vertex>>().swap(ends_);
  std::vector<Slot>().swap(slots_);
}

}  // namespace kg
