// Readers: files, folders and stdin in, Documents out (docs/READERS.md).
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kg/document.hpp"
#include "kg/error.hpp"

namespace kg {

enum class InputFormat { Auto, Text, Html, Feed, Jsonl };

struct ReadOptions {
  InputFormat format = InputFormat::Auto;  // Auto: by extension, then by sniffing
  std::vector<std::string> include;        // globs on file names (or relative paths) inside folders
  std::vector<std::string> exclude;
  bool strict = false;                     // stop (throw Error) at the first failure
  // Each document's `source`: its path relative to the input given (a folder, or
  // the file itself), so a shared graph does not reveal where the files lived;
  // true: the absolute path.
  bool absolute_sources = false;
  std::size_t max_document_bytes = 32u << 20;  // one text/HTML file, one feed item, one JSONL line
  std::size_t max_file_bytes = 256u << 20;     // one feed file (parsed whole)
  // JSON Lines field names: our name ("title", "date", "source", "url",
  // "author", "text", "html") -> the record's field name. Unmapped names are
  // used as is. "html" is read (through the HTML text path) when "text" is absent.
  std::map<std::string, std::string> jsonl_fields;
};

using DocumentSink = std::function<void(Document&&)>;

// Reads every input (a file, a folder searched recursively in sorted order, or
// "-" for stdin) and hands each document to sink as soon as it is read.
// Per-document problems are appended to diags (or thrown when strict).
// Returns the number of documents delivered.
std::size_t read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                        const DocumentSink& sink, Diagnostics& diags);

// One format, from memory. `source` names the input in diagnostics; the
// document id is its file name (feed items and records get "#N").
std::vector<Document> read_text(std::string_view content, const std::string& source, Diagnostics& diags);
std::vector<Document> read_html(std::string_view content, const std::string& source, Diagnostics& diags);
std::vector<Document> read_feed(std::string_view content, const std::string& source, Diagnostics& diags);
std::vector<Document> read_jsonl(std::string_view content, const std::string& source, Diagnostics& diags);

// Format by file extension (.txt .text .md, .html .htm, .rss .atom .xml,
// .jsonl .ndjson); Auto when the extension says nothing.
InputFormat format_from_extension(std::string_view path);
// Format from the first bytes of the content; Text when nothing else fits.
InputFormat sniff_format(std::string_view head);
// Why content that starts with `head` is not articles at all: a kg graph file
// (node-link JSON) or a JSON array. Empty when it may be articles.
std::string not_articles(std::string_view head);
std::string_view format_name(InputFormat f);

// Normalises a date as found in feeds, pages and datelines (RFC 822, ISO 8601,
// "July 25, 2018") to ISO 8601: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS(Z|+HH:MM)".
// Returns "" when s is not a date it understands.
std::string normalize_date(std::string_view s);

}  // namespace kg
