// The binary model files under data/models/: a versioned header, then
// sections of little-endian numbers, strings and arrays, with a CRC-32.
// Reading checks every size against what is left, so a truncated, corrupt or
// foreign file is a one-line kg::Error that names the file.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "huge_pages.hpp"

namespace kg::nlp {

// Bumped whenever the layout of any model changes; a file of another version
// is refused ("retrain with scripts/train_models.sh").
inline constexpr std::uint32_t kModelFormatVersion = 1;

class ModelWriter {
 public:
  explicit ModelWriter(std::string kind) : kind_(std::move(kind)) {}
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void f32(float v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s.data(), s.size());
  }
  template <class T>
  void array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    u32(static_cast<std::uint32_t>(v.size()));
    raw(v.data(), v.size() * sizeof(T));
  }
  void strings(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  // A hash map as its keys, sorted, then its values in that order: the
  // bytes do not depend on the map's iteration order.
  template <class Map>
  void sorted_map(const Map& m) {
    std::vector<typename Map::key_type> keys;
    keys.reserve(m.size());
    for (const auto& kv : m) keys.push_back(kv.first);
    std::sort(keys.begin(), keys.end());
    std::vector<typename Map::mapped_type> values;
    values.reserve(keys.size());
    for (const auto& k : keys) values.push_back(m.at(k));
    array(keys);
    array(values);
  }
  // Writes header + deflated body to path atomically; throws kg::Error.
  void save(const std::string& path) const;

 private:
  void raw(const void* p, std::size_t n) { body_.append(static_cast<const char*>(p), n); }
  std::string kind_;
  std::string body_;
};

class ModelReader {
 public:
  // Reads and inflates path, checking magic, version and kind.
  ModelReader(const std::string& path, std::string_view kind);
  std::uint32_t u32() {
    std::uint32_t v;
    raw(&v, sizeof v);
    return v;
  }
  float f32() {
    float v;
    raw(&v, sizeof v);
    return v;
  }
  std::string str() {
    const std::uint32_t n = u32();
    need(n);
    std::string s(body_.data() + pos_, n);
    pos_ += n;
    return s;
  }
  template <class T>
  std::vector<T> array() {
    static_assert(std::is_trivially_copyable_v<T>);
    const std::uint32_t n = u32();
    need(static_cast<std::size_t>(n) * sizeof(T));
    std::vector<T> v;
    v.reserve(n);
    advise_huge_pages(v.data(), n * sizeof(T));  // the big arrays of the models
    v.resize(n);
    if (n) std::memcpy(v.data(), body_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  std::vector<std::string> strings() {
    const std::uint32_t n = u32();
    need(n);  // at least a byte each: refuses absurd counts before allocating
    std::vector<std::string> v;
    v.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) v.push_back(str());
    return v;
  }
  // A map ModelWriter::sorted_map wrote; corrupt names the error when the
  // two arrays differ in length.
  template <class Map>
  Map sorted_map(std::string_view corrupt) {
    const auto keys = array<typename Map::key_type>();
    const auto values = array<typename Map::mapped_type>();
    if (keys.size() != values.size()) fail(corrupt);
    Map m;
    m.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) m.emplace(keys[i], values[i]);
    return m;
  }
  // Throws unless the whole body was read.
  void finish() const;
  [[noreturn]] void fail(std::string_view what) const;
  const std::string& path() const { return path_; }

 private:
  void raw(void* p, std::size_t n) {
    need(n);
    std::memcpy(p, body_.data() + pos_, n);
    pos_ += n;
  }
  void need(std::size_t n) const {
    if (n > body_.size() - pos_) fail("truncated or corrupt (a section runs past the end)");
  }
  std::string path_;
  // The file mapped read-only: its pages come from the page cache, neither
  // zeroed nor copied.
  struct Mapping {
    const char* data = nullptr;
    std::size_t size = 0;
    Mapping() = default;
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    ~Mapping();
  };
  Mapping map_;
  std::string_view body_;  // the whole file, in map_; sections are read from pos_ on
  std::size_t pos_ = 0;
};

}  // namespace kg::nlp
