// Options shared by the query commands: name resolution with its note,
// relation and entity type lists, --format.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "kg/graph.hpp"
#include "kg/query.hpp"
#include "kg/resolve.hpp"

namespace kg::cli {

// Resolves a name; a non-exact or ambiguous match is reported as one line
// ("'Kim' is Kim Jong Un (name token; also matched: Kim Yong Chol)") on note.
Resolution resolve_and_note(const KnowledgeGraph& g, const std::string& name, std::ostream& note);
std::string resolution_note(const KnowledgeGraph& g, const std::string& name, const Resolution& r);

// Every --relation R (repeatable, also comma-separated); UsageError on an unknown type.
std::vector<RelationType> relation_options(Args& args);
// Every --type T (or --via-type T) value; UsageError on an unknown type.
std::vector<EntityType> entity_type_options(Args& args, std::initializer_list<const char*> names);
// --since/--until DATE (YYYY[-MM[-DD]]); empty when absent, UsageError when malformed.
std::string date_option(Args& args, const char* name);
// --relation R... with --since/--until: the filter of show, neighbors, export and render.
PathFilter date_filter(Args& args);
// The graph and the one entity that show and neighbors are about: call after
// every option is taken; the resolution note goes to stderr for JSON.
struct EntityQuery {
  KnowledgeGraph graph;
  Resolution resolution;
};
EntityQuery entity_query(Args& args, const std::string& graph_file, bool json);
// --format text|json; returns true for json.
bool json_format(Args& args);
// A non-negative integer option with a default; UsageError when negative.
std::size_t count_option(Args& args, std::initializer_list<const char*> names, std::size_t fallback);

}  // namespace kg::cli
