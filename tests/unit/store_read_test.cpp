// Tests for the streaming node-link reader: key order, "edges", skipped keys,
// every error class with its position, and load_graph (file) = parse_node_link (string).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/stat.h>

#include "kg/error.hpp"
#include "kg/store.hpp"
#include "node_link_text.hpp"

namespace kg {
namespace {

std::string error_of(const std::string& json, const std::string& name = "g.json") {
  try {
    parse_node_link(json, name);
  } catch (const Error& e) {
    return e.what();
  }
  return "(accepted)";
}

// The three parts of a hand-written file: documents a.txt, b.txt in
// "graph"; nodes and evidence also name x.txt, y.txt, z.txt (auto-added).
const std::string kGraph =
    R"({"format": "kg-node-link", "version": 1, "documents": [)"
    R"({"id": "a.txt", "title": "A", "date": "2019-01-02", "url": "https://a.example/"}, {"id": "b.txt", "title": "B"}]})";
const std::string kNodes =
    R"([{"id": "kim", "label": "Kim Jong Un", "type": "person", "aliases": ["Kim", "Kim Jong-un"], "mentions": 3,)"
    R"( "documents": ["b.txt", "x.txt", "a.txt"]},)"
    R"( {"id": 7, "type": "COUNTRY", "documents": ["y.txt"]}])";
const std::string kLinks =
    R"([{"source": "kim", "target": "7", "relation": "demands_from", "what": "guarantees", "evidence": [)"
    R"({"doc": "z.txt", "sentence": 2, "start": 5, "end": 9, "text": "Kim demanded.", "modality": "planned",)"
    R"( "confidence": 0.5, "rule": "demand.verb"}, {"doc": "a.txt", "sentence": 1}]},)"
    R"( {"source": 7, "target": "kim", "relation": "met_with", "modality": "hypothetical", "confidence": 0.25}])";

std::string file_with(const std::vector<std::pair<std::string, std::string>>& members) {
  std::string out = "{";
  for (const auto& [key, value] : members) out += (out.size() > 1 ? ", \"" : "\"") + key + "\": " + value;
  return out + "}";
}

void expect_sample_values(const KnowledgeGraph& g, const std::string& label) {
  ASSERT_EQ(g.documents().size(), 5u) << label;
  const char* ids[] = {"a.txt", "b.txt", "x.txt", "y.txt", "z.txt"};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(g.documents()[i].id, ids[i]) << label;
  EXPECT_EQ(g.documents()[0].title, "A") << label;
  EXPECT_EQ(g.documents()[0].date, "2019-01-02") << label;
  EXPECT_EQ(g.documents()[0].url, "https://a.example/") << label;
  EXPECT_EQ(g.documents()[1].title, "B") << label;
  EXPECT_EQ(g.documents()[4].title, "") << label;
  ASSERT_EQ(g.num_entities(), 2u) << label;
  const Entity& kim = g.entity(0);
  EXPECT_EQ(kim.name, "Kim Jong Un") << label;
  EXPECT_EQ(kim.type, EntityType::Person) << label;
  EXPECT_EQ(kim.aliases, (std::vector<std::string>{"Kim", "Kim Jong-un"})) << label;
  EXPECT_EQ(kim.mentions, 3u) << label;
  EXPECT_EQ(kim.documents, (std::vector<std::uint32_t>{0, 1, 2})) << label;
  const Entity& seven = g.entity(1);
  EXPECT_EQ(seven.name, "7") << label;  // label falls back to the id
  EXPECT_EQ(seven.type, EntityType::Country) << label;
  EXPECT_EQ(seven.documents, (std::vector<std::uint32_t>{3})) << label;
  EXPECT_EQ(g.num_relations(), 2u) << label;
  const auto demand = g.find_relation(0, 1, RelationType::DemandsFrom);
  ASSERT_TRUE(demand) << label;
  EXPECT_EQ(g.relation(*demand).modality, Modality::Occurred) << label;  // the strongest of planned, occurred
  EXPECT_EQ(std::string_view(g.relation(*demand).what), "guarantees") << label;
  const auto met = g.find_relation(1, 0, RelationType::MetWith);
  ASSERT_TRUE(met) << label;
  EXPECT_EQ(g.relation(*met).modality, Modality::Hypothetical) << label;
  EXPECT_FLOAT_EQ(g.relation(*met).confidence, 0.25f) << label;
  // The evidence as written back: z.txt is document 4 and keeps its fields.
  const std::string json = test::node_link_text(g);
  EXPECT_NE(json.find(R"("doc": "z.txt",)" "\n" R"(     "sentence": 2,)"), std::string::npos) << label << json;
  EXPECT_NE(json.find(R"("rule": "demand.verb")"), std::string::npos) << label;
  EXPECT_NE(json.find(R"("doc": "a.txt",)" "\n" R"(     "title": "A",)"), std::string::npos) << label;
}

TEST(StoreRead, KeyOrderDoesNotMatter) {
  const std::string canonical = test::node_link_text(parse_node_link(
      file_with({{"directed", "true"}, {"multigraph", "true"}, {"graph", kGraph}, {"nodes", kNodes}, {"links", kLinks}}),
      "canonical"));
  const struct {
    const char* label;
    std::vector<std::pair<std::string, std::string>> members;
  } cases[] = {
      {"graph nodes links", {{"graph", kGraph}, {"nodes", kNodes}, {"links", kLinks}}},
      {"links first", {{"links", kLinks}, {"graph", kGraph}, {"nodes", kNodes}}},
      {"graph last", {{"nodes", kNodes}, {"links", kLinks}, {"graph", kGraph}}},
      {"graph between", {{"nodes", kNodes}, {"graph", kGraph}, {"links", kLinks}}},
      {"links nodes graph", {{"links", kLinks}, {"nodes", kNodes}, {"graph", kGraph}}},
      {"graph links nodes", {{"graph", kGraph}, {"links", kLinks}, {"nodes", kNodes}}},
      {"edges", {{"directed", "true"}, {"graph", kGraph}, {"nodes", kNodes}, {"edges", kLinks}}},
      {"edges first", {{"edges", kLinks}, {"nodes", kNodes}, {"graph", kGraph}, {"multigraph", "true"}}},
  };
  for (const auto& c : cases) {
    const KnowledgeGraph g = parse_node_link(file_with(c.members), c.label);
    expect_sample_values(g, c.label);
    EXPECT_EQ(test::node_link_text(g), canonical) << c.label;
  }
}

TEST(StoreRead, NoGraphKeyAutoAddsEveryDocument) {
  const KnowledgeGraph g = parse_node_link(file_with({{"links", kLinks}, {"nodes", kNodes}}), "g.json");
  ASSERT_EQ(g.documents().size(), 5u);
  const char* ids[] = {"b.txt", "x.txt", "a.txt", "y.txt", "z.txt"};  // in node order, then by evidence
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(g.documents()[i].id, ids[i]);
  EXPECT_EQ(g.documents()[2].title, "");
  EXPECT_EQ(g.entity(0).documents, (std::vector<std::uint32_t>{0, 1, 2}));
}

TEST(StoreRead, IntegerAndStringIdsAreTheSameIds) {
  // Ids 0, 1 (positions: kg's own files) then others: both lookups agree.
  const std::string json = R"({"nodes": [{"id": 0, "type": "PERSON"}, {"id": "1", "type": "PERSON"},
      {"id": "x", "type": "COUNTRY"}, {"id": 99, "type": "COUNTRY"}, {"id": -5, "type": "EVENT"}],
    "links": [{"source": "0", "target": 1, "relation": "works_for"}, {"source": 1, "target": "x", "relation": "visited"},
              {"source": "99", "target": -5, "relation": "testified_at"}, {"source": -5, "target": 0, "relation": "criticized"}]})";
  const KnowledgeGraph g = parse_node_link(json, "g.json");
  ASSERT_EQ(g.num_entities(), 5u);
  EXPECT_EQ(g.entity(2).name, "x");
  EXPECT_EQ(g.entity(4).name, "-5");
  EXPECT_EQ(g.num_relations(), 4u);
  EXPECT_TRUE(g.find_relation(0, 1, RelationType::WorksFor));
  EXPECT_TRUE(g.find_relation(1, 2, RelationType::Visited));
  EXPECT_TRUE(g.find_relation(3, 4, RelationType::TestifiedAt));
  EXPECT_TRUE(g.find_relation(4, 0, RelationType::Criticized));
}

