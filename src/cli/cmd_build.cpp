// kg build: read inputs, extract, merge, write the graph atomically.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "command.hpp"
#include "graph_lock.hpp"
#include "kg/builder.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/extract.hpp"
#include "kg/read.hpp"
#include "kg/store.hpp"
#include "pipeline.hpp"

namespace kg::cli {
namespace {

// The same lock as kg add, so a build never races an add on one file.
void save_locked(const KnowledgeGraph& g, const std::string& out) {
  if (out == "-") {
    save_graph(g, out);
    return;
  }
  const GraphLock lock(out);
  save_graph(g, out);
}

int run(Args& args) {
  const char* env = std::getenv("KG_GRAPH");
  const bool named = args.has({"-o", "--output", "-g", "--graph"}) || (env && *env);
  const std::string out = args.option({"-o", "--output"}).value_or(graph_path(args));
  // Outside a checkout there is no graphs/ folder: say so before reading anything.
  if (const auto folder = std::filesystem::path(out).parent_path();
      !named && out != "-" && !folder.empty() && !std::filesystem::is_directory(folder))
    throw Error("no -o GRAPH given, and the default " + out + " cannot be written here (no folder " +
                folder.string() + "/); give -o FILE");
  PipelineOptions options = pipeline_options(args);
  const auto inputs = args.positionals();
  if (inputs.empty()) throw UsageError{"no input given"};
  if (inputs.size() == 1 && inputs[0].size() > 8 && inputs[0].ends_with(".graphml")) {
    // A GraphML file (one kg wrote reads back exactly) is imported, not extracted.
    std::vector<std::string> warnings;
    const KnowledgeGraph imported = load_graphml(inputs[0], &warnings);
    for (const auto& w : warnings) std::cerr << "kg build: " << w << "\n";
    save_locked(imported, out);
    std::cerr << "kg build: imported " << inputs[0] << ": " << imported.num_entities() << " entities, "
              << imported.num_relations() << " relations -> " << out << "\n";
    return warnings.empty() ? kExitOk : kExitPartial;
  }

  KnowledgeGraph g;
  std::size_t duplicates = 0;
  const auto report = run_pipeline(inputs, options, [&](DocumentFacts&& facts) {
    if (!add_to_graph(g, facts)) ++duplicates;
  });
  if (report.documents == 0) {
    std::cerr << "kg build: no documents read; " << out << " not written\n";
    return kExitFailure;
  }
  save_locked(g, out);
  if (!quiet())
    std::cerr << "kg build: " << report.documents - duplicates
              << (report.documents - duplicates == 1 ? " document (" : " documents (") << duplicates
              << (duplicates == 1 ? " duplicate" : " duplicates") << " skipped), " << g.num_entities()
              << " entities, " << g.num_relations() << " relations -> " << out << "\n";
  return report.failures ? kExitPartial : kExitOk;
}

}  // namespace

extern const Command kBuildCommand{
    "build", "build a graph from articles (files, folders, -)",
    "usage: kg build INPUT... [-o GRAPH] [--rules FILE]... [--min-confidence X] [--strict]\n"
    "                [--input-format auto|text|html|feed|jsonl] [--include GLOB]... [--exclude GLOB]...\n"
    "                [--absolute-sources] [-q]\n"
    "\n"
    "Reads articles (plain text, HTML, RSS/Atom, JSON Lines; folders recursively; - for\n"
    "stdin), extracts entities and relations, and writes the graph as node-link JSON.\n"
    "The file is replaced atomically.\n"
    "\n"
    "  -o, --output GRAPH     where to write (default: -g, $KG_GRAPH, graphs/kg.json)\n"
    "  --rules FILE           extra relation rules (docs/RULES.md); repeatable\n"
    "  --data DIR             lexicon and rule folder (default: $KG_DATA_DIR or the built-in one)\n"
    "  --min-confidence X     drop facts whose rule confidence is below X (0..1)\n"
    "  --strict               stop at the first input that fails\n"
    "  --absolute-sources     store each document's absolute path (default: its path\n"
    "                         relative to the input given, so shared graphs reveal no folders)\n"
    "  -q, --quiet            no summary, warnings about content, or progress line\n"
    "\n"
    "On a terminal, a build that takes more than a second shows a progress line\n"
    "(documents, words/s, ETA) on stderr; never when stderr is a pipe or a file.\n"
    "A document without English text gets a one-line warning (kg reads English only).\n"
    "\n"
    "Exit status: 0 done; 1 nothing could be built; 2 bad usage; 3 built, but some inputs failed.\n",
    run};

}  // namespace kg::cli
