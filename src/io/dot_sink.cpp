// DOT writer: a digraph (never strict: it would merge relations) with every id
// and value quoted, shape and colour by entity type, a legend, and a layout
// engine chosen by size.
#include <ostream>
#include <unordered_set>

#include "io/escape.hpp"
#include "kg/export.hpp"

namespace kg {
namespace {

// "Senate Foreign Relations\nCommittee": a name longer than 16 bytes on two
// lines, broken at the space nearest its middle.
std::string two_lines(std::string_view name) {
  std::string out(name);
  if (name.size() <= 16) return out;
  const auto from_middle = [&](std::size_t i) { return i > name.size() / 2 ? i - name.size() / 2 : name.size() / 2 - i; };
  std::size_t best = std::string_view::npos;
  for (std::size_t i = name.find(' '); i != std::string_view::npos; i = name.find(' ', i + 1))
    if (best == std::string_view::npos || from_middle(i) < from_middle(best)) best = i;
  if (best != std::string_view::npos) out[best] = '\n';
  return out;
}

class DotSink final : public GraphSink {
 public:
  DotSink(std::ostream& out, const DotOptions& options, std::string title)
      : buf_(out), options_(options), title_(std::move(title)) {}

  void begin_graph(const GraphInfo& info) override {
    std::string& o = buf_.text;
    const bool small = info.nodes <= options_.dot_max_nodes;
    o += "// kg knowledge graph: ";
    io::append_int(o, static_cast<std::int64_t>(info.nodes));
    o += " entities, ";
    io::append_int(o, static_cast<std::int64_t>(info.edges));
    o += " relations.\n// layout=";
    o += small ? "dot" : "sfdp";
    o += ": dot for up to ";
    io::append_int(o, static_cast<std::int64_t>(options_.dot_max_nodes));
    o += " nodes; above that sfdp (dot takes minutes on a few hundred labelled nodes, sfdp a second).\n"
         "// Render: dot -Tsvg FILE -o FILE.svg (the layout attribute picks the engine).\n"
         "digraph \"kg\" {\n  graph [charset=\"UTF-8\", layout=";
    if (small) o += options_.left_to_right ? "\"dot\", rankdir=\"LR\"" : "\"dot\", rankdir=\"TB\"";
    else o += "\"sfdp\", overlap=\"prism\", outputorder=\"edgesfirst\"";
    if (options_.edge_xlabels) o += ", forcelabels=\"true\"";
    if (options_.compact && small) o += ", ranksep=\"0.2\"";
    if (!title_.empty()) {
      o += ", label=";
      io::append_dot_string(o, title_);
      o += ", labelloc=\"t\"";
    }
    o += "];\n  node [style=\"filled\", ";
    if (options_.compact) o += "margin=\"0.05,0.02\", ";
    o += "fontsize=\"";
    io::append_double(o, 10 * options_.font_scale);
    o += "\"];\n  edge [fontsize=\"";
    io::append_double(o, 8 * options_.font_scale);
    o += "\", color=\"#555555\", fontcolor=\"#333333\"];\n";
    if (options_.legend && !info.entity_types.empty()) write_legend(info.entity_types);
    ids_.resize(info.graph.num_entities());
  }

  void node(const NodeItem& n) override {
    std::string& o = buf_.text;
    const auto& style = entity_style(n.entity.type);
    std::string& id = ids_[n.vertex];
    id = unique_id(n.entity.name);
    o += "  ";
    io::append_dot_string(o, id);
    o += " [label=";
    io::append_dot_string(o, options_.compact ? two_lines(n.entity.name) : n.entity.name);
    o += ", shape=";
    io::append_dot_string(o, style.shape);
    o += ", fillcolor=";
    io::append_dot_string(o, style.color);
    o += ", tooltip=";
    scratch_.assign(to_string(n.entity.type));
    scratch_ += ", ";
    io::append_int(scratch_, n.entity.mentions);
    scratch_ += n.entity.mentions == 1 ? " mention" : " mentions";
    io::append_dot_string(o, scratch_);
    o += "];\n";
    buf_.maybe_flush();
  }

