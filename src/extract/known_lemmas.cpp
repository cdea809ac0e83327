#include "known_lemmas.hpp"

#include <filesystem>
#include <unordered_set>

#include "tsv.hpp"

namespace kg::extract {

std::vector<nlp::KnownLemma> known_lemmas(const std::string& data_dir) {
  std::vector<nlp::KnownLemma> out;
  const auto path = std::filesystem::path(data_dir) / "lexicon" / "irregular_verbs.tsv";
  read_tsv(path.string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.size() != 3 || f[0].empty()) throw TsvError{"expected base<TAB>past<TAB>past participle"};
    const std::string base(f[0]);
    for (const auto past : split_list(f[1])) out.push_back({std::string(past), "VBD", base});
    for (const auto participle : split_list(f[2])) out.push_back({std::string(participle), "VBN", base});
  });
  // A past form the tagger reads as present ("They froze it" as VBP,
  // "Britain on Tuesday froze" as VBZ, "after it froze" as VB), unless it is
  // some verb's base too ("lay").
  std::unordered_set<std::string> bases;
  for (const auto& w : out) bases.insert(w.lemma);
  const std::size_t n = out.size();
  for (std::size_t i = 0; i < n; ++i)
    if (out[i].xpos == "VBD" && !bases.contains(out[i].form))
      for (const char* present : {"VBP", "VBZ", "VB"}) out.push_back({out[i].form, present, out[i].lemma});
  return out;
}

}  // namespace kg::extract
