// Line-oriented data files: comments, tabs, and errors that say file:line.
#include "tsv.hpp"

#include <cstdlib>

#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::extract {

void read_tsv(const std::string& path,
              const std::function<void(const std::vector<std::string_view>&, std::size_t)>& row) {
  const std::string content = read_file(path);
  if (const auto bad = find_invalid_utf8(content); bad != std::string::npos)
    throw Error(path + ": invalid UTF-8 at byte " + std::to_string(bad));
  std::size_t line_no = 0;
  for (std::string_view line : split(content, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') continue;
    std::vector<std::string_view> fields = split(line, '\t');
    for (auto& f : fields) f = trim(f);
    try {
      row(fields, line_no);
    } catch (const TsvError& e) {
      throw Error(path + ":" + std::to_string(line_no) + ": " + e.message);
    }
  }
}

std::vector<std::string_view> split_list(std::string_view field) {
  std::vector<std::string_view> out;
  for (auto part : split(field, '|')) {
    part = trim(part);
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

float confidence_field(std::string_view field) {
  const std::string conf(field);
  char* end = nullptr;
  const float c = std::strtof(conf.c_str(), &end);
  if (conf.empty() || *end != '\0' || !(c >= 0 && c <= 1))
    throw TsvError{"confidence must be a number in [0, 1], not '" + conf + "'"};
  return c;
}

Modality modality_field(const std::vector<std::string_view>& fields, std::size_t i, Modality otherwise) {
  if (fields.size() <= i || fields[i].empty()) return otherwise;
  const auto m = parse_modality(fields[i]);
  if (!m) throw TsvError{"unknown modality '" + std::string(fields[i]) + "'"};
  return *m;
}

}  // namespace kg::extract
