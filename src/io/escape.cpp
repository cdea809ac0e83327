// Escaping for XML, DOT, CSV and list values; number and date formatting.
#include "io/escape.hpp"

#include <charconv>
#include <cstdlib>

namespace kg::io {
namespace {

// Length of the valid UTF-8 sequence at p, or 0 when malformed.
std::size_t utf8_length(const unsigned char* p, const unsigned char* end) {
  const unsigned c = p[0];
  std::size_t n = 0;
  unsigned min = 0;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000;
  else return 0;
  if (static_cast<std::size_t>(end - p) < n) return 0;
  unsigned cp = c & (0x7F >> n);
  for (std::size_t i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) return 0;
  return n;
}

bool allowed_control(unsigned char c) { return c == '\t' || c == '\n'; }

}  // namespace

std::string_view clean_text(std::string_view s, std::string& scratch) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const auto* q = p;
  while (q < end) {
    if (*q >= 0x20 && *q < 0x80) {
      ++q;
      continue;
    }
    if (*q < 0x20 && !allowed_control(*q)) break;
    const std::size_t n = utf8_length(q, end);
    if (n == 0) break;
    q += n;
  }
  if (q == end) return s;
  scratch.assign(s.data(), static_cast<std::size_t>(q - p));
  while (q < end) {
    if (*q < 0x20) {
      if (allowed_control(*q)) scratch.push_back(static_cast<char>(*q));
      ++q;
      continue;
    }
    const std::size_t n = utf8_length(q, end);
    if (n == 0) {
      scratch += "\xEF\xBF\xBD";
      ++q;
    } else {
      scratch.append(reinterpret_cast<const char*>(q), n);
      q += n;
    }
  }
  return scratch;
}

namespace {

// Text and attribute values share one escaper; attributes also escape the
// quote and keep newlines and tabs as character references.
void append_xml(std::string& out, std::string_view s, bool attribute) {
  std::string scratch;
  for (char c : clean_text(s, scratch)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out.push_back(c);
    }
  }
}

}  // namespace

void append_xml_text(std::string& out, std::string_view s) { append_xml(out, s, false); }

void append_xml_attr(std::string& out, std::string_view s) { append_xml(out, s, true); }

void append_dot_string(std::string& out, std::string_view s) {
  std::string scratch;
  out.push_back('"');
  for (char c : clean_text(s, scratch)) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\t': out.push_back(' '); break;
      default: out.push_back(c);
    }
  }
  out.push_back('"');
}

void append_csv_field(std::string& out, std::string_view s) {
  std::string scratch;
  out.push_back('"');
  for (char c : clean_text(s, scratch)) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void append_gexf_list(std::string& out, std::span<const std::string_view> items) {
  std::string scratch;
  out.push_back('[');
  bool first = true;
  for (auto item : items) {
    if (!first) out += ", ";
    first = false;
    out.push_back('"');
    for (char c : clean_text(item, scratch)) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out.push_back(c);
      }
    }
    out.push_back('"');
  }
  out.push_back(']');
}

void append_delimited_list(std::string& out, std::span<const std::string_view> items) {
  bool first = true;
  for (auto item : items) {
    if (!first) out += "; ";
    first = false;
    for (char c : item) {
      if (c == '\\' || c == ';') out.push_back('\\');
      out.push_back(c);
    }
  }
}

std::vector<std::string> split_delimited_list(std::string_view s) {
  std::vector<std::string> items;
  if (s.empty()) return items;
  std::string item;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      item.push_back(s[++i]);
    } else if (c == ';') {
      items.push_back(std::move(item));
      item.clear();
      if (i + 1 < s.size() && s[i + 1] == ' ') ++i;
    } else {
      item.push_back(c);
    }
  }
  items.push_back(std::move(item));
  return items;
}

void append_double(std::string& out, double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

double float_as_decimal(float v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  double d = 0;
  std::from_chars(buf, r.ptr, d);
  return d;
}

std::string_view iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return {};
  const auto digits = [&](std::size_t from, std::size_t n, int& v) {
    v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return {};
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return {};
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return {};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return {};
  return s.substr(0, 10);
}

}  // namespace kg::io
