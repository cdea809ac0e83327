// Paths as text: one arrow line per path, then evidence per hop.
#include <sstream>

#include "kg/query_format.hpp"
#include "kg/text.hpp"

namespace kg {

using Vertex = KnowledgeGraph::Vertex;

std::string entity_label(const KnowledgeGraph& g, Vertex v) {
  const Entity& e = g.entity(v);
  return e.name + " (" + std::string(to_string(e.type)) + ")";
}

namespace {

// " —rel→ " or " ←rel— ".
std::string arrow(const KnowledgeGraph& g, const Hop& h) {
  const std::string rel(to_string(g.relation(h.edge).type));
  return h.forward ? " \u2014" + rel + "\u2192 " : " \u2190" + rel + "\u2014 ";
}

Vertex other_end(const KnowledgeGraph& g, const Hop& h) {
  return h.forward ? boost::target(h.edge, g.graph()) : boost::source(h.edge, g.graph());
}

}  // namespace

std::string path_line(const KnowledgeGraph& g, const Path& p) {
  std::string out = g.entity(p.start).name;
  for (const Hop& h : p.hops) out += arrow(g, h) + g.entity(other_end(g, h)).name;
  return out;
}

std::string hop_line(const KnowledgeGraph& g, const Hop& h, Vertex from) {
  return g.entity(from).name + arrow(g, h) + g.entity(other_end(g, h)).name;
}

std::string evidence_line(const KnowledgeGraph& g, const EvidenceView& ev) {
  std::string out = "\"" + readable_sentence(ev.text) + "\"";
  if (ev.doc < g.documents().size()) {
    const DocumentInfo& d = g.documents()[ev.doc];
    out += " \u2014 ";
    // The title once: a headline quoted as evidence is not followed by itself.
    if (is_headline(g, ev)) out += "headline of " + d.id;
    else out += d.title.empty() ? d.id : d.title + " (" + d.id + ")";
    if (!d.date.empty()) out += ", " + d.date;
  }
  if (ev.modality != Modality::Occurred) out += " [" + std::string(to_string(ev.modality)) + "]";
  return out;
}

void write_path_text(std::ostream& out, const KnowledgeGraph& g, const Path& p, const PathFilter& filter,
                     EvidenceMode mode) {
  out << path_line(g, p) << "\n";
  if (mode == EvidenceMode::None) return;
  Vertex at = p.start;
  for (const Hop& h : p.hops) {
    out << "  " << hop_line(g, h, at) << "\n";
    if (mode == EvidenceMode::Best) {
      if (const auto ev = best_evidence(g, h.edge, filter)) {
        out << "    " << evidence_line(g, *ev);
        const std::size_t n = allowed_evidence_count(g, h.edge, filter);
        if (n > 1) out << " (+" << n - 1 << " more)";
        out << "\n";
      } else {
        out << "    (no evidence recorded)\n";
      }
    } else {
      bool any = false;
      for (const EvidenceView ev : g.evidence(h.edge))
        if (evidence_allowed(g, ev, filter)) {
          out << "    " << evidence_line(g, ev) << "\n";
          any = true;
        }
      if (!any) out << "    (no evidence recorded)\n";
    }
    at = other_end(g, h);
  }
}

}  // namespace kg