  void edge(const EdgeItem& e) override {
    std::string& o = buf_.text;
    o += "  ";
    io::append_dot_string(o, ids_[e.source]);
    o += " -> ";
    io::append_dot_string(o, ids_[e.target]);
    o += options_.edge_xlabels ? " [xlabel=" : " [label=";
    io::append_dot_string(o, e.attrs[kEdgeLabel].text);
    if (e.attrs[kEdgeEvidence].present) {
      o += ", tooltip=";
      io::append_dot_string(o, e.attrs[kEdgeEvidence].text);
    }
    const std::size_t reports = e.evidence.size();
    if (reports > 1) {
      o += ", penwidth=\"";
      io::append_double(o, reports >= 5 ? 3.0 : 1.0 + 0.5 * static_cast<double>(reports - 1));
      o += "\"";
    }
    if (e.relation.modality != Modality::Occurred) o += ", style=\"dashed\"";  // planned or hypothetical
    if (is_symmetric(e.relation.type)) o += ", dir=\"none\"";                    // met_with has no direction
    o += "];\n";
    buf_.maybe_flush();
  }

  void end_graph() override {
    buf_.text += "}\n";
    buf_.flush();
  }

 private:
  // The legend: one boxed cluster holding one node whose table explains the
  // node shapes and colours and the edge styles. One node, so no layout
  // engine (sfdp ignores clusters) can scatter it among the entities. Its id
  // is reserved first, so an entity called "legend" gets a suffixed id.
  void write_legend(const std::vector<EntityType>& types) {
    std::string& o = buf_.text;
    scratch_.clear();
    io::append_double(scratch_, 9 * options_.font_scale);
    o += "  subgraph \"cluster_legend\" {\n"
         "    graph [label=\"legend\", style=\"rounded\", color=\"#888888\", fontsize=\"" + scratch_ + "\"];\n    ";
    io::append_dot_string(o, unique_id("legend"));
    o += " [shape=\"plaintext\", style=\"\", fontsize=\"" + scratch_ + "\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
         "CELLSPACING=\"2\">";
    for (EntityType t : types) {
      const auto& style = entity_style(t);
      o += "<TR><TD BGCOLOR=\"";
      o += style.color;
      o += "\" WIDTH=\"14\"> </TD><TD ALIGN=\"LEFT\">";
      o += to_string(t);
      o += " (";
      o += style.shape;
      o += ")</TD></TR>";
    }
    o += "<TR><TD>&#8594;</TD><TD ALIGN=\"LEFT\">relation, subject to object</TD></TR>"
         "<TR><TD>- - &#8594;</TD><TD ALIGN=\"LEFT\">dashed: planned or hypothetical</TD></TR>"
         "<TR><TD>&#8212;</TD><TD ALIGN=\"LEFT\">no arrowhead: met_with</TD></TR>"
         "<TR><TD><B>&#8594;</B></TD><TD ALIGN=\"LEFT\">thicker: reported more often</TD></TR>"
         "</TABLE>>];\n  }\n";
  }

  // Names are ids when unique; a repeated name gets " (2)", " (3)"...
  std::string unique_id(const std::string& raw) {
    std::string scratch;
    const std::string name(io::clean_text(raw, scratch));  // ids compare as Graphviz sees them
    if (used_.insert(name).second) return name;
    for (int i = 2;; ++i) {
      std::string candidate = name + " (" + std::to_string(i) + ")";
      if (used_.insert(candidate).second) return candidate;
    }
  }

  io::Buffer buf_;
  DotOptions options_;
  std::string title_;
  std::vector<std::string> ids_;
  std::unordered_set<std::string> used_;
  std::string scratch_;
};

}  // namespace

std::unique_ptr<GraphSink> make_dot_sink(std::ostream& out, const DotOptions& options) {
  return std::make_unique<DotSink>(out, options, std::string{});
}

void write_dot(const KnowledgeGraph& g, std::ostream& out, const Selection& selection, const DotOptions& options) {
  DotSink sink(out, options, selection.title);
  export_graph(g, sink, selection);
}

}  // namespace kg
