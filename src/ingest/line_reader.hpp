// Reads a stream line by line with a bound on line length, so one huge line
// cannot exhaust memory (JSON Lines input, stdin).
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace kg::ingest {

class LineReader {
 public:
  // `prefix` holds bytes already taken from `in`; they come first.
  LineReader(std::istream& in, std::string prefix, std::size_t max_line_bytes);

  // The next line without its '\n' (and '\r'). A line longer than the limit is
  // consumed but returned empty with too_long set. False at the end.
  bool next(std::string& line, bool& too_long);
  std::size_t line_number() const { return line_number_; }
  bool failed() const { return in_.bad(); }

 private:
  bool fill();

  std::istream& in_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t max_;
  std::size_t line_number_ = 0;
};

}  // namespace kg::ingest
