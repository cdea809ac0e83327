// The knowledge graph: typed entities and merged, typed relations with their
// evidence over a Boost.Graph topology, plus the document table and the name
// index (canonical names and aliases -> vertices).
//
// Storage is laid out for graphs of millions of relations (docs/QUERY.md,
// "Memory"): entities, relations and evidence live in flat tables indexed by
// number, the evidence sentences in a StringArena, and the topology in a
// bidirectional compressed-sparse-row graph whose edge bundle (EdgeRef) is
// the RelationId and type. Additions go to the tables and to a pending edge list; the CSR
// graph is rebuilt from all edges, in O(V + E), the next time graph() is
// asked for. Build first, then query: interleaving the two rebuilds each time.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kg/document.hpp"
#include "kg/fact.hpp"
#include "kg/interned.hpp"
#include "kg/string_arena.hpp"
#include "kg/types.hpp"

namespace kg {

struct Entity {
  std::string name;
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;
  std::uint32_t mentions = 0;
  std::vector<std::uint32_t> documents;  // indices into KnowledgeGraph::documents(), ascending
};

// One piece of evidence for a relation: the document by index into
// documents(), the sentence by index and byte span, and its text.
template <typename Text>
struct BasicEvidence {
  std::uint32_t doc = 0;
  std::uint32_t sentence = 0;
  Span span;
  Text text;
  Modality modality = Modality::Occurred;
  float confidence = 1.0f;
  Interned rule;  // few distinct values: one pointer each (see interned.hpp)
};
// Given to add_relation, which copies the text into the graph.
using EdgeEvidence = BasicEvidence<std::string>;
// Read back from the graph: text points into the graph, valid while it lives.
using EvidenceView = BasicEvidence<std::string_view>;

// Relations are numbered in the order they were first added.
using RelationId = std::uint32_t;

struct Relation {
  RelationType type = RelationType::MetWith;
  Modality modality = Modality::Occurred;  // the strongest over its evidence: occurred > planned > hypothetical

 private:
  friend class KnowledgeGraph;
  // False once evidence came from an earlier document than the tail's (only
  // hand-made graph files do that): duplicates are then looked for along the
  // whole chain. Sits in padding: the relation stays 32 bytes.
  bool docs_in_order_ = true;

 public:
  float confidence = 0.0f;                 // the highest over its evidence
  Interned what;                           // demands_from: what is demanded
  Interned role;                           // works_for / leader_of
  std::uint32_t evidence_count() const { return evidence_count_; }

 private:
  friend class KnowledgeGraph;
  friend class GraphSnapshot;
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  // The chain is circular: the relation holds its tail (the latest evidence),
  // whose `next` is the head, so appending is O(1) (docs/ARCHITECTURE.md).
  std::uint32_t last_evidence_ = kNone;
  std::uint32_t evidence_count_ = 0;
};
// Memory per relation matters (5M-relation graphs, docs/QUERY.md): keep these small.
static_assert(sizeof(Relation) <= 32, "Relation grew: check the benchmark's bytes per relation");

class KnowledgeGraph;

// The evidence of one relation, in the order it was added; iterating yields
// EvidenceView values.
class EvidenceRange {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = EvidenceView;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = EvidenceView;
    iterator() = default;
    EvidenceView operator*() const;
    iterator& operator++();
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }

   private:
    friend class EvidenceRange;
    iterator(const KnowledgeGraph* g, std::uint32_t at, std::uint32_t last) : g_(g), at_(at), last_(last) {}
    const KnowledgeGraph* g_ = nullptr;
    std::uint32_t at_ = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t last_ = std::numeric_limits<std::uint32_t>::max();
  };

  iterator begin() const;
  iterator end() const { return {g_, std::numeric_limits<std::uint32_t>::max(), last_}; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  friend class KnowledgeGraph;
  EvidenceRange(const KnowledgeGraph* g, std::uint32_t last, std::uint32_t size) : g_(g), last_(last), size_(size) {}
  const KnowledgeGraph* g_;
  std::uint32_t last_;  // the chain's tail; its next is the head
  std::uint32_t size_;
};

