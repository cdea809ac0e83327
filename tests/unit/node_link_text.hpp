// A graph as the node-link text kg writes: tests compare graphs through it.
#pragma once

#include <sstream>
#include <string>

#include "kg/store.hpp"

namespace kg::test {

inline std::string node_link_text(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_node_link(g, out);
  return out.str();
}

}  // namespace kg::test
