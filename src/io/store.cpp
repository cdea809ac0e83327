// Node-link JSON: writing with RapidJSON's Writer, reading with its DOM.
#include "kg/store.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <unordered_map>

#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "json_write.hpp"

namespace kg {
namespace {

using io::put;
using io::put_if;

template <typename Writer>
void write_document_info(Writer& w, const DocumentInfo& d) {
  w.StartObject();
  put(w, "id", d.id);
  put_if(w, "source", d.source);
  put_if(w, "title", d.title);
  put_if(w, "date", d.date);
  put_if(w, "url", d.url);
  put_if(w, "author", d.author);
  put_if(w, "site", d.site);
  put_if(w, "hash", d.hash);
  w.EndObject();
}

template <typename Writer>
void write_graph(const KnowledgeGraph& kg, Writer& w) {
  const auto& g = kg.graph();
  const auto& docs = kg.documents();
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  put(w, "format", "kg-node-link");
  w.Key("version");
  w.Int(kNodeLinkVersion);
  w.Key("documents");
  w.StartArray();
  for (const auto& d : docs) write_document_info(w, d);
  w.EndArray();
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const Entity& e = kg.entity(*it);
    w.StartObject();
    w.Key("id");
    w.Uint64(*it);
    put(w, "label", e.name);
    put(w, "type", to_string(e.type));
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : e.aliases) w.String(a.data(), static_cast<rapidjson::SizeType>(a.size()));
    w.EndArray();
    w.Key("mentions");
    w.Uint(e.mentions);
    w.Key("documents");
    w.StartArray();
    for (auto d : e.documents) w.String(docs[d].id.data(), static_cast<rapidjson::SizeType>(docs[d].id.size()));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("links");
  w.StartArray();
  for (const auto& edge : kg.sorted_edges()) {
    const Relation& r = kg.relation(edge);
    w.StartObject();
    w.Key("source");
    w.Uint64(boost::source(edge, g));
    w.Key("target");
    w.Uint64(boost::target(edge, g));
    put(w, "key", to_string(r.type));
    put(w, "relation", to_string(r.type));
    put(w, "modality", to_string(r.modality));
    w.Key("confidence");
    w.Double(r.confidence);
    put_if(w, "what", r.what);
    put_if(w, "role", r.role);
    w.Key("evidence");
    w.StartArray();
    for (const EvidenceView ev : kg.evidence(edge)) {
      const DocumentInfo& d = docs[ev.doc];
      w.StartObject();
      put(w, "doc", d.id);
      put_if(w, "title", d.title);
      put_if(w, "date", d.date);
      put_if(w, "url", d.url);
      io::put_sentence(w, ev.sentence, ev.span, ev.text);
      put(w, "modality", to_string(ev.modality));
      w.Key("confidence");
      w.Double(ev.confidence);
      put_if(w, "rule", ev.rule);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// A RapidJSON output stream writing to a std::ostream in 64 KiB blocks
// (OStreamWrapper calls ostream::put per character: 5x slower on big graphs).
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) { buf_.reserve(kBlock); }
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;
  ~BufferedOStream() { Flush(); }
  void Put(char c) {
    buf_.push_back(c);
    if (buf_.size() >= kBlock) Flush();
  }
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream& out_;
  std::string buf_;
};

// --- reading ---------------------------------------------------------------

using Value = rapidjson::Value;

class Reader {
 public:
  explicit Reader(std::string name) : name_(std::move(name)) {}

  [[noreturn]] void fail(const std::string& what) const { throw Error(name_ + ": " + what); }

  const Value& member(const Value& obj, const char* key, const std::string& where) const {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail(where + ": missing \"" + key + "\"");
    return it->value;
  }
  std::string string_or(const Value& obj, const char* key, const std::string& where) const {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return {};
    if (!it->value.IsString()) fail(where + ": \"" + key + "\" is not a string");
    return {it->value.GetString(), it->value.GetStringLength()};
  }
  std::uint32_t uint_or(const Value& obj, const char* key, const std::string& where) const {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return 0;
    if (!it->value.IsUint()) fail(where + ": \"" + key + "\" is not a non-negative integer");
    return it->value.GetUint();
  }
  float number_or(const Value& obj, const char* key, float fallback, const std::string& where) const {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return fallback;
    if (!it->value.IsNumber()) fail(where + ": \"" + key + "\" is not a number");
    return static_cast<float>(it->value.GetDouble());
  }
  Modality modality_or(const Value& obj, const std::string& where) const {
    const std::string m = string_or(obj, "modality", where);
    if (m.empty()) return Modality::Occurred;
    const auto parsed = parse_modality(m);
    if (!parsed) fail(where + ": unknown modality '" + m + "'");
    return *parsed;
  }

 private:
  std::string name_;
};

std::string line_col(const std::string& text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace

void write_node_link(const KnowledgeGraph& g, std::ostream& out, bool pretty) {
  {
    BufferedOStream os(out);
    if (pretty) {
      rapidjson::PrettyWriter<BufferedOStream> w(os);
      w.SetIndent(' ', 1);
      write_graph(g, w);
    } else {
      rapidjson::Writer<BufferedOStream> w(os);
      write_graph(g, w);
    }
  }
  out << '\n';
}

void save_graph(const KnowledgeGraph& g, const std::string& path, bool pretty) {
  write_file_atomically(path, [&](std::ostream& out) { write_node_link(g, out, pretty); });
}

KnowledgeGraph parse_node_link(const std::string& json, const std::string& name) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError())
    throw Error(name + ":" + line_col(json, doc.GetErrorOffset()) + ": invalid JSON: " +
                rapidjson::GetParseError_En(doc.GetParseError()));
  Reader r(name);
  if (!doc.IsObject()) r.fail("not a node-link graph (top level is not an object)");
  const Value& nodes = r.member(doc, "nodes", "graph");
  const auto links_it = doc.FindMember("links");
  if (!nodes.IsArray() || links_it == doc.MemberEnd() || !links_it->value.IsArray())
    r.fail("not a node-link graph (\"nodes\" and \"links\" must be arrays)");

