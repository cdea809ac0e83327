// KnowledgeGraph: documents, entities with their name index, merged relations.
#include "kg/graph.hpp"

#include <algorithm>
#include <tuple>

#include "kg/text.hpp"

namespace kg {

std::uint32_t KnowledgeGraph::add_document(DocumentInfo info) {
  const auto index = static_cast<std::uint32_t>(documents_.size());
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
  const Vertex v = boost::add_vertex(std::move(e), graph_);
  index_name(graph_[v].name, v);
  for (const auto& a : graph_[v].aliases) index_name(a, v);
  return v;
}

void KnowledgeGraph::index_name(std::string_view name, Vertex v) {
  std::string key = loose_key(name);
  if (key.empty()) return;
  const auto [lo, hi] = by_key_.equal_range(key);
  for (auto it = lo; it != hi; ++it)
    if (it->second == v) return;
  by_key_.emplace(std::move(key), v);
}

void KnowledgeGraph::add_alias(Vertex v, std::string_view alias) {
  Entity& e = graph_[v];
  if (alias.empty() || alias == e.name) return;
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()) return;
  e.aliases.emplace_back(alias);
  index_name(alias, v);
}

void KnowledgeGraph::add_mentions(Vertex v, std::uint32_t count, std::uint32_t doc) {
  Entity& e = graph_[v];
  e.mentions += count;
  const auto it = std::lower_bound(e.documents.begin(), e.documents.end(), doc);
  if (it == e.documents.end() || *it != doc) e.documents.insert(it, doc);
}

std::vector<KnowledgeGraph::Vertex> KnowledgeGraph::find(std::string_view name) const {
  std::vector<Vertex> out;
  const auto [lo, hi] = by_key_.equal_range(loose_key(name));
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::find(std::string_view name, EntityType type) const {
  for (Vertex v : find(name))
    if (graph_[v].type == type) return v;
  return std::nullopt;
}

// Scans the shorter of source's out-edges and target's in-edges, so a fact
// about a hub ("United States") costs the degree of its other, usually small,
// end rather than the hub's: merging a corpus stays near linear.
std::optional<KnowledgeGraph::Edge> KnowledgeGraph::find_directed(Vertex source, Vertex target,
                                                                  RelationType type) const {
  if (boost::out_degree(source, graph_) <= boost::in_degree(target, graph_)) {
    for (auto [it, end] = boost::out_edges(source, graph_); it != end; ++it)
      if (boost::target(*it, graph_) == target && graph_[*it].type == type) return *it;
  } else {
    for (auto [it, end] = boost::in_edges(target, graph_); it != end; ++it)
      if (boost::source(*it, graph_) == source && graph_[*it].type == type) return *it;
  }
  return std::nullopt;
}

std::optional<KnowledgeGraph::Edge> KnowledgeGraph::find_relation(Vertex source, Vertex target,
                                                                  RelationType type) const {
  if (auto e = find_directed(source, target, type)) return e;
  if (is_symmetric(type)) return find_directed(target, source, type);
  return std::nullopt;
}

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

KnowledgeGraph::Edge KnowledgeGraph::add_relation(Vertex source, Vertex target, RelationType type,
                                                  Modality modality, float confidence, std::string_view what,
                                                  std::string_view role) {
  if (is_symmetric(type) && target < source) std::swap(source, target);
  Edge e;
  if (auto found = find_relation(source, target, type)) {
    e = *found;
    Relation& r = graph_[e];
    if (strength(modality) > strength(r.modality)) r.modality = modality;
  } else {
    Relation r;
    r.type = type;
    r.modality = modality;
    e = boost::add_edge(source, target, std::move(r), graph_).first;
  }
  Relation& r = graph_[e];
  r.confidence = std::max(r.confidence, confidence);
  if (r.what.empty()) r.what = what;
  if (r.role.empty()) r.role = role;
  return e;
}

KnowledgeGraph::Edge KnowledgeGraph::add_relation(Vertex source, Vertex target, RelationType type,
                                                  EdgeEvidence evidence, std::string_view what,
                                                  std::string_view role) {
  const Edge e = add_relation(source, target, type, evidence.modality, evidence.confidence, what, role);
  Relation& r = graph_[e];
  const bool duplicate = std::any_of(r.evidence.begin(), r.evidence.end(), [&](const EdgeEvidence& x) {
    return x.doc == evidence.doc && x.span == evidence.span;
  });
  if (!duplicate) r.evidence.push_back(std::move(evidence));
  return e;
}

std::vector<KnowledgeGraph::Edge> KnowledgeGraph::sorted_edges() const {
  std::vector<Edge> edges;
  edges.reserve(num_relations());
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) edges.push_back(*it);
  std::sort(edges.begin(), edges.end(), [this](const Edge& a, const Edge& b) {
    return std::make_tuple(boost::source(a, graph_), boost::target(a, graph_), graph_[a].type) <
           std::make_tuple(boost::source(b, graph_), boost::target(b, graph_), graph_[b].type);
  });
  return edges;
}

}  // namespace kg
