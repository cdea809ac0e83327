// Regression tests for issue 15 (docs/RELIABILITY.md): deep JSON, invalid
// UTF-8 reaching a graph, saving through symlinks with the file's mode, stale
// temporaries, one-line messages, load -> save as a fixed point, and the
// reader messages for NUL bytes, UTF-16 and over-deep HTML.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/atomic_file.hpp"
#include "kg/export.hpp"
#include "kg/extract.hpp"
#include "kg/read.hpp"
#include "kg/score.hpp"
#include "kg/store.hpp"
#include "kg/text.hpp"
#include "node_link_text.hpp"

namespace {

namespace fs = std::filesystem;
using kg::test::node_link_text;

std::string nested(std::size_t depth, const std::string& open, const std::string& inner, const std::string& close) {
  std::string s;
  s.reserve(depth * (open.size() + close.size()) + inner.size());
  for (std::size_t i = 0; i < depth; ++i) s += open;
  s += inner;
  for (std::size_t i = 0; i < depth; ++i) s += close;
  return s;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

bool one_line(const std::string& s) { return s.find_first_of("\r\n\x1b") == std::string::npos; }

// --- 1. deep JSON --------------------------------------------------------------

TEST(ReliabilityDeepJson, JsonlRecordNested130000LevelsIsAnErrorNotACrash) {
  const std::string deep = nested(130000, "{\"a\":", "1", "}");
  kg::Diagnostics diags;
  const auto docs = kg::read_jsonl("{\"text\":\"Good record.\"}\n" + deep + "\n", "deep.jsonl", diags);
  ASSERT_EQ(docs.size(), 1u);  // the good record survives
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].where, "deep.jsonl:2");
  const std::string arrays = nested(130000, "[", "", "]");
  kg::Diagnostics d2;
  kg::read_jsonl(arrays + "\n", "deep.jsonl", d2);
  ASSERT_EQ(d2.size(), 1u);
  EXPECT_EQ(d2[0].message, "expected a JSON object");
}

TEST(ReliabilityDeepJson, JsonLdNested130000LevelsInAPageIsIgnored) {
  const std::string html = "<html><head><script type=\"application/ld+json\">" +
                           nested(130000, "{\"author\":", "\"x\"", "}") +
                           "</script></head><body><p>The page text is read.</p></body></html>";
  kg::Diagnostics diags;
  const auto docs = kg::read_html(html, "deep.html", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_NE(docs[0].text.find("The page text is read."), std::string::npos);
  // "author": {"name": {"name": ...}} nested deep: not followed to the end.
  const std::string names = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":" +
                            nested(130000, "{\"name\":", "\"x\"", "}") +
                            "}</script></head><body><p>Text.</p></body></html>";
  kg::Diagnostics d2;
  EXPECT_EQ(kg::read_html(names, "deep.html", d2).size(), 1u);
}

TEST(ReliabilityDeepJson, GoldLineNested130000LevelsIsAnError) {
  try {
    kg::parse_gold(nested(130000, "[", "", "]") + "\n", "gold.jsonl");
    FAIL() << "no error";
  } catch (const kg::Error& e) {
    EXPECT_STREQ(e.what(), "gold.jsonl:1: a gold line must be a JSON object");
  }
}

TEST(ReliabilityDeepJson, GraphmlEvidenceNested130000LevelsIsAnError) {
  const std::string xml =
      "<graphml><key id=\"e\" for=\"edge\" attr.name=\"kg_evidence\"/><key id=\"r\" for=\"edge\" "
      "attr.name=\"relation\"/><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data "
      "key=\"r\">met_with</data><data key=\"e\">" +
      nested(130000, "[", "", "]") + "</data></edge></graph></graphml>";
  EXPECT_THROW(kg::parse_graphml(xml, "deep.graphml"), kg::Error);
}

// --- 2. invalid UTF-8 never reaches a saved graph ------------------------------

void expect_saved_graph_reads_back(const kg::KnowledgeGraph& g) {
  const std::string text = node_link_text(g);
  EXPECT_TRUE(kg::is_valid_utf8(text));
  EXPECT_NO_THROW(kg::parse_node_link(text, "saved.json"));
}

TEST(ReliabilityUtf8, JsonlLoneSurrogateEscapeIsRepairedWithAWarning) {
  kg::Diagnostics diags;
  const auto docs = kg::read_jsonl(
      "{\"title\":\"T\\udc00itle\",\"author\":\"\\udfff\",\"text\":\"Body \\udc00 text.\"}\n", "s.jsonl", diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.title, "T\xEF\xBF\xBDitle");
  EXPECT_EQ(docs[0].info.author, "\xEF\xBF\xBD");
  EXPECT_TRUE(kg::is_valid_utf8(docs[0].text));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_TRUE(diags[0].warning);
  EXPECT_NE(diags[0].message.find("invalid UTF-8 in title, author, text replaced by U+FFFD"), std::string::npos);
}

TEST(ReliabilityUtf8, FeedSurrogateCharacterReferencesAreRepaired) {
  const std::string rss =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title><item><title>A &#xD800; title</title>"
      "<link>https://x.example/&#xDFFF;</link><author>&#xD800;</author><description>Some item text about "
      "things.</description></item></channel></rss>";
  kg::Diagnostics diags;
  const auto docs = kg::read_feed(rss, "s.rss", diags);
  ASSERT_EQ(docs.size(), 1u);
  for (const auto* s : {&docs[0].info.title, &docs[0].info.url, &docs[0].info.author, &docs[0].text})
    EXPECT_TRUE(kg::is_valid_utf8(*s)) << *s;
}

TEST(ReliabilityUtf8, NonUtf8FileNameGivesAValidId) {
  const fs::path dir = fs::temp_directory_path() / ("kg_rel_name_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "caf\xE9.txt";  // Latin-1 e-acute
  std::ofstream(file) << "Angela Merkel met Emmanuel Macron in Paris.\n";
  kg::Diagnostics diags;
  std::vector<kg::Document> docs;
  kg::read_inputs({file.string()}, {}, [&](kg::Document&& d) { docs.push_back(std::move(d)); }, diags);
  fs::remove_all(dir);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].info.id, "caf\xEF\xBF\xBD.txt");
  EXPECT_TRUE(kg::is_valid_utf8(docs[0].info.source));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_TRUE(diags[0].warning);
  EXPECT_TRUE(one_line(diags[0].to_string()));
}

