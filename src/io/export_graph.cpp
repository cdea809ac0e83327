// The one traversal behind every export: nodes by vertex index, then edges in
// KnowledgeGraph::sorted_edges() order, each with its attribute values.
#include <algorithm>
#include <array>
#include <optional>

#include "io/escape.hpp"
#include "kg/export.hpp"

namespace kg {
namespace {

AttrValue text(std::string_view s) {
  AttrValue v;
  v.present = !s.empty();
  v.text = s;
  return v;
}
AttrValue integer(std::int64_t i) {
  AttrValue v;
  v.present = true;
  v.integer = i;
  return v;
}
AttrValue real(double d) {
  AttrValue v;
  v.present = true;
  v.real = d;
  return v;
}
AttrValue boolean(bool b) {
  AttrValue v;
  v.present = true;
  v.boolean = b;
  return v;
}
AttrValue list(const std::vector<std::string_view>& items) {
  AttrValue v;
  v.present = !items.empty();  // <data></data> reads as None in NetworkX
  v.list = items;
  return v;
}

void sort_unique(std::vector<std::string_view>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

void export_graph(const KnowledgeGraph& kg, GraphSink& sink, const Selection& selection) {
  const auto& g = kg.graph();
  const auto& docs = kg.documents();
  std::vector<std::string_view> doc_date(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) doc_date[i] = io::iso_date(docs[i].date);

  const std::size_t n = kg.num_entities();
  const auto kept = [&](std::size_t v) { return selection.keep_node.empty() || selection.keep_node[v]; };
  std::vector<KnowledgeGraph::Edge> edges;
  edges.reserve(kg.num_relations());
  for (const auto& e : kg.sorted_edges()) {
    if (!kept(boost::source(e, g)) || !kept(boost::target(e, g))) continue;
    if (selection.keep_edge && !selection.keep_edge(e)) continue;
    edges.push_back(e);
  }

  GraphInfo info{kg, 0, edges.size(), {}};
  std::array<bool, 8> type_seen{};
  for (std::size_t v = 0; v < n; ++v) {
    if (!kept(v)) continue;
    ++info.nodes;
    type_seen[static_cast<std::size_t>(kg.entity(static_cast<KnowledgeGraph::Vertex>(v)).type)] = true;
  }
  for (EntityType t : all_entity_types())
    if (type_seen[static_cast<std::size_t>(t)]) info.entity_types.push_back(t);
  sink.begin_graph(info);

  std::array<AttrValue, kNodeAttrCount> node_values;
  std::vector<std::string_view> aliases, doc_ids, dates;
  for (std::size_t v = 0; v < n; ++v) {
    if (!kept(v)) continue;
    const Entity& e = kg.entity(static_cast<KnowledgeGraph::Vertex>(v));
    aliases.assign(e.aliases.begin(), e.aliases.end());
    doc_ids.clear();
    dates.clear();
    for (auto d : e.documents) {
      if (d >= docs.size()) continue;
      doc_ids.push_back(docs[d].id);
      if (!doc_date[d].empty()) dates.push_back(doc_date[d]);
    }
    sort_unique(dates);
    node_values[kNodeLabel] = text(e.name);
    node_values[kNodeEntityType] = text(to_string(e.type));
    node_values[kNodeColor] = text(entity_style(e.type).color);
    node_values[kNodeSize] = real(node_size(e.mentions));
    node_values[kNodeAliases] = list(aliases);
    node_values[kNodeMentions] = integer(e.mentions);
    node_values[kNodeDocuments] = list(doc_ids);
    node_values[kNodeFirstDate] = text(dates.empty() ? std::string_view{} : dates.front());
    node_values[kNodeLastDate] = text(dates.empty() ? std::string_view{} : dates.back());
    sink.node(NodeItem{v, e, node_values, dates});
  }

  std::array<AttrValue, kEdgeAttrCount> edge_values;
  std::vector<std::uint32_t> doc_index;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& edge = edges[i];
    const Relation& r = kg.relation(edge);
    const EvidenceRange evidence = kg.evidence(edge);
    std::optional<EvidenceView> best;
    doc_index.clear();
    dates.clear();
    for (const EvidenceView ev : evidence) {
      if (!best || ev.confidence > best->confidence) best = ev;
      if (ev.doc >= docs.size()) continue;
      doc_index.push_back(ev.doc);
      if (!doc_date[ev.doc].empty()) dates.push_back(doc_date[ev.doc]);
    }
    std::sort(doc_index.begin(), doc_index.end());
    doc_index.erase(std::unique(doc_index.begin(), doc_index.end()), doc_index.end());
    doc_ids.clear();
    for (auto d : doc_index) doc_ids.push_back(docs[d].id);
    sort_unique(dates);
    const std::string_view relation = to_string(r.type);
    edge_values[kEdgeLabel] = text(relation);
    edge_values[kEdgeRelation] = text(relation);
    // Gephi's weight: how often the fact is reported (1 for a fact without evidence).
    edge_values[kEdgeWeight] = real(evidence.empty() ? 1.0 : static_cast<double>(evidence.size()));
    edge_values[kEdgeEvidenceCount] = integer(static_cast<std::int64_t>(evidence.size()));
    edge_values[kEdgeEvidence] = text(best ? best->text : std::string_view{});
    edge_values[kEdgeDocuments] = list(doc_ids);
    edge_values[kEdgeFirstDate] = text(dates.empty() ? std::string_view{} : dates.front());
    edge_values[kEdgeLastDate] = text(dates.empty() ? std::string_view{} : dates.back());
    edge_values[kEdgeModality] = text(to_string(r.modality));
    edge_values[kEdgeConfidence] = real(io::float_as_decimal(r.confidence));
    edge_values[kEdgeSymmetric] = boolean(is_symmetric(r.type));
    edge_values[kEdgeWhat] = text(r.what);
    edge_values[kEdgeRole] = text(r.role);
    sink.edge(EdgeItem{i, boost::source(edge, g), boost::target(edge, g), r, evidence, edge_values, dates});
  }
  sink.end_graph();
}

}  // namespace kg
