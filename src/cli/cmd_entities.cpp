// kg entities: not written yet.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  (void)args;
  throw Error("'entities' is not implemented yet");
}

}  // namespace

extern const Command kEntitiesCommand{"entities", "(not implemented yet)", "usage: kg entities\n", run};

}  // namespace kg::cli
