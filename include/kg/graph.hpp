// The knowledge graph: a Boost.Graph directed multigraph with typed, bundled
// vertex (Entity) and edge (Relation) properties, plus the document table and
// the name index (canonical names and aliases -> vertices).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/document.hpp"
#include "kg/fact.hpp"
#include "kg/interned.hpp"
#include "kg/types.hpp"

namespace kg {

struct Entity {
  std::string name;
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;
  std::uint32_t mentions = 0;
  std::vector<std::uint32_t> documents;  // indices into KnowledgeGraph::documents(), ascending
};

// Evidence as stored in the graph: the document by index into documents().
struct EdgeEvidence {
  std::uint32_t doc = 0;
  std::uint32_t sentence = 0;
  Span span;
  std::string text;
  Modality modality = Modality::Occurred;
  float confidence = 1.0f;
  Interned rule;  // few distinct values: one pointer each (see interned.hpp)
};

struct Relation {
  RelationType type = RelationType::MetWith;
  Modality modality = Modality::Occurred;  // the strongest over its evidence: occurred > planned > hypothetical
  float confidence = 0.0f;                 // the highest over its evidence
  Interned what;                           // demands_from: what is demanded
  Interned role;                           // works_for / leader_of
  std::vector<EdgeEvidence> evidence;
};
// Memory per relation matters (5M-relation graphs, docs/QUERY.md): keep these small.
static_assert(sizeof(Relation) <= 48, "Relation grew: check the benchmark's bytes per relation");

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  const Graph& graph() const { return graph_; }
  std::size_t num_entities() const { return boost::num_vertices(graph_); }
  std::size_t num_relations() const { return boost::num_edges(graph_); }
  const Entity& entity(Vertex v) const { return graph_[v]; }
  const Relation& relation(Edge e) const { return graph_[e]; }

  // Documents. add_document returns the index of the new document.
  std::uint32_t add_document(DocumentInfo info);
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  std::optional<std::uint32_t> find_document_by_hash(std::string_view hash) const;

  // Entities. add_entity never merges; callers decide identity.
  Vertex add_entity(Entity e);
  void add_alias(Vertex v, std::string_view alias);  // no-op when already a name or alias of v
  void add_mentions(Vertex v, std::uint32_t count, std::uint32_t doc);
  // Every vertex whose canonical name or an alias has the same loose_key as name.
  std::vector<Vertex> find(std::string_view name) const;
  // The vertex of this type whose canonical name or alias matches, if any.
  std::optional<Vertex> find(std::string_view name, EntityType type) const;

  // Relations: an edge of the same type between the same ends (either order
  // for symmetric types) gains the evidence; otherwise a new edge is added.
  Edge add_relation(Vertex source, Vertex target, RelationType type, EdgeEvidence evidence,
                    std::string_view what = {}, std::string_view role = {});
  // The same without evidence (for graph files that carry none).
  Edge add_relation(Vertex source, Vertex target, RelationType type, Modality modality, float confidence,
                    std::string_view what = {}, std::string_view role = {});
  std::optional<Edge> find_relation(Vertex source, Vertex target, RelationType type) const;

  // Total order on edges used by every writer: by source, target, type.
  std::vector<Edge> sorted_edges() const;

 private:
  void index_name(std::string_view name, Vertex v);
  std::optional<Edge> find_directed(Vertex source, Vertex target, RelationType type) const;

  Graph graph_;
  std::vector<DocumentInfo> documents_;
  std::unordered_map<std::string, std::uint32_t> doc_by_hash_;
  std::unordered_multimap<std::string, Vertex> by_key_;
};

}  // namespace kg
