// The native graph file: node-link JSON as NetworkX's node_link_data writes
// it (directed multigraph). Format: docs/NODE_LINK_FORMAT.md.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "kg/graph.hpp"

namespace kg {

inline constexpr int kNodeLinkVersion = 1;

void write_node_link(const KnowledgeGraph& g, std::ostream& out, bool pretty = true);
// Atomic: a crash mid-write leaves the previous file. A path ending in .kgb
// gets the binary snapshot instead (kg/snapshot.hpp).
void save_graph(const KnowledgeGraph& g, const std::string& path, bool pretty = true);

// Throws kg::Error "PATH:LINE:COL: message" on malformed or foreign files.
// Both stream (a SAX parse that builds the graph as it reads; load_graph
// reads 64 KiB at a time); keys may come in any order; "edges" = "links".
KnowledgeGraph parse_node_link(const std::string& json, const std::string& name);
// load_graph also reads a binary snapshot, recognised by its first bytes.
KnowledgeGraph load_graph(const std::string& path);

}  // namespace kg
