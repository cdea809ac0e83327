#include "name_train.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <ostream>

#include "kg/error.hpp"
#include "model_io.hpp"
#include "name_model.hpp"

namespace kg::nlp {
namespace {

namespace fs = std::filesystem;

std::vector<NameWord> tagged_words(const SyntaxModel& syntax, const TreebankSentence& s) {
  SyntaxSentence sent;
  sent.reserve(s.tokens.size());
  for (const auto& t : s.tokens) {
    SyntaxToken tok;
    tok.form = t.form;
    sent.push_back(std::move(tok));
  }
  syntax.tag(sent);
  return name_words(syntax, sent);
}

// The treebank's documents: runs of sentences whose ids share the part
// before the last '-' ("GUM_bio_x-1", "GUM_bio_x-2").
std::vector<std::vector<const TreebankSentence*>> documents(const std::vector<TreebankSentence>& sentences) {
  std::vector<std::vector<const TreebankSentence*>> out;
  std::string_view current;
  for (const auto& s : sentences) {
    const std::string_view id = s.id;
    const std::string_view doc = id.substr(0, id.rfind('-'));
    if (out.empty() || doc != current || doc.empty()) out.emplace_back();
    current = doc;
    out.back().push_back(&s);
  }
  return out;
}

}  // namespace

void train_name_model(const NameTrainConfig& config, NameGazetteer gazetteer, const NameDefinition& definition,
                      std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  const SyntaxModel syntax = SyntaxModel::load(config.out_dir);
  const std::string train_path = (fs::path(config.treebanks) / "en_gum-open-train.conllu").string();
  const auto train = read_treebank(train_path);
  std::vector<std::vector<NameSentence>> words;
  std::vector<std::vector<std::vector<NameSpan>>> gold;
  std::size_t names = 0;
  for (const auto& doc : documents(train)) {
    words.emplace_back();
    gold.emplace_back();
    for (const TreebankSentence* s : doc) {
      words.back().push_back(tagged_words(syntax, *s));
      try {
        gold.back().push_back(gold_names(*s, definition));
      } catch (const Error& e) {
        throw Error(train_path + ": " + e.what());
      }
      names += gold.back().back().size();
    }
  }
  log << "names: " << words.size() << " documents, " << train.size() << " sentences, " << names
      << " names (GUM train)\n";
  NameTagger::TrainOptions options;
  options.epochs = config.epochs;
  options.seed = config.seed;
  const NameTagger tagger = NameTagger::train(words, gold, std::move(gazetteer), options,
                                              static_cast<std::size_t>(config.folds), log);
  ModelWriter out("names");
  tagger.write(out);
  out.save((fs::path(config.out_dir) / kNamesFile).string());
  const fs::path dev = fs::path(config.treebanks) / "en_gum-open-dev.conllu";
  if (fs::exists(dev)) print_name_scores(evaluate_names(syntax, tagger, read_treebank(dev.string()), definition), dev.string(), log);
  log << "names: " << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
}

NameScores evaluate_names(const SyntaxModel& syntax, const NameTagger& names,
                          const std::vector<TreebankSentence>& gold, const NameDefinition& definition) {
  NameScores out;
  for (const auto& doc : documents(gold)) {
    std::vector<NameSentence> words;
    for (const TreebankSentence* s : doc) words.push_back(tagged_words(syntax, *s));
    const auto found_in = names.names(words);
    for (std::size_t k = 0; k < doc.size(); ++k) {
    const TreebankSentence& s = *doc[k];
    const auto truth = gold_names(s, definition);
    const auto& found = found_in[k];
    for (const auto& n : found) {
      ++out.by_type[static_cast<std::size_t>(n.type)].found;
      ++out.all.found;
    }
    if (std::getenv("KG_DEBUG_NAMES")) {
      const auto show = [&](const NameSpan& n) {
        std::string t;
        for (auto j = n.first; j < n.last; ++j) t += (j > n.first ? " " : "") + s.tokens[j].form;
        return t + "/" + std::string(name_type_label(n.type));
      };
      for (const auto& g : truth)
        if (std::find(found.begin(), found.end(), g) == found.end()) std::fprintf(stderr, "MISS %s %u %u %s\n", s.id.c_str(), g.first, g.last, show(g).c_str());
      for (const auto& g : found)
        if (std::find(truth.begin(), truth.end(), g) == truth.end()) std::fprintf(stderr, "FALSE %s %u %u %s\n", s.id.c_str(), g.first, g.last, show(g).c_str());
    }
    for (const auto& g : truth) {
      auto& c = out.by_type[static_cast<std::size_t>(g.type)];
      ++c.gold;
      ++out.all.gold;
      if (std::find(found.begin(), found.end(), g) != found.end()) {
        ++c.right;
        ++out.all.right;
      }
    }
    }
  }
  return out;
}

void print_name_scores(const NameScores& s, const std::string& what, std::ostream& out) {
  out << what << ": names (exact span and type)\n";
  const auto row = [&](std::string_view label, const NameCounts& c) {
    out << "  " << std::left << std::setw(13) << label << std::right << std::fixed << std::setprecision(3)
        << " P " << c.precision() << "  R " << c.recall() << "  F1 " << c.f1() << "  (" << c.gold << " gold, "
        << c.found << " found)\n";
  };
  for (std::size_t t = 0; t < kNameTypes; ++t) row(name_type_label(static_cast<NameType>(t)), s.by_type[t]);
  row("all", s.all);
  out.unsetf(std::ios::floatfield);
}

}  // namespace kg::nlp
