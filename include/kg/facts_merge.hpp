// Merging the facts files of one sharded run into a graph, in document order,
// so the result is the graph `kg build` makes from the same inputs.
#pragma once

#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

struct MergeReport {
  std::size_t documents = 0;  // documents in the facts files
  std::size_t added = 0;      // of which new to the graph (the rest had the content of one already there)
};

// Opens every file, checks that they are all the shards of one run (same
// inputs, data version, options and corpus; each shard exactly once) and
// adds their documents to g in their order in the input. Throws kg::Error
// naming the file at the first problem: a mismatch of the runs before g is
// changed, a corrupt record when it is reached (then write nothing).
MergeReport merge_facts_files(KnowledgeGraph& g, const std::vector<std::string>& paths);

}  // namespace kg
