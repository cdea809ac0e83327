// The keys the node-link reader knows, per context (top level, graph,
// graph.documents[], nodes[], links[], evidence[]): key text to a small enum,
// so the handler switches on enums.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::io {

// Where a JSON value is: which object or array of the node-link file holds it.
enum class NodeLinkCtx : std::uint8_t { Top, Graph, GraphDocs, GraphDoc, Nodes, Node, NodeAliases, NodeDocs,
                                        Links, Link, Evidences, Evidence, Skip };

enum class NodeLinkField : std::uint8_t { Other, Graph, Nodes, Links, Version, Documents, Id, Source, Title, Date,
                                          Url, Author, Site, Hash, Label, Type, Aliases, Mentions, Target,
                                          Relation, Modality, Confidence, What, Role, Evidence, Doc, Sentence,
                                          Start, End, Text, Rule };

// The field key names in an object of context ctx (Other: not one kg reads;
// "edges" is Links at the top level).
NodeLinkField field_of(NodeLinkCtx ctx, std::string_view key);
// "\"name\"" of a field, for messages.
std::string field_name(NodeLinkField f);

}  // namespace kg::io
