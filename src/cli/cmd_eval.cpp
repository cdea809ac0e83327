// kg eval: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'eval' is not implemented yet");
}

}  // namespace

extern const Command kEvalCommand{"eval", "(not implemented yet)", "usage: kg eval\n", run};

}  // namespace kg::cli
