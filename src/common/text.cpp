// UTF-8 helpers on top of ICU.
#include "kg/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace kg {

std::size_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) { return find_invalid_utf8(s) == std::string_view::npos; }

std::string repair_utf8(std::string_view s) {
  std::size_t bad = find_invalid_utf8(s);
  if (bad == std::string_view::npos) return std::string(s);
  std::string out(s.substr(0, bad));
  out.reserve(s.size() + 8);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto i = static_cast<int32_t>(bad);
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    // An encoded surrogate (what a "\udc00" escape decodes to) is one
    // character, so one U+FFFD, not three.
    if (n - i >= 3 && p[i] == 0xED && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF && (p[i + 2] & 0xC0) == 0x80) {
      out += "\xEF\xBF\xBD";
      i += 3;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(s.data() + start, static_cast<std::size_t>(i - start));
  }
  return out;
}

std::string shown(std::string_view value, std::size_t max) {
  std::size_t n = value.size();
  if (n > max) {
    n = max;
    while (n > 0 && (static_cast<unsigned char>(value[n]) & 0xC0) == 0x80) --n;
  }
  const std::string_view kept = value.substr(0, n);
  static const char hex[] = "0123456789abcdef";
  const auto escape = [&](std::string& out, unsigned char u) {
    out += "\\x";
    out += hex[u >> 4];
    out += hex[u & 15];
  };
  std::string out;
  out.reserve(kept.size() + 3);
  const auto* p = reinterpret_cast<const uint8_t*>(kept.data());
  const auto len = static_cast<int32_t>(kept.size());
  for (int32_t i = 0; i < len;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) {
      for (int32_t k = start; k < i; ++k) escape(out, p[k]);
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
      if (c < 0x80) escape(out, static_cast<unsigned char>(c));
      else out += "\\u" + std::string{hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15]};
    } else {
      out.append(kept.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  if (n < value.size()) out += "...";
  return out;
}

std::string one_line(std::string_view message) { return shown(message, message.size()); }

namespace {

icu::UnicodeString to_unicode(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  return *n;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  return *n;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string fold_case(std::string_view s) {
  if (is_ascii(s)) return to_lower_ascii(s);  // the common case, without ICU
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = nfkc_casefold().normalize(to_unicode(s), status);
  if (U_FAILURE(status)) return to_lower_ascii(s);
  // A typographic apostrophe is the apostrophe: "d’affaires", "O’Brien".
  out.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(u'\''));
  return to_utf8(out);
}

std::string fold_accents(std::string_view s) {
  const std::string folded = fold_case(s);
  if (is_ascii(folded)) return folded;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd().normalize(to_unicode(folded), status);
  if (U_FAILURE(status)) return folded;
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  return to_utf8(out);
}

std::string name_key(std::string_view s) {
  const std::string folded = fold_case(s);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(folded, i);
    const bool drop = c == '-' || c == '.' || c == '\'' || c == '`' || c == 0x2019 ||
                      (c >= 0x2010 && c <= 0x2015);
    if (drop) continue;
    if (is_space_cp(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(folded, start, i - start);
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

std::string loose_key(std::string_view s) {
  std::string key = name_key(fold_accents(s));
  std::erase(key, ' ');
  return key;
}

bool equals_ignore_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
         });
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string_view trim(std::string_view s) {
  const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view last_word(std::string_view s) {
  const std::size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto idx = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(idx);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

bool is_upper_cp(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_lower_cp(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_alpha_cp(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool is_opening_quote(std::string_view w) { return w == "\"" || w == "\u201C"; }

bool is_quote_mark(std::string_view w) {
  return w == "\"" || w == "'" || w == "\u201C" || w == "\u201D" || w == "\u2018" || w == "\u2019";
}

bool is_dash(std::string_view w) { return w == "-" || w == "--" || w == "\u2013" || w == "\u2014"; }

bool is_upper_word(std::string_view w) {
  bool any = false;
  for (std::size_t i = 0; i < w.size();) {
    const char32_t c = next_code_point(w, i);
    if (is_lower_cp(c)) return false;
    if (is_alpha_cp(c)) any = true;
  }
  return any;
}
bool is_digit_cp(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_space_cp(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(next_code_point(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(next_code_point(b, i));
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

namespace {

// Byte length of a double quote mark ending s (straight or curly), or 0.
std::size_t quote_at_end(std::string_view s) {
  if (s.ends_with('"')) return 1;
  if (s.ends_with("\u201c") || s.ends_with("\u201d")) return 3;
  return 0;
}

}  // namespace

std::string readable_sentence(std::string_view s) {
  s = trim(s);
  std::size_t quotes = 0, opening = 0, closing = 0, first_closing = std::string_view::npos,
              first_opening = std::string_view::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') ++quotes;
    if (s.compare(i, 3, "\u201c") == 0) ++opening, first_opening = std::min(first_opening, i);
    if (s.compare(i, 3, "\u201d") == 0) ++closing, first_closing = std::min(first_closing, i);
  }
  const bool odd = (quotes + opening + closing) % 2 == 1;
  if (!odd) return std::string(s);
  if (const std::size_t n = quote_at_end(s); n && s.size() > n) return std::string(trim(s.substr(0, s.size() - n)));
  // A closing mark before any opening one: the quotation began in the sentence before.
  const bool curly_close_first = first_closing != std::string_view::npos && first_closing < first_opening;
  if (curly_close_first) return "\u201c" + std::string(s);
  if (quotes % 2 == 1 && !s.starts_with('"')) return "\"" + std::string(s);
  return std::string(s);
}

}  // namespace kg
