// Hand-built graphs for the query tests: entities by name, relations with dated evidence.
#pragma once

#include <string>
#include <vector>

#include "kg/graph.hpp"
#include "kg/query.hpp"

namespace kg::testing {

class GraphBuilder {
 public:
  using Vertex = KnowledgeGraph::Vertex;

  GraphBuilder() {
    doc2018_ = g.add_document(DocumentInfo{"a.txt", "", "Article A", "2018-06-12", "", "", "", ""});
    doc2019_ = g.add_document(DocumentInfo{"b.txt", "", "Article B", "2019-02-01", "", "", "", ""});
    undated_ = g.add_document(DocumentInfo{"c.txt", "", "", "", "", "", "", ""});
  }

  Vertex entity(const std::string& name, EntityType type = EntityType::Person, std::uint32_t mentions = 1,
                std::vector<std::string> aliases = {}) {
    Entity e;
    e.name = name;
    e.type = type;
    e.mentions = mentions;
    e.aliases = std::move(aliases);
    return g.add_entity(std::move(e));
  }

  // A relation with `evidence` sentences from the 2018 document (or `doc`).
  RelationId relate(Vertex s, Vertex t, RelationType r = RelationType::WorksFor, int evidence = 1,
                    float confidence = 0.9f, int doc = -1) {
    RelationId e{};
    for (int i = 0; i < evidence; ++i) {
      EdgeEvidence ev;
      ev.doc = doc < 0 ? doc2018_ : static_cast<std::uint32_t>(doc);
      ev.sentence = static_cast<std::uint32_t>(next_sentence_++);
      ev.span = {ev.sentence * 100, ev.sentence * 100 + 50};
      ev.text = g.entity(s).name + " " + std::string(to_string(r)) + " " + g.entity(t).name + " #" +
                std::to_string(ev.sentence) + ".";
      ev.confidence = confidence;
      e = g.add_relation(s, t, r, std::move(ev));
    }
    return e;
  }

  std::uint32_t doc2018() const { return doc2018_; }
  std::uint32_t doc2019() const { return doc2019_; }
  std::uint32_t undated() const { return undated_; }

  KnowledgeGraph g;

 private:
  std::uint32_t doc2018_, doc2019_, undated_;
  int next_sentence_ = 0;
};

// "A -works_for-> B <-met_with- C" style rendering with plain ASCII arrows.
inline std::string describe(const KnowledgeGraph& g, const Path& p) {
  std::string out = g.entity(p.start).name;
  for (const auto& h : p.hops) {
    const auto& gr = g.graph();
    const std::string rel(to_string(g.relation(h.edge).type));
    const auto next = h.forward ? boost::target(h.edge, gr) : boost::source(h.edge, gr);
    out += h.forward ? " -" + rel + "-> " : " <-" + rel + "- ";
    out += g.entity(next).name;
  }
  return out;
}

inline std::vector<std::string> describe_all(const KnowledgeGraph& g, const std::vector<Path>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(describe(g, p));
  return out;
}

}  // namespace kg::testing
