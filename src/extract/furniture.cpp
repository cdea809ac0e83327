// Page furniture: the parts of a scraped news page that are not article text
// (mastheads, navigation, bylines, dates, share prompts, photo credits, the
// agency in a dateline, lists of other headlines). Decided per line and per
// sentence from shape and position, never from the strings of known pages:
//
// - A line that does not end like a sentence is furniture once the article's
//   prose has begun (related headlines, "Advertisement", "VIEW OFFER: ...").
// - Before the prose (the head block) such a line is kept as a headline or
//   standfirst unless its shape says otherwise: very short, all capitals,
//   separators ("|", ">"), a byline ("By ...", a name list, a byline role
//   word, a handle), a "Label: few words" prompt, or mostly dates and times.
// - A whole parenthesised line is a credit ("(Reporting by ...)").
// - A short last sentence of a line that does not end like a sentence is a
//   credit ("... on Thursday. Photo: Name/Agency"), and the line is judged
//   without it: a photo's caption before its credit is text.
// - A parenthesised group with a slash ending a line ("(AP Photo/Name)"), and
//   a parenthesised group followed by a dash near a line's start (the agency
//   of a dateline: "SEOUL, April 9 (Agency) --").
// - After the prose, a line opening with a dash, a bullet or a number ("2.")
//   and written in title case is an item of a list of other headlines,
//   however it ends
//   ("- Lula Meets Party Leaders As Crisis Deepens?").
// - After the prose, a line opening with the byline author's name is the
//   author's biography ("Jane Roe is a correspondent in Paris covering ...",
//   "Jane Roe covers energy for ..."); a line that says someone
//   "contributed" reporting (words/credit_nouns.txt: "X contributed
//   reporting from Y", "A and B contributed to this report") is a credit; a
//   sentence that opens with "Follow" and holds a handle ("Follow her on
//   X @janeroe") is a prompt.
#include <unordered_set>

#include "context.hpp"
#include "kg/text.hpp"

namespace kg::extract {
namespace {

bool is_terminal(std::string_view w) {
  return w == "." || w == "?" || w == "!" || w == "\"" || w == "\u201D" || w == "\u2019" || w == "'" || w == ")" ||
         w == "...";
}

bool is_separator(std::string_view w) { return w == "|" || w == ">" || w == "\u00BB" || w == "\u2022" || w == "\u00B7"; }

class FurnitureFinder {
 public:
  explicit FurnitureFinder(Context& ctx) : ctx_(ctx), lex_(ctx.lex) {}

