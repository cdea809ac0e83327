// Relation rules over dependency trees (docs/RULES.md, "Tree rules"): a
// trigger lemma and where the two ends sit in its tree, one line per rule
// instead of one per inflection.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/types.hpp"

namespace kg::extract {

// A condition on a node: a child with one of the labels (and, if given, one
// of the lemmas): "obj=sanction|penalty", "xcomp", "aux=must|should"; with
// "!" before it, no such child ("!xcomp").
struct TreeCondition {
  bool negated = false;
  std::vector<std::string> labels;
  std::vector<std::string> lemmas;  // empty: any
  std::vector<TreeCondition> inner;  // conditions on that child ("advcl[mark=to]")
};

// One step of a path from the trigger: to a child with the label (a label
// without a subtype also takes its subtypes: "obl" takes "obl:agent"),
// optionally with one of some lemmas ("ccomp=have,need"), optionally
// introduced by a preposition ("obl@on": a "case" child with lemma "on"),
// and optionally holding a condition ("ccomp[aux=must|should]").
// "^acl" steps up to the head, when the node hangs from it by that label.
struct TreeStep {
  // "@hearing" as a whole path: the committee named last before the trigger
  // in the document ("Also testifying were ..." at the hearing just named).
  bool hearing = false;
  // "@last" as a whole subject path: whoever did the rule's act last before
  // the trigger's sentence ("Also on the list are A and B": on the list of
  // the latest sanctioner; group_members.cpp).
  bool last_actor = false;
  std::string label;
  // "nmod@for#organization": the end this step reaches must be of this type.
  std::optional<EntityType> end_type;
  bool up = false;
  std::vector<std::string> lemmas;  // empty: any
  std::vector<std::string> preps;
  std::vector<TreeCondition> conditions;
};
using TreePath = std::vector<TreeStep>;

struct TreeRule {
  std::string id;
  RelationType relation = RelationType::MetWith;
  std::vector<std::string> lemmas;          // the trigger
  std::string upos;                         // "VERB", "NOUN", or empty for any
  std::vector<TreeCondition> conditions;    // on the trigger
  std::vector<TreePath> subject, object;    // alternatives; the first that finds an end wins
  bool pairs = false;                       // subject "*": every pair among the object's conjuncts
  // Subject "@after>PATHS": the facts stand only when the document did an
  // act of the relation in the ten sentences before ("The Treasury named
  // A": a designation after a sanction; drop_facts_without_prior_act).
  bool after_act = false;
  // Trigger "@title": any title of titles.tsv ("chairman", "vice-president"),
  // and the fact's relation is the title's (leader_of or works_for).
  bool title_trigger = false;
  float confidence = 0.8f;
  Modality modality = Modality::Occurred;
  // Words the sentence must hold for the rule to fire, one of each list: the
  // lemmas its conditions name, and the prepositions or condition lemmas that
  // every way to its object needs. A sentence that cannot fire any rule is
  // not parsed.
  std::vector<std::vector<std::string>> needs;
};

// Whether a tagged sentence (lemmas lower-cased) holds a trigger of some rule
// with everything that rule needs; rules_by_lemma: the rules of each trigger
// lemma (RuleSet::tree_rules_by_lemma).
bool may_fire(const std::vector<TreeRule>& rules,
              const std::unordered_map<std::string, std::vector<std::uint32_t>>& rules_by_lemma,
              const std::vector<std::string>& lemmas, const std::vector<std::string_view>& upos);

// How the words around a trigger change what it states (tree_modality.tsv).
enum class TreeEffect : std::uint8_t { Negation, Planned, Hypothetical, Suppressed };
struct TreeModalityCue {
  bool on_head = false;            // the trigger hangs from a head with this lemma ("agreed to meet")
  std::vector<std::string> labels; // the child's label, or the trigger's label under the head
  std::vector<std::string> preps;  // "obl@for": the trigger (or child) is introduced by one of these
  std::vector<std::string> lemmas;
  TreeEffect effect = TreeEffect::Negation;
};

// Parses the fields after "id relation tree": trigger, subject, object,
// confidence[, modality]. Throws TsvError with what is wrong.
TreeRule parse_tree_rule(std::string_view id, RelationType relation, const std::vector<std::string_view>& fields);
TreeModalityCue parse_tree_modality(const std::vector<std::string_view>& fields);

}  // namespace kg::extract
