// The tree-rule matcher (tree_relations.cpp runs it): in every parsed
// sentence, each token whose lemma triggers a rule has its two ends found by
// following the rule's paths in the dependency tree and mapped to mentions
// (tree_ends.cpp; pairs such as "both leaders": tree_pairs.cpp).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "relations.hpp"
#include "syntax_walk.hpp"

namespace kg::extract::tree {

inline bool in(const std::vector<std::string>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

class TreeMatcher {
 public:
  TreeMatcher(const Context& ctx, const RuleSet& rules) : ctx_(ctx), rules_(rules) {}

  TreeFindings run();

 private:
  const SyntaxToken& tok(int i) const { return (*sent_)[static_cast<std::size_t>(i)]; }

  bool holds(int node, const TreeCondition& c) const;

  bool introduced_by(int node, const std::vector<std::string>& preps) const;
  // Whether a node is introduced by "along with" or "together with" ("along"
  // a case marker or an adverb, as the parser reads it): one more agent of
  // what its head's subject does, never the one it is done with.
  bool along_with(int node) const;

  std::vector<int> follow(int from, const TreePath& path) const;

  // The node and every node coordinated with it ("A, B and C"). A list
  // without a conjunction ("the U.S., Stilwell said") is an aside, not a
  // list, unless it holds three names of a kind or more.
  void conjuncts(int node, std::vector<int>& out) const;

  void list_in_apposition(int node, std::vector<int>& out) const;
  // "with several lawmakers, including A, the top Democrat on X, and B": the
  // people a plural noun that names no one includes.
  // The names listed after "including" under the whole a part is "of"
  // ("some of Russia's richest men, including A and B").
  void part_included(int node, std::vector<int>& out) const;
  void list_included(int node, std::vector<int>& out) const;
  // The people that open the items after each ";" when person mention m
  // opens the first ("A, vice president of X; B, ...; and C, ..."), past a
  // title before the name ("; its head, B; and Telecommunications Minister C").
  std::vector<int> semicolon_items(int m) const;
  bool reported_would(int node) const;
  // The people named after a colon later in the sentence, for a plural noun
  // that names no one ("Five board members testified: A, B and C"), or for
  // a count of one ("Two of his aides testified: A and B").
  void list_after_colon(int node, std::vector<int>& out) const;
  // The leader who stands for a group that names no one: "a delegation led
  // by Rep. X ... is to meet Tsai".
  void leader_of_group(int node, std::vector<int>& out, bool nested = false) const;
  // The state whose rulers a noun names: "the (military-led) authorities in
  // Mali", "the government in Minsk" (words/authority_nouns.txt).
  void authorities_in(int node, std::vector<int>& out) const;

  // "A, a former aide to X, the consul in Istanbul, B, and C, an official":
  // a list whose items carry asides is often parsed with its later items
  // coordinated inside an aside ("Istanbul ... and C"). Names of the list
  // item's type coordinated with a word of another type inside the item's
  // appositions belong to the list.
  void list_inside_asides(int node, std::vector<int>& out) const;

  // The mention a node stands for: the mention it is part of, else one its
  // apposition, name chain or title names ("the minister, Anna Berg").
  // A person's name in apposition or in the name chain wins over a title
  // or description at the head ("North Korean diplomat Ri Yong-ho").
  int mention_of(int node) const;
  // The node of the sentence's word that starts at kg token `token` (a
  // mention's first word), or -1.
  int node_at(std::uint32_t token) const { return node_of_token(*sent_, token); }
  // Whether mention m (>= 0) is a body or a state: one that acts as a whole.
  bool body_or_state(int m) const {
    const EntityType t = ctx_.mentions[static_cast<std::size_t>(m)].type;
    return t == EntityType::Organization || t == EntityType::Country;
  }

  // "The EU said it would impose ...": "it" as the subject of a clause under
  // a verb whose subject is a state or body is that state or body, or -1.
  int body_said_it(int node) const;
  // "Resolution 1970 imposes an arms embargo on X": a resolution acting is
  // the council or assembly the document names most before it; else -1.
  int resolution_adopter(int node) const;
  // "the shipping firm Nordic Lines", however the parser hangs the name: the
  // name right after a described common noun, or -1.
  int name_right_after(int node) const;

  // "Khan's government" (group_nouns.txt): the state its possessor leads
  // (a leader_of role found in the document), or -1.
  int led_state(int node) const;
  // "demanded that his government stop ...": the state that the person the
  // possessive pronoun k stands for leads or serves (the latest person of
  // its gender named before it, here or in the sentence before), or -1.
  int possessor_state(int k) const;
  // Whether child k of a group or executive noun names a person before it:
  // "Khan's" (nmod:poss), or, for an executive noun (`executive`), a name
  // compound "Trump", also one the mention finder did not take.
  bool leader_name(int k, bool executive) const;
  // "the authorities in Minsk", "the government of Belarus", "the Chinese
  // embassy": a group noun (group_nouns.txt) placed in a state or its
  // capital, or of a state's demonym, stands for the state, or -1.
  int located_state(int node) const;
  // "The ministers also decided ..." after "European Union foreign
  // ministers on Monday imposed ...": a plural group or title noun with only
  // "the" stands for the state or body named right before the same noun
  // last before it (in its sentence or the twenty before), or -1.
  int group_named_before(int node) const;
  // A mention of state entity `state`, in this sentence if it is named here,
  // recorded as standing in for node's word; -1 when the document never names it.
  int state_mention(int state, int node) const;
  bool group_noun(int node) const;

  // The person or body named right before the comma that opens a node's
  // phrase ("X, the Commission's vice-president").
  int name_before(int node) const;
  // "Israeli and Hamas negotiators", "EU and U.S. officials": a group noun
  // whose state or body modifier is coordinated stands for each conjunct
  // too; they are added to nodes.
  void modifier_conjuncts(int node, std::vector<int>& nodes) const;
  // "hosted the leaders of Japan and South Korea": for a plural leader's
  // title with states after "of", the mention of the one person the
  // document makes leader of each (none when a state has no such one).
  std::vector<int> leaders_of_states(int node) const;

  bool dominates(int top, int node) const;
  // A sentence's main verb read as a participle of its root noun ("The EU's
  // chief, X, called on ..." with "called" an acl of "chief").
  // "to meet X" after "will travel to Damascus": an infinitive of purpose
  // (advcl with "to"), whose subject and modality are its verb's.
  bool purpose_infinitive(int node) const;
  bool main_verb_read_as_participle(int verb) const;

  // The mention that ends right before a relative pronoun (past a comma).
  int antecedent(int pronoun) const;
  // The people of a list "who" follows, when it stands for them all; else empty.
  std::vector<int> people_listed_before(int pronoun, int before) const;
  bool relative_pronoun(int k) const;
  // Child k of a relative clause, or, when k is its relative pronoun
  // ("the sanctions that X imposed"), the noun the clause modifies.
  int relative_stand_in(int clause, int k) const;
  // The noun a clause modifies, when it stands for the clause's missing
  // `label` argument: the object of a relative clause without one ("the
  // sanctions X has imposed"), the passive subject of a participle ("the
  // sanctions imposed on Y"); else -1.
  int relative_gap(int clause, std::string_view label) const;

  // The kind of pair a node stands for: "they", "both" (pair_pronouns.txt:
  // the pair just named), "the two" alone, "both leaders" (pair_people.txt),
  // "the two sides" (pair_states.txt), "the companies" (pair_bodies.txt); no
  // kind for a pronoun or "the two".
  std::optional<EntityType> pair_kind(int node, bool& named) const;

  bool relative_clause_subject(int verb) const;
  bool reported_perfect_of_other_tense(int conjunct, int head) const;
  // Whether the conjunct's object is a pronoun (not a reflexive) standing
  // for the subject of the verb it is joined to ("said X had used ..., and
  // designated him": not X's act).
  bool object_is_head_subject(int conjunct, int head) const;
  // The person a title anchored on mention m introduces, when m is written
  // "X's" right before the title ("Singapore's Prime Minister Lee"); else -1.
  int titled_person_of_possessor(int m) const;
  // The pair a node like "both leaders" stands for: the last "A and B" of two
  // people or two states (or two bodies, for "the companies") named before
  // it, in its sentence or the three before; else the pair of the clause it
  // goes on from (pair_of_clause); else, for people or states, the
  // document's two most-mentioned entities of that kind. "they" in an
  // adverbial clause is first the pair subject_and_partner finds.
  std::vector<int> pair_before(int node) const;
  // The subject and the "with" oblique of the verb an adverbial clause
  // hangs from, when both are people ("A raised it with B when they met"),
  // else none.
  std::vector<int> subject_and_partner(int clause) const;
  // pair_before(noun) when the rule allows pairs, each noted as standing in
  // for the noun (its span is the evidence); empty otherwise.
  std::vector<int> pair_standing_for(int noun) const;
  // "the six ministers", "the four countries" (pair_people.txt or
  // pair_states.txt with "the" and a number from three to ten): the number
  // and the kind of entity counted, else 0.
  std::size_t counted_pair_noun(int node, EntityType& kind) const;
  // The count of "the <number> <people or states>" opening the sentence
  // before (0 if none), and their kind.
  std::size_t counted_group_opening_sentence_before(EntityType& kind) const;
  // The state a capitalised plural demonym names ("Americans"), when the
  // document names that state; else -1.
  int plural_demonym_state(int node) const;
  // "the two Americans": the latest two people before the node, in its
  // sentence or the three before, the document ties to the state; else none.
  std::vector<int> compatriots_before(int node, int state) const;
  // The `count` entities of a kind a counted noun stands for: the latest
  // list of exactly that many (listed_before), else the first `count`
  // distinct ones named from the sentence before the node up to it, in the
  // order named; empty if fewer are.
  std::vector<int> named_before(int node, std::size_t count, EntityType kind) const;
  // The latest list of exactly `count` of them the document wrote ("A, B,
  // C and D ... the four countries must"), or none.
  std::vector<int> listed_before(int node, std::size_t count, EntityType kind) const;
  // Whether mentions a and b are next items of one list ("A, B and C",
  // "A of Britain, B of Canada").
  bool listed_next(const Mention& a, const Mention& b) const;
  // "Presidents A, B and C arrived on Tuesday. They (the leaders) met X":
  // three people or more listed at the opening of the sentence before;
  // else none.
  std::vector<int> group_opening_sentence_before() const;
  // The mention ending right before token k, or the state whose
  // government ends there ("Ethiopia's federal government"); -1 if none.
  // Whether the relative clause that opens at token `after` (past a comma)
  // holds the node: what it says is about the names before it.
  bool relative_clause_holds(std::uint32_t after, int node) const;
  int state_of_government_before(std::uint32_t k) const;
  // "A pressed B …, as the two sat down": the subject and object of the verb
  // the pair's clause goes on from (through advcl, conj, parataxis), when
  // they are two people or two states.
  std::vector<int> pair_of_clause(int node) const;
  // The last two of a kind the sentence names before the node, besides the
  // entity `besides` (-1: none).
  std::vector<int> pair_earlier_in_sentence(int node, EntityType kind, int besides) const;
  // The two people its sentence names (other than `besides`), when it names
  // exactly two; else empty.
  std::vector<int> only_pair_of_sentence(int besides) const;
  // The entity of the subject of the verb whose object (iobj, obl) the node
  // is ("C joined the two men": C), else -1; a pair there is others.
  int object_clause_subject(int node) const;
  // The second of "A and B" when B's words start at token p (before end): the
  // mention there, or the person a title starting there introduces ("and
  // Japanese Prime Minister B", "and his counterpart B").
  int pair_member_at(std::uint32_t p, std::uint32_t end) const;
  // "The Mugabes": the people named before with that family name (two or more).
  std::vector<int> family_before(int node) const;
  // "gave evidence to the committees", "faced the same two committees": the
  // two committees (committee_heads.txt) named last before the node.
  std::vector<int> committees_before(int node) const;
  // Whether an entity is a committee: an organisation whose name ends in a
  // committee_heads.txt word.
  // The body or state a subject "it" (or a possessive "its": "said its
  // sanctions on X remain") stands for: the nearest clause subject before it
  // in the sentence that names one, else (opening its sentence) the one the
  // sentence before opens with, or -1.
  int subject_it(int node) const;
  // The body or state an object "it" of a verb stands for ("announced a
  // review of X and ordered it to stop"): the nearest named before it in the
  // sentence after the verb's subject, or -1.
  int object_it(int node) const;
  // The body or state whose members a noun of member_nouns.txt names
  // ("members of the committee", "its members", "the EU's delegates"): they
  // act for it as a clause's subject, and stand for it as a sanction's
  // target ("a travel ban on members of the junta"). Its mention, or -1.
  int members_body(int node) const;
  // The body a noun for bodies (words/body_nouns.txt) stands for when the
  // body's name modifies it right before it ("leads the Harbour First
  // party", parsed with the name as the noun's modifier), or -1.
  int body_named_before_noun(int node) const;
  // The speaker a first-person subject inside a quote stands for ("'We
  // demand that B ...,' said X"; "X said: 'I urge B to ...'", "'We urge B
  // to ...,' the ministry said"): the subject of the verb of saying the
  // quote's clause hangs from, or that hangs from it, or -1.
  int quoted_speaker(int node) const;
  // The state a "government" word stands for ("Yemen's recognised
  // government"), or -1.
  int government_state(int node) const;
  // The names of the list before "all of which" ("both of whom"), or none.
  std::vector<int> quantified_list(int node) const;
  bool committee(int entity) const;
  // ... or a body that hears witnesses by its name (words/hearing_name_words.txt:
  // "Commission of Inquiry", "Royal Commission into X").
  bool hearing_body(int entity) const;

  // Whether a person holds a title the plural noun names: "the two
  // presidents" are presidents, "both leaders" lead something.
  bool titled_as(int entity, const std::string& plural) const;

  // A mention each of the document's two most-mentioned entities of a type
  // (not `besides`);
  // people must hold the title the noun names, when two of them do, and
  // states be served by a person the document gives a role, when two are.
  std::vector<int> most_mentioned_pair(EntityType type, const std::string& noun, int besides = -1) const;

  // The committee (committee_heads.txt) named last in the trigger's sentence
  // before it, else the one named most before it, the latest on a tie
  // (salience.hpp): a mention index, or -1.
  // The other committee of a joint hearing ("a joint session of the
  // transport committee and the business committee") with mention m's, or -1.
  int joint_partner(int m) const;
  int hearing_committee(int trigger) const;

  // The mentions at the end of a rule's paths from the trigger.
  std::vector<int> ends(int trigger, const std::vector<TreePath>& paths) const;

  // A counted group at the end of a rule's paths that names no one ("17
  // Saudi nationals", "four of his children", "his children A, B"), or -1.
  int counted_group(int trigger, const std::vector<TreePath>& paths) const;

  // Whether a person's name comes right after the node ("children A, B").
  bool name_follows(int node) const;

  // The members of a group listed after it, opened by ":", "including" or
  // "among them" before any other verb: the first name of each item when
  // items are separated by ";" ("four people: A, chair of X; B, its
  // president; and C"), else every name up to a verb that is neither a
  // possessor nor the object of a preposition.
  std::vector<int> listed_after(int group) const;

  // The ends of a subject's paths, inherited by a verb coordinated with or
  // controlled by another ("met Xi and signed ...", "agreed to meet ...")
  // and by a participle that goes on from its clause ("imposed ..., adding
  // X"); a pair rule's parties are found the same way.
  std::vector<int> subjects(const std::vector<TreePath>& paths, int trigger) const;
  // Whether the rule's subject is a noun of the clause (or one it goes on
  // from) that names no one the document names ("the host").
  bool subject_names_no_one(const TreeRule& r, int trigger) const;
  // Names a verb takes as its object, for the extractor (TreeFindings::verb_objects).
  void note_verb_objects();
  // "the government wants to sell a majority of the carrier": no demand on
  // what the infinitive's object holds (words/own_plan_verbs.txt).
  void note_own_plans();
  void note_asides();

  // The trigger's modality, or nullopt when the tree says it did not happen
  // (negated) or is only asked for or proposed.
  // Checked at the trigger and up the verbs it shares its subject with
  // ("may be willing to hold talks", "will meet X and sign ...").
  // The trigger's modality; none when negated or only asked for, with
  // *scope (if given) set to the node whose phrase that covers.
  std::optional<Modality> modality(const TreeRule& r, int trigger, int* scope = nullptr) const;

  // Rules on titles: "X, chairman of Y" states the title's relation, a
  // deputy's title works_for ("deputy head of Y"), a former title none.
  void apply_title_rules();

  void apply(const TreeRule& r, int trigger) { apply(r, trigger, r.relation); }

  void apply(const TreeRule& r, int trigger, RelationType relation);

  // The byte span of node's subtree, less its subject (who is asked to act:
  // "demanded that Pompeo tell ...") with the "that" before it, and the
  // clauses coordinated with it
  // ("did not meet Abe but met Moon": Moon's meeting stands).
  void subtree_span(int node, Span& span, bool top = true) const;

  void veto(RelationType relation, int trigger);

  // Where a mention stands in this sentence: itself, or the words that stand
  // for it when it was named before ("the two leaders", a testimony's
  // committee: the trigger).
  Span span_here(int m) const;

  void emit(const TreeRule& r, RelationType relation, int a, int b, Modality mod);
  // Whether mention m is a demonym modifying the trigger or its object
  // ("faces British sanctions", "under American sanctions"): the state
  // whose act it is, though adjectives are no parties elsewhere.
  bool owning_adjective(int m) const;
  // Whether mention b is mention a's own side: the same entity, or one
  // holds a post in the other.
  bool own_side(int a, int b) const;
  // Whether mention a is no person, or a person the document gives a role.
  bool side_known(int a) const;
  // Whether mention m stands in for a phrase of this sentence (stand_ins_).
  bool standing_in(int m) const;
  // Whether mention m, whose end is entity `end`, is only a demonym of that
  // state ("British officials"), an adjective rather than a party, and stands
  // in for no phrase.
  bool demonym_only(int m, int end) const;
  // Whether two lists of mentions name the same entities.
  bool same_entities(const std::vector<int>& a, const std::vector<int>& b) const;

  // Notes the rule's subjects as acting on a counted group whose members the
  // next sentence may name (relations.hpp, TreeGroup).
  void note_group(const TreeRule& r, RelationType relation, int trigger, int group, Modality mod);

  const Context& ctx_;
  const RuleSet& rules_;
  const SyntaxSentence* sent_ = nullptr;
  std::uint32_t sentence_ = 0;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> lemmas_;
  std::vector<RawFact> facts_;
  std::vector<TreeVeto> vetoes_;
  std::vector<VerbObject> verb_objects_;
  std::vector<TreeAside> asides_;
  std::vector<TreeGroup> groups_;
  std::vector<RawFact> last_actor_;  // facts of "@last" rules, their subject not known yet
  bool pairs_allowed_ = true;  // whether "both leaders" may stand for a pair in the rule at hand
  bool members_targeted_ = false;  // whether a body's members stand for it as an object (sanctions)
  int trigger_ = 0;            // the trigger of the rule at hand
  // Mentions named before and the words standing for them here, noted by
  // ends() while it finds them (scratch of the rule at hand).
  mutable std::vector<std::pair<int, Span>> stand_ins_;
  mutable bool pair_end_ = false;  // an end of the rule at hand stands for a pair ("the two countries")
};

}  // namespace kg::extract::tree
