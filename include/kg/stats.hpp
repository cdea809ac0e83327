// Summary numbers of a graph for `kg stats`.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

struct GraphStats {
  std::size_t entities = 0, relations = 0, evidence = 0, documents = 0;
  std::map<EntityType, std::size_t> entities_by_type;
  std::map<RelationType, std::size_t> relations_by_type;
  std::size_t components = 0;         // weakly connected (edge direction ignored)
  std::size_t largest_component = 0;  // entities in the largest one
  std::size_t isolated = 0;           // entities with no relation
  std::size_t self_loops = 0;
  std::string first_date, last_date;  // over documents with a date
  std::size_t dated_documents = 0;
};

GraphStats graph_stats(const KnowledgeGraph& g);

// Weakly connected component of every vertex (0-based, by first vertex).
std::vector<std::size_t> weak_components(const KnowledgeGraph& g, std::size_t* count = nullptr);

}  // namespace kg
