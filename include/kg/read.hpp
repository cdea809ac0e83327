// Readers: files, folders and stdin in, Documents out.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "kg/document.hpp"
#include "kg/error.hpp"

namespace kg {

enum class InputFormat { Auto, Text, Html, Feed, Jsonl };

struct ReadOptions {
  InputFormat format = InputFormat::Auto;  // Auto: by extension, then by sniffing
  std::vector<std::string> include;        // globs on file names inside folders
  std::vector<std::string> exclude;
  bool strict = false;                     // stop (throw Error) at the first failure
  std::size_t max_document_bytes = 32u << 20;
};

using DocumentSink = std::function<void(Document&&)>;

// Reads every input (a file, a folder searched recursively in sorted order, or
// "-" for stdin) and hands each document to sink as soon as it is read.
// Per-document problems are appended to diags (or thrown when strict).
// Returns the number of documents delivered.
std::size_t read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                        const DocumentSink& sink, Diagnostics& diags);

// One format, from memory. `source` names the input in ids and diagnostics.
std::vector<Document> read_text(std::string_view content, const std::string& source, Diagnostics& diags);
std::vector<Document> read_html(std::string_view content, const std::string& source, Diagnostics& diags);

}  // namespace kg
