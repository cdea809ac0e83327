// Escaping and formatting for each export syntax (src/io/escape.cpp).
#include <gtest/gtest.h>

#include <array>
#include <limits>

#include "io/escape.hpp"

namespace kg::io {
namespace {

std::string xml_text(std::string_view s) {
  std::string out;
  append_xml_text(out, s);
  return out;
}
std::string xml_attr(std::string_view s) {
  std::string out;
  append_xml_attr(out, s);
  return out;
}
std::string dot(std::string_view s) {
  std::string out;
  append_dot_string(out, s);
  return out;
}
std::string csv(std::string_view s) {
  std::string out;
  append_csv_field(out, s);
  return out;
}
std::string number(double d) {
  std::string out;
  append_double(out, d);
  return out;
}

TEST(ExportEscape, XmlTextEscapesMarkupAndDropsControls) {
  EXPECT_EQ(xml_text("a & b < c > d \"q\" 'x'"), "a &amp; b &lt; c &gt; d \"q\" 'x'");
  EXPECT_EQ(xml_text("bell\x07" "cr\r" "nul" + std::string(1, '\0') + "x"), "bellcrnulx");
  EXPECT_EQ(xml_text("tab\tnew\nline"), "tab\tnew\nline");
  EXPECT_EQ(xml_text("習近平 Си"), "習近平 Си");
}

TEST(ExportEscape, XmlAttributeKeepsWhitespaceAsReferences) {
  EXPECT_EQ(xml_attr("a\"b\n\tc&<>"), "a&quot;b&#10;&#9;c&amp;&lt;&gt;");
}

TEST(ExportEscape, MalformedUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(xml_text("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_text("\xC3"), "\xEF\xBF\xBD");             // truncated sequence
  EXPECT_EQ(xml_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(xml_text("\xEF\xBF\xBE"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE is not XML
}

TEST(ExportEscape, DotQuotesEverythingAndEscapesBackslashQuoteNewline) {
  EXPECT_EQ(dot("node"), "\"node\"");
  EXPECT_EQ(dot("C:\\x \"q\"\nnext\r"), "\"C:\\\\x \\\"q\\\"\\nnext\"");
  EXPECT_EQ(dot(""), "\"\"");
}

TEST(ExportEscape, CsvQuotesAndDoublesQuotes) {
  EXPECT_EQ(csv("plain"), "\"plain\"");
  EXPECT_EQ(csv("a,\"b\"\nc"), "\"a,\"\"b\"\"\nc\"");
}

TEST(ExportEscape, GexfListIsBracketedQuotedEscaped) {
  const std::array<std::string_view, 3> items{"a", "b \"c\"", "d\\e,f"};
  std::string out;
  append_gexf_list(out, items);
  EXPECT_EQ(out, "[\"a\", \"b \\\"c\\\"\", \"d\\\\e,f\"]");
}

TEST(ExportEscape, DelimitedListRoundTrips) {
  const std::array<std::string_view, 4> items{"Kim; the leader", "back\\slash", "", "plain"};
  std::string out;
  append_delimited_list(out, items);
  EXPECT_EQ(out, "Kim\\; the leader; back\\\\slash; ; plain");
  const auto back = split_delimited_list(out);
  ASSERT_EQ(back.size(), 4u);
  for (std::size_t i = 0; i < items.size(); ++i) EXPECT_EQ(back[i], items[i]);
  EXPECT_TRUE(split_delimited_list("").empty());
}

TEST(ExportEscape, NumbersAreShortestRoundTrip) {
  EXPECT_EQ(number(1.0), "1");
  EXPECT_EQ(number(0.1), "0.1");
  EXPECT_EQ(number(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(std::stod(number(1.0 / 3.0)), 1.0 / 3.0);
  EXPECT_EQ(number(1e300), "1e+300");
  EXPECT_EQ(float_as_decimal(0.9f), 0.9);
  EXPECT_EQ(static_cast<float>(float_as_decimal(0.333f)), 0.333f);
  EXPECT_EQ(number(float_as_decimal(0.85f)), "0.85");
}

TEST(ExportEscape, IsoDates) {
  EXPECT_EQ(iso_date("2018-06-12"), "2018-06-12");
  EXPECT_EQ(iso_date("2018-06-12T09:00:00Z"), "2018-06-12");
  EXPECT_EQ(iso_date("2020-02-29"), "2020-02-29");
  EXPECT_EQ(iso_date("2019-02-29"), "");
  EXPECT_EQ(iso_date("2018-13-01"), "");
  EXPECT_EQ(iso_date("June 2018"), "");
  EXPECT_EQ(iso_date("2018-06-1x"), "");
  EXPECT_EQ(iso_date(""), "");
}

}  // namespace
}  // namespace kg::io
