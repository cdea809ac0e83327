// kg extract: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'extract' is not implemented yet");
}

}  // namespace

extern const Command kExtractCommand{"extract", "(not implemented yet)", "usage: kg extract\n", run};

}  // namespace kg::cli
