// The progress line of a long build: documents, words per second and the time
// left, on stderr, only when stderr is a terminal (never into a pipe or a
// file) and only once the run has taken more than a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

class Progress {
 public:
  // inputs: as given on the command line; their sizes give the time left.
  Progress(const std::vector<std::string>& inputs, std::string_view command);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One document read: its text.
  void document(std::string_view text);
  // Erases the line (before another message is printed).
  void clear();

 private:
  bool enabled_ = false;
  bool shown_ = false;
  std::string command_;
  std::size_t total_bytes_ = 0, bytes_ = 0, documents_ = 0, words_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  std::chrono::milliseconds delay_{1000};
};

}  // namespace kg::cli
