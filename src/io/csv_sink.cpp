// Neo4j bulk import: nodes.csv and relationships.csv in the header format of
// `neo4j-admin database import`, plus import.cypher (LOAD CSV / MERGE).
#include <array>
#include <filesystem>
#include <ostream>
#include <sstream>

#include "io/escape.hpp"
#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "kg/export.hpp"

namespace kg {
namespace {

std::string_view neo4j_suffix(AttrType t) {
  switch (t) {
    case AttrType::String: return "";
    case AttrType::Int: return ":int";
    case AttrType::Long: return ":long";
    case AttrType::Double: return ":double";
    case AttrType::Boolean: return ":boolean";
    case AttrType::StringList: return ":string[]";
  }
  return "";
}

// The dates (first_date, last_date: YYYY-MM-DD) are typed :date, so Cypher
// compares and orders them as dates.
bool is_date(const AttrDecl& d) { return d.type == AttrType::String && d.name.ends_with("_date"); }
std::string_view column_suffix(const AttrDecl& d) { return is_date(d) ? ":date" : neo4j_suffix(d.type); }

// Neo4j names: the node label attribute is the conventional "name"; the edge
// label repeats the relation, which is the relationship :TYPE.
std::string_view node_column(std::size_t i) { return i == kNodeLabel ? "name" : node_attributes()[i].name; }
bool skip_edge_attr(std::size_t i) { return i == kEdgeLabel; }

std::string label_of(EntityType t) {  // PERSON -> Person
  std::string s(to_string(t));
  for (std::size_t i = 1; i < s.size(); ++i) s[i] = static_cast<char>(s[i] - 'A' + 'a');
  return s;
}
std::string type_of(RelationType r) {  // met_with -> MET_WITH
  std::string s(to_string(r));
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

void append_value(std::string& o, AttrType type, const AttrValue& v) {
  if (!v.present) return;  // an empty unquoted field: no property
  switch (type) {
    case AttrType::String: io::append_csv_field(o, v.text); break;
    case AttrType::Int:
    case AttrType::Long: io::append_int(o, v.integer); break;
    case AttrType::Double: io::append_double(o, v.real); break;
    case AttrType::Boolean: o += v.boolean ? "true" : "false"; break;
    case AttrType::StringList: {
      if (v.list.empty()) return;
      // neo4j-admin's array delimiter is ';' and cannot be escaped: a ';'
      // inside an item becomes ','.
      std::string joined;
      for (std::size_t i = 0; i < v.list.size(); ++i) {
        if (i) joined.push_back(';');
        for (char c : v.list[i]) joined.push_back(c == ';' ? ',' : c);
      }
      io::append_csv_field(o, joined);
      break;
    }
  }
}

// The Cypher expression reading column `col` of `row` as its declared type.
std::string cypher_read(const AttrDecl& d, std::string_view col) {
  const std::string cell = "row.`" + std::string(col) + "`";
  if (is_date(d)) return "CASE WHEN " + cell + " IS NULL OR " + cell + " = '' THEN null ELSE date(" + cell + ") END";
  switch (d.type) {
    case AttrType::String: return cell;
    case AttrType::Int:
    case AttrType::Long: return "toInteger(" + cell + ")";
    case AttrType::Double: return "toFloat(" + cell + ")";
    case AttrType::Boolean: return "toBoolean(" + cell + ")";
    case AttrType::StringList:
      return "CASE WHEN " + cell + " IS NULL OR " + cell + " = '' THEN [] ELSE split(" + cell + ", ';') END";
  }
  return cell;
}

class Neo4jSink final : public GraphSink {
 public:
  Neo4jSink(std::ostream& nodes, std::ostream& relationships, std::ostream& cypher)
      : nodes_(nodes), rels_(relationships), cypher_(cypher) {}

  void begin_graph(const GraphInfo& info) override {
    entity_types_ = info.entity_types;
    std::string& n = nodes_.text;
    n += "id:ID,:LABEL";
    for (std::size_t i = 0; i < kNodeAttrCount; ++i) {
      n += ',';
      n += node_column(i);
      n += column_suffix(node_attributes()[i]);
    }
    n += '\n';
    std::string& r = rels_.text;
    r += ":START_ID,:END_ID,:TYPE,id";
    for (std::size_t i = 0; i < kEdgeAttrCount; ++i) {
      if (skip_edge_attr(i)) continue;
      r += ',';
      r += edge_attributes()[i].name;
      r += column_suffix(edge_attributes()[i]);
    }
    r += '\n';
  }

  void node(const NodeItem& item) override {
    std::string& o = nodes_.text;
    o += "\"n";
    io::append_int(o, static_cast<std::int64_t>(item.vertex));
    o += "\",\"Entity;";
    o += label_of(item.entity.type);
    o += '"';
    for (std::size_t i = 0; i < kNodeAttrCount; ++i) {
      o += ',';
      append_value(o, node_attributes()[i].type, item.attrs[i]);
    }
    o += '\n';
    nodes_.maybe_flush();
  }

  void edge(const EdgeItem& e) override {
    std::string& o = rels_.text;
    o += "\"n";
    io::append_int(o, static_cast<std::int64_t>(e.source));
    o += "\",\"n";
    io::append_int(o, static_cast<std::int64_t>(e.target));
    o += "\",\"";
    o += type_of(e.relation.type);
    o += "\",\"e";
    io::append_int(o, static_cast<std::int64_t>(e.index));
    o += '"';
    for (std::size_t i = 0; i < kEdgeAttrCount; ++i) {
      if (skip_edge_attr(i)) continue;
      o += ',';
      append_value(o, edge_attributes()[i].type, e.attrs[i]);
    }
    o += '\n';
    relation_seen_[static_cast<std::size_t>(e.relation.type)] = true;
    rels_.maybe_flush();
  }

  void end_graph() override {
    nodes_.flush();
    rels_.flush();
    write_cypher();
    cypher_.flush();
  }

 private:
  void write_cypher() {
    std::string& c = cypher_.text;
    c += "// kg graph for Neo4j, for small graphs (bulk loads: neo4j-admin database import, docs/EXPORT.md).\n"
         "// Copy nodes.csv and relationships.csv into Neo4j's import folder, then:\n"
         "//   cypher-shell -f import.cypher\n"
         "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n\n"
         "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
         "MERGE (n:Entity {id: row.`id:ID`})\nSET ";
    for (std::size_t i = 0; i < kNodeAttrCount; ++i) {
      if (i) c += ",\n    ";
      const auto& d = node_attributes()[i];
      c += "n.";
      c += node_column(i);
      c += " = ";
      c += cypher_read(d, std::string(node_column(i)) + std::string(column_suffix(d)));
    }
    for (EntityType t : entity_types_) {
      c += "\nFOREACH (_ IN CASE WHEN row.entity_type = '";
      c += to_string(t);
      c += "' THEN [1] ELSE [] END | SET n:";
      c += label_of(t);
      c += ")";
    }
    c += ";\n";
    for (RelationType r : all_relation_types()) {
      if (!relation_seen_[static_cast<std::size_t>(r)]) continue;
      c += "\nLOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\nWITH row WHERE row.`:TYPE` = '";
      c += type_of(r);
      c += "'\nMATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})\nMERGE (a)-[r:";
      c += type_of(r);
      c += " {id: row.id}]->(b)\nSET ";
      bool first = true;
      for (std::size_t i = 0; i < kEdgeAttrCount; ++i) {
        if (skip_edge_attr(i)) continue;
        if (!first) c += ",\n    ";
        first = false;
        const auto& d = edge_attributes()[i];
        c += "r.";
        c += d.name;
        c += " = ";
        c += cypher_read(d, std::string(d.name) + std::string(column_suffix(d)));
      }
      c += ";\n";
    }
  }

  io::Buffer nodes_, rels_, cypher_;
  std::vector<EntityType> entity_types_;
  std::array<bool, 16> relation_seen_{};
};

}  // namespace

std::unique_ptr<GraphSink> make_neo4j_sink(std::ostream& nodes, std::ostream& relationships,
                                           std::ostream& cypher) {
  return std::make_unique<Neo4jSink>(nodes, relationships, cypher);
}

void write_neo4j(const KnowledgeGraph& g, const std::string& folder, const Selection& selection) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw Error(folder + ": cannot create folder: " + ec.message());
  // One traversal into memory, then each file replaced atomically.
  std::ostringstream nodes, rels, cypher;
  {
    Neo4jSink sink(nodes, rels, cypher);
    export_graph(g, sink, selection);
  }
  const auto put = [&](const char* name, const std::ostringstream& s) {
    write_file_atomically((std::filesystem::path(folder) / name).string(),
                          [&](std::ostream& out) { out << s.view(); });
  };
  put("nodes.csv", nodes);
  put("relationships.csv", rels);
  put("import.cypher", cypher);
}

}  // namespace kg
