// kg render: a picture of the graph or a focus view, drawn by Graphviz.
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "command.hpp"
#include "export_focus.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/store.hpp"
#include "kg/text.hpp"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

// The program's full path on $PATH, or empty.
std::string find_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "/usr/bin:/bin";
  while (true) {
    const auto colon = rest.find(':');
    const std::string dir(rest.substr(0, colon));
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    if (colon == std::string_view::npos) return {};
    rest.remove_prefix(colon + 1);
  }
}

// Runs the program; its stderr passes through. Returns the exit status.
int run_program(const std::vector<std::string>& argv) {
  std::vector<char*> cargs;
  for (const auto& a : argv) cargs.push_back(const_cast<char*>(a.c_str()));
  cargs.push_back(nullptr);
  std::cout.flush();
  const pid_t pid = ::fork();
  if (pid < 0) throw Error(std::string("cannot start ") + argv[0] + ": " + std::strerror(errno));
  if (pid == 0) {
    ::execv(cargs[0], cargs.data());
    _exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw Error(std::string("waiting for ") + argv[0] + ": " + std::strerror(errno));
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int run(Args& args) {
  const std::string graph = graph_path(args);
  const auto out = args.option({"-o", "--output"});
  const auto engine = args.option({"--engine", "-K"});
  const auto format_option = args.option({"-T", "--type"});
  const FocusOptions focus = focus_options(args);
  if (!focus.path && !args.positionals().empty())
    throw UsageError{"unexpected argument (names go with --around or --path)"};
  std::string type = format_option.value_or("svg");
  if (!format_option && out) {
    const std::string ext = fs::path(*out).extension().string();
    if (!ext.empty()) type = ext.substr(1);
  }
  if (type != "svg" && type != "png" && type != "pdf")
    throw UsageError{"can draw svg, png or pdf, not '" + type + "'"};
  if (engine && *engine != "dot" && *engine != "sfdp" && *engine != "neato" && *engine != "fdp")
    throw UsageError{"--engine must be dot, sfdp, neato or fdp"};

  const std::string dot = find_program("dot");
  if (dot.empty())
    throw Error("Graphviz is not installed (no 'dot' on PATH): install the graphviz package "
                "(scripts/setup.sh does), or use `kg export -f dot` and draw it elsewhere");

  const KnowledgeGraph g = load_graph(graph);
  const Selection selection = focus_selection(g, focus, std::cerr);

  // The DOT text goes through a temporary file; the picture is written beside
  // its destination and renamed into place, so a failed run leaves no half file.
  const std::string stamp = std::to_string(::getpid());
  const fs::path dot_file = fs::temp_directory_path() / ("kg-render-" + stamp + ".dot");
  const std::string target = out.value_or("-");
  const std::string tmp_out = out ? *out + ".tmp." + stamp : std::string{};
  struct Cleanup {
    std::vector<std::string> files;
    ~Cleanup() {
      std::error_code ec;
      for (const auto& f : files) fs::remove(f, ec);
    }
  } cleanup{{dot_file.string(), tmp_out}};
  {
    std::ofstream f(dot_file, std::ios::binary);
    if (!f) throw Error(dot_file.string() + ": cannot write");
    write_dot(g, f, selection);
    if (!f.flush()) throw Error(dot_file.string() + ": cannot write");
  }
  std::vector<std::string> argv{dot, "-T" + type};
  if (engine) argv.push_back("-K" + *engine);
  if (out) argv.push_back("-o" + tmp_out);
  argv.push_back(dot_file.string());
  const int status = run_program(argv);
  if (status != 0) throw Error("Graphviz dot failed (exit status " + std::to_string(status) + ")");
  if (out) {
    std::error_code ec;
    fs::rename(tmp_out, *out, ec);
    if (ec) throw Error(*out + ": cannot write: " + ec.message());
    std::cerr << "kg render: " << one_line(*out) << "\n";
  }
  return kExitOk;
}

}  // namespace

extern const Command kRenderCommand{
    "render", "draw the graph or a focus view with Graphviz (svg, png, pdf)",
    "usage: kg render [-g GRAPH] [-o OUT.svg|png|pdf] [-T svg|png|pdf] [--engine dot|sfdp] [focus]\n"
    "\n"
    "Draws the graph through Graphviz's dot program (Debian package graphviz): node\n"
    "shape and colour by entity type, relations as edge labels. SVG on stdout without\n"
    "-o. The layout engine is dot for small graphs and sfdp above 150 entities;\n"
    "--engine overrides it. Use a focus view to make a big graph readable.\n"
    "\n"
    "  -g, --graph GRAPH      the graph (default: $KG_GRAPH, else graphs/kg.json)\n"
    "  -o, --output FILE      where to write; the type follows the extension\n"
    "  -T, --type TYPE        svg (default), png or pdf\n"
    "  --engine ENGINE        dot, sfdp, neato or fdp\n"
    "\n"
    "focus views:\n"
    KG_FOCUS_OPTIONS_HELP
    "\n"
    "Exit status: 0 drawn; 1 error (no Graphviz, unknown name, no path); 2 bad usage.\n",
    run};

}  // namespace kg::cli
