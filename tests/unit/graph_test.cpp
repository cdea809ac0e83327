// Tests for KnowledgeGraph: name index, relation merging, modality, order.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace kg {
namespace {

Entity entity(std::string name, EntityType type, std::vector<std::string> aliases = {}) {
  Entity e;
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  return e;
}

EdgeEvidence evidence(std::uint32_t doc, std::uint32_t begin, Modality m = Modality::Occurred, float c = 0.8f) {
  EdgeEvidence ev;
  ev.doc = doc;
  ev.span = {begin, begin + 10};
  ev.text = "sentence " + std::to_string(begin);
  ev.modality = m;
  ev.confidence = c;
  return ev;
}

TEST(Graph, FindsByNameAliasAndSpellingVariant) {
  KnowledgeGraph g;
  const auto kim = g.add_entity(entity("Kim Jong Un", EntityType::Person, {"Kim"}));
  const auto us = g.add_entity(entity("United States", EntityType::Country, {"U.S."}));
  EXPECT_EQ(g.find("Kim Jong-un"), std::vector<KnowledgeGraph::Vertex>{kim});
  EXPECT_EQ(g.find("kim"), std::vector<KnowledgeGraph::Vertex>{kim});
  EXPECT_EQ(g.find("US"), std::vector<KnowledgeGraph::Vertex>{us});
  EXPECT_EQ(g.find("United States", EntityType::Country), us);
  EXPECT_FALSE(g.find("United States", EntityType::Person));
  g.add_alias(us, "Washington");
  g.add_alias(us, "Washington");
  EXPECT_EQ(g.entity(us).aliases.size(), 2u);
  EXPECT_EQ(g.find("WASHINGTON"), std::vector<KnowledgeGraph::Vertex>{us});
}

TEST(Graph, SameRelationMergesDifferentRelationsStaySeparate) {
  KnowledgeGraph g;
  const auto a = g.add_entity(entity("A", EntityType::Country));
  const auto b = g.add_entity(entity("B", EntityType::Country));
  g.add_document({"d1", "", "", "", "", "", "", "h1"});
  g.add_document({"d2", "", "", "", "", "", "", "h2"});
  g.add_relation(a, b, RelationType::Sanctions, evidence(0, 0, Modality::Planned, 0.5f));
  g.add_relation(a, b, RelationType::Sanctions, evidence(1, 5, Modality::Occurred, 0.9f));
  g.add_relation(a, b, RelationType::Sanctions, evidence(1, 5));  // the same evidence again
  g.add_relation(a, b, RelationType::DemandsFrom, evidence(0, 20));
  g.add_relation(b, a, RelationType::Sanctions, evidence(0, 30));  // the other direction is another fact
  ASSERT_EQ(g.num_relations(), 3u);
  const auto e = *g.find_relation(a, b, RelationType::Sanctions);
  EXPECT_EQ(g.relation(e).evidence_count(), 2u);
  EXPECT_EQ(g.relation(e).modality, Modality::Occurred);  // the strongest wins
  EXPECT_FLOAT_EQ(g.relation(e).confidence, 0.9f);
  EXPECT_TRUE(g.find_relation(b, a, RelationType::Sanctions));
  EXPECT_FALSE(g.find_relation(b, a, RelationType::DemandsFrom));
}

TEST(Graph, SymmetricRelationsMergeInEitherOrder) {
  KnowledgeGraph g;
  const auto a = g.add_entity(entity("A", EntityType::Person));
  const auto b = g.add_entity(entity("B", EntityType::Person));
  g.add_document({"d", "", "", "", "", "", "", ""});
  g.add_relation(b, a, RelationType::MetWith, evidence(0, 0));
  g.add_relation(a, b, RelationType::MetWith, evidence(0, 40));
  ASSERT_EQ(g.num_relations(), 1u);
  const auto e = g.sorted_edges().at(0);
  EXPECT_EQ(boost::source(e, g.graph()), a);  // stored in canonical order
  EXPECT_EQ(g.relation(e).evidence_count(), 2u);
}

TEST(Graph, HubsMergeThroughTheSmallerEnd) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto hub = g.add_entity(entity("Hub", EntityType::Country));
  std::vector<KnowledgeGraph::Vertex> people;
  for (int i = 0; i < 200; ++i) {
    people.push_back(g.add_entity(entity("P" + std::to_string(i), EntityType::Person)));
    g.add_relation(people.back(), hub, RelationType::WorksFor, evidence(0, static_cast<std::uint32_t>(i)));
  }
  for (int i = 0; i < 200; ++i)
    g.add_relation(people[i], hub, RelationType::WorksFor, evidence(0, static_cast<std::uint32_t>(1000 + i)));
  EXPECT_EQ(g.num_relations(), 200u);
  EXPECT_EQ(g.relation(*g.find_relation(people[7], hub, RelationType::WorksFor)).evidence_count(), 2u);
}

