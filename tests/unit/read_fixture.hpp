// Shared by the reader tests: sample file paths, and reading inputs into
// documents and diagnostics.
#pragma once

#include <string>
#include <vector>

#include "kg/read.hpp"

namespace kg::test {

inline std::string data(const std::string& rel) { return std::string(KG_TEST_DATA_DIR) + "/readers/" + rel; }

struct Read {
  std::vector<Document> docs;
  Diagnostics diags;
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const auto& d : docs) out.push_back(d.info.id);
    return out;
  }
};

inline Read read(const std::vector<std::string>& inputs, const ReadOptions& o = {}) {
  Read r;
  read_inputs(inputs, o, [&](Document&& d) { r.docs.push_back(std::move(d)); }, r.diags);
  return r;
}

inline Read read(const std::string& path, const ReadOptions& o = {}) {
  return read(std::vector<std::string>{path}, o);
}

}  // namespace kg::test
