// A focus view as a graph of its own: kept vertices and edges, all documents.
#include "kg/export.hpp"

namespace kg {

KnowledgeGraph select_subgraph(const KnowledgeGraph& g, const Selection& selection) {
  KnowledgeGraph out;
  for (const auto& d : g.documents()) out.add_document(d);
  const auto& graph = g.graph();
  std::vector<KnowledgeGraph::Vertex> map(g.num_entities());
  std::vector<bool> kept(g.num_entities(), false);
  for (KnowledgeGraph::Vertex v = 0; v < g.num_entities(); ++v) {
    if (!selection.keep_node.empty() && !selection.keep_node[v]) continue;
    kept[v] = true;
    map[v] = out.add_entity(g.entity(v));
  }
  for (const auto& e : g.sorted_edges()) {
    const auto s = boost::source(e, graph), t = boost::target(e, graph);
    if (!kept[s] || !kept[t] || (selection.keep_edge && !selection.keep_edge(e))) continue;
    const Relation& r = g.relation(e);
    if (r.evidence_count() == 0) {
      out.add_relation(map[s], map[t], r.type, r.modality, r.confidence, r.what, r.role);
      continue;
    }
    for (const EvidenceView ev : g.evidence(e))
      out.add_relation(map[s], map[t], r.type,
                       EdgeEvidence{ev.doc, ev.sentence, ev.span, std::string(ev.text), ev.modality, ev.confidence, ev.rule},
                       r.what, r.role);
  }
  return out;
}

}  // namespace kg
