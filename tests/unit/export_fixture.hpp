// A small hand-built graph with hostile names (quotes, &, <, >, backslashes,
// newlines, control characters, non-Latin scripts, DOT keywords as names,
// parallel edges of different relations) shared by the export tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "kg/graph.hpp"

namespace kg::test {

inline KnowledgeGraph hostile_graph() {
  KnowledgeGraph g;
  const auto d0 = g.add_document({"news/a&b <1>.txt", "news/a&b <1>.txt", "Summit \"talks\" & <more>", "2018-03-26",
                                  "https://example.org/a?x=1&y=2", "", "", "00000000000000a1"});
  const auto d1 = g.add_document({"news/日本.html", "news/日本.html", "北京会谈", "2018-06-12T09:00:00Z", "", "Ann O'Neil",
                                  "example.org", "00000000000000b2"});
  const auto d2 = g.add_document({"feed.xml#3", "feed.xml", "", "", "", "", "", ""});

  const auto person = [&](std::string name, EntityType t, std::vector<std::string> aliases, std::uint32_t mentions,
                          std::vector<std::uint32_t> docs) {
    Entity e;
    e.name = std::move(name);
    e.type = t;
    e.aliases = std::move(aliases);
    e.mentions = mentions;
    e.documents = std::move(docs);
    return g.add_entity(std::move(e));
  };
  const auto kim = person("Kim \"Rocket\" Jong-un", EntityType::Person, {"Kim Jong Un", "Kim; the \\ leader"}, 12, {d0, d1});
  const auto node = person("node", EntityType::Organization, {}, 1, {d0});
  const auto graph = person("graph", EntityType::Location, {}, 2, {d1});
  const auto Graph = person("Graph", EntityType::Event, {"strict"}, 1, {d1});
  const auto att = person("AT&T <Holdings>", EntityType::Organization, {"AT&T"}, 3, {d0});
  const auto path = person("C:\\path\\\"x\"", EntityType::Person, {}, 1, {d2});
  const auto lines = person("Line one\nLine two", EntityType::Country, {}, 1, {d2});
  const auto xi = person("習近平", EntityType::Person, {"Xi Jinping", "Си Цзиньпин"}, 7, {d1});
  const auto arabic = person("محمد بن سلمان", EntityType::Person, {}, 2, {d2});
  const auto us = person("United States", EntityType::Country, {"U.S.", "Washington"}, 20, {d0, d1, d2});
  const auto bell = person("Bell\x07Name\r", EntityType::Person, {}, 1, {d2});
  const auto node2 = person("node", EntityType::Person, {}, 1, {d2});

  const auto ev = [](std::uint32_t doc, std::uint32_t sentence, std::uint32_t begin, std::string text, Modality m,
                     float confidence, std::string rule) {
    return EdgeEvidence{doc, sentence, {begin, begin + static_cast<std::uint32_t>(text.size())}, std::move(text), m,
                        confidence, std::move(rule)};
  };
  g.add_relation(kim, us, RelationType::DemandsFrom,
                 ev(d0, 2, 100, "Kim demanded \"security guarantees\" & <more> from the U.S.", Modality::Occurred,
                    0.9f, "demand.from"),
                 "security guarantees & \"talks\"");
  g.add_relation(us, kim, RelationType::MetWith,
                 ev(d1, 0, 0, "U.S. envoys met Kim\tin Singapore.\nThen left.", Modality::Planned, 0.7f, "meet.x"));
  g.add_relation(kim, xi, RelationType::MetWith,
                 ev(d0, 4, 300, "Kim met Xi in Beijing.", Modality::Occurred, 0.85f, "meet.x"));
  g.add_relation(xi, kim, RelationType::MetWith,
                 ev(d1, 1, 40, "習近平与金正恩会谈。", Modality::Occurred, 0.95f, "meet.x"));
  g.add_relation(path, att, RelationType::WorksFor,
                 ev(d2, 0, 0, "C:\\path\\\"x\" works for AT&T.", Modality::Occurred, 0.6f, ""), {}, "CEO \"acting\"");
  g.add_relation(node, graph, RelationType::Visited, Modality::Hypothetical, 0.5f);
  g.add_relation(Graph, lines, RelationType::TestifiedAt, Modality::Occurred, 1.0f);
  g.add_relation(arabic, us, RelationType::Criticized,
                 ev(d2, 5, 500, "محمد بن سلمان انتقد الولايات المتحدة", Modality::Occurred, 0.333f, "crit"));
  g.add_relation(bell, node, RelationType::LeaderOf, Modality::Occurred, 0.8f, {}, "chair\x01man");
  g.add_relation(node2, Graph, RelationType::Sanctions, Modality::Occurred, 0.25f);
  return g;
}

inline std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

}  // namespace kg::test
