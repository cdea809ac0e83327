// Assertion failure reporting.
#include "kg/error.hpp"

#include <cstdio>
#include <cstdlib>

#include "kg/text.hpp"

namespace kg {

Error::Error(const std::string& what) : std::runtime_error(one_line(what)) {}

std::string Diagnostic::to_string() const {
  return one_line(where) + ": " + (warning ? "warning: " : "") + one_line(message);
}

void assertion_failed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "kg: internal error: %s:%d: assertion failed: %s\n", file, line, expr);
  std::abort();
}

}  // namespace kg
