// The one traversal: order, attribute values, selections.
#include <gtest/gtest.h>

#include "export_fixture.hpp"
#include "kg/export.hpp"

namespace kg {
namespace {

// Records what a sink sees.
struct Recorder : GraphSink {
  std::vector<std::string> events;
  std::vector<std::size_t> node_vertices;
  std::vector<std::string> edge_rows;
  std::size_t declared_nodes = 0, declared_edges = 0;
  std::vector<EntityType> types;
  void begin_graph(const GraphInfo& info) override {
    events.push_back("begin");
    declared_nodes = info.nodes;
    declared_edges = info.edges;
    types = info.entity_types;
  }
  void node(const NodeItem& n) override {
    events.push_back("node");
    node_vertices.push_back(n.vertex);
    if (n.vertex == 0) {
      EXPECT_EQ(n.attrs[kNodeLabel].text, "Kim \"Rocket\" Jong-un");
      EXPECT_EQ(n.attrs[kNodeEntityType].text, "PERSON");
      EXPECT_EQ(n.attrs[kNodeColor].text, "#4e79a7");
      EXPECT_EQ(n.attrs[kNodeMentions].integer, 12);
      EXPECT_DOUBLE_EQ(n.attrs[kNodeSize].real, node_size(12));
      ASSERT_EQ(n.attrs[kNodeAliases].list.size(), 2u);
      EXPECT_EQ(n.attrs[kNodeDocuments].list[1], "news/日本.html");
      EXPECT_EQ(n.attrs[kNodeFirstDate].text, "2018-03-26");
      EXPECT_EQ(n.attrs[kNodeLastDate].text, "2018-06-12");
      EXPECT_EQ(n.dates.size(), 2u);
    }
  }
  void edge(const EdgeItem& e) override {
    events.push_back("edge");
    std::string row = std::to_string(e.index) + ":" + std::to_string(e.source) + "->" + std::to_string(e.target) +
                      " " + std::string(e.attrs[kEdgeRelation].text) + " w=" +
                      std::to_string(static_cast<int>(e.attrs[kEdgeWeight].real)) +
                      " n=" + std::to_string(e.attrs[kEdgeEvidenceCount].integer);
    edge_rows.push_back(row);
    if (e.source == 0 && e.target == 7) {  // kim met_with xi: two reports
      EXPECT_EQ(e.attrs[kEdgeEvidence].text, "習近平与金正恩会谈。");  // the most confident
      EXPECT_EQ(e.attrs[kEdgeFirstDate].text, "2018-03-26");
      EXPECT_EQ(e.attrs[kEdgeLastDate].text, "2018-06-12");
      EXPECT_EQ(e.attrs[kEdgeDocuments].list.size(), 2u);
      EXPECT_TRUE(e.attrs[kEdgeSymmetric].boolean);
      EXPECT_DOUBLE_EQ(e.attrs[kEdgeConfidence].real, 0.95);
      EXPECT_FALSE(e.attrs[kEdgeWhat].present);
    }
  }
  void end_graph() override { events.push_back("end"); }
};

TEST(ExportTraversal, NodesByVertexThenSortedEdges) {
  const KnowledgeGraph g = test::hostile_graph();
  Recorder r;
  export_graph(g, r);
  ASSERT_EQ(r.events.front(), "begin");
  ASSERT_EQ(r.events.back(), "end");
  EXPECT_EQ(r.declared_nodes, 12u);
  EXPECT_EQ(r.declared_edges, 9u);
  EXPECT_EQ(r.node_vertices, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
  EXPECT_EQ(r.edge_rows, (std::vector<std::string>{
                             "0:0->7 met_with w=2 n=2", "1:0->9 met_with w=1 n=1", "2:0->9 demands_from w=1 n=1",
                             "3:1->2 visited w=1 n=0", "4:3->6 testified_at w=1 n=0", "5:5->4 works_for w=1 n=1",
                             "6:8->9 criticized w=1 n=1", "7:10->1 leader_of w=1 n=0", "8:11->3 sanctions w=1 n=0"}));
  EXPECT_EQ(r.types, (std::vector<EntityType>{EntityType::Person, EntityType::Country, EntityType::Organization,
                                              EntityType::Location, EntityType::Event}));
}

TEST(ExportTraversal, SelectionKeepsNodesAndEdgesBetweenThem) {
  const KnowledgeGraph g = test::hostile_graph();
  Selection s;
  s.keep_node.assign(g.num_entities(), false);
  s.keep_node[0] = s.keep_node[7] = s.keep_node[9] = true;
  s.keep_edge = [&](const KnowledgeGraph::Edge& e) { return g.relation(e).type == RelationType::MetWith; };
  Recorder r;
  export_graph(g, r, s);
  EXPECT_EQ(r.node_vertices, (std::vector<std::size_t>{0, 7, 9}));
  EXPECT_EQ(r.edge_rows, (std::vector<std::string>{"0:0->7 met_with w=2 n=2", "1:0->9 met_with w=1 n=1"}));
  EXPECT_EQ(r.types, (std::vector<EntityType>{EntityType::Person, EntityType::Country}));

  const KnowledgeGraph sub = select_subgraph(g, s);
  EXPECT_EQ(sub.num_entities(), 3u);
  EXPECT_EQ(sub.num_relations(), 2u);
  EXPECT_EQ(sub.entity(1).name, "習近平");
  EXPECT_EQ(sub.relation(*sub.find_relation(0, 1, RelationType::MetWith)).evidence_count(), 2u);
}

TEST(ExportTraversal, FormatsByName) {
  EXPECT_EQ(parse_export_format("graphml"), ExportFormat::GraphML);
  EXPECT_EQ(parse_export_format("gexf"), ExportFormat::Gexf);
  EXPECT_EQ(parse_export_format("dot"), ExportFormat::Dot);
  EXPECT_EQ(parse_export_format("json"), ExportFormat::Json);
  EXPECT_EQ(parse_export_format("neo4j"), ExportFormat::Neo4j);
  EXPECT_FALSE(parse_export_format("GraphML"));
}

}  // namespace
}  // namespace kg
