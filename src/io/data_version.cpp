// data_version(): one fingerprint of everything the extractor may load, so
// shards extracted with different lexicons, rules or models are not merged.
// Every regular file under the data folder counts (not a list of the files
// read today: a file added later, such as a model, is covered unchanged).
#include <algorithm>
#include <filesystem>

#include "kg/atomic_file.hpp"
#include "kg/document.hpp"
#include "kg/error.hpp"
#include "kg/facts_file.hpp"

namespace kg {

std::string data_version(const std::string& data_dir, const std::vector<std::string>& rule_files) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(data_dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file()) files.push_back(fs::relative(it->path(), data_dir).generic_string());
  if (ec) throw Error(data_dir + ": cannot read the data folder: " + ec.message());
  std::sort(files.begin(), files.end());
  std::string summary;
  for (const auto& f : files) summary += f + '\t' + content_hash(read_file((fs::path(data_dir) / f).string())) + '\n';
  for (const auto& f : rule_files) summary += "rules\t" + content_hash(read_file(f)) + '\n';
  return content_hash(summary);
}

}  // namespace kg
