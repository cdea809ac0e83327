// The .kgb snapshot (include/kg/snapshot.hpp, docs/SCALE.md):
//   "KGSNAP\0\0" u32 version u32 0 | type names | documents | entities |
//   name index (sorted keys) | interned strings | relations | CSR arrays |
//   evidence | arena blocks | u64 file size "KGSNEND\0"
// Tables are fixed-size records written as arrays (u64 count, then the
// records); strings are u32 size + bytes. Loading maps the file, checks the
// trailer first (a truncated file is refused at once), then copies the
// arrays into the graph and checks every index in them, so a corrupt file is
// an error and never a crash or an endless loop.
#include "kg/snapshot.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <unordered_map>

#include "binary_io.hpp"
#include "kg/atomic_file.hpp"
#include "kg/error.hpp"

namespace kg {

namespace {

constexpr char kMagic[8] = {'K', 'G', 'S', 'N', 'A', 'P', '\0', '\0'};
constexpr char kEndMagic[8] = {'K', 'G', 'S', 'N', 'E', 'N', 'D', '\0'};

#pragma pack(push, 1)
struct RelationRecord {
  std::uint8_t type;
  std::uint8_t modality;
  std::uint8_t docs_in_order;
  std::uint8_t reserved;
  float confidence;
  std::uint32_t what;  // index into the interned strings
  std::uint32_t role;
  std::uint32_t last_evidence;
  std::uint32_t evidence_count;
};
struct EdgeRefRecord {  // the CSR edge bundle (EdgeRef) without its padding
  std::uint32_t id;
  std::uint8_t type;
};
struct EvidenceRecordOnDisk {
  std::uint32_t doc;
  std::uint32_t sentence;
  std::uint32_t begin, end;
  std::uint32_t text_block, text_offset, text_size;
  std::uint32_t next;
  float confidence;
  std::uint32_t rule;  // index into the interned strings
  std::uint8_t modality;
};
#pragma pack(pop)

// A read-only mapping of a whole file.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(path + ": cannot open: " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
      const int err = errno;
      ::close(fd);
      throw Error(path + ": cannot read: " + std::strerror(err));
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
      void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p == MAP_FAILED) {
        const int err = errno;
        ::close(fd);
        throw Error(path + ": cannot map: " + std::strerror(err));
      }
      ::madvise(p, size_, MADV_SEQUENTIAL | MADV_WILLNEED);
      data_ = static_cast<const char*>(p);
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// Interned strings by number: 0 is "".
class InternTable {
 public:
  std::uint32_t number(const Interned& s) {
    if (s.empty()) return 0;
    const auto [it, fresh] = numbers_.emplace(s.c_str(), static_cast<std::uint32_t>(strings_.size() + 1));
    if (fresh) strings_.push_back(s.str());
    return it->second;
  }
  const std::vector<std::string>& strings() const { return strings_; }

 private:
  std::unordered_map<const char*, std::uint32_t> numbers_;  // interned strings are unique: their address is the key
  std::vector<std::string> strings_;
};

}  // namespace

class GraphSnapshot {
 public:
  static void write(const KnowledgeGraph& g, std::ostream& out);
  static KnowledgeGraph read(std::string_view bytes, const std::string& path);

 private:
  static void write_name_index(const KnowledgeGraph& g, io::BinaryWriter& w);
  static void read_name_index(KnowledgeGraph& g, io::BinaryReader& r);
  static void read_topology(KnowledgeGraph& g, io::BinaryReader& r, const io::TypeNames& types);
};

// The name index, sorted by key, keys packed: loading it copies three arrays.
void GraphSnapshot::write_name_index(const KnowledgeGraph& g, io::BinaryWriter& w) {
  std::vector<std::pair<std::string_view, KnowledgeGraph::Vertex>> pairs;
  pairs.reserve(g.by_key_.size() + g.sorted_keys_.size());
  for (const auto& [key, v] : g.by_key_) pairs.emplace_back(key, v);
  for (std::size_t i = 0; i < g.sorted_keys_.size(); ++i) pairs.emplace_back(g.sorted_keys_.key(i), g.sorted_keys_.vertices[i]);
  std::sort(pairs.begin(), pairs.end());
  std::string bytes;
  std::vector<std::uint32_t> offsets{0};
  std::vector<KnowledgeGraph::Vertex> vertices;
  for (const auto& [key, v] : pairs) {
    bytes += key;
    if (bytes.size() > std::numeric_limits<std::uint32_t>::max()) throw Error("graph snapshot: names too long");
    offsets.push_back(static_cast<std::uint32_t>(bytes.size()));
    vertices.push_back(v);
  }
  w.put_array(std::vector<char>(bytes.begin(), bytes.end()));
  w.put_array(offsets);
  w.put_array(vertices);
}

