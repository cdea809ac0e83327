// The RapidJSON SAX handler for node-link JSON: a stack of contexts (top,
// graph, graph.documents[], nodes[], links[], evidence[], skipped values)
// that turns parser events into checked items for a NodeLinkBuilder.
#pragma once

#include <rapidjson/rapidjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "json_source.hpp"
#include "node_link_fields.hpp"
#include "node_link_builder.hpp"

namespace kg::io {

class NodeLinkHandler {
 public:
  static constexpr std::size_t kMaxDepth = 64;

  NodeLinkHandler(JsonSource& source, NodeLinkBuilder& builder) : source_(source), builder_(builder) {}

  // After a successful parse: checks the top level and completes the graph.
  void finish();

  // RapidJSON's Handler concept. Errors are thrown as NodeLinkError.
  bool Null() { return scalar({Scalar::Null}); }
  bool Bool(bool) { return scalar({Scalar::Bool}); }
  bool Int(int i) { return scalar({Scalar::Int, {}, i}); }
  bool Uint(unsigned u) { return scalar({Scalar::Uint, {}, 0, u}); }
  bool Int64(std::int64_t i) { return scalar({Scalar::Int64, {}, i}); }
  bool Uint64(std::uint64_t u) { return scalar({Scalar::Uint64, {}, 0, u}); }
  bool Double(double d) { return scalar({Scalar::Double, {}, 0, 0, d}); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return scalar({Scalar::Double}); }
  bool String(const char* s, rapidjson::SizeType n, bool);
  bool Key(const char* s, rapidjson::SizeType n, bool);
  bool StartObject() { return open(true); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(false); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  // A scalar value as the parser reports it.
  struct Scalar {
    enum Kind : std::uint8_t { Null, Bool, Int, Uint, Int64, Uint64, Double, String } kind;
    std::string_view text = {};
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;
  };

 private:
  using Ctx = NodeLinkCtx;
  using Field = NodeLinkField;

  struct Frame {
    Ctx ctx;
    Field field = Field::Other;  // the key whose value comes next
  };

  bool scalar(const Scalar& v);
  bool open(bool object);
  bool close();
  void top_value(const Scalar* v, bool object);
  void graph_doc_field(Field f, const Scalar& v);
  void node_field(Field f, const Scalar& v);
  void link_field(Field f, const Scalar& v);
  void evidence_field(Field f, const Scalar& v);
  void end_node();
  void end_link();

  [[noreturn]] void fail(std::size_t offset, const std::string& what) const;
  [[noreturn]] void fail_here(const std::string& what) const { fail(key_offset_, where() + ": " + what); }
  std::string where() const;
  std::string string_of(Field f, const Scalar& v) const;
  std::uint32_t uint_of(Field f, const Scalar& v) const;
  float number_of(Field f, const Scalar& v) const;
  float confidence_of(Field f, const Scalar& v) const;  // a number in 0..1
  std::string out_of_range(const Scalar& v) const;
  std::string id_of(const Scalar& v) const;
  [[noreturn]] void wrong_type(Field f) const;

  JsonSource& source_;
  NodeLinkBuilder& builder_;
  std::vector<Frame> frames_;
  std::size_t key_offset_ = 0;  // where the current key (or value) starts
  bool seen_graph_ = false, seen_nodes_ = false, seen_links_ = false;
  std::uint32_t nodes_ = 0, links_ = 0;  // elements met so far in nodes[] / links[]

  DocumentInfo doc_;
  NodeItem node_;
  bool node_has_id_ = false;
  std::string node_type_;
  LinkItem link_;
  bool link_has_source_ = false, link_has_target_ = false;
  std::string link_relation_, link_modality_, link_deferred_error_;
  std::vector<EvidenceItem> evidence_;
  EvidenceItem ev_;
  std::string repaired_;  // the current string value made valid UTF-8
};

}  // namespace kg::io
