// Sentences and tokens with byte spans into the document text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kg {

enum class TokenKind : std::uint8_t { Word, Number, Punct };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the document text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;   // first letter is upper case
  bool abbreviation = false;  // "U.S.", "Gen.", "J." (the period belongs to the token)
};

struct Sentence {
  std::uint32_t begin = 0;  // byte span in the document text
  std::uint32_t end = 0;
  std::uint32_t first = 0;  // token range [first, last) in Segmentation::tokens
  std::uint32_t last = 0;
  std::uint32_t paragraph = 0;
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Abbreviations that keep their period and do not end a sentence ("Gen.",
// "Mt."), without the period; case-sensitive. Initials ("J.") and dotted
// acronyms ("U.S.", "U.N.") are recognised by shape.
struct Abbreviations {
  std::unordered_set<std::string> words;
  // Acronyms that often end a sentence ("U.S."): they end one only when the
  // next word is a usual sentence opener.
  std::unordered_set<std::string> sentence_openers;
};

Segmentation segment(std::string_view text, const Abbreviations& abbreviations);

}  // namespace kg
