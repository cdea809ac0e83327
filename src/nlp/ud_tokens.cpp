// kg's tokens refined to UD English tokens. kg keeps "don't" and
// "China-U.S." whole (names match across hyphens); UD splits them, and the
// models were trained on UD's tokens.
#include <algorithm>

#include "kg/syntax.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// The start of a clitic at the end of word [b, e): "n't", "'re", "'ve",
// "'ll", "'d", "'m" (straight or curly apostrophe), or e when there is none.
std::size_t clitic_start(std::string_view text, std::size_t b, std::size_t e) {
  const std::string_view w = text.substr(b, e - b);
  static constexpr std::string_view kApostrophes[] = {"'", "\xE2\x80\x99"};
  // Most words hold no apostrophe: no clitic, and no strings built to say so.
  if (w.find(kApostrophes[0]) == std::string_view::npos && w.find(kApostrophes[1]) == std::string_view::npos) return e;
  for (const auto ap : kApostrophes) {
    const std::string nt = std::string("n") + std::string(ap) + "t";
    if (w.size() > nt.size() && (w.ends_with(nt) || w.ends_with(std::string("N") + std::string(ap) + "T")))
      return e - nt.size();
    for (const std::string_view c : {"re", "ve", "ll", "d", "m", "RE", "VE", "LL", "D", "M"}) {
      const std::string cl = std::string(ap) + std::string(c);
      if (w.size() > cl.size() && w.ends_with(cl)) return e - cl.size();
    }
  }
  return e;
}

}  // namespace

SyntaxSentence ud_tokens(std::string_view text, std::span<const Token> tokens) {
  SyntaxSentence out;
  out.reserve(tokens.size() + tokens.size() / 4);
  const auto add = [&](std::size_t b, std::size_t e, std::uint32_t source) {
    SyntaxToken t;
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.form = std::string(text.substr(b, e - b));
    t.token = source;
    out.push_back(std::move(t));
  };
  for (std::uint32_t k = 0; k < tokens.size(); ++k) {
    const Token& tok = tokens[k];
    // A run of periods is one token ("..."), as in UD.
    if (tok.kind == TokenKind::Punct && text.substr(tok.begin, tok.end - tok.begin) == "." && !out.empty() &&
        out.back().form.find_first_not_of('.') == std::string::npos && out.back().end == tok.begin &&
        out.back().token + 1 == k) {
      out.back().end = tok.end;
      out.back().form += '.';
      out.back().token = k;
      continue;
    }
    if (tok.kind == TokenKind::Punct || tok.abbreviation) {
      add(tok.begin, tok.end, k);
      continue;
    }
    // Split at hyphens between word characters, then the last piece's clitic.
    std::size_t piece = tok.begin;
    for (std::size_t i = tok.begin; i < tok.end;) {
      std::size_t next = i;
      const char32_t c = next_code_point(text, next);
      if (is_hyphen(c) && i > piece && next < tok.end) {
        add(piece, i, k);
        add(i, next, k);
        piece = next;
      }
      i = next;
    }
    std::size_t clitic = clitic_start(text, piece, tok.end);
    // "can't" -> "ca" + "n't", "won't" -> "wo" + "n't": UD splits before the n.
    if (clitic > piece) add(piece, clitic, k);
    if (clitic < tok.end) add(clitic, tok.end, k);
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::uint32_t end = out[i].end;
    out[i].space_after = i + 1 == out.size() ? end < text.size() && is_space_cp(text[end]) : out[i + 1].begin > end;
  }
  return out;
}

}  // namespace kg