TEST(StoreRead, UnknownKeysAndNestedValuesAreSkipped) {
  const std::string json = R"({"x": {"nodes": 5, "links": [{"links": 1}], "graph": {"version": 99}},
    "directed": true, "multigraph": true,
    "graph": {"meta": {"version": 99, "documents": [1]}, "name": [[[]]],
              "documents": [{"id": "a", "extra": [1, {"x": 2}], "title": null}]},
    "nodes": [{"id": 1, "type": "PERSON", "attrs": {"type": "bogus", "id": [1, 2]},
               "aliases": [{"x": 1}, "K", 3, ["L"]], "documents": "a", "pos": [0.5, 0.5]}],
    "links": [{"source": 1, "target": 1, "relation": "met_with", "key": "met_with", "data": {"evidence": [1]},
               "evidence": [{"doc": "a", "extra": {"doc": 5}, "title": 3}]}]})";
  const KnowledgeGraph g = parse_node_link(json, "g.json");
  ASSERT_EQ(g.documents().size(), 1u);
  EXPECT_EQ(g.documents()[0].id, "a");
  EXPECT_EQ(g.documents()[0].title, "");
  ASSERT_EQ(g.num_entities(), 1u);
  EXPECT_EQ(g.entity(0).name, "1");
  EXPECT_EQ(g.entity(0).aliases, std::vector<std::string>{"K"});
  EXPECT_TRUE(g.entity(0).documents.empty());  // "documents" that is not an array is ignored
  EXPECT_EQ(g.num_relations(), 1u);
  EXPECT_TRUE(g.find_relation(0, 0, RelationType::MetWith));
}

