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
// The graph file a command reads: as graph_path, but a missing default file is
// an error that says so and how to make or name one.
std::string graph_to_read(Args& args);

// The command being run ("build"), for messages: "kg build: ...".
std::string_view running_command();
// -q/--quiet: no notes, summaries, warnings about content or progress (errors still print).
bool quiet();
void set_running(std::string_view command, bool quiet);

}  // namespace kg::cli
