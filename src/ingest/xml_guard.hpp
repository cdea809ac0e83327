// Refusing hostile XML before it is parsed: DOCTYPE and ENTITY declarations
// (XXE, billion laughs) are never accepted in feeds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest {

// The reason to refuse the document, or nullopt when its prolog is harmless.
std::optional<std::string> hostile_xml(std::string_view xml);

// "LINE:COL" of a byte offset.
std::string line_col(std::string_view text, std::size_t offset);

}  // namespace kg::ingest
