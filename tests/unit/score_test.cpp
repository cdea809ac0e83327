// Tests for gold scoring: the rules of kgscore.py's score_doc, case by case,
// and gold.jsonl parsing with per-file grouping.
#include <gtest/gtest.h>

#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "kg/score.hpp"
#include "kg/store.hpp"

namespace kg {
namespace {

using V = KnowledgeGraph::Vertex;

V add(KnowledgeGraph& g, std::string name, EntityType type, std::vector<std::string> aliases = {}) {
  Entity e;
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  return g.add_entity(std::move(e));
}

void relate(KnowledgeGraph& g, V s, V t, RelationType r) { g.add_relation(s, t, r, Modality::Occurred, 1.0f); }

// Kim and Biegun, the U.S. and North Korea, as in the seeds.
GoldUnit sample_gold() {
  return parse_gold(
      R"({"doc": "a.txt", "entities": [)"
      R"({"name": "Kim Jong Un", "type": "PERSON", "aliases": ["Kim Jong-un", "Kim", "North Korean leader"]},)"
      R"({"name": "Stephen Biegun", "type": "PERSON", "aliases": ["Biegun"]},)"
      R"({"name": "United States", "type": "COUNTRY", "aliases": ["U.S.", "Washington"]},)"
      R"({"name": "North Korea", "type": "COUNTRY", "aliases": ["Pyongyang", "the North"]}],)"
      R"( "relations": [)"
      R"({"relation": "demands_from", "source": "Kim Jong Un", "target": "United States"},)"
      R"({"relation": "works_for", "source": "Stephen Biegun", "target": "United States", "optional": false},)"
      R"({"relation": "met_with", "source": "Stephen Biegun", "target": "Kim Jong Un"},)"
      R"({"relation": "leader_of", "source": "Kim Jong Un", "target": "North Korea", "optional": true},)"
      R"({"relation": "visited", "source": "Stephen Biegun", "target": "North Korea", "optional": true}]})"
      "\n",
      "gold.jsonl")
      .at(0);
}

TEST(Score, PerfectGraphScoresOne) {
  KnowledgeGraph g;
  const V kim = add(g, "Kim Jong-un", EntityType::Person);  // spelling variant of the canonical name
  const V biegun = add(g, "Biegun", EntityType::Person);      // alias only
  const V us = add(g, "Washington", EntityType::Country);
  const V nk = add(g, "the North", EntityType::Country);
  relate(g, kim, us, RelationType::DemandsFrom);
  relate(g, biegun, us, RelationType::WorksFor);
  relate(g, kim, biegun, RelationType::MetWith);  // symmetric: either order matches
  relate(g, kim, nk, RelationType::LeaderOf);     // optional: neither tp nor fp
  relate(g, biegun, nk, RelationType::Visited);   // unscored type: ignored

  const UnitScore s = score_graph(sample_gold(), g);
  EXPECT_EQ(s.entities.tp, 4u);
  EXPECT_EQ(s.entities.fp, 0u);
  EXPECT_EQ(s.entities.fn, 0u);
  EXPECT_EQ(s.relations.at("demands_from").tp, 1u);
  EXPECT_EQ(s.relations.at("works_for").tp, 1u);
  EXPECT_EQ(s.relations.at("met_with").tp, 1u);
  EXPECT_FALSE(s.relations.contains("leader_of"));
  EXPECT_TRUE(s.missed.empty());
  EXPECT_TRUE(s.spurious.empty());
}

TEST(Score, WrongDirectionIsAMissAndASpurious) {
  KnowledgeGraph g;
  const V kim = add(g, "Kim Jong Un", EntityType::Person);
  const V us = add(g, "United States", EntityType::Country);
  relate(g, us, kim, RelationType::DemandsFrom);
  const UnitScore s = score_graph(sample_gold(), g);
  const Counts& c = s.relations.at("demands_from");
  EXPECT_EQ(c.tp, 0u);
  EXPECT_EQ(c.fp, 1u);
  EXPECT_EQ(c.fn, 1u);
  EXPECT_EQ(s.spurious, std::vector<std::string>{"demands_from(United States, Kim Jong Un)"});
  EXPECT_NE(std::find(s.missed.begin(), s.missed.end(), "demands_from(Kim Jong Un, United States)"), s.missed.end());
}

TEST(Score, UnmappedEndsAreFalsePositives) {
  KnowledgeGraph g;
  const V kim = add(g, "Kim Jong Un", EntityType::Person);
  const V moon = add(g, "Moon Jae-in", EntityType::Person);
  relate(g, kim, moon, RelationType::MetWith);
  relate(g, moon, kim, RelationType::Sanctions);
  const UnitScore s = score_graph(sample_gold(), g);
  EXPECT_EQ(s.relations.at("met_with").fp, 1u);
  EXPECT_EQ(s.relations.at("met_with").fn, 1u);
  EXPECT_EQ(s.relations.at("sanctions").fp, 1u);
  ASSERT_EQ(s.spurious.size(), 2u);
  EXPECT_EQ(s.spurious[0], "met_with(Kim Jong Un, Moon Jae-in) [ends not in gold]");
  EXPECT_EQ(s.entity_spurious, std::vector<std::string>{"Moon Jae-in [PERSON]"});
}

TEST(Score, EntityTypeMustMatchAndFirstNodeWins) {
  KnowledgeGraph g;
  add(g, "Pyongyang", EntityType::Location);  // resolves to North Korea, wrong type
  add(g, "North Korea", EntityType::Country);
  add(g, "DPRK", EntityType::Country, {"North Korea"});  // second claim on the same gold entity
  const UnitScore s = score_graph(sample_gold(), g);
  EXPECT_EQ(s.entities.tp, 1u);
  EXPECT_EQ(s.entities.fp, 2u);
  EXPECT_EQ(s.entities.fn, 3u);
  ASSERT_EQ(s.entity_spurious.size(), 2u);
  EXPECT_EQ(s.entity_spurious[0], "Pyongyang [LOCATION] ~ North Korea [COUNTRY]");
  EXPECT_EQ(s.entity_spurious[1], "DPRK [COUNTRY] ~ North Korea [COUNTRY]");
}

TEST(Score, CanonicalNameBeatsAnAliasAndAmbiguousAliasesMapNowhere) {
  GoldUnit gold = parse_gold(
      R"({"doc": "b.txt", "entities": [)"
      R"({"name": "Kim Jong Un", "type": "PERSON", "aliases": ["Kim"]},)"
      R"({"name": "Kim Yong Chol", "type": "PERSON", "aliases": ["Kim"]},)"
      R"({"name": "Kim Yo Jong", "type": "PERSON", "aliases": ["Kim Jong Un's sister"]}], "relations": []})",
      "g")
                      .at(0);
  KnowledgeGraph g;
  add(g, "Kim", EntityType::Person);                                  // ambiguous alias: no match
  add(g, "Kim Jong Un's sister", EntityType::Person, {"Kim Yong Chol"});  // the canonical name wins
  const UnitScore s = score_graph(gold, g);
  EXPECT_EQ(s.entities.tp, 1u);
  EXPECT_EQ(s.entity_spurious, std::vector<std::string>{"Kim [PERSON]"});
  EXPECT_EQ(s.entity_missed, (std::vector<std::string>{"Kim Jong Un [PERSON]", "Kim Yo Jong [PERSON]"}));
}

TEST(Score, OptionalAlsoStatedPlainlyStaysScored) {
  GoldUnit gold = sample_gold();
  gold.relations.push_back({"leader_of", "Kim Jong Un", "North Korea", false});
  KnowledgeGraph g;
  const V kim = add(g, "Kim", EntityType::Person);
  const V nk = add(g, "North Korea", EntityType::Country);
  relate(g, kim, nk, RelationType::LeaderOf);
  const UnitScore s = score_graph(gold, g);
  EXPECT_EQ(s.relations.at("leader_of").tp, 1u);
}

TEST(Score, CountsGiveTheScorersRatios) {
  const Counts c{3, 1, 2};
  EXPECT_DOUBLE_EQ(c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.recall(), 0.6);
  EXPECT_NEAR(c.f1(), 2 * 0.75 * 0.6 / 1.35, 1e-12);
  EXPECT_EQ(Counts{}.f1(), 0.0);
}

TEST(Gold, GroupsFeedItemsPerFileAndKeepsTheFirstEntityListing) {
  const auto units = parse_gold(
      R"({"doc": "z.rss#1", "entities": [{"name": "Iran", "type": "COUNTRY", "aliases": ["Tehran"]}], "relations": []})"
      "\n\n"
      R"({"doc": "a.txt", "entities": [], "relations": []})"
      "\n"
      R"({"doc": "z.rss#2", "entities": [{"name": "Iran", "type": "COUNTRY", "aliases": []},)"
      R"( {"name": "Oman", "type": "COUNTRY"}], "relations": [{"relation": "met_with", "source": "Iran", "target": "Oman"}]})"
      "\n",
      "gold.jsonl");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].unit, "a.txt");
  EXPECT_EQ(units[1].unit, "z.rss");
  ASSERT_EQ(units[1].entities.size(), 2u);
  EXPECT_EQ(units[1].entities[0].aliases, std::vector<std::string>{"Tehran"});
  ASSERT_EQ(units[1].relations.size(), 1u);
  EXPECT_FALSE(units[1].relations[0].optional);
}