TEST(ReliabilityUtf8, GraphmlInvalidBytesAndSurrogatesAreRepaired) {
  const std::string xml =
      "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><key id=\"r\" for=\"edge\" attr.name=\"relation\"/>"
      "<graph><node id=\"a\"><data key=\"l\">Caf\xE9 &#xD800;</data></node><node id=\"b\"/>"
      "<edge source=\"a\" target=\"b\"><data key=\"r\">met_with</data></edge></graph></graphml>";
  std::vector<std::string> warnings;
  const kg::KnowledgeGraph g = kg::parse_graphml(xml, "bad.graphml", &warnings);
  EXPECT_TRUE(kg::is_valid_utf8(g.entity(0).name));
  expect_saved_graph_reads_back(g);
  EXPECT_TRUE(has(warnings, "bad.graphml: 1 values held invalid UTF-8; malformed bytes replaced by U+FFFD"));
}

// Found by fuzz_graphml: XML cannot hold C0 controls, so the export drops
// them; the import must too, or export -> import changes the graph.
TEST(ReliabilityUtf8, GraphmlControlCharactersAreDroppedAsTheExportDropsThem) {
  const std::string xml =
      "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><key id=\"r\" for=\"edge\" attr.name=\"relation\"/>"
      "<graph><node id=\"a\"><data key=\"l\">A\x10\x02name</data></node><node id=\"b\"/>"
      "<edge source=\"a\" target=\"b\"><data key=\"r\">met_with</data></edge></graph></graphml>";
  const kg::KnowledgeGraph g = kg::parse_graphml(xml, "c.graphml");
  EXPECT_EQ(g.entity(0).name, "Aname");
  std::ostringstream exported;
  kg::write_graphml(g, exported);
  EXPECT_EQ(node_link_text(kg::parse_graphml(exported.str(), "e.graphml")), node_link_text(g));
}

TEST(ReliabilityUtf8, NodeLinkSurrogateEscapeLoadsRepairedAndSavesReadable) {
  const std::string json =
      R"({"directed":true,"multigraph":true,"graph":{"documents":[{"id":"d\udc00"}]},)"
      R"("nodes":[{"id":0,"label":"A\udc00","type":"PERSON","aliases":["\udfff"],"documents":["d\udc00"]}],"links":[]})";
  const kg::KnowledgeGraph g = kg::parse_node_link(json, "s.json");
  EXPECT_EQ(g.entity(0).name, "A\xEF\xBF\xBD");
  expect_saved_graph_reads_back(g);
}

TEST(ReliabilityUtf8, WriterNeverEmitsMalformedBytes) {
  kg::KnowledgeGraph g;
  kg::DocumentInfo d;
  d.id = "doc\xFF";
  g.add_document(d);
  kg::Entity e;
  e.name = "Bad \xED\xA0\x80 name";
  e.aliases = {"\xC3"};
  g.add_entity(e);
  expect_saved_graph_reads_back(g);
}

