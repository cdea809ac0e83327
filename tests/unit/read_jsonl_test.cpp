// JSON Lines reader: records as documents, field mapping, bad lines reported
// with their line number and skipped, bounded line length.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "kg/read.hpp"
#include "read_fixture.hpp"

namespace {

using kg::test::data;
using kg::test::read;
using kg::test::Read;

TEST(ReadJsonl, RecordsBecomeDocuments) {
  const auto r = read(data("pass/articles.jsonl"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].info.id, "articles.jsonl#1");
  EXPECT_EQ(r.docs[0].text, "First record\nBRUSSELS (Eastgate News) \u2014 The EU imposed sanctions.\n\nMore text.");
  EXPECT_EQ(r.docs[0].info.title, "First record");
  EXPECT_EQ(r.docs[0].info.date, "2020-11-06T15:20:00Z");
  EXPECT_EQ(r.docs[0].info.site, "Eastgate News");
  EXPECT_EQ(r.docs[0].info.url, "https://e.example/1");
  EXPECT_EQ(r.docs[1].info.id, "articles.jsonl#2");  // the blank line is not a record
  EXPECT_EQ(r.docs[1].text, "Second record\nSecond text.");
  EXPECT_EQ(r.docs[1].info.date, "2020-12-14T20:10:00Z");
}

TEST(ReadJsonl, FieldNamesAreMappable) {
  kg::ReadOptions o;
  o.jsonl_fields = {{"title", "headline"}, {"date", "published"}, {"text", "body"}, {"url", "link"}};
  const auto r = read(data("pass/custom-fields.jsonl"), o);
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Mapped title\nMapped body text.");
  EXPECT_EQ(r.docs[0].info.date, "2021-02-11");
  EXPECT_EQ(r.docs[0].info.url, "https://m.example/1");
  // Without the mapping the record has no text.
  const auto plain = read(data("pass/custom-fields.jsonl"));
  ASSERT_EQ(plain.diags.size(), 1u);
  EXPECT_EQ(plain.diags[0].message, "no \"text\" string field");
}

TEST(ReadJsonl, BadLinesAreReportedAndSkipped) {
  const std::string f = data("fail/bad-lines.jsonl");
  const auto r = read(f);
  std::vector<std::string> got;
  for (const auto& d : r.diags) got.push_back(d.to_string());
  const std::vector<std::string> want = {
      f + ":2: invalid JSON: Missing a closing quotation mark in string. (column 42)",
      f + ":3: expected a JSON object",
      f + ":4: no \"text\" string field",
      f + ":5: empty article (\"text\" is empty)",
      f + ":8: invalid JSON: Invalid value. (column 11)",
  };
  EXPECT_EQ(got, want);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].info.id, "bad-lines.jsonl#1");
  EXPECT_EQ(r.docs[1].info.id, "bad-lines.jsonl#6");
  EXPECT_EQ(r.docs[1].text, "Good two\nLast good record.");
}

TEST(ReadJsonl, InvalidUtf8IsABadLine) {
  const auto r = read(data("fail/invalid-utf8.jsonl"));
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].message, "invalid JSON: Invalid encoding in string. (column 36)");
}

TEST(ReadJsonl, OverlongLinesAreSkippedWithoutHoldingThem) {
  const auto path =
      std::filesystem::temp_directory_path() / ("kg_read_jsonl_long_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(path);
    out << "{\"title\": \"Long\", \"text\": \"" << std::string(300000, 'x') << "\"}\n";
    out << "{\"title\": \"Short\", \"text\": \"Fine.\"}";  // no final newline
  }
  kg::ReadOptions o;
  o.max_document_bytes = 1000;
  const auto r = read(path.string(), o);
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].to_string(), path.string() + ":1: line longer than 1000 bytes; skipped");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].info.id, path.filename().string() + "#2");
  EXPECT_EQ(r.docs[0].text, "Short\nFine.");
  std::filesystem::remove(path);
}

TEST(ReadJsonl, HtmlFieldGoesThroughTheHtmlPath) {
  kg::Diagnostics diags;
  const auto docs = kg::read_jsonl(
      "{\"title\":\"T\",\"html\":\"<p>One &amp; two.</p><script>x()</script><p>Three.</p>\"}\n", "h.jsonl", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "T\nOne & two.\nThree.");
  EXPECT_TRUE(diags.empty());
}

TEST(ReadJsonl, FromMemory) {
  kg::Diagnostics diags;
  const auto docs = kg::read_jsonl("{\"title\":\"T\",\"text\":\"X\"}\r\n{\"text\":\"Y\"}\n", "mem.jsonl", diags);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "T\nX");
  EXPECT_EQ(docs[1].text, "\nY");
  EXPECT_EQ(docs[1].info.id, "mem.jsonl#2");
}

}  // namespace
