// Errors and per-document diagnostics.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace kg {

// A failure that stops the current operation. what() is one line that names
// the file (and line, item or offset) and says what went wrong: control
// characters and malformed bytes in the message (a value quoted from a file)
// are escaped as \xNN when the error is made, whoever made it.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what);
  explicit Error(const char* what) : Error(std::string(what)) {}
};

// A problem with one input that does not stop the run: the CLI prints each as
// one line and sets the exit status.
// A warning (the input was used, repaired) does not count as a failure.
struct Diagnostic {
  std::string where;    // "file", "file:12", "file#3"
  std::string message;  // what went wrong
  bool warning = false;
  // One line: control characters in where/message (a file name holding a
  // newline) are escaped.
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

// Internal invariants; a violation is a bug in kg, not bad input.
[[noreturn]] void assertion_failed(const char* expr, const char* file, int line);
#define KG_ASSERT(expr) ((expr) ? (void)0 : ::kg::assertion_failed(#expr, __FILE__, __LINE__))

}  // namespace kg