TEST(Gold, BadLinesNameTheFileAndLine) {
  try {
    parse_gold("{\"doc\": \"a.txt\", \"entities\": [], \"relations\": []}\n{\"doc\": 3}\n", "gold.jsonl");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "gold.jsonl:2: \"doc\" is not a string");
  }
  EXPECT_THROW(parse_gold("{\"doc\": \"a\", \"entities\": [}\n", "g"), Error);
  EXPECT_THROW(parse_gold("{\"doc\": \"a\", \"entities\": []}\n", "g"), Error);  // no relations
}

TEST(Evaluate, AFailedBuildCountsEveryGoldItemAsMissed) {
  const std::vector<GoldUnit> gold{sample_gold()};
  const EvalResult r = evaluate(gold, "/corpus", [](const std::string& path) -> KnowledgeGraph {
    throw Error(path + ": cannot open");
  });
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0], "a.txt: /corpus/a.txt: cannot open");
  EXPECT_EQ(r.relation_micro.fn, 3u);
  EXPECT_EQ(r.entities.fn, 4u);
}

// A graph made from the gold with deterministic damage: entities dropped,
// renamed to an alias, retyped or duplicated; relations dropped, reversed or
// left dangling; one junk entity and one spurious edge.
KnowledgeGraph damaged_gold_graph(const GoldUnit& gold) {
  KnowledgeGraph g;
  std::map<std::string, V> vertex_of;
  const V junk = add(g, "Zzyzx Holdings", EntityType::Organization);
  for (std::size_t i = 0; i < gold.entities.size(); ++i) {
    const GoldEntity& e = gold.entities[i];
    if (i % 7 == 3) continue;
    const std::string name = !e.aliases.empty() && i % 2 == 1 ? e.aliases[i % e.aliases.size()] : e.name;
    EntityType type = parse_entity_type(e.type).value_or(EntityType::Event);
    if (i % 11 == 5) type = type == EntityType::Location ? EntityType::Person : EntityType::Location;
    vertex_of[e.name] = add(g, name, type);
    if (i % 13 == 6) add(g, e.name, type);
  }
  for (std::size_t j = 0; j < gold.relations.size(); ++j) {
    const GoldRelation& r = gold.relations[j];
    const auto type = parse_relation_type(r.relation);
    if (!type || j % 5 == 2) continue;
    const auto end = [&](const std::string& n) { return vertex_of.contains(n) ? vertex_of[n] : junk; };
    V s = end(r.source), t = end(r.target);
    if (j % 9 == 4) std::swap(s, t);
    relate(g, s, t, *type);
  }
  if (g.num_entities() > 2) relate(g, 1, 2, RelationType::LeaderOf);
  return g;
}

