// Reporting and delivery shared by the readers; the in-memory entry points.
#include "reader_context.hpp"

#include <filesystem>
#include <sstream>

#include "kg/text.hpp"

namespace kg::ingest {

void Reporter::fail(std::string where, std::string message) {
  ++count_;
  Diagnostic d{std::move(where), std::move(message)};
  if (strict_) throw Error(d.to_string());
  diags_.push_back(std::move(d));
}

void Reporter::warn(std::string where, std::string message) {
  diags_.push_back(Diagnostic{std::move(where), std::move(message), true});
}

void ReadContext::deliver(Document&& doc) {
  doc.info.source = source;
  // The seam every reader passes: nothing malformed gets into a graph (a
  // "\udc00" escape in JSON, "&#xD800;" in XML, a file name in Latin-1).
  std::string repaired;
  const auto repair = [&](std::string& field, const char* name) {
    if (is_valid_utf8(field)) return;
    field = repair_utf8(field);
    repaired += repaired.empty() ? name : std::string(", ") + name;
  };
  repair(doc.info.id, "id");
  repair(doc.info.source, "file name");
  repair(doc.info.title, "title");
  repair(doc.info.date, "date");
  repair(doc.info.url, "url");
  repair(doc.info.author, "author");
  repair(doc.info.site, "site");
  repair(doc.text, "text");
  if (!repaired.empty())
    report.warn(where, "document '" + shown(doc.info.id) + "': invalid UTF-8 in " + repaired + " replaced by U+FFFD");
  doc.info.hash = content_hash(doc.text);
  ++delivered;
  sink(std::move(doc));
}

std::vector<Document> read_one(InputFormat format, std::string_view content, const std::string& source,
                               Diagnostics& diags) {
  std::vector<Document> out;
  const ReadOptions options;
  Reporter report(diags, false);
  const DocumentSink sink = [&](Document&& d) { out.push_back(std::move(d)); };
  ReadContext ctx{std::filesystem::path(source).filename().string(), source, source, options, report, sink};
  switch (format) {
    case InputFormat::Html: read_html_content(std::string(content), ctx); break;
    case InputFormat::Feed: read_feed_content(std::string(content), ctx); break;
    case InputFormat::Jsonl: {
      std::istringstream in{std::string(content)};
      read_jsonl_stream(in, {}, ctx);
      break;
    }
    default: read_text_content(std::string(content), ctx); break;
  }
  return out;
}

}  // namespace kg::ingest

namespace kg {

std::vector<Document> read_text(std::string_view content, const std::string& source, Diagnostics& diags) {
  return ingest::read_one(InputFormat::Text, content, source, diags);
}
std::vector<Document> read_html(std::string_view content, const std::string& source, Diagnostics& diags) {
  return ingest::read_one(InputFormat::Html, content, source, diags);
}
std::vector<Document> read_feed(std::string_view content, const std::string& source, Diagnostics& diags) {
  return ingest::read_one(InputFormat::Feed, content, source, diags);
}
std::vector<Document> read_jsonl(std::string_view content, const std::string& source, Diagnostics& diags) {
  return ingest::read_one(InputFormat::Jsonl, content, source, diags);
}

}  // namespace kg
