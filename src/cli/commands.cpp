// The table of subcommands, in the order `kg --help` lists them.
#include <array>
#include <cstdlib>
#include <filesystem>

#include "kg/error.hpp"

#include "command.hpp"

namespace kg::cli {

extern const Command kBuildCommand;
extern const Command kAddCommand;
extern const Command kExtractCommand;
extern const Command kEvalCommand;
extern const Command kPathsCommand;
extern const Command kShowCommand;
extern const Command kNeighborsCommand;
extern const Command kEntitiesCommand;
extern const Command kRankCommand;
extern const Command kStatsCommand;
extern const Command kExportCommand;
extern const Command kRenderCommand;
extern const Command kParseCommand;
extern const Command kTrainCommand;
extern const Command kCompletionCommand;
extern const Command kManCommand;

std::span<const Command> commands() {
  static const std::array<Command, 16> table{kBuildCommand,     kAddCommand,      kExtractCommand,
                                             kEvalCommand,      kPathsCommand,    kShowCommand,
                                             kNeighborsCommand, kEntitiesCommand, kRankCommand,
                                             kStatsCommand,     kExportCommand,   kRenderCommand,
                                             kParseCommand,     kTrainCommand,
                                             kCompletionCommand, kManCommand};
  return table;
}

namespace {
std::string_view g_command = "";
bool g_quiet = false;
}  // namespace

std::string_view running_command() { return g_command; }
bool quiet() { return g_quiet; }
void set_running(std::string_view command, bool q) {
  g_command = command;
  g_quiet = q;
}

std::string graph_to_read(Args& args) {
  const bool named = args.has({"-g", "--graph"}) || (std::getenv("KG_GRAPH") && *std::getenv("KG_GRAPH"));
  std::string path = graph_path(args);
  if (!named && !std::filesystem::exists(path))
    throw Error("no graph at " + path + " (the default; no -g FILE or $KG_GRAPH given); build one with "
                "`kg build INPUT -o FILE` and read it with -g FILE");
  return path;
}

std::string graph_path(Args& args) {
  if (auto g = args.option({"-g", "--graph"})) return *g;
  if (const char* env = std::getenv("KG_GRAPH"); env && *env) return env;
  return "graphs/kg.json";
}

}  // namespace kg::cli
