// Tokenizer and sentence splitter. Hand-written rather than ICU's
// BreakIterator: ICU splits after "U.S." and "Gen." before a capital, and its
// suppression lists cannot say "a dotted acronym ends a sentence only before a
// usual opener". Character classes still come from ICU (kg/text.hpp).
#include "kg/segment.hpp"

#include <algorithm>

#include "kg/text.hpp"

namespace kg {
namespace {

bool is_word_cp(char32_t c) { return is_alpha_cp(c) || is_digit_cp(c); }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_closing(char32_t c) { return c == '"' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == '\''; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const Abbreviations& abbrevs) : text_(text), abbrevs_(abbrevs) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < text_.size()) {
      std::size_t next = i;
      const char32_t c = next_code_point(text_, next);
      if (is_space_cp(c) || c == 0xA0) {
        i = next;
        continue;
      }
      if (is_word_cp(c)) {
        i = word(i, out);
      } else {
        // "--", a typewriter's dash, is one token, as a dash is.
        if (c == '-' && next < text_.size() && text_[next] == '-') ++next;
        out.push_back(make(i, next, TokenKind::Punct));
        i = next;
      }
    }
    return out;
  }

 private:
  Token make(std::size_t b, std::size_t e, TokenKind kind) const {
    Token t;
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.kind = kind;
    std::size_t i = b;
    t.capitalized = is_upper_cp(next_code_point(text_, i));
    return t;
  }

  char32_t at(std::size_t i) const {
    if (i >= text_.size()) return 0;
    return next_code_point(text_, i);
  }

  // "Leave.EU", "Amazon.com": a period between a word of two letters or more
  // and a run of capitals or of small letters, with no space, is inside one
  // name (not "said.The", a missing space between sentences; not "U.S.").
  bool dotted_name(std::size_t start, std::size_t dot, char32_t c) const {
    if (c != '.' || dot < start + 2 || !is_alpha_cp(at(dot - 1)) || !is_alpha_cp(at(dot - 2))) return false;
    std::size_t k = dot + 1, letters = 0;
    bool upper = false, lower = false;
    while (k < text_.size() && is_word_cp(at(k))) {
      std::size_t n = k;
      const char32_t e = next_code_point(text_, n);
      if (!is_alpha_cp(e)) return false;
      upper = upper || is_upper_cp(e);
      lower = lower || is_lower_cp(e);
      ++letters;
      k = n;
    }
    return letters >= 2 && upper != lower;
  }

  // A word: letters/digits joined by internal hyphens, apostrophes or (in
  // numbers) periods and commas; a possessive "'s" becomes its own token.
  std::size_t word(std::size_t start, std::vector<Token>& out) {
    std::size_t i = start;
    bool digits_only = true;
    // Stop at the end of the view: past it, next_code_point would read on
    // into whatever follows (the rest of a long document read in scopes),
    // making each scope's last word run to the document's end.
    while (i < text_.size()) {
      std::size_t next = i;
      const char32_t c = next_code_point(text_, next);
      if (is_word_cp(c)) {
        if (!is_digit_cp(c)) digits_only = false;
        i = next;
        continue;
      }
      std::size_t after = next;
      const char32_t d = after < text_.size() ? next_code_point(text_, after) : 0;
      // A hyphen joins words ("co-founder") but not a dotted acronym after it
      // ("China-U.S."): the acronym is a token of its own, with its periods.
      const bool acronym_next = is_upper_cp(d) && at(after) == '.';
      const bool joiner = (is_hyphen(c) && !acronym_next) ||
                          (is_apostrophe(c) && !(d == 's' && !is_word_cp(at(after)))) ||
                          (digits_only && (c == '.' || c == ',') && is_digit_cp(d));
      if ((joiner || dotted_name(start, i, c)) && is_word_cp(d)) {
        i = next;
        continue;
      }
      break;
    }
    // Dotted acronyms and initials: "U.S.", "U.N.", "J.", "N.", "p.m." keep their periods.
    const std::size_t word_end = i;
    if (at(i) == '.') {
      const std::string_view w = text_.substr(start, word_end - start);
      std::size_t j = i + 1;
      std::size_t single = 0;
      for (std::size_t k = start; k < word_end;) {
        next_code_point(text_, k);
        ++single;
      }
      if (single == 1 && is_upper_cp(at(start))) {
        // Initial, or the start of a dotted acronym: absorb "X.Y.Z." groups.
        while (is_alpha_cp(at(j))) {
          std::size_t k = j;
          next_code_point(text_, k);
          if (at(k) != '.') break;
          j = k + 1;
        }
        Token t = make(start, j, TokenKind::Word);
        t.abbreviation = true;
        out.push_back(t);
        return j;
      }
      // A lower-case dotted abbreviation of two letters or more: "p.m.", "a.m.", "e.g.".
      if (single == 1 && is_lower_cp(at(start)) && is_alpha_cp(at(j))) {
        std::size_t k = j;
        next_code_point(text_, k);
        if (at(k) == '.' && !is_alpha_cp(at(k + 1))) {
          Token t = make(start, k + 1, TokenKind::Word);
          t.abbreviation = true;
          out.push_back(t);
          return k + 1;
        }
      }
      // A period right before a comma is an abbreviation's, never a
      // sentence's end: "R-Fla., a member", "Ltd., its parent".
      if (abbrevs_.words.count(std::string(w)) || (!digits_only && at(i + 1) == ',')) {
        Token t = make(start, i + 1, TokenKind::Word);
        t.abbreviation = true;
        out.push_back(t);
        return i + 1;
      }
    }
    out.push_back(make(start, word_end, digits_only ? TokenKind::Number : TokenKind::Word));
    // Possessive: "North's", "Moscow’s".
    if (is_apostrophe(at(i))) {
      std::size_t k = i;
      next_code_point(text_, k);
      if (at(k) == 's' && !is_word_cp(at(k + 1))) {
        out.push_back(make(i, k + 1, TokenKind::Punct));
        return k + 1;
      }
    }
    return i;
  }

  std::string_view text_;
  const Abbreviations& abbrevs_;
};

}  // namespace