TEST(Graph, SortedEdgesAreDeterministic) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto a = g.add_entity(entity("A", EntityType::Country));
  const auto b = g.add_entity(entity("B", EntityType::Country));
  g.add_relation(b, a, RelationType::Sanctions, evidence(0, 0));
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 1));
  g.add_relation(a, b, RelationType::Sanctions, evidence(0, 2));
  const auto edges = g.sorted_edges();
  ASSERT_EQ(edges.size(), 3u);
  EXPECT_EQ(boost::source(edges[0], g.graph()), a);
  EXPECT_EQ(g.relation(edges[0]).type, RelationType::Sanctions);
  EXPECT_EQ(g.relation(edges[1]).type, RelationType::WorksFor);
  EXPECT_EQ(boost::source(edges[2], g.graph()), b);
}

TEST(Graph, DocumentIdsStayUnique) {
  KnowledgeGraph g;
  EXPECT_EQ(g.add_document({"stdin", "-", "", "", "", "", "", "h1"}), 0u);
  EXPECT_EQ(g.add_document({"stdin", "-", "", "", "", "", "", "h2"}), 1u);
  g.add_document({"stdin~3", "", "", "", "", "", "", "h3"});
  g.add_document({"stdin", "-", "", "", "", "", "", "h4"});
  std::vector<std::string> ids;
  for (const auto& d : g.documents()) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"stdin", "stdin~2", "stdin~3", "stdin~4"}));
  EXPECT_EQ(g.find_document_by_hash("h2"), 1u);
}

// --- storage: evidence chains and the CSR rebuild ---------------------------

std::vector<std::string> texts(const KnowledgeGraph& g, RelationId r) {
  std::vector<std::string> out;
  for (const EvidenceView ev : g.evidence(r)) out.emplace_back(ev.text);
  return out;
}

TEST(GraphStorage, EvidenceKeepsItsOrderWhenRelationsInterleave) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto a = g.add_entity(entity("A", EntityType::Person));
  const auto b = g.add_entity(entity("B", EntityType::Country));
  const auto c = g.add_entity(entity("C", EntityType::Country));
  const RelationId ab = g.add_relation(a, b, RelationType::WorksFor, evidence(0, 0));
  const RelationId ac = g.add_relation(a, c, RelationType::Sanctions, evidence(0, 10));
  EXPECT_EQ(g.add_relation(a, b, RelationType::WorksFor, evidence(0, 20)), ab);
  g.add_relation(a, c, RelationType::Sanctions, evidence(0, 30));
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 40));
  EXPECT_EQ(texts(g, ab), (std::vector<std::string>{"sentence 0", "sentence 20", "sentence 40"}));
  EXPECT_EQ(texts(g, ac), (std::vector<std::string>{"sentence 10", "sentence 30"}));
  EXPECT_EQ(g.evidence(ab).size(), 3u);
  EXPECT_EQ(g.num_evidence(), 5u);
}

