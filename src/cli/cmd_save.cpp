// kg save: write a graph in the other format: node-link JSON <-> the binary
// snapshot (.kgb), chosen by the output's name.
#include <iostream>

#include "command.hpp"
#include "graph_lock.hpp"
#include "kg/store.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  const std::string in = graph_path(args);
  const auto out = args.option({"-o", "--output"});
  const bool compact = args.flag({"--compact"});
  args.positionals();  // rejects leftovers
  if (!out) throw UsageError{"-o OUT is required"};
  const KnowledgeGraph g = load_graph(in);
  if (*out == "-") {
    save_graph(g, *out, !compact);
  } else {
    const GraphLock lock(*out);
    save_graph(g, *out, !compact);
  }
  std::cerr << "kg save: " << g.num_entities() << " entities, " << g.num_relations() << " relations -> " << *out
            << "\n";
  return kExitOk;
}

}  // namespace

extern const Command kSaveCommand{
    "save", "write a graph as a binary snapshot (.kgb) or as node-link JSON",
    "usage: kg save [-g GRAPH] -o OUT [--compact]\n"
    "\n"
    "Reads GRAPH (node-link JSON or a .kgb snapshot, told apart by the first bytes) and\n"
    "writes it to OUT: a binary snapshot when OUT ends in .kgb (loads many times faster;\n"
    "docs/SCALE.md), else node-link JSON, the interchange format. Every command that\n"
    "reads a graph reads either format.\n"
    "\n"
    "  -g, --graph GRAPH      the graph to read (default: $KG_GRAPH, else graphs/kg.json)\n"
    "  -o, --output OUT       where to write (replaced atomically, under OUT.lock)\n"
    "  --compact              JSON without indentation\n"
    "\n"
    "Exit status: 0 done; 1 GRAPH unreadable or OUT not writable; 2 bad usage.\n",
    run};

}  // namespace kg::cli
