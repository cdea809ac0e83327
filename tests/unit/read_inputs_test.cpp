// Input walking: folders (recursive, sorted, globs, ids relative to the
// folder), format by extension then sniffing, size limits, missing inputs.
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

namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << s;
}

class ReadInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test and process: ctest may run the tests in parallel.
    dir_ = fs::temp_directory_path() / ("kg_read_inputs_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    write(dir_ / "b.txt", "Second file text.\n");
    write(dir_ / "a.txt", "First file text.\n");
    write(dir_ / "news/c.html", "<html><body><article><p>Page text.</p></article></body></html>");
    write(dir_ / "news/d.rss", "<rss><channel><item><title>T1</title><description>One</description></item>"
                               "<item><title>T2</title><description>Two</description></item></channel></rss>");
    write(dir_ / "news/drafts/e.txt", "Draft text.\n");
    write(dir_ / "records", "{\"title\": \"R\", \"text\": \"Sniffed JSON Lines.\"}\n");
    write(dir_ / "notes.py", "print('not an article')\n");
    write(dir_ / ".hidden.txt", "Hidden.\n");
    write(dir_ / ".git/f.txt", "Hidden folder.\n");
    write(dir_ / "README.md", "# About this folder\n");
    write(dir_ / "gold.jsonl", "{\"doc\": \"a.txt\", \"entities\": []}\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ReadInputs, FolderIsWalkedRecursivelyInSortedOrder) {
  const auto r = read({dir_.string()});
  EXPECT_EQ(r.diags.size(), 0u);
  const std::vector<std::string> want = {"a.txt", "b.txt", "news/c.html", "news/d.rss#1", "news/d.rss#2",
                                         "news/drafts/e.txt", "records#1"};
  EXPECT_EQ(r.ids(), want);
  EXPECT_EQ(r.docs[2].text, "Page text.");
  EXPECT_EQ(r.docs[3].text, "T1\nOne");
  EXPECT_EQ(r.docs[6].text, "R\nSniffed JSON Lines.");
  // Sources are relative to the input given, so a shared graph names no folders...
  EXPECT_EQ(r.docs[0].info.source, "a.txt");
  EXPECT_EQ(r.docs[5].info.source, "news/drafts/e.txt");
  // ... unless asked for.
  kg::ReadOptions absolute;
  absolute.absolute_sources = true;
  EXPECT_EQ(read({dir_.string()}, absolute).docs[0].info.source, (dir_ / "a.txt").string());
}

TEST_F(ReadInputs, IncludeAndExcludeGlobs) {
  kg::ReadOptions o;
  o.include = {"*.txt"};
  o.exclude = {"drafts"};
  EXPECT_EQ(read({dir_.string()}, o).ids(), (std::vector<std::string>{"a.txt", "b.txt"}));
  kg::ReadOptions only_news;
  only_news.include = {"news/*"};
  only_news.exclude = {"*.rss"};
  EXPECT_EQ(read({dir_.string()}, only_news).ids(), (std::vector<std::string>{"news/c.html", "news/drafts/e.txt"}));
  kg::ReadOptions python;  // an --include reads files of any extension, sniffed
  python.include = {"*.py"};
  const auto r = read({dir_.string()}, python);
  ASSERT_EQ(r.ids(), (std::vector<std::string>{"notes.py"}));
  EXPECT_EQ(r.docs[0].text, "print('not an article')\n");
}

TEST_F(ReadInputs, FileGivenDirectlyIsNamedByItsFileName) {
  const auto r = read({(dir_ / "news/c.html").string(), (dir_ / "gold.jsonl").string()});
  EXPECT_EQ(r.ids(), (std::vector<std::string>{"c.html"}));
  // Named on the command line, an annotation file is a failure, not skipped.
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].to_string(), (dir_ / "gold.jsonl").string() + ":1: no \"text\" string field");
}

TEST_F(ReadInputs, ForcedFormat) {
  kg::ReadOptions o;
  o.format = kg::InputFormat::Text;
  const auto r = read({(dir_ / "news/c.html").string()}, o);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "<html><body><article><p>Page text.</p></article></body></html>");
}

