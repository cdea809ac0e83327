// The syntax stage, paid only where it can pay off: a sentence that names at
// least two entities (the only kind that can hold a relation) is cut into UD
// tokens, tagged and lemmatised, and parsed when a tree rule could fire in it:
// one of its lemmas triggers the rule, with the words the rule needs ("said"
// alone is no demand; "said ... must" may be), or it holds a title and a rule
// fires on titles. Other sentences keep no syntax (an empty SyntaxSentence).
// A document's sentences are all tagged before any is parsed; a parsed
// sentence's names are one token each (name_tokens.hpp), and its opening
// dateline is left out (dateline.hpp).
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "apposition_repair.hpp"
#include "caption_asides.hpp"
#include "clause_repair.hpp"
#include "relative_repair.hpp"
#include "time_repair.hpp"
#include "verb_repair.hpp"
#include "tag_repair.hpp"
#include "dateline.hpp"
#include "aside_parse.hpp"
#include "kg/text.hpp"
#include "list_repair.hpp"
#include "name_tokens.hpp"
#include "nlp/syntax_model.hpp"
#include "nlp/word_shape.hpp"
#include "opener_repair.hpp"
#include "relations.hpp"
#include "syntax_walk.hpp"
#include "title_words.hpp"

namespace kg::extract {
namespace {

// Whether a sentence holds a word that may stand for a pair named before:
// "they", "both", "the two sides", "both leaders" (only the nouns, when
// `nouns`).
bool names_a_pair(const Context& ctx, const Sentence& sent, bool nouns) {
  for (std::uint32_t i = sent.first; i < sent.last; ++i) {
    const std::string w = to_lower_ascii(ctx.token(i));
    if ((!nouns && ctx.lex.in("pair_pronouns", w)) || ctx.lex.in("pair_people", w) || ctx.lex.in("pair_states", w) ||
        ctx.lex.in("pair_bodies", w) || ctx.lex.in("pair_sides", w))
      return true;
  }
  return false;
}

// Whether a sentence opens with "They", "Both" (words/pair_pronouns.txt).
bool opens_with_pair_pronoun(const Context& ctx, const Sentence& sent) {
  return sent.first < sent.last && ctx.lex.in("pair_pronouns", to_lower_ascii(ctx.token(sent.first)));
}

// Whether a sentence holds a word of a word list: one that speaks to a
// committee's members ("told MPs", `hearing_audiences`), who stand for the
// committee the document names (the @hearing end of the tree rules), or one
// that names sanctions ("faces an asset freeze", `sanction_nouns`), whose
// latest author is a party (the @last end).
bool holds_word(const Context& ctx, const Sentence& sent, std::string_view list) {
  for (std::uint32_t i = sent.first; i < sent.last; ++i)
    if (ctx.lex.in(list, to_lower_ascii(ctx.token(i)))) return true;
  return false;
}

// Whether a sentence holds a counted group ("on 14 companies", "five Iranian
// officials"): an act on it names its members in the sentences after
// (group_members.cpp), so its actor is a party even when no other is named.
bool names_a_counted_group(const Context& ctx, const Sentence& sent) {
  for (std::uint32_t i = sent.first; i + 1 < sent.last; ++i) {
    const std::string_view w = ctx.token(i);
    const bool number = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
                        ctx.lex.in("number_words", to_lower_ascii(w));
    if (!number) continue;
    for (std::uint32_t k = i + 1; k < sent.last && k <= i + 2; ++k) {
      const std::string_view next = ctx.token(k);
      if (!ctx.seg.tokens[k].capitalized && next.size() > 2 && next.back() == 's') return true;
    }
  }
  return false;
}

// Whether sentence s opens with "It" and the sentence before with a body's
// or state's name: the "it" stands for that body (tree_ends.cpp,
// subject_it), a party ("The committee met on Monday. It heard from X").
bool opens_with_it_for_a_body(const Context& ctx, std::size_t s) {
  const Sentence& sent = ctx.seg.sentences[s];
  if (s == 0 || sent.first >= sent.last || to_lower_ascii(ctx.token(sent.first)) != "it") return false;
  return ctx.body_opening(static_cast<std::uint32_t>(s - 1)) >= 0;
}

bool names_a_committee(const Context& ctx) {
  return std::any_of(ctx.mentions.begin(), ctx.mentions.end(), [&](const Mention& m) {
    return m.type == EntityType::Organization && m.kind == MentionKind::Name &&
           ctx.lex.hears_witnesses(ctx.span_text(m.first, m.last));
  });
}

// Whether the words are a title-case or all-capitals headline.
bool headline(const SyntaxSentence& tokens) {
  std::vector<std::string_view> forms;
  forms.reserve(tokens.size());
  for (const auto& t : tokens) forms.push_back(t.form);
  return tokens.size() >= 3 && nlp::sentence_case(forms) != 0;
}

// A headline ("Keller, Berg Give Rebels 150 Hours To Quit"), tagged as
// running text: the words outside its names in lower case, so "Give" is a
// verb, not a name's word; the forms stay as written.
void tag_headline(const Context& ctx, SyntaxSentence& tokens) {
  SyntaxSentence lowered = tokens;
  for (auto& t : lowered)
    if (ctx.mention_at[t.token] < 0) t.form = to_lower_ascii(t.form);
  ctx.syntax_model->tag(lowered);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    tokens[k].upos = lowered[k].upos;
    tokens[k].xpos = lowered[k].xpos;
    tokens[k].lemma = std::move(lowered[k].lemma);
  }
}

}  // namespace

