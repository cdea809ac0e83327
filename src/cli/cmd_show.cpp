// kg show: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'show' is not implemented yet");
}

}  // namespace

extern const Command kShowCommand{"show", "(not implemented yet)", "usage: kg show\n", run};

}  // namespace kg::cli
