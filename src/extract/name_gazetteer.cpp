#include "name_gazetteer.hpp"

#include <filesystem>

#include "kg/text.hpp"
#include "nlp/hash.hpp"
#include "nlp/word_shape.hpp"
#include "tsv.hpp"

namespace kg::extract {
namespace {

// The lists, by bit. A word gets bit k when it is a word of an entry of
// list k, and bit k + kWhole as well when it is a whole entry on its own.
enum List : std::uint32_t {
  kFirstName, kCountry, kDemonym, kCapital, kLocation, kOrganization, kEvent, kTitle,
  kOrgHead, kLocationHead, kEventHead, kHonorific, kOrgWord, kNonEntityHead, kNotName, kCorporateSuffix,
};
constexpr std::uint32_t kWhole = 16;

class Builder {
 public:
  void add(std::string_view phrase, List list) {
    if (!phrase.empty() && phrase.front() == '~') phrase.remove_prefix(1);
    std::size_t words = 0;
    for (const auto w : split(phrase, ' '))
      if (!w.empty()) ++words;
    for (const auto w : split(phrase, ' ')) {
      if (w.empty()) continue;
      auto& bits = out_[nlp::hash_bytes(nlp::normalise(w))];
      bits |= 1u << list;
      if (words == 1) bits |= 1u << (list + kWhole);
    }
  }
  void add_all(std::string_view field, List list) {
    for (const auto p : split_list(field)) add(p, list);
  }
  nlp::NameGazetteer take() { return std::move(out_); }

 private:
  nlp::NameGazetteer out_;
};

}  // namespace

nlp::NameGazetteer name_gazetteer(const std::string& data_dir) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "lexicon";
  Builder b;
  const auto field = [](const std::vector<std::string_view>& f, std::size_t i) { return i < f.size() ? f[i] : std::string_view(); };
  read_tsv((dir / "first_names.tsv").string(), [&](const auto& f, std::size_t) { b.add(f[0], kFirstName); });
  read_tsv((dir / "countries.tsv").string(), [&](const auto& f, std::size_t) {
    b.add(f[0], kCountry);
    b.add_all(field(f, 1), kCountry);
    b.add_all(field(f, 2), kDemonym);
    b.add_all(field(f, 3), kCapital);
  });
  read_tsv((dir / "locations.tsv").string(), [&](const auto& f, std::size_t) {
    b.add(f[0], kLocation);
    b.add_all(field(f, 1), kLocation);
  });
  read_tsv((dir / "organizations.tsv").string(), [&](const auto& f, std::size_t) {
    const List list = field(f, 1) == "EVENT" ? kEvent : kOrganization;
    b.add(f[0], list);
    b.add_all(field(f, 2), list);
  });
  read_tsv((dir / "titles.tsv").string(), [&](const auto& f, std::size_t) { b.add(f[0], kTitle); });
  const std::pair<const char*, List> lists[] = {
      {"org_heads", kOrgHead},         {"location_heads", kLocationHead}, {"event_heads", kEventHead},
      {"honorifics", kHonorific},      {"org_words", kOrgWord},           {"non_entity_heads", kNonEntityHead},
      {"not_names", kNotName},         {"corporate_suffixes", kCorporateSuffix}};
  for (const auto& [name, list] : lists)
    read_tsv((dir / "words" / (std::string(name) + ".txt")).string(),
             [&, list = list](const auto& f, std::size_t) { b.add(f[0], list); });
  return b.take();
}

}  // namespace kg::extract

namespace kg::extract {

nlp::NameDefinition name_definition(const std::string& data_dir) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "lexicon";
  nlp::NameDefinition out;
  const auto add = [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f[0].find(' ') == std::string_view::npos) out.roles.insert(to_lower_ascii(f[0]));
  };
  read_tsv((dir / "titles.tsv").string(), add);
  read_tsv((dir / "words" / "honorifics.txt").string(), add);
  return out;
}

}  // namespace kg::extract