TEST(StoreRead, LinkModalityIsCheckedOnlyWithoutEvidence) {
  const std::string nodes = R"([{"id": 0, "type": "PERSON"}, {"id": 1, "type": "PERSON"}])";
  // With evidence the link's own modality and confidence are not used (as the DOM reader did).
  const KnowledgeGraph g = parse_node_link(
      file_with({{"nodes", nodes},
                 {"links", R"([{"source": 0, "target": 1, "relation": "met_with", "modality": "bogus",)"
                           R"( "confidence": "high", "evidence": [{"doc": "d", "modality": "planned"}]}])"}}),
      "g.json");
  EXPECT_EQ(g.relation(*g.find_relation(0, 1, RelationType::MetWith)).modality, Modality::Planned);
  EXPECT_NE(error_of(file_with({{"nodes", nodes},
                                {"links", R"([{"source": 0, "target": 1, "relation": "met_with", "modality": "bogus"}])"}}))
                .find("link 0: unknown modality 'bogus'"),
            std::string::npos);
  EXPECT_NE(error_of(file_with({{"nodes", nodes},
                                {"links", R"([{"source": 0, "target": 1, "relation": "met_with", "confidence": "high"}])"}}))
                .find("link 0: \"confidence\" is not a number"),
            std::string::npos);
}

