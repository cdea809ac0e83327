// The node-link SAX handler: the context stack, type checks on values, and
// the end-of-object checks of nodes and links.
#include "node_link_handler.hpp"

#include <climits>
#include <cstring>
#include <utility>

#include "io/escape.hpp"
#include "kg/store.hpp"

namespace kg::io {
namespace {

using Ctx = NodeLinkCtx;
using Field = NodeLinkField;
using Scalar = NodeLinkHandler::Scalar;

const char* const kNotNodeLink = "not a node-link graph (\"nodes\" and \"links\" must be arrays)";

}  // namespace

// --- errors and typed values -------------------------------------------------

void NodeLinkHandler::fail(std::size_t offset, const std::string& what) const { throw NodeLinkError{offset, what}; }

std::string NodeLinkHandler::where() const {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    switch (it->ctx) {
      case Ctx::Node:
      case Ctx::Nodes: return "node " + std::to_string(nodes_ - 1);
      case Ctx::Link:
      case Ctx::Links:
      case Ctx::Evidences:
      case Ctx::Evidence: return "link " + std::to_string(links_ - 1);
      case Ctx::GraphDoc:
      case Ctx::GraphDocs: return "graph.documents";
      case Ctx::Graph: return "graph";
      default: break;
    }
  }
  return "graph";
}

void NodeLinkHandler::wrong_type(Field f) const {
  switch (f) {
    case Field::Id:
    case Field::Source:
    case Field::Target:
      if (frames_.back().ctx != Ctx::GraphDoc) fail_here("id must be a string or an integer");
      fail_here(field_name(f) + " is not a string");
    case Field::Mentions:
    case Field::Sentence:
    case Field::Start:
    case Field::End: fail_here(field_name(f) + " is not a non-negative integer");
    case Field::Confidence: fail_here(field_name(f) + " is not a number");
    default: fail_here(field_name(f) + " is not a string");
  }
}

std::string NodeLinkHandler::string_of(Field f, const Scalar& v) const {
  if (v.kind == Scalar::Null) return {};
  if (v.kind != Scalar::String) wrong_type(f);
  return std::string(v.text);
}

std::uint32_t NodeLinkHandler::uint_of(Field f, const Scalar& v) const {
  if (v.kind == Scalar::Uint) return static_cast<std::uint32_t>(v.u);
  if (v.kind == Scalar::Int && v.i >= 0) return static_cast<std::uint32_t>(v.i);  // "-0"
  wrong_type(f);
}

float NodeLinkHandler::number_of(Field f, const Scalar& v) const {
  switch (v.kind) {
    case Scalar::Int:
    case Scalar::Int64: return static_cast<float>(v.i);
    case Scalar::Uint:
    case Scalar::Uint64: return static_cast<float>(v.u);
    case Scalar::Double: return static_cast<float>(v.d);
    default: wrong_type(f);
  }
}

// Refused rather than clamped: a clamped value would not be what the file says.
std::string NodeLinkHandler::out_of_range(const Scalar& v) const {
  std::string n;
  append_double(n, v.kind == Scalar::Double ? v.d : static_cast<double>(number_of(Field::Confidence, v)));
  return "\"confidence\" " + n + " is outside 0..1";
}

float NodeLinkHandler::confidence_of(Field f, const Scalar& v) const {
  const float c = number_of(f, v);
  if (!(c >= 0.0f && c <= 1.0f)) fail_here(out_of_range(v));
  return c;
}

std::string NodeLinkHandler::id_of(const Scalar& v) const {
  switch (v.kind) {
    case Scalar::String: return std::string(v.text);
    case Scalar::Int:
    case Scalar::Int64: return std::to_string(v.i);
    case Scalar::Uint:
    case Scalar::Uint64: return std::to_string(v.u);
    default: wrong_type(Field::Id);
  }
}

// --- events ------------------------------------------------------------------

