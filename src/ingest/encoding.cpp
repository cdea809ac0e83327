// Input bytes to UTF-8 (ICU converters for declared encodings).
#include "encoding.hpp"

#include <unicode/ucnv.h>

#include <cctype>
#include <cstring>

#include "kg/text.hpp"

namespace kg::ingest {
namespace {

bool starts_with_bytes(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// ICU conversion of the whole buffer; nullopt when ICU does not know `from`.
std::optional<std::string> convert(std::string_view bytes, const char* from) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t needed = ucnv_convert("UTF-8", from, nullptr, 0, bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<std::size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("UTF-8", from, out.data(), needed, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) return std::nullopt;
  return out;
}

// The value of attribute-like `key=` after position `from`, quoted or not.
std::string value_after(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '=' || s[pos] == '\t')) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) ++pos;
  std::size_t end = pos;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' || s[end] == '_' ||
                            s[end] == '.' || s[end] == ':'))
    ++end;
  return std::string(s.substr(pos, end - pos));
}

}  // namespace

bool is_utf8_name(std::string_view name) {
  const std::string n = to_lower_ascii(name);
  return n.empty() || n == "utf-8" || n == "utf8" || n == "us-ascii" || n == "ascii";
}

std::optional<std::string> to_utf8(std::string& bytes, std::string_view declared) {
  std::size_t skipped = 0;
  if (starts_with_bytes(bytes, "\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
    skipped = 3;
  } else if (starts_with_bytes(bytes, std::string_view("\xFF\xFE\0\0", 4)) ||
             starts_with_bytes(bytes, std::string_view("\0\0\xFE\xFF", 4))) {
    auto converted = convert(bytes, "UTF-32");
    if (!converted) return "cannot convert UTF-32 content";
    bytes = std::move(*converted);
    return std::nullopt;
  } else if (starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF")) {
    auto converted = convert(bytes, "UTF-16");
    if (!converted) return "cannot convert UTF-16 content";
    bytes = std::move(*converted);
    // The BOM became U+FEFF.
    if (starts_with_bytes(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
    return std::nullopt;
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size()))
    return "binary content (NUL byte at offset " +
           std::to_string(static_cast<const char*>(nul) - bytes.data() + static_cast<std::ptrdiff_t>(skipped)) + ")";
  const std::size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string_view::npos) return std::nullopt;
  if (!is_utf8_name(declared)) {
    const std::string name(declared);
    auto converted = convert(bytes, name.c_str());
    if (!converted) return "unknown declared encoding \"" + name + "\"";
    bytes = std::move(*converted);
    return std::nullopt;
  }
  return "invalid UTF-8 at byte offset " + std::to_string(bad + skipped) +
         (declared.empty() ? " (and no encoding declared)" : "");
}

std::string declared_html_charset(std::string_view html) {
  const std::string head = to_lower_ascii(html.substr(0, 8192));
  for (std::size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
    const std::size_t end = head.find('>', pos);
    const std::string_view tag = std::string_view(head).substr(pos, end == std::string::npos ? 256 : end - pos);
    const std::size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) return value_after(tag, cs + 7);
  }
  return declared_xml_encoding(html);
}

std::string declared_xml_encoding(std::string_view xml) {
  if (!xml.starts_with("<?xml")) return "";
  const std::string decl = to_lower_ascii(xml.substr(0, xml.find("?>")));
  const std::size_t pos = decl.find("encoding");
  return pos == std::string::npos ? "" : value_after(decl, pos + 8);
}

void normalize_newlines(std::string& s) {
  if (s.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  s = std::move(out);
}

}  // namespace kg::ingest