// Evidence is appended in O(1) and duplicates are looked up per document;
// every order of additions must still drop exactly the repeated (doc, span).
TEST(GraphStorage, RepeatedEvidenceIsDroppedWhateverTheOrderOfDocuments) {
  KnowledgeGraph g;
  for (int d = 0; d < 4; ++d) g.add_document({"d" + std::to_string(d), "", "", "", "", "", "", ""});
  const auto a = g.add_entity(entity("A", EntityType::Person));
  const auto b = g.add_entity(entity("B", EntityType::Country));
  const auto c = g.add_entity(entity("C", EntityType::Country));
  const RelationId ab = g.add_relation(a, b, RelationType::WorksFor, evidence(0, 0));
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 10));
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 0));   // same document, repeated
  g.add_relation(a, c, RelationType::WorksFor, evidence(1, 0));   // another document in between
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 10));  // document 0 again: found on the chain
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 20));  // new in document 0
  g.add_relation(a, b, RelationType::WorksFor, evidence(2, 0));
  g.add_relation(a, b, RelationType::WorksFor, evidence(1, 0));   // an earlier document than the tail's
  g.add_relation(a, b, RelationType::WorksFor, evidence(0, 20));  // out of order now: the whole chain is searched
  g.add_relation(a, b, RelationType::WorksFor, evidence(2, 0));
  g.add_relation(a, b, RelationType::WorksFor, evidence(3, 0));
  EXPECT_EQ(texts(g, ab), (std::vector<std::string>{"sentence 0", "sentence 10", "sentence 20", "sentence 0",
                                                    "sentence 0", "sentence 0"}));
  std::vector<std::uint32_t> docs;
  for (const EvidenceView ev : g.evidence(ab)) docs.push_back(ev.doc);
  EXPECT_EQ(docs, (std::vector<std::uint32_t>{0, 0, 0, 2, 1, 3}));
  EXPECT_EQ(g.relation(ab).evidence_count(), 6u);
}

// Two hubs: a look-up between them indexes the built relations instead of
// scanning a hub's edges; merging must find the same relations either way.
TEST(GraphStorage, RelationsBetweenHubsMergeIntoABuiltGraph) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto us = g.add_entity(entity("US", EntityType::Country));
  const auto iran = g.add_entity(entity("Iran", EntityType::Country));
  for (std::uint32_t i = 0; i < 200; ++i) {  // both ends get a degree far above the scan limit
    const auto p = g.add_entity(entity("P" + std::to_string(i), EntityType::Person));
    g.add_relation(us, p, RelationType::Criticized, evidence(0, i));
    g.add_relation(p, iran, RelationType::Visited, evidence(0, i));
  }
  const RelationId sanctions = g.add_relation(us, iran, RelationType::Sanctions, evidence(0, 500));
  const RelationId met = g.add_relation(iran, us, RelationType::MetWith, evidence(0, 501));
  g.compact();  // built: the next look-ups go through the hash index of built relations
  EXPECT_EQ(g.add_relation(us, iran, RelationType::Sanctions, evidence(0, 502)), sanctions);
  EXPECT_EQ(g.add_relation(us, iran, RelationType::MetWith, evidence(0, 503)), met);  // symmetric: either order
  EXPECT_FALSE(g.find_relation(iran, us, RelationType::Sanctions));
  const RelationId back = g.add_relation(iran, us, RelationType::Sanctions, evidence(0, 504));
  EXPECT_EQ(back, g.num_relations() - 1);  // a new relation, found again while pending
  EXPECT_EQ(g.find_relation(iran, us, RelationType::Sanctions), back);
  const auto p7 = g.find("P7").at(0);
  EXPECT_TRUE(g.find_relation(us, p7, RelationType::Criticized));
  EXPECT_FALSE(g.find_relation(p7, us, RelationType::Criticized));
  EXPECT_TRUE(g.find_relation(p7, iran, RelationType::Visited));
  EXPECT_EQ(g.relation(sanctions).evidence_count(), 2u);
  g.compact();  // rebuilt with the new relation; the index is made again when needed
  EXPECT_EQ(g.add_relation(iran, us, RelationType::Sanctions, evidence(0, 505)), back);
  EXPECT_EQ(g.add_relation(us, iran, RelationType::Sanctions, evidence(0, 506)), sanctions);
  EXPECT_EQ(g.relation(back).evidence_count(), 2u);
  EXPECT_EQ(g.relation(sanctions).evidence_count(), 3u);
}

