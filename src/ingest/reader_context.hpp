// What every reader gets: where the input came from, the limits, where
// documents go and how problems are reported (private to src/ingest).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

#include "kg/read.hpp"

namespace kg::ingest {

// Collects diagnostics; in strict mode the first one is thrown as kg::Error.
class Reporter {
 public:
  Reporter(Diagnostics& diags, bool strict) : diags_(diags), strict_(strict) {}
  void fail(std::string where, std::string message);
  std::size_t count() const { return count_; }

 private:
  Diagnostics& diags_;
  bool strict_;
  std::size_t count_ = 0;
};

// One input file (or stdin) being read.
struct ReadContext {
  std::string id;      // document id, or the id base of "#N" items
  std::string source;  // kept in DocumentInfo::source: the path relative to the input ("-" for stdin)
  std::string where;   // how diagnostics name it: the path, or "<stdin>"
  const ReadOptions& options;
  Reporter& report;
  const DocumentSink& sink;
  std::size_t delivered = 0;
  bool in_folder = false;  // found by walking a folder (not named on the command line)

  // Fills source and hash, and hands the document on.
  void deliver(Document&& doc);
  void fail(std::string message) { report.fail(where, std::move(message)); }
  void fail_at(std::string suffix, std::string message) { report.fail(where + suffix, std::move(message)); }
};

// The readers proper. Each reports its own problems through ctx.
void read_text_content(std::string content, ReadContext& ctx);
void read_html_content(std::string content, ReadContext& ctx);
void read_feed_content(std::string content, ReadContext& ctx);
// Streams: `prefix` holds bytes already taken from `in` (for sniffing).
void read_jsonl_stream(std::istream& in, std::string prefix, ReadContext& ctx);

// Runs one reader on in-memory content for the public read_* functions.
std::vector<Document> read_one(InputFormat format, std::string_view content, const std::string& source,
                               Diagnostics& diags);

}  // namespace kg::ingest
