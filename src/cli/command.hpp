// The subcommands of kg: one file each, listed in commands.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "args.hpp"

namespace kg::cli {

struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `kg --help`
  std::string_view help;     // the full text for `kg NAME --help`, usage line first
  int (*run)(Args& args);
};

std::span<const Command> commands();

// Exit statuses, the same for every command (docs/CLI.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // an error, or no answer (no path, unknown name)
inline constexpr int kExitUsage = 2;     // bad command line
inline constexpr int kExitPartial = 3;   // done, but some inputs failed (each reported on stderr)

// The graph file: -g/--graph, else $KG_GRAPH, else graphs/kg.json.
std::string graph_path(Args& args);

}  // namespace kg::cli
