// Walking inputs (files, folders, stdin) and dispatching to the readers.
// MINIMAL STUB: plain text files and folders only; the readers owner replaces it.
#include <algorithm>
#include <filesystem>

#include "kg/atomic_file.hpp"
#include "kg/read.hpp"
#include "kg/text.hpp"

namespace kg {

std::vector<Document> read_text(std::string_view content, const std::string& source, Diagnostics& diags) {
  if (!is_valid_utf8(content)) {
    diags.push_back({source, "invalid UTF-8"});
    return {};
  }
  Document d;
  d.info.id = std::filesystem::path(source).filename().string();
  d.info.source = source;
  d.text = std::string(content);
  d.info.hash = content_hash(d.text);
  std::vector<Document> out;
  out.push_back(std::move(d));
  return out;
}

std::size_t read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                        const DocumentSink& sink, Diagnostics& diags) {
  (void)options;
  namespace fs = std::filesystem;
  std::size_t n = 0;
  for (const auto& input : inputs) {
    std::vector<fs::path> files;
    if (fs::is_directory(input)) {
      for (const auto& e : fs::recursive_directory_iterator(input))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(input);
    }
    for (const auto& f : files) {
      for (auto& d : read_text(read_file(f.string()), f.string(), diags)) {
        sink(std::move(d));
        ++n;
      }
    }
  }
  return n;
}

}  // namespace kg