  void run() {
    ctx_.furniture.assign(ctx_.seg.tokens.size(), 0);
    const auto& sents = ctx_.seg.sentences;
    // Lines: runs of sentences of one paragraph.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> lines;
    for (std::uint32_t s = 0; s < sents.size(); ++s) {
      // A newline between two sentences ends a line too: a sentence closed by
      // a quote ("... on the table.\"") may leave the next line in its paragraph.
      const bool newline = s > 0 && ctx_.text.substr(sents[s - 1].end, sents[s].begin - sents[s - 1].end).find('\n') !=
                                        std::string_view::npos;
      if (lines.empty() || sents[lines.back().first].paragraph != sents[s].paragraph || newline)
        lines.emplace_back(s, s);
      lines.back().second = s + 1;
    }
    bool prose = false;  // the article's prose has begun
    for (const auto& [first, line_last] : lines) {
      std::uint32_t last = line_last;
      const std::uint32_t t0 = sents[first].first;
      std::uint32_t t1 = sents[last - 1].last;
      if (t0 == t1) continue;
      // A line may end on an abbreviation's period: "... and Teodoro Locsin Jr."
      const auto ends_like_sentence = [&](std::uint32_t end) {
        return is_terminal(ctx_.token(end - 1)) || ctx_.seg.tokens[end - 1].abbreviation;
      };
      bool terminal = ends_like_sentence(t1);
      // A short last sentence that does not end like one is a credit ("...
      // in Damascus. File photo (c) AFP"); the line is judged without it.
      if (const Sentence& tail = sents[last - 1];
          last - first > 1 && !terminal && count_words(tail.first, tail.last) <= 10) {
        mark(tail.first, tail.last);
        --last;
        t1 = sents[last - 1].last;
        terminal = ends_like_sentence(t1);
      }
      const std::size_t words = count_words(t0, t1);
      if (ctx_.token(t0) == "(" && ctx_.token(t1 - 1) == ")") {
        mark(t0, t1);
        continue;
      }
      if (!prose && byline(t0, t1, words)) note_authors(t0, t1);
      if (!terminal && (prose || head_furniture(t0, t1, words))) {
        mark(t0, t1);
        continue;
      }
      if (terminal && !prose && byline(t0, t1, words)) {
        mark(t0, t1);
        continue;
      }
      // "Jane Roe is a correspondent in Paris covering ...": the byline's
      // author described after the article.
      if (prose && (author_bio(t0, t1) || contributor_credit(t0, t1))) {
        mark(t0, t1);
        continue;
      }
      if (prose) follow_prompts(first, last);
      if (rights_notice(t0, t1) || (prose && (label_line(t0, t1) || listed_headline(t0, t1)))) {
        mark(t0, t1);
        continue;
      }
      if (terminal && words >= 8) prose = true;
      credit_group(t0, t1);
      dateline_agency(t0, t1);
    }
  }

 private:
  std::size_t count_words(std::uint32_t t0, std::uint32_t t1) const {
    std::size_t n = 0;
    for (std::uint32_t i = t0; i < t1; ++i) n += ctx_.seg.tokens[i].kind != TokenKind::Punct;
    return n;
  }

  void mark(std::uint32_t t0, std::uint32_t t1) {
    for (std::uint32_t i = t0; i < t1; ++i) ctx_.furniture[i] = 1;
  }

  bool capitalised(std::uint32_t i) const {
    return ctx_.seg.tokens[i].kind == TokenKind::Word && ctx_.seg.tokens[i].capitalized;
  }

  std::size_t count_letter_words(std::uint32_t t0, std::uint32_t t1) const {
    std::size_t n = 0;
    for (std::uint32_t i = t0; i < t1; ++i) n += ctx_.seg.tokens[i].kind == TokenKind::Word;
    return n;
  }

  // "- Lula Meets Party Leaders As Crisis Deepens?": an item of a list of
  // other headlines after the prose, a dash, bullet or number and words in
  // title case, however it ends.
  bool listed_headline(std::uint32_t t0, std::uint32_t t1) const {
    // (Or a number: "2. Who Are The Four Judges Who ...", "3) ...".)
    const bool numbered = ctx_.seg.tokens[t0].kind == TokenKind::Number && ctx_.token(t0).size() <= 2 && t0 + 1 < t1 &&
                          (ctx_.token(t0 + 1) == "." || ctx_.token(t0 + 1) == ")");
    if (!is_dash(ctx_.token(t0)) && !is_separator(ctx_.token(t0)) && !numbered) return false;
    std::size_t words = 0, upper = 0;
    for (std::uint32_t i = t0 + 1; i < t1; ++i) {
      if (ctx_.seg.tokens[i].kind != TokenKind::Word) continue;
      ++words;
      upper += ctx_.seg.tokens[i].capitalized;
    }
    return words >= 3 && upper * 5 >= words * 4;
  }

  // "By Jane Roe, Agency", "(Reporting by ...)" as a sentence of its own;
  // a date and time after it ("- 11/15/18 05:42 PM EST") does not count.
  bool byline(std::uint32_t t0, std::uint32_t t1, std::size_t) const {
    if (fold_case(ctx_.token(t0)) != "by" || t0 + 1 >= t1 || !capitalised(t0 + 1)) return false;
    // The words up to the date ("· December 3, 2024, 6:10 a.m. PT").
    std::uint32_t names_end = t0 + 1;
    while (names_end < t1 && ctx_.seg.tokens[names_end].kind != TokenKind::Number) ++names_end;
    if (names_end < t1 && names_end > t0 + 1 && lex_.in("month_names", fold_case(ctx_.token(names_end - 1)))) --names_end;
    return count_letter_words(t0, names_end) <= 12;
  }

