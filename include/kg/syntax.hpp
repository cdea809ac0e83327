// Syntax for a sentence: Universal Dependencies tokens with their part of
// speech (UPOS and Penn XPOS), lemma, and dependency head and label, from
// models trained on UD English (data/models/, scripts/train_models.sh).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/segment.hpp"

namespace kg {

struct SyntaxToken {
  std::uint32_t begin = 0;  // byte span in the text the sentence was cut from
  std::uint32_t end = 0;
  std::string form;         // the word as UD splits it: "do" + "n't", "Russia" + "'s"
  std::string lemma;        // "impose", "sanction", "be"
  std::string_view upos;    // "PROPN"; upos, xpos and deprel view the loaded models'
  std::string_view xpos;    // "NNP"    tables and live as long as the SyntaxModel
  int head = -1;            // index of the head in the sentence; -1 for the root
  std::string_view deprel;  // "nsubj", "obl:tmod", "root"
  bool space_after = true;  // a space (or line break) follows in the text
  std::uint32_t token = 0;  // the kg::Token it was cut from (index in the tokens given)
};

using SyntaxSentence = std::vector<SyntaxToken>;

// The UD tokens of a sentence, from kg's tokens of it (kg/segment.hpp):
// each token split further the way UD English does: clitics ("do|n't",
// "ca|n't", "we|'re"), hyphenated compounds ("China|-|U.S.", "co|-|founder"),
// runs of periods ("...") kept as one token. text is what the tokens' byte
// offsets index.
SyntaxSentence ud_tokens(std::string_view text, std::span<const Token> tokens);

// The tagger, lemmatiser and parser, loaded once; const and thread-safe.
class SyntaxModel {
 public:
  // Reads tagger.kgm, lemmas.kgm and parser.kgm from models_dir; a missing,
  // truncated, corrupt or wrong-version file throws kg::Error naming it.
  static SyntaxModel load(const std::string& models_dir);
  SyntaxModel();
  ~SyntaxModel();
  SyntaxModel(SyntaxModel&&) noexcept;
  SyntaxModel& operator=(SyntaxModel&&) noexcept;

  // Fills upos, xpos and lemma of every token.
  void tag(SyntaxSentence& sentence) const;
  // Fills head and deprel; the tokens must be tagged.
  void parse(SyntaxSentence& sentence) const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit SyntaxModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The models folder under a data folder: data_dir/models.
std::string models_dir(const std::string& data_dir);

// One sentence as CoNLL-U lines (ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ MISC),
// preceded by "# sent_id" and "# text" comments and followed by a blank line.
std::string to_conllu(const SyntaxSentence& sentence, std::string_view sent_id, std::string_view text);

}  // namespace kg
