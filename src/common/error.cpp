// Assertion failure reporting.
#include "kg/error.hpp"

#include <cstdio>
#include <cstdlib>

namespace kg {

void assertion_failed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "kg: internal error: %s:%d: assertion failed: %s\n", file, line, expr);
  std::abort();
}

}  // namespace kg
