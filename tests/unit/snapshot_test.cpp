// Tests for the binary snapshot (.kgb): exact round trip through the tables,
// growth after loading, and one-line errors for cut and corrupt files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/snapshot.hpp"
#include "kg/store.hpp"
#include "node_link_text.hpp"

namespace kg {
namespace {

namespace fs = std::filesystem;

EdgeEvidence evidence(std::uint32_t doc, std::uint32_t begin, const char* rule) {
  EdgeEvidence ev;
  ev.doc = doc;
  ev.sentence = begin / 10;
  ev.span = {begin, begin + 9};
  ev.text = "sentence " + std::to_string(doc) + "/" + std::to_string(begin);
  ev.modality = begin % 20 ? Modality::Occurred : Modality::Planned;
  ev.confidence = 0.5f + static_cast<float>(begin % 7) / 20;
  ev.rule = rule;
  return ev;
}

KnowledgeGraph sample() {
  KnowledgeGraph g;
  g.add_document({"a.txt", "in/a.txt", "Title A", "2019-10-16", "https://x.example/a", "Ann", "X", "h1"});
  g.add_document({"b.txt", "in/b.txt", "", "", "", "", "", "h2"});
  std::vector<KnowledgeGraph::Vertex> v;
  for (int i = 0; i < 6; ++i) {
    Entity e;
    e.name = "Entity " + std::to_string(i);
    e.type = i % 2 ? EntityType::Country : EntityType::Person;
    e.aliases = {"E" + std::to_string(i)};
    v.push_back(g.add_entity(e));
    g.add_mentions(v.back(), 2, static_cast<std::uint32_t>(i % 2));
  }
  for (std::uint32_t d = 0; d < 2; ++d)
    for (std::uint32_t k = 0; k < 8; ++k)
      g.add_relation(v[k % 3], v[3 + k % 3], k % 2 ? RelationType::WorksFor : RelationType::MetWith,
                     evidence(d, k * 10, k % 2 ? "role.apposition" : "meet.verb"), "", k % 2 ? "envoy" : "");
  return g;
}

std::string snapshot_bytes(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_snapshot(g, out);
  return out.str();
}

struct TempDir {
  fs::path dir = fs::temp_directory_path() / ("kg_snapshot_test_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(dir); }
  ~TempDir() { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& bytes) const {
    const auto p = (dir / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
};

TEST(Snapshot, RoundTripIsExactAndLoadGraphRecognisesIt) {
  const KnowledgeGraph g = sample();
  TempDir t;
  const auto path = t.write("graph.bin", snapshot_bytes(g));  // no .kgb: told by its magic
  const KnowledgeGraph back = load_graph(path);
  EXPECT_EQ(test::node_link_text(back), test::node_link_text(g));
  EXPECT_EQ(back.num_evidence(), g.num_evidence());
  EXPECT_EQ(back.find("E4"), g.find("E4"));
  EXPECT_TRUE(back.find_document_by_hash("h2"));
}

TEST(Snapshot, LoadedGraphGrowsLikeTheOriginal) {
  KnowledgeGraph g = sample();
  TempDir t;
  KnowledgeGraph back = load_snapshot(t.write("g.kgb", snapshot_bytes(g)));
  for (KnowledgeGraph* x : {&g, &back}) {
    const auto d = x->add_document({"c.txt", "", "", "", "", "", "", "h3"});
    x->add_relation(0, 3, RelationType::MetWith, evidence(d, 5, "meet.verb"));
    x->add_relation(0, 3, RelationType::MetWith, evidence(d, 5, "meet.verb"));  // repeated: dropped
    x->add_relation(1, 5, RelationType::Sanctions, evidence(d, 15, "sanction.verb"));
    x->add_alias(2, "Entity 2");   // already its name: no-op
    x->add_alias(2, "Second One");
    Entity fresh;
    fresh.name = "Entity 6";
    x->add_entity(fresh);
  }
  EXPECT_EQ(test::node_link_text(back), test::node_link_text(g));
  // The name index answers from the loaded keys and the added ones alike,
  // and a snapshot of the grown graph holds both.
  for (const KnowledgeGraph* x : {&g, &back}) {
    EXPECT_EQ(x->find("entity 2"), std::vector<KnowledgeGraph::Vertex>{2});
    EXPECT_EQ(x->find("SECOND ONE"), std::vector<KnowledgeGraph::Vertex>{2});
    EXPECT_EQ(x->find("E6"), std::vector<KnowledgeGraph::Vertex>{});
    EXPECT_EQ(x->find("Entity 6"), std::vector<KnowledgeGraph::Vertex>{6});
  }
  const KnowledgeGraph again = load_snapshot(t.write("again.kgb", snapshot_bytes(back)));
  EXPECT_EQ(again.find("Second One"), std::vector<KnowledgeGraph::Vertex>{2});
  EXPECT_EQ(again.find("E5"), std::vector<KnowledgeGraph::Vertex>{5});
  EXPECT_EQ(test::node_link_text(again), test::node_link_text(g));
}

TEST(Snapshot, CutWrongVersionAndForeignFilesAreOneLineErrorsNamingTheFile) {
  const std::string bytes = snapshot_bytes(sample());
  TempDir t;
  const auto expect_error = [&](const std::string& name, const std::string& content, const std::string& what) {
    const auto path = t.write(name, content);
    try {
      load_snapshot(path);
      ADD_FAILURE() << name << " loaded";
    } catch (const Error& e) {
      const std::string msg = e.what();
      EXPECT_EQ(msg.rfind(path + ": ", 0), 0u) << msg;
      EXPECT_NE(msg.find(what), std::string::npos) << msg;
      EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
    }
  };
  for (std::size_t cut : {std::size_t{0}, std::size_t{7}, std::size_t{20}, bytes.size() / 2, bytes.size() - 1})
    expect_error("cut" + std::to_string(cut) + ".kgb", bytes.substr(0, cut), cut < 8 ? "not a kg graph snapshot" : "truncated");
  std::string v2 = bytes;
  v2[8] = 2;
  expect_error("v2.kgb", v2, "graph snapshot version 2; this kg reads version 1");
  expect_error("json.kgb", "{\"nodes\": []}", "not a kg graph snapshot");
}

TEST(Snapshot, EveryCorruptByteIsAnErrorOrAGraphNeverACrash) {
  const std::string bytes = snapshot_bytes(sample());
  TempDir t;
  std::size_t refused = 0;
  for (std::size_t at = 16; at + 16 < bytes.size(); ++at) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0xA5);
    try {
      const KnowledgeGraph g = load_snapshot(t.write("bad.kgb", bad));
      for (RelationId r = 0; r < g.num_relations(); ++r)
        for (const EvidenceView ev : g.evidence(r)) EXPECT_LT(ev.doc, g.documents().size());
    } catch (const Error&) {
      ++refused;
    }
  }
  EXPECT_GT(refused, bytes.size() / 4);  // sizes, counts, indices and type numbers are all checked
}

}  // namespace
}  // namespace kg
