// Applying the cue rules to a resolved document: the relation facts.
#pragma once

#include <vector>

#include "context.hpp"
#include "rules.hpp"

namespace kg::extract {

struct RawFact {
  int subject = -1;  // entity indices
  int object = -1;
  RelationType relation = RelationType::MetWith;
  Modality modality = Modality::Occurred;
  float confidence = 0.0f;
  std::uint32_t sentence = 0;
  Span subject_span;
  Span object_span;
  std::string rule;
  std::string what;
  std::string role;
};

std::vector<RawFact> find_relations(const Context& ctx, const RuleSet& rules);

// The modality of a cue at tokens [cue_first, cue_last) whose agent ends at
// agent_end, or nullopt when the statement is negated.
std::optional<Modality> modality_of(const Context& ctx, const RuleSet& rules, std::uint32_t sentence,
                                    std::uint32_t agent_end, std::uint32_t cue_first, std::uint32_t cue_last,
                                    Modality rule_modality);

}  // namespace kg::extract
