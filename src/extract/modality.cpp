// Negation and modality around a cue: "did not meet", "will meet", "could impose".
#include <algorithm>
#include <optional>

#include "kg/text.hpp"
#include "relations.hpp"

namespace kg::extract {
namespace {

bool matches_at(const Context& ctx, std::uint32_t i, std::uint32_t end, const std::vector<std::string>& words) {
  if (i + words.size() > end) return false;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (fold_case(ctx.token(i + k)) != words[k]) return false;
  return true;
}

}  // namespace

std::optional<Modality> modality_of(const Context& ctx, const RuleSet& rules, std::uint32_t sentence,
                                    std::uint32_t agent_end, std::uint32_t cue_first, std::uint32_t cue_last,
                                    Modality rule_modality) {
  const Sentence& s = ctx.seg.sentences[sentence];
  // The verb group between the agent and the cue (at most 8 words), the cue
  // itself, and a clause-opening "if"/"unless" before the agent.
  std::uint32_t from = std::max(s.first, std::min(agent_end, cue_first));
  if (cue_first - from > 8) from = cue_first - 8;
  // Skip a parenthetical between agent and cue: "Israel, which is not a
  // party to the deal, has urged ...".
  for (std::uint32_t i = cue_first; i > from; --i)
    if (ctx.token(i - 1) == ",") {
      from = i;
      break;
    }
  bool planned = rule_modality == Modality::Planned;
  bool hypothetical = rule_modality == Modality::Hypothetical;
  for (std::uint32_t i = from; i < cue_last; ++i) {
    for (const auto& c : rules.modality) {
      if (!matches_at(ctx, i, cue_last, c.words)) continue;
      switch (c.effect) {
        case CueEffect::Negation: return std::nullopt;
        case CueEffect::Planned: planned = true; break;
        case CueEffect::Hypothetical: hypothetical = true; break;
      }
    }
  }
  // "wanted nothing from Ukraine", "sought no talks".
  if (cue_last < s.last) {
    const std::string next = fold_case(ctx.token(cue_last));
    if (next == "nothing" || next == "no") return std::nullopt;
  }
  // "Neither A nor B has joined the sanctions": the agents' own negation,
  // before them in the clause.
  for (std::uint32_t i = from; i > s.first && from - i < 10; --i) {
    const std::string w = fold_case(ctx.token(i - 1));
    if (w == "neither") return std::nullopt;
    if (w == "," || w == ";" || w == ":") break;
  }
  // A condition opening the clause: "If Iran ..., the EU would impose ...".
  for (std::uint32_t i = s.first; i < from && i < s.first + 2; ++i) {
    const std::string w = fold_case(ctx.token(i));
    if (w == "if" || w == "unless") hypothetical = true;
  }
  if (hypothetical) return Modality::Hypothetical;
  if (planned) return Modality::Planned;
  return Modality::Occurred;
}

}  // namespace kg::extract
