// Reading GraphML back: kg's own files exactly, foreign files by their
// declared attributes, bad files as one-line errors.
#include <gtest/gtest.h>

#include <sstream>

#include "export_fixture.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"
#include "kg/store.hpp"
#include "node_link_text.hpp"

namespace kg {
namespace {

TEST(ExportGraphmlRead, OwnFileRoundTripsExactly) {
  const KnowledgeGraph g = test::hostile_graph();
  std::ostringstream xml;
  write_graphml(g, xml);
  std::vector<std::string> warnings;
  const KnowledgeGraph back = parse_graphml(xml.str(), "hostile.graphml", &warnings);
  EXPECT_TRUE(warnings.empty());
  // Everything but what XML cannot carry: control characters are dropped on export.
  std::string expected = test::node_link_text(g);
  for (const char* control : {"\\u0007", "\\r", "\\u0001"}) {
    for (auto pos = expected.find(control); pos != std::string::npos; pos = expected.find(control))
      expected.erase(pos, std::string_view(control).size());
  }
  EXPECT_EQ(test::node_link_text(back), expected);
  // And a second trip changes nothing at all.
  std::ostringstream xml2;
  write_graphml(back, xml2);
  EXPECT_EQ(xml2.str(), xml.str());
}

TEST(ExportGraphmlRead, SpecificValuesSurvive) {
  std::ostringstream xml;
  write_graphml(test::hostile_graph(), xml);
  const KnowledgeGraph back = parse_graphml(xml.str(), "x");
  ASSERT_EQ(back.num_entities(), 12u);
  ASSERT_EQ(back.num_relations(), 9u);
  const Entity& kim = back.entity(0);
  EXPECT_EQ(kim.name, "Kim \"Rocket\" Jong-un");
  EXPECT_EQ(kim.aliases, (std::vector<std::string>{"Kim Jong Un", "Kim; the \\ leader"}));
  EXPECT_EQ(kim.mentions, 12u);
  EXPECT_EQ(back.entity(6).name, "Line one\nLine two");
  EXPECT_EQ(back.entity(6).type, EntityType::Country);
  EXPECT_EQ(back.documents()[1].date, "2018-06-12T09:00:00Z");
  const auto e = back.find_relation(0, 9, RelationType::DemandsFrom);
  ASSERT_TRUE(e);
  const Relation& r = back.relation(*e);
  EXPECT_EQ(r.what, "security guarantees & \"talks\"");
  ASSERT_EQ(r.evidence_count(), 1u);
  const EvidenceView ev = *back.evidence(*e).begin();
  EXPECT_EQ(ev.confidence, 0.9f);
  EXPECT_EQ(ev.span.begin, 100u);
  EXPECT_EQ(ev.rule, "demand.from");
  // The parallel met_with edge between the same two entities survives.
  EXPECT_TRUE(back.find_relation(0, 9, RelationType::MetWith));
}

TEST(ExportGraphmlRead, ForeignGraphmlImportsDeclaredAttributes) {
  // Shaped like NetworkX's write_graphml: d0.. key ids, a for="all" key, a default.
  const std::string xml = R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>PERSON</default></key>
  <key id="d2" for="all" attr.name="mentions" attr.type="int"/>
  <key id="d3" for="edge" attr.name="relation" attr.type="string"/>
  <key id="d4" for="edge" attr.name="confidence" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">Moon Jae-in</data><data key="d2">4</data></node>
    <node id="b"><data key="d0">South Korea</data><data key="d1">country</data></node>
    <node id="c"><data key="d1">blob</data></node>
    <edge source="a" target="b"><data key="d3">leader_of</data><data key="d4">0.75</data></edge>
    <edge source="a" target="c"><data key="d3">likes</data></edge>
  </graph>
</graphml>)";
  std::vector<std::string> warnings;
  const KnowledgeGraph g = parse_graphml(xml, "foreign.graphml", &warnings);
  ASSERT_EQ(g.num_entities(), 3u);
  EXPECT_EQ(g.entity(0).name, "Moon Jae-in");
  EXPECT_EQ(g.entity(0).type, EntityType::Person);
  EXPECT_EQ(g.entity(0).mentions, 4u);
  EXPECT_EQ(g.entity(1).type, EntityType::Country);
  EXPECT_EQ(g.entity(2).name, "c");
  EXPECT_EQ(g.entity(2).type, EntityType::Organization);
  ASSERT_EQ(g.num_relations(), 1u);
  const auto e = g.find_relation(0, 1, RelationType::LeaderOf);
  ASSERT_TRUE(e);
  EXPECT_EQ(g.relation(*e).confidence, 0.75f);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "foreign.graphml: 1 edges skipped: no relation kg knows ('likes')");
  EXPECT_EQ(warnings[1], "foreign.graphml: 1 nodes have no entity type kg knows; imported as ORGANIZATION");
}

TEST(ExportGraphmlRead, BadFilesAreOneLineErrors) {
  const auto error_of = [](const std::string& xml) {
    try {
      parse_graphml(xml, "bad.graphml");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of("<graphml>\n  <graph>\n <node id='a'>\n</graphml>").rfind("bad.graphml:4:", 0), 0u)
      << error_of("<graphml>\n  <graph>\n <node id='a'>\n</graphml>");
  EXPECT_EQ(error_of("<gexf/>"), "bad.graphml: not GraphML (the root element is <gexf>)");
  EXPECT_EQ(error_of("<graphml/>"), "bad.graphml: no <graph> element");
  EXPECT_EQ(error_of("<graphml><graph><node id='a'/><edge source='a' target='zz'/></graph></graphml>"),
            "bad.graphml: edge 'a->zz': target 'zz' is not a node");
  EXPECT_EQ(error_of("<graphml><key id='m' for='node' attr.name='mentions'/><graph><node id='a'><data "
                     "key='m'>many</data></node></graph></graphml>"),
            "bad.graphml: node 'a': mentions 'many' is not a number");
  EXPECT_EQ(error_of("<graphml><graph><node id='a'/><node id='a'/></graph></graphml>"),
            "bad.graphml: node 'a': duplicate node id");
  EXPECT_EQ(error_of(""), "bad.graphml:1:1: No document element found");
}

TEST(ExportGraphmlRead, TruncatedOrCorruptedFilesFailCleanly) {
  std::ostringstream out;
  write_graphml(test::hostile_graph(), out);
  const std::string xml = out.str();
  std::size_t errors = 0;
  for (std::size_t cut = 0; cut < xml.size(); cut += 7) {
    try {
      parse_graphml(xml.substr(0, cut), "cut.graphml");
    } catch (const Error& e) {
      ++errors;
      EXPECT_EQ(std::string(e.what()).rfind("cut.graphml", 0), 0u) << e.what();
    }
  }
  EXPECT_GT(errors, xml.size() / 7 / 2);  // almost every cut is malformed XML
  // Corrupt the JSON payloads and numbers: errors, never crashes.
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"[{&quot;", "[{"}, {"\"sentence\":4", "\"sentence\":\"x\""}, {">12<", ">-1<"},
           {"occurred</data>", "maybe</data>"}, {"PERSON", "ALIEN"}}) {
    std::string bad = xml;
    const auto pos = bad.find(from);
    if (pos == std::string::npos) continue;
    bad.replace(pos, from.size(), to);
    try {
      parse_graphml(bad, "bad.graphml");
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()).rfind("bad.graphml", 0), 0u) << e.what();
    }
  }
}

}  // namespace
}  // namespace kg
