// English or not, from function-word frequency over the first 4 KB.
#include "english_check.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace kg::cli {
namespace {

constexpr std::array<std::string_view, 24> kFunctionWords = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as",
    "was", "by", "it", "he", "said", "from", "at", "his", "has", "have", "be", "its"};

}  // namespace

bool looks_english(std::string_view text) {
  text = text.substr(0, 4096);
  std::size_t words = 0, function_words = 0, ascii_letters = 0, other_letters = 0;
  std::string word;
  const auto end_word = [&] {
    if (word.empty()) return;
    ++words;
    if (word.size() <= 4 && std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end())
      ++function_words;
    word.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++ascii_letters;
      word += static_cast<char>(c | 0x20);
    } else if (c >= 0xC0) {  // the first byte of a non-ASCII character: part of a word
      ++other_letters;
      word += '\x01';
    } else if (c < 0x80) {
      end_word();
    }
  }
  end_word();
  if (other_letters > ascii_letters) return false;  // Cyrillic, CJK, Arabic ...
  if (words < 30) return true;
  return function_words * 100 >= words * 8;  // English prose: about a quarter of its words
}

}  // namespace kg::cli
