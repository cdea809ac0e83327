// UTF-8 text helpers: validation, normalisation and the name key that every
// comparison of entity names uses. ICU does the Unicode work.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// True when s is well-formed UTF-8 (no overlongs, surrogates or truncation).
bool is_valid_utf8(std::string_view s);

// Byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view s);

// s with every malformed sequence (overlong, surrogate, truncated, stray byte)
// replaced by U+FFFD, one per maximal invalid subpart (one per encoded
// surrogate, as a "\udc00" escape decodes to); s itself when valid.
std::string repair_utf8(std::string_view s);

// A value quoted in a message: control characters, DEL and malformed bytes as
// \xNN (so it stays on one line and cannot forge terminal output), cut to
// `max` bytes at a character boundary with "..." appended.
std::string shown(std::string_view value, std::size_t max = 80);
// A whole message as one line: shown() without the cut.
std::string one_line(std::string_view message);

// NFKC + Unicode case folding; a typographic apostrophe (U+2019) becomes "'".
std::string fold_case(std::string_view s);

// fold_case, then accents removed (NFD, drop combining marks): "Guaidó" -> "guaido".
std::string fold_accents(std::string_view s);

// The key under which names are compared, as SCHEMA.md's scorer does: NFKC,
// case-folded, hyphens, dashes, dots and apostrophes removed, spaces collapsed,
// a leading "the " dropped. "Kim Jong-un" and "kim jong un" share a key.
std::string name_key(std::string_view s);

// name_key without spaces, so spelling variants meet: "Kim Jong-un",
// "Kim Jong Un" and "KIM JONGUN" share a loose key. Entity lookup uses it.
std::string loose_key(std::string_view s);

bool equals_ignore_ascii_case(std::string_view a, std::string_view b);
std::string to_lower_ascii(std::string_view s);
std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
// The part after the last space ("Senate Banking Committee" -> "Committee").
std::string_view last_word(std::string_view s);

// Decodes the code point at s[i] and advances i; invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i);
bool is_upper_cp(char32_t c);
bool is_lower_cp(char32_t c);
bool is_alpha_cp(char32_t c);
bool is_digit_cp(char32_t c);
bool is_space_cp(char32_t c);
// Whether a word has letters and none in lower case ("EU", "U.S.", "YPG").
bool is_upper_word(std::string_view w);
// Whether a token is a quotation mark that may open a quote: '"' or a left
// double quotation mark.
bool is_opening_quote(std::string_view w);
// Whether a token is any quotation mark: straight or curly, single or double.
bool is_quote_mark(std::string_view w);
// Whether a token is a dash set between words: "-", "--", an en or em dash.
bool is_dash(std::string_view w);

// The possessive "'s" as a word of its own, straight or curly ("Ukraine's").
inline bool is_possessive_s(std::string_view w) { return w == "'s" || w == "\u2019s"; }

// Levenshtein distance over code points (for "did you mean" suggestions).
std::size_t edit_distance(std::string_view a, std::string_view b);

// Collapses runs of whitespace to one space and trims.
std::string collapse_spaces(std::string_view s);

// A sentence as shown to a reader: a quote mark left dangling at its end by
// the sentence split (`... complex. "`) is dropped, and a sentence that
// closes a quotation it never opened (`left out," said ...`) gets its
// opening mark back. Straight and curly double quotes are counted.
std::string readable_sentence(std::string_view s);

}  // namespace kg
