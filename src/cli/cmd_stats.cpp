// kg stats: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'stats' is not implemented yet");
}

}  // namespace

extern const Command kStatsCommand{"stats", "(not implemented yet)", "usage: kg stats\n", run};

}  // namespace kg::cli
