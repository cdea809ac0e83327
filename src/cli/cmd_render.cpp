// kg render: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'render' is not implemented yet");
}

}  // namespace

extern const Command kRenderCommand{"render", "(not implemented yet)", "usage: kg render\n", run};

}  // namespace kg::cli
