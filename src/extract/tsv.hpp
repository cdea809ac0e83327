// Reading the project's line-oriented data files with file:line errors.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/types.hpp"

namespace kg::extract {

// Calls row(fields, line_number) for every non-blank, non-comment line of a
// tab-separated file. Throws kg::Error "path:line: ..." when the file cannot be
// read, is not UTF-8, or row throws a TsvError.
struct TsvError {
  std::string message;
};
void read_tsv(const std::string& path,
              const std::function<void(const std::vector<std::string_view>&, std::size_t)>& row);

// "a|b|c" -> {"a","b","c"}, empty parts dropped, each trimmed.
std::vector<std::string_view> split_list(std::string_view field);

// A rule's confidence field: a number in [0, 1]; throws TsvError.
float confidence_field(std::string_view field);
// A rule's optional modality field (fields[i] when present and not empty),
// else `otherwise`; throws TsvError for an unknown one.
Modality modality_field(const std::vector<std::string_view>& fields, std::size_t i, Modality otherwise);

}  // namespace kg::extract
