// kg train: trains the tagger, lemmatiser and parser from UD treebanks and
// writes data/models/ (scripts/train_models.sh runs it).
#include <iostream>

#include "command.hpp"
#include "kg/extract.hpp"
#include "kg/syntax.hpp"
#include "nlp/syntax_train.hpp"

namespace kg::cli {
namespace {

int run(Args& args) {
  nlp::TrainConfig config;
  config.treebanks = args.option({"--treebanks"}).value_or("../shared/treebanks");
  config.out_dir = args.option({"-o", "--out"}).value_or(models_dir(default_data_dir()));
  if (auto e = args.integer({"--tagger-epochs"})) config.tagger_epochs = static_cast<int>(*e);
  if (auto e = args.integer({"--parser-epochs"})) config.parser_epochs = static_cast<int>(*e);
  if (auto j = args.integer({"--jackknife"})) config.jackknife = static_cast<int>(*j);
  if (auto only = args.option({"--only"})) {
    config.tagger = *only == "tagger";
    config.lemmatizer = *only == "lemmas";
    config.parser = *only == "parser";
    if (!config.tagger && !config.lemmatizer && !config.parser) throw UsageError{"--only takes tagger, lemmas or parser"};
  }
  if (config.tagger_epochs < 1 || config.parser_epochs < 1 || config.jackknife < 0)
    throw UsageError{"epochs must be at least 1 and --jackknife at least 0"};
  if (!args.positionals().empty()) throw UsageError{"kg train takes no inputs"};
  nlp::train_syntax_models(config, std::cerr);
  std::cerr << "kg train: models written to " << config.out_dir << "\n";
  return kExitOk;
}

}  // namespace

extern const Command kTrainCommand{
    "train", "train the tagger, lemmatiser and parser from UD treebanks",
    "usage: kg train [--treebanks DIR] [-o DIR] [--tagger-epochs N] [--parser-epochs N] [--jackknife K]\n"
    "                [--only tagger|lemmas|parser]\n"
    "\n"
    "Reads en_ewt-*.conllu and en_gum-open-*.conllu from --treebanks (default\n"
    "../shared/treebanks), trains on EWT train + GUM train, and writes\n"
    "tagger.kgm, lemmas.kgm and parser.kgm to -o (default data/models).\n"
    "Deterministic: the same treebanks give the same files. The parser learns\n"
    "from tags predicted by K-fold jackknifed taggers (--jackknife 0: gold tags).\n"
    "--only retrains one model and keeps the others.",
    run};

}  // namespace kg::cli