void analyse_syntax(Context& ctx, const RuleSet& rules) {
  // KG_DEBUG_TREES=1: each parsed sentence as the tree rules see it, on stderr.
  static const bool debug = std::getenv("KG_DEBUG_TREES") != nullptr;
  // Sentences the mention finder already tagged (name_reading.hpp) are not tagged again.
  std::vector<SyntaxSentence> tagged = std::move(ctx.syntax);
  tagged.resize(ctx.seg.sentences.size());
  ctx.syntax.assign(ctx.seg.sentences.size(), {});
  std::vector<std::uint32_t> mentions(ctx.seg.sentences.size(), 0);
  // A role needs a person and the state or body they serve in one sentence.
  std::vector<std::uint8_t> person(ctx.seg.sentences.size(), 0), body(ctx.seg.sentences.size(), 0);
  for (const auto& m : ctx.mentions) {
    ++mentions[m.sentence];
    person[m.sentence] |= m.type == EntityType::Person;
    body[m.sentence] |= m.type == EntityType::Organization || m.type == EntityType::Country;
  }
  // "Both leaders held talks with X": a pair named before counts as a second
  // party, and as both in "The two leaders met on Monday".
  // "X told MPs", "X is expected to testify next week": the committee (or
  // inquiry) the document names counts as the second;
  // "X sanctioned 14 companies": the group does; "X faces a travel ban",
  // "Those named include X", "Canada followed suit": whoever sanctioned last does.
  const bool committee = names_a_committee(ctx);
  for (std::size_t s = 0; s < ctx.seg.sentences.size(); ++s) {
    if (mentions[s] == 0 && names_a_pair(ctx, ctx.seg.sentences[s], true)) mentions[s] = 2;
    // "A and B spoke for an hour. They met again in May.": a pair pronoun
    // opening a sentence right after one that names two or more.
    if (mentions[s] == 0 && s > 0 && mentions[s - 1] >= 2 && opens_with_pair_pronoun(ctx, ctx.seg.sentences[s]))
      mentions[s] = 2;
    if (mentions[s] == 1 && (names_a_pair(ctx, ctx.seg.sentences[s], false) ||
                             (committee && (holds_word(ctx, ctx.seg.sentences[s], "hearing_audiences") ||
                                            holds_word(ctx, ctx.seg.sentences[s], "testimony_words"))) ||
                             names_a_counted_group(ctx, ctx.seg.sentences[s]) || opens_with_it_for_a_body(ctx, s) ||
                             holds_word(ctx, ctx.seg.sentences[s], "sanction_nouns") ||
                             holds_word(ctx, ctx.seg.sentences[s], "listing_words") ||
                             holds_word(ctx, ctx.seg.sentences[s], "emulation_words")))
      ++mentions[s];
  }
  // All of the document's sentences are tagged first, then the ones that
  // need it parsed: each model's weights stay in the caches for a run of
  // sentences instead of evicting the other's at every sentence.
  std::vector<std::uint8_t> headlines(ctx.seg.sentences.size(), 0);
  for (std::size_t s = 0; s < ctx.seg.sentences.size(); ++s) {
    if (mentions[s] < 2) continue;
    const Sentence& sent = ctx.seg.sentences[s];
    SyntaxSentence tokens = std::move(tagged[s]);
    if (tokens.empty()) {
      tokens = ud_tokens(ctx.text, std::span(ctx.seg.tokens).subspan(sent.first, sent.last - sent.first));
      for (auto& t : tokens) t.token += sent.first;  // index into ctx.seg.tokens
      ctx.syntax_model->tag(tokens);
    }
    headlines[s] = headline(tokens);
    if (headlines[s]) tag_headline(ctx, tokens);
    ctx.syntax[s] = std::move(tokens);
  }
  std::vector<std::string> lemmas;
  std::vector<std::string_view> upos;
  for (std::size_t s = 0; s < ctx.syntax.size(); ++s) {
    SyntaxSentence& tokens = ctx.syntax[s];
    if (tokens.empty()) continue;
    // The dateline is no part of the clause, nor its opening.
    if (const std::size_t n = dateline_length(tokens); n > 0) tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(n));
    // Tags repaired first: the repaired verb may be the rule's trigger.
    repair_mandative_verbs(tokens, ctx.lex);
    repair_verbless_clauses(tokens);
    repair_due_to(tokens);
    repair_plural_participles(tokens);
    repair_quoted_verbs(tokens);
    repair_relative_clause_verbs(tokens);
    repair_former_words(tokens, ctx.lex);
    repair_adjective_titles(tokens, ctx.lex);
    repair_nouns_before_times(tokens, ctx.lex);
    repair_sanction_nouns(tokens, ctx.lex);
    repair_imposing_participles(tokens, ctx.lex, ctx.syntax_model->impl().lemmatizer);
    repair_demand_nouns(tokens, ctx.lex);
    // (After the sanction nouns: "The EU imposed travel bans" has its verb
    // once "bans" is a noun.)
    repair_past_verbs_read_as_nouns(tokens, ctx.lex, ctx.syntax_model->impl().lemmatizer);
    repair_past_verbs_read_as_function_words(tokens, ctx.syntax_model->impl().lemmatizer);
    repair_verbs_after_floating_quantifiers(tokens, ctx.syntax_model->impl().lemmatizer);
    repair_verbs_after_sanction_nouns(tokens, ctx.lex);
    repair_barring_verbs_read_as_nouns(tokens, ctx.lex);
    repair_participles_before_sanctions(tokens, ctx.lex, ctx.syntax_model->impl().lemmatizer);
    repair_counted_nouns(tokens);
    repair_elect(tokens);
    repair_infinitives_read_as_nouns(tokens);
    repair_control_infinitives(tokens, ctx.lex);
    repair_past_verbs_after_asides(tokens);
    repair_past_verbs_after_relative_asides(tokens);
    repair_past_verbs_after_times(tokens, ctx.lex);
    repair_past_verbs_after_conjunctions(tokens);
    repair_participles_in_opening_phrases(tokens);
    repair_intransitive_participles(tokens, ctx.lex);
    repair_coordinated_adjectives(tokens);
    repair_possessives_read_as_verbs(tokens);
    repair_gerunds_after_names(tokens);
    repair_gerunds_opening_sentences(tokens, ctx.syntax_model->impl().lemmatizer);
    repair_visiting_titles(tokens, ctx.lex);
    repair_participles_before_sanction_nouns(tokens, ctx.lex);
    repair_participles_after_among(tokens);
    lemmas.clear();
    upos.clear();
    for (const auto& t : tokens) {
      lemmas.push_back(to_lower_ascii(t.lemma));
      upos.push_back(t.upos);
    }
    const auto titled = [&] {
      const auto t = titles_ending(tokens, ctx.lex);
      return std::any_of(t.begin(), t.end(), [](const TitleEntry* e) { return e != nullptr; });
    };
    const bool roles = rules.has_title_rules && person[s] && body[s];
    if (!may_fire(rules.tree_rules, rules.tree_rules_by_lemma, lemmas, upos) && !(roles && titled())) continue;
    tokens = with_names_as_words(tokens, ctx);
    drop_caption_positions(tokens);
    parse_with_asides(*ctx.syntax_model, tokens);
    if (headlines[s]) repair_headline_commas(tokens, ctx);
    repair_possessed_pairs(tokens, ctx);
    repair_apposed_titles(tokens, ctx, false);
    repair_between_places(tokens, ctx);
    repair_appositions_of_names_before(tokens, ctx);
    repair_apposed_conjuncts(tokens, ctx);
    repair_appositions_after_and(tokens);
    repair_phrases_of_joined_titles(tokens, ctx);
    repair_titled_items_joined_to_complements(tokens, ctx);
    repair_counted_lists(tokens, ctx);
    repair_names_with_places(tokens, ctx);
    repair_possessed_items(tokens, ctx);
    repair_date_openers(tokens, ctx);
    repair_time_openers(tokens, ctx);
    repair_time_noun_openers(tokens, ctx);
    repair_inverted_passives(tokens);
    repair_both_openers(tokens);
    repair_floating_quantifier_subjects(tokens);
    repair_subjects_after_opening_clauses(tokens);
    repair_caption_order_openers(tokens, ctx);
    repair_date_modifiers(tokens, ctx);
    repair_due_predicates(tokens);
    repair_participle_subjects(tokens);
    repair_verbs_read_as_modifiers(tokens);
    repair_perfect_participles_read_as_modifiers(tokens);
    repair_verbs_read_as_participles(tokens);
    repair_possessors_read_as_roots(tokens);
    repair_prepositional_roots(tokens);
    repair_participles_hung_from_verbs(tokens);
    repair_objects_hung_elsewhere(tokens);
    repair_lists_read_as_participle_subjects(tokens);
    repair_barred_from(tokens, ctx.lex);
    repair_counted_items_read_as_obliques(tokens);
    repair_lists_added_to(tokens, ctx.lex);
    repair_obliques_read_as_conjuncts(tokens);
    repair_clauses_read_as_phrases(tokens);
    repair_compounds_across_commas(tokens);
    repair_whose_clauses(tokens);
    repair_whom_clauses(tokens);
    repair_who_complements(tokens);
    repair_whose_objects(tokens);
    repair_complement_conjuncts(tokens, ctx.lex);
    repair_subjects_before_parentheticals(tokens, ctx.lex);
    repair_who_antecedents(tokens, ctx);
    repair_as_did_subjects(tokens, ctx);
    repair_infinitives_after_asides(tokens, ctx.lex);
    repair_finite_verbs_read_as_modifiers(tokens);
    repair_infinitives_hung_from_objects(tokens, ctx.lex);
    repair_obliques_read_as_complements(tokens);
    repair_subjects_of_controlled_infinitives(tokens, ctx.lex);
    repair_objects_read_as_infinitive_subjects(tokens, ctx);
    repair_summary_nouns(tokens);
    repair_times_before_clauses(tokens, ctx.lex);
    repair_times_read_as_subjects_of_participles(tokens, ctx.lex);
    repair_subjects_before_times(tokens, ctx.lex);
    repair_participles_after_reduced_relatives(tokens);
    repair_participles_of_time_spent(tokens, ctx.lex);
    repair_names_hung_from_times(tokens, ctx.lex);
    repair_names_glued_to_times(tokens, ctx.lex);
    repair_aside_conjuncts(tokens);
    repair_appositions_as_subjects(tokens);
    repair_named_appositions_as_subjects(tokens);
    repair_vocative_subjects(tokens);
    repair_those_with_participles(tokens);
    repair_relative_roots(tokens);
    repair_rooted_subjects(tokens);
    repair_subjects_read_as_roots(tokens, ctx);
    repair_participle_demonstratives(tokens);
    repair_relative_objects(tokens);
    repair_zero_relatives(tokens, ctx.lex);
    repair_zero_relatives_read_as_conjuncts(tokens);
    repair_zero_relatives_read_as_complements(tokens, ctx.lex);
    repair_relatives_read_as_participles(tokens);
    repair_participle_roots(tokens);
    repair_predicates_after_reduced_relatives(tokens);
    repair_predicates_after_participle_asides(tokens);
    repair_that_complements(tokens, ctx.lex);
    repair_coordinated_relatives(tokens);
    repair_phrases_after_relatives(tokens);
    repair_nouns_with_objects(tokens);
    repair_nominal_complements(tokens, ctx.lex);
    repair_more_than(tokens);
    repair_agents_on_obliques(tokens);
    repair_relative_agreement(tokens);
    repair_prepositions_read_as_marks(tokens);
    repair_as_clauses_read_as_phrases(tokens);
    repair_prepositions_on_modifiers(tokens);
    repair_double_subjects(tokens);
    repair_emphatic_reflexives(tokens);
    repair_subjects_read_as_conjuncts(tokens);
    repair_shared_objects(tokens);
    repair_subjects_of_obliques(tokens);
    repair_conjuncts_after_reduced_relatives(tokens);
    repair_conjuncts_of_who_clauses(tokens);
    repair_names_after_relatives(tokens, ctx);
    repair_subject_lists_after_relatives(tokens, ctx);
    repair_list_items_in_relatives(tokens, ctx);
    repair_past_conjuncts_of_present_clauses(tokens);
    repair_infinitives_of_decisions(tokens, ctx.lex);
    repair_fronted_phrases(tokens, ctx);
    repair_subordinate_subjects(tokens, ctx.lex);
    repair_subjects_with_prepositions(tokens);
    repair_along_with(tokens);
    repair_lists_in_subject_asides(tokens, ctx);
    repair_conjuncts_hung_from_punctuation(tokens);
    repair_list_items_hung_from_punctuation(tokens, ctx);
    repair_high_conjuncts(tokens);
    repair_names_joined_to_nouns_above(tokens);
    repair_names_after_party_tags(tokens);
    repair_party_tags(tokens);
    repair_sanction_nouns_read_as_conjuncts(tokens, ctx.lex);
    repair_coordinated_modifiers(tokens, ctx);
    repair_nouns_after_coordinated_modifiers(tokens);
    repair_list_heads_read_as_compounds(tokens, ctx);
    repair_as_well_as_items(tokens);
    repair_conjuncts_of_sanction_nouns(tokens, ctx.lex);
    repair_possessive_markers(tokens);
    repair_caseless_obliques(tokens, ctx);
    repair_kin_in_appositions(tokens, ctx);
    repair_conjuncts_read_as_subjects(tokens, ctx);
    repair_lists_read_as_subjects(tokens);
    repair_subjects_of_list_items(tokens);
    repair_name_lists(tokens, ctx);
    repair_people_listed_after_bodies(tokens, ctx);
    repair_conjuncts_after_dashes(tokens);
    repair_semicolon_lists(tokens, ctx);
    repair_apposed_titles(tokens, ctx, true);
    repair_repeated_prepositions(tokens, ctx);
    repair_loose_appositions(tokens, ctx);
    repair_high_conjuncts(tokens);  // (again: an apposition just made may close the object's phrase)
    repair_appositions_hung_from_punctuation(tokens, ctx);
    repair_conjuncts_after_appositions(tokens);
    repair_among_them(tokens);
    repair_closed_appositions(tokens);
    repair_named_descriptions(tokens, ctx);
    repair_conjuncts_in_asides(tokens, ctx);
    repair_conjunct_appositions(tokens, ctx);
    repair_titles_joined_to_appositions(tokens, ctx);
    repair_appositions_in_clauses(tokens);
    repair_titles_read_as_subjects(tokens, ctx);
    repair_relatives_after_descriptions(tokens, ctx);
    repair_who_antecedents(tokens, ctx);  // (again: the appositions above may give a nickname's noun its person)
    repair_names_conjoined_to_dates(tokens, ctx.lex);  // (after the conjuncts are raised)
    repair_passive_subjects(tokens);
    repair_repeated_noun_adverbials(tokens);
    repair_phrases_hung_from_punctuation(tokens);
    repair_subjects_of_zero_that_clauses(tokens);
    break_cycles(tokens);
    // (After the cycles are broken: a word left in one hangs loose from the root.)
    repair_loose_object_conjuncts(tokens);
    if (debug) {
      const Sentence& sent = ctx.seg.sentences[s];
      std::cerr << to_conllu(tokens, std::to_string(s), ctx.span_text(sent.first, sent.last)) << '\n';
    }
  }
}

}  // namespace kg::extract
