// Key names of node-link JSON per context.
#include "node_link_fields.hpp"

#include <cstddef>

namespace kg::io {
namespace {

using F = NodeLinkField;

struct Name {
  std::string_view name;
  F field;
};

constexpr Name kTopFields[] = {{"graph", F::Graph}, {"nodes", F::Nodes}, {"links", F::Links}, {"edges", F::Links}};
constexpr Name kGraphFields[] = {{"version", F::Version}, {"documents", F::Documents}};
constexpr Name kDocFields[] = {{"id", F::Id},     {"source", F::Source}, {"title", F::Title}, {"date", F::Date},
                               {"url", F::Url},   {"author", F::Author}, {"site", F::Site},   {"hash", F::Hash}};
constexpr Name kNodeFields[] = {{"id", F::Id},           {"label", F::Label},       {"type", F::Type},
                                {"aliases", F::Aliases}, {"mentions", F::Mentions}, {"documents", F::Documents}};
constexpr Name kLinkFields[] = {{"source", F::Source},     {"target", F::Target},         {"relation", F::Relation},
                                {"modality", F::Modality}, {"confidence", F::Confidence}, {"what", F::What},
                                {"role", F::Role},         {"evidence", F::Evidence}};
constexpr Name kEvidenceFields[] = {{"doc", F::Doc},   {"sentence", F::Sentence}, {"start", F::Start},
                                    {"end", F::End},   {"text", F::Text},         {"modality", F::Modality},
                                    {"rule", F::Rule}, {"confidence", F::Confidence}};
// Every field once, for its name in messages.
constexpr Name kAllFields[] = {
    {"graph", F::Graph},       {"nodes", F::Nodes},       {"links", F::Links},           {"version", F::Version},
    {"documents", F::Documents}, {"id", F::Id},           {"source", F::Source},         {"title", F::Title},
    {"date", F::Date},         {"url", F::Url},           {"author", F::Author},         {"site", F::Site},
    {"hash", F::Hash},         {"label", F::Label},       {"type", F::Type},             {"aliases", F::Aliases},
    {"mentions", F::Mentions}, {"target", F::Target},     {"relation", F::Relation},     {"modality", F::Modality},
    {"confidence", F::Confidence}, {"what", F::What},     {"role", F::Role},             {"evidence", F::Evidence},
    {"doc", F::Doc},           {"sentence", F::Sentence}, {"start", F::Start},           {"end", F::End},
    {"text", F::Text},         {"rule", F::Rule}};

template <std::size_t N>
F find(const Name (&names)[N], std::string_view key) {
  for (const auto& n : names)
    if (n.name == key) return n.field;
  return F::Other;
}

}  // namespace

NodeLinkField field_of(NodeLinkCtx ctx, std::string_view key) {
  switch (ctx) {
    case NodeLinkCtx::Top: return find(kTopFields, key);
    case NodeLinkCtx::Graph: return find(kGraphFields, key);
    case NodeLinkCtx::GraphDoc: return find(kDocFields, key);
    case NodeLinkCtx::Node: return find(kNodeFields, key);
    case NodeLinkCtx::Link: return find(kLinkFields, key);
    case NodeLinkCtx::Evidence: return find(kEvidenceFields, key);
    default: return NodeLinkField::Other;
  }
}

std::string field_name(NodeLinkField f) {
  for (const auto& n : kAllFields)
    if (n.field == f) {
      std::string quoted(1, '"');
      quoted.append(n.name).push_back('"');
      return quoted;
    }
  return "value";
}

}  // namespace kg::io
