// The names kg's GraphML writer and reader agree on (io-internal).
#pragma once

#include <string>
#include <string_view>

#include "kg/export.hpp"

namespace kg::io {

inline constexpr std::string_view kGraphmlFormat = "kg-graphml";
inline constexpr std::string_view kGraphmlEvidenceKey = "kg_evidence";

// Key ids must be unique across node and edge keys (the XSD's key_id_key), so
// an edge attribute whose name a node attribute also has gets id "edge_NAME";
// every other key id is its attr.name.
inline std::string graphml_edge_key(std::string_view name) {
  for (const auto& d : node_attributes())
    if (d.name == name) return "edge_" + std::string(name);
  return std::string(name);
}

}  // namespace kg::io
