// Command-line option parsing.
#include "args.hpp"

#include <cstdlib>

namespace kg::cli {
namespace {

bool matches(const std::string& arg, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (arg == n) return true;
  return false;
}

// "--name=value" for one of names: the value, else nullopt.
std::optional<std::string> inline_value(const std::string& arg, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    const std::string prefix = std::string(n) + "=";
    if (arg.rfind(prefix, 0) == 0) return arg.substr(prefix.size());
  }
  return std::nullopt;
}

}  // namespace

bool Args::flag(std::initializer_list<const char*> names) {
  bool found = false;
  for (auto it = argv_.begin(); it != argv_.end();) {
    if (*it == "--") break;
    if (matches(*it, names)) {
      found = true;
      it = argv_.erase(it);
    } else {
      ++it;
    }
  }
  return found;
}

bool Args::has(std::initializer_list<const char*> names) const {
  for (const auto& a : argv_) {
    if (a == "--") break;
    if (matches(a, names) || inline_value(a, names)) return true;
  }
  return false;
}

std::vector<std::string> Args::options(std::initializer_list<const char*> names) {
  std::vector<std::string> values;
  for (auto it = argv_.begin(); it != argv_.end();) {
    if (*it == "--") break;
    if (auto v = inline_value(*it, names)) {
      values.push_back(*v);
      it = argv_.erase(it);
    } else if (matches(*it, names)) {
      if (it + 1 == argv_.end()) throw UsageError{*it + " needs a value"};
      values.push_back(*(it + 1));
      it = argv_.erase(it, it + 2);
    } else {
      ++it;
    }
  }
  return values;
}

std::optional<std::string> Args::option(std::initializer_list<const char*> names) {
  auto values = options(names);
  if (values.empty()) return std::nullopt;
  return values.back();
}

std::optional<double> Args::number(std::initializer_list<const char*> names) {
  const auto v = option(names);
  if (!v) return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(v->c_str(), &end);
  if (v->empty() || *end != '\0') throw UsageError{std::string(*names.begin()) + ": '" + *v + "' is not a number"};
  return d;
}

std::optional<long> Args::integer(std::initializer_list<const char*> names) {
  const auto v = option(names);
  if (!v) return std::nullopt;
  char* end = nullptr;
  const long n = std::strtol(v->c_str(), &end, 10);
  if (v->empty() || *end != '\0') throw UsageError{std::string(*names.begin()) + ": '" + *v + "' is not an integer"};
  return n;
}

std::vector<std::string> Args::positionals() {
  std::vector<std::string> out;
  bool rest = false;
  for (const auto& a : argv_) {
    if (!rest && a == "--") {
      rest = true;
      continue;
    }
    if (!rest && a.size() > 1 && a[0] == '-') throw UsageError{"unknown option " + a};
    out.push_back(a);
  }
  return out;
}

}  // namespace kg::cli
