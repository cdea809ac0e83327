// Printing query answers: paths as arrow lines with evidence, and the JSON
// documents of --format json (schema: docs/QUERY.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "kg/query.hpp"
#include "kg/resolve.hpp"

namespace kg {

enum class EvidenceMode { All, Best, None };

// "Kim Jong Un —demands_from→ United States ←works_for— Stephen Biegun"
std::string path_line(const KnowledgeGraph& g, const Path& p);

// "Kim Jong Un —demands_from→ United States" for one hop, in walking order.
std::string hop_line(const KnowledgeGraph& g, const Hop& h, KnowledgeGraph::Vertex from);

// `  "sentence" — Title (doc-id), 2018-06-12`
std::string evidence_line(const KnowledgeGraph& g, const EvidenceView& ev);

// The path, then per hop its evidence as the mode asks.
void write_path_text(std::ostream& out, const KnowledgeGraph& g, const Path& p, const PathFilter& filter,
                     EvidenceMode mode);

// What a path query asked and found, for the JSON writer.
struct PathAnswer {
  Resolution from, to;
  std::string mode;  // "shortest", "k-shortest", "all"
  std::vector<Path> paths;
  std::size_t total = 0;  // paths found (may exceed paths.size())
  bool total_is_lower_bound = false;
};
std::string paths_to_json(const KnowledgeGraph& g, const PathAnswer& answer, const PathFilter& filter,
                          EvidenceMode mode);

// One line per entity: "name (TYPE)".
std::string entity_label(const KnowledgeGraph& g, KnowledgeGraph::Vertex v);

}  // namespace kg
