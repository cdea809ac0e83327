// The .kgb snapshot (include/kg/snapshot.hpp, docs/SCALE.md):
//   "KGSNAP\0\0" u32 version u32 0 | type names | documents | entities |
//   name index | interned strings | relations | relation ends | evidence |
//   arena blocks | u64 file size "KGSNEND\0"
// Tables are fixed-size records written as arrays; strings are u32 size +
// bytes. Loading maps the file, checks the trailer first (a truncated file
// is refused at once), then copies the arrays and checks every index in
// them, so a corrupt file is an error and never a crash.
#include "kg/snapshot.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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
struct EndsRecord {
  std::uint32_t source;
  std::uint32_t target;
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
};

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
  w.put(static_cast<std::uint64_t>(g.by_key_.size()));
  for (const auto& [key, v] : g.by_key_) {
    w.put_string(key);
    w.put(v);
    if (w.bytes().size() > (1u << 20)) flush();
  }

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
  std::vector<EndsRecord> ends(g.relations_.size());
  for (auto [it, end] = boost::edges(topology); it != end; ++it)
    ends[topology[*it].id] = {static_cast<std::uint32_t>(boost::source(*it, topology)),
                              static_cast<std::uint32_t>(boost::target(*it, topology))};

  w.put_strings(interned.strings());
  w.put_array(relations);
  flush();
  relations = {};
  w.put_array(ends);
  flush();
  ends = {};
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
  const auto keys = r.get<std::uint64_t>();
  r.need(keys, 8);
  g.by_key_.reserve(keys);
  for (std::uint64_t i = 0; i < keys; ++i) {
    std::string key = r.get_string();
    const auto v = r.get<std::uint32_t>();
    if (v >= entities) r.fail();
    g.by_key_.emplace(std::move(key), v);
  }

  std::vector<Interned> interned{Interned()};
  for (const auto& s : r.get_strings()) interned.emplace_back(s);
  const auto intern = [&](std::uint32_t i) -> Interned {
    if (i >= interned.size()) r.fail();
    return interned[i];
  };

  const auto relations = r.get_array<RelationRecord>();
  const auto ends = r.get_array<EndsRecord>();
  const auto evidence = r.get_array<EvidenceRecordOnDisk>();
  if (ends.size() != relations.size() || relations.size() >= Relation::kNone || evidence.size() >= Relation::kNone)
    r.fail();
  g.relations_.resize(relations.size());
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const RelationRecord& x = relations[i];
    Relation& rel = g.relations_[i];
    rel.type = types.relation(r, x.type);
    rel.modality = types.modality(r, x.modality);
    rel.docs_in_order_ = x.docs_in_order != 0;
    rel.confidence = x.confidence;
    rel.what = intern(x.what);
    rel.role = intern(x.role);
    rel.last_evidence_ = x.last_evidence;
    rel.evidence_count_ = x.evidence_count;
    if ((x.last_evidence == Relation::kNone) != (x.evidence_count == 0) ||
        (x.last_evidence != Relation::kNone && x.last_evidence >= evidence.size()))
      r.fail();
    if (ends[i].source >= entities || ends[i].target >= entities) r.fail();
  }

  const auto blocks = r.get<std::uint32_t>();
  r.need(blocks, 4);
  g.texts_.blocks_.clear();
  g.texts_.blocks_.reserve(blocks);
  for (std::uint32_t i = 0; i < blocks; ++i) g.texts_.blocks_.emplace_back(r.get_view());
  if (blocks == 0 || !r.done()) r.fail();
  g.texts_.stored_ = evidence.size();

  g.evidence_.resize(evidence.size());
  std::uint64_t chained = 0;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const EvidenceRecordOnDisk& x = evidence[i];
    auto& rec = g.evidence_[i];
    if (x.doc >= documents || x.next >= evidence.size() || x.text_block >= blocks ||
        std::uint64_t{x.text_offset} + x.text_size > g.texts_.blocks_[x.text_block].size())
      r.fail();
    rec.doc = x.doc;
    rec.sentence = x.sentence;
    rec.span = {x.begin, x.end};
    rec.text = {x.text_block, x.text_offset, x.text_size};
    rec.next = x.next;
    rec.confidence = x.confidence;
    rec.modality = types.modality(r, x.modality);
    rec.rule = intern(x.rule);
  }
  // Every chain must be a cycle through its own records only: a corrupt next
  // would otherwise make iterating the evidence loop for ever.
  std::vector<bool> seen(evidence.size());
  for (const Relation& rel : g.relations_) {
    std::uint32_t at = rel.last_evidence_;
    for (std::uint32_t k = 0; k < rel.evidence_count_; ++k) {
      at = g.evidence_[at].next;
      if (seen[at]) r.fail();
      seen[at] = true;
    }
    if (at != rel.last_evidence_) r.fail();
    chained += rel.evidence_count_;
  }
  if (chained != evidence.size()) r.fail();

  std::vector<std::pair<KnowledgeGraph::Vertex, KnowledgeGraph::Vertex>> pairs(ends.size());
  for (std::size_t i = 0; i < ends.size(); ++i) pairs[i] = {ends[i].source, ends[i].target};
  g.build_topology(pairs);
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
