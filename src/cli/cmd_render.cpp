// kg render: a picture of the graph or a focus view, drawn by Graphviz.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "command.hpp"
#include "export_focus.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/store.hpp"
#include "query_options.hpp"
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

// The width="NNNpt" of an SVG Graphviz wrote, or 0.
double svg_width_pt(const std::string& path) {
  std::ifstream f(path);
  std::string head(2048, '\0');
  f.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(f.gcount()));
  const auto at = head.find("<svg width=\"");
  if (at == std::string::npos) return 0;
  return std::atof(head.c_str() + at + 12);
}

int run(Args& args) {
  const std::string graph = graph_to_read(args);
  const auto out = args.option({"-o", "--output"});
  const auto engine = args.option({"--engine", "-K"});
  const auto format_option = args.option({"-T", "--type"});
  const std::size_t width = count_option(args, {"--width"}, 800);
  if (width < 100) throw UsageError{"--width must be at least 100 pixels"};
  const bool isolated = args.flag({"--isolated"});
  FocusOptions focus = focus_options(args);
  focus.drop_isolated = !isolated;
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
  const auto write_dot_file = [&](double font_scale, bool left_to_right) {
    std::ofstream f(dot_file, std::ios::binary);
    if (!f) throw Error(dot_file.string() + ": cannot write");
    DotOptions options;
    options.font_scale = font_scale;
    options.edge_xlabels = true;
    options.left_to_right = left_to_right;
    options.compact = true;
    write_dot(g, f, selection, options);
    if (!f.flush()) throw Error(dot_file.string() + ": cannot write");
  };
  // Labels sized for the picture's width: lay out, measure, and enlarge the
  // fonts until an edge label would be at least 11 px high once the picture
  // is shown `width` pixels wide (at most three passes, at most 4x). When a
  // wide layout grows as fast as its fonts, the other direction of ranks
  // may be narrower: the direction whose labels come out larger is drawn.
  const fs::path probe = fs::temp_directory_path() / ("kg-render-" + stamp + ".svg");
  cleanup.files.push_back(probe.string());
  struct Sizing {
    double scale = 1.0, px = 0;
  };
  // The font scale whose measured labels came out largest, and their size.
  const auto size_fonts = [&](bool left_to_right) {
    Sizing best;
    double scale = 1.0;
    for (int pass = 0; pass < 3; ++pass) {
      write_dot_file(scale, left_to_right);
      std::vector<std::string> measure{dot, "-Tsvg", "-o" + probe.string()};
      if (engine) measure.push_back("-K" + *engine);
      measure.push_back(dot_file.string());
      if (run_program(measure) != 0) break;  // the real run below reports the failure
      const double natural = svg_width_pt(probe.string());
      if (natural <= 0) break;
      const double edge_px = 8 * scale * static_cast<double>(width) / natural;
      // Done when legible, or when the layout grows as fast as the fonts (wide label chains).
      const bool stalled = edge_px < best.px * 1.05;
      if (edge_px > best.px) best = {scale, edge_px};
      if (edge_px >= 10.5 || scale >= 4.0 || stalled) break;
      scale = std::min(4.0, scale * 11.0 / edge_px * 1.1);
    }
    return best;
  };
  bool left_to_right = true;
  Sizing sizing = size_fonts(true);
  if (sizing.px > 0 && sizing.px < 10.5) {
    const Sizing other = size_fonts(false);
    if (other.px > sizing.px) {
      sizing = other;
      left_to_right = false;
    }
  }
  write_dot_file(sizing.scale, left_to_right);
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
    if (!quiet()) std::cerr << "kg render: " << one_line(*out) << "\n";
  }
  return kExitOk;
}

}  // namespace

extern const Command kRenderCommand{
    "render", "draw the graph or a focus view with Graphviz (svg, png, pdf)",
    "usage: kg render [-g GRAPH] [-o OUT.svg|png|pdf] [-T svg|png|pdf] [--engine dot|sfdp] [--width PX]\n"
    "                 [--isolated] [focus]\n"
    "\n"
    "Draws the graph through Graphviz's dot program (Debian package graphviz): node\n"
    "shape and colour by entity type, relations as edge labels. SVG on stdout without\n"
    "-o. The layout engine is dot for small graphs and sfdp above 150 entities;\n"
    "--engine overrides it. Use a focus view to make a big graph readable.\n"
    "Entities without a relation in the view are left out (--isolated keeps them).\n"
    "Labels are sized for a picture shown PX pixels wide (--width, default 800, a\n"
    "README column): the layout is measured and the fonts enlarged until edge\n"
    "labels are about 11 px high at that width (at most 4x, and only while the\n"
    "layout grows slower than the fonts); relation names are placed after the\n"
    "layout (xlabel), so they do not push the entities apart; long names go on two\n"
    "lines, and a layout still too wide is tried top to bottom as well.\n"
    "\n"
    "  -g, --graph GRAPH      the graph (default: $KG_GRAPH, else graphs/kg.json)\n"
    "  -o, --output FILE      where to write; the type follows the extension\n"
    "  -T, --type TYPE        svg (default), png or pdf\n"
    "  --engine ENGINE        dot, sfdp, neato or fdp\n"
    "  --width PX             the width the picture is meant to be shown at (default 800)\n"
    "  --isolated             keep entities that have no relation in the view\n"
    "\n"
    "focus views:\n"
    KG_FOCUS_OPTIONS_HELP
    "\n"
    "Exit status: 0 drawn; 1 error (no Graphviz, unknown name, no path); 2 bad usage.\n",
    run};

}  // namespace kg::cli
