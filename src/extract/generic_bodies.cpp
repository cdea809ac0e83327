// Bodies that every state has, named without their state: "the ruling
// Communist Party", "Cuba's Communist Party". Such a name is not specific:
// across a corpus it stands for a different body in each document, so it is
// qualified by its state (SCHEMA.md, judgement call 11): the body's full
// name when the document also writes it ("Chinese Communist Party"), else
// the state named with it ("Cuba's" -> "Cuban Communist Party"), else the
// nearest demonym before it in the sentence ("the Vietnamese president, who
// heads the ruling Communist Party"), else the state the document names most.
// The written form stays an alias, so the document's own matching holds.
#include <map>

#include "context.hpp"
#include "kg/text.hpp"

namespace kg::extract {
namespace {

// "Communist Party": a generic adjective (words/generic_body_words.txt) and a head word.
bool generic(const Context& ctx, const Mention& m) {
  return m.type == EntityType::Organization && m.kind == MentionKind::Name && !m.from_lexicon &&
         m.last - m.first == 2 && ctx.lex.in("generic_body_words", ctx.token(m.first)) &&
         ctx.lex.in("org_heads", ctx.token(m.first + 1));
}

}  // namespace

void qualify_generic_bodies(Context& ctx) {
  std::map<std::string, int> counts;
  for (const auto& m : ctx.mentions)
    if (m.type == EntityType::Country && m.from_lexicon) ++counts[m.canonical];
  std::string main_state;
  int best = 0;
  for (const auto& [state, n] : counts)
    if (n > best) {
      best = n;
      main_state = state;
    }
  for (std::size_t i = 0; i < ctx.mentions.size(); ++i) {
    Mention& m = ctx.mentions[i];
    if (!generic(ctx, m)) continue;
    // The document names the body in full elsewhere: "Chinese Communist Party".
    const Mention* full = nullptr;
    for (const auto& o : ctx.mentions)
      if (o.from_lexicon && o.type == EntityType::Organization && o.canonical.size() > m.surface.size() &&
          (o.canonical.find(m.surface + " ") != std::string::npos || o.canonical.ends_with(" " + m.surface)))
        full = &o;
    if (full) {
      m.canonical = full->canonical;
      m.from_lexicon = true;
      continue;
    }
    // "Cuba's Communist Party", "the Vietnamese president ... the ruling Communist Party".
    std::string state;
    if (i > 0 && ctx.mentions[i - 1].type == EntityType::Country && ctx.mentions[i - 1].from_lexicon &&
        ctx.mentions[i - 1].last + 1 == m.first && ctx.possessive(m.first - 1))
      state = ctx.mentions[i - 1].canonical;
    for (std::size_t j = i; state.empty() && j-- > 0 && ctx.mentions[j].sentence == m.sentence;)
      if (ctx.mentions[j].kind == MentionKind::Demonym && ctx.mentions[j].from_lexicon) state = ctx.mentions[j].canonical;
    if (state.empty()) state = main_state;
    if (state.empty()) continue;
    m.canonical = ctx.lex.demonym_of(state) + " " + m.surface;
  }
}

}  // namespace kg::extract