  // The first two words of each name of a byline, as written ("By Jane Roe
  // and John Doe, Lisbon Bureau Chief": Jane Roe, John Doe).
  void note_authors(std::uint32_t t0, std::uint32_t t1) {
    for (std::uint32_t i = t0 + 1; i + 1 < t1; ++i) {
      const bool opens = i == t0 + 1 || fold_case(ctx_.token(i - 1)) == "and";
      if (opens && capitalised(i) && capitalised(i + 1))
        authors_.insert(std::string(ctx_.token(i)) + " " + std::string(ctx_.token(i + 1)));
    }
  }

  // A line opening with the first two words of a byline's name, as written:
  // the author's biography.
  bool author_bio(std::uint32_t t0, std::uint32_t t1) const {
    return !authors_.empty() && t0 + 2 < t1 &&
           authors_.contains(std::string(ctx_.token(t0)) + " " + std::string(ctx_.token(t0 + 1)));
  }

  // "X contributed reporting from Y", "A and B contributed to this report":
  // "contributed" with a credit noun a few words on.
  bool contributor_credit(std::uint32_t t0, std::uint32_t t1) const {
    for (std::uint32_t i = t0; i < t1; ++i) {
      if (fold_case(ctx_.token(i)) != "contributed") continue;
      for (std::uint32_t k = i + 1; k < t1 && k <= i + 4; ++k)
        if (lex_.in("credit_nouns", fold_case(ctx_.token(k)))) return true;
    }
    return false;
  }

  // "Follow her on X @janeroe.": a sentence opening with "Follow" that holds
  // a handle, among the line's sentences [first, last).
  void follow_prompts(std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
      const Sentence& sent = ctx_.seg.sentences[k];
      if (sent.first >= sent.last || fold_case(ctx_.token(sent.first)) != "follow") continue;
      for (std::uint32_t i = sent.first + 1; i < sent.last; ++i)
        if (ctx_.token(i).starts_with("@")) {
          mark(sent.first, sent.last);
          break;
        }
    }
  }

  // A copyright line: "(c) 2018 The Daily Example. All rights reserved.",
  // "Copyright 2020 Example Media", "\u00A9 Example News".
  bool rights_notice(std::uint32_t t0, std::uint32_t t1) const {
    for (std::uint32_t i = t0; i < t1 && i < t0 + 4; ++i) {
      const std::string_view w = ctx_.token(i);
      if (w == "\u00A9" || lex_.in("rights_words", fold_case(w))) return true;
      if (w == "(" && i + 2 < t1 && fold_case(ctx_.token(i + 1)) == "c" && ctx_.token(i + 2) == ")") return true;
    }
    for (std::uint32_t i = t0; i + 2 < t1; ++i)
      if (fold_case(ctx_.token(i)) == "all" && fold_case(ctx_.token(i + 1)) == "rights" &&
          fold_case(ctx_.token(i + 2)) == "reserved")
        return true;
    return false;
  }

  // "Our Standards: The Example Trust Principles.": a short label, a colon,
  // then a few words all capitalised: a link or a prompt, not a sentence.
  bool label_line(std::uint32_t t0, std::uint32_t t1) const {
    std::uint32_t colon = t0;
    while (colon < t1 && ctx_.token(colon) != ":") ++colon;
    if (colon == t1 || colon == t0 || count_words(t0, colon) > 3) return false;
    const std::size_t after = count_letter_words(colon + 1, t1);
    if (after == 0 || after > 6) return false;
    for (std::uint32_t i = colon + 1; i < t1; ++i) {
      const Token& t = ctx_.seg.tokens[i];
      if (t.kind == TokenKind::Word && !t.capitalized) return false;
      if (t.kind == TokenKind::Punct && is_opening_quote(ctx_.token(i))) return false;
    }
    return true;
  }

