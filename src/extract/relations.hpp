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
  bool after_act = false;  // a tree rule's "@after>": stands only after an act of its relation
};

// What the word-window rules find: facts, and facts whose subject is
// whoever did the act last ("The measures also target A"; subject -1, its
// span the cue's), for add_last_actors.
struct FrameFindings {
  std::vector<RawFact> facts;
  std::vector<RawFact> last_actor;
};
FrameFindings find_relations(const Context& ctx, const RuleSet& rules);
// The rule of a meeting of "the two sides" that the word windows take to be
// the document's two most-mentioned states; a tree rule's pair in the same
// sentence (the pair just named) replaces it.
inline constexpr const char* kTwoSidesRule = "met.two.sides";
// The syntax stage (syntax_stage.cpp): fills ctx.syntax; needs the mentions.
void analyse_syntax(Context& ctx, const RuleSet& rules);
// What the tree rules find in the parsed sentences (tree_relations.cpp):
// facts, and the stretches of text where a trigger is negated or only asked
// for ("urged the EU to impose sanctions on Russia"), where no other rule
// may state that relation either.
struct TreeVeto {
  std::uint32_t sentence = 0;
  RelationType relation = RelationType::MetWith;
  Span span;  // the trigger's subtree
};
// "imposed sanctions on 17 nationals": a counted group that names no one,
// whose members the next sentence names ("The list includes A, B and C").
struct TreeGroup {
  std::uint32_t sentence = 0;
  RelationType relation = RelationType::MetWith;
  int subject = -1;  // entity index
  Span subject_span;
  Span group_span;  // the group's words: where its members stand in this sentence
  Modality modality = Modality::Occurred;
  float confidence = 0.0f;
  std::string rule;
  std::string noun;  // the group's noun, singular ("committee" for "the two House committees")
  bool definite = false;  // "the four men": a group named before, not a new one
  bool named = false;     // "the two operators, A and B": its members named in place
  int count = 0;          // how many it counts ("the four": 4), 0 if it does not say
};
struct VerbObject {
  std::uint32_t sentence = 0;
  Span span;    // the name's
  // What the verb goes on to say the name did ("slammed the U.S. for
  // imposing sanctions on X"), if anything: there the name may act.
  Span clause;
  // Whether the verb is a clause about a noun ("X, who heads Y"): the
  // object of an aside meets no one either.
  bool aside = false;
};
// "The union, whose general secretary, A, has addressed ..., demanded that
// B ...": a relative clause's words (its subject too), where a name acts on
// nothing outside them but the noun it describes ("an emergency with respect
// to X, under which Washington had maintained sanctions").
struct TreeAside {
  std::uint32_t sentence = 0;
  Span span;
  Span described;  // the noun's phrase, the clause with it
  // A description in apposition to a person: neither end of a meeting
  // (which has no agent) is inside it.
  bool description = false;
};
struct TreeFindings {
  std::vector<RawFact> facts;
  std::vector<TreeVeto> vetoes;
  std::vector<TreeGroup> groups;
  // Facts of rules whose subject is "@last": subject -1, its span the trigger's.
  std::vector<RawFact> last_actor;
  // Names the tree makes a verb's object ("have armed Ukraine and imposed
  // sanctions on Russia"): no word window's agent of a sanction or demand.
  std::vector<VerbObject> verb_objects;
  std::vector<TreeAside> asides;
};
TreeFindings find_tree_relations(const Context& ctx, const RuleSet& rules);
// Whether a vetoed stretch holds the fact's object.
bool vetoed(const RawFact& f, const std::vector<TreeVeto>& vetoes);
// Whether a word window's sanction or demand took its agent from a name the
// tree makes a verb's object ("have armed Ukraine and imposed sanctions").
bool agent_is_verb_object(const RawFact& f, const std::vector<VerbObject>& objects);
// Whether a word window's sanction, demand or meeting took its agent inside a
// relative clause and its object outside it and the noun it describes.
bool agent_in_aside(const RawFact& f, const std::vector<TreeAside>& asides);
// The group's subject with each member the next sentence names in a fact of
// the same relation, or, for "the four" that names no one after it, with
// each of the four the latest act of the relation just before was on
// (group_members.cpp).
void add_group_members(const Context& ctx, const std::vector<TreeGroup>& groups, std::vector<RawFact>& raw);

// works_for to the state whose name a body of a role carries ("India's
// Ministry of External Affairs"), for those roles among facts, and the act
// of such a body for its state too ("China's foreign ministry announced
// sanctions"); a sanction by a body the lexicon gives a state ("the
// Treasury") is that state's too where the document names the state as a
// sanctioning actor (a fact's or a group act's), and a committee's is its
// owner's ("the council's Libya sanctions committee") where the document
// names the owner so (state_ties.cpp). A state only such a body's name
// writes is added to ctx's entities.
std::vector<RawFact> state_ties(Context& ctx, const std::vector<RawFact>& facts, const std::vector<TreeGroup>& groups);

// Each fact whose subject is the last actor gets the subjects of the same
// relation's acts (facts, or acts on a group: "sanctions on five officials")
// in the latest of the ten sentences before it that has one; each whose
// object is the last target (object -1: "Sweden also imposed sanctions")
// gets the objects of that relation's acts there, other than its subject
// (group_members.cpp).
// Drops the facts of "@after>" rules with no act of their relation (a fact
// that occurred, or an act on a counted group) in the ten sentences before
// theirs (group_members.cpp).
void drop_facts_without_prior_act(const std::vector<TreeGroup>& groups, std::vector<RawFact>& raw);
void add_last_actors(const Context& ctx, const std::vector<TreeGroup>& groups, const std::vector<RawFact>& pending,
                     std::vector<RawFact>& raw);

// Whether a relation's ends may have these types (a person testifies at a
// body or event, a leader leads a state or body, ...).
bool ends_fit(RelationType r, EntityType subject, EntityType object);
// Whether entity subject may stand in relation r to entity object: two
// different entities whose types fit, and not a person and the body they
// act for (except in the roles themselves).
bool may_relate(const Context& ctx, RelationType r, int subject, int object);
// Whether one of two entities holds a post in the other (a role found in the
// document, either way).
bool holds_post(const Context& ctx, int a, int b);

// The modality of a cue at tokens [cue_first, cue_last) whose agent ends at
// agent_end, or nullopt when the statement is negated.
std::optional<Modality> modality_of(const Context& ctx, const RuleSet& rules, std::uint32_t sentence,
                                    std::uint32_t agent_end, std::uint32_t cue_first, std::uint32_t cue_last,
                                    Modality rule_modality);

}  // namespace kg::extract
