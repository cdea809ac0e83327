// Hyphenated pairs of names: "China-U.S. talks", "Japanese-South Korean
// ties", "the Gove-Sefcovic talks". The segmenter keeps a hyphenated word
// whole (and may cut a dotted part: "China-U" "." "S."); here the written
// chunk (tokens with no space between them) is split into its parts and the
// hyphens when every part is capitalised and names something on its own: a
// lexicon phrase (or the start of one, for the last part), or a word the
// document also writes alone. A chunk that is itself a lexicon phrase stays
// whole ("Guinea-Bissau"), as do names whose parts never stand alone
// ("Bristol-Myers"), a family name opened by a particle ("Al-Sabah"), and a
// pair that names a body with the capitalised words after it ("the EU-UK
// Joint Committee") or a company word before it ("Air France-KLM"). A place and a word saying where
// something is ("Seoul-based") are split too, so the place is found. A sentence break the segmenter put
// inside a chunk is undone.
#include <optional>
#include <unordered_set>

#include "context.hpp"
#include "kg/text.hpp"

namespace kg::extract {
namespace {

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  return !w.empty() && is_upper_cp(next_code_point(w, i));
}

struct Chunk {
  std::size_t first = 0, last = 0;       // tokens [first, last)
  std::vector<std::string_view> parts;   // the names between the hyphens
  bool trailing_period = false;          // a final "." that is not part of the last name
};

class HyphenSplitter {
 public:
  explicit HyphenSplitter(Context& ctx) : ctx_(ctx), toks_(ctx.seg.tokens) {
    for (std::size_t i = 0; i < toks_.size(); ++i)
      if (toks_[i].kind == TokenKind::Word) alone_.insert(ctx.token(i));
  }

  void run() {
    std::vector<Chunk> chunks;
    for (std::size_t i = 0; i < toks_.size(); ++i)
      if (auto c = chunk_at(i)) {
        chunks.push_back(*c);
        i = c->last - 1;
      }
    if (chunks.empty()) return;
    rebuild(chunks);
  }

 private:
  bool named(std::string_view p, bool last) const {
    if (!starts_upper(p)) return false;
    return ctx_.lex.phrase(ctx_.lex.key_of(p)) != nullptr || alone_.contains(p) ||
           (last && ctx_.lex.phrase_prefix(fold_case(p)));
  }

