// Plain-text reader: byte-identical text, headline/byline/dateline metadata,
// encodings and the failures of tests/data/readers/fail.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/read.hpp"
#include "read_fixture.hpp"

namespace {

using kg::test::data;
using kg::test::read;
using kg::test::Read;

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ReadText, HeadlineBylineAndDatelineAreMetadataTextIsTheFile) {
  const auto r = read({data("pass/headline-dateline.txt")});
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  const auto& d = r.docs[0];
  EXPECT_EQ(d.info.id, "headline-dateline.txt");
  EXPECT_EQ(d.info.source, "headline-dateline.txt");  // relative to the input given
  EXPECT_EQ(d.info.title, "Envoys agree to resume talks in Geneva");
  EXPECT_EQ(d.info.author, "Ana Ruiz");
  EXPECT_EQ(d.info.site, "Harbour Wire");
  EXPECT_EQ(d.info.date, "2021-03-04");
  EXPECT_EQ(d.text, file_bytes(data("pass/headline-dateline.txt")));
  EXPECT_EQ(d.info.hash, kg::content_hash(d.text));
}

TEST(ReadText, SectionLabelsAreNotTheHeadlineAndTheYearComesFromTheCaption) {
  const auto r = read({data("pass/dateline-year-inferred.txt")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].info.title, "Ministers meet in Lisbon to discuss fishing quotas");
  EXPECT_EQ(r.docs[0].info.date, "2019-10-03");
  EXPECT_EQ(r.docs[0].info.site, "Harbour Wire");
  EXPECT_EQ(r.docs[0].text, file_bytes(data("pass/dateline-year-inferred.txt")));
}

TEST(ReadText, NoHeadlineNoDateline) {
  const auto r = read({data("pass/no-metadata.txt")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].info.title, "");
  EXPECT_EQ(r.docs[0].info.date, "");
  EXPECT_EQ(r.docs[0].info.site, "");
}

TEST(ReadText, BomIsDroppedAndCrlfBecomesLf) {
  const auto r = read({data("pass/bom-crlf.txt")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text,
            "Headline with a byte order mark here\n\nBERLIN, May 2, 2020 (Wire) -- Text with CRLF line ends.\n");
  EXPECT_EQ(r.docs[0].info.title, "Headline with a byte order mark here");
  EXPECT_EQ(r.docs[0].info.date, "2020-05-02");
}

TEST(ReadText, Utf16WithBomIsConverted) {
  const auto r = read({data("pass/utf16.txt")});
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Tokyo talks end in accord\n\nTOKYO, June 1, 2019 (Wire) -- The talks ended. Caf\u00e9 owners cheered.\n");
  EXPECT_EQ(r.docs[0].info.date, "2019-06-01");
}

TEST(ReadText, FailuresNameTheFileAndTheReason) {
  const struct {
    const char* file;
    const char* message;
  } cases[] = {
      {"fail/invalid-utf8.txt", "invalid UTF-8 at byte offset 30 (and no encoding declared)"},
      {"fail/binary.txt", "binary content (NUL byte at offset 4)"},
      {"fail/empty.txt", "empty article (no text)"},
  };
  for (const auto& c : cases) {
    const auto r = read({data(c.file)});
    EXPECT_EQ(r.docs.size(), 0u) << c.file;
    ASSERT_EQ(r.diags.size(), 1u) << c.file;
    EXPECT_EQ(r.diags[0].where, data(c.file));
    EXPECT_EQ(r.diags[0].message, c.message) << c.file;
  }
}

TEST(ReadText, StrictThrowsTheFirstFailure) {
  kg::ReadOptions o;
  o.strict = true;
  try {
    read({data("fail/binary.txt"), data("pass/no-metadata.txt")}, o);
    FAIL() << "no exception";
  } catch (const kg::Error& e) {
    EXPECT_EQ(std::string(e.what()), data("fail/binary.txt") + ": binary content (NUL byte at offset 4)");
  }
}

TEST(ReadText, DatelineForms) {
  const struct {
    const char* text;
    const char* date;
    const char* site;
  } cases[] = {
      {"Talks resume\n\nSEOUL, April 9 (UPI) -- Text.\n", "", "UPI"},
      {"Talks resume\n\nSEOUL, April 9, 2019 (UPI) -- Text on April 9, 2019.\n", "2019-04-09", "UPI"},
      {"VLADIVOSTOK, Russia, April 26 (Continental Press) -- Putin met Kim, April 25, 2019.\n", "2019-04-26",
       "Continental Press"},
      {"TEHRAN (APN) \u2013 Abe met Khamenei.\n", "", "APN"},
      {"July 29, 2020 (Capitol Desk) - The heads of four companies testified.\n", "2020-07-29", "Capitol Desk"},
      {"DUBAI, Nov 5 (Gulf Desk) -- Text. The Nov. 5, 2018 deadline passed.\n", "2018-11-05", "Gulf Desk"},
      {"U.S. President Donald Trump met Kim on Feb. 28, 2019.\n", "", ""},
      {"# Markdown heading for a story\n\nLONDON, May 1, 2020 -- Text.\n", "2020-05-01", ""},
  };
  for (const auto& c : cases) {
    kg::Diagnostics diags;
    const auto docs = kg::read_text(c.text, "x.txt", diags);
    ASSERT_EQ(docs.size(), 1u) << c.text;
    EXPECT_EQ(docs[0].info.date, c.date) << c.text;
    EXPECT_EQ(docs[0].info.site, c.site) << c.text;
    EXPECT_EQ(docs[0].text, c.text);
    EXPECT_EQ(docs[0].info.id, "x.txt");
  }
}

TEST(ReadText, MarkdownHeadingIsTheTitle) {
  kg::Diagnostics diags;
  const auto docs = kg::read_text("# Markdown heading for a story\n\nText follows here.\n", "x.md", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.title, "Markdown heading for a story");
  EXPECT_EQ(docs[0].text, "# Markdown heading for a story\n\nText follows here.\n");
}

TEST(ReadText, SeedsComeThroughByteIdentical) {
  const std::filesystem::path seeds = std::string(KG_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "no " << seeds;
  const auto r = read({seeds.string()});
  std::size_t txt = 0;
  for (const auto& d : r.docs) {
    if (!d.info.id.ends_with(".txt")) continue;
    ++txt;
    EXPECT_EQ(d.text, file_bytes((seeds / d.info.id).string())) << d.info.id;
  }
  EXPECT_EQ(txt, 2u);
  EXPECT_EQ(r.diags.size(), 0u);  // gold.jsonl is recognised as not an article file
}

}  // namespace
