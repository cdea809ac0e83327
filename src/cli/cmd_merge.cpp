// kg merge: the facts files of a sharded `kg extract --shard` run into one
// graph, byte for byte the graph `kg build` makes from the same inputs.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "command.hpp"
#include "graph_lock.hpp"
#include "kg/error.hpp"
#include "kg/facts_merge.hpp"
#include "kg/store.hpp"

namespace kg::cli {
namespace {

// Files as given; a folder stands for the *.kgf files in it.
std::vector<std::string> facts_paths(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (!fs::is_directory(a, ec)) {
      out.push_back(a);
      continue;
    }
    std::vector<std::string> inside;
    for (const auto& e : fs::directory_iterator(a, ec))
      if (e.path().extension() == ".kgf") inside.push_back(e.path().string());
    if (inside.empty()) throw Error(a + ": no .kgf facts files in this folder");
    std::sort(inside.begin(), inside.end());
    out.insert(out.end(), inside.begin(), inside.end());
  }
  return out;
}

int run(Args& args) {
  const auto out = args.option({"-o", "--output"});
  const auto base = args.option({"-g", "--graph"});
  const auto inputs = args.positionals();
  if (!out) throw UsageError{"-o GRAPH is required"};
  if (inputs.empty()) throw UsageError{"no facts files given"};
  const auto paths = facts_paths(inputs);

  KnowledgeGraph g = base ? load_graph(*base) : KnowledgeGraph{};
  const std::size_t entities_before = g.num_entities(), relations_before = g.num_relations();
  const MergeReport report = merge_facts_files(g, paths);
  if (*out == "-") {
    save_graph(g, *out);
  } else {
    const GraphLock lock(*out);
    save_graph(g, *out);
  }
  std::cerr << "kg merge: " << paths.size() << " facts files, " << report.documents << " documents ("
            << report.documents - report.added << " already in the graph); " << g.num_entities() << " entities (+"
            << g.num_entities() - entities_before << "), " << g.num_relations() << " relations (+"
            << g.num_relations() - relations_before << ") -> " << *out << "\n";
  return kExitOk;
}

}  // namespace

extern const Command kMergeCommand{
    "merge", "merge the facts files of a sharded kg extract into a graph",
    "usage: kg merge FACTS... -o GRAPH [-g BASE]\n"
    "\n"
    "Merges the facts files written by `kg extract INPUT... --shard I/N -o DIR` (files, or\n"
    "folders holding *.kgf) into GRAPH, in the documents' order in the inputs: the graph\n"
    "is byte for byte the one `kg build INPUT...` writes. Every shard of the run must be\n"
    "given once; files of different runs (other inputs, data, options or corpus) are\n"
    "refused. GRAPH ending in .kgb is written as a binary snapshot. See docs/SCALE.md.\n"
    "\n"
    "  -o, --output GRAPH     where to write (replaced atomically, under GRAPH.lock)\n"
    "  -g, --graph BASE       start from this graph (node-link JSON or .kgb) instead of an empty\n"
    "                         one; documents whose content it already holds are skipped\n"
    "\n"
    "Exit status: 0 done; 1 a file is missing, corrupt or from another run; 2 bad usage.\n",
    run};

}  // namespace kg::cli
