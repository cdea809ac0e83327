// The relation a title states towards the state or body it is anchored on
// (coref.cpp's titles before names, appositions.cpp's titles before commas).
#pragma once

#include "context.hpp"

namespace kg::extract {

// A title's tie to the mention it is anchored on: "Treasury Secretary X"
// heads the department named before the title, "U.S. Secretary" works for
// the state (only a head of state or government leads one), "EU trade chief
// X" works for the body (a portfolio between body and title).
RelationType anchored_relation(const Context& ctx, const TitleSpan& t, const Mention& anchor);

}  // namespace kg::extract
