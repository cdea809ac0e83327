// Little-endian fixed-width encoding shared by kg's binary files (the facts
// file of a shard, the .kgb graph snapshot): a writer appending to a string,
// and a bounds-checked reader over bytes that throws kg::Error naming the
// file on any overrun, so a truncated or corrupt file is one clear line.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "kg/document.hpp"
#include "kg/error.hpp"
#include "kg/types.hpp"

namespace kg::io {

static_assert(std::endian::native == std::endian::little, "kg's binary files are written little-endian");

class BinaryWriter {
 public:
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  void put(const T& v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void put_string(std::string_view s) {
    put(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void put_strings(const std::vector<std::string>& v) {
    put(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) put_string(s);
  }
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  void put_array(const std::vector<T>& v) {
    put(static_cast<std::uint64_t>(v.size()));
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  BinaryReader(std::string_view bytes, std::string file) : p_(bytes.data()), end_(bytes.data() + bytes.size()), file_(std::move(file)) {}

  template <typename T>
    requires std::is_trivially_copyable_v<T>
  T get() {
    T v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  std::string_view get_view() {
    const auto n = get<std::uint32_t>();
    return {take(n), n};
  }
  std::string get_string() { return std::string(get_view()); }
  std::vector<std::string> get_strings() {
    const auto n = get<std::uint32_t>();
    need(n, 4);
    std::vector<std::string> v;
    v.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) v.push_back(get_string());
    return v;
  }
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  std::vector<T> get_array() {
    const auto n = get<std::uint64_t>();
    need(n, sizeof(T));
    std::vector<T> v(n);
    std::memcpy(v.data(), take(n * sizeof(T)), n * sizeof(T));
    return v;
  }
  // An array of fixed-size records left where they are: count, then records
  // read one at a time by copy (they need not be aligned).
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  class Records {
   public:
    Records(const char* p, std::size_t n) : p_(p), n_(n) {}
    std::size_t size() const { return n_; }
    T operator[](std::size_t i) const {
      T v;
      std::memcpy(&v, p_ + i * sizeof(T), sizeof(T));
      return v;
    }

   private:
    const char* p_;
    std::size_t n_;
  };
  template <typename T>
  Records<T> get_records() {
    const auto n = get<std::uint64_t>();
    need(n, sizeof(T));
    return {take(n * sizeof(T)), static_cast<std::size_t>(n)};
  }
  // A count of items each at least min_bytes long that must still fit.
  void need(std::uint64_t count, std::size_t min_bytes) const {
    if (count > static_cast<std::uint64_t>(end_ - p_) / (min_bytes ? min_bytes : 1)) fail();
  }
  const char* take(std::uint64_t n) {
    if (n > static_cast<std::uint64_t>(end_ - p_)) fail();
    const char* at = p_;
    p_ += n;
    return at;
  }
  bool done() const { return p_ == end_; }
  [[noreturn]] void fail() const { throw Error(file_ + ": truncated or corrupt"); }
  const std::string& file() const { return file_; }

 private:
  const char* p_;
  const char* end_;
  std::string file_;
};

// A document's metadata: its eight strings in a row.
inline void put_document_info(BinaryWriter& w, const DocumentInfo& d) {
  w.put_strings({d.id, d.source, d.title, d.date, d.url, d.author, d.site, d.hash});
}
inline DocumentInfo get_document_info(BinaryReader& r) {
  auto v = r.get_strings();
  if (v.size() != 8) r.fail();
  return {std::move(v[0]), std::move(v[1]), std::move(v[2]), std::move(v[3]),
          std::move(v[4]), std::move(v[5]), std::move(v[6]), std::move(v[7])};
}

// Types are written to disk by name (kg/types.hpp): a binary file carries the
// names of its type numbers once, and the reader maps them to this build's.
class TypeNames {
 public:
  static void write(BinaryWriter& w) {
    std::vector<std::string> names;
    for (EntityType t : all_entity_types()) names.emplace_back(to_string(t));
    w.put_strings(names);
    names.clear();
    for (RelationType t : all_relation_types()) names.emplace_back(to_string(t));
    w.put_strings(names);
    names.clear();
    for (Modality m : {Modality::Occurred, Modality::Planned, Modality::Hypothetical}) names.emplace_back(to_string(m));
    w.put_strings(names);
  }
  static TypeNames read(BinaryReader& r) {
    TypeNames t;
    const auto fail = [&](const std::string& kind, const std::string& name) -> std::uint8_t {
      throw Error(r.file() + ": unknown " + kind + " \"" + name + "\" (written by another kg version)");
    };
    for (const auto& n : r.get_strings()) {
      const auto v = parse_entity_type(n);
      t.entity_.push_back(v ? static_cast<std::uint8_t>(*v) : fail("entity type", n));
    }
    for (const auto& n : r.get_strings()) {
      const auto v = parse_relation_type(n);
      t.relation_.push_back(v ? static_cast<std::uint8_t>(*v) : fail("relation type", n));
    }
    for (const auto& n : r.get_strings()) {
      const auto v = parse_modality(n);
      t.modality_.push_back(v ? static_cast<std::uint8_t>(*v) : fail("modality", n));
    }
    return t;
  }
  EntityType entity(BinaryReader& r, std::uint8_t v) const { return static_cast<EntityType>(map(r, entity_, v)); }
  RelationType relation(BinaryReader& r, std::uint8_t v) const { return static_cast<RelationType>(map(r, relation_, v)); }
  Modality modality(BinaryReader& r, std::uint8_t v) const { return static_cast<Modality>(map(r, modality_, v)); }
  // The identity when the file was written by a build with the same numbers.
  bool identity() const { return same(entity_) && same(relation_) && same(modality_); }

 private:
  static std::uint8_t map(BinaryReader& r, const std::vector<std::uint8_t>& table, std::uint8_t v) {
    if (v >= table.size()) r.fail();
    return table[v];
  }
  static bool same(const std::vector<std::uint8_t>& table) {
    for (std::size_t i = 0; i < table.size(); ++i)
      if (table[i] != i) return false;
    return true;
  }
  std::vector<std::uint8_t> entity_, relation_, modality_;
};

// What an extracted and a graph entity share: name, type, aliases, mentions.
template <typename E>
void put_entity_core(BinaryWriter& w, const E& e) {
  w.put_string(e.name);
  w.put(static_cast<std::uint8_t>(e.type));
  w.put_strings(e.aliases);
  w.put(e.mentions);
}
template <typename E>
void get_entity_core(BinaryReader& r, const TypeNames& types, E& e) {
  e.name = r.get_string();
  e.type = types.entity(r, r.get<std::uint8_t>());
  e.aliases = r.get_strings();
  e.mentions = r.get<std::uint32_t>();
}

}  // namespace kg::io
