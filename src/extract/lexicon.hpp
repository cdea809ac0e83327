// The fact lexicons (countries, organisations, places, titles, word lists),
// loaded from data/lexicon/ and indexed by token sequence.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/segment.hpp"
#include "kg/types.hpp"

namespace kg::extract {

// Hashing for string keys looked up by string_view without making a
// std::string (the same hash as std::hash<std::string>).
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, TextHash, std::equal_to<>>;
template <class Value>
using WordMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;

// How a lexicon phrase refers to its entity.
enum class PhraseKind : std::uint8_t {
  Name,        // "North Korea", "U.S.", "State Department"
  Demonym,     // "North Korean": the country, as an adjective
  Capital,     // "Pyongyang": the country when it acts, a place otherwise
  Contextual,  // "the North": only when the document names the country otherwise
};

// The singular of a plural noun as news writes them ("authorities" ->
// "authority", "businessmen" -> "businessman", "groups" -> "group"); empty
// when the word does not end like a plural.
std::string singular_of(std::string_view plural);

// What a first name (or an honorific) tells about a person.
enum class Gender : std::uint8_t { Unknown, Male, Female };

struct PhraseEntry {
  std::string canonical;  // the entity's canonical name
  EntityType type = EntityType::Country;
  PhraseKind kind = PhraseKind::Name;
  std::string country;    // organisations and places: the state they belong to
};

// A role word or phrase: "leader" -> leader_of, "chief negotiator" -> works_for.
struct TitleEntry {
  RelationType relation = RelationType::WorksFor;
  std::string department;  // "Secretary of State" -> "State Department"
  bool commands = false;   // leads an armed force it is "of" (words/command_titles.txt)
};

class Lexicon {
 public:
  // Reads every file of data_dir/lexicon; throws kg::Error "file:line: ..." on a bad line.
  static Lexicon load(const std::string& data_dir);

  const Abbreviations& abbreviations() const { return abbreviations_; }

  // Entries for a phrase written exactly as in the text, tokens joined by one
  // space ("N. Korea", "Democratic People 's Republic of Korea").
  const std::vector<PhraseEntry>* phrase(std::string_view key) const;
  // The same for ALL-CAPS text ("SEOUL"), looked up by lower-cased key.
  const std::vector<PhraseEntry>* upper_phrase(std::string_view key) const;
  std::size_t longest_phrase() const { return longest_phrase_; }
  // Whether some phrase, case-folded, begins with these case-folded words
  // (whole words: "north" for "North Korea"): lets a scan stop early.
  bool phrase_prefix(std::string_view folded_words) const { return phrase_prefixes_.contains(folded_words); }

  // Title lookup by lower-cased phrase ("prime minister").
  const TitleEntry* title(std::string_view lower_key) const;
  std::size_t longest_title() const { return longest_title_; }
  // Whether some title begins with these lower-cased words (whole words).
  bool title_prefix(std::string_view lower_words) const { return title_prefixes_.contains(lower_words); }
  // Whether some title ends with these lower-cased words (after a space or a hyphen).
  bool title_suffix(std::string_view lower_words) const { return title_suffixes_.contains(lower_words); }

  // Word lists, by file name without extension (data/lexicon/words/*.txt).
  bool in(std::string_view list, std::string_view word) const;
  // A body's head word as its name writes it: its last word, or a head word
  // before "of", "on" or "for" ("Council of the European Union" is a
  // council, "Subcommittee on Antitrust ..." a subcommittee, "Joint
  // Committee on Transport" a committee).
  std::string_view body_head(std::string_view name) const;
  // Whether a body's name is one that hears witnesses: a committee (its head
  // word in committee_heads.txt), or a name with a word of
  // hearing_name_words.txt ("Commission of Inquiry", "Royal Commission into X").
  bool hears_witnesses(std::string_view name) const;
  // The value of a number written as a word ("four" -> 4; words/number_words.txt),
  // or 0.
  int number_value(std::string_view folded) const;
  // A count written in digits ("4", "12") or in words ("four"); 0 if neither.
  int count_value(std::string_view folded) const;

  // A first name ("Theresa"), or a family name that opens a name ("Kim"):
  // whether it is one, and the gender it tells (first_names.tsv).
  bool first_name(std::string_view word) const { return first_names_.contains(word); }
  // A hyphenated first name ("Karl-Theodor", "Anne-Marie") tells the gender
  // its parts agree on.
  Gender gender_of_first_name(std::string_view word) const {
    if (const auto it = first_names_.find(word); it != first_names_.end()) return it->second;
    const auto dash = word.find('-');
    if (dash == std::string_view::npos || dash == 0) return Gender::Unknown;
    const Gender first = gender_of_first_name(word.substr(0, dash));
    const Gender rest = gender_of_first_name(word.substr(dash + 1));
    return rest == Gender::Unknown || rest == first ? first : Gender::Unknown;
  }

  // The country whose name or demonym opens a body's name, given as its
  // tokens ("Chinese" of "Chinese foreign ministry", "Pakistan" of "Pakistan
  // Army"; at most three words, never all of them): the entry and how many
  // words it takes, or {nullptr, 0}.
  std::pair<const PhraseEntry*, std::size_t> country_opening(const std::vector<std::string_view>& words) const;

  // Whether a word (case-folded) is one of a country's names' words:
  // "kingdom" for Saudi Arabia ("Kingdom of Saudi Arabia").
  bool styled(const std::string& country, std::string_view word) const;

  // A country's first demonym ("Russia" -> "Russian"), or its name.
  std::string demonym_of(const std::string& country) const;

  std::string key_of(std::string_view phrase) const;  // tokenised and re-joined

  // "the committee" -> {"committee", "subcommittee"}; "the regime" -> {"COUNTRY"}.
  struct Anaphor {
    std::vector<std::string> words;  // lower-cased tokens
    std::vector<std::string> heads;  // lower-cased last words, or "COUNTRY", "STATE", "STYLED"
  };
  const std::vector<Anaphor>& anaphors() const { return anaphors_; }
  // Whether some anaphor phrase begins with this case-folded word ("the", "its").
  bool anaphor_opener(std::string_view folded) const { return anaphor_openers_.contains(folded); }

  // "the Trump administration": whether a noun names a state's executive
  // after its leader's name (executives.tsv), and the state it names when the
  // document ties the leader to none ("" for none).
  const std::string* executive(std::string_view noun) const {
    const auto it = executives_.find(noun);
    return it == executives_.end() ? nullptr : &it->second;
  }

 private:
  void add_phrase(std::string_view text, PhraseEntry entry, bool prefer = false);  // prefer: first for its phrase

  Abbreviations abbreviations_;
  WordMap<std::vector<PhraseEntry>> phrases_;
  WordMap<std::vector<PhraseEntry>> upper_phrases_;
  WordSet phrase_prefixes_;
  WordMap<TitleEntry> titles_;
  WordSet title_prefixes_;
  WordSet title_suffixes_;
  void add_title_suffixes(const std::string& key);
  WordMap<WordSet> lists_;
  WordMap<int> number_values_;
  WordMap<std::string> demonyms_;
  WordMap<WordSet> country_words_;  // country -> the case-folded words of its names
  WordMap<Gender> first_names_;
  std::vector<Anaphor> anaphors_;
  WordSet anaphor_openers_;
  WordMap<std::string> executives_;
  std::size_t longest_phrase_ = 1;
  std::size_t longest_title_ = 1;
};

}  // namespace kg::extract