// What the CSR graph stores per edge: the relation's number, and its type so
// that a relation-type filter needs no look-up in the relation table.
struct EdgeRef {
  RelationId id = 0;
  RelationType type = RelationType::MetWith;
};

class KnowledgeGraph {
 public:
  using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeRef,
                                                   boost::no_property, std::uint32_t, std::uint32_t>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  // The topology over every entity and relation added so far. Rebuilt here
  // after additions, so not safe to call concurrently with itself or them.
  const Graph& graph() const;
  // Builds the topology now and gives back the tables' spare capacity: for
  // when a graph is complete (loaded, built) and queries come next.
  void compact();
  std::size_t num_entities() const { return entities_.size(); }
  std::size_t num_relations() const { return relations_.size(); }
  const Entity& entity(Vertex v) const { return entities_[v]; }
  // e must come from graph() called after the last addition.
  RelationId relation_id(Edge e) const { return graph_[e].id; }
  RelationType relation_type(Edge e) const { return graph_[e].type; }
  const Relation& relation(Edge e) const { return relations_[relation_id(e)]; }
  const Relation& relation(RelationId id) const { return relations_[id]; }
  EvidenceRange evidence(Edge e) const { return evidence(relation_id(e)); }
  EvidenceRange evidence(RelationId id) const;
  std::size_t num_evidence() const { return evidence_.size(); }
  // Heap bytes held by strings: entity names and aliases, evidence sentences.
  std::size_t string_bytes() const;

  // Documents. add_document returns the index of the new document. Ids are
  // unique in a graph: an id already taken gets "~2", "~3", ... appended
  // (a second article from stdin, two folders' index.html).
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

  // Relations: a relation of the same type between the same ends (either
  // order for symmetric types) gains the evidence; otherwise a new one is
  // added. Symmetric relations are stored with the smaller vertex as source.
  RelationId add_relation(Vertex source, Vertex target, RelationType type, EdgeEvidence evidence,
                          std::string_view what = {}, std::string_view role = {});
  // The same without evidence (for graph files that carry none).
  RelationId add_relation(Vertex source, Vertex target, RelationType type, Modality modality, float confidence,
                          std::string_view what = {}, std::string_view role = {});
  std::optional<RelationId> find_relation(Vertex source, Vertex target, RelationType type) const;

  // Total order on edges used by every writer: by source, target, type.
  std::vector<Edge> sorted_edges() const;

 private:
  friend class EvidenceRange;
  friend class EvidenceRange::iterator;
  friend class GraphSnapshot;  // io/snapshot.cpp: the binary graph file reads and writes the tables whole

  struct EvidenceRecord {
    std::uint32_t doc = 0;
    std::uint32_t sentence = 0;
    Span span;
    StringArena::Ref text;                // in texts_
    std::uint32_t next = Relation::kNone;  // the relation's next evidence
    float confidence = 1.0f;
    Modality modality = Modality::Occurred;
    Interned rule;
  };
  static_assert(sizeof(EvidenceRecord) <= 48, "EvidenceRecord grew: check the benchmark's bytes per relation");

  // Relations added since graph_ was built: their ends in RelationId order,
  // and an open-addressing index (source, target, type) -> RelationId (one
  // probe sequence in a flat array, no allocation per relation).
  class PendingEdges {
   public:
    std::optional<RelationId> find(Vertex source, Vertex target, RelationType type) const;
    void add(Vertex source, Vertex target, RelationType type, RelationId id);  // not already there
    const std::vector<std::pair<Vertex, Vertex>>& ends() const { return ends_; }
    void clear();  // and release the memory

