// GraphML writer: Gephi/NetworkX/igraph/graphology-ready typed keys, synthetic
// ids, plus kg's exact payload (documents, evidence) so kg reads it back.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ostream>
#include <set>

#include "io/escape.hpp"
#include "io/graphml_names.hpp"
#include "kg/export.hpp"
#include "kg/store.hpp"

namespace kg {
namespace {

std::string_view graphml_type(AttrType t) {
  switch (t) {
    case AttrType::String: return "string";
    case AttrType::Int: return "int";
    case AttrType::Long: return "long";
    case AttrType::Double: return "double";
    case AttrType::Boolean: return "boolean";
    case AttrType::StringList: return "string";  // one delimited string: GraphML has no lists
  }
  return "string";
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

class GraphmlSink final : public GraphSink {
 public:
  explicit GraphmlSink(std::ostream& out) : buf_(out) {}

  void begin_graph(const GraphInfo& info) override {
    graph_ = &info.graph;
    std::string& o = buf_.text;
    o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    o += "  <!-- kg knowledge graph: ";
    append_int(info.nodes);
    o += " entities, ";
    append_int(info.edges);
    o += " relations. Gephi: choose \"Don't merge\" for parallel edges (docs/EXPORT.md). -->\n";
    key("kg_format", "graph", "kg_format", "string");
    key("kg_version", "graph", "kg_version", "int");
    key("kg_documents", "graph", "kg_documents", "string");
    for (const auto& d : node_attributes()) {
      node_keys_.emplace_back(d.name);
      key(d.name, "node", d.name, graphml_type(d.type));
    }
    for (const auto& d : edge_attributes()) {
      edge_keys_.push_back(io::graphml_edge_key(d.name));
      key(edge_keys_.back(), "edge", d.name, graphml_type(d.type));
    }
    key(io::kGraphmlEvidenceKey, "edge", io::kGraphmlEvidenceKey, "string");
    o += "  <graph id=\"G\" edgedefault=\"directed\">\n";
    // Graph data first: graphology reads only the leading <data> children.
    o += "    <data key=\"kg_format\">";
    o += io::kGraphmlFormat;
    o += "</data>\n    <data key=\"kg_version\">";
    append_int(kNodeLinkVersion);
    o += "</data>\n    <data key=\"kg_documents\">";
    io::append_xml_text(o, documents_json(info.graph));
    o += "</data>\n";
  }

  void node(const NodeItem& n) override {
    std::string& o = buf_.text;
    o += "    <node id=\"n";
    append_int(static_cast<std::int64_t>(n.vertex));
    o += "\">\n";
    data(node_attributes(), node_keys_, n.attrs);
    o += "    </node>\n";
    buf_.maybe_flush();
  }

  void edge(const EdgeItem& e) override {
    std::string& o = buf_.text;
    o += "    <edge id=\"e";
    append_int(static_cast<std::int64_t>(e.index));
    o += "\" source=\"n";
    append_int(static_cast<std::int64_t>(e.source));
    o += "\" target=\"n";
    append_int(static_cast<std::int64_t>(e.target));
    o += "\">\n";
    data(edge_attributes(), edge_keys_, e.attrs);
    if (!e.evidence.empty()) {
      o += "      <data key=\"";
      o += io::kGraphmlEvidenceKey;
      o += "\">";
      io::append_xml_text(o, evidence_json(e.evidence));
      o += "</data>\n";
    }
    o += "    </edge>\n";
    buf_.maybe_flush();
  }

  void end_graph() override {
    buf_.text += "  </graph>\n</graphml>\n";
    buf_.flush();
  }

 private:
  void append_int(std::int64_t v) { io::append_int(buf_.text, v); }

  void key(std::string_view id, std::string_view for_what, std::string_view name, std::string_view type) {
    std::string& o = buf_.text;
    o += "  <key id=\"";
    io::append_xml_attr(o, id);
    o += "\" for=\"";
    o += for_what;
    o += "\" attr.name=\"";
    io::append_xml_attr(o, name);
    o += "\" attr.type=\"";
    o += type;
    o += "\"/>\n";
  }

  void data(std::span<const AttrDecl> decls, const std::vector<std::string>& keys,
            std::span<const AttrValue> values) {
    std::string& o = buf_.text;
    for (std::size_t i = 0; i < decls.size(); ++i) {
      const AttrValue& v = values[i];
      if (!v.present) continue;
      o += "      <data key=\"";
      o += keys[i];
      o += "\">";
      switch (decls[i].type) {
        case AttrType::String: io::append_xml_text(o, v.text); break;
        case AttrType::Int:
        case AttrType::Long: append_int(v.integer); break;
        case AttrType::Double: io::append_double(o, v.real); break;
        case AttrType::Boolean: o += v.boolean ? "true" : "false"; break;
        case AttrType::StringList:
          scratch_.clear();
          io::append_delimited_list(scratch_, v.list);
          io::append_xml_text(o, scratch_);
          break;
      }
      o += "</data>\n";
    }
  }

  static std::string documents_json(const KnowledgeGraph& g) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartArray();
    for (const auto& d : g.documents()) {
      w.StartObject();
      const auto put = [&](const char* k, const std::string& v) {
        if (v.empty()) return;
        w.Key(k);
        json_string(w, v);
      };
      w.Key("id");
      json_string(w, d.id);
      put("source", d.source);
      put("title", d.title);
      put("date", d.date);
      put("url", d.url);
      put("author", d.author);
      put("site", d.site);
      put("hash", d.hash);
      w.EndObject();
    }
    w.EndArray();
    return {sb.GetString(), sb.GetSize()};
  }

  std::string evidence_json(const EvidenceRange& evidence) const {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    const auto& docs = graph_->documents();
    w.StartArray();
    for (const EvidenceView ev : evidence) {
      w.StartObject();
      w.Key("doc");
      json_string(w, ev.doc < docs.size() ? std::string_view(docs[ev.doc].id) : std::string_view{});
      w.Key("sentence");
      w.Uint(ev.sentence);
      w.Key("start");
      w.Uint(ev.span.begin);
      w.Key("end");
      w.Uint(ev.span.end);
      w.Key("text");
      json_string(w, ev.text);
      w.Key("modality");
      json_string(w, to_string(ev.modality));
      w.Key("confidence");
      w.Double(io::float_as_decimal(ev.confidence));
      if (!ev.rule.empty()) {
        w.Key("rule");
        json_string(w, ev.rule);
      }
      w.EndObject();
    }
    w.EndArray();
    return {sb.GetString(), sb.GetSize()};
  }

  io::Buffer buf_;
  const KnowledgeGraph* graph_ = nullptr;
  std::string scratch_;
  std::vector<std::string> node_keys_, edge_keys_;
};

}  // namespace

std::unique_ptr<GraphSink> make_graphml_sink(std::ostream& out) { return std::make_unique<GraphmlSink>(out); }

void write_graphml(const KnowledgeGraph& g, std::ostream& out, const Selection& selection) {
  GraphmlSink sink(out);
  export_graph(g, sink, selection);
}

}  // namespace kg
