// JSON Lines (RapidJSON): one article per line with id, title, date, source,
// url, author and text (or html) fields, names mappable; bad lines are reported and skipped.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstring>
#include <optional>

#include "kg/read.hpp"
#include "kg/text.hpp"
#include "html_dom.hpp"
#include "line_reader.hpp"
#include "reader_context.hpp"

namespace kg::ingest {
namespace {

std::string field_name(const ReadOptions& o, const char* ours) {
  const auto it = o.jsonl_fields.find(ours);
  return it == o.jsonl_fields.end() ? ours : it->second;
}

// The string value of a field, or nullopt when absent or not a string.
std::optional<std::string> string_field(const rapidjson::Value& v, const std::string& name) {
  const auto m = v.FindMember(rapidjson::Value(name.c_str(), static_cast<rapidjson::SizeType>(name.size())));
  if (m == v.MemberEnd() || !m->value.IsString()) return std::nullopt;
  return std::string(m->value.GetString(), m->value.GetStringLength());
}

// UTF-16 (with or without a byte-order mark): JSON text in it has a NUL
// byte beside every ASCII character.
bool is_utf16(std::string_view line) {
  if (line.starts_with("\xFF\xFE") || line.starts_with("\xFE\xFF")) return true;
  return line.size() >= 2 && ((line[0] != '\0' && line[1] == '\0') || (line[0] == '\0' && line[1] != '\0'));
}

}  // namespace

void read_jsonl_stream(std::istream& in, std::string prefix, ReadContext& ctx) {
  const ReadOptions& o = ctx.options;
  const std::string text_field = field_name(o, "text");
  LineReader lines(in, std::move(prefix), o.max_document_bytes);
  std::string line;
  bool too_long = false;
  std::size_t record = 0;  // non-blank lines, 1-based: the N of "FILE#N"
  while (lines.next(line, too_long)) {
    const std::string at = ":" + std::to_string(lines.line_number());
    if (lines.line_number() == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (too_long) {
      ++record;
      ctx.fail_at(at, "line longer than " + std::to_string(o.max_document_bytes) + " bytes; skipped");
      continue;
    }
    if (lines.line_number() == 1 && is_utf16(line)) {
      ctx.fail("UTF-16 text: JSON Lines must be UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)");
      return;  // every line would fail the same way
    }
    if (trim(line).empty()) continue;
    ++record;
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      const auto column = static_cast<const char*>(nul) - line.data() + 1;
      ctx.fail_at(at, "a NUL byte at column " + std::to_string(column) + " (binary data, not JSON text)");
      continue;
    }
    rapidjson::Document rec;
    // Iterative: a record nested 100,000 levels deep must not exhaust the stack.
    rec.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (rec.HasParseError()) {
      ctx.fail_at(at, std::string("invalid JSON: ") + rapidjson::GetParseError_En(rec.GetParseError()) +
                          " (column " + std::to_string(rec.GetErrorOffset() + 1) + ")");
      continue;
    }
    if (!rec.IsObject()) {
      ctx.fail_at(at, "expected a JSON object");
      continue;
    }
    auto body = string_field(rec, text_field);
    if (!body) {
      // Scrapers that keep the page markup: an "html" field goes through the HTML text path.
      if (const auto html = string_field(rec, field_name(o, "html"))) body = html_fragment_text(*html);
    }
    if (!body && record == 1 && ctx.in_folder) return;  // not an article file (e.g. annotations): skipped
    if (!body) {
      ctx.fail_at(at, "no \"" + text_field + "\" string field");
      continue;
    }
    if (trim(*body).empty()) {
      ctx.fail_at(at, "empty article (\"" + text_field + "\" is empty)");
      continue;
    }
    if (std::memchr(body->data(), '\0', body->size())) {
      ctx.fail_at(at, "binary content (NUL character in \"" + text_field + "\")");
      continue;
    }
    Document d;
    d.info.id = ctx.id + "#" + std::to_string(record);
    d.info.title = std::string(trim(string_field(rec, field_name(o, "title")).value_or("")));
    for (char& c : d.info.title)
      if (c == '\n' || c == '\r') c = ' ';
    d.info.date = normalize_date(string_field(rec, field_name(o, "date")).value_or(""));
    d.info.url = string_field(rec, field_name(o, "url")).value_or("");
    d.info.site = string_field(rec, field_name(o, "source")).value_or("");
    d.info.author = string_field(rec, field_name(o, "author")).value_or("");
    d.text = d.info.title + "\n" + *body;
    ctx.deliver(std::move(d));
  }
  if (lines.failed()) ctx.fail("read error");
}

}  // namespace kg::ingest
