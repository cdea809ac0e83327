#include "dateline.hpp"

#include <cctype>
#include <string_view>

#include "kg/text.hpp"

namespace kg::extract {
namespace {

bool all_capitals(std::string_view w) {
  bool letter = false;
  for (const char c : w) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letter = letter || std::isupper(static_cast<unsigned char>(c));
  }
  return letter && w.size() >= 2;
}

}  // namespace

std::size_t dateline_length(const SyntaxSentence& sentence) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < sentence.size() && i < 12; ++i) words.push_back(sentence[i].form);
  // A dash right at the twelfth word still needs a word after it.
  const std::size_t n = dateline_length(words);
  return n > 0 && n < sentence.size() ? n : 0;
}

std::size_t dateline_length(const std::vector<std::string_view>& s) {
  if (s.size() < 3 || !all_capitals(s.front())) return 0;
  int depth = 0;
  for (std::size_t i = 1; i < s.size() && i < 12; ++i) {
    const std::string_view w = s[i];
    // "LISBON -", "LISBON (Reuters) --", "DHAKA:".
    if (is_dash(w) || w == ":") return depth == 0 ? i + 1 : 0;
    if (w == "(") ++depth;
    else if (w == ")") --depth;
    else if (depth == 0 && w != "," && w != "." && std::islower(static_cast<unsigned char>(w.front()))) return 0;
  }
  return 0;
}

}  // namespace kg::extract