TEST(StoreRead, EveryErrorIsOneLineWithFileAndPosition) {
  const std::string deep = "{\"x\": " + std::string(100, '[') + std::string(100, ']') + "}";
  const struct {
    std::string json, message;
  } cases[] = {
      // JSON syntax and encoding
      {"", "g.json:1:1: empty file"},
      {"  \n ", "g.json:2:2: empty file"},
      {R"({"nodes": [{"id": 1)", "g.json:1:20: invalid JSON: Missing a comma or '}'"},
      {"{\"nodes\": [{\"id\": \"a\xff\"}]}", "g.json:1:21: invalid JSON: Invalid encoding in string"},
      {"{\"nodes\": [], \"links\": []} x", "g.json:1:28: invalid JSON: The document root must not be followed"},
      {std::string("{\"nodes\": [\0]}", 14), "g.json:1:12: invalid JSON"},
      {deep, "g.json:1:70: nesting deeper than 64 levels"},
      // the top level
      {"[]", "g.json: not a node-link graph (top level is not an object)"},
      {"\"nodes\"", "g.json: not a node-link graph (top level is not an object)"},
      {R"({"links": []})", "g.json: graph: missing \"nodes\""},
      {R"({"nodes": []})", "g.json: not a node-link graph (\"nodes\" and \"links\" must be arrays)"},
      {R"({"nodes": {}, "links": []})", "g.json: not a node-link graph"},
      {R"({"nodes": [], "links": 3})", "g.json: not a node-link graph"},
      {R"({"nodes": [], "links": [], "edges": []})", "g.json:1:28: duplicate key \"links\""},
      {R"({"graph": {"version": 2}, "nodes": [], "links": []})",
       "g.json:1:12: graph format version 2 is newer than this kg reads (1)"},
      {R"({"graph": {"version": "1"}, "nodes": [], "links": []})", "g.json:1:12: graph format version ? is newer"},
      {R"({"nodes": [], "links": [], "graph": {"version": 9}})", "g.json:1:38: graph format version 9 is newer"},
      // wrong types
      {R"({"graph": {"documents": [3]}, "nodes": [], "links": []})", "g.json:1:27: graph.documents: entry is not an object"},
      {R"({"graph": {"documents": [{"id": 3}]}, "nodes": [], "links": []})",
       "g.json:1:27: graph.documents: \"id\" is not a string"},
      {R"({"nodes": [3], "links": []})", "g.json:1:13: node 0: not an object"},
      {R"({"nodes": [{"id": true, "type": "PERSON"}], "links": []})", "g.json:1:13: node 0: id must be a string or an integer"},
      {R"({"nodes": [{"id": 1.5, "type": "PERSON"}], "links": []})", "g.json:1:13: node 0: id must be a string or an integer"},
      {R"({"nodes": [{"type": "PERSON"}], "links": []})", "g.json:1:12: node 0: missing \"id\""},
      {R"({"nodes": [{"id": 1, "label": 5, "type": "PERSON"}], "links": []})", "g.json:1:22: node 0: \"label\" is not a string"},
      {R"({"nodes": [{"id": 1, "type": "PERSON", "mentions": -1}], "links": []})",
       "g.json:1:40: node 0: \"mentions\" is not a non-negative integer"},
      {R"({"nodes": [{"id": 1, "type": ["PERSON"]}], "links": []})", "g.json:1:22: node 0: \"type\" is not a string"},
      {R"({"nodes": [], "links": [[]]})", "g.json:1:25: link 0: not an object"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 1, "relation": 8}]})",
       "g.json:1:79: link 0: \"relation\" is not a string"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 1, "relation": "met_with", "evidence": [1]}])",
       "g.json:1:117: link 0: evidence is not an object"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 1, "relation": "met_with", "evidence": [{"sentence": 1.5}]}])",
       "g.json:1:117: link 0: \"sentence\" is not a non-negative integer"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 1, "relation": "met_with", "evidence": [{"confidence": "x"}]}])",
       "g.json:1:117: link 0: \"confidence\" is not a number"},
      // unknown names, dangling ends, duplicates
      {R"({"nodes": [{"id": 1, "type": "ALIEN"}], "links": []})", "g.json:1:12: node 0: unknown entity type 'ALIEN'"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 1, "relation": "worksFor"}]})",
       "g.json:1:52: link 0: unknown relation 'worksFor'"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 1, "relation": "met_with", "evidence": [{"modality": "maybe"}]}])",
       "g.json:1:117: link 0: unknown modality 'maybe'"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"source": 1, "target": 2, "relation": "met_with"}]})",
       "g.json:1:52: link 0: target '2' is not a node"},
      {R"({"links": [{"source": 3, "target": 1, "relation": "met_with"}], "nodes": [{"id": 1, "type": "PERSON"}]})",
       "g.json:1:12: link 0: source '3' is not a node"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}, {"id": "1", "type": "PERSON"}], "links": []})",
       "g.json:1:41: node 1: duplicate id '1'"},
      {R"({"nodes": [{"id": 0, "type": "PERSON"}, {"id": 1, "type": "PERSON"}, {"id": "0", "type": "PERSON"}], "links": []})",
       "g.json:1:70: node 2: duplicate id '0'"},
      {R"({"nodes": [{"id": 0, "type": "PERSON"}], "links": [{"source": "00", "target": 0, "relation": "met_with"}]})",
       "g.json:1:52: link 0: source '00' is not a node"},
      {R"({"nodes": [{"id": 1, "type": "PERSON"}], "links": [{"target": 1, "relation": "met_with"}]})",
       "g.json:1:52: link 0: missing \"source\""},
      // values in messages stay on one line and short
      {R"({"nodes": [{"id": 1, "type": "PER\nSON"}], "links": []})", "g.json:1:12: node 0: unknown entity type 'PER\\x0aSON'"},
      {"{\"nodes\": [{\"id\": 1, \"type\": \"" + std::string(100, 'A') + "\"}], \"links\": []}",
       "unknown entity type '" + std::string(80, 'A') + "...'"},
      // positions count lines
      {"{\n \"nodes\": [\n  {\"id\": 1, \"type\": \"ALIEN\"}\n ],\n \"links\": []\n}", "g.json:3:3: node 0: unknown entity type"},
  };
  for (const auto& c : cases) {
    const std::string what = error_of(c.json);
    EXPECT_NE(what.find(c.message), std::string::npos) << "got: " << what << "\nwant: " << c.message;
    EXPECT_EQ(what.rfind("g.json:", 0), 0u) << what;
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
  }
}