void GraphSnapshot::read_name_index(KnowledgeGraph& g, io::BinaryReader& r) {
  auto& keys = g.sorted_keys_;
  const auto bytes = r.get_array<char>();
  keys.bytes.assign(bytes.data(), bytes.size());
  keys.offsets = r.get_array<std::uint32_t>();
  keys.vertices = r.get_array<KnowledgeGraph::Vertex>();
  if (keys.offsets.size() != keys.vertices.size() + 1 || keys.offsets.front() != 0 ||
      keys.offsets.back() != keys.bytes.size())
    r.fail();
  for (std::size_t i = 0; i < keys.vertices.size(); ++i)
    if (keys.offsets[i] > keys.offsets[i + 1] || keys.vertices[i] >= g.entities_.size() ||
        (i > 0 && keys.key(i - 1) > keys.key(i)))
      r.fail();
}

// The CSR arrays, checked so that no walk of the graph can leave them.
void GraphSnapshot::read_topology(KnowledgeGraph& g, io::BinaryReader& r, const io::TypeNames& types) {
  const auto vertices = g.entities_.size();
  const auto edges = g.relations_.size();
  const auto check_rows = [&](const std::vector<std::uint32_t>& rowstart, const std::vector<std::uint32_t>& column) {
    if (rowstart.size() != vertices + 1 || rowstart.front() != 0 || rowstart.back() != edges || column.size() != edges)
      r.fail();
    for (std::size_t i = 0; i < vertices; ++i)
      if (rowstart[i] > rowstart[i + 1]) r.fail();
    for (auto c : column)
      if (c >= vertices) r.fail();
  };
  KnowledgeGraph::Graph& gr = g.graph_;
  const std::vector<std::pair<KnowledgeGraph::Vertex, KnowledgeGraph::Vertex>> none;
  const std::vector<EdgeRef> no_refs;
  gr = KnowledgeGraph::Graph(boost::edges_are_unsorted_multi_pass, none.begin(), none.end(), no_refs.begin(),
                             static_cast<KnowledgeGraph::Vertex>(vertices));
  gr.m_forward.m_rowstart = r.get_array<std::uint32_t>();
  gr.m_forward.m_column = r.get_array<std::uint32_t>();
  check_rows(gr.m_forward.m_rowstart, gr.m_forward.m_column);
  const auto records = r.get_records<EdgeRefRecord>();
  if (records.size() != edges) r.fail();
  std::vector<bool> seen(edges);
  auto& refs = gr.m_forward.m_edge_properties;
  refs.resize(edges);
  for (std::size_t i = 0; i < edges; ++i) {
    const EdgeRefRecord x = records[i];
    if (x.id >= edges || seen[x.id]) r.fail();  // each relation is one edge
    seen[x.id] = true;
    refs[i] = {x.id, types.relation(r, x.type)};
  }
  gr.m_backward.m_rowstart = r.get_array<std::uint32_t>();
  gr.m_backward.m_column = r.get_array<std::uint32_t>();
  check_rows(gr.m_backward.m_rowstart, gr.m_backward.m_column);
  gr.m_backward.m_edge_properties = r.get_array<std::uint32_t>();
  if (gr.m_backward.m_edge_properties.size() != edges) r.fail();
  for (auto e : gr.m_backward.m_edge_properties)
    if (e >= edges) r.fail();
  g.pending_first_ = static_cast<RelationId>(edges);
  g.stale_ = false;
}

