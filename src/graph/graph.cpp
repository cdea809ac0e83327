// KnowledgeGraph: documents, entities with their name index, merged relations
// with chained evidence, and the CSR topology rebuilt after additions.
#include "kg/graph.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "kg/text.hpp"

namespace kg {

std::uint32_t KnowledgeGraph::add_document(DocumentInfo info) {
  const auto index = static_cast<std::uint32_t>(documents_.size());
  if (doc_ids_.contains(info.id)) {
    std::string id;
    for (std::uint32_t n = 2; id.empty() || doc_ids_.contains(id); ++n) id = info.id + "~" + std::to_string(n);
    info.id = std::move(id);
  }
  doc_ids_.insert(info.id);
  if (!info.hash.empty()) doc_by_hash_.emplace(info.hash, index);
  documents_.push_back(std::move(info));
  return index;
}

std::optional<std::uint32_t> KnowledgeGraph::find_document_by_hash(std::string_view hash) const {
  const auto it = doc_by_hash_.find(std::string(hash));
  if (it == doc_by_hash_.end()) return std::nullopt;
  return it->second;
}

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(Entity e) {
  if (entities_.size() >= std::numeric_limits<Vertex>::max()) throw std::length_error("too many entities");
  const auto v = static_cast<Vertex>(entities_.size());
  entities_.push_back(std::move(e));
  index_name(entities_[v].name, v);
  for (const auto& a : entities_[v].aliases) index_name(a, v);
  stale_ = true;
  return v;
}

std::pair<std::size_t, std::size_t> KnowledgeGraph::SortedKeys::equal_range(std::string_view k) const {
  std::size_t lo = 0, hi = size();
  while (lo < hi) {  // first key >= k
    const std::size_t mid = lo + (hi - lo) / 2;
    if (key(mid) < k) lo = mid + 1;
    else hi = mid;
  }
  std::size_t end = lo;
  while (end < size() && key(end) == k) ++end;
  return {lo, end};
}

void KnowledgeGraph::index_name(std::string_view name, Vertex v) {
  std::string key = loose_key(name);
  if (key.empty()) return;
  for (auto [i, end] = sorted_keys_.equal_range(key); i < end; ++i)
    if (sorted_keys_.vertices[i] == v) return;
  const auto [lo, hi] = by_key_.equal_range(key);
  for (auto it = lo; it != hi; ++it)
    if (it->second == v) return;
  by_key_.emplace(std::move(key), v);
}

void KnowledgeGraph::add_alias(Vertex v, std::string_view alias) {
  Entity& e = entities_[v];
  if (alias.empty() || alias == e.name) return;
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()) return;
  e.aliases.emplace_back(alias);
  index_name(alias, v);
}

void KnowledgeGraph::add_mentions(Vertex v, std::uint32_t count, std::uint32_t doc) {
  Entity& e = entities_[v];
  e.mentions += count;
  const auto it = std::lower_bound(e.documents.begin(), e.documents.end(), doc);
  if (it == e.documents.end() || *it != doc) e.documents.insert(it, doc);
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::find(std::string_view name) const {
  std::vector<Vertex> out;
  const std::string key = loose_key(name);
  for (auto [i, end] = sorted_keys_.equal_range(key); i < end; ++i) out.push_back(sorted_keys_.vertices[i]);
  const auto [lo, hi] = by_key_.equal_range(key);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::find(std::string_view name, EntityType type) const {
  for (Vertex v : find(name))
    if (entities_[v].type == type) return v;
  return std::nullopt;
}

// --- topology ----------------------------------------------------------------

// Rebuilds the CSR graph from the built edges and the pending ones, keeping
// each vertex's out-edges in the order their relations were added.
const KnowledgeGraph::Graph& KnowledgeGraph::graph() const {
  if (!stale_) return graph_;
  std::vector<std::pair<Vertex, Vertex>> ends(relations_.size());
  for (auto [it, end] = boost::edges(graph_); it != end; ++it)
    ends[graph_[*it].id] = {boost::source(*it, graph_), boost::target(*it, graph_)};
  std::copy(pending_.ends().begin(), pending_.ends().end(), ends.begin() + pending_first_);
  build_topology(ends);
  return graph_;
}

void KnowledgeGraph::build_topology(const std::vector<std::pair<Vertex, Vertex>>& ends) const {
  std::vector<EdgeRef> refs(relations_.size());
  for (RelationId r = 0; r < refs.size(); ++r) refs[r] = {r, relations_[r].type};
  graph_ = Graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), refs.begin(),
                 static_cast<Vertex>(entities_.size()));
  pending_first_ = static_cast<RelationId>(relations_.size());
  pending_.clear();
  built_index_.clear();
  built_indexed_ = false;
  stale_ = false;
}

