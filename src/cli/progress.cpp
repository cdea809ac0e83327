// The progress line: "kg build: 120 documents, 45000 words/s, about 12 s left".
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "command.hpp"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

std::size_t input_bytes(const std::vector<std::string>& inputs) {
  std::size_t total = 0;
  std::error_code ec;
  for (const auto& input : inputs) {
    if (input == "-") continue;
    if (fs::is_directory(input, ec)) {
      for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) total += static_cast<std::size_t>(it->file_size(ec));
    } else {
      const auto n = fs::file_size(input, ec);
      if (!ec) total += static_cast<std::size_t>(n);
    }
  }
  return total;
}

std::size_t count_words(std::string_view text) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

Progress::Progress(const std::vector<std::string>& inputs, std::string_view command)
    : enabled_(::isatty(STDERR_FILENO) == 1 && !quiet()), command_(command) {
  if (!enabled_) return;
  // KG_PROGRESS_DELAY_MS: when the line first appears (tests set 0).
  if (const char* d = std::getenv("KG_PROGRESS_DELAY_MS"); d && *d) delay_ = std::chrono::milliseconds(std::atol(d));
  total_bytes_ = input_bytes(inputs);
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { clear(); }

void Progress::document(std::string_view text) {
  if (!enabled_) return;
  ++documents_;
  bytes_ += text.size();
  words_ += count_words(text);
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < delay_ || (shown_ && now - last_ < std::chrono::milliseconds(200))) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(words_) / seconds : 0.0;
  std::string line = "kg " + command_ + ": " + std::to_string(documents_) + " documents, " +
                     std::to_string(static_cast<long long>(rate)) + " words/s";
  if (total_bytes_ > bytes_ && bytes_ > 0 && seconds > 0) {
    const double left = static_cast<double>(total_bytes_ - bytes_) / (static_cast<double>(bytes_) / seconds);
    line += ", ETA " + std::to_string(static_cast<long long>(left + 0.5)) + " s";
  }
  std::fprintf(stderr, "\r%-70s", line.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r%70s\r", "");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace kg::cli
