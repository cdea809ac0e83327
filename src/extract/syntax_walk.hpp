// Walks over a parsed sentence shared by the repairs of the parser's output
// (the *_repair.cpp files), the tree rules and the frames, and the tag and
// label sets they and the readings of names test.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "kg/text.hpp"

namespace kg::extract {

// Penn tags of a finite verb form ("barred", "bars", "bar" after "they").
inline bool finite_tag(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }
// ... or of a finite verb or a modal: the verb of a clause that has a tense.
inline bool finite_or_modal_tag(std::string_view xpos) { return finite_tag(xpos) || xpos == "MD"; }
// Whether a word (lower case) may open a clause as well as a phrase: "after
// the talks collapsed", "since the meeting was called off".
inline bool clause_opening_preposition(std::string_view w) {
  return w == "after" || w == "before" || w == "since" || w == "until" || w == "once";
}
// Whether a word (lower case) is a quantifier that may float after its
// subject: "A and B, each answered ...", "A, B and C all said".
inline bool floating_quantifier(std::string_view w) { return w == "each" || w == "both" || w == "all"; }
// ... or of any verb that heads a clause: a finite form, a modal, a base form.
inline bool clause_verb_tag(std::string_view xpos) { return finite_or_modal_tag(xpos) || xpos == "VB"; }

// Whether `node` is `ancestor` or hangs below it (a bounded walk up the
// heads, so a cycle a repair left cannot hang it).
inline bool descends_from(const SyntaxSentence& s, int node, int ancestor) {
  for (int k = node, steps = 0; k >= 0 && steps < static_cast<int>(s.size()); k = s[static_cast<std::size_t>(k)].head, ++steps)
    if (k == ancestor) return true;
  return false;
}

// The node of the word that starts at kg token `token` (a mention's first
// word), or -1.
inline int node_of_token(const SyntaxSentence& s, std::uint32_t token) {
  for (std::size_t n = 0; n < s.size(); ++n)
    if (s[n].token == token) return static_cast<int>(n);
  return -1;
}

// Where a walk up the heads from `node` stops: at the first node for which
// `go_on` is false or that has no head (bounded, like descends_from, so a
// cycle a repair left cannot hang it).
template <class GoOn>
int climb(const SyntaxSentence& s, int node, GoOn go_on) {
  for (int steps = 0; steps < static_cast<int>(s.size()) && node >= 0 && s[static_cast<std::size_t>(node)].head >= 0 &&
                      go_on(node);
       ++steps)
    node = s[static_cast<std::size_t>(node)].head;
  return node;
}

// The words after `after` that hang from `from` hang from `to` instead
// (what came after a verb a repair put in a word's place is the verb's).
inline void rehang_after(SyntaxSentence& s, int after, int from, int to) {
  for (auto k = static_cast<std::size_t>(after + 1); k < s.size(); ++k)
    if (s[k].head == from) s[k].head = to;
}

// Word `node` takes the place of word `of` in the tree (its head and its
// label) and `of` hangs from it as `label` (a literal: labels are views).
inline void take_place(SyntaxSentence& s, int node, int of, std::string_view label) {
  SyntaxToken& n = s[static_cast<std::size_t>(node)];
  SyntaxToken& o = s[static_cast<std::size_t>(of)];
  n.head = o.head;
  n.deprel = o.deprel;
  o.head = node;
  o.deprel = label;
}

// The first conjunct of the list `node` is a conjunct in (itself if none).
inline int first_conjunct(const SyntaxSentence& s, int node) {
  return climb(s, node, [&](int k) { return s[static_cast<std::size_t>(k)].deprel == "conj"; });
}

// The nearest verb at or above `node` (a bounded walk up the heads), or -1.
inline int governing_verb(const SyntaxSentence& s, int node) {
  for (int k = node, steps = 0; k >= 0 && steps < static_cast<int>(s.size()); k = s[static_cast<std::size_t>(k)].head, ++steps)
    if (s[static_cast<std::size_t>(k)].upos == "VERB") return k;
  return -1;
}

// The first word of the phrase headed by `head`, past its determiner and
// modifiers (back to a punctuation mark).
inline std::size_t phrase_start(const SyntaxSentence& s, std::size_t head) {
  std::size_t start = head;
  while (start > 0 && s[start - 1].head == static_cast<int>(head) && s[start - 1].upos != "PUNCT") --start;
  return start;
}

// The first word of everything `node` holds before it ("its rival" of "its
// rival B"), back to a punctuation mark: phrase_start past grandchildren too.
inline int subtree_start(const SyntaxSentence& s, int node) {
  int start = node;
  while (start > 0 && s[static_cast<std::size_t>(start - 1)].upos != "PUNCT" && descends_from(s, start - 1, node)) --start;
  return start;
}

// The sentence's root (the first token with no head), or -1.
inline int root_of(const SyntaxSentence& s) {
  for (std::size_t k = 0; k < s.size(); ++k)
    if (s[k].head < 0) return static_cast<int>(k);
  return -1;
}

// Every token's walk up the heads reaches the root: a token in a cycle that
// a repair left is hung from the root ("dep"), so the rules see a tree.
inline void break_cycles(SyntaxSentence& s) {
  if (s.empty()) return;
  int root = root_of(s);
  if (root < 0) {
    root = 0;
    s[0].head = -1;
    s[0].deprel = "root";
  }
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!descends_from(s, static_cast<int>(i), root)) {
      s[i].head = root;
      s[i].deprel = "dep";
    }
}

