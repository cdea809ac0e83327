// Training and scoring the syntax models on UD treebanks: what `kg train`
// and `kg parse --evaluate` run.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "kg/syntax.hpp"
#include "lemmatizer.hpp"
#include "treebank.hpp"

namespace kg::nlp {

struct TrainConfig {
  std::string treebanks;  // folder with en_ewt-*.conllu and en_gum-open-*.conllu
  std::string out_dir;    // where tagger.kgm, lemmas.kgm, parser.kgm go
  int tagger_epochs = 8;
  int parser_epochs = 12;
  int jackknife = 4;      // folds of predicted tags for the parser's training (0: gold tags)
  bool tagger = true, lemmatizer = true, parser = true;  // which models to train
  std::vector<KnownLemma> known_lemmas;  // lemmas the treebanks may lack (lemmatizer.hpp)
};

// Trains all three models and writes them; throws kg::Error.
void train_syntax_models(const TrainConfig& config, std::ostream& log);

struct SyntaxScores {
  std::size_t words = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;  // percentages
};

// Tags, lemmatises and parses the gold words of each sentence and compares.
// LAS compares the universal part of labels ("obl" for "obl:tmod"), as the
// CoNLL 2018 shared task's scorer does.
// When predictions is given, each sentence is also written to it in CoNLL-U.
SyntaxScores evaluate(const SyntaxModel& model, const std::vector<TreebankSentence>& gold,
                      std::ostream* predictions = nullptr);

}  // namespace kg::nlp
