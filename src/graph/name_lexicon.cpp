// Country and organisation short forms and capitals for the name resolver.
#include "kg/name_lexicon.hpp"

#include <algorithm>
#include <fstream>

#include "kg/text.hpp"

namespace kg {
namespace {

// Calls f(columns) for every non-comment line of a TAB-separated file.
template <typename F>
void for_each_row(const std::string& path, F&& f) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    f(split(line, '\t'));
  }
}

// The '|'-separated forms of a column, without contextual ('~') ones.
template <typename F>
void for_each_form(std::string_view column, F&& f) {
  for (auto form : split(column, '|')) {
    form = trim(form);
    if (!form.empty() && form[0] != '~') f(form);
  }
}

}  // namespace

NameLexicon NameLexicon::load(const std::string& data_dir) {
  NameLexicon lex;
  for_each_row(data_dir + "/lexicon/countries.tsv", [&](const std::vector<std::string_view>& cols) {
    if (cols.size() < 2) return;
    const std::string_view name = trim(cols[0]);
    for_each_form(cols[1], [&](std::string_view a) { lex.add_alias(a, name); });
    if (cols.size() > 3) for_each_form(cols[3], [&](std::string_view c) { lex.add_capital(c, name); });
  });
  for_each_row(data_dir + "/lexicon/organizations.tsv", [&](const std::vector<std::string_view>& cols) {
    if (cols.size() < 3) return;
    const std::string_view name = trim(cols[0]);
    for_each_form(cols[2], [&](std::string_view a) { lex.add_alias(a, name); });
  });
  return lex;
}

void NameLexicon::add_alias(std::string_view alias, std::string_view canonical) {
  auto& names = aliases_[fold_case(alias)];
  if (std::find(names.begin(), names.end(), canonical) == names.end()) names.emplace_back(canonical);
}

void NameLexicon::add_capital(std::string_view capital, std::string_view country) {
  capitals_.emplace(fold_case(capital), std::string(country));
}

const std::vector<std::string>* NameLexicon::canonical_names(std::string_view alias) const {
  const auto it = aliases_.find(fold_case(alias));
  return it == aliases_.end() ? nullptr : &it->second;
}

std::string NameLexicon::state_of_capital(std::string_view capital) const {
  const auto it = capitals_.find(fold_case(capital));
  return it == capitals_.end() ? std::string() : it->second;
}

}  // namespace kg
