// The attribute declarations and entity styles every export format shares.
#include <array>
#include <cmath>

#include "kg/export.hpp"

namespace kg {

std::span<const AttrDecl> node_attributes() {
  static constexpr std::array<AttrDecl, kNodeAttrCount> kDecls{{
      {"label", AttrType::String},
      {"entity_type", AttrType::String},  // never "type": Gephi Lite breaks on it
      {"color", AttrType::String},
      {"size", AttrType::Double},
      {"aliases", AttrType::StringList},
      {"mentions", AttrType::Int},
      {"documents", AttrType::StringList},
      {"first_date", AttrType::String},
      {"last_date", AttrType::String},
  }};
  return kDecls;
}

std::span<const AttrDecl> edge_attributes() {
  static constexpr std::array<AttrDecl, kEdgeAttrCount> kDecls{{
      {"label", AttrType::String},
      {"relation", AttrType::String},
      {"weight", AttrType::Double},
      {"evidence_count", AttrType::Int},
      {"evidence", AttrType::String},
      {"documents", AttrType::StringList},
      {"first_date", AttrType::String},
      {"last_date", AttrType::String},
      {"modality", AttrType::String},
      {"confidence", AttrType::Double},
      {"symmetric", AttrType::Boolean},
      {"what", AttrType::String},
      {"role", AttrType::String},
  }};
  return kDecls;
}

const EntityStyle& entity_style(EntityType t) {
  // Tableau 10 colours: distinct, and readable with black labels.
  static const EntityStyle kPerson{"#4e79a7", "ellipse"};
  static const EntityStyle kCountry{"#e15759", "box"};
  static const EntityStyle kOrganization{"#59a14f", "hexagon"};
  static const EntityStyle kLocation{"#f28e2b", "house"};
  static const EntityStyle kEvent{"#b07aa1", "diamond"};
  switch (t) {
    case EntityType::Person: return kPerson;
    case EntityType::Country: return kCountry;
    case EntityType::Organization: return kOrganization;
    case EntityType::Location: return kLocation;
    case EntityType::Event: return kEvent;
  }
  return kPerson;
}

double node_size(std::uint32_t mentions) {
  // 10 for a single mention, growing with the square root (area ~ mentions).
  return std::round((10.0 + 4.0 * std::sqrt(static_cast<double>(mentions))) * 100.0) / 100.0;
}

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "graphml") return ExportFormat::GraphML;
  if (name == "gexf") return ExportFormat::Gexf;
  if (name == "dot" || name == "gv") return ExportFormat::Dot;
  if (name == "json" || name == "node-link") return ExportFormat::Json;
  if (name == "neo4j" || name == "csv") return ExportFormat::Neo4j;
  return std::nullopt;
}

}  // namespace kg
