// Which entities a document is about: for "the two sides" and "both
// leaders", the two most-mentioned entities of a type; for "the committee"
// and a hearing that names no body, the committee named most so far.
#pragma once

#include <functional>
#include <optional>
#include <utility>

#include "context.hpp"

namespace kg::extract {

// The first mentions of the two entities of this type named most often by
// mentions that are not demonyms (ties go to the one named first), counting
// only entities keep accepts; nullopt when fewer than two are named.
std::optional<std::pair<int, int>> two_most_mentioned(const Context& ctx, EntityType type,
                                                      const std::function<bool(int entity)>& keep = {});

// The last mention before token `before` of the entity keep accepts that
// mentions before it name most often (names and resolved descriptions, not
// pronouns); on a tie the one named latest, or with `first_on_tie` the one
// that reached that count first. -1 when none.
int most_named_before(const Context& ctx, std::uint32_t before, const std::function<bool(int entity)>& keep,
                      bool first_on_tie = false);

// An organisation that is no committee, state body or public body
// (legislature, court, union of states): one "the group" or "the company"
// can stand for.
bool body_of_its_own(const Context& ctx, int entity);

// As most_named_before, but -1 also when another entity keep accepts is
// named as often: the one entity the document is clearly about so far.
int clearly_most_named_before(const Context& ctx, std::uint32_t before, const std::function<bool(int entity)>& keep);

// The last mention by name before token `before` of an entity keep accepts
// ("the 15-member council": the body just introduced); -1 when none.
int latest_named_before(const Context& ctx, std::uint32_t before, const std::function<bool(int entity)>& keep);

}  // namespace kg::extract
