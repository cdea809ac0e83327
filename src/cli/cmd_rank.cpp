// kg rank: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'rank' is not implemented yet");
}

}  // namespace

extern const Command kRankCommand{"rank", "(not implemented yet)", "usage: kg rank\n", run};

}  // namespace kg::cli
