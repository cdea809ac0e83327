// Turning input bytes into UTF-8: BOMs, declared encodings (converted with
// ICU), binary and invalid-UTF-8 detection.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest {

// Converts bytes to UTF-8 in place. A UTF-8 BOM is dropped; UTF-16/32 with a
// BOM are converted; valid UTF-8 is kept as is whatever the declaration says;
// otherwise `declared` (a charset name from the input, may be empty) is used.
// Returns the reason ("binary content ...", "invalid UTF-8 at byte offset N ...")
// when the bytes cannot be used as text. Offsets count from the input's start.
std::optional<std::string> to_utf8(std::string& bytes, std::string_view declared);

// The charset an HTML page declares (<meta charset>, http-equiv), or "".
std::string declared_html_charset(std::string_view html);
// The encoding in an XML declaration (<?xml ... encoding="..."?>), or "".
std::string declared_xml_encoding(std::string_view xml);

// True for a UTF-8 (or absent) charset name.
bool is_utf8_name(std::string_view name);

// CRLF and lone CR to LF.
void normalize_newlines(std::string& s);

}  // namespace kg::ingest