  // A head-block line that does not end like a sentence, and is not a
  // headline or standfirst by its shape.
  bool head_furniture(std::uint32_t t0, std::uint32_t t1, std::size_t words) const {
    if (words < 4 || byline(t0, t1, words)) return true;
    std::size_t numbers = 0, upper = 0, letters = 0, capitals = 0, function = 0;
    bool role = false, title_role = false, handle = false;
    std::uint32_t colon = 0;
    for (std::uint32_t i = t0; i < t1; ++i) {
      const Token& t = ctx_.seg.tokens[i];
      const std::string_view w = ctx_.token(i);
      if (t.kind == TokenKind::Punct) {
        if (is_separator(w)) return true;
        if (w == "@") handle = true;
        if (w == ":" && colon == 0) colon = i;
        continue;
      }
      if (t.kind == TokenKind::Number) {
        ++numbers;
        continue;
      }
      ++letters;
      if (w.starts_with("@")) handle = true;
      bool any_lower = false;
      for (std::size_t k = 0; k < w.size() && !any_lower;) any_lower = is_lower_cp(next_code_point(w, k));
      if (!any_lower) ++upper;
      if (t.capitalized) ++capitals;
      if (lex_.in("function_words", fold_case(w))) ++function;
      if (lex_.in("byline_roles", fold_case(w))) {
        role = true;
        title_role = title_role || t.capitalized;
      }
    }
    if (handle) return true;
    if (letters > 0 && upper == letters) return true;             // "MOST READ NEWS"
    if (numbers >= 2 && words <= 10) return true;                 // dates and times
    if (role && words <= 8) return true;                          // "Jane Roe Political Correspondent"
    if (title_role && words <= 14) return true;  // "Jane Roe, Moscow Correspondent, with reporting by John Doe"
    if (colon > 0 && count_words(t0, colon) <= 3 && count_words(colon, t1) <= 6) return true;  // "Share this: ..."
    // A list of names: every word capitalised, no function word, a comma.
    if (words <= 8 && capitals == letters && function == 0) {
      for (std::uint32_t i = t0; i < t1; ++i)
        if (ctx_.token(i) == ",") return true;
    }
    return false;
  }

  // "(AP Photo/Jane Roe)" closing a line.
  void credit_group(std::uint32_t t0, std::uint32_t t1) {
    if (ctx_.token(t1 - 1) != ")") return;
    bool slash = false;
    for (std::uint32_t i = t1 - 1; i > t0; --i) {
      const std::string_view w = ctx_.token(i - 1);
      if (w == "/") slash = true;
      if (w == ")") return;
      if (w == "(") {
        if (slash && t1 - (i - 1) <= 12) mark(i - 1, t1);
        return;
      }
    }
  }

  // "SEOUL, April 9 (Agency) --": the agency of a dateline.
  void dateline_agency(std::uint32_t t0, std::uint32_t t1) {
    for (std::uint32_t i = t0; i < t1 && i < t0 + 12; ++i) {
      if (ctx_.token(i) != "(") continue;
      std::uint32_t j = i + 1;
      while (j < t1 && j < i + 6 && ctx_.token(j) != ")") ++j;
      if (j + 1 < t1 && ctx_.token(j) == ")" && is_dash(ctx_.token(j + 1))) mark(i, j + 1);
      return;
    }
  }

  Context& ctx_;
  std::unordered_set<std::string> authors_;  // the first two words of the byline's names
  const Lexicon& lex_;
};

}  // namespace

void find_furniture(Context& ctx) { FurnitureFinder(ctx).run(); }

}  // namespace kg::extract