void KnowledgeGraph::compact() {
  graph();
  entities_.shrink_to_fit();
  relations_.shrink_to_fit();
  evidence_.shrink_to_fit();
}

// Pending edges are found by hash. Among built edges, scans the shorter of
// source's out-edges and target's in-edges, so a fact about a hub ("United
// States") costs the degree of its other, usually small, end; when both ends
// are hubs, all built edges are indexed by hash once instead.
std::optional<RelationId> KnowledgeGraph::find_directed(Vertex source, Vertex target, RelationType type) const {
  if (const auto id = pending_.find(source, target, type)) return id;
  const auto built = boost::num_vertices(graph_);
  if (source >= built || target >= built) return std::nullopt;
  if (!built_indexed_ &&
      std::min(boost::out_degree(source, graph_), boost::in_degree(target, graph_)) > kScanLimit) {
    for (auto [it, end] = boost::edges(graph_); it != end; ++it)
      built_index_.add(boost::source(*it, graph_), boost::target(*it, graph_), graph_[*it].type, graph_[*it].id);
    built_indexed_ = true;
  }
  if (built_indexed_) return built_index_.find(source, target, type);
  if (boost::out_degree(source, graph_) <= boost::in_degree(target, graph_)) {
    for (auto [it, end] = boost::out_edges(source, graph_); it != end; ++it)
      if (boost::target(*it, graph_) == target && graph_[*it].type == type) return graph_[*it].id;
  } else {
    for (auto [it, end] = boost::in_edges(target, graph_); it != end; ++it)
      if (boost::source(*it, graph_) == source && graph_[*it].type == type) return graph_[*it].id;
  }
  return std::nullopt;
}

std::optional<RelationId> KnowledgeGraph::find_relation(Vertex source, Vertex target, RelationType type) const {
  if (auto r = find_directed(source, target, type)) return r;
  if (is_symmetric(type)) return find_directed(target, source, type);
  return std::nullopt;
}

std::vector<KnowledgeGraph::Edge> KnowledgeGraph::sorted_edges() const {
  const Graph& g = graph();
  std::vector<Edge> edges;
  edges.reserve(num_relations());
  for (auto [it, end] = boost::edges(g); it != end; ++it) edges.push_back(*it);
  std::sort(edges.begin(), edges.end(), [&](const Edge& a, const Edge& b) {
    return std::make_tuple(boost::source(a, g), boost::target(a, g), g[a].type) <
           std::make_tuple(boost::source(b, g), boost::target(b, g), g[b].type);
  });
  return edges;
}

// --- relations and evidence --------------------------------------------------

namespace {

int strength(Modality m) {
  switch (m) {
    case Modality::Occurred: return 2;
    case Modality::Planned: return 1;
    case Modality::Hypothetical: return 0;
  }
  return 0;
}

}  // namespace

RelationId KnowledgeGraph::add_relation(Vertex source, Vertex target, RelationType type, Modality modality,
                                        float confidence, std::string_view what, std::string_view role) {
  if (is_symmetric(type) && target < source) std::swap(source, target);
  RelationId id;
  if (auto found = find_relation(source, target, type)) {
    id = *found;
    Relation& r = relations_[id];
    // A relation with evidence takes its modality and confidence from its
    // evidence alone: that is what a graph file records and reads back.
    if (r.evidence_count_ == 0) {
      if (strength(modality) > strength(r.modality)) r.modality = modality;
      r.confidence = std::max(r.confidence, confidence);
    }
  } else {
    if (relations_.size() >= Relation::kNone) throw std::length_error("too many relations");
    id = static_cast<RelationId>(relations_.size());
    Relation r;
    r.type = type;
    r.modality = modality;
    r.confidence = std::max(r.confidence, confidence);
    relations_.push_back(r);
    pending_.add(source, target, type, id);
    stale_ = true;
  }
  Relation& r = relations_[id];
  if (r.what.empty()) r.what = what;
  if (r.role.empty()) r.role = role;
  return id;
}

