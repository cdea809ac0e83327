#include "name_tokens.hpp"

namespace kg::extract {
namespace {

// The multi-word name mention a UD token is part of, or -1.
int name_of(const SyntaxToken& t, const Context& ctx) {
  const int m = ctx.mention_at[t.token];
  if (m < 0) return -1;
  const Mention& mm = ctx.mentions[static_cast<std::size_t>(m)];
  return mm.kind == MentionKind::Name && mm.last - mm.first >= 2 ? m : -1;
}

}  // namespace

SyntaxSentence with_names_as_words(const SyntaxSentence& tagged, const Context& ctx) {
  SyntaxSentence out;
  out.reserve(tagged.size());
  for (std::size_t i = 0; i < tagged.size();) {
    const int m = name_of(tagged[i], ctx);
    std::size_t j = i + 1;
    while (m >= 0 && j < tagged.size() && ctx.mention_at[tagged[j].token] == m) ++j;
    if (j - i < 2) {
      out.push_back(tagged[i++]);
      continue;
    }
    // The word that heads the name: the last before "of" ("Bank of America").
    std::size_t head = i;
    while (head + 1 < j && tagged[head + 1].upos != "ADP") ++head;
    SyntaxToken name = tagged[head];
    name.begin = tagged[i].begin;
    name.end = tagged[j - 1].end;
    name.token = tagged[i].token;
    name.space_after = tagged[j - 1].space_after;
    name.upos = "PROPN";
    name.xpos = tagged[head].xpos == "NNPS" ? "NNPS" : "NNP";
    out.push_back(std::move(name));
    i = j;
  }
  return out;
}

}  // namespace kg::extract
