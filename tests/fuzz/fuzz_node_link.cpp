// libFuzzer target: the node-link graph reader (kg::parse_node_link): an
// error is one line; a graph read is saved, read and saved to the same text.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::KnowledgeGraph g;
  try {
    g = kg::parse_node_link(std::string(reinterpret_cast<const char*>(data), size), "input.json");
  } catch (const kg::Error& e) {
    kg::fuzz::check_message(e.what());
    return 0;
  }
  kg::fuzz::check_fixed_point(g);
  return 0;
}
