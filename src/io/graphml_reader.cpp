// GraphML reader (pugixml): kg's own files back to the exact graph; other
// GraphML files by mapping their declared attributes onto kg's fields.
#include <pugixml.hpp>
#include <rapidjson/document.h>

#include <charconv>
#include <map>
#include <unordered_map>

#include "io/escape.hpp"
#include "io/graphml_names.hpp"
#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

std::string_view local_name(const char* name) {
  std::string_view s(name);
  const auto colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

struct Key {
  std::string name;
  std::string type;  // attr.type
  std::string default_value;
  bool has_default = false;
};

// Every attribute of one node or edge by attr.name: defaults, then <data>.
using Attributes = std::map<std::string, std::string, std::less<>>;

class GraphmlReader {
 public:
  GraphmlReader(const std::string& xml, std::string name, std::vector<std::string>* warnings)
      : xml_(xml), name_(std::move(name)), warnings_(warnings) {}

  KnowledgeGraph read() {
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed) fail_at(static_cast<std::size_t>(parsed.offset), parsed.description());
    const pugi::xml_node root = doc.document_element();
    if (local_name(root.name()) != "graphml") fail("not GraphML (the root element is <" + shown(root.name()) + ">)");
    for (const auto& k : root.children()) {
      if (local_name(k.name()) != "key") continue;
      Key key{k.attribute("attr.name").as_string(k.attribute("id").as_string()), k.attribute("attr.type").as_string("string"), {}, false};
      for (const auto& d : k.children())
        if (local_name(d.name()) == "default") key.default_value = d.text().as_string(), key.has_default = true;
      const std::string for_what = k.attribute("for").as_string("all");
      keys_[for_what].emplace(k.attribute("id").as_string(), std::move(key));
    }
    pugi::xml_node graph;
    for (const auto& c : root.children())
      if (local_name(c.name()) == "graph") {
        graph = c;
        break;
      }
    if (!graph) fail("no <graph> element");

    const Attributes graph_attrs = attributes(graph, "graph");
    const auto format = graph_attrs.find("kg_format");
    ours_ = format != graph_attrs.end() && format->second == io::kGraphmlFormat;
    if (ours_) {
      if (const auto docs = graph_attrs.find("kg_documents"); docs != graph_attrs.end()) read_documents(docs->second);
    }

    for (const auto& n : graph.children()) {
      const auto tag = local_name(n.name());
      if (tag == "node") read_node(n);
    }
    for (const auto& e : graph.children()) {
      const auto tag = local_name(e.name());
      if (tag == "edge") read_edge(e);
      else if (tag == "hyperedge") ++skipped_hyperedges_;
    }
    if (skipped_edges_) warn(std::to_string(skipped_edges_) + " edges skipped: no relation kg knows (" + unknown_relations_ + ")");
    if (skipped_hyperedges_) warn(std::to_string(skipped_hyperedges_) + " hyperedges skipped");
    if (repaired_) warn(std::to_string(repaired_) + " values held invalid UTF-8; malformed bytes replaced by U+FFFD");
    if (clamped_) warn(std::to_string(clamped_) + " confidences outside 0..1 clamped into it");
    if (defaulted_types_) warn(std::to_string(defaulted_types_) + " nodes have no entity type kg knows; imported as ORGANIZATION");
    return std::move(kg_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw Error(name_ + ": " + what); }
  [[noreturn]] void fail_at(std::size_t offset, const std::string& what) const {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < xml_.size(); ++i) {
      if (xml_[i] == '\n') ++line, col = 1;
      else ++col;
    }
    throw Error(name_ + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + what);
  }
  void warn(std::string message) {
    if (warnings_) warnings_->push_back(name_ + ": " + std::move(message));
  }

  const Key* find_key(std::string_view for_what, const std::string& id) const {
    for (const std::string_view scope : {for_what, std::string_view("all")}) {
      const auto scope_it = keys_.find(scope);
      if (scope_it == keys_.end()) continue;
      const auto it = scope_it->second.find(id);
      if (it != scope_it->second.end()) return &it->second;
    }
    return nullptr;
  }

  Attributes attributes(const pugi::xml_node& element, std::string_view for_what) const {
    Attributes out;
    for (const std::string_view scope : {std::string_view("all"), for_what}) {
      const auto scope_it = keys_.find(scope);
      if (scope_it == keys_.end()) continue;
      for (const auto& [id, key] : scope_it->second)
        if (key.has_default) out[key.name] = key.default_value;
    }
    for (const auto& d : element.children()) {
      if (local_name(d.name()) != "data") continue;
      const std::string id = d.attribute("key").as_string();
      const Key* key = find_key(for_what, id);
      out[key ? key->name : id] = valid(d.text().as_string());
    }
    return out;
  }

  // pugixml decodes "&#xD800;" to malformed bytes, other tools write Latin-1
  // under a UTF-8 declaration, and pugixml lets control characters through
  // that XML cannot hold: every value is made what kg's own export writes
  // (valid UTF-8, no C0 controls but tab and newline), so an export of the
  // graph reads back the same.
  std::string valid(std::string s) const {
    std::string scratch;
    const std::string_view clean = io::clean_text(s, scratch);
    if (clean.data() == s.data()) return s;
    if (!is_valid_utf8(s)) ++repaired_;
    return std::string(clean);
  }

  static std::string get(const Attributes& a, std::string_view name) {
    const auto it = a.find(name);
    return it == a.end() ? std::string{} : it->second;
  }

  template <typename T>
  T number(const Attributes& a, std::string_view name, T fallback, const std::string& where) const {
    const auto it = a.find(name);
    if (it == a.end() || it->second.empty()) return fallback;
    std::string_view s = it->second;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    T value{};
    const auto r = std::from_chars(s.data(), s.data() + s.size(), value);
    if (r.ec != std::errc{} || r.ptr != s.data() + s.size())
      fail(where + ": " + std::string(name) + " '" + shown(it->second) + "' is not a number");
    return value;
  }

  // Confidences from other tools (weights, percentages) clamped into 0..1.
  float in_range(double c) {
    if (c >= 0.0 && c <= 1.0) return static_cast<float>(c);
    ++clamped_;
    return c > 1.0 ? 1.0f : 0.0f;  // NaN too
  }

  std::uint32_t doc_of(const std::string& id) {
    const auto it = doc_index_.find(id);
    if (it != doc_index_.end()) return it->second;
    const auto index = kg_.add_document(DocumentInfo{id, {}, {}, {}, {}, {}, {}, {}});
    doc_index_.emplace(id, index);
    return index;
  }

  std::string json_string(const rapidjson::Value& obj, const char* key) const {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return {};
    return valid({it->value.GetString(), it->value.GetStringLength()});
  }
  static std::uint32_t json_uint(const rapidjson::Value& obj, const char* key) {
    const auto it = obj.FindMember(key);
    return it != obj.MemberEnd() && it->value.IsUint() ? it->value.GetUint() : 0;
  }

  void read_documents(const std::string& json) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(json.c_str(), json.size());
    if (d.HasParseError() || !d.IsArray()) fail("graph: kg_documents is not a JSON array");
    for (const auto& x : d.GetArray()) {
      if (!x.IsObject()) fail("graph: kg_documents entry is not an object");
      DocumentInfo info{json_string(x, "id"),  json_string(x, "source"), json_string(x, "title"),
                        json_string(x, "date"), json_string(x, "url"),    json_string(x, "author"),
                        json_string(x, "site"), json_string(x, "hash")};
      const std::string id = info.id;
      doc_index_.emplace(id, kg_.add_document(std::move(info)));
    }
  }

  void read_node(const pugi::xml_node& n) {
    const std::string id = valid(n.attribute("id").as_string());
    const std::string where = "node '" + shown(id) + "'";
    if (id.empty()) fail("a <node> has no id");
    const Attributes a = attributes(n, "node");
    Entity e;
    e.name = get(a, "label");
    if (e.name.empty()) e.name = get(a, "name");
    if (e.name.empty()) e.name = id;
    std::string type = get(a, "entity_type");
    if (type.empty()) type = get(a, "type");
    if (const auto t = parse_entity_type(type)) {
      e.type = *t;
    } else {
      if (ours_) fail(where + ": unknown entity type '" + shown(type) + "'");
      e.type = EntityType::Organization;
      ++defaulted_types_;
    }
    e.aliases = io::split_delimited_list(get(a, "aliases"));
    e.mentions = number<std::uint32_t>(a, "mentions", 0, where);
    for (const auto& d : io::split_delimited_list(get(a, "documents"))) e.documents.push_back(doc_of(d));
    std::sort(e.documents.begin(), e.documents.end());
    e.documents.erase(std::unique(e.documents.begin(), e.documents.end()), e.documents.end());
    if (!vertex_of_.emplace(id, kg_.add_entity(std::move(e))).second) fail(where + ": duplicate node id");
  }

  void read_edge(const pugi::xml_node& x) {
    const std::string id = x.attribute("id").as_string();
    const std::string where = "edge '" + shown(id.empty() ? std::string(x.attribute("source").as_string()) + "->" +
                                                                 x.attribute("target").as_string()
                                                           : id) + "'";
    const auto end_of = [&](const char* attr) {
      const std::string node = valid(x.attribute(attr).as_string());
      const auto it = vertex_of_.find(node);
      if (it == vertex_of_.end()) fail(where + ": " + attr + " '" + shown(node) + "' is not a node");
      return it->second;
    };
    const auto s = end_of("source");
    const auto t = end_of("target");
    const Attributes a = attributes(x, "edge");
    std::string rel = get(a, "relation");
    if (rel.empty()) rel = get(a, "label");
    const auto type = parse_relation_type(rel);
    if (!type) {
      if (ours_) fail(where + ": unknown relation '" + shown(rel) + "'");
      ++skipped_edges_;
      if (unknown_relations_.size() < 80)
        unknown_relations_ += (unknown_relations_.empty() ? "'" : ", '") + shown(rel, 40) + "'";
      return;
    }
    const std::string what = get(a, "what");
    const std::string role = get(a, "role");
    Modality modality = Modality::Occurred;
    if (const std::string m = get(a, "modality"); !m.empty()) {
      const auto parsed = parse_modality(m);
      if (!parsed) fail(where + ": unknown modality '" + shown(m) + "'");
      modality = *parsed;
    }
    const float confidence = in_range(number<double>(a, "confidence", 1.0, where));
    const std::string evidence = get(a, std::string(io::kGraphmlEvidenceKey));
    if (evidence.empty()) {
      kg_.add_relation(s, t, *type, modality, confidence, what, role);
      return;
    }
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(evidence.c_str(), evidence.size());
    if (d.HasParseError() || !d.IsArray()) fail(where + ": kg_evidence is not a JSON array");
    for (const auto& ev : d.GetArray()) {
      if (!ev.IsObject()) fail(where + ": kg_evidence entry is not an object");
      EdgeEvidence e;
      e.doc = doc_of(json_string(ev, "doc"));
      e.sentence = json_uint(ev, "sentence");
      e.span = {json_uint(ev, "start"), json_uint(ev, "end")};
      e.text = json_string(ev, "text");
      const std::string m = json_string(ev, "modality");
      const auto em = parse_modality(m.empty() ? "occurred" : m);
      if (!em) fail(where + ": unknown evidence modality '" + shown(m) + "'");
      e.modality = *em;
      const auto c = ev.FindMember("confidence");
      e.confidence = c != ev.MemberEnd() && c->value.IsNumber() ? in_range(c->value.GetDouble()) : 1.0f;
      e.rule = json_string(ev, "rule");
      kg_.add_relation(s, t, *type, std::move(e), what, role);
    }
  }

  const std::string& xml_;
  std::string name_;
  std::vector<std::string>* warnings_;
  std::map<std::string, std::map<std::string, Key>, std::less<>> keys_;  // for -> id -> key
  bool ours_ = false;
  KnowledgeGraph kg_;
  std::unordered_map<std::string, std::uint32_t> doc_index_;
  std::unordered_map<std::string, KnowledgeGraph::Vertex> vertex_of_;
  std::size_t skipped_edges_ = 0, skipped_hyperedges_ = 0, defaulted_types_ = 0, clamped_ = 0;
  mutable std::size_t repaired_ = 0;
  std::string unknown_relations_;
};

}  // namespace

KnowledgeGraph parse_graphml(const std::string& xml, const std::string& name, std::vector<std::string>* warnings) {
  return GraphmlReader(xml, name, warnings).read();
}

KnowledgeGraph load_graphml(const std::string& path, std::vector<std::string>* warnings) {
  return parse_graphml(read_file(path), path, warnings);
}

}  // namespace kg
