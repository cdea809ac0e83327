// The facts file of a shard (include/kg/facts_file.hpp, docs/SCALE.md):
//   "KGFACTS\0" u32 version | u32 size, header | ('D' u32 size, record)... |
//   'T' u32 size, trailer | u32 size of that trailer block | "KGFEND\0\0"
// The trailer is also found from the end, so a truncated file is refused
// when it is opened, before anything is merged.
#include "kg/facts_file.hpp"

#include <cerrno>
#include <cstring>

#include "binary_io.hpp"
#include "kg/document.hpp"
#include "kg/error.hpp"

namespace kg {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'F', 'A', 'C', 'T', 'S', '\0'};
constexpr char kEndMagic[8] = {'K', 'G', 'F', 'E', 'N', 'D', '\0', '\0'};
constexpr std::uint32_t kMaxBlock = 1u << 30;  // one document's facts: far below

using io::BinaryReader;
using io::BinaryWriter;

void put_span(BinaryWriter& w, Span s) {
  w.put(s.begin);
  w.put(s.end);
}
Span get_span(BinaryReader& r) {
  Span s;
  s.begin = r.get<std::uint32_t>();
  s.end = r.get<std::uint32_t>();
  return s;
}

void put_facts(BinaryWriter& w, const DocumentFacts& f) {
  io::put_document_info(w, f.doc);
  w.put(static_cast<std::uint32_t>(f.entities.size()));
  for (const auto& e : f.entities) io::put_entity_core(w, e);
  w.put(static_cast<std::uint32_t>(f.facts.size()));
  for (const auto& x : f.facts) {
    w.put(x.subject);
    w.put(x.object);
    w.put(static_cast<std::uint8_t>(x.relation));
    w.put_string(x.what);
    w.put_string(x.role);
    put_span(w, x.subject_span);
    put_span(w, x.object_span);
    const Evidence& ev = x.evidence;
    w.put_string(ev.doc_id);
    w.put(ev.sentence);
    put_span(w, ev.span);
    w.put_string(ev.text);
    w.put(static_cast<std::uint8_t>(ev.modality));
    w.put(ev.confidence);
    w.put_string(ev.rule);
  }
}

DocumentFacts get_facts(BinaryReader& r, const io::TypeNames& types) {
  DocumentFacts f;
  f.doc = io::get_document_info(r);
  const auto entities = r.get<std::uint32_t>();
  r.need(entities, 13);
  f.entities.resize(entities);
  for (auto& e : f.entities) io::get_entity_core(r, types, e);
  const auto facts = r.get<std::uint32_t>();
  r.need(facts, 40);
  f.facts.resize(facts);
  for (auto& x : f.facts) {
    x.subject = r.get<std::uint32_t>();
    x.object = r.get<std::uint32_t>();
    if (x.subject >= entities || x.object >= entities) r.fail();
    x.relation = types.relation(r, r.get<std::uint8_t>());
    x.what = r.get_string();
    x.role = r.get_string();
    x.subject_span = get_span(r);
    x.object_span = get_span(r);
    Evidence& ev = x.evidence;
    ev.doc_id = r.get_string();
    ev.sentence = r.get<std::uint32_t>();
    ev.span = get_span(r);
    ev.text = r.get_string();
    ev.modality = types.modality(r, r.get<std::uint8_t>());
    ev.confidence = r.get<float>();
    ev.rule = r.get_string();
  }
  return f;
}

