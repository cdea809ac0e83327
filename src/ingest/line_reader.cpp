// Bounded line reading over a buffered stream.
#include "line_reader.hpp"

#include <cstring>

namespace kg::ingest {

LineReader::LineReader(std::istream& in, std::string prefix, std::size_t max_line_bytes)
    : in_(in), buffer_(std::move(prefix)), max_(max_line_bytes) {}

bool LineReader::fill() {
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  if (!in_) return false;
  constexpr std::size_t kChunk = 1u << 16;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  in_.read(buffer_.data() + old, kChunk);
  buffer_.resize(old + static_cast<std::size_t>(in_.gcount()));
  return buffer_.size() > old;
}

bool LineReader::next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;  // a byte of this line was seen
  for (;;) {
    if (pos_ == buffer_.size() && !fill()) {
      if (!any) return false;
      break;  // a last line without '\n'
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const std::size_t avail = buffer_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!too_long) {
      if (line.size() + take > max_) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(start, take);
      }
    }
    pos_ += take;
    if (nl) {
      ++pos_;
      break;
    }
  }
  ++line_number_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace kg::ingest