   private:
    static constexpr RelationId kEmpty = std::numeric_limits<RelationId>::max();
    struct Slot {
      Vertex source = 0;
      Vertex target = 0;
      RelationId id = kEmpty;
      RelationType type = RelationType::MetWith;
    };
    std::size_t home(Vertex source, Vertex target, RelationType type) const;
    void place(const Slot& s);
    std::vector<std::pair<Vertex, Vertex>> ends_;
    std::vector<Slot> slots_;  // size 0 or a power of two, at most half full
  };

  // Evidence already recorded for the current document (the one of the
  // latest evidence added): (relation, span) pairs, and the relations whose
  // pairs for that document are all there. Cleared when the document changes,
  // so the duplicate check costs O(1) instead of a walk along the chain.
  struct RecentKey {
    RelationId relation;
    Span span;
    friend bool operator==(const RecentKey&, const RecentKey&) = default;
  };
  struct RecentKeyHash {
    std::size_t operator()(const RecentKey& k) const;
  };
  bool is_duplicate(RelationId id, std::uint32_t doc, Span span);
  bool chain_has(RelationId id, std::uint32_t doc, Span span) const;

  void index_name(std::string_view name, Vertex v);
  // graph_ from every relation's ends (indexed by RelationId), in O(V + E).
  void build_topology(const std::vector<std::pair<Vertex, Vertex>>& ends) const;
  std::optional<RelationId> find_directed(Vertex source, Vertex target, RelationType type) const;
  EvidenceView view(std::uint32_t record) const;

  std::vector<Entity> entities_;
  std::vector<Relation> relations_;
  std::vector<EvidenceRecord> evidence_;
  StringArena texts_;
  std::vector<DocumentInfo> documents_;
  std::unordered_map<std::string, std::uint32_t> doc_by_hash_;
  std::unordered_set<std::string> doc_ids_;
  std::unordered_multimap<std::string, Vertex> by_key_;
  // The name index of a graph loaded from a snapshot: (key, vertex) pairs
  // sorted by key, the keys packed in one string, so loading it is three
  // array copies. Names added afterwards go to by_key_; lookups ask both.
  struct SortedKeys {
    std::string bytes;
    std::vector<std::uint32_t> offsets;  // key i is bytes[offsets[i], offsets[i + 1])
    std::vector<Vertex> vertices;
    std::size_t size() const { return vertices.size(); }
    std::string_view key(std::size_t i) const { return std::string_view(bytes).substr(offsets[i], offsets[i + 1] - offsets[i]); }
    std::pair<std::size_t, std::size_t> equal_range(std::string_view key) const;
  };
  SortedKeys sorted_keys_;
  std::uint32_t recent_doc_ = Relation::kNone;
  std::unordered_set<RelationId> recent_relations_;
  std::unordered_set<RecentKey, RecentKeyHash> recent_spans_;

  // Topology: graph_ holds relations [0, pending_first_), pending_ the rest.
  mutable Graph graph_;
  mutable RelationId pending_first_ = 0;
  mutable PendingEdges pending_;
  // The built relations by (source, target, type), made the first time a
  // look-up would scan more than kScanLimit edges of a hub (kg add or kg merge
  // -g on a loaded graph: "United States sanctions Iran" again), so that
  // merging into a big graph stays O(1) per fact. Dropped on each rebuild.
  static constexpr std::size_t kScanLimit = 64;
  mutable PendingEdges built_index_;
  mutable bool built_indexed_ = false;
  mutable bool stale_ = false;  // entities or relations were added since graph_ was built
};

inline EvidenceView EvidenceRange::iterator::operator*() const { return g_->view(at_); }
inline EvidenceRange::iterator& EvidenceRange::iterator::operator++() {
  at_ = at_ == last_ ? std::numeric_limits<std::uint32_t>::max() : g_->evidence_[at_].next;
  return *this;
}
inline EvidenceRange::iterator EvidenceRange::begin() const {
  if (last_ == std::numeric_limits<std::uint32_t>::max()) return end();
  return {g_, g_->evidence_[last_].next, last_};
}

}  // namespace kg
