// Path filters, evidence choice and the ranking of equally short paths.
#include <algorithm>
#include <tuple>

#include "kg/query.hpp"
#include "kg/text.hpp"
#include "paths_search.hpp"

namespace kg {

using Vertex = KnowledgeGraph::Vertex;
using Edge = KnowledgeGraph::Edge;

Vertex path_end(const KnowledgeGraph& g, const Path& p) {
  if (p.hops.empty()) return p.start;
  const Hop& h = p.hops.back();
  return h.forward ? boost::target(h.edge, g.graph()) : boost::source(h.edge, g.graph());
}

std::vector<Vertex> path_vertices(const KnowledgeGraph& g, const Path& p) {
  std::vector<Vertex> out{p.start};
  for (const Hop& h : p.hops)
    out.push_back(h.forward ? boost::target(h.edge, g.graph()) : boost::source(h.edge, g.graph()));
  return out;
}

const std::string& evidence_date(const KnowledgeGraph& g, const EvidenceView& ev) {
  static const std::string none;
  return ev.doc < g.documents().size() ? g.documents()[ev.doc].date : none;
}

bool evidence_allowed(const KnowledgeGraph& g, const EvidenceView& ev, const PathFilter& f) {
  if (ev.confidence < f.min_confidence) return false;
  if (f.since.empty() && f.until.empty()) return true;
  const std::string& date = evidence_date(g, ev);
  if (date.empty()) return false;
  if (!f.since.empty() && date.compare(0, f.since.size(), f.since) < 0) return false;
  if (!f.until.empty() && date.compare(0, f.until.size(), f.until) > 0) return false;
  return true;
}

bool edge_allowed(const KnowledgeGraph& g, Edge e, const PathFilter& f) {
  const Relation& r = g.relation(e);
  if (!f.relations.empty() && std::find(f.relations.begin(), f.relations.end(), r.type) == f.relations.end())
    return false;
  if (r.evidence_count() == 0) return f.since.empty() && f.until.empty() && r.confidence >= f.min_confidence;
  if (f.since.empty() && f.until.empty() && r.confidence < f.min_confidence) return false;
  const EvidenceRange evidence = g.evidence(e);
  return std::any_of(evidence.begin(), evidence.end(),
                     [&](const EvidenceView& ev) { return evidence_allowed(g, ev, f); });
}

bool is_headline(const KnowledgeGraph& g, const EvidenceView& ev) {
  if (ev.doc >= g.documents().size() || g.documents()[ev.doc].title.empty()) return false;
  return collapse_spaces(ev.text) == collapse_spaces(g.documents()[ev.doc].title);
}

std::optional<EvidenceView> best_evidence(const KnowledgeGraph& g, Edge e, const PathFilter& f) {
  std::optional<EvidenceView> best;
  const auto key = [&](const EvidenceView& ev) {
    const std::string& date = evidence_date(g, ev);
    return std::make_tuple(!is_headline(g, ev), ev.confidence, ev.modality == Modality::Occurred, !date.empty(),
                           date);
  };
  for (const EvidenceView ev : g.evidence(e))
    if (evidence_allowed(g, ev, f) && (!best || key(ev) > key(*best))) best = ev;
  return best;
}

std::size_t allowed_evidence_count(const KnowledgeGraph& g, Edge e, const PathFilter& f) {
  const EvidenceRange evidence = g.evidence(e);
  return static_cast<std::size_t>(std::count_if(evidence.begin(), evidence.end(),
                                                [&](const EvidenceView& ev) { return evidence_allowed(g, ev, f); }));
}

PathScore score_path(const KnowledgeGraph& g, const Path& p, const PathFilter& f) {
  PathScore s;
  s.hops = p.hops.size();
  for (const Hop& h : p.hops) {
    const Relation& r = g.relation(h.edge);
    if (r.evidence_count() == 0) {
      s.confidence += r.confidence;
      continue;
    }
    float best = 0.0f;
    for (const EvidenceView ev : g.evidence(h.edge))
      if (evidence_allowed(g, ev, f)) {
        ++s.evidence;
        best = std::max(best, ev.confidence);
      }
    s.confidence += best;
  }
  return s;
}

void rank_paths(const KnowledgeGraph& g, std::vector<Path>& paths, const PathFilter& f) {
  struct Keyed {
    PathScore score;
    std::vector<std::string> names;
    Path path;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(paths.size());
  for (auto& p : paths) {
    std::vector<std::string> names;
    for (Vertex v : path_vertices(g, p)) names.push_back(g.entity(v).name);
    for (const Hop& h : p.hops) names.emplace_back(to_string(g.relation(h.edge).type));
    keyed.push_back({score_path(g, p, f), std::move(names), std::move(p)});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.score.hops != b.score.hops) return a.score.hops < b.score.hops;
    if (a.score.evidence != b.score.evidence) return a.score.evidence > b.score.evidence;
    if (a.score.confidence != b.score.confidence) return a.score.confidence > b.score.confidence;
    return a.names < b.names;
  });
  for (std::size_t i = 0; i < paths.size(); ++i) paths[i] = std::move(keyed[i].path);
}

namespace detail {

CompiledFilter::CompiledFilter(const KnowledgeGraph& g, const PathFilter& f) : g_(g), f_(f) {
  if (!f.relations.empty()) {
    relation_mask_ = 0;
    for (RelationType r : f.relations) relation_mask_ |= 1u << static_cast<unsigned>(r);
  }
  if (!f.via_types.empty()) {
    type_mask_ = 0;
    for (EntityType t : f.via_types) type_mask_ |= 1u << static_cast<unsigned>(t);
  }
  check_evidence_ = !f.since.empty() || !f.until.empty() || f.min_confidence > 0.0f;
  avoid_.insert(f.avoid.begin(), f.avoid.end());
}

bool CompiledFilter::edge_ok(Edge e) const {
  if (relation_mask_ == ~0u && !check_evidence_) return true;
  if (!(relation_mask_ & (1u << static_cast<unsigned>(g_.relation_type(e))))) return false;
  return !check_evidence_ || edge_allowed(g_, e, f_);
}

bool CompiledFilter::interior_ok(Vertex v) const {
  if (type_mask_ != ~0u && !(type_mask_ & (1u << static_cast<unsigned>(g_.entity(v).type)))) return false;
  return avoid_.empty() || !avoid_.contains(v);
}

}  // namespace detail
}  // namespace kg
