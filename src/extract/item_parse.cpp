#include "item_parse.hpp"

#include <vector>

#include "syntax_walk.hpp"

namespace kg::extract {
namespace {

bool nominal(const SyntaxToken& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "NUM"; }

// The semicolons outside brackets that split the sentence, or none when
// there are fewer than two or the first clause has no verb.
std::vector<std::size_t> item_breaks(const SyntaxSentence& s) {
  std::vector<std::size_t> breaks;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::string& w = s[i].form;
    if (w == "(" || w == "[") ++depth;
    else if ((w == ")" || w == "]") && depth > 0) --depth;
    else if (w == ";" && depth == 0 && i > 0 && i + 1 < s.size()) breaks.push_back(i);
  }
  if (breaks.size() < 2) return {};
  for (std::size_t i = 0; i < breaks.front(); ++i)
    if (s[i].upos == "VERB" || s[i].upos == "AUX") return breaks;
  return {};
}

// The list's first item in the clause [0, end): the phrase after its colon,
// or else the noun phrase that closes it: from its last word up through the
// links inside a noun phrase (and the verbs of its relative clauses), the
// highest noun reached; -1 if none.
int closing_phrase(const SyntaxSentence& s, std::size_t end) {
  // After a colon, the phrase that opens there ("the heads of five
  // groups: A, director of X; B, ...").
  for (std::size_t colon = end; colon-- > 0;) {
    if (s[colon].form != ":") continue;
    int k = static_cast<int>(colon) + 1;
    for (int steps = 0; k < static_cast<int>(end) && steps < static_cast<int>(end); ++steps) {
      const int up = s[static_cast<std::size_t>(k)].head;
      if (up <= static_cast<int>(colon) || up >= static_cast<int>(end)) break;
      k = up;
    }
    return k < static_cast<int>(end) && nominal(s[static_cast<std::size_t>(k)]) ? k : -1;
  }
  std::size_t last = end;
  while (last > 0 && s[last - 1].upos == "PUNCT") --last;
  if (last == 0) return -1;
  int best = -1;
  for (int k = static_cast<int>(last) - 1, steps = 0; k >= 0 && steps < static_cast<int>(end); ++steps) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (nominal(t)) best = k;
    if (t.head < 0) break;
    const SyntaxToken& up = s[static_cast<std::size_t>(t.head)];
    const bool inside = any_label(t.deprel, {"appos", "conj", "flat", "compound", "nmod", "amod", "acl", "dep"});
    const bool in_relative = (up.upos == "VERB" || up.upos == "AUX") && any_label(up.deprel, {"acl"});
    if (!inside && !in_relative) break;
    k = t.head;
  }
  return best;
}

// The head of the noun phrase that opens the item [from, to), past its
// "and", article, adjectives and numbers ("and the Russian oil company X"),
// when a comma, "and" or the item's end closes it; else -1.
int opening_phrase(const SyntaxSentence& s, std::size_t from, std::size_t to) {
  std::size_t k = from;
  if (k < to && s[k].upos == "CCONJ") ++k;
  while (k < to && (s[k].upos == "DET" || s[k].upos == "ADJ" || s[k].upos == "NUM" || s[k].xpos == "PRP$")) ++k;
  if (k >= to || !nominal(s[k])) return -1;
  while (k + 1 < to && nominal(s[k + 1])) ++k;
  if (k + 1 < to && s[k + 1].form != "," && s[k + 1].form != "and") return -1;
  return static_cast<int>(k);
}

// "... and four Libyans: A, the commander of X; B; ...": the first item
// after a colon that the parser hung from a verb, as one of its arguments,
// is in apposition to the noun right before the colon (not where that noun
// hangs from the item).
void hang_from_noun_before_colon(SyntaxSentence& s, int item) {
  const int head = s[static_cast<std::size_t>(item)].head;
  if (head >= 0 && s[static_cast<std::size_t>(head)].upos != "VERB" && s[static_cast<std::size_t>(head)].upos != "AUX")
    return;
  int colon = item - 1;
  while (colon >= 0 && s[static_cast<std::size_t>(colon)].form != ":") --colon;
  if (colon < 1 || !nominal(s[static_cast<std::size_t>(colon - 1)])) return;
  const int noun = colon - 1;
  for (int k = noun, steps = 0; k >= 0 && steps < static_cast<int>(s.size()); ++steps) {
    if (k == item) return;
    k = s[static_cast<std::size_t>(k)].head;
  }
  s[static_cast<std::size_t>(item)].head = noun;
  s[static_cast<std::size_t>(item)].deprel = "appos";
}

}  // namespace

void parse_by_items(const SyntaxModel& model, SyntaxSentence& s) {
  const std::vector<std::size_t> breaks = item_breaks(s);
  if (breaks.empty()) {
    model.parse(s);
    return;
  }
  // Each piece parsed alone, its heads moved back to the sentence's indices.
  std::vector<int> roots;
  SyntaxSentence piece;
  for (std::size_t p = 0; p <= breaks.size(); ++p) {
    const std::size_t from = p == 0 ? 0 : breaks[p - 1] + 1, to = p < breaks.size() ? breaks[p] : s.size();
    piece.assign(s.begin() + static_cast<std::ptrdiff_t>(from), s.begin() + static_cast<std::ptrdiff_t>(to));
    model.parse(piece);
    int root = -1;
    for (std::size_t i = 0; i < piece.size(); ++i) {
      SyntaxToken& t = s[from + i];
      t.deprel = piece[i].deprel;
      t.head = piece[i].head < 0 ? -1 : static_cast<int>(from) + piece[i].head;
      if (t.head < 0 && root < 0) root = static_cast<int>(from + i);
    }
    // An item the parser read as a clause that opens with a noun phrase
    // closed by a comma or "and" is that noun phrase, the clause its
    // modifier ("B, the attorney general installed by X", "C, a company
    // the Treasury says he controls").
    if (p > 0 && root >= 0 && !nominal(s[static_cast<std::size_t>(root)]))
      if (const int noun = opening_phrase(s, from, to); noun >= 0 && noun != root) {
        s[static_cast<std::size_t>(noun)].head = -1;
        s[static_cast<std::size_t>(root)].head = noun;
        s[static_cast<std::size_t>(root)].deprel = "acl";
        root = noun;
      }
    roots.push_back(root);
  }
  const int main_root = roots.front();
  const int list = closing_phrase(s, breaks.front());
  if (list >= 0) hang_from_noun_before_colon(s, list);
  for (std::size_t p = 1; p < roots.size(); ++p) {
    const int r = roots[p];
    SyntaxToken& semicolon = s[breaks[p - 1]];
    semicolon.deprel = "punct";
    if (r < 0) {
      semicolon.head = main_root;
      continue;
    }
    SyntaxToken& root = s[static_cast<std::size_t>(r)];
    if (nominal(root) && list >= 0) {
      root.head = list;
      root.deprel = "conj";
    } else {
      root.head = main_root;
      root.deprel = "parataxis";
    }
    semicolon.head = r;
  }
}

}  // namespace kg::extract
