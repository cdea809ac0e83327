// A RapidJSON input stream over a string or a FILE* read in 64 KiB blocks,
// with a cap on the bytes between two parser events (one huge token).
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace kg::io {

class JsonSource {
 public:
  using Ch = char;
  static constexpr std::size_t kBlock = 1 << 16;
  static constexpr std::size_t kMaxToken = std::size_t{64} << 20;  // 64 MiB

  // text must outlive the source; std::string's terminating '\0' ends it.
  explicit JsonSource(const std::string& text);
  // Reads file from its current position; does not close it.
  explicit JsonSource(std::FILE* file);
  JsonSource(const JsonSource&) = delete;
  JsonSource& operator=(const JsonSource&) = delete;

  // The RapidJSON stream concept ('\0' at the end, as RapidJSON expects).
  char Peek() const { return *cur_; }
  char Take() {
    const char c = *cur_;
    if (cur_ != end_ && ++cur_ == end_) refill();
    return c;
  }
  std::size_t Tell() const { return base_ + static_cast<std::size_t>(cur_ - begin_); }
  char* PutBegin() { return nullptr; }  // in-situ parsing is not supported
  void Put(char) {}
  void Flush() {}
  std::size_t PutEnd(char*) { return 0; }

  // The parser reached an event at offset: the next token starts after it.
  void mark(std::size_t offset) { mark_ = offset; }
  std::size_t marked() const { return mark_; }
  // The stream stopped early: a token ran past kMaxToken, or reading failed (errno).
  bool too_long() const { return too_long_; }
  int read_error() const { return read_error_; }

 private:
  void refill();

  std::FILE* file_ = nullptr;
  std::vector<char> buffer_;
  const char* begin_ = nullptr;
  const char* cur_ = nullptr;
  const char* end_ = nullptr;
  std::size_t base_ = 0;  // offset of begin_
  std::size_t mark_ = 0;
  bool too_long_ = false;
  int read_error_ = 0;
};

// "LINE:COL" (1-based, columns in bytes) of a byte offset.
std::string line_col(const std::string& text, std::size_t offset);
// The same by rereading file from its start; "byte N" when it cannot seek (a pipe).
std::string line_col(std::FILE* file, std::size_t offset);

}  // namespace kg::io
