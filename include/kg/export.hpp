// Exports: one traversal of a KnowledgeGraph in a fixed order (nodes by vertex
// index, then edges in sorted_edges() order) feeding a GraphSink. GraphML,
// GEXF, DOT and Neo4j CSV are sinks; formats are described in docs/EXPORT.md.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

// --- the attribute model every format shares ------------------------------

enum class AttrType : std::uint8_t { String, Int, Long, Double, Boolean, StringList };

struct AttrDecl {
  std::string_view name;  // attr.name in GraphML, title (and id) in GEXF, column in CSV
  AttrType type;
};

// One attribute value; the member that matters follows the declaration's type.
// An absent value (empty what/role, no date) is left out by the writers.
struct AttrValue {
  bool present = false;
  std::string_view text;
  std::int64_t integer = 0;
  double real = 0.0;
  bool boolean = false;
  std::span<const std::string_view> list;
};

// Node attributes, in declaration order (indices into NodeItem::attrs).
enum NodeAttr : std::uint8_t {
  kNodeLabel, kNodeEntityType, kNodeColor, kNodeSize, kNodeAliases, kNodeMentions,
  kNodeDocuments, kNodeFirstDate, kNodeLastDate, kNodeAttrCount
};
// Edge attributes, in declaration order (indices into EdgeItem::attrs).
enum EdgeAttr : std::uint8_t {
  kEdgeLabel, kEdgeRelation, kEdgeWeight, kEdgeEvidenceCount, kEdgeEvidence, kEdgeDocuments,
  kEdgeFirstDate, kEdgeLastDate, kEdgeModality, kEdgeConfidence, kEdgeSymmetric, kEdgeWhat,
  kEdgeRole, kEdgeAttrCount
};

std::span<const AttrDecl> node_attributes();
std::span<const AttrDecl> edge_attributes();

// How an entity type looks in every visual format (GraphML/GEXF colour, DOT).
struct EntityStyle {
  std::string_view color;  // "#rrggbb"
  std::string_view shape;  // Graphviz shape
};
const EntityStyle& entity_style(EntityType t);
double node_size(std::uint32_t mentions);  // Gephi size: grows with mentions

// --- the traversal --------------------------------------------------------

struct GraphInfo {
  const KnowledgeGraph& graph;
  std::size_t nodes = 0;  // how many node() and edge() calls follow
  std::size_t edges = 0;
  std::vector<EntityType> entity_types;  // the types present, in enum order (DOT legend)
};

struct NodeItem {
  std::size_t vertex;  // vertex index: the synthetic id is "n" + vertex
  const Entity& entity;
  std::span<const AttrValue> attrs;  // kNodeAttrCount values
  std::span<const std::string_view> dates;  // its documents' dates (YYYY-MM-DD), ascending, distinct
};

struct EdgeItem {
  std::size_t index;  // position among the exported edges: the synthetic id is "e" + index
  std::size_t source;
  std::size_t target;
  const Relation& relation;
  EvidenceRange evidence;
  std::span<const AttrValue> attrs;  // kEdgeAttrCount values
  std::span<const std::string_view> dates;  // its evidence dates (YYYY-MM-DD), ascending, distinct
};

class GraphSink {
 public:
  virtual ~GraphSink() = default;
  virtual void begin_graph(const GraphInfo& info) = 0;
  virtual void node(const NodeItem& n) = 0;
  virtual void edge(const EdgeItem& e) = 0;
  virtual void end_graph() = 0;
};

// Which part of the graph to export (focus views); empty means everything.
// An edge is kept when both ends are kept and keep_edge (if set) accepts it.
struct Selection {
  std::vector<bool> keep_node;  // by vertex index; empty keeps all
  std::function<bool(const KnowledgeGraph::Edge&)> keep_edge;
  std::string title;  // what the view shows, for comments and titles
};

void export_graph(const KnowledgeGraph& g, GraphSink& sink, const Selection& selection = {});
// The selected part as a graph of its own (vertices renumbered in order), for
// formats written outside the traversal (node-link JSON).
KnowledgeGraph select_subgraph(const KnowledgeGraph& g, const Selection& selection);

// --- the formats ----------------------------------------------------------

enum class ExportFormat : std::uint8_t { GraphML, Gexf, Dot, Json, Neo4j };
std::optional<ExportFormat> parse_export_format(std::string_view name);

struct DotOptions {
  bool legend = true;
  // Graphs with more nodes than this get layout=sfdp (dot is minutes on a few
  // hundred labelled nodes; sfdp a second).
  std::size_t dot_max_nodes = 150;
  // Font sizes are 10 pt (nodes), 8 pt (edges), 9 pt (legend) times this;
  // kg render raises it so labels stay legible at the picture's width.
  double font_scale = 1.0;
  // Relation names as xlabels, placed after the layout so they do not push
  // the entities apart: a narrower picture whose labels stay legible (kg render).
  bool edge_xlabels = false;
  // The dot layout's direction: ranks left to right, else top to bottom
  // (kg render tries both when a wide picture leaves the labels too small).
  bool left_to_right = true;
  // More on a narrow picture (kg render): a long name on two lines, ranks
  // closer together and tighter node margins.
  bool compact = false;
};

std::unique_ptr<GraphSink> make_graphml_sink(std::ostream& out);
// GEXF 1.3 (Gephi 0.9+, graphology) or 1.2 (the "1.2draft" namespace that
// NetworkX 2.8 and older tools read); the same content either way.
enum class GexfVersion : std::uint8_t { V1_2, V1_3 };
std::unique_ptr<GraphSink> make_gexf_sink(std::ostream& out, GexfVersion version = GexfVersion::V1_3);
std::unique_ptr<GraphSink> make_dot_sink(std::ostream& out, const DotOptions& options = {});
// Neo4j bulk import: nodes.csv, relationships.csv and import.cypher.
std::unique_ptr<GraphSink> make_neo4j_sink(std::ostream& nodes, std::ostream& relationships,
                                           std::ostream& cypher);

void write_graphml(const KnowledgeGraph& g, std::ostream& out, const Selection& selection = {});
void write_gexf(const KnowledgeGraph& g, std::ostream& out, const Selection& selection = {},
                GexfVersion version = GexfVersion::V1_3);
void write_dot(const KnowledgeGraph& g, std::ostream& out, const Selection& selection = {},
               const DotOptions& options = {});
// Writes FOLDER/nodes.csv, relationships.csv, import.cypher, each atomically.
void write_neo4j(const KnowledgeGraph& g, const std::string& folder, const Selection& selection = {});

// --- reading back ---------------------------------------------------------

// GraphML written by kg reads back to the same graph. Other GraphML files
// import their nodes and edges, mapping declared attributes onto kg's fields
// (label/name, entity_type/type, aliases, mentions, relation/label, ...);
// what cannot be represented (an edge with no known relation) is skipped and
// described in warnings. Throws kg::Error "NAME: offset N: message" on
// malformed XML or files that are not GraphML.
KnowledgeGraph parse_graphml(const std::string& xml, const std::string& name,
                             std::vector<std::string>* warnings = nullptr);
KnowledgeGraph load_graphml(const std::string& path, std::vector<std::string>* warnings = nullptr);

}  // namespace kg
