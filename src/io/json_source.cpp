// A RapidJSON input stream over a string or a buffered FILE*, and LINE:COL of offsets.
#include "json_source.hpp"

#include <cerrno>

namespace kg::io {

JsonSource::JsonSource(const std::string& text)
    : begin_(text.c_str()), cur_(text.c_str()), end_(text.c_str() + text.size()) {}

JsonSource::JsonSource(std::FILE* file) : file_(file), buffer_(kBlock + 1) {
  begin_ = cur_ = end_ = buffer_.data();
  buffer_[0] = '\0';
  refill();
}

void JsonSource::refill() {
  if (!file_) return;
  base_ += static_cast<std::size_t>(end_ - begin_);
  begin_ = cur_ = end_ = buffer_.data();
  buffer_[0] = '\0';
  if (base_ - mark_ > kMaxToken) {  // stop: RapidJSON sees the end of input and fails
    too_long_ = true;
    file_ = nullptr;
    return;
  }
  const std::size_t n = std::fread(buffer_.data(), 1, kBlock, file_);
  if (n == 0 && std::ferror(file_)) read_error_ = errno ? errno : EIO;
  if (n == 0) file_ = nullptr;
  buffer_[n] = '\0';
  end_ = buffer_.data() + n;
}

namespace {

struct Counter {
  std::size_t line = 1, col = 1;
  void feed(const char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
  }
  std::string str() const { return std::to_string(line) + ":" + std::to_string(col); }
};

}  // namespace

std::string line_col(const std::string& text, std::size_t offset) {
  Counter c;
  c.feed(text.data(), offset < text.size() ? offset : text.size());
  return c.str();
}

std::string line_col(std::FILE* file, std::size_t offset) {
  Counter c;
  std::clearerr(file);
  if (std::fseek(file, 0, SEEK_SET) != 0)  // a pipe: the text before is gone
    return "byte " + std::to_string(offset + 1);
  std::vector<char> block(JsonSource::kBlock);
  while (offset > 0) {
    const std::size_t n = std::fread(block.data(), 1, offset < block.size() ? offset : block.size(), file);
    if (n == 0) break;
    c.feed(block.data(), n);
    offset -= n;
  }
  return c.str();
}

}  // namespace kg::io
