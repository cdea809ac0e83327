// Tests for merging documents into the graph: cross-document resolution,
// duplicates, provenance.
#include <gtest/gtest.h>

#include "kg/builder.hpp"

namespace kg {
namespace {

DocumentFacts doc(std::string id, std::string hash, std::vector<ExtractedEntity> entities, std::vector<Fact> facts) {
  DocumentFacts d;
  d.doc.id = std::move(id);
  d.doc.hash = std::move(hash);
  d.entities = std::move(entities);
  d.facts = std::move(facts);
  return d;
}

Fact fact(std::uint32_t s, RelationType r, std::uint32_t o, std::string doc_id) {
  Fact f;
  f.subject = s;
  f.object = o;
  f.relation = r;
  f.evidence.doc_id = std::move(doc_id);
  f.evidence.text = "evidence";
  f.evidence.span = {3, 11};
  f.evidence.sentence = 2;
  return f;
}

TEST(Builder, FullNamesMergeAcrossDocumentsSurnamesDoNot) {
  KnowledgeGraph g;
  ASSERT_TRUE(add_to_graph(g, doc("a.txt", "1",
                                  {{"Kim Jong-un", EntityType::Person, {"Kim"}, 3},
                                   {"United States", EntityType::Country, {"U.S."}, 2}},
                                  {fact(0, RelationType::DemandsFrom, 1, "a.txt")})));
  ASSERT_TRUE(add_to_graph(g, doc("b.txt", "2",
                                  {{"Kim Jong Un", EntityType::Person, {}, 1},
                                   {"Kim Yong Chol", EntityType::Person, {"Kim"}, 1},
                                   {"U.S.", EntityType::Country, {}, 1}},
                                  {fact(0, RelationType::DemandsFrom, 2, "b.txt")})));
  EXPECT_EQ(g.num_entities(), 3u);  // Kim Jong Un, United States, Kim Yong Chol
  const auto kim = g.find("Kim Jong Un", EntityType::Person);
  ASSERT_TRUE(kim);
  EXPECT_EQ(g.entity(*kim).mentions, 4u);
  EXPECT_EQ(g.entity(*kim).documents, (std::vector<std::uint32_t>{0, 1}));
  EXPECT_TRUE(g.find("Kim Yong Chol", EntityType::Person));
  ASSERT_EQ(g.num_relations(), 1u);  // the same fact from both documents
  const auto e = *g.sorted_edges().begin();
  const EvidenceRange range = g.evidence(e);
  const std::vector<EvidenceView> evidence(range.begin(), range.end());
  ASSERT_EQ(evidence.size(), 2u);
  EXPECT_EQ(g.documents()[evidence[1].doc].id, "b.txt");
  EXPECT_EQ(evidence[1].span, (Span{3, 11}));
}

TEST(Builder, SameContentIsSkipped) {
  KnowledgeGraph g;
  EXPECT_TRUE(add_to_graph(g, doc("a.txt", "abc", {{"Oslo", EntityType::Location, {}, 1}}, {})));
  EXPECT_FALSE(add_to_graph(g, doc("copy.txt", "abc", {{"Oslo", EntityType::Location, {}, 1}}, {})));
  EXPECT_EQ(g.documents().size(), 1u);
  EXPECT_EQ(g.entity(*g.find("Oslo", EntityType::Location)).mentions, 1u);
}

}  // namespace
}  // namespace kg
