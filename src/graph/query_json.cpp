// The JSON pieces shared by the query answers.
#include "query_json.hpp"

#include "kg/text.hpp"

namespace kg::json {

void entity(Writer& w, const KnowledgeGraph& g, KnowledgeGraph::Vertex v) {
  w.StartObject();
  w.Key("id");
  w.Uint64(v);
  io::put(w, "name", g.entity(v).name);
  io::put(w, "type", to_string(g.entity(v).type));
  w.EndObject();
}

void resolution(Writer& w, const KnowledgeGraph& g, const Resolution& r) {
  w.StartObject();
  w.Key("id");
  w.Uint64(r.vertex);
  io::put(w, "name", g.entity(r.vertex).name);
  io::put(w, "type", to_string(g.entity(r.vertex).type));
  io::put(w, "matched_by", r.how);
  w.Key("also_matched");
  std::vector<std::string> names;
  for (auto v : r.others) names.push_back(g.entity(v).name);
  strings(w, names);
  w.EndObject();
}

void evidence(Writer& w, const KnowledgeGraph& g, const EvidenceView& ev) {
  w.StartObject();
  if (ev.doc < g.documents().size()) {
    const DocumentInfo& d = g.documents()[ev.doc];
    io::put(w, "doc", d.id);
    io::put(w, "title", d.title);
    io::put(w, "date", d.date);
  }
  w.Key("sentence");
  w.Uint(ev.sentence);
  io::put(w, "text", readable_sentence(ev.text));
  w.Key("headline");
  w.Bool(is_headline(g, ev));
  io::put_number(w, "confidence", ev.confidence);
  io::put(w, "modality", to_string(ev.modality));
  w.EndObject();
}

void edge_facts(Writer& w, const KnowledgeGraph& g, KnowledgeGraph::Edge e, const PathFilter& filter) {
  const Relation& rel = g.relation(e);
  io::put_number(w, "confidence", rel.confidence);
  io::put(w, "modality", to_string(rel.modality));
  if (!rel.what.empty()) io::put(w, "what", rel.what);
  if (!rel.role.empty()) io::put(w, "role", rel.role);
  w.Key("evidence_count");
  w.Uint64(allowed_evidence_count(g, e, filter));
  w.Key("best_evidence");
  if (const auto ev = best_evidence(g, e, filter)) evidence(w, g, *ev);
  else w.Null();
}

void strings(Writer& w, const std::vector<std::string>& items) {
  w.StartArray();
  for (const auto& s : items) io::value(w, s);
  w.EndArray();
}

}  // namespace kg::json
