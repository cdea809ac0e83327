// The JSON answer of kg paths, parsed back with RapidJSON and checked field by field.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "kg/query_format.hpp"
#include "query_fixture.hpp"

namespace kg {
namespace {

using V = KnowledgeGraph::Vertex;

TEST(PathsJson, DocumentsEveryHopWithDirectionAndEvidence) {
  testing::GraphBuilder b;
  const V kim = b.entity("Kim Jong Un", EntityType::Person, 10), us = b.entity("United States", EntityType::Country);
  const V biegun = b.entity("Stephen Biegun");
  b.entity("Kim Yong Chol", EntityType::Person, 2);
  b.relate(kim, us, RelationType::DemandsFrom, 1, 0.8f);
  b.relate(biegun, us, RelationType::WorksFor, 2, 0.9f, static_cast<int>(b.doc2019()));
  PathAnswer a{resolve_name(b.g, "Kim"), resolve_name(b.g, "Biegun"), "shortest", {}, 0, false};
  const PathFilter f;
  a.paths = all_shortest_paths(b.g, kim, biegun, f, 10, &a.total);
  const std::string text = paths_to_json(b.g, a, f, EvidenceMode::Best);
  rapidjson::Document d;
  d.Parse(text.c_str());
  ASSERT_FALSE(d.HasParseError()) << text;
  EXPECT_STREQ(d["from"]["name"].GetString(), "Kim Jong Un");
  EXPECT_STREQ(d["from"]["matched_by"].GetString(), "name token");
  ASSERT_EQ(d["from"]["also_matched"].Size(), 1u);
  EXPECT_STREQ(d["from"]["also_matched"][0].GetString(), "Kim Yong Chol");
  EXPECT_STREQ(d["to"]["matched_by"].GetString(), "name token");
  EXPECT_STREQ(d["mode"].GetString(), "shortest");
  EXPECT_EQ(d["total"].GetUint(), 1u);
  ASSERT_EQ(d["paths"].Size(), 1u);
  const auto& p = d["paths"][0];
  EXPECT_EQ(p["length"].GetUint(), 2u);
  EXPECT_EQ(p["evidence"].GetUint(), 3u);
  EXPECT_STREQ(p["text"].GetString(),
               "Kim Jong Un \u2014demands_from\u2192 United States \u2190works_for\u2014 Stephen Biegun");
  ASSERT_EQ(p["nodes"].Size(), 3u);
  EXPECT_EQ(p["nodes"][1]["id"].GetUint(), us);
  EXPECT_STREQ(p["nodes"][1]["type"].GetString(), "COUNTRY");
  const auto& h0 = p["hops"][0];
  const auto& h1 = p["hops"][1];
  EXPECT_STREQ(h0["relation"].GetString(), "demands_from");
  EXPECT_STREQ(h0["direction"].GetString(), "forward");
  EXPECT_EQ(h0["from"].GetUint(), kim);
  EXPECT_EQ(h0["to"].GetUint(), us);
  EXPECT_STREQ(h1["direction"].GetString(), "backward");
  EXPECT_EQ(h1["source"].GetUint(), biegun);
  EXPECT_EQ(h1["target"].GetUint(), us);
  EXPECT_EQ(h1["evidence_count"].GetUint(), 2u);
  ASSERT_EQ(h1["evidence"].Size(), 1u);  // best only
  EXPECT_STREQ(h1["evidence"][0]["doc"].GetString(), "b.txt");
  EXPECT_STREQ(h1["evidence"][0]["date"].GetString(), "2019-02-01");
  EXPECT_STREQ(h1["evidence"][0]["title"].GetString(), "Article B");

  rapidjson::Document all, none;
  all.Parse(paths_to_json(b.g, a, f, EvidenceMode::All).c_str());
  none.Parse(paths_to_json(b.g, a, f, EvidenceMode::None).c_str());
  EXPECT_EQ(all["paths"][0]["hops"][1]["evidence"].Size(), 2u);
  EXPECT_EQ(none["paths"][0]["hops"][1]["evidence"].Size(), 0u);
}

TEST(PathsText, ArrowsShowRealDirectionAndEvidenceNamesTheDocument) {
  testing::GraphBuilder b;
  const V a = b.entity("A"), c = b.entity("C");
  b.relate(c, a, RelationType::Sanctions, 1, 0.9f, static_cast<int>(b.doc2019()));
  const auto paths = all_shortest_paths(b.g, a, c, {});
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(path_line(b.g, paths[0]), "A \u2190sanctions\u2014 C");
  std::ostringstream out;
  write_path_text(out, b.g, paths[0], {}, EvidenceMode::Best);
  EXPECT_EQ(out.str(),
            "A \u2190sanctions\u2014 C\n  A \u2190sanctions\u2014 C\n"
            "    \"C sanctions A #0.\" \u2014 Article B (b.txt), 2019-02-01\n");
}

}  // namespace
}  // namespace kg
