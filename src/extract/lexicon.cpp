// Loading and indexing the fact lexicons of data/lexicon/.
#include "lexicon.hpp"

#include <algorithm>
#include <filesystem>

#include "kg/error.hpp"
#include "kg/text.hpp"
#include "tsv.hpp"

namespace kg::extract {
namespace {

template <class Set = WordSet>
Set read_word_list(const std::string& path) {
  Set words;
  read_tsv(path, [&](const std::vector<std::string_view>& f, std::size_t) { words.emplace(f[0]); });
  return words;
}

}  // namespace

std::string Lexicon::key_of(std::string_view phrase) const {
  const Segmentation seg = segment(phrase, abbreviations_);
  std::string key;
  for (const auto& t : seg.tokens) {
    if (!key.empty()) key.push_back(' ');
    key.append(phrase.substr(t.begin, t.end - t.begin));
  }
  return key;
}

void Lexicon::add_phrase(std::string_view text, PhraseEntry entry, bool prefer) {
  const std::string key = key_of(text);
  if (key.empty()) return;
  const std::size_t tokens = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  longest_phrase_ = std::max(longest_phrase_, tokens);
  auto& list = phrases_[key];
  for (const auto& e : list)
    if (e.canonical == entry.canonical && e.kind == entry.kind) return;
  const std::string folded = fold_case(key);
  for (std::size_t space = folded.find(' '); space != std::string::npos; space = folded.find(' ', space + 1))
    phrase_prefixes_.insert(folded.substr(0, space));
  phrase_prefixes_.insert(folded);
  auto& upper = upper_phrases_[folded];
  if (prefer) {
    list.insert(list.begin(), entry);
    if (!is_upper_word(key)) upper.insert(upper.begin(), entry);
  } else {
    list.push_back(entry);
    if (!is_upper_word(key)) upper.push_back(std::move(entry));
  }
}

const std::vector<PhraseEntry>* Lexicon::phrase(std::string_view key) const {
  const auto it = phrases_.find(key);
  return it == phrases_.end() ? nullptr : &it->second;
}

std::pair<const PhraseEntry*, std::size_t> Lexicon::country_opening(const std::vector<std::string_view>& words) const {
  std::string key;
  for (std::size_t n = 0; n + 1 < words.size() && n < 3; ++n) {
    if (n) key.push_back(' ');
    key.append(words[n]);
    if (const auto* entries = phrase(key))
      for (const auto& e : *entries)
        if (e.type == EntityType::Country) return {&e, n + 1};
  }
  return {nullptr, 0};
}

const std::vector<PhraseEntry>* Lexicon::upper_phrase(std::string_view key) const {
  const auto it = upper_phrases_.find(key);
  return it == upper_phrases_.end() ? nullptr : &it->second;
}

void Lexicon::add_title_suffixes(const std::string& key) {
  title_suffixes_.insert(key);
  for (std::size_t k = 0; k < key.size(); ++k)
    if (key[k] == ' ' || key[k] == '-') title_suffixes_.insert(key.substr(k + 1));
}

const TitleEntry* Lexicon::title(std::string_view lower_key) const {
  const auto it = titles_.find(lower_key);
  return it == titles_.end() ? nullptr : &it->second;
}

std::string_view Lexicon::body_head(std::string_view name) const {
  for (const std::string_view link : {" of ", " on ", " for ", " into "}) {
    const auto at = name.find(link);
    if (at == std::string_view::npos) continue;
    const std::string_view before = name.substr(0, at);
    const auto pos = before.rfind(' ');
    const std::string_view head = pos == std::string_view::npos ? before : before.substr(pos + 1);
    if (in("org_heads", head) || in("committee_heads", fold_case(head))) return head;
  }
  return last_word(name);
}

bool Lexicon::hears_witnesses(std::string_view name) const {
  if (in("committee_heads", fold_case(body_head(name)))) return true;
  for (const std::string_view w : split(name, ' '))
    if (in("hearing_name_words", fold_case(w))) return true;
  return false;
}

bool Lexicon::in(std::string_view list, std::string_view word) const {
  const auto it = lists_.find(list);
  return it != lists_.end() && it->second.contains(word);
}

bool Lexicon::styled(const std::string& country, std::string_view word) const {
  const auto it = country_words_.find(country);
  return it != country_words_.end() && it->second.contains(word);
}

std::string Lexicon::demonym_of(const std::string& country) const {
  const auto it = demonyms_.find(country);
  return it == demonyms_.end() ? country : it->second;
}

Lexicon Lexicon::load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "lexicon";
  if (!fs::is_directory(dir)) throw Error(dir.string() + ": lexicon folder not found (set KG_DATA_DIR or --data)");
  Lexicon lex;
  lex.abbreviations_.words = read_word_list<std::unordered_set<std::string>>((dir / "abbreviations.txt").string());
  lex.abbreviations_.sentence_openers = read_word_list<std::unordered_set<std::string>>((dir / "sentence_openers.txt").string());