void write_block(std::ostream& out, char tag, const std::string& bytes) {
  const auto size = static_cast<std::uint32_t>(bytes.size());
  out.put(tag);
  out.write(reinterpret_cast<const char*>(&size), sizeof size);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

FactsWriter::FactsWriter(std::ostream& out, const FactsHeader& h) : out_(out) {
  out_.write(kMagic, sizeof kMagic);
  out_.write(reinterpret_cast<const char*>(&kFactsFileVersion), sizeof kFactsFileVersion);
  BinaryWriter w;
  w.put(h.shard);
  w.put(h.shards);
  w.put_strings(h.inputs);
  w.put_string(h.data_version);
  w.put_string(h.options);
  io::TypeNames::write(w);
  write_block(out_, 'H', w.bytes());
}

void FactsWriter::add(std::uint64_t seq, const DocumentFacts& facts) {
  BinaryWriter w;
  w.put(seq);
  put_facts(w, facts);
  if (w.bytes().size() > kMaxBlock) throw Error(facts.doc.id + ": too many facts for one facts-file record");
  write_block(out_, 'D', w.bytes());
  ++records_;
}

void FactsWriter::finish(std::uint64_t documents, const std::string& corpus) {
  BinaryWriter w;
  w.put(documents);
  w.put(records_);
  w.put_string(corpus);
  write_block(out_, 'T', w.bytes());
  const auto size = static_cast<std::uint32_t>(w.bytes().size());
  out_.write(reinterpret_cast<const char*>(&size), sizeof size);
  out_.write(kEndMagic, sizeof kEndMagic);
}

FactsReader::FactsReader(const std::string& path) : path_(path), in_(path, std::ios::binary) {
  if (!in_) throw Error(path + ": cannot open: " + std::strerror(errno));
  const auto fail = [&](const std::string& what) { throw Error(path + ": " + what); };
  char magic[sizeof kMagic];
  std::uint32_t version = 0;
  if (!in_.read(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0)
    fail("not a kg facts file (write one with kg extract --shard)");
  if (!in_.read(reinterpret_cast<char*>(&version), sizeof version)) fail("truncated or corrupt");
  if (version != kFactsFileVersion)
    fail("facts file version " + std::to_string(version) + "; this kg reads version " +
         std::to_string(kFactsFileVersion));
  // The trailer, from the end: its absence means the file was cut short.
  in_.seekg(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(in_.tellg());
  char tail[12];
  if (size < 12 + 12 || !in_.seekg(static_cast<std::streamoff>(size - 12)) || !in_.read(tail, 12) ||
      std::memcmp(tail + 4, kEndMagic, sizeof kEndMagic) != 0)
    fail("truncated (no trailer; was the shard interrupted?)");
  std::uint32_t trailer_size = 0;
  std::memcpy(&trailer_size, tail, 4);
  if (trailer_size > size - 24) fail("truncated or corrupt");
  std::string bytes(trailer_size, '\0');
  in_.seekg(static_cast<std::streamoff>(size - 12 - trailer_size));
  if (!in_.read(bytes.data(), trailer_size)) fail("truncated or corrupt");
  BinaryReader t(bytes, path);
  trailer_.documents = t.get<std::uint64_t>();
  trailer_.records = t.get<std::uint64_t>();
  trailer_.corpus = t.get_string();
  // The header.
  in_.seekg(sizeof kMagic + sizeof version);
  char tag = 0;
  std::uint32_t block = 0;
  if (!in_.get(tag) || tag != 'H' || !in_.read(reinterpret_cast<char*>(&block), sizeof block) || block > kMaxBlock)
    fail("truncated or corrupt");
  buffer_.resize(block);
  if (!in_.read(buffer_.data(), block)) fail("truncated or corrupt");
  BinaryReader h(buffer_, path);
  header_.shard = h.get<std::uint32_t>();
  header_.shards = h.get<std::uint32_t>();
  header_.inputs = h.get_strings();
  header_.data_version = h.get_string();
  header_.options = h.get_string();
  types_ = std::make_unique<io::TypeNames>(io::TypeNames::read(h));
  if (header_.shards == 0 || header_.shard >= header_.shards) fail("corrupt header (shard out of range)");
}

FactsReader::~FactsReader() = default;
FactsReader::FactsReader(FactsReader&&) noexcept = default;

bool FactsReader::next(std::uint64_t& seq, DocumentFacts& facts) {
  char tag = 0;
  std::uint32_t block = 0;
  if (!in_.get(tag) || !in_.read(reinterpret_cast<char*>(&block), sizeof block) || block > kMaxBlock ||
      (tag != 'D' && tag != 'T'))
    throw Error(path_ + ": truncated or corrupt (record " + std::to_string(read_ + 1) + ")");
  if (tag == 'T') {
    if (read_ != trailer_.records)
      throw Error(path_ + ": corrupt: " + std::to_string(read_) + " records, the trailer says " +
                  std::to_string(trailer_.records));
    return false;
  }
  buffer_.resize(block);
  if (!in_.read(buffer_.data(), block)) throw Error(path_ + ": truncated or corrupt (record " + std::to_string(read_ + 1) + ")");
  BinaryReader r(buffer_, path_ + " (record " + std::to_string(read_ + 1) + ")");
  seq = r.get<std::uint64_t>();
  facts = get_facts(r, *types_);
  if (!r.done()) r.fail();
  ++read_;
  return true;
}

std::string corpus_step(const std::string& corpus, std::uint64_t seq, const DocumentInfo& doc) {
  return content_hash(corpus + '\n' + std::to_string(seq) + '\t' + doc.id + '\t' + doc.hash);
}

}  // namespace kg
