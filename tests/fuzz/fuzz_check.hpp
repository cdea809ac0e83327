// The invariants every fuzz target asserts (docs/RELIABILITY.md): text out is
// valid UTF-8, messages are one line, spans lie inside the text, and a graph
// saved, loaded and saved again is the same file (a fixed point after one
// round). A broken invariant aborts, so libFuzzer records the input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "kg/document.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/store.hpp"
#include "kg/text.hpp"

namespace kg::fuzz {

[[noreturn]] inline void broken(const char* what, std::string_view detail) {
  std::fprintf(stderr, "INVARIANT BROKEN: %s: %s\n", what, one_line(detail).substr(0, 400).c_str());
  std::abort();
}

inline void check_utf8(std::string_view s, const char* what) {
  if (!is_valid_utf8(s)) broken(what, s);
}

// A message printed to the user: valid UTF-8 on one line.
inline void check_message(std::string_view m) {
  if (m.find_first_of("\r\n") != std::string_view::npos) broken("message spans lines", m);
  check_utf8(m, "message is not UTF-8");
}

inline void check_document(const Document& d) {
  for (const std::string* s : {&d.info.id, &d.info.source, &d.info.title, &d.info.date, &d.info.url, &d.info.author,
                               &d.info.site, &d.text})
    check_utf8(*s, "document field is not UTF-8");
  if (d.info.hash != content_hash(d.text)) broken("hash is not the text's", d.info.id);
}

inline void check_diagnostics(const Diagnostics& diags) {
  for (const auto& d : diags) check_message(d.to_string());
}

inline std::string saved(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_node_link(g, out);
  return out.str();
}

// save(load(save(g))) == save(g): what kg writes it reads back unchanged.
inline void check_fixed_point(const KnowledgeGraph& g) {
  const std::string once = saved(g);
  check_utf8(once, "saved graph is not UTF-8");
  KnowledgeGraph again;
  try {
    again = parse_node_link(once, "saved.json");
  } catch (const Error& e) {
    broken("kg cannot read the graph it wrote", e.what());
  }
  const std::string twice = saved(again);
  if (twice != once) broken("save(load(x)) changed the graph", once.substr(0, 2000));
}

}  // namespace kg::fuzz
