// The table of subcommands, in the order `kg --help` lists them.
#include <array>
#include <cstdlib>

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

std::span<const Command> commands() {
  static const std::array<Command, 14> table{kBuildCommand,     kAddCommand,      kExtractCommand,
                                             kEvalCommand,      kPathsCommand,    kShowCommand,
                                             kNeighborsCommand, kEntitiesCommand, kRankCommand,
                                             kStatsCommand,     kExportCommand,   kRenderCommand,
                                             kParseCommand,     kTrainCommand};
  return table;
}

std::string graph_path(Args& args) {
  if (auto g = args.option({"-g", "--graph"})) return *g;
  if (const char* env = std::getenv("KG_GRAPH"); env && *env) return env;
  return "graphs/kg.json";
}

}  // namespace kg::cli