void GraphSnapshot::write(const KnowledgeGraph& g, std::ostream& out) {
  const auto& topology = g.graph();
  io::BinaryWriter w;
  std::uint64_t written = 0;
  const auto flush = [&] {
    out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
    written += w.bytes().size();
    w.bytes().clear();
  };
  w.bytes().append(kMagic, sizeof kMagic);
  w.put(kSnapshotVersion);
  w.put(std::uint32_t{0});
  io::TypeNames::write(w);

  w.put(static_cast<std::uint32_t>(g.documents_.size()));
  for (const auto& d : g.documents_) io::put_document_info(w, d);
  flush();

  w.put(static_cast<std::uint32_t>(g.entities_.size()));
  for (const Entity& e : g.entities_) {
    io::put_entity_core(w, e);
    w.put_array(e.documents);
    if (w.bytes().size() > (1u << 20)) flush();
  }
  write_name_index(g, w);
  flush();

  InternTable interned;
  std::vector<RelationRecord> relations(g.relations_.size());
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const Relation& r = g.relations_[i];
    relations[i] = {static_cast<std::uint8_t>(r.type), static_cast<std::uint8_t>(r.modality),
                    static_cast<std::uint8_t>(r.docs_in_order_), 0, r.confidence, interned.number(r.what),
                    interned.number(r.role), r.last_evidence_, r.evidence_count_};
  }
  std::vector<EvidenceRecordOnDisk> evidence(g.evidence_.size());
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const auto& x = g.evidence_[i];
    evidence[i] = {x.doc,         x.sentence,    x.span.begin, x.span.end, x.text.block,
                   x.text.offset, x.text.size,   x.next,       x.confidence, interned.number(x.rule),
                   static_cast<std::uint8_t>(x.modality)};
  }
  w.put_strings(interned.strings());
  w.put_array(relations);
  flush();
  relations = {};
  // The CSR topology as Boost holds it: row starts, columns and edge
  // numbers, forward and backward.
  std::vector<EdgeRefRecord> refs(topology.m_forward.m_edge_properties.size());
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const EdgeRef& e = topology.m_forward.m_edge_properties[i];
    refs[i] = {e.id, static_cast<std::uint8_t>(e.type)};
  }
  w.put_array(topology.m_forward.m_rowstart);
  w.put_array(topology.m_forward.m_column);
  w.put_array(refs);
  w.put_array(topology.m_backward.m_rowstart);
  w.put_array(topology.m_backward.m_column);
  w.put_array(topology.m_backward.m_edge_properties);
  flush();
  refs = {};
  w.put_array(evidence);
  flush();
  evidence = {};
  w.put(static_cast<std::uint32_t>(g.texts_.blocks_.size()));
  for (const auto& block : g.texts_.blocks_) {
    w.put_string(block);
    flush();
  }
  w.put(written + w.bytes().size() + sizeof(std::uint64_t) + sizeof kEndMagic);
  w.bytes().append(kEndMagic, sizeof kEndMagic);
  flush();
}

