// GEXF 1.3 (or 1.2 for NetworkX 2.8) writer: Gephi's native format; edge kind = relation so Gephi never
// merges relations, viz colour/size, and a dynamic timeline from evidence dates.
#include <ostream>

#include "io/escape.hpp"
#include "kg/export.hpp"

namespace kg {
namespace {

std::string_view gexf_type(AttrType t) {
  switch (t) {
    case AttrType::String: return "string";
    case AttrType::Int: return "integer";
    case AttrType::Long: return "long";
    case AttrType::Double: return "double";
    case AttrType::Boolean: return "boolean";
    case AttrType::StringList: return "liststring";
  }
  return "string";
}

// Written as GEXF's own label/weight/viz, so not repeated as attributes.
bool native_node_attr(std::size_t i) { return i == kNodeLabel || i == kNodeColor || i == kNodeSize; }
bool native_edge_attr(std::size_t i) { return i == kEdgeLabel || i == kEdgeWeight; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

class GexfSink final : public GraphSink {
 public:
  GexfSink(std::ostream& out, GexfVersion version) : buf_(out), version_(version) {}

  void begin_graph(const GraphInfo& info) override {
    std::string& o = buf_.text;
    o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    o += version_ == GexfVersion::V1_2
             ? "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
               "version=\"1.2\">\n"
             : "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
    o += "  <meta>\n    <creator>kg</creator>\n    <description>knowledge graph: ";
    io::append_int(o, static_cast<std::int64_t>(info.nodes));
    o += " entities, ";
    io::append_int(o, static_cast<std::int64_t>(info.edges));
    o += " relations; edge kind = relation</description>\n  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
    declare("node", node_attributes(), native_node_attr);
    declare("edge", edge_attributes(), native_edge_attr);
    o += "    <nodes count=\"";
    io::append_int(o, static_cast<std::int64_t>(info.nodes));
    o += "\">\n";
    edges_ = info.edges;
  }

  void node(const NodeItem& n) override {
    std::string& o = buf_.text;
    o += "      <node id=\"n";
    io::append_int(o, static_cast<std::int64_t>(n.vertex));
    o += "\" label=\"";
    io::append_xml_attr(o, n.entity.name);
    o += "\">\n";
    values(node_attributes(), n.attrs, native_node_attr);
    spell(n.dates);
    const std::string_view hex = n.attrs[kNodeColor].text;  // "#rrggbb"
    o += "        <viz:color r=\"";
    io::append_int(o, hex_digit(hex[1]) * 16 + hex_digit(hex[2]));
    o += "\" g=\"";
    io::append_int(o, hex_digit(hex[3]) * 16 + hex_digit(hex[4]));
    o += "\" b=\"";
    io::append_int(o, hex_digit(hex[5]) * 16 + hex_digit(hex[6]));
    o += "\"/>\n        <viz:size value=\"";
    io::append_double(o, n.attrs[kNodeSize].real);
    o += "\"/>\n      </node>\n";
    buf_.maybe_flush();
  }

  void edge(const EdgeItem& e) override {
    std::string& o = buf_.text;
    if (!edges_open_) {
      o += "    </nodes>\n";
      open_edges();
    }
    o += "      <edge id=\"e";
    io::append_int(o, static_cast<std::int64_t>(e.index));
    o += "\" source=\"n";
    io::append_int(o, static_cast<std::int64_t>(e.source));
    o += "\" target=\"n";
    io::append_int(o, static_cast<std::int64_t>(e.target));
    o += "\" label=\"";
    io::append_xml_attr(o, e.attrs[kEdgeLabel].text);
    o += "\" kind=\"";
    io::append_xml_attr(o, e.attrs[kEdgeRelation].text);
    o += "\" weight=\"";
    io::append_double(o, e.attrs[kEdgeWeight].real);
    o += "\">\n";
    values(edge_attributes(), e.attrs, native_edge_attr);
    spell(e.dates);
    o += "      </edge>\n";
    buf_.maybe_flush();
  }

  void end_graph() override {
    std::string& o = buf_.text;
    if (!edges_open_) {
      o += "    </nodes>\n";
      open_edges();
    }
    o += "    </edges>\n  </graph>\n</gexf>\n";
    buf_.flush();
  }

 private:
  void open_edges() {
    std::string& o = buf_.text;
    o += "    <edges count=\"";
    io::append_int(o, static_cast<std::int64_t>(edges_));
    o += "\">\n";
    edges_open_ = true;
  }

  void declare(std::string_view cls, std::span<const AttrDecl> decls, bool (*native)(std::size_t)) {
    std::string& o = buf_.text;
    o += "    <attributes class=\"";
    o += cls;
    o += "\" mode=\"static\">\n";
    for (std::size_t i = 0; i < decls.size(); ++i) {
      if (native(i)) continue;
      // id = title: graphology uses the id as the attribute name, Gephi the title.
      o += "      <attribute id=\"";
      io::append_xml_attr(o, decls[i].name);
      o += "\" title=\"";
      io::append_xml_attr(o, decls[i].name);
      o += "\" type=\"";
      o += gexf_type(decls[i].type);
      o += "\"/>\n";
    }
    o += "    </attributes>\n";
  }

  void values(std::span<const AttrDecl> decls, std::span<const AttrValue> vals, bool (*native)(std::size_t)) {
    std::string& o = buf_.text;
    o += "        <attvalues>\n";
    for (std::size_t i = 0; i < decls.size(); ++i) {
      if (native(i) || !vals[i].present) continue;
      o += "          <attvalue for=\"";
      io::append_xml_attr(o, decls[i].name);
      o += "\" value=\"";
      const AttrValue& v = vals[i];
      switch (decls[i].type) {
        case AttrType::String: io::append_xml_attr(o, v.text); break;
        case AttrType::Int:
        case AttrType::Long: io::append_int(o, v.integer); break;
        case AttrType::Double: io::append_double(o, v.real); break;
        case AttrType::Boolean: o += v.boolean ? "true" : "false"; break;
        case AttrType::StringList:
          scratch_.clear();
          io::append_gexf_list(scratch_, v.list);
          io::append_xml_attr(o, scratch_);
          break;
      }
      o += "\"/>\n";
    }
    o += "        </attvalues>\n";
  }

  // Present from the first dated report on, so the timeline grows the story.
  void spell(std::span<const std::string_view> dates) {
    if (dates.empty()) return;
    std::string& o = buf_.text;
    o += "        <spells>\n          <spell start=\"";
    o += dates.front();
    o += "\"/>\n        </spells>\n";
  }

  io::Buffer buf_;
  GexfVersion version_;
  std::size_t edges_ = 0;
  bool edges_open_ = false;
  std::string scratch_;
};

}  // namespace

std::unique_ptr<GraphSink> make_gexf_sink(std::ostream& out, GexfVersion version) {
  return std::make_unique<GexfSink>(out, version);
}

void write_gexf(const KnowledgeGraph& g, std::ostream& out, const Selection& selection, GexfVersion version) {
  GexfSink sink(out, version);
  export_graph(g, sink, selection);
}

}  // namespace kg
