// The binary graph snapshot (.kgb): the graph's tables written whole, so
// loading is reading flat arrays instead of parsing JSON (docs/SCALE.md,
// "The binary snapshot"). Node-link JSON stays the interchange format; the
// snapshot is for this kg's own fast reloads. load_graph and save_graph
// (kg/store.hpp) read either format by its first byte and write a snapshot
// for a path ending in .kgb.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "kg/graph.hpp"

namespace kg {

inline constexpr std::uint32_t kSnapshotVersion = 1;

void write_snapshot(const KnowledgeGraph& g, std::ostream& out);
// Atomic, like save_graph.
void save_snapshot(const KnowledgeGraph& g, const std::string& path);
// Maps the file and rebuilds the graph from its tables. A missing,
// truncated or corrupt file, or another version, throws kg::Error naming it.
KnowledgeGraph load_snapshot(const std::string& path);

// Whether path names a snapshot to write (ends in .kgb).
bool is_snapshot_path(std::string_view path);

}  // namespace kg
