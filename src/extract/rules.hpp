// Relation cue rules and modality cues, loaded from data/rules/ (docs/RULES.md).
#pragma once

#include <functional>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/types.hpp"
#include "lexicon.hpp"
#include "tree_rules.hpp"

namespace kg::extract {

// How a cue finds its two ends (docs/RULES.md).
enum class Frame : std::uint8_t {
  Verb,     // A <cue> [prep] B            "Kim met with Xi", "the U.S. imposed sanctions on Iran"
  Passive,  // [B] <cue> by A [prep B]     "sanctions imposed by the EU on Russia"
  Noun,     // A's <cue> prep B, <cue> between A and B, "the Trump-Kim summit"
  Control,  // A <cue> B to ...            "Moon pressed Trump to ...", "called on Iran to"
  Insist,   // A <cue> that B must ...     "the U.S. insisted that the North must ..."
  Reverse,  // B <cue> [prep] A            "the committee heard from Laura Cooper"
  Visit,    // A <cue> B, not followed by "to" "Pompeo called on Prime Minister Abe" (not "called on Abe to")
  Condition,  // A ... <cue> B ...         "A would recognise him unless Maduro called ...",
              //                           "Tehran will not talk until the United States lifts ..."
};

struct Rule {
  std::string id;
  RelationType relation = RelationType::MetWith;
  Frame frame = Frame::Verb;
  std::vector<std::vector<std::string>> cues;  // each cue: lower-cased token sequence
  std::vector<std::string> preps;              // object prepositions; "_" = direct object
  float confidence = 0.8f;
  Modality modality = Modality::Occurred;      // the rule's own modality ("threatened sanctions": planned)
  std::vector<std::string> object_heads;       // if set: the object's name must end in one of these words
};

enum class CueEffect : std::uint8_t { Negation, Planned, Hypothetical };

struct ModalityCue {
  std::vector<std::string> words;  // lower-cased token sequence
  CueEffect effect = CueEffect::Negation;
};

// A cue of a rule: rules[rule].cues[cue].
struct CueRef {
  std::uint32_t rule = 0;
  std::uint32_t cue = 0;
};

struct RuleSet {
  std::vector<Rule> rules;
  std::vector<ModalityCue> modality;
  // Every cue under its first word, in rule then cue order, so the matcher
  // looks up each token once instead of trying every cue there. load_rules
  // keeps it up to date.
  std::unordered_map<std::string, std::vector<CueRef>> cues_by_first_word;
  // Rules over dependency trees (frame "tree") and what changes their modality.
  std::vector<TreeRule> tree_rules;
  std::vector<TreeModalityCue> tree_modality;
  std::unordered_map<std::string, std::vector<std::uint32_t>> tree_rules_by_lemma;
  bool has_title_rules = false;  // some tree rule's trigger is "@title"
};

// Appends the rules of a file: id, relation, frame, cues, preps, confidence[, modality[, object heads]];
// a rule whose frame is "tree" is a tree rule (id, relation, tree, trigger, subject, object, confidence[, modality]).
// Throws kg::Error "file:line: ..." on a bad line.
// A cue word written "~hold" is a verb in every form verb_forms gives it
// ("~hold talks": hold / holds / held / holding talks); without verb_forms
// such a cue is an error.
using VerbForms = std::function<std::vector<std::string>(std::string_view lemma)>;
void load_rules(const std::string& path, const Lexicon& lex, RuleSet& out, const VerbForms& verb_forms = {});
void load_modality(const std::string& path, const Lexicon& lex, RuleSet& out);
void load_tree_modality(const std::string& path, RuleSet& out);

}  // namespace kg::extract
