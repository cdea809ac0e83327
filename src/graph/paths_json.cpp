// Path answers as JSON (schema in docs/QUERY.md), written with RapidJSON.
#include "kg/query_format.hpp"
#include "query_json.hpp"

namespace kg {
namespace {

using Vertex = KnowledgeGraph::Vertex;
using namespace kg::json;

void hop(Writer& w, const KnowledgeGraph& g, const Hop& h, Vertex from, const PathFilter& f, EvidenceMode mode) {
  const auto& gr = g.graph();
  const Relation& r = g.relation(h.edge);
  w.StartObject();
  w.Key("from");
  w.Uint64(from);
  w.Key("to");
  w.Uint64(h.forward ? boost::target(h.edge, gr) : boost::source(h.edge, gr));
  io::put(w, "relation", to_string(r.type));
  io::put(w, "direction", h.forward ? "forward" : "backward");
  w.Key("source");
  w.Uint64(boost::source(h.edge, gr));
  w.Key("target");
  w.Uint64(boost::target(h.edge, gr));
  io::put_number(w, "confidence", r.confidence);
  io::put(w, "modality", to_string(r.modality));
  if (!r.what.empty()) io::put(w, "what", r.what);
  if (!r.role.empty()) io::put(w, "role", r.role);
  w.Key("evidence_count");
  w.Uint64(allowed_evidence_count(g, h.edge, f));
  w.Key("evidence");
  w.StartArray();
  if (mode == EvidenceMode::Best) {
    if (const auto ev = best_evidence(g, h.edge, f)) json::evidence(w, g, *ev);
  } else if (mode == EvidenceMode::All) {
    for (const EvidenceView ev : g.evidence(h.edge))
      if (evidence_allowed(g, ev, f)) json::evidence(w, g, ev);
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
  json::resolution(w, g, a.from);
  w.Key("to");
  json::resolution(w, g, a.to);
  io::put(w, "mode", a.mode);
  io::put(w, "ranking", "fewer hops, then more evidence, then higher confidence");
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
    io::put_number(w, "confidence", s.confidence);
    io::put(w, "text", path_line(g, p));
    w.Key("nodes");
    w.StartArray();
    for (Vertex v : path_vertices(g, p)) json::entity(w, g, v);
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