  read_tsv((dir / "countries.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f[0].empty()) throw TsvError{"a country needs a name"};
    const std::string name(f[0]);
    PhraseEntry base{name, EntityType::Country, PhraseKind::Name, name};
    lex.add_phrase(name, base);
    // The words of its names, for what it is styled ("Kingdom of Saudi Arabia": a kingdom).
    const auto style = [&](std::string_view text) {
      for (auto w : split(text, ' '))
        if (!w.empty()) lex.country_words_[name].insert(fold_case(w));
    };
    style(name);
    if (f.size() > 1)
      for (auto a : split_list(f[1])) {
        style(a);
        PhraseEntry e = base;
        if (a.front() == '~') {
          e.kind = PhraseKind::Contextual;
          a.remove_prefix(1);
        }
        lex.add_phrase(a, e);
      }
    if (f.size() > 2)
      for (auto d : split_list(f[2])) {
        lex.demonyms_.emplace(name, std::string(d));
        lex.add_phrase(d, {name, EntityType::Country, PhraseKind::Demonym, name});
      }
    if (f.size() > 3)
      for (auto c : split_list(f[3])) lex.add_phrase(c, {name, EntityType::Country, PhraseKind::Capital, name});
  });

  read_tsv((dir / "organizations.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.size() < 2 || f[0].empty()) throw TsvError{"expected name<TAB>type[<TAB>aliases<TAB>country]"};
    const auto type = parse_entity_type(f[1]);
    if (!type) throw TsvError{"unknown entity type '" + std::string(f[1]) + "'"};
    PhraseEntry e{std::string(f[0]), *type, PhraseKind::Name, f.size() > 3 ? std::string(f[3]) : std::string()};
    lex.add_phrase(f[0], e);
    if (f.size() > 2)
      for (auto a : split_list(f[2])) lex.add_phrase(a, e);
    // A seat acts for the body the way a capital acts for its state.
    if (f.size() > 4)
      for (auto seat : split_list(f[4])) {
        PhraseEntry s = e;
        s.kind = PhraseKind::Capital;
        lex.add_phrase(seat, s, /*prefer=*/true);
      }
  });

  read_tsv((dir / "locations.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f[0].empty()) throw TsvError{"a location needs a name"};
    PhraseEntry e{std::string(f[0]), EntityType::Location, PhraseKind::Name, f.size() > 2 ? std::string(f[2]) : ""};
    lex.add_phrase(f[0], e);
    if (f.size() > 1)
      for (auto a : split_list(f[1])) lex.add_phrase(a, e);
  });

  read_tsv((dir / "titles.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.size() < 2) throw TsvError{"expected title<TAB>relation[<TAB>department]"};
    const auto rel = parse_relation_type(f[1]);
    if (!rel || (*rel != RelationType::LeaderOf && *rel != RelationType::WorksFor))
      throw TsvError{"relation must be leader_of or works_for, not '" + std::string(f[1]) + "'"};
    // Cut as the title is written before a name ("Sen. X"): abbreviations
    // are known capitalised, so "sen." alone would be cut "sen" + ".".
    std::string written(f[0]);
    if (!written.empty() && written[0] >= 'a' && written[0] <= 'z') written[0] = static_cast<char>(written[0] - 'a' + 'A');
    // "Secretary-General" is cut at its hyphen (hyphens.cpp splits hyphenated
    // capitalised words), "Secretary-general" is not: both are the title.
    std::string cut;
    for (const char c : written) cut += c == '-' ? std::string(" - ") : std::string(1, c);
    std::vector<std::string> keys{fold_case(lex.key_of(written))};
    if (const std::string k = fold_case(lex.key_of(cut)); k != keys.front()) keys.push_back(k);
    for (const std::string& key : keys)
      lex.longest_title_ = std::max(lex.longest_title_, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1);
    // The department by its canonical name ("Defense Department" is the Pentagon's alias).
    std::string department = f.size() > 2 ? std::string(f[2]) : std::string();
    if (const auto* entries = lex.phrase(lex.key_of(department)); entries && !department.empty())
      for (const PhraseEntry& e : *entries)
        if (e.type == EntityType::Organization) {
          department = e.canonical;
          break;
        }
    for (const std::string& key : keys) {
      lex.titles_[key] = TitleEntry{*rel, department};
      for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
        lex.title_prefixes_.insert(key.substr(0, space));
      lex.title_prefixes_.insert(key);
      lex.add_title_suffixes(key);
    }
  });

