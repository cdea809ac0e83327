// kg paths: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'paths' is not implemented yet");
}

}  // namespace

extern const Command kPathsCommand{"paths", "(not implemented yet)", "usage: kg paths\n", run};

}  // namespace kg::cli
