// One body for the four article readers' targets: read, check every
// document and message.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "kg/read.hpp"

namespace kg::fuzz {

using ReadFn = std::vector<Document> (*)(std::string_view, const std::string&, Diagnostics&);

inline int read_and_check(ReadFn read, const std::uint8_t* data, std::size_t size, const char* name) {
  Diagnostics diags;
  const auto docs = read(std::string_view(reinterpret_cast<const char*>(data), size), name, diags);
  for (const auto& d : docs) check_document(d);
  check_diagnostics(diags);
  return 0;
}

}  // namespace kg::fuzz
