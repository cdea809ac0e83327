// libFuzzer target: the GraphML importer (kg::parse_graphml): errors and
// warnings are one line; a graph read saves to a fixed point, and kg's own
// GraphML export of it reads back to the same graph.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_check.hpp"
#include "kg/export.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::KnowledgeGraph g;
  std::vector<std::string> warnings;
  try {
    g = kg::parse_graphml(std::string(reinterpret_cast<const char*>(data), size), "input.graphml", &warnings);
  } catch (const kg::Error& e) {
    kg::fuzz::check_message(e.what());
    return 0;
  }
  for (const auto& w : warnings) kg::fuzz::check_message(w);
  kg::fuzz::check_fixed_point(g);
  std::ostringstream graphml;
  kg::write_graphml(g, graphml);
  try {
    const kg::KnowledgeGraph back = kg::parse_graphml(graphml.str(), "export.graphml");
    if (kg::fuzz::saved(back) != kg::fuzz::saved(g)) kg::fuzz::broken("GraphML export reads back different", "");
  } catch (const kg::Error& e) {
    kg::fuzz::broken("kg cannot import its own GraphML export", e.what());
  }
  return 0;
}