std::size_t KnowledgeGraph::RecentKeyHash::operator()(const RecentKey& k) const {
  std::uint64_t h = (std::uint64_t{k.relation} << 32 | k.span.begin) * 0x9E3779B97F4A7C15ull;
  h ^= (h >> 29) + std::uint64_t{k.span.end} * 0xBF58476D1CE4E5B9ull;
  return static_cast<std::size_t>(h ^ (h >> 32));
}

bool KnowledgeGraph::chain_has(RelationId id, std::uint32_t doc, Span span) const {
  for (const EvidenceView ev : evidence(id))
    if (ev.doc == doc && ev.span == span) return true;
  return false;
}

// Whether the relation already holds evidence (doc, span). Documents arrive
// in order, so a relation's chain is sorted by document and a duplicate can
// only sit among the evidence of the current document: that is looked up in
// recent_spans_, in O(1). The chain is walked only when that order is broken
// (a hand-made graph file) or the current document's evidence for the
// relation predates the set (additions interleaved across documents).
bool KnowledgeGraph::is_duplicate(RelationId id, std::uint32_t doc, Span span) {
  Relation& r = relations_[id];
  if (doc != recent_doc_) {
    if (recent_spans_.bucket_count() > 4096) {  // one huge document must not make every clear() slow
      recent_spans_ = {};
      recent_relations_ = {};
    } else {
      recent_spans_.clear();
      recent_relations_.clear();
    }
    recent_doc_ = doc;
  }
  if (r.last_evidence_ == Relation::kNone) {
    recent_relations_.insert(id);
    return false;
  }
  if (!r.docs_in_order_) return chain_has(id, doc, span);
  const std::uint32_t tail_doc = evidence_[r.last_evidence_].doc;
  if (doc > tail_doc) {
    recent_relations_.insert(id);
    return false;
  }
  if (doc < tail_doc) {
    if (chain_has(id, doc, span)) return true;
    r.docs_in_order_ = false;
    return false;
  }
  if (recent_relations_.insert(id).second)  // evidence of this document from before the set: take it in
    for (const EvidenceView ev : evidence(id))
      if (ev.doc == doc) recent_spans_.insert({id, ev.span});
  return recent_spans_.contains({id, span});
}

RelationId KnowledgeGraph::add_relation(Vertex source, Vertex target, RelationType type, EdgeEvidence evidence,
                                        std::string_view what, std::string_view role) {
  const RelationId id = add_relation(source, target, type, evidence.modality, evidence.confidence, what, role);
  if (is_duplicate(id, evidence.doc, evidence.span)) return id;
  {
    Relation& r = relations_[id];
    if (r.evidence_count_ == 0) {  // the first evidence replaces what an evidence-less link said
      r.modality = evidence.modality;
      r.confidence = evidence.confidence;
    } else {
      if (strength(evidence.modality) > strength(r.modality)) r.modality = evidence.modality;
      r.confidence = std::max(r.confidence, evidence.confidence);
    }
  }
  if (evidence_.size() >= Relation::kNone) throw std::length_error("too much evidence");
  Relation& r = relations_[id];
  EvidenceRecord rec;
  rec.doc = evidence.doc;
  rec.sentence = evidence.sentence;
  rec.span = evidence.span;
  rec.text = texts_.add(evidence.text);
  rec.confidence = evidence.confidence;
  rec.modality = evidence.modality;
  rec.rule = evidence.rule;
  const auto index = static_cast<std::uint32_t>(evidence_.size());
  // Appended after the tail, which points back to the head: O(1) per evidence.
  if (r.last_evidence_ == Relation::kNone) {
    rec.next = index;
  } else {
    rec.next = evidence_[r.last_evidence_].next;
    evidence_[r.last_evidence_].next = index;
  }
  evidence_.push_back(rec);
  r.last_evidence_ = index;
  recent_spans_.insert({id, evidence.span});
  ++r.evidence_count_;
  return id;
}

EvidenceRange KnowledgeGraph::evidence(RelationId id) const {
  const Relation& r = relations_[id];
  return {this, r.last_evidence_, r.evidence_count_};
}

EvidenceView KnowledgeGraph::view(std::uint32_t record) const {
  const EvidenceRecord& x = evidence_[record];
  return {x.doc, x.sentence, x.span, texts_.get(x.text), x.modality, x.confidence, x.rule};
}

std::size_t KnowledgeGraph::string_bytes() const {
  const auto heap = [](const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
  std::size_t n = texts_.block_bytes();
  for (const auto& e : entities_) {
    n += heap(e.name);
    for (const auto& a : e.aliases) n += heap(a);
  }
  return n;
}

}  // namespace kg