// --- 3. saving keeps symlinks, mode and owner ------------------------------------

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("kg_rel_" + std::to_string(::getpid()) + "_" +
                                               ::testing::UnitTest::GetInstance()->current_test_info()->name());
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

void write_text(const std::string& path, const std::string& text) {
  kg::write_file_atomically(path, [&](std::ostream& out) { out << text; });
}

TEST(ReliabilitySave, WritesThroughASymlinkToItsTarget) {
  TempDir t;
  fs::create_directories(t.path / "real");
  const fs::path real = t.path / "real" / "g.json";
  std::ofstream(real) << "old";
  fs::create_symlink("real/g.json", t.path / "link.json");
  write_text((t.path / "link.json").string(), "new");
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(t.path / "link.json")));
  EXPECT_EQ(kg::read_file(real.string()), "new");
}

TEST(ReliabilitySave, KeepsThePermissionsOfThePreviousFile) {
  TempDir t;
  const fs::path file = t.path / "g.json";
  std::ofstream(file) << "old";
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  write_text(file.string(), "new");
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  EXPECT_EQ(st.st_uid, ::getuid());
  EXPECT_EQ(kg::read_file(file.string()), "new");
}

TEST(ReliabilitySave, RemovesTemporariesOfDeadWritersOnly) {
  TempDir t;
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // a pid that is certainly no longer running
  const fs::path stale = t.path / (".g.json.tmp." + std::to_string(child));
  const fs::path live = t.path / (".g.json.tmp." + std::to_string(::getppid()));
  const fs::path other = t.path / (".h.json.tmp." + std::to_string(child));
  for (const auto& p : {stale, live, other}) std::ofstream(p) << "x";
  write_text((t.path / "g.json").string(), "new");
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other));
}

