// Line-oriented data files: comments, tabs, and errors that say file:line.
#include "tsv.hpp"

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

}  // namespace kg::extract
