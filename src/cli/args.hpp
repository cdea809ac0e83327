// A small command-line parser: commands take their options first, then what
// is left are positionals; anything that still looks like an option is an
// error that names it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::cli {

// Thrown for bad usage; main prints it with the command's usage line, exit 2.
struct UsageError {
  std::string message;
};

class Args {
 public:
  explicit Args(std::vector<std::string> argv) : argv_(std::move(argv)) {}

  // Removes and reports a flag given by any of its names.
  bool flag(std::initializer_list<const char*> names);
  // Removes "--name VALUE" or "--name=VALUE"; the last one wins.
  std::optional<std::string> option(std::initializer_list<const char*> names);
  // Whether an option or flag is present (nothing is removed).
  bool has(std::initializer_list<const char*> names) const;
  // Every occurrence, in order (repeatable options).
  std::vector<std::string> options(std::initializer_list<const char*> names);
  std::optional<double> number(std::initializer_list<const char*> names);
  std::optional<long> integer(std::initializer_list<const char*> names);
  // Puts arguments back in front (a command that re-reads an option under another name).
  void prepend(const std::vector<std::string>& more) { argv_.insert(argv_.begin(), more.begin(), more.end()); }
  // What is left; throws UsageError on a leftover option ("-" alone is a positional).
  std::vector<std::string> positionals();

 private:
  std::vector<std::string> argv_;
};

}  // namespace kg::cli
