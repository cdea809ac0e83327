// kg export: the graph (or a focus view) as GraphML, GEXF, DOT, node-link JSON
// or a Neo4j import folder.
#include <iostream>

#include "command.hpp"
#include "export_focus.hpp"
#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/store.hpp"

namespace kg::cli {
namespace {

// The format from -f, else from the -o file's extension.
ExportFormat format_of(const std::optional<std::string>& f, const std::optional<std::string>& out) {
  if (f) {
    if (const auto parsed = parse_export_format(*f)) return *parsed;
    throw UsageError{"unknown format '" + *f + "' (graphml, gexf, dot, json, neo4j)"};
  }
  if (out) {
    const auto dot = out->rfind('.');
    if (dot != std::string::npos)
      if (const auto parsed = parse_export_format(out->substr(dot + 1))) return *parsed;
  }
  throw UsageError{"say which format: -f graphml|gexf|dot|json|neo4j"};
}

int run(Args& args) {
  const std::string graph = graph_to_read(args);
  const auto out = args.option({"-o", "--output"});
  const auto format = format_of(args.option({"-f", "--format"}), out);
  const std::string gexf_version = args.option({"--gexf-version"}).value_or("1.3");
  if (gexf_version != "1.2" && gexf_version != "1.3")
    throw UsageError{"--gexf-version must be 1.2 or 1.3, not '" + gexf_version + "'"};
  const bool compact = args.flag({"--compact"});
  const bool pretty = args.flag({"--pretty"});
  if (compact && pretty) throw UsageError{"--compact and --pretty do not go together"};
  const FocusOptions focus = focus_options(args);
  if (!focus.path && !args.positionals().empty())
    throw UsageError{"unexpected argument (names go with --around or --path)"};
  if (format == ExportFormat::Neo4j && !out) throw UsageError{"neo4j needs -o FOLDER"};

  const KnowledgeGraph g = load_graph(graph);
  const Selection selection = focus_selection(g, focus, std::cerr);
  const std::string path = out.value_or("-");
  switch (format) {
    case ExportFormat::GraphML:
      write_file_atomically(path, [&](std::ostream& o) { write_graphml(g, o, selection); });
      break;
    case ExportFormat::Gexf:
      write_file_atomically(path, [&](std::ostream& o) {
        write_gexf(g, o, selection, gexf_version == "1.2" ? GexfVersion::V1_2 : GexfVersion::V1_3);
      });
      break;
    case ExportFormat::Dot:
      write_file_atomically(path, [&](std::ostream& o) { write_dot(g, o, selection); });
      break;
    case ExportFormat::Json:
      write_file_atomically(path, [&](std::ostream& o) {
        if (focus.any()) write_node_link(select_subgraph(g, selection), o, !compact);
        else write_node_link(g, o, !compact);
      });
      break;
    case ExportFormat::Neo4j:
      write_neo4j(g, path, selection);
      break;
  }
  if (out && !quiet()) std::cerr << "kg export: " << path << "\n";
  return kExitOk;
}

}  // namespace

extern const Command kExportCommand{
    "export", "write the graph as GraphML, GEXF, DOT, node-link JSON or Neo4j CSV",
    "usage: kg export [-g GRAPH] -f graphml|gexf|dot|json|neo4j [-o FILE] [--compact|--pretty] [focus]\n"
    "\n"
    "Writes the graph (or a focus view of it) for other tools; stdout without -o,\n"
    "files are replaced atomically. Formats (docs/EXPORT.md):\n"
    "  graphml   Gephi, NetworkX, igraph, graphology; read back by `kg build FILE.graphml`\n"
    "  gexf      GEXF 1.3, Gephi's own format (relations never merged, timeline);\n"
    "            --gexf-version 1.2 for NetworkX 2.8 and other GEXF 1.2 readers\n"
    "  dot       Graphviz (`kg render` draws it)\n"
    "  json      node-link JSON, the native file (--compact or --pretty, the default)\n"
    "  neo4j     a folder (-o) with nodes.csv, relationships.csv, import.cypher\n"
    "Without -f the format comes from the -o extension.\n"
    "\n"
    "  -g, --graph GRAPH      the graph (default: $KG_GRAPH, else graphs/kg.json)\n"
    "  -f, --format FORMAT    graphml, gexf, dot, json or neo4j\n"
    "  -o, --output FILE      where to write (a folder for neo4j)\n"
    "\n"
    "focus views (a part of the graph, so a big graph stays readable):\n"
    KG_FOCUS_OPTIONS_HELP
    "\n"
    "Exit status: 0 written; 1 error (unreadable graph, unknown name, no path); 2 bad usage.\n",
    run};

}  // namespace kg::cli
