// kg train: trains the tagger, lemmatiser and parser from UD treebanks and
// writes data/models/ (scripts/train_models.sh runs it).
#include <iostream>

#include "command.hpp"
#include "extract/known_lemmas.hpp"
#include "extract/name_gazetteer.hpp"
#include "kg/extract.hpp"
#include "kg/syntax.hpp"
#include "nlp/name_train.hpp"
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
  nlp::NameTrainConfig names{config.treebanks, config.out_dir};
  if (auto e = args.integer({"--names-epochs"})) names.epochs = static_cast<int>(*e);
  if (auto f = args.integer({"--names-folds"})) names.folds = static_cast<int>(*f);
  if (auto k = args.integer({"--names-seed"})) names.seed = static_cast<std::uint64_t>(*k);
  bool train_names = true;
  const std::string data_dir = args.option({"--data"}).value_or(default_data_dir());
  if (auto only = args.option({"--only"})) {
    config.tagger = *only == "tagger";
    config.lemmatizer = *only == "lemmas";
    config.parser = *only == "parser";
    train_names = *only == "names";
    if (!config.tagger && !config.lemmatizer && !config.parser && !train_names)
      throw UsageError{"--only takes tagger, lemmas, parser or names"};
  }
  if (config.tagger_epochs < 1 || config.parser_epochs < 1 || config.jackknife < 0 || names.epochs < 1 || names.folds < 0)
    throw UsageError{"epochs must be at least 1 and --jackknife at least 0"};
  if (!args.positionals().empty()) throw UsageError{"kg train takes no inputs"};
  if (config.lemmatizer) config.known_lemmas = extract::known_lemmas(data_dir);
  if (config.tagger || config.lemmatizer || config.parser) nlp::train_syntax_models(config, std::cerr);
  // The name recogniser reads the words as the tagger just written tags them.
  if (train_names) nlp::train_name_model(names, extract::name_gazetteer(data_dir), extract::name_definition(data_dir), std::cerr);
  std::cerr << "kg train: models written to " << config.out_dir << "\n";
  return kExitOk;
}

}  // namespace

extern const Command kTrainCommand{
    "train", "train the tagger, lemmatiser, parser and name recogniser from UD treebanks",
    "usage: kg train [--treebanks DIR] [-o DIR] [--tagger-epochs N] [--parser-epochs N] [--jackknife K]\n"
    "                [--names-epochs N] [--names-folds K] [--names-seed N] [--data DIR]\n"
    "                [--only tagger|lemmas|parser|names]\n"
    "\n"
    "Reads en_ewt-*.conllu and en_gum-open-*.conllu from --treebanks (default\n"
    "../shared/treebanks), trains on EWT train + GUM train, and writes\n"
    "tagger.kgm, lemmas.kgm, parser.kgm and names.kgm to -o (default data/models).\n"
    "Deterministic: the same treebanks give the same files. The parser learns\n"
    "from tags predicted by K-fold jackknifed taggers (--jackknife 0: gold tags).\n"
    "--only retrains one model and keeps the others.\n"
    "The name recogniser (names.kgm) learns person, organisation, place and\n"
    "event names from GUM train's entity annotations, reading words tagged by\n"
    "the tagger.kgm in -o and the lexicons of --data (default data/) as\n"
    "features; it is trained last and prints its scores on GUM dev.",
    run};

}  // namespace kg::cli