  KnowledgeGraph kg;
  std::unordered_map<std::string, std::uint32_t> doc_index;
  if (const auto g = doc.FindMember("graph"); g != doc.MemberEnd() && g->value.IsObject()) {
    if (const auto v = g->value.FindMember("version"); v != g->value.MemberEnd()) {
      if (!v->value.IsInt() || v->value.GetInt() > kNodeLinkVersion)
        r.fail("graph format version " + (v->value.IsInt() ? std::to_string(v->value.GetInt()) : "?") +
               " is newer than this kg reads (" + std::to_string(kNodeLinkVersion) + ")");
    }
    if (const auto ds = g->value.FindMember("documents"); ds != g->value.MemberEnd() && ds->value.IsArray()) {
      for (const auto& d : ds->value.GetArray()) {
        const std::string where = "graph.documents";
        if (!d.IsObject()) r.fail(where + ": entry is not an object");
        DocumentInfo info{r.string_or(d, "id", where),     r.string_or(d, "source", where),
                          r.string_or(d, "title", where),  r.string_or(d, "date", where),
                          r.string_or(d, "url", where),    r.string_or(d, "author", where),
                          r.string_or(d, "site", where),   r.string_or(d, "hash", where)};
        const std::string id = info.id;
        doc_index.emplace(id, kg.add_document(std::move(info)));
      }
    }
  }
  const auto doc_of = [&](const std::string& id) {
    const auto it = doc_index.find(id);
    if (it != doc_index.end()) return it->second;
    const auto index = kg.add_document(DocumentInfo{id, {}, {}, {}, {}, {}, {}, {}});
    doc_index.emplace(id, index);
    return index;
  };

  std::unordered_map<std::string, KnowledgeGraph::Vertex> vertex_of;
  const auto id_string = [&](const Value& v, const std::string& where) -> std::string {
    if (v.IsString()) return {v.GetString(), v.GetStringLength()};
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    r.fail(where + ": id must be a string or an integer");
  };
  std::size_t i = 0;
  for (const auto& n : nodes.GetArray()) {
    const std::string where = "node " + std::to_string(i++);
    if (!n.IsObject()) r.fail(where + ": not an object");
    const std::string id = id_string(r.member(n, "id", where), where);
    Entity e;
    e.name = r.string_or(n, "label", where);
    if (e.name.empty()) e.name = id;
    const std::string type = r.string_or(n, "type", where);
    const auto parsed = parse_entity_type(type);
    if (!parsed) r.fail(where + ": unknown entity type '" + type + "'");
    e.type = *parsed;
    if (const auto a = n.FindMember("aliases"); a != n.MemberEnd() && a->value.IsArray())
      for (const auto& s : a->value.GetArray())
        if (s.IsString()) e.aliases.emplace_back(s.GetString(), s.GetStringLength());
    e.mentions = r.uint_or(n, "mentions", where);
    if (const auto ds = n.FindMember("documents"); ds != n.MemberEnd() && ds->value.IsArray()) {
      for (const auto& s : ds->value.GetArray())
        if (s.IsString()) e.documents.push_back(doc_of({s.GetString(), s.GetStringLength()}));
      std::sort(e.documents.begin(), e.documents.end());
    }
    if (!vertex_of.emplace(id, kg.add_entity(std::move(e))).second) r.fail(where + ": duplicate id '" + id + "'");
  }
  i = 0;
  for (const auto& l : links_it->value.GetArray()) {
    const std::string where = "link " + std::to_string(i++);
    if (!l.IsObject()) r.fail(where + ": not an object");
    const auto end_of = [&](const char* key) {
      const std::string id = id_string(r.member(l, key, where), where);
      const auto it = vertex_of.find(id);
      if (it == vertex_of.end()) r.fail(where + ": " + key + " '" + id + "' is not a node");
      return it->second;
    };
    const auto s = end_of("source");
    const auto t = end_of("target");
    const std::string rel = r.string_or(l, "relation", where);
    const auto type = parse_relation_type(rel);
    if (!type) r.fail(where + ": unknown relation '" + rel + "'");
    const std::string what = r.string_or(l, "what", where);
    const std::string role = r.string_or(l, "role", where);
    const auto ev_it = l.FindMember("evidence");
    if (ev_it == l.MemberEnd() || !ev_it->value.IsArray() || ev_it->value.Empty()) {
      kg.add_relation(s, t, *type, r.modality_or(l, where), r.number_or(l, "confidence", 1.0f, where), what, role);
      continue;
    }
    for (const auto& ev : ev_it->value.GetArray()) {
      if (!ev.IsObject()) r.fail(where + ": evidence is not an object");
      EdgeEvidence x;
      x.doc = doc_of(r.string_or(ev, "doc", where));
      x.sentence = r.uint_or(ev, "sentence", where);
      x.span = {r.uint_or(ev, "start", where), r.uint_or(ev, "end", where)};
      x.text = r.string_or(ev, "text", where);
      x.modality = r.modality_or(ev, where);
      x.confidence = r.number_or(ev, "confidence", 1.0f, where);
      x.rule = r.string_or(ev, "rule", where);
      kg.add_relation(s, t, *type, std::move(x), what, role);
    }
  }
  kg.compact();
  return kg;
}

KnowledgeGraph load_graph(const std::string& path) { return parse_node_link(read_file(path), path); }

}  // namespace kg
