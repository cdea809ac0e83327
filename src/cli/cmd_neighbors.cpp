// kg neighbors: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'neighbors' is not implemented yet");
}

}  // namespace

extern const Command kNeighborsCommand{"neighbors", "(not implemented yet)", "usage: kg neighbors\n", run};

}  // namespace kg::cli