  read_tsv((dir / "anaphors.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.size() < 2) throw TsvError{"expected phrase<TAB>heads"};
    Anaphor a;
    const std::string key = lex.key_of(f[0]);
    for (auto w : split(key, ' ')) a.words.push_back(fold_case(w));
    for (auto h : split_list(f[1])) a.heads.push_back(h == "COUNTRY" || h == "STATE" || h == "DOCUMENT" || h == "STYLED" || h == "ORGANIZATION" || h == "GROUP" ? std::string(h) : fold_case(h));
    if (!a.words.empty()) lex.anaphor_openers_.insert(a.words.front());
    lex.anaphors_.push_back(std::move(a));
  });

  read_tsv((dir / "executives.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.empty() || f[0].empty()) throw TsvError{"expected noun<TAB>state"};
    const std::string state = f.size() > 1 ? std::string(f[1]) : std::string();
    if (!state.empty()) {
      const auto* entries = lex.phrase(lex.key_of(state));
      const bool country = entries && std::any_of(entries->begin(), entries->end(), [&](const PhraseEntry& e) {
        return e.type == EntityType::Country && e.canonical == state;
      });
      if (!country) throw TsvError{"'" + state + "' is not a country of countries.tsv"};
    }
    lex.executives_[fold_case(f[0])] = state;
  });

  read_tsv((dir / "first_names.tsv").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.size() < 2 || f[0].empty()) throw TsvError{"expected name<TAB>m|f|-"};
    const Gender g = f[1] == "m" ? Gender::Male : f[1] == "f" ? Gender::Female : Gender::Unknown;
    if (g == Gender::Unknown && f[1] != "-") throw TsvError{"gender must be m, f or -, not '" + std::string(f[1]) + "'"};
    lex.first_names_[std::string(f[0])] = g;
  });

  const fs::path words = dir / "words";
  if (fs::is_directory(words))
    for (const auto& entry : fs::directory_iterator(words))
      if (entry.path().extension() == ".txt")
        lex.lists_[entry.path().stem().string()] = read_word_list(entry.path().string());
  // "chief of staff": a title that leads an armed force it is "of".
  for (auto& [key, entry] : lex.titles_) entry.commands = lex.in("command_titles", key);
  // "vice-chairman", "deputy-director": a two-word title opened by a deputy
  // word (words/deputy_words.txt) written as one hyphenated word.
  std::vector<std::pair<std::string, TitleEntry>> hyphenated;
  for (const auto& [key, entry] : lex.titles_)
    if (const auto space = key.find(' ');
        space != std::string::npos && key.find(' ', space + 1) == std::string::npos &&
        lex.in("deputy_words", std::string_view(key).substr(0, space)))
      hyphenated.emplace_back(key.substr(0, space) + "-" + key.substr(space + 1), entry);
  for (auto& [key, entry] : hyphenated)
    if (lex.titles_.emplace(key, entry).second) {
      lex.title_prefixes_.insert(key);
      lex.add_title_suffixes(key);
    }
  if (fs::is_regular_file(words / "number_words.txt"))
    read_tsv((words / "number_words.txt").string(), [&](const std::vector<std::string_view>& f, std::size_t) {
      if (f.size() < 2) return;
      int value = 0;
      for (const char c : f[1]) {
        if (c < '0' || c > '9' || value > 100000) throw TsvError{"a number's value must be digits, not '" + std::string(f[1]) + "'"};
        value = value * 10 + (c - '0');
      }
      lex.number_values_[std::string(f[0])] = value;
    });
  return lex;
}

int Lexicon::count_value(std::string_view folded) const {
  if (!folded.empty() && folded.size() <= 3 &&
      std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int value = 0;
    for (const char c : folded) value = value * 10 + (c - '0');
    return value;
  }
  return number_value(folded);
}

int Lexicon::number_value(std::string_view folded) const {
  const auto it = number_values_.find(folded);
  return it == number_values_.end() ? 0 : it->second;
}

std::string singular_of(std::string_view plural) {
  const std::size_t n = plural.size();
  if (n > 3 && plural.ends_with("ies")) return std::string(plural.substr(0, n - 3)) + "y";
  if (n > 3 && plural.ends_with("men")) return std::string(plural.substr(0, n - 3)) + "man";
  if (n > 1 && plural.back() == 's') return std::string(plural.substr(0, n - 1));
  return {};
}

}  // namespace kg::extract