TEST(ReliabilitySave, AFolderIsRefusedWithoutLeavingFilesInIt) {
  TempDir t;
  try {
    write_text((t.path.string() + "/"), "x");
    FAIL() << "no error";
  } catch (const kg::Error& e) {
    EXPECT_NE(std::string(e.what()).find("is a folder"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::is_empty(t.path));
}

// --- 5. one-line messages ---------------------------------------------------------

TEST(ReliabilityMessages, ShownEscapesControlsAndCuts) {
  EXPECT_EQ(kg::shown("x\nkg build: \x1b[31mred"), "x\\x0akg build: \\x1b[31mred");
  EXPECT_EQ(kg::shown("bad \xFF byte"), "bad \\xff byte");
  EXPECT_EQ(kg::shown(std::string(100, 'a')), std::string(80, 'a') + "...");
  EXPECT_EQ(kg::shown("\xC3\xA9\xC3\xA9", 3), "\xC3\xA9...");  // never cut inside a character
}

TEST(ReliabilityMessages, GraphmlValuesInErrorsStayOnOneLine) {
  const std::string xml =
      "<graphml><key id=\"r\" for=\"edge\" attr.name=\"relation\"/><key id=\"m\" for=\"edge\" "
      "attr.name=\"modality\"/><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data "
      "key=\"r\">met_with</data><data key=\"m\">x\nkg build: imported 99 entities</data></edge></graph></graphml>";
  try {
    kg::parse_graphml(xml, "m.graphml");
    FAIL() << "no error";
  } catch (const kg::Error& e) {
    EXPECT_TRUE(one_line(e.what())) << e.what();
    EXPECT_NE(std::string(e.what()).find("unknown modality 'x\\x0akg build"), std::string::npos) << e.what();
  }
}

TEST(ReliabilityMessages, EveryErrorIsOneLine) {
  EXPECT_STREQ(kg::Error("a.tsv:1: unknown effect 'x\ry'\n").what(), "a.tsv:1: unknown effect 'x\\x0dy'\\x0a");
}

// Found by fuzz_rules: a rule file's value with a carriage return made a
// two-line error.
TEST(ReliabilityMessages, RuleFileErrorsAreOneLine) {
  TempDir t;
  const std::string rules = (t.path / "r.tsv").string();
  std::ofstream(rules) << "my.rule\tmet\rwith\tverb\tmeet\t_\t0.5\n";
  try {
    kg::Extractor::load(kg::default_data_dir(), {rules});
    FAIL() << "no error";
  } catch (const kg::Error& e) {
    EXPECT_TRUE(one_line(e.what())) << e.what();
    EXPECT_NE(std::string(e.what()).find("unknown relation 'met\\x0dwith'"), std::string::npos) << e.what();
  }
}

TEST(ReliabilityMessages, DiagnosticsEscapeFileNames) {
  const kg::Diagnostic d{"a\nb.txt", "bad\rthing"};
  EXPECT_EQ(d.to_string(), "a\\x0ab.txt: bad\\x0dthing");
}

// --- 6. load -> save is a fixed point ------------------------------------------------

std::string round_trip(const std::string& json) { return node_link_text(kg::parse_node_link(json, "g.json")); }

TEST(ReliabilityFixedPoint, DuplicateParallelLinksMergeStably) {
  const std::string json =
      R"({"graph":{"documents":[{"id":"d"}]},"nodes":[{"id":0,"label":"A","type":"PERSON"},)"
      R"({"id":1,"label":"B","type":"PERSON"}],"links":[)"
      R"({"source":0,"target":1,"relation":"met_with","confidence":0.9,"modality":"occurred"},)"
      R"({"source":0,"target":1,"relation":"met_with","evidence":[{"doc":"d","sentence":0,"start":0,"end":5,)"
      R"("text":"A met","confidence":0.6,"modality":"hypothetical"}]},)"
      R"({"source":1,"target":0,"relation":"met_with","confidence":0.2}]})";
  const std::string once = round_trip(json);
  EXPECT_EQ(round_trip(once), once);
  const kg::KnowledgeGraph g = kg::parse_node_link(once, "g.json");
  ASSERT_EQ(g.num_relations(), 1u);
  EXPECT_FLOAT_EQ(g.relation(kg::RelationId{0}).confidence, 0.6f);  // from its evidence
  EXPECT_EQ(g.relation(kg::RelationId{0}).modality, kg::Modality::Hypothetical);
}

TEST(ReliabilityFixedPoint, ConfidenceOutsideZeroToOneIsRefused) {
  const std::string json =
      R"({"nodes":[{"id":0,"label":"A","type":"PERSON"},{"id":1,"label":"B","type":"PERSON"}],)"
      R"("links":[{"source":0,"target":1,"relation":"met_with","confidence":1.9}]})";
  try {
    kg::parse_node_link(json, "g.json");
    FAIL() << "no error";
  } catch (const kg::Error& e) {
    EXPECT_NE(std::string(e.what()).find("link 0: \"confidence\" 1.9 is outside 0..1"), std::string::npos) << e.what();
  }
}

TEST(ReliabilityFixedPoint, GraphmlConfidencesAreClampedWithAWarning) {
  const std::string xml =
      "<graphml><key id=\"r\" for=\"edge\" attr.name=\"relation\"/><key id=\"c\" for=\"edge\" "
      "attr.name=\"confidence\"/><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data "
      "key=\"r\">met_with</data><data key=\"c\">7.5</data></edge></graph></graphml>";
  std::vector<std::string> warnings;
  const kg::KnowledgeGraph g = kg::parse_graphml(xml, "c.graphml", &warnings);
  EXPECT_FLOAT_EQ(g.relation(kg::RelationId{0}).confidence, 1.0f);
  EXPECT_TRUE(has(warnings, "c.graphml: 1 confidences outside 0..1 clamped into it"));
  const std::string once = node_link_text(g);
  EXPECT_EQ(round_trip(once), once);
}

// --- 7. reader messages ------------------------------------------------------------------

TEST(ReliabilityReaders, RawNulInAJsonlLineIsNamed) {
  kg::Diagnostics diags;
  kg::read_jsonl(std::string("{\"text\":\"a\0b\"}\n", 15), "n.jsonl", diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].to_string(), "n.jsonl:1: a NUL byte at column 11 (binary data, not JSON text)");
}

TEST(ReliabilityReaders, Utf16JsonlGivesOneHelpfulError) {
  const std::string utf8 = "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n";
  for (const bool bom : {true, false}) {
    std::string utf16 = bom ? std::string("\xFF\xFE") : std::string();
    for (const char c : utf8) utf16 += std::string{c, '\0'};
    kg::Diagnostics diags;
    EXPECT_TRUE(kg::read_jsonl(utf16, "w.jsonl", diags).empty());
    ASSERT_EQ(diags.size(), 1u) << bom;
    EXPECT_NE(diags[0].message.find("UTF-16"), std::string::npos) << diags[0].message;
  }
}

TEST(ReliabilityReaders, HtmlNestedTooDeepSaysWhy) {
  const std::string html = "<html><body>" + nested(300, "<div>", "<p>Deep text.</p>", "</div>") + "</body></html>";
  kg::Diagnostics diags;
  EXPECT_TRUE(kg::read_html(html, "deep.html", diags).empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].message.find("empty article: the page nests elements more than 255 levels deep"), std::string::npos)
      << diags[0].message;
}

}  // namespace
