// Builds a KnowledgeGraph from node-link items handed over one at a time, in
// whatever order the file's keys come: streams them into the graph when it
// can, buffers them when "graph" or "nodes" has not been read yet.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph.hpp"
#include "kg/text.hpp"  // shown(): values quoted in messages

namespace kg::io {

// A semantic error at a byte offset of the input (npos: the whole file).
struct NodeLinkError {
  std::size_t offset;
  std::string message;
};

// A node as read: its entity has no documents yet (they are ids until the
// document table is complete).
struct NodeItem {
  std::size_t offset = 0;  // where the node's object starts
  std::uint32_t index = 0;
  std::string id;
  Entity entity;
  std::vector<std::string> documents;
};

// An evidence as read: ev.doc is set once the document table is complete.
struct EvidenceItem {
  std::string doc;
  EdgeEvidence ev;
};

// A link as read, validated except for its ends (which must be nodes).
struct LinkItem {
  std::size_t offset = 0;
  std::uint32_t index = 0;
  std::string source, target;
  RelationType type = RelationType::MetWith;
  Modality modality = Modality::Occurred;  // used when there is no evidence
  float confidence = 1.0f;
  std::string what, role;
};

// Builds into a graph the caller owns.
class NodeLinkBuilder {
 public:
  explicit NodeLinkBuilder(KnowledgeGraph& kg) : kg_(kg) {}

  // graph.documents entries, in file order.
  void add_document(DocumentInfo info);
  // "graph" is complete (or absent or not an object): the document table's
  // head is final, so nodes can be added.
  void end_graph();
  void add_node(NodeItem node);
  void end_nodes();
  // evidence is consumed (left empty).
  void add_link(LinkItem link, std::vector<EvidenceItem>& evidence);
  // At the end of the top-level object: adds what is still buffered.
  void finish();

 private:
  struct PendingLink {
    LinkItem link;
    std::size_t first_evidence = 0, evidence_count = 0;
  };

  bool can_add_links() const { return graph_done_ && nodes_done_; }
  void flush();
  void apply(NodeItem& node);
  void apply(const LinkItem& link, EvidenceItem* evidence, std::size_t count);
  std::uint32_t doc_of(const std::string& id);
  KnowledgeGraph::Vertex vertex_of(const LinkItem& link, const std::string& id, const char* end) const;

  KnowledgeGraph& kg_;
  std::unordered_map<std::string, std::uint32_t> doc_index_;
  // Node ids to vertices. While every node's id is its position (0, 1, 2...:
  // files kg writes) a vector does it; the first other id moves to the map.
  bool dense_ids_ = true;
  std::vector<KnowledgeGraph::Vertex> by_position_;
  std::unordered_map<std::string, KnowledgeGraph::Vertex> vertex_of_;
  bool graph_done_ = false, nodes_done_ = false;
  std::vector<NodeItem> pending_nodes_;
  std::vector<PendingLink> pending_links_;
  std::vector<EvidenceItem> pending_evidence_;
};

}  // namespace kg::io
