#include "syntax_train.hpp"

#include <chrono>
#include <filesystem>
#include <ostream>
#include <sstream>

#include "hash.hpp"
#include "kg/error.hpp"
#include "model_io.hpp"
#include "syntax_model.hpp"
#include "word_shape.hpp"

namespace kg::nlp {
namespace {

namespace fs = std::filesystem;

std::vector<TreebankSentence> read_all(const std::string& dir, std::initializer_list<const char*> names) {
  std::vector<TreebankSentence> out;
  for (const char* name : names) {
    auto part = read_treebank((fs::path(dir) / name).string());
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return out;
}

std::vector<std::string_view> forms_of(const TreebankSentence& s) {
  std::vector<std::string_view> out;
  for (const auto& t : s.tokens) out.push_back(t.form);
  return out;
}

// The parser's view of a sentence with its gold tags.
std::vector<ParserWord> parser_words(const TreebankSentence& s) {
  std::vector<ParserWord> out;
  for (const auto& t : s.tokens) out.push_back(parser_word(t.form, parser_tag(t.upos, t.xpos)));
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::string universal(std::string_view label) { return std::string(label.substr(0, label.find(':'))); }

}  // namespace

void train_syntax_models(const TrainConfig& config, std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  const auto train = read_all(config.treebanks, {"en_ewt-train.conllu", "en_gum-open-train.conllu"});
  const auto dev = read_all(config.treebanks, {"en_ewt-dev.conllu"});
  log << "train: " << train.size() << " sentences (EWT + GUM train)\n";
  fs::create_directories(config.out_dir);

  // Jackknifing: each fold of the training sentences tagged by a first-pass
  // tagger trained on the other folds, so the second pass and the parser
  // learn from tags as good (and as bad) as the tagger's on unseen text.
  const Tagger full = config.tagger ? Tagger::train(train, {config.tagger_epochs, 1}, log) : Tagger();
  std::vector<std::vector<std::uint16_t>> first_tags(train.size());
  std::vector<std::vector<ParserWord>> words(train.size());
  if (config.jackknife > 1 && (config.tagger || config.parser)) {
    const auto folds = static_cast<std::size_t>(config.jackknife);
    for (std::size_t fold = 0; fold < folds; ++fold) {
      std::vector<TreebankSentence> rest;
      for (std::size_t i = 0; i < train.size(); ++i)
        if (i % folds != fold) rest.push_back(train[i]);
      std::ostringstream quiet;
      const Tagger t = Tagger::train(rest, {config.tagger_epochs, 1 + fold}, quiet);
      for (std::size_t i = fold; i < train.size(); i += folds) {
        const auto forms = forms_of(train[i]);
        std::vector<std::uint16_t> tags;
        t.tag(t.words(forms), tags);
        for (std::size_t k = 0; k < tags.size(); ++k) {
          const auto upos = t.upos(tags[k]), xpos = t.xpos(tags[k]);
          if (config.tagger) first_tags[i].push_back(full.tag_id(upos, xpos));
          words[i].push_back(parser_word(train[i].tokens[k].form, parser_tag(upos, xpos)));
        }
      }
      log << "jackknife fold " << fold + 1 << "/" << folds << " tagged\n";
    }
  } else {
    for (std::size_t i = 0; i < train.size(); ++i) words[i] = parser_words(train[i]);
  }
  if (config.tagger) {
    Tagger tagger = full;
    if (config.jackknife > 1) tagger.train_second_pass(train, first_tags, {config.tagger_epochs, 1}, log);
    ModelWriter out("tagger");
    tagger.write(out);
    out.save((fs::path(config.out_dir) / kTaggerFile).string());
    log << "tagger: " << seconds_since(start) << " s\n";
  }
  if (config.lemmatizer) {
    const Lemmatizer lemmatizer = Lemmatizer::train(train, config.known_lemmas, log);
    ModelWriter out("lemmatizer");
    lemmatizer.write(out);
    out.save((fs::path(config.out_dir) / kLemmasFile).string());
  }
  if (!config.parser) return;
  Parser::TrainOptions options;
  options.epochs = config.parser_epochs;
  const Parser parser = Parser::train(train, words, options, log);
  {
    ModelWriter out("parser");
    parser.write(out);
    out.save((fs::path(config.out_dir) / kParserFile).string());
  }
  log << "all models: " << seconds_since(start) << " s\n";
}

SyntaxScores evaluate(const SyntaxModel& model, const std::vector<TreebankSentence>& gold, std::ostream* predictions) {
  std::size_t n = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  for (const auto& s : gold) {
    SyntaxSentence sent;
    for (const auto& t : s.tokens) {
      SyntaxToken tok;
      tok.form = t.form;
      sent.push_back(std::move(tok));
    }
    model.tag(sent);
    model.parse(sent);
    if (predictions) *predictions << to_conllu(sent, s.id, s.text);
    for (std::size_t i = 0; i < sent.size(); ++i) {
      const auto& g = s.tokens[i];
      const auto& p = sent[i];
      ++n;
      upos += p.upos == g.upos;
      xpos += p.xpos == g.xpos;
      lemma += p.lemma == g.lemma;
      if (p.head == g.head) {
        ++uas;
        las += universal(p.deprel) == universal(g.deprel);
      }
    }
  }
  const auto pct = [n](std::size_t k) { return n ? 100.0 * static_cast<double>(k) / static_cast<double>(n) : 0.0; };
  return {n, pct(upos), pct(xpos), pct(lemma), pct(uas), pct(las)};
}

}  // namespace kg::nlp