Segmentation segment(std::string_view text, const Abbreviations& abbreviations) {
  Segmentation seg;
  seg.tokens = Tokenizer(text, abbreviations).run();
  const auto& toks = seg.tokens;
  const auto str = [&](std::size_t i) { return text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  const auto newline_between = [&](std::size_t a, std::size_t b) {
    return text.substr(a, b - a).find('\n') != std::string_view::npos;
  };

  std::uint32_t paragraph = 0;
  std::size_t first = 0;
  const auto close = [&](std::size_t last) {
    if (last <= first) return;
    Sentence s;
    s.first = static_cast<std::uint32_t>(first);
    s.last = static_cast<std::uint32_t>(last);
    s.begin = toks[first].begin;
    s.end = toks[last - 1].end;
    s.paragraph = paragraph;
    seg.sentences.push_back(s);
    first = last;
  };

  for (std::size_t i = 0; i < toks.size(); ++i) {
    const bool at_end = i + 1 == toks.size();
    if (!at_end && newline_between(toks[i].end, toks[i + 1].begin)) {
      close(i + 1);
      // A blank line (or more) starts a new paragraph; a single newline too,
      // since readers put one newline between paragraphs.
      ++paragraph;
      continue;
    }
    if (at_end) {
      close(i + 1);
      break;
    }
    const std::string_view w = str(i);
    bool ends = false;
    if (toks[i].kind == TokenKind::Punct && (w == "." || w == "!" || w == "?" || w == "\u2026")) {
      ends = true;
    } else if (toks[i].abbreviation && w.size() > 2 && w[w.size() - 2] != '.' &&
               std::count(w.begin(), w.end(), '.') >= 2) {
      // A dotted acronym ("U.S."): a boundary only before a usual opener.
      const std::size_t n = i + 1;
      ends = abbreviations.sentence_openers.count(std::string(str(n))) > 0;
    }
    if (!ends) continue;
    // Closing quotes and brackets belong to the sentence they end.
    std::size_t last = i + 1;
    while (last < toks.size() && toks[last].kind == TokenKind::Punct && last - i <= 2) {
      std::size_t k = toks[last].begin;
      if (!is_closing(next_code_point(text, k)) || newline_between(toks[last - 1].end, toks[last].begin)) break;
      ++last;
    }
    if (last >= toks.size()) continue;
    // The next sentence must start like one: a capital, a digit or an opening quote.
    std::size_t k = toks[last].begin;
    const char32_t c = next_code_point(text, k);
    // Not a lower-case word, and not a comma or other punctuation that goes
    // on with the sentence ("Mike Gallagher, R-Wis., who chairs ...").
    if (is_lower_cp(c) || c == ',' || c == ';' || c == ':') continue;
    close(last);
    // A closing quote that ends a line ends its paragraph too.
    if (newline_between(toks[last - 1].end, toks[last].begin)) ++paragraph;
    i = last - 1;
  }
  if (first < toks.size()) close(toks.size());
  return seg;
}

}  // namespace kg
