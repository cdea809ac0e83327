// Training and scoring the name recogniser on GUM's entity annotations:
// what `kg train --only names` and `kg parse --evaluate FILE --names` run.
#pragma once

#include <array>
#include <iosfwd>
#include <string>
#include <vector>

#include "kg/syntax.hpp"
#include "name_tagger.hpp"
#include "treebank.hpp"

namespace kg::nlp {

struct NameTrainConfig {
  std::string treebanks;  // folder with en_gum-open-{train,dev}.conllu
  std::string out_dir;    // where names.kgm goes; its tagger.kgm tags the words
  int epochs = 10;
  int folds = 4;  // of documents, for the second reading's first readings (0: one reading)
  std::uint64_t seed = 1;  // of the shuffles (runs use seed, seed + 1000, ...)
};

// Trains on GUM train (words tagged by the tagger in out_dir), prints the
// scores on GUM dev, writes out_dir/names.kgm; throws kg::Error.
void train_name_model(const NameTrainConfig& config, NameGazetteer gazetteer, const NameDefinition& definition,
                      std::ostream& log);

struct NameCounts {
  std::size_t found = 0, gold = 0, right = 0;  // exact span and type
  double precision() const { return found ? static_cast<double>(right) / static_cast<double>(found) : 0.0; }
  double recall() const { return gold ? static_cast<double>(right) / static_cast<double>(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};
struct NameScores {
  std::array<NameCounts, kNameTypes> by_type;
  NameCounts all;
};

// Tags the gold words of each sentence, finds the names of each document
// (sentences whose sent_id differ only after the last '-') and compares
// them with gold_names() (exact span and type).
NameScores evaluate_names(const SyntaxModel& syntax, const NameTagger& names,
                          const std::vector<TreebankSentence>& gold, const NameDefinition& definition);
void print_name_scores(const NameScores& s, const std::string& what, std::ostream& out);

}  // namespace kg::nlp