// A graph big enough that its file spans many 64 KiB blocks, with multi-byte
// UTF-8 and escapes in its strings.
KnowledgeGraph big_graph() {
  KnowledgeGraph g;
  for (int d = 0; d < 50; ++d)
    g.add_document({"doc-" + std::to_string(d) + ".txt", "in", "Título \"" + std::to_string(d) + "\"", "2020-01-01",
                    "", "", "", ""});
  for (int i = 0; i < 3000; ++i) {
    Entity e;
    e.name = "Ünïcode name №" + std::to_string(i);
    e.type = i % 2 ? EntityType::Person : EntityType::Organization;
    e.aliases = {"alias\t" + std::to_string(i)};
    e.mentions = static_cast<std::uint32_t>(i);
    e.documents = {static_cast<std::uint32_t>(i % 50)};
    g.add_entity(std::move(e));
  }
  for (int i = 0; i < 6000; ++i) {
    EdgeEvidence ev;
    ev.doc = static_cast<std::uint32_t>(i % 50);
    ev.sentence = static_cast<std::uint32_t>(i);
    ev.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 40)};
    ev.text = "Sentence " + std::to_string(i) + " — “quoted” \\ text";
    ev.confidence = 0.5f;
    ev.rule = "r" + std::to_string(i % 7);
    g.add_relation(static_cast<KnowledgeGraph::Vertex>(i % 3000), static_cast<KnowledgeGraph::Vertex>((i * 7 + 1) % 3000),
                   i % 3 ? RelationType::WorksFor : RelationType::Criticized, ev);
  }
  return g;
}

