// RSS/Atom reader: items as documents, the HTML text path, dates, links, and
// refusal of hostile XML (XXE, billion laughs, DOCTYPE).
#include <gtest/gtest.h>

#include <chrono>

#include "kg/read.hpp"
#include "read_fixture.hpp"

namespace {

using kg::test::data;
using kg::test::read;
using kg::test::Read;

TEST(ReadFeed, Rss2ItemsWithContentEncodedAndEscapedDescriptions) {
  const auto r = read(data("pass/rss2.rss"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].info.id, "rss2.rss#1");
  EXPECT_EQ(r.docs[0].text,
            "First item with content\nSINGAPORE \u2014 The two leaders met.\nThe leaders shake hands.\nThey signed a "
            "statement.");
  EXPECT_EQ(r.docs[0].info.title, "First item with content");
  EXPECT_EQ(r.docs[0].info.date, "2018-06-12T09:30:00+08:00");
  EXPECT_EQ(r.docs[0].info.url, "https://wire.example/1");
  EXPECT_EQ(r.docs[0].info.author, "Mia Lee");
  EXPECT_EQ(r.docs[0].info.site, "Test Wire");
  EXPECT_EQ(r.docs[1].info.id, "rss2.rss#2");
  EXPECT_EQ(r.docs[1].text,
            "Second item with an escaped description\nTurkey\u2019s agency was sanctioned on Monday.\nAnkara called it a "
            "\"grave mistake\".");
  EXPECT_EQ(r.docs[1].info.url, "https://wire.example/2");  // from the permalink guid
  EXPECT_EQ(r.docs[1].info.date, "2020-12-14T20:10:00Z");
}

TEST(ReadFeed, AtomEntriesOfEveryContentType) {
  const auto r = read(data("pass/atom.atom"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].info.id, "atom.atom#1");
  EXPECT_EQ(r.docs[0].text, "Leaders meet & talk\nGENEVA \u2014 The leaders met.\nThey talked.");
  EXPECT_EQ(r.docs[0].info.date, "2021-06-16T18:30:00Z");  // published before updated
  EXPECT_EQ(r.docs[0].info.url, "https://atom.example/1");
  EXPECT_EQ(r.docs[0].info.author, "Jo Park");
  EXPECT_EQ(r.docs[0].info.site, "Atom Wire");
  EXPECT_EQ(r.docs[1].text, "XHTML entry\nFirst paragraph.\nSecond bold paragraph.");
  EXPECT_EQ(r.docs[1].info.date, "2021-06-18T09:00:00+02:00");
  EXPECT_EQ(r.docs[2].text, "Plain summary entry\nLine one <not a tag>\nline two.");
  EXPECT_EQ(r.docs[2].info.date, "2021-06-19");
}

TEST(ReadFeed, DeclaredLatin1IsConverted) {
  const auto r = read(data("pass/latin1.xml"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Caf\u00e9 talks\nTalks in Z\u00fcrich.");
}

TEST(ReadFeed, HostileXmlIsRefusedQuickly) {
  const std::string entity_refusal =
      "refused: the XML declares entities (<!ENTITY>); external entities and entity expansion (XXE, billion laughs) "
      "are not allowed";
  const std::pair<const char*, std::string> cases[] = {
      {"fail/xxe.rss", entity_refusal},
      {"fail/billion-laughs.rss", entity_refusal},
      {"fail/doctype.rss",
       "refused: the XML has a DOCTYPE declaration; DTDs and external entities are not allowed in feeds"},
  };
  for (const auto& [file, message] : cases) {
    const auto start = std::chrono::steady_clock::now();
    const auto r = read(data(file));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2)) << file;
    EXPECT_EQ(r.docs.size(), 0u) << file;
    ASSERT_EQ(r.diags.size(), 1u) << file;
    EXPECT_EQ(r.diags[0].where, data(file));
    EXPECT_EQ(r.diags[0].message, message) << file;
  }
}

TEST(ReadFeed, PugixmlNeverExpandsEntitiesEvenInMemory) {
  kg::Diagnostics diags;
  const auto docs = kg::read_feed(
      "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item>"
      "<title>&x;</title></item></channel></rss>",
      "mem.rss", diags);
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].where, "mem.rss");
}

TEST(ReadFeed, TruncatedFeedKeepsTheCompleteItems) {
  const auto r = read(data("fail/truncated.rss"));
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].where, data("fail/truncated.rss") + ":4:66");
  EXPECT_EQ(r.diags[0].message, "malformed XML: Start-end tags mismatch; read the 1 complete items before it");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].info.id, "truncated.rss#1");
  EXPECT_EQ(r.docs[0].text, "Complete item\nThe envoys met in Oslo.");
}

TEST(ReadFeed, XhtmlPageSavedAsXmlIsReadAsHtml) {
  kg::Diagnostics diags;
  const auto docs = kg::read_feed(
      "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Page</title></head>"
      "<body><article><p>The envoys met.</p></article></body></html>",
      "page.xml", diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.id, "page.xml");
  EXPECT_EQ(docs[0].text, "The envoys met.");
  EXPECT_EQ(docs[0].info.title, "Page");
}

TEST(ReadFeed, OtherFailures) {
  {
    const auto r = read(data("fail/not-a-feed.xml"));
    EXPECT_TRUE(r.docs.empty());
    ASSERT_EQ(r.diags.size(), 1u);
    EXPECT_EQ(r.diags[0].message, "not an RSS or Atom feed (the root element is <catalog>)");
  }
  {
    const auto r = read(data("fail/empty-item.rss"));
    ASSERT_EQ(r.diags.size(), 1u);
    EXPECT_EQ(r.diags[0].to_string(), data("fail/empty-item.rss") + "#2: empty item (no title, description or content)");
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[0].info.id, "empty-item.rss#1");
    EXPECT_EQ(r.docs[1].info.id, "empty-item.rss#3");  // numbers stay those of the file
    EXPECT_EQ(r.docs[1].text, "Third item\nMore text.");
  }
}

}  // namespace
