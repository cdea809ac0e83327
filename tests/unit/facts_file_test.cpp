// Tests for the facts file of a shard: every field survives the round trip,
// and cut or foreign files are refused with one line naming the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/facts_file.hpp"

namespace kg {
namespace {

namespace fs = std::filesystem;

DocumentFacts sample(int n) {
  DocumentFacts f;
  f.doc = {"doc" + std::to_string(n), "in/doc", "Title", "2020-01-02", "https://x.example", "Ann", "Site",
           "00000000000000a" + std::to_string(n)};
  f.entities = {{"Kim Jong Un", EntityType::Person, {"Kim", "Chairman Kim"}, 3},
                {"United States", EntityType::Country, {}, 1}};
  Fact x;
  x.subject = 0;
  x.object = 1;
  x.relation = RelationType::DemandsFrom;
  x.what = "security guarantees";
  x.role = "";
  x.subject_span = {3, 14};
  x.object_span = {40, 53};
  x.evidence = {f.doc.id, 2, {0, 60}, "Kim demanded guarantees from the United States.", Modality::Planned, 0.85f,
                "demand.verb"};
  f.facts = {x};
  return f;
}

std::string facts_bytes() {
  std::ostringstream out;
  FactsHeader h;
  h.shard = 1;
  h.shards = 3;
  h.inputs = {"corpus", "more.jsonl"};
  h.data_version = "0123456789abcdef";
  h.options = "min-confidence=0";
  FactsWriter w(out, h);
  w.add(1, sample(1));
  w.add(4, sample(4));
  w.finish(6, "fedcba9876543210");
  return out.str();
}

struct TempFile {
  std::string path;
  TempFile(const std::string& name, const std::string& bytes)
      : path((fs::temp_directory_path() / (name + std::to_string(::getpid()))).string()) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempFile() { fs::remove(path); }
};

TEST(FactsFile, RoundTripKeepsEveryField) {
  const TempFile file("kg_facts_test", facts_bytes());
  FactsReader r(file.path);
  EXPECT_EQ(r.header().shard, 1u);
  EXPECT_EQ(r.header().shards, 3u);
  EXPECT_EQ(r.header().inputs, (std::vector<std::string>{"corpus", "more.jsonl"}));
  EXPECT_EQ(r.header().data_version, "0123456789abcdef");
  EXPECT_EQ(r.trailer().documents, 6u);
  EXPECT_EQ(r.trailer().records, 2u);
  EXPECT_EQ(r.trailer().corpus, "fedcba9876543210");
  std::uint64_t seq = 0;
  DocumentFacts f;
  for (int want : {1, 4}) {
    ASSERT_TRUE(r.next(seq, f));
    EXPECT_EQ(seq, static_cast<std::uint64_t>(want));
    const DocumentFacts s = sample(want);
    EXPECT_EQ(f.doc.id, s.doc.id);
    EXPECT_EQ(f.doc.hash, s.doc.hash);
    EXPECT_EQ(f.doc.author, "Ann");
    ASSERT_EQ(f.entities.size(), 2u);
    EXPECT_EQ(f.entities[0].aliases, s.entities[0].aliases);
    EXPECT_EQ(f.entities[0].mentions, 3u);
    EXPECT_EQ(f.entities[1].type, EntityType::Country);
    ASSERT_EQ(f.facts.size(), 1u);
    EXPECT_EQ(f.facts[0].relation, RelationType::DemandsFrom);
    EXPECT_EQ(f.facts[0].what, "security guarantees");
    EXPECT_EQ(f.facts[0].object_span, (Span{40, 53}));
    EXPECT_EQ(f.facts[0].evidence.text, s.facts[0].evidence.text);
    EXPECT_EQ(f.facts[0].evidence.modality, Modality::Planned);
    EXPECT_FLOAT_EQ(f.facts[0].evidence.confidence, 0.85f);
    EXPECT_EQ(f.facts[0].evidence.rule, "demand.verb");
  }
  EXPECT_FALSE(r.next(seq, f));
}

TEST(FactsFile, CutOrForeignFilesAreRefusedNamingTheFile) {
  const std::string bytes = facts_bytes();
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, std::size_t{40}, bytes.size() - 30, bytes.size() - 1}) {
    const TempFile file("kg_facts_cut", bytes.substr(0, cut));
    try {
      FactsReader r(file.path);
      std::uint64_t seq = 0;
      DocumentFacts f;
      while (r.next(seq, f)) {
      }
      ADD_FAILURE() << "cut at " << cut << " was read";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()).rfind(file.path + ": ", 0), 0u) << e.what();
    }
  }
  // A record cut out of the middle (the trailer intact) is found too.
  std::string gap = bytes;
  gap.erase(bytes.size() / 2, 10);
  const TempFile file("kg_facts_gap", gap);
  EXPECT_THROW(
      {
        FactsReader r(file.path);
        std::uint64_t seq = 0;
        DocumentFacts f;
        while (r.next(seq, f)) {
        }
      },
      Error);
}

}  // namespace
}  // namespace kg
