// The syntax stage, paid only where it can pay off: a sentence that names at
// least two entities (the only kind that can hold a relation) is cut into UD
// tokens, tagged and lemmatised, and parsed when a tree rule could fire in it:
// one of its lemmas triggers the rule, with the words the rule needs ("said"
// alone is no demand; "said ... must" may be). Other sentences keep no syntax
// (an empty SyntaxSentence). A document's sentences are all tagged before any is
// parsed.
#include "kg/text.hpp"
#include "relations.hpp"

namespace kg::extract {

void analyse_syntax(Context& ctx, const RuleSet& rules) {
  ctx.syntax.assign(ctx.seg.sentences.size(), {});
  std::vector<std::uint32_t> mentions(ctx.seg.sentences.size(), 0);
  for (const auto& m : ctx.mentions) ++mentions[m.sentence];
  // All of the document's sentences are tagged first, then the ones that
  // need it parsed: each model's weights stay in the caches for a run of
  // sentences instead of evicting the other's at every sentence.
  for (std::size_t s = 0; s < ctx.seg.sentences.size(); ++s) {
    if (mentions[s] < 2) continue;
    const Sentence& sent = ctx.seg.sentences[s];
    SyntaxSentence tokens = ud_tokens(ctx.text, std::span(ctx.seg.tokens).subspan(sent.first, sent.last - sent.first));
    for (auto& t : tokens) t.token += sent.first;  // index into ctx.seg.tokens
    ctx.syntax_model->tag(tokens);
    ctx.syntax[s] = std::move(tokens);
  }
  std::vector<std::string> lemmas;
  std::vector<std::string_view> upos;
  for (auto& tokens : ctx.syntax) {
    if (tokens.empty()) continue;
    lemmas.clear();
    upos.clear();
    for (const auto& t : tokens) {
      lemmas.push_back(to_lower_ascii(t.lemma));
      upos.push_back(t.upos);
    }
    if (may_fire(rules.tree_rules, lemmas, upos)) ctx.syntax_model->parse(tokens);
  }
}

}  // namespace kg::extract
