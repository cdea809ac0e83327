// GraphBuilder: one document's extraction merged into the graph.
#include "kg/builder.hpp"

#include "kg/text.hpp"

namespace kg {
namespace {

// Names that may identify an entity across documents: the canonical name and
// multi-word aliases. A bare surname ("Kim") is only trusted inside the
// document that introduced it.
bool is_cross_document_name(std::string_view name) { return name.find(' ') != std::string_view::npos; }

KnowledgeGraph::Vertex resolve(KnowledgeGraph& g, const ExtractedEntity& e) {
  if (auto v = g.find(e.name, e.type)) return *v;
  for (const auto& a : e.aliases)
    if (is_cross_document_name(a))
      if (auto v = g.find(a, e.type)) return *v;
  Entity fresh;
  fresh.name = e.name;
  fresh.type = e.type;
  return g.add_entity(std::move(fresh));
}

}  // namespace

bool add_to_graph(KnowledgeGraph& g, const DocumentFacts& facts) {
  if (!facts.doc.hash.empty() && g.find_document_by_hash(facts.doc.hash)) return false;
  const std::uint32_t doc = g.add_document(facts.doc);
  std::vector<KnowledgeGraph::Vertex> vertex_of;
  vertex_of.reserve(facts.entities.size());
  for (const auto& e : facts.entities) {
    const auto v = resolve(g, e);
    g.add_alias(v, e.name);
    for (const auto& a : e.aliases) g.add_alias(v, a);
    g.add_mentions(v, e.mentions, doc);
    vertex_of.push_back(v);
  }
  for (const auto& f : facts.facts) {
    const auto& ev = f.evidence;
    EdgeEvidence x{doc, ev.sentence, ev.span, ev.text, ev.modality, ev.confidence, ev.rule};
    g.add_relation(vertex_of.at(f.subject), vertex_of.at(f.object), f.relation, std::move(x), f.what, f.role);
  }
  return true;
}

}  // namespace kg