// Whether a token is a possessive "'s" (or "’s") marking the word it hangs from.
inline bool is_possessive_mark(const SyntaxToken& t) {
  return t.deprel == "case" && is_possessive_s(t.form);
}

// Whether a dependency label is this label or one of its subtypes ("obl"
// takes "obl:agent").
inline bool has_label(std::string_view deprel, std::string_view label) {
  if (deprel == label) return true;
  return label.find(':') == std::string_view::npos && deprel.size() > label.size() && deprel.starts_with(label) &&
         deprel[label.size()] == ':';
}

// ... or of one of these labels.
inline bool any_label(std::string_view deprel, const std::vector<std::string>& labels) {
  return std::any_of(labels.begin(), labels.end(), [&](const std::string& l) { return has_label(deprel, l); });
}

// Whether some token hanging from `node` satisfies `pred`.
template <class Pred>
bool has_child(const SyntaxSentence& s, int node, Pred pred) {
  for (const SyntaxToken& t : s)
    if (t.head == node && pred(t)) return true;
  return false;
}

// Whether the node's phrase is introduced by this preposition (a "case"
// child, in lower case: "from" in "heard from X").
inline bool has_case(const SyntaxSentence& s, int node, std::string_view preposition) {
  return has_child(s, node, [&](const SyntaxToken& c) { return c.deprel == "case" && to_lower_ascii(c.form) == preposition; });
}

// Whether the node's clause is introduced by this word (a "mark" child, in
// lower case: "to" of an infinitive, "that" of a complement).
inline bool has_mark(const SyntaxSentence& s, int node, std::string_view word) {
  return has_child(s, node, [&](const SyntaxToken& c) { return c.deprel == "mark" && to_lower_ascii(c.form) == word; });
}

// Whether the token is a name (PROPN) of a mention of the document ...
inline bool names_mention(const Context& ctx, const SyntaxToken& t) {
  return t.upos == "PROPN" && ctx.mention_at[t.token] >= 0;
}

// ... of a person.
inline bool names_person(const Context& ctx, const SyntaxToken& t) {
  return names_mention(ctx, t) &&
         ctx.mentions[static_cast<std::size_t>(ctx.mention_at[t.token])].type == EntityType::Person;
}

}  // namespace kg::extract
