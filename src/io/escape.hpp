// Escaping for every output syntax, one function per syntax, plus number
// formatting and a buffered writer shared by the export sinks (io-internal).
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::io {

// s as valid UTF-8 without C0 controls other than tab and newline (carriage
// returns and other controls removed, malformed bytes replaced by U+FFFD).
// Returns s itself when already clean, else a cleaned copy held in scratch.
std::string_view clean_text(std::string_view s, std::string& scratch);

// XML character data (&, <, > escaped; newlines kept).
void append_xml_text(std::string& out, std::string_view s);
// XML attribute value without the quotes (also " escaped, tab/newline as character references).
void append_xml_attr(std::string& out, std::string_view s);
// A DOT double-quoted string, quotes included: \ and " escaped, newline as \n.
void append_dot_string(std::string& out, std::string_view s);
// A CSV field as neo4j-admin import and LOAD CSV read it: always quoted, " doubled.
void append_csv_field(std::string& out, std::string_view s);
// A GEXF list value: ["a", "b\"c"] (the form Gephi and graphology-gexf parse).
void append_gexf_list(std::string& out, std::span<const std::string_view> items);
// One string from a list for GraphML: items joined by "; ", with \ and ; inside items backslash-escaped.
void append_delimited_list(std::string& out, std::span<const std::string_view> items);
std::vector<std::string> split_delimited_list(std::string_view s);

// Shortest text that reads back to the same value.
void append_double(std::string& out, double v);
void append_int(std::string& out, std::int64_t v);
// The float as the double whose shortest text is the float's shortest text
// (0.9f -> 0.9, not 0.899999976...), so it prints short and reads back exactly.
double float_as_decimal(float v);

// The first 10 characters of an ISO-8601 date or timestamp when they form a
// valid calendar date (YYYY-MM-DD), else empty.
std::string_view iso_date(std::string_view s);

// An output buffer flushed to a stream in large blocks.
class Buffer {
 public:
  explicit Buffer(std::ostream& out) : out_(out) { text.reserve(kBlock + 4096); }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer() { flush(); }
  void maybe_flush() {
    if (text.size() >= kBlock) flush();
  }
  void flush() {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    text.clear();
  }
  std::string text;

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream& out_;
};

}  // namespace kg::io
