// --include / --exclude globs (fnmatch) on files found inside folders.
#pragma once

#include <string>
#include <vector>

namespace kg::ingest {

class FileFilter {
 public:
  FileFilter(std::vector<std::string> include, std::vector<std::string> exclude)
      : include_(std::move(include)), exclude_(std::move(exclude)) {}

  // rel is the path relative to the folder ('/'-separated). A pattern matches
  // the file name or the whole relative path; an --exclude also matches any
  // parent folder. With --include, only matching files are read.
  bool excluded(const std::string& rel) const;
  bool included(const std::string& rel) const;
  bool has_includes() const { return !include_.empty(); }

 private:
  std::vector<std::string> include_, exclude_;
};

}  // namespace kg::ingest
