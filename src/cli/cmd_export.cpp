// kg export: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'export' is not implemented yet");
}

}  // namespace

extern const Command kExportCommand{"export", "(not implemented yet)", "usage: kg export\n", run};

}  // namespace kg::cli
