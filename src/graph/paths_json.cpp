// Path answers as JSON (schema in docs/QUERY.md), written with RapidJSON.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "kg/query_format.hpp"

namespace kg {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Vertex = KnowledgeGraph::Vertex;

void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void key_str(Writer& w, const char* k, std::string_view s) {
  w.Key(k);
  str(w, s);
}

void entity(Writer& w, const KnowledgeGraph& g, Vertex v) {
  w.StartObject();
  w.Key("id");
  w.Uint64(v);
  key_str(w, "name", g.entity(v).name);
  key_str(w, "type", to_string(g.entity(v).type));
  w.EndObject();
}

void resolution(Writer& w, const KnowledgeGraph& g, const Resolution& r) {
  w.StartObject();
  w.Key("id");
  w.Uint64(r.vertex);
  key_str(w, "name", g.entity(r.vertex).name);
  key_str(w, "type", to_string(g.entity(r.vertex).type));
  key_str(w, "matched_by", r.how);
  w.Key("also_matched");
  w.StartArray();
  for (Vertex v : r.others) str(w, g.entity(v).name);
  w.EndArray();
  w.EndObject();
}

void evidence(Writer& w, const KnowledgeGraph& g, const EvidenceView& ev) {
  w.StartObject();
  if (ev.doc < g.documents().size()) {
    const DocumentInfo& d = g.documents()[ev.doc];
    key_str(w, "doc", d.id);
    key_str(w, "title", d.title);
    key_str(w, "date", d.date);
  }
  w.Key("sentence");
  w.Uint(ev.sentence);
  key_str(w, "text", ev.text);
  w.Key("confidence");
  w.Double(ev.confidence);
  key_str(w, "modality", to_string(ev.modality));
  w.EndObject();
}

void hop(Writer& w, const KnowledgeGraph& g, const Hop& h, Vertex from, const PathFilter& f, EvidenceMode mode) {
  const auto& gr = g.graph();
  const Relation& r = g.relation(h.edge);
  w.StartObject();
  w.Key("from");
  w.Uint64(from);
  w.Key("to");
  w.Uint64(h.forward ? boost::target(h.edge, gr) : boost::source(h.edge, gr));
  key_str(w, "relation", to_string(r.type));
  key_str(w, "direction", h.forward ? "forward" : "backward");
  w.Key("source");
  w.Uint64(boost::source(h.edge, gr));
  w.Key("target");
  w.Uint64(boost::target(h.edge, gr));
  w.Key("confidence");
  w.Double(r.confidence);
  key_str(w, "modality", to_string(r.modality));
  if (!r.what.empty()) key_str(w, "what", r.what);
  if (!r.role.empty()) key_str(w, "role", r.role);
  w.Key("evidence_count");
  w.Uint64(allowed_evidence_count(g, h.edge, f));
  w.Key("evidence");
  w.StartArray();
  if (mode == EvidenceMode::Best) {
    if (const auto ev = best_evidence(g, h.edge, f)) evidence(w, g, *ev);
  } else if (mode == EvidenceMode::All) {
    for (const EvidenceView ev : g.evidence(h.edge))
      if (evidence_allowed(g, ev, f)) evidence(w, g, ev);
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string paths_to_json(const KnowledgeGraph& g, const PathAnswer& a, const PathFilter& f, EvidenceMode mode) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("from");
  resolution(w, g, a.from);
  w.Key("to");
  resolution(w, g, a.to);
  key_str(w, "mode", a.mode);
  key_str(w, "ranking", "fewer hops, then more evidence, then higher confidence");
  w.Key("total");
  w.Uint64(a.total);
  w.Key("total_is_lower_bound");
  w.Bool(a.total_is_lower_bound);
  w.Key("paths");
  w.StartArray();
  for (const Path& p : a.paths) {
    const PathScore s = score_path(g, p, f);
    w.StartObject();
    w.Key("length");
    w.Uint64(p.hops.size());
    w.Key("evidence");
    w.Uint64(s.evidence);
    w.Key("confidence");
    w.Double(s.confidence);
    key_str(w, "text", path_line(g, p));
    w.Key("nodes");
    w.StartArray();
    for (Vertex v : path_vertices(g, p)) entity(w, g, v);
    w.EndArray();
    w.Key("hops");
    w.StartArray();
    Vertex at = p.start;
    for (const Hop& h : p.hops) {
      hop(w, g, h, at, f, mode);
      at = h.forward ? boost::target(h.edge, g.graph()) : boost::source(h.edge, g.graph());
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace kg