TEST(StoreRead, LoadGraphFromFileEqualsParseOfItsText) {
  const auto path = (std::filesystem::temp_directory_path() / "kg_store_read_test.json").string();
  const KnowledgeGraph g = big_graph();
  save_graph(g, path);
  std::ifstream in(path, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), {}};
  ASSERT_GT(text.size(), 10u * (1 << 16));
  const std::string from_file = test::node_link_text(load_graph(path));
  EXPECT_EQ(from_file, test::node_link_text(parse_node_link(text, path)));
  EXPECT_EQ(from_file, test::node_link_text(g));

  // An error near the end: the same LINE:COL from the file as from the string.
  std::string bad = text;
  const auto at = bad.rfind("\"criticized\"");
  ASSERT_NE(at, std::string::npos);
  bad.replace(at, 12, "\"criticised\"");
  std::ofstream(path, std::ios::binary) << bad;
  std::string from_file_error, from_text_error;
  try {
    load_graph(path);
  } catch (const Error& e) {
    from_file_error = e.what();
  }
  from_text_error = error_of(bad, path);
  EXPECT_NE(from_file_error.find("unknown relation 'criticised'"), std::string::npos) << from_file_error;
  EXPECT_EQ(from_file_error, from_text_error);
  EXPECT_NE(from_file_error.find(path + ":"), std::string::npos) << from_file_error;

  // Truncated in the middle: a syntax error at the end, never a partial graph.
  std::ofstream(path, std::ios::binary) << text.substr(0, text.size() / 2);
  try {
    load_graph(path);
    ADD_FAILURE() << "truncated file accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(": invalid JSON: "), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

TEST(StoreRead, EveryPrefixAndByteFlipFailsCleanlyOrParses) {
  const std::string good = file_with({{"links", kLinks}, {"graph", kGraph}, {"nodes", kNodes}});
  for (std::size_t n = 0; n < good.size(); ++n) {
    const std::string what = error_of(good.substr(0, n));
    EXPECT_EQ(what.rfind("g.json:", 0), 0u) << n << ": " << what;
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
  }
  const char bytes[] = {'\0', '\xff', '"', '{', '[', ']', '}', ',', ':', '9', '\\', 'x'};
  std::size_t parsed = 0;
  for (std::size_t i = 0; i < good.size(); i += 3) {
    for (const char b : bytes) {
      std::string bad = good;
      bad[i] = b;
      const std::string what = error_of(bad);
      if (what == "(accepted)") {
        ++parsed;
        continue;
      }
      EXPECT_EQ(what.rfind("g.json", 0), 0u) << what;
      EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
  }
  EXPECT_GT(parsed, 0u);  // some flips (inside strings) still give a graph
}

// A pipe (-g /dev/stdin, <(zcat ...)): read as a stream; errors cannot give a
// line there (the text before is gone) and give the byte instead.
TEST(StoreRead, ReadsFromAPipe) {
  const auto path = (std::filesystem::temp_directory_path() / "kg_store_read_test.fifo").string();
  std::filesystem::remove(path);
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  const auto through_pipe = [&](const std::string& json) {
    std::thread writer([&] { std::ofstream(path, std::ios::binary) << json; });  // < the pipe buffer: never blocks
    std::string result;
    try {
      result = test::node_link_text(load_graph(path));
    } catch (const Error& e) {
      result = e.what();
    }
    writer.join();
    return result;
  };
  const std::string good = file_with({{"graph", kGraph}, {"nodes", kNodes}, {"links", kLinks}});
  EXPECT_EQ(through_pipe(good), test::node_link_text(parse_node_link(good, "g.json")));
  EXPECT_EQ(through_pipe("{\"nodes\": [\n{\"id\": 1, \"type\": \"ALIEN\"}], \"links\": []}"),
            path + ":byte 13: node 0: unknown entity type 'ALIEN'");
  std::filesystem::remove(path);
}

TEST(StoreRead, MissingFileNamesIt) {
  try {
    load_graph("/nonexistent/kg.json");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "/nonexistent/kg.json: cannot open: No such file or directory");
  }
}

}  // namespace
}  // namespace kg
