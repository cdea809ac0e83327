#include "word_shape.hpp"

#include <algorithm>

#include "hash.hpp"
#include "kg/text.hpp"

namespace kg::nlp {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// The last n characters (UTF-8 aware: never cuts a character).
std::string_view last_chars(std::string_view s, std::size_t n) {
  std::size_t i = s.size();
  while (n > 0 && i > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return s.substr(i);
}

std::string_view first_chars(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  while (n > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return s.substr(0, i);
}

}  // namespace

std::string normalise(std::string_view form) {
  bool digits = !form.empty();
  for (const char c : form)
    if (!is_digit(static_cast<unsigned char>(c))) digits = false;
  if (digits) return form.size() == 4 ? "!YEAR" : "!DIGITS";
  return to_lower_ascii(form);
}

std::string shape(std::string_view form) {
  std::string out;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const auto c = static_cast<unsigned char>(form[i]);
    char k;
    if (is_upper(c)) k = 'X';
    else if (is_lower(c)) k = 'x';
    else if (is_digit(c)) k = 'd';
    else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // continuation byte: one character
      k = 'u';
    } else k = static_cast<char>(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

WordInfo word_info(std::string_view form) {
  WordInfo w;
  const std::string norm = normalise(form);
  w.form = hash_bytes(form);
  w.norm = hash_bytes(norm);
  w.prefix1 = hash_bytes(first_chars(norm, 1));
  w.prefix2 = hash_bytes(first_chars(norm, 2));
  w.prefix3 = hash_bytes(first_chars(norm, 3));
  w.suffix1 = hash_bytes(last_chars(norm, 1));
  w.suffix2 = hash_bytes(last_chars(norm, 2));
  w.suffix3 = hash_bytes(last_chars(norm, 3));
  w.suffix4 = hash_bytes(last_chars(norm, 4));
  w.shape = hash_bytes(shape(form));
  w.capitalised = !form.empty() && is_upper(static_cast<unsigned char>(form[0]));
  for (const char c : form) {
    if (is_digit(static_cast<unsigned char>(c))) w.has_digit = true;
    if (c == '-') w.has_hyphen = true;
  }
  return w;
}

std::uint64_t sentence_case(std::span<const std::string_view> forms) {
  std::size_t alpha = 0, capital = 0, upper = 0;
  for (const auto form : forms) {
    const auto c = form.empty() ? 0 : static_cast<unsigned char>(form[0]);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    ++alpha;
    if (c <= 'Z') ++capital;
    if (std::none_of(form.begin(), form.end(), [](char x) { return x >= 'a' && x <= 'z'; })) ++upper;
  }
  return alpha < 3 ? 0 : upper * 4 >= alpha * 3 ? 2 : capital * 4 >= alpha * 3 ? 1 : 0;
}

}  // namespace kg::nlp
