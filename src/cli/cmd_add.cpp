// kg add: read new articles and merge them into an existing graph, under a
// lock, replacing the file atomically.
#include <filesystem>
#include <iostream>

#include "command.hpp"
#include "graph_lock.hpp"
#include "kg/builder.hpp"
#include "kg/store.hpp"
#include "pipeline.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  const std::string graph = graph_to_read(args);  // a missing default graph is said plainly
  PipelineOptions options = pipeline_options(args);
  const auto inputs = args.positionals();
  if (inputs.empty()) throw UsageError{"no input given"};
  if (graph == "-") throw UsageError{"the graph must be a file (-g GRAPH)"};

  const GraphLock lock(graph);
  const bool existed = std::filesystem::exists(graph);
  KnowledgeGraph g = existed ? load_graph(graph) : KnowledgeGraph{};
  const std::size_t entities_before = g.num_entities(), relations_before = g.num_relations();

  std::size_t added = 0, skipped = 0;
  const auto report = run_pipeline(inputs, options, [&](DocumentFacts&& facts) {
    if (add_to_graph(g, facts)) {
      ++added;
    } else {
      ++skipped;
      if (!quiet()) std::cerr << "kg add: " << facts.doc.id << ": already in the graph (same content); skipped\n";
    }
  });
  if (report.documents == 0) {
    std::cerr << "kg add: no documents read; " << graph << " unchanged\n";
    return kExitFailure;
  }
  if (added > 0 || !existed) save_graph(g, graph);
  if (!quiet())
    std::cerr << "kg add: " << added << " added, " << skipped << " already in the graph, " << report.failures
              << " failed; " << g.num_entities() << " entities (+" << g.num_entities() - entities_before << "), "
              << g.num_relations() << " relations (+" << g.num_relations() - relations_before << ") -> " << graph
              << (added > 0 || !existed ? "" : " (unchanged)") << "\n";
  return report.failures ? kExitPartial : kExitOk;
}

}  // namespace

extern const Command kAddCommand{
    "add", "merge new articles into an existing graph",
    "usage: kg add INPUT... [-g GRAPH] [--rules FILE]... [--min-confidence X] [--strict]\n"
    "              [--format auto|text|html|feed|jsonl] [--include GLOB]... [--exclude GLOB]...\n"
    "              [--jsonl-field NAME=FIELD]...\n"
    "\n"
    "Reads articles (plain text, HTML, RSS/Atom, JSON Lines; folders recursively; - for\n"
    "stdin), extracts entities and relations, and merges them into GRAPH: entities merge\n"
    "with existing ones by the same rules as `kg build`. A document whose content is\n"
    "already in the graph (same content hash) is skipped and counted. GRAPH is created\n"
    "when missing, locked against other kg writers (GRAPH.lock) and replaced atomically:\n"
    "an interrupted add leaves the previous graph intact.\n"
    "\n"
    "  -g, --graph GRAPH      the graph to grow (default: $KG_GRAPH, else graphs/kg.json)\n"
    "  --rules FILE           extra relation rules (docs/RULES.md); repeatable\n"
    "  --data DIR             lexicon and rule folder (default: $KG_DATA_DIR or the built-in one)\n"
    "  --min-confidence X     drop facts whose rule confidence is below X (0..1)\n"
    "  --strict               stop at the first input that fails; the graph is not written\n"
    "  --format F             read every input as F instead of by extension and content\n"
    "  --include GLOB         inside folders, read only files matching GLOB; repeatable\n"
    "  --exclude GLOB         inside folders, skip files and folders matching GLOB; repeatable\n"
    "  --jsonl-field N=F      JSON Lines: read field N (title, date, url, source, author, text,\n"
    "                         html) from the record's field F; repeatable\n"
    "\n"
    "Exit status: 0 done; 1 nothing read, or GRAPH locked or unreadable; 2 bad usage;\n"
    "3 added, but some inputs failed (each reported on stderr, docs/READERS.md).\n",
    run};

}  // namespace kg::cli
