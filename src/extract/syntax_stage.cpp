// The syntax stage: every sentence's UD tokens tagged and lemmatised (cheap),
// and parsed where it names at least two entities, the only sentences that
// can hold a relation (parsing is the expensive part).
#include "context.hpp"

namespace kg::extract {

void analyse_syntax(Context& ctx) {
  ctx.syntax.clear();
  ctx.syntax.reserve(ctx.seg.sentences.size());
  std::vector<std::uint32_t> mentions(ctx.seg.sentences.size(), 0);
  for (const auto& m : ctx.mentions) ++mentions[m.sentence];
  for (std::size_t s = 0; s < ctx.seg.sentences.size(); ++s) {
    const Sentence& sent = ctx.seg.sentences[s];
    SyntaxSentence tokens = ud_tokens(ctx.text, std::span(ctx.seg.tokens).subspan(sent.first, sent.last - sent.first));
    for (auto& t : tokens) t.token += sent.first;  // index into ctx.seg.tokens
    ctx.syntax_model->tag(tokens);
    if (mentions[s] >= 2) ctx.syntax_model->parse(tokens);
    ctx.syntax.push_back(std::move(tokens));
  }
}

}  // namespace kg::extract
