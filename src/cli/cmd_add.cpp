// kg add: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'add' is not implemented yet");
}

}  // namespace

extern const Command kAddCommand{"add", "(not implemented yet)", "usage: kg add\n", run};

}  // namespace kg::cli
