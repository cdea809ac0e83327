// Glob matching of relative paths with fnmatch(3).
#include "glob.hpp"

#include <fnmatch.h>

namespace kg::ingest {
namespace {

bool matches(const std::string& pattern, const std::string& rel) {
  const std::size_t slash = rel.rfind('/');
  const std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
  return fnmatch(pattern.c_str(), name.c_str(), 0) == 0 || fnmatch(pattern.c_str(), rel.c_str(), 0) == 0;
}

}  // namespace

bool FileFilter::excluded(const std::string& rel) const {
  for (const auto& p : exclude_) {
    if (matches(p, rel)) return true;
    // Parent folders: "drafts" excludes "drafts/a.txt" and "x/drafts/b.txt".
    for (std::size_t pos = rel.find('/'); pos != std::string::npos; pos = rel.find('/', pos + 1))
      if (matches(p, rel.substr(0, pos))) return true;
  }
  return false;
}

bool FileFilter::included(const std::string& rel) const {
  if (include_.empty()) return true;
  for (const auto& p : include_)
    if (matches(p, rel)) return true;
  return false;
}

}  // namespace kg::ingest
