// The one thing every reader produces: metadata plus clean UTF-8 text.
#pragma once

#include <cstdint>
#include <string>

namespace kg {

// Metadata of a document, kept in the graph for provenance (no text).
struct DocumentInfo {
  std::string id;      // unique: path relative to the input folder, "#N" for feed items / JSONL records
  std::string source;  // the input file the document came from ("-" for stdin)
  std::string title;
  std::string date;    // ISO 8601 (YYYY-MM-DD, or a full timestamp) when the input gives one
  std::string url;
  std::string author;
  std::string site;
  std::string hash;    // content hash of the text (16 hex digits), for de-duplication
};

struct Document {
  DocumentInfo info;
  std::string text;  // UTF-8; paragraphs separated by '\n'
};

// 64-bit FNV-1a of the text, as 16 lowercase hex digits.
std::string content_hash(const std::string& text);

}  // namespace kg