TEST(GraphStorage, RelationsMergeAcrossARebuildOfTheTopology) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  const auto a = g.add_entity(entity("A", EntityType::Person));
  const auto b = g.add_entity(entity("B", EntityType::Person));
  const RelationId met = g.add_relation(b, a, RelationType::MetWith, evidence(0, 0));
  EXPECT_EQ(boost::num_edges(g.graph()), 1u);  // built: the relation now lives in the CSR graph
  // Found again through the built graph, in either order (met_with is symmetric).
  EXPECT_EQ(g.add_relation(a, b, RelationType::MetWith, evidence(0, 10)), met);
  EXPECT_EQ(g.find_relation(b, a, RelationType::MetWith), met);
  // A vertex added after the build takes part in new relations.
  const auto c = g.add_entity(entity("C", EntityType::Country));
  EXPECT_FALSE(g.find_relation(a, c, RelationType::WorksFor));
  const RelationId works = g.add_relation(a, c, RelationType::WorksFor, evidence(0, 20));
  EXPECT_EQ(g.find_relation(a, c, RelationType::WorksFor), works);
  const auto& gr = g.graph();
  EXPECT_EQ(boost::num_vertices(gr), 3u);
  EXPECT_EQ(boost::num_edges(gr), 2u);
  std::vector<RelationId> out_of_a;
  for (auto [it, end] = boost::out_edges(a, gr); it != end; ++it) out_of_a.push_back(g.relation_id(*it));
  EXPECT_EQ(out_of_a, (std::vector<RelationId>{met, works}));  // in the order they were added
  EXPECT_EQ(texts(g, met), (std::vector<std::string>{"sentence 0", "sentence 10"}));
}

TEST(GraphStorage, ManyPendingRelationsMergeExactly) {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "", "", "", "", ""});
  std::vector<KnowledgeGraph::Vertex> v;
  for (int i = 0; i < 300; ++i) v.push_back(g.add_entity(entity("E" + std::to_string(i), EntityType::Country)));
  // Every (a, b, type) with a < b in a window, added twice: each pair once per type, two evidence each.
  const RelationType types[] = {RelationType::Sanctions, RelationType::DemandsFrom};
  std::size_t distinct = 0;
  for (int round = 0; round < 2; ++round)
    for (int a = 0; a < 300; ++a)
      for (int b = a + 1; b < std::min(300, a + 20); ++b)
        for (RelationType t : types) {
          g.add_relation(v[a], v[b], t, evidence(0, static_cast<std::uint32_t>(round * 1000000 + a * 1000 + b)));
          distinct += round == 0;
        }
  EXPECT_EQ(g.num_relations(), distinct);
  EXPECT_EQ(g.num_evidence(), 2 * distinct);
  for (int a = 0; a < 300; a += 37)
    for (RelationType t : types) {
      const auto r = g.find_relation(v[a], v[std::min(299, a + 5)], t);
      ASSERT_TRUE(r || a + 5 >= 300);
      if (r) {
        EXPECT_EQ(g.relation(*r).evidence_count(), 2u);
      }
      EXPECT_FALSE(g.find_relation(v[std::min(299, a + 5)], v[a], t));  // not symmetric
    }
}

TEST(GraphStorage, ACopyOwnsItsEvidence) {
  auto g = std::make_unique<KnowledgeGraph>();
  g->add_document({"d", "", "", "", "", "", "", ""});
  const auto a = g->add_entity(entity("A", EntityType::Person));
  const auto b = g->add_entity(entity("B", EntityType::Country));
  const RelationId r = g->add_relation(a, b, RelationType::WorksFor, evidence(0, 0));
  const KnowledgeGraph copy = *g;
  g.reset();
  EXPECT_EQ(texts(copy, r), (std::vector<std::string>{"sentence 0"}));
  EXPECT_EQ(copy.relation(copy.sorted_edges().at(0)).type, RelationType::WorksFor);
}

TEST(GraphStorage, StringBytesCountNamesAliasesAndSentences) {
  KnowledgeGraph g;
  EXPECT_EQ(g.string_bytes(), 0u);
  g.add_document({"d", "", "", "", "", "", "", ""});
  const std::string name(40, 'n');
  const auto a = g.add_entity(entity(name, EntityType::Person, {std::string(30, 'a'), "short"}));
  EXPECT_GE(g.string_bytes(), 41u + 31u);
  EXPECT_LT(g.string_bytes(), 200u);  // short strings live inline
  const auto b = g.add_entity(entity("B", EntityType::Country));
  EdgeEvidence ev = evidence(0, 0);
  ev.text = std::string(100, 's');
  g.add_relation(a, b, RelationType::WorksFor, ev);
  EXPECT_GE(g.string_bytes(), std::size_t{1} << 20);  // the sentences' first block
}

}  // namespace
}  // namespace kg