TEST(Score, AgreesWithKgscoreOnDamagedGoldGraphs) {
  namespace fs = std::filesystem;
  const std::string shared = KG_SHARED_DIR;
  const std::string gold_path = shared + "/corpus/dev/gold.jsonl", scorer = shared + "/tools/kgscore.py";
  if (!fs::exists(gold_path) || !fs::exists(scorer) || !fs::exists("/usr/bin/python3"))
    GTEST_SKIP() << "../shared or /usr/bin/python3 not present";
  const fs::path dir = fs::temp_directory_path() / ("kg_score_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);

  const auto units = read_gold(gold_path);
  ASSERT_GT(units.size(), 20u);
  EvalResult mine = evaluate(units, "", [&](const std::string& path) {
    const std::string unit = path.substr(1);  // corpus_dir "" gives "/UNIT"
    const auto& gold = *std::find_if(units.begin(), units.end(), [&](const GoldUnit& u) { return u.unit == unit; });
    KnowledgeGraph g = damaged_gold_graph(gold);
    save_graph(g, (dir / (unit + ".json")).string());
    return g;
  });
  ASSERT_TRUE(mine.failures.empty());

  const fs::path out = dir / "python.json";
  const std::string cmd = "/usr/bin/python3 " + std::string(KG_TEST_DATA_DIR) + "/score/kgscore_graphs.py '" + scorer +
                          "' '" + gold_path + "' '" + dir.string() + "' '" + out.string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  rapidjson::Document py;
  py.Parse(read_file(out.string()).c_str());
  fs::remove_all(dir);
  ASSERT_TRUE(py.IsObject());

  const auto expect_counts = [](const rapidjson::Value& v, const Counts& c, const std::string& what) {
    EXPECT_EQ(v[0].GetUint64(), c.tp) << what;
    EXPECT_EQ(v[1].GetUint64(), c.fp) << what;
    EXPECT_EQ(v[2].GetUint64(), c.fn) << what;
  };
  expect_counts(py["entities"], mine.entities, "entities");
  EXPECT_GT(mine.entities.tp, 300u);  // the damage leaves most, not all, right
  EXPECT_GT(mine.entities.fp, 30u);
  const auto& rels = py["relations"];
  EXPECT_EQ(rels.MemberCount(), mine.relations.size());
  for (const auto& [rel, c] : mine.relations) {
    ASSERT_TRUE(rels.HasMember(rel.c_str())) << rel;
    expect_counts(rels[rel.c_str()], c, rel);
  }
  EXPECT_GT(mine.relation_micro.tp, 200u);
  EXPECT_GT(mine.relation_micro.fp, 20u);
  EXPECT_GT(mine.relation_micro.fn, 50u);
}

}  // namespace
}  // namespace kg
