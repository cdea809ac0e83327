// HTML5 named character references that libxml2's HTML parser leaves in the
// text as written ("Kali&ncaron;&aacute;k": it knows only HTML 4's entities).
#pragma once

#include <string_view>

namespace kg::ingest {

// The UTF-8 text of the named reference `name` ("ncaron" -> "ň"), or empty
// when HTML5 names no such character.
std::string_view html5_entity(std::string_view name);

// If s starts with a named reference ("&ncaron;..."), its length with the
// "&" and ";", and its text in `value`; else 0.
std::size_t named_reference_at(const char* s, std::string_view& value);

}  // namespace kg::ingest
