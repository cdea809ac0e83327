// The relation a title states towards the state or body it is anchored on
// (coref.cpp's titles before names, appositions.cpp's titles before commas).
#pragma once

#include <utility>
#include <vector>

#include "context.hpp"

namespace kg::extract {

// A title's tie to the mention it is anchored on: "Treasury Secretary X"
// heads the department named before the title, "U.S. Secretary" works for
// the state (only a head of state or government leads one), "EU trade chief
// X" works for the body (a portfolio between body and title).
RelationType anchored_relation(const Context& ctx, const TitleSpan& t, const Mention& anchor);

// Whether token k, right after mention `anchor`, is the head word of the
// anchor's body written in lower case: "the Labour party leader" (entity
// "Labour Party") leads the party; "party" is no portfolio.
bool anchor_head_after(const Context& ctx, const Mention& anchor, std::uint32_t k);

// A title's tie to the department it names ("home secretary": the Home
// Office): the secretary heads it (SCHEMA.md, judgement call 1), an
// assistant or deputy works for it.
RelationType department_relation(const Context& ctx, const TitleSpan& t);

// Whether a title's "for" or "in" phrase naming an entity of type `scope`
// makes the title a post over a region of its body, so one that works for
// the body rather than leads it: a place ("party chief in Xinjiang"), or a
// state when the body is a company ("TikTok's general manager for
// Australia"). Window readings (appositions.cpp) and tree readings
// (tree_relations.cpp) both ask.
inline bool regional_scope(EntityType scope, bool company_body) {
  return scope == EntityType::Location || (scope == EntityType::Country && company_body);
}

// The state listed right before (or after) state mention m, joined by "," or
// "and" ("Seoul, Tokyo", "Israeli and Palestinian"): its mention, or -1.
int listed_state(const Context& ctx, const Mention& m, bool before);

// The items of a list of "State's person" from token i on, before `end`
// ("Russia's A and Turkey's B"), joined by "," or "and": each (person,
// state) pair of mentions, up to the first item of another shape.
std::vector<std::pair<int, int>> states_people(const Context& ctx, std::uint32_t i, std::uint32_t end);

// The entity a relation's end at mention m stands for: the mention's, or for
// a state whose title names no one ("meets Taiwan leader", "hosted the
// Kenyan president") the person the document gives that role of that state
// ("Taiwanese President Lai"; "leader" is any leader's role), where m is in
// the evidence sentence (not a pair named before: "the two sides").
int end_entity(const Context& ctx, int m, std::uint32_t sentence);

// The person the document gives title t's post at `body` (an entity):
// the same role, or any lead for "leader"; else -1.
int post_holder(const Context& ctx, const TitleSpan& t, int body);

// "Speaker X declared the compact approved", "X, the speaker, said": a
// legislature's title (legislature_titles.txt) with no body of its own, in
// a document that names exactly one legislature: that legislature's
// entity, else -1.
int legislature_of_title(const Context& ctx, const TitleSpan& t);

}  // namespace kg::extract