bool NodeLinkHandler::String(const char* s, rapidjson::SizeType n, bool) {
  std::string_view text(s, n);
  // Even when validating, RapidJSON decodes a lone surrogate escape ("\udc00")
  // to the malformed bytes ED B0 80; those (and only those) start with 0xED.
  if (std::memchr(s, '\xED', n) && !is_valid_utf8(text)) {
    repaired_ = repair_utf8(text);
    text = repaired_;
  }
  return scalar({Scalar::String, text});
}

bool NodeLinkHandler::Key(const char* s, rapidjson::SizeType n, bool) {
  const std::size_t end = source_.Tell();
  source_.mark(end);
  key_offset_ = end >= n + 2 ? end - n - 2 : 0;
  Frame& f = frames_.back();
  f.field = field_of(f.ctx, {s, n});
  return true;
}

bool NodeLinkHandler::open(bool object) {
  const std::size_t here = source_.Tell() - 1;  // the bracket
  source_.mark(here + 1);
  if (frames_.size() >= kMaxDepth)
    fail(here, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
  if (frames_.empty()) {
    if (!object) fail(std::string::npos, "not a node-link graph (top level is not an object)");
    frames_.push_back({Ctx::Top});
    return true;
  }
  const Frame parent = frames_.back();
  Ctx child = Ctx::Skip;
  switch (parent.ctx) {
    case Ctx::Top:
      if (parent.field == Field::Other) break;
      top_value(nullptr, object);
      child = parent.field == Field::Graph ? (object ? Ctx::Graph : Ctx::Skip)
                                           : (parent.field == Field::Nodes ? Ctx::Nodes : Ctx::Links);
      break;
    case Ctx::Graph:
      if (parent.field == Field::Version)
        fail(key_offset_,
             "graph format version ? is newer than this kg reads (" + std::to_string(kNodeLinkVersion) + ")");
      if (parent.field == Field::Documents && !object) child = Ctx::GraphDocs;
      break;
    case Ctx::GraphDocs:
      key_offset_ = here;
      if (!object) fail_here("entry is not an object");
      doc_ = {};
      child = Ctx::GraphDoc;
      break;
    case Ctx::Nodes:
      ++nodes_;
      key_offset_ = here;
      if (!object) fail_here("not an object");
      node_ = {};
      node_.offset = here;
      node_.index = nodes_ - 1;
      node_has_id_ = false;
      node_type_.clear();
      child = Ctx::Node;
      break;
    case Ctx::Links:
      ++links_;
      key_offset_ = here;
      if (!object) fail_here("not an object");
      link_ = {};
      link_.offset = here;
      link_.index = links_ - 1;
      link_has_source_ = link_has_target_ = false;
      link_relation_.clear();
      link_modality_.clear();
      link_deferred_error_.clear();
      evidence_.clear();
      child = Ctx::Link;
      break;
    case Ctx::Evidences:
      key_offset_ = here;
      if (!object) fail_here("evidence is not an object");
      ev_ = {};
      child = Ctx::Evidence;
      break;
    case Ctx::GraphDoc:
      if (parent.field != Field::Other) wrong_type(parent.field);
      break;
    case Ctx::Node:
      if (!object && parent.field == Field::Aliases) child = Ctx::NodeAliases;
      else if (!object && parent.field == Field::Documents) child = Ctx::NodeDocs;
      else if (parent.field != Field::Other && parent.field != Field::Aliases && parent.field != Field::Documents)
        wrong_type(parent.field);
      break;
    case Ctx::Link:
      if (parent.field == Field::Evidence) {
        if (!object) child = Ctx::Evidences;
      } else if (parent.field == Field::Modality || parent.field == Field::Confidence) {
        // Checked only when the link has no evidence (it is not used otherwise).
        link_deferred_error_ = where() + ": " + (parent.field == Field::Modality ? "\"modality\" is not a string"
                                                                                 : "\"confidence\" is not a number");
      } else if (parent.field != Field::Other) {
        wrong_type(parent.field);
      }
      break;
    case Ctx::Evidence:
      if (parent.field != Field::Other) wrong_type(parent.field);
      break;
    default: break;
  }
  frames_.push_back({child});
  return true;
}

bool NodeLinkHandler::close() {
  source_.mark(source_.Tell());
  const Ctx ctx = frames_.back().ctx;
  frames_.pop_back();
  switch (ctx) {
    case Ctx::Graph: builder_.end_graph(); break;
    case Ctx::GraphDoc: builder_.add_document(std::move(doc_)); break;
    case Ctx::Nodes: builder_.end_nodes(); break;
    case Ctx::Node: end_node(); break;
    case Ctx::Link: end_link(); break;
    case Ctx::Evidence: evidence_.push_back(std::move(ev_)); break;
    default: break;
  }
  return true;
}

bool NodeLinkHandler::scalar(const Scalar& v) {
  const std::size_t end = source_.Tell();
  source_.mark(end);
  if (frames_.empty()) fail(std::string::npos, "not a node-link graph (top level is not an object)");
  const Frame& f = frames_.back();
  switch (f.ctx) {
    case Ctx::Top:
      if (f.field != Field::Other) top_value(&v, false);
      break;
    case Ctx::Graph:
      if (f.field == Field::Version) {
        const bool is_int = v.kind == Scalar::Int || (v.kind == Scalar::Uint && v.u <= INT_MAX);
        const std::int64_t version = v.kind == Scalar::Int ? v.i : static_cast<std::int64_t>(v.u);
        if (!is_int || version > kNodeLinkVersion)
          fail(key_offset_, "graph format version " + (is_int ? std::to_string(version) : std::string("?")) +
                    " is newer than this kg reads (" + std::to_string(kNodeLinkVersion) + ")");
      }
      break;
    case Ctx::GraphDocs:
      key_offset_ = end;
      fail_here("entry is not an object");
    case Ctx::GraphDoc: graph_doc_field(f.field, v); break;
    case Ctx::Nodes:
      ++nodes_;
      key_offset_ = end;
      fail_here("not an object");
    case Ctx::Node: node_field(f.field, v); break;
    case Ctx::NodeAliases:
      if (v.kind == Scalar::String) node_.entity.aliases.emplace_back(v.text);
      break;
    case Ctx::NodeDocs:
      if (v.kind == Scalar::String) node_.documents.emplace_back(v.text);
      break;
    case Ctx::Links:
      ++links_;
      key_offset_ = end;
      fail_here("not an object");
    case Ctx::Link: link_field(f.field, v); break;
    case Ctx::Evidences:
      key_offset_ = end;
      fail_here("evidence is not an object");
    case Ctx::Evidence: evidence_field(f.field, v); break;
    case Ctx::Skip: break;
  }
  return true;
}

// A value of "graph", "nodes" or "links"/"edges" at the top level (object or
// array when v is null).
void NodeLinkHandler::top_value(const Scalar* v, bool object) {
  const Field f = frames_.back().field;
  bool& seen = f == Field::Graph ? seen_graph_ : f == Field::Nodes ? seen_nodes_ : seen_links_;
  if (seen) fail(key_offset_, "duplicate key " + field_name(f) + " (\"links\" and \"edges\" are the same)");
  seen = true;
  if (f == Field::Graph) {
    if (v || !object) builder_.end_graph();  // not an object: no documents, no version
    return;
  }
  if (v || object) fail(std::string::npos, kNotNodeLink);
}

void NodeLinkHandler::graph_doc_field(Field f, const Scalar& v) {
  switch (f) {
    case Field::Id: doc_.id = string_of(f, v); break;
    case Field::Source: doc_.source = string_of(f, v); break;
    case Field::Title: doc_.title = string_of(f, v); break;
    case Field::Date: doc_.date = string_of(f, v); break;
    case Field::Url: doc_.url = string_of(f, v); break;
    case Field::Author: doc_.author = string_of(f, v); break;
    case Field::Site: doc_.site = string_of(f, v); break;
    case Field::Hash: doc_.hash = string_of(f, v); break;
    default: break;
  }
}

void NodeLinkHandler::node_field(Field f, const Scalar& v) {
  switch (f) {
    case Field::Id:
      node_.id = id_of(v);
      node_has_id_ = true;
      break;
    case Field::Label: node_.entity.name = string_of(f, v); break;
    case Field::Type: node_type_ = string_of(f, v); break;
    case Field::Mentions: node_.entity.mentions = uint_of(f, v); break;
    default: break;  // aliases / documents that are not arrays are ignored
  }
}

void NodeLinkHandler::link_field(Field f, const Scalar& v) {
  switch (f) {
    case Field::Source:
      link_.source = id_of(v);
      link_has_source_ = true;
      break;
    case Field::Target:
      link_.target = id_of(v);
      link_has_target_ = true;
      break;
    case Field::Relation: link_relation_ = string_of(f, v); break;
    case Field::What: link_.what = string_of(f, v); break;
    case Field::Role: link_.role = string_of(f, v); break;
    case Field::Modality:
      if (v.kind == Scalar::String || v.kind == Scalar::Null)
        link_modality_ = std::string(v.text);
      else
        link_deferred_error_ = where() + ": \"modality\" is not a string";
      break;
    case Field::Confidence:
      if (v.kind == Scalar::Null || v.kind == Scalar::Bool || v.kind == Scalar::String)
        link_deferred_error_ = where() + ": \"confidence\" is not a number";
      else if (const float c = number_of(f, v); c >= 0.0f && c <= 1.0f)
        link_.confidence = c;
      else
        link_deferred_error_ = where() + ": " + out_of_range(v);
      break;
    default: break;  // "key", or evidence that is not an array: as if there were none
  }
}

void NodeLinkHandler::evidence_field(Field f, const Scalar& v) {
  EdgeEvidence& ev = ev_.ev;
  switch (f) {
    case Field::Doc: ev_.doc = string_of(f, v); break;
    case Field::Sentence: ev.sentence = uint_of(f, v); break;
    case Field::Start: ev.span.begin = uint_of(f, v); break;
    case Field::End: ev.span.end = uint_of(f, v); break;
    case Field::Text: ev.text = string_of(f, v); break;
    case Field::Rule: ev.rule = string_of(f, v); break;
    case Field::Confidence: ev.confidence = confidence_of(f, v); break;
    case Field::Modality: {
      const std::string m = string_of(f, v);
      const auto parsed = m.empty() ? Modality::Occurred : parse_modality(m);
      if (!parsed) fail_here("unknown modality '" + shown(m) + "'");
      ev.modality = *parsed;
      break;
    }
    default: break;
  }
}

void NodeLinkHandler::end_node() {
  const std::string where = "node " + std::to_string(node_.index);
  if (!node_has_id_) fail(node_.offset, where + ": missing \"id\"");
  const auto type = parse_entity_type(node_type_);
  if (!type) fail(node_.offset, where + ": unknown entity type '" + shown(node_type_) + "'");
  node_.entity.type = *type;
  if (node_.entity.name.empty()) node_.entity.name = node_.id;
  builder_.add_node(std::move(node_));
}

void NodeLinkHandler::end_link() {
  const std::string where = "link " + std::to_string(link_.index);
  if (!link_has_source_) fail(link_.offset, where + ": missing \"source\"");
  if (!link_has_target_) fail(link_.offset, where + ": missing \"target\"");
  const auto type = parse_relation_type(link_relation_);
  if (!type) fail(link_.offset, where + ": unknown relation '" + shown(link_relation_) + "'");
  link_.type = *type;
  if (evidence_.empty()) {
    if (!link_deferred_error_.empty()) fail(link_.offset, link_deferred_error_);
    const auto m = link_modality_.empty() ? Modality::Occurred : parse_modality(link_modality_);
    if (!m) fail(link_.offset, where + ": unknown modality '" + shown(link_modality_) + "'");
    link_.modality = *m;
  }
  builder_.add_link(std::move(link_), evidence_);
}

void NodeLinkHandler::finish() {
  if (!seen_nodes_) fail(std::string::npos, "graph: missing \"nodes\"");
  if (!seen_links_) fail(std::string::npos, kNotNodeLink);
  builder_.finish();
}

}  // namespace kg::io
