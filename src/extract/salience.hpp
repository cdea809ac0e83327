// Which entities a document is about: for "the two sides" and "both
// leaders", the two most-mentioned entities of a type.
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

}  // namespace kg::extract