  std::optional<Chunk> chunk_at(std::size_t i) const {
    const std::string_view w = ctx_.token(i);
    if (toks_[i].kind != TokenKind::Word || w.find('-') == std::string_view::npos) return std::nullopt;
    Chunk c;
    c.first = i;
    c.last = i + 1;
    while (c.last < toks_.size() && toks_[c.last].begin == toks_[c.last - 1].end &&
           (toks_[c.last].kind == TokenKind::Word || ctx_.token(c.last) == "."))
      ++c.last;
    const std::string_view text = ctx_.span_text(c.first, c.last);
    if (ctx_.lex.phrase(ctx_.lex.key_of(text))) return std::nullopt;
    // "the EU-UK Joint Committee": the pair names a body with the words after it.
    std::size_t j = c.last;
    while (j < toks_.size() && toks_[j].kind == TokenKind::Word && toks_[j].capitalized) ++j;
    for (auto p : split(text, '-')) c.parts.push_back(p);
    if (c.parts.size() < 2) return std::nullopt;
    // "Al-Sabah", "El-Sisi": a name particle opens one family name.
    if (ctx_.lex.in("name_particles", fold_case(c.parts[0]))) return std::nullopt;
    // "Seoul-based", "Tokyo-headquartered": a place and a lower-case word
    // that says it is where something is (words/place_suffixes.txt).
    // A place of several words ends in the first part: "Hong Kong-based".
    const auto place_ends_in = [&](std::string_view first) {
      if (ctx_.lex.phrase(ctx_.lex.key_of(first)) != nullptr) return true;
      for (std::size_t back = 1; back <= 2 && back <= c.first; ++back) {
        const std::size_t from = c.first - back;
        if (toks_[from].kind != TokenKind::Word || !toks_[from].capitalized) break;
        const std::string words = std::string(ctx_.span_text(from, c.first)) + " " + std::string(first);
        if (ctx_.lex.phrase(ctx_.lex.key_of(words)) != nullptr) return true;
      }
      return false;
    };
    const bool place_suffix =
        c.parts.size() == 2 && ctx_.lex.in("place_suffixes", c.parts[1]) && place_ends_in(c.parts[0]);
    if (!place_suffix && j > c.last && ctx_.lex.in("org_heads", ctx_.token(j - 1))) return std::nullopt;
    // "Air France-KLM": a company word before the chunk makes its first part
    // the end of a body's name, not a state's; the chunk names one company.
    if (!place_suffix && c.first > 0 && toks_[c.first - 1].kind == TokenKind::Word && toks_[c.first - 1].capitalized &&
        toks_[c.first - 1].end < toks_[c.first].begin && ctx_.lex.in("org_words", ctx_.token(c.first - 1)))
      return std::nullopt;
    for (std::size_t k = 0; k < c.parts.size(); ++k) {
      const bool last = k + 1 == c.parts.size();
      if (place_suffix) continue;  // a place and where something is: checked above
      if (named(c.parts[k], last)) continue;
      if (last && c.parts[k].ends_with('.') && named(c.parts[k].substr(0, c.parts[k].size() - 1), true)) {
        c.parts[k].remove_suffix(1);
        c.trailing_period = true;
        continue;
      }
      return std::nullopt;
    }
    return c;
  }

  void rebuild(const std::vector<Chunk>& chunks) {
    std::vector<Token> out;
    std::vector<std::uint32_t> new_index(toks_.size() + 1);
    std::vector<bool> inside(toks_.size(), false);  // a token inside a chunk, after its first
    std::size_t next = 0;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      new_index[i] = static_cast<std::uint32_t>(out.size());
      if (next < chunks.size() && chunks[next].first == i) {
        const Chunk& c = chunks[next++];
        for (std::size_t k = c.first + 1; k < c.last; ++k) inside[k] = true;
        std::uint32_t at = toks_[i].begin;
        for (std::size_t k = 0; k < c.parts.size(); ++k) {
          if (k) {
            out.push_back({at, at + 1, TokenKind::Punct, false, false});
            ++at;
          }
          const auto len = static_cast<std::uint32_t>(c.parts[k].size());
          const bool dotted = c.parts[k].find('.') != std::string_view::npos;
          out.push_back({at, at + len, TokenKind::Word, starts_upper(c.parts[k]), dotted});
          at += len;
        }
        if (c.trailing_period) out.push_back({at, at + 1, TokenKind::Punct, false, false});
        i = c.last - 1;
        for (std::size_t k = c.first + 1; k < c.last; ++k) new_index[k] = static_cast<std::uint32_t>(out.size());
        continue;
      }
      out.push_back(toks_[i]);
    }
    new_index[toks_.size()] = static_cast<std::uint32_t>(out.size());
    std::vector<Sentence> sents;
    for (const auto& old : ctx_.seg.sentences) {
      Sentence s = old;
      s.first = new_index[old.first];
      s.last = new_index[old.last];
      if (!sents.empty() && old.first < inside.size() && inside[old.first]) {  // a break inside a chunk
        sents.back().last = s.last;
        sents.back().end = s.end;
        continue;
      }
      if (s.first == s.last) continue;
      sents.push_back(s);
    }
    ctx_.seg.sentences = std::move(sents);
    ctx_.seg.tokens = std::move(out);
  }

  Context& ctx_;
  const std::vector<Token>& toks_;
  std::unordered_set<std::string_view> alone_;
};

}  // namespace

void split_hyphenated_names(Context& ctx) { HyphenSplitter(ctx).run(); }

}  // namespace kg::extract