TEST_F(ReadInputs, MissingInputsAndEmptyFolders) {
  fs::create_directories(dir_ / "empty");
  const auto r = read({(dir_ / "nope.txt").string(), (dir_ / "empty").string(), (dir_ / "a.txt").string()});
  EXPECT_EQ(r.ids(), (std::vector<std::string>{"a.txt"}));
  ASSERT_EQ(r.diags.size(), 2u);
  EXPECT_EQ(r.diags[0].to_string(), (dir_ / "nope.txt").string() + ": cannot open: No such file or directory");
  EXPECT_EQ(r.diags[1].to_string(), (dir_ / "empty").string() + ": no input files in this folder");
}

TEST_F(ReadInputs, SizeLimits) {
  write(dir_ / "big.txt", std::string(5000, 'a'));
  kg::ReadOptions o;
  o.max_document_bytes = 1000;
  o.max_file_bytes = 2000;
  const auto r = read({(dir_ / "big.txt").string(), (dir_ / "a.txt").string()}, o);
  EXPECT_EQ(r.ids(), (std::vector<std::string>{"a.txt"}));
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].message, "too large (5000 bytes; the limit is 1000)");
  // A feed may be larger than one document, up to max_file_bytes.
  write(dir_ / "big.rss", "<rss><channel><item><title>T</title><description>" + std::string(1500, 'b') +
                              "</description></item></channel></rss>");
  const auto feed = read({(dir_ / "big.rss").string()}, o);
  ASSERT_EQ(feed.diags.size(), 1u);
  EXPECT_EQ(feed.diags[0].to_string(), (dir_ / "big.rss").string() + "#1: item too large (1500 bytes; the limit is 1000)");
}

TEST(ReadFormat, ByExtensionThenSniffing) {
  using kg::InputFormat;
  EXPECT_EQ(kg::format_from_extension("a/b.TXT"), InputFormat::Text);
  EXPECT_EQ(kg::format_from_extension("b.md"), InputFormat::Text);
  EXPECT_EQ(kg::format_from_extension("b.htm"), InputFormat::Html);
  EXPECT_EQ(kg::format_from_extension("b.atom"), InputFormat::Feed);
  EXPECT_EQ(kg::format_from_extension("b.xml"), InputFormat::Feed);
  EXPECT_EQ(kg::format_from_extension("b.ndjson"), InputFormat::Jsonl);
  EXPECT_EQ(kg::format_from_extension("b.dat"), InputFormat::Auto);
  EXPECT_EQ(kg::sniff_format("\xEF\xBB\xBF  {\"text\": 1}"), InputFormat::Jsonl);
  EXPECT_EQ(kg::sniff_format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), InputFormat::Feed);
  EXPECT_EQ(kg::sniff_format("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), InputFormat::Feed);
  EXPECT_EQ(kg::sniff_format("<!DOCTYPE html><html>"), InputFormat::Html);
  EXPECT_EQ(kg::sniff_format("<p>Hello</p>"), InputFormat::Html);
  EXPECT_EQ(kg::sniff_format("SEOUL, April 9 (UPI) -- Text"), InputFormat::Text);
  EXPECT_EQ(kg::sniff_format(""), InputFormat::Text);
}

// A graph file or a JSON array is not articles: one reason, not one error per line.
TEST(NotArticles, GraphFilesAndJsonArraysAreNotArticles) {
  EXPECT_NE(kg::not_articles("{\"directed\": true, \"multigraph\": true, \"graph\": {\"format\": \"kg-node-link\""),
            "");
  EXPECT_NE(kg::not_articles("{\"directed\": false, \"nodes\": [], \"links\": []}"), "");  // NetworkX's
  EXPECT_NE(kg::not_articles("\n  [{\"text\": \"a\"}]"), "");
  EXPECT_EQ(kg::not_articles("{\"title\": \"t\", \"text\": \"Kim met Moon.\"}\n"), "");  // JSON Lines
  EXPECT_EQ(kg::not_articles("SEOUL -- Text"), "");
  EXPECT_EQ(kg::not_articles(""), "");
}

}  // namespace
