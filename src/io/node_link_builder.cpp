// Adds node-link items to a KnowledgeGraph through its add_* API, buffering
// those that come before the keys they depend on.
#include "node_link_builder.hpp"

#include <algorithm>
#include <utility>

namespace kg::io {
namespace {

constexpr std::uint64_t kNotIndex = ~std::uint64_t{0};

// The number a canonical decimal id stands for ("0", "17"; not "017", "-1", "a").
std::uint64_t index_of(const std::string& id) {
  if (id.empty() || id.size() > 18 || (id[0] == '0' && id.size() > 1)) return kNotIndex;
  std::uint64_t n = 0;
  for (const char c : id) {
    if (c < '0' || c > '9') return kNotIndex;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

}  // namespace

void NodeLinkBuilder::add_document(DocumentInfo info) {
  std::string id = info.id;
  doc_index_.emplace(std::move(id), kg_.add_document(std::move(info)));
}

void NodeLinkBuilder::end_graph() {
  graph_done_ = true;
  flush();
}

void NodeLinkBuilder::add_node(NodeItem node) {
  if (graph_done_)
    apply(node);
  else
    pending_nodes_.push_back(std::move(node));
}

void NodeLinkBuilder::end_nodes() {
  nodes_done_ = true;
  flush();
}

void NodeLinkBuilder::add_link(LinkItem link, std::vector<EvidenceItem>& evidence) {
  if (can_add_links()) {
    apply(link, evidence.data(), evidence.size());
  } else {
    pending_links_.push_back({std::move(link), pending_evidence_.size(), evidence.size()});
    std::move(evidence.begin(), evidence.end(), std::back_inserter(pending_evidence_));
  }
  evidence.clear();
}

void NodeLinkBuilder::finish() {
  graph_done_ = nodes_done_ = true;
  flush();
}

void NodeLinkBuilder::flush() {
  if (graph_done_) {
    for (auto& n : pending_nodes_) apply(n);
    pending_nodes_ = {};
  }
  if (can_add_links()) {
    for (const auto& p : pending_links_) apply(p.link, pending_evidence_.data() + p.first_evidence, p.evidence_count);
    pending_links_ = {};
    pending_evidence_ = {};
  }
}

std::uint32_t NodeLinkBuilder::doc_of(const std::string& id) {
  const auto it = doc_index_.find(id);
  if (it != doc_index_.end()) return it->second;
  const auto index = kg_.add_document(DocumentInfo{id, {}, {}, {}, {}, {}, {}, {}});
  doc_index_.emplace(id, index);
  return index;
}

void NodeLinkBuilder::apply(NodeItem& node) {
  if (dense_ids_ && index_of(node.id) != by_position_.size()) {
    dense_ids_ = false;
    vertex_of_.reserve(by_position_.size() * 2);
    for (std::size_t i = 0; i < by_position_.size(); ++i) vertex_of_.emplace(std::to_string(i), by_position_[i]);
    by_position_ = {};
  }
  if (!dense_ids_ && vertex_of_.count(node.id))
    throw NodeLinkError{node.offset, "node " + std::to_string(node.index) + ": duplicate id '" + shown(node.id) + "'"};
  auto& docs = node.entity.documents;
  docs.reserve(node.documents.size());
  for (const auto& d : node.documents) docs.push_back(doc_of(d));
  std::sort(docs.begin(), docs.end());
  const auto v = kg_.add_entity(std::move(node.entity));
  if (dense_ids_)
    by_position_.push_back(v);
  else
    vertex_of_.emplace(std::move(node.id), v);
}

KnowledgeGraph::Vertex NodeLinkBuilder::vertex_of(const LinkItem& link, const std::string& id, const char* end) const {
  if (dense_ids_) {
    const std::uint64_t i = index_of(id);
    if (i < by_position_.size()) return by_position_[i];
  } else if (const auto it = vertex_of_.find(id); it != vertex_of_.end()) {
    return it->second;
  }
  throw NodeLinkError{link.offset,
                      "link " + std::to_string(link.index) + ": " + end + " '" + shown(id) + "' is not a node"};
}

void NodeLinkBuilder::apply(const LinkItem& link, EvidenceItem* evidence, std::size_t count) {
  const auto s = vertex_of(link, link.source, "source");
  const auto t = vertex_of(link, link.target, "target");
  if (count == 0) {
    kg_.add_relation(s, t, link.type, link.modality, link.confidence, link.what, link.role);
    return;
  }
  for (std::size_t i = 0; i < count; ++i) {
    EdgeEvidence ev = std::move(evidence[i].ev);
    ev.doc = doc_of(evidence[i].doc);
    kg_.add_relation(s, t, link.type, std::move(ev), link.what, link.role);
  }
}

}  // namespace kg::io