KnowledgeGraph GraphSnapshot::read(std::string_view bytes, const std::string& path) {
  const auto fail = [&](const std::string& what) -> void { throw Error(path + ": " + what); };
  if (bytes.size() < 16 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    fail("not a kg graph snapshot");
  std::uint32_t version = 0;
  std::memcpy(&version, bytes.data() + 8, sizeof version);
  if (version != kSnapshotVersion)
    fail("graph snapshot version " + std::to_string(version) + "; this kg reads version " +
         std::to_string(kSnapshotVersion) + " (rebuild it, or convert its node-link JSON with kg save)");
  std::uint64_t size = 0;
  if (bytes.size() < 16 + 16 || std::memcmp(bytes.data() + bytes.size() - 8, kEndMagic, 8) != 0 ||
      (std::memcpy(&size, bytes.data() + bytes.size() - 16, 8), size != bytes.size()))
    fail("truncated graph snapshot (no trailer)");

  io::BinaryReader r(bytes.substr(16, bytes.size() - 32), path);
  const io::TypeNames types = io::TypeNames::read(r);
  KnowledgeGraph g;

  const auto documents = r.get<std::uint32_t>();
  r.need(documents, 32);
  g.documents_.reserve(documents);
  for (std::uint32_t i = 0; i < documents; ++i) {
    DocumentInfo d = io::get_document_info(r);
    if (!g.doc_ids_.insert(d.id).second) fail("corrupt: document id " + d.id + " twice");
    if (!d.hash.empty()) g.doc_by_hash_.emplace(d.hash, i);
    g.documents_.push_back(std::move(d));
  }

  const auto entities = r.get<std::uint32_t>();
  r.need(entities, 21);
  g.entities_.resize(entities);
  for (Entity& e : g.entities_) {
    io::get_entity_core(r, types, e);
    e.documents = r.get_array<std::uint32_t>();
    for (auto d : e.documents)
      if (d >= documents) r.fail();
  }
  read_name_index(g, r);

  std::vector<Interned> interned{Interned()};
  for (const auto& str : r.get_strings()) interned.emplace_back(str);
  const auto intern = [&](std::uint32_t i) -> Interned {
    if (i >= interned.size()) r.fail();
    return interned[i];
  };

  // Relations and evidence are copied record by record straight from the
  // mapping into the graph's tables.
  const auto relations = r.get_records<RelationRecord>();
  if (relations.size() >= Relation::kNone) r.fail();
  g.relations_.resize(relations.size());
  std::uint64_t chained = 0;
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const RelationRecord x = relations[i];
    Relation& rel = g.relations_[i];
    rel.type = types.relation(r, x.type);
    rel.modality = types.modality(r, x.modality);
    rel.docs_in_order_ = x.docs_in_order != 0;
    rel.confidence = x.confidence;
    rel.what = intern(x.what);
    rel.role = intern(x.role);
    rel.last_evidence_ = x.last_evidence;
    rel.evidence_count_ = x.evidence_count;
    if ((x.last_evidence == Relation::kNone) != (x.evidence_count == 0)) r.fail();
    chained += x.evidence_count;
  }
  read_topology(g, r, types);

  const auto evidence = r.get_records<EvidenceRecordOnDisk>();
  if (evidence.size() != chained) r.fail();
  const auto blocks = r.get<std::uint32_t>();
  r.need(blocks, 4);
  g.texts_.blocks_.clear();
  g.texts_.blocks_.reserve(blocks);
  for (std::uint32_t i = 0; i < blocks; ++i) g.texts_.blocks_.emplace_back(r.get_view());
  if (blocks == 0 || !r.done()) r.fail();
  g.texts_.stored_ = evidence.size();

  // Every next must be taken exactly once (the chains are disjoint cycles)
  // and every tail must be a record of its own: then iterating any relation's
  // evidence ends, whatever the bytes said.
  std::vector<bool> taken(evidence.size()), tail(evidence.size());
  g.evidence_.resize(evidence.size());
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const EvidenceRecordOnDisk x = evidence[i];
    auto& rec = g.evidence_[i];
    if (x.doc >= documents || x.next >= evidence.size() || taken[x.next] || x.text_block >= blocks ||
        std::uint64_t{x.text_offset} + x.text_size > g.texts_.blocks_[x.text_block].size())
      r.fail();
    taken[x.next] = true;
    rec.doc = x.doc;
    rec.sentence = x.sentence;
    rec.span = {x.begin, x.end};
    rec.text = {x.text_block, x.text_offset, x.text_size};
    rec.next = x.next;
    rec.confidence = x.confidence;
    rec.modality = types.modality(r, x.modality);
    rec.rule = intern(x.rule);
  }
  for (const Relation& rel : g.relations_) {
    if (rel.last_evidence_ == Relation::kNone) continue;
    if (rel.last_evidence_ >= evidence.size() || tail[rel.last_evidence_]) r.fail();
    tail[rel.last_evidence_] = true;
  }
  return g;
}

void write_snapshot(const KnowledgeGraph& g, std::ostream& out) { GraphSnapshot::write(g, out); }

void save_snapshot(const KnowledgeGraph& g, const std::string& path) {
  write_file_atomically(path, [&](std::ostream& out) { write_snapshot(g, out); });
}

KnowledgeGraph load_snapshot(const std::string& path) {
  const MappedFile file(path);
  return GraphSnapshot::read(file.bytes(), path);
}

bool is_snapshot_path(std::string_view path) { return path.size() > 4 && path.ends_with(".kgb"); }

}  // namespace kg
