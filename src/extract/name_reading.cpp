#include "name_reading.hpp"

#include "nlp/name_model.hpp"

namespace kg::extract {

const std::vector<NameReading::Name>& NameReading::names_in(std::uint32_t s) {
  const auto [it, fresh] = read_.try_emplace(s);
  if (!fresh) return it->second;
  const Sentence& sent = ctx_.seg.sentences[s];
  SyntaxSentence tokens = ud_tokens(ctx_.text, std::span(ctx_.seg.tokens).subspan(sent.first, sent.last - sent.first));
  for (auto& t : tokens) t.token += sent.first;  // index into ctx.seg.tokens, as the syntax stage keeps them
  ctx_.syntax_model->tag(tokens);
  for (const auto& n : ctx_.names->names(nlp::name_words(*ctx_.syntax_model, tokens)))
    it->second.push_back({tokens[n.first].token, tokens[n.last - 1].token + 1, n.type == nlp::NameType::Person});
  if (ctx_.syntax.size() < ctx_.seg.sentences.size()) ctx_.syntax.resize(ctx_.seg.sentences.size());
  ctx_.syntax[s] = std::move(tokens);
  return it->second;
}

bool NameReading::reads_name(std::uint32_t s, std::uint32_t first, std::uint32_t last, bool person) {
  if (!ctx_.names || !ctx_.syntax_model) return true;
  for (const Name& n : names_in(s))
    if (n.first < last && first < n.last && (n.person || !person)) return true;
  return false;
}

}  // namespace kg::extract
