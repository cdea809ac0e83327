// The names a reader knows without the graph: country codes and short forms
// ("UN", "UK", "DPRK", "USA", "PRC") and capitals, read from the lexicon's
// countries.tsv and organizations.tsv for the name resolver.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg {

class NameLexicon {
 public:
  // Reads DATA_DIR/lexicon/countries.tsv and organizations.tsv; a missing file
  // is skipped (the resolver then works on the graph's own names).
  static NameLexicon load(const std::string& data_dir);

  void add_alias(std::string_view alias, std::string_view canonical);
  void add_capital(std::string_view capital, std::string_view country);

  // Canonical names the lexicon gives for an alias, compared case-insensitively.
  const std::vector<std::string>* canonical_names(std::string_view alias) const;
  // The state a capital stands for ("Pyongyang" -> "North Korea"), or empty.
  std::string state_of_capital(std::string_view capital) const;

 private:
  std::unordered_map<std::string, std::vector<std::string>> aliases_;  // fold_case(alias) -> names
  std::unordered_map<std::string, std::string> capitals_;              // fold_case(capital) -> country
};

}  // namespace kg
