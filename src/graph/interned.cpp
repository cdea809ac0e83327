// The pool behind kg::Interned: one copy of each distinct string, kept for
// the life of the process.
#include "kg/interned.hpp"

#include <mutex>
#include <unordered_set>

namespace kg {
namespace {

struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string> strings;
};

Pool& pool() {
  static Pool* p = new Pool;  // never destroyed: Interned values may outlive static destructors
  return *p;
}

}  // namespace

const std::string* Interned::intern(std::string_view s) {
  if (s.empty()) return nullptr;
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  return &*p.strings.emplace(s).first;
}

const std::string& Interned::empty_string() {
  static const std::string empty;
  return empty;
}

}  // namespace kg
