// A cheap test of whether a document is English at all, so a French or
// Chinese article that yields no facts says why instead of staying silent.
#pragma once

#include <string_view>

namespace kg::cli {

// False when the first few kilobytes have enough words and almost none of
// them are common English function words ("the", "of", "and", ...), or when
// the text is mostly letters outside ASCII. True when too short to tell.
bool looks_english(std::string_view text);

}  // namespace kg::cli
