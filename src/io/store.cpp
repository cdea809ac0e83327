// Node-link JSON writing with RapidJSON's Writer (reading: store_read.cpp).
#include "kg/store.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include "kg/atomic_file.hpp"
#include "json_write.hpp"

namespace kg {
namespace {

using io::put;
using io::put_if;
using io::put_number;

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
    put_number(w, "confidence", r.confidence);  // as stored: 0.85, not 0.8500000238418579
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
      put_number(w, "confidence", ev.confidence);
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

}  // namespace kg
