// Focus views shared by `kg export` and `kg render`: --around NAME --depth N,
// --relation R, --path A B, --max-nodes N.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "kg/export.hpp"

namespace kg::cli {

// The help lines for the focus options, in `kg export --help` and `kg render --help`.
#define KG_FOCUS_OPTIONS_HELP                                                        \
  "  --around NAME          NAME and its neighbours\n"                               \
  "  --depth N              how many hops --around reaches (default 1)\n"            \
  "  -r, --relation R       only relations of type R (repeatable, or R1,R2)\n"       \
  "  --path A B             the shortest paths between A and B (as `kg paths A B`)\n" \
  "  --max-nodes N          keep the N most central entities (by degree)\n"      \
  "  --since DATE, --until DATE  only relations with evidence dated in range\n"     \
  "                         (YYYY[-MM[-DD]], as in kg paths); entities left\n"      \
  "                         without a relation are dropped\n"

struct FocusOptions {
  std::optional<std::string> around;
  unsigned depth = 1;
  std::vector<RelationType> relations;
  bool path = false;  // --path: the two positionals are the ends
  std::vector<std::string> ends;
  std::size_t max_nodes = 0;  // 0: no limit
  std::string since, until;   // evidence dates (PathFilter's)
  bool drop_isolated = false;  // entities without a relation in the view are left out (kg render's default)
  bool any() const {
    return around || !relations.empty() || path || max_nodes > 0 || !since.empty() || !until.empty() || drop_isolated;
  }
};

// Consumes the focus options (and, for --path, the two positionals).
FocusOptions focus_options(Args& args);

// The selection the options describe; name notes go to note. Throws kg::Error
// for unknown names and when --path finds no path.
Selection focus_selection(const KnowledgeGraph& g, const FocusOptions& f, std::ostream& note);

}  // namespace kg::cli
