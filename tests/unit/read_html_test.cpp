// HTML reader: article container, boilerplate removal, captions, entities,
// metadata, declared encodings, hostile and broken pages.
#include <gtest/gtest.h>

#include <chrono>

#include "kg/read.hpp"
#include "read_fixture.hpp"

namespace {

using kg::test::data;
using kg::test::read;
using kg::test::Read;

TEST(ReadHtml, ArticleTextWithoutBoilerplate) {
  const auto r = read(data("pass/article.html"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text,
            "Envoys meet in Vienna\n"
            "VIENNA \u2014 Two envoys met in Vienna on Wednesday, and talked for three hours.\n"
            "The envoys shake hands in Vienna.\n"
            "\u201cIt was useful,\u201d one said. The price was 5\u00a0euros & more.\n"
            "Bold and inline words stay on one line.\n"
            "After a break.");
  const auto& i = r.docs[0].info;
  EXPECT_EQ(i.id, "article.html");
  EXPECT_EQ(i.title, "Envoys meet in Vienna");  // "<title> | site" without the site
  EXPECT_EQ(i.date, "2020-05-06T08:00:00+02:00");  // JSON-LD datePublished
  EXPECT_EQ(i.url, "https://harbour.example/world/vienna-envoys");
  EXPECT_EQ(i.author, "Lena Berg");
  EXPECT_EQ(i.site, "Harbour Wire");
}

TEST(ReadHtml, StoryBodyContainerAndCaptionParagraph) {
  const auto r = read(data("pass/story-body.html"));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text,
            "HANOI (Wire) \u2013 The summit ended early on Thursday.\n"
            "The two leaders at the hotel. Photo: Wire\n"
            "Talks may resume.");
  EXPECT_EQ(r.docs[0].info.title, "Summit ends");
  EXPECT_EQ(r.docs[0].info.date, "2019-02-28T10:00:00Z");
}

TEST(ReadHtml, OldMarkupWithoutContainer) {
  const auto r = read(data("pass/no-container.html"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  // &#150; is the Windows-1252 en dash, as browsers read it; comments are dropped.
  EXPECT_EQ(r.docs[0].text,
            "Committee hears from the minister\n"
            "The minister testified before the committee on Monday.\n"
            "He spoke for two hours\u2026 and left at \u2013 noon.");
  EXPECT_EQ(r.docs[0].info.title, "Old page title");
}

TEST(ReadHtml, DeclaredWindows1252IsConverted) {
  const auto r = read(data("pass/windows-1252.html"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "The caf\u00e9 in Z\u00fcrich \u2013 open \u201cdaily\u201d.");
  EXPECT_EQ(r.docs[0].info.title, "Caf\u00e9");
}

TEST(ReadHtml, Html5NamedReferencesAreTheirCharacters) {
  // libxml2 knows only HTML 4's entities; "&ncaron;" would stay in the name.
  const auto r = read(data("pass/html5-entities.html"));
  ASSERT_EQ(r.diags.size(), 0u);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text,
            "Tom Kali\u0148\u00e1k and Anna \u0160ime\u010dkov\u00e1 met Lena Ba\u015fo\u011flu \u2013 in "
            "\u0141\u00f3d\u017a.\n"
            "An unknown &notareference; and a bare & stay as written; so does &ncaron without its semicolon.");
}

TEST(ReadHtml, Failures) {
  {
    const auto r = read(data("fail/empty.html"));
    EXPECT_EQ(r.docs.size(), 0u);
    ASSERT_EQ(r.diags.size(), 1u);
    EXPECT_EQ(r.diags[0].to_string(), data("fail/empty.html") + ": empty article (no text found in the page)");
  }
  {
    const auto r = read(data("fail/invalid-utf8.html"));
    EXPECT_EQ(r.docs.size(), 0u);
    ASSERT_EQ(r.diags.size(), 1u);
    EXPECT_EQ(r.diags[0].message, "invalid UTF-8 at byte offset 54");
  }
  {
    // A cut-off page is reported, and what was there is still read.
    const auto r = read(data("fail/truncated.html"));
    ASSERT_EQ(r.diags.size(), 1u);
    EXPECT_EQ(r.diags[0].message,
              "truncated HTML (the file ends before </body> or </html>, or inside a tag); the text before the cut "
              "was read");
    ASSERT_EQ(r.docs.size(), 1u);
    EXPECT_EQ(r.docs[0].text,
              "The minister met the envoy on Friday.\nMore text follows and then the file is cut in the mid");
  }
}

TEST(ReadHtml, NeverLoadsExternalEntitiesOrDtds) {
  const std::string page =
      "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/evil.dtd\" [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
      "<html><body><p>Before &xxe; after.</p><iframe src=\"http://127.0.0.1:9/\">x</iframe></body></html>";
  kg::Diagnostics diags;
  const auto docs = kg::read_html(page, "evil.html", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text.find("root:"), std::string::npos);
  EXPECT_NE(docs[0].text.find("Before"), std::string::npos);
  EXPECT_NE(docs[0].text.find("after."), std::string::npos);
}

TEST(ReadHtml, DeepNestingDoesNotCrash) {
  std::string page = "<html><body>";
  for (int i = 0; i < 50000; ++i) page += "<div>";
  page += "<p>Deep text.</p>";
  const auto start = std::chrono::steady_clock::now();
  kg::Diagnostics diags;
  const auto docs = kg::read_html(page, "deep.html", diags);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  // libxml2 may cut the tree at its depth limit; what matters is no crash and a clean report.
  if (!docs.empty()) EXPECT_EQ(docs[0].info.id, "deep.html");
  else ASSERT_FALSE(diags.empty());
}

TEST(ReadHtml, ClassWordsNeverSwallowTheWholePage) {
  kg::Diagnostics diags;
  const auto docs = kg::read_html(
      "<html><body><div class=\"wrap has-sidebar\"><p>The envoys met.</p><nav>Home</nav>"
      "<script>x()</script></div></body></html>",
      "wrap.html", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "The envoys met.");  // tags (nav, script) are still dropped
  EXPECT_TRUE(diags.empty());
}

TEST(ReadHtml, TimeOfARelatedStoryIsNotTheDate) {
  kg::Diagnostics diags;
  const auto docs = kg::read_html(
      "<html><body><aside><time datetime=\"2017-01-01\">old</time></aside>"
      "<article><p>Text.</p><time datetime=\"2019-02-28T10:00:00Z\">Feb. 28</time></article></body></html>",
      "t.html", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.date, "2019-02-28T10:00:00Z");
}

TEST(ReadHtml, FragmentIdIsTheSourceFileName) {
  kg::Diagnostics diags;
  const auto docs = kg::read_html("<p>One.</p><p>Two &amp; three.</p>", "dir/page.htm", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.id, "page.htm");
  EXPECT_EQ(docs[0].text, "One.\nTwo & three.");
}

}  // namespace
