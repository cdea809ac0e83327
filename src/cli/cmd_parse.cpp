// kg parse: the syntax of every sentence of the inputs in CoNLL-U, so a
// person can see what the extraction rules see; --evaluate scores the models
// on a UD treebank file instead.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <iostream>

#include "command.hpp"
#include "extract/lexicon.hpp"
#include "extract/name_gazetteer.hpp"
#include "io/json_write.hpp"
#include "kg/segment.hpp"
#include "kg/syntax.hpp"
#include "nlp/name_model.hpp"
#include "nlp/name_train.hpp"
#include "nlp/syntax_train.hpp"
#include "pipeline.hpp"

namespace kg::cli {
namespace {

int evaluate(const std::string& treebank, const SyntaxModel& model, bool json, const std::string& predictions) {
  const auto gold = nlp::read_treebank(treebank);
  std::ofstream out;
  if (!predictions.empty()) {
    out.open(predictions);
    if (!out) throw Error(predictions + ": cannot write");
  }
  const nlp::SyntaxScores s = nlp::evaluate(model, gold, predictions.empty() ? nullptr : &out);
  if (json) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    io::put(w, "file", treebank);
    w.Key("words");
    w.Uint64(s.words);
    for (const auto& [key, value] : {std::pair{"upos", s.upos}, {"xpos", s.xpos}, {"lemma", s.lemma}, {"uas", s.uas},
                                     {"las", s.las}}) {
      w.Key(key);
      w.Double(value);
    }
    w.EndObject();
    std::cout << buf.GetString() << "\n";
  } else {
    std::cout << treebank << ": " << s.words << " words, UPOS " << s.upos << "%, XPOS " << s.xpos << "%, lemma "
              << s.lemma << "%, UAS " << s.uas << "%, LAS " << s.las << "%\n";
  }
  return kExitOk;
}

// Names: precision, recall and F1 per type against GUM's entity spans.
int evaluate_names(const std::string& treebank, const SyntaxModel& model, const nlp::NameTagger& names,
                   const nlp::NameDefinition& definition, bool json) {
  const auto gold = nlp::read_treebank(treebank);
  nlp::NameScores s;
  try {
    s = nlp::evaluate_names(model, names, gold, definition);
  } catch (const Error& e) {  // a bad Entity= value: name the file
    throw Error(treebank + ": " + e.what());
  }
  if (!json) {
    nlp::print_name_scores(s, treebank, std::cout);
    return kExitOk;
  }
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  io::put(w, "file", treebank);
  const auto counts = [&](std::string_view key, const nlp::NameCounts& c) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    w.StartObject();
    for (const auto& [k, v] : {std::pair{"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()}}) {
      w.Key(k);
      w.Double(v);
    }
    w.Key("gold");
    w.Uint64(c.gold);
    w.Key("found");
    w.Uint64(c.found);
    w.EndObject();
  };
  for (std::size_t t = 0; t < nlp::kNameTypes; ++t) counts(nlp::name_type_label(static_cast<nlp::NameType>(t)), s.by_type[t]);
  counts("all", s.all);
  w.EndObject();
  std::cout << buf.GetString() << "\n";
  return kExitOk;
}

int run(Args& args) {
  const std::string data_dir = args.option({"--data"}).value_or(default_data_dir());
  const std::string dir = args.option({"--models"}).value_or(models_dir(data_dir));
  const auto treebanks = args.options({"--evaluate"});
  bool json = args.flag({"--json"});
  // --format json names the output of --evaluate; any other value is the input format.
  if (const auto f = args.option({"--format"})) {
    if (*f == "json") json = true;
    else args.prepend({"--input-format", *f});
  }
  const std::string predictions = args.option({"--predictions"}).value_or("");
  const bool names = args.flag({"--names"});
  PipelineOptions options = pipeline_options(args);
  const auto inputs = args.positionals();
  const SyntaxModel model = SyntaxModel::load(dir);
  if (!treebanks.empty()) {
    if (!inputs.empty()) throw UsageError{"--evaluate takes treebank files, not inputs"};
    if (names) {
      const nlp::NameTagger tagger = nlp::load_name_tagger(dir);
      const nlp::NameDefinition definition = extract::name_definition(data_dir);
      for (const auto& t : treebanks) evaluate_names(t, model, tagger, definition, json);
      return kExitOk;
    }
    for (const auto& t : treebanks) evaluate(t, model, json, predictions);
    return kExitOk;
  }
  if (names) throw UsageError{"--names goes with --evaluate"};
  if (inputs.empty()) throw UsageError{"no input given"};
  const auto lexicon = extract::Lexicon::load(options.data_dir);
  Diagnostics diags;
  const std::size_t docs = read_inputs(inputs, options.read, [&](Document&& doc) {
    std::cout << "# newdoc id = " << doc.info.id << "\n";
    const Segmentation seg = segment(doc.text, lexicon.abbreviations());
    for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
      const Sentence& sent = seg.sentences[s];
      SyntaxSentence tokens = ud_tokens(doc.text, std::span(seg.tokens).subspan(sent.first, sent.last - sent.first));
      model.tag(tokens);
      model.parse(tokens);
      std::cout << to_conllu(tokens, doc.info.id + "#" + std::to_string(s),
                             std::string_view(doc.text).substr(sent.begin, sent.end - sent.begin));
    }
  }, diags);
  for (const auto& d : diags) std::cerr << "kg parse: " << d.to_string() << "\n";
  if (docs == 0) return kExitFailure;
  return diags.empty() ? kExitOk : kExitPartial;
}

}  // namespace

extern const Command kParseCommand{
    "parse", "print each sentence's tokens, tags, lemmas and dependencies (CoNLL-U)",
    "usage: kg parse INPUT... [--models DIR]\n"
    "       kg parse --evaluate TREEBANK.conllu... [--format json] [--predictions OUT.conllu]\n"
    "       kg parse --evaluate GUM.conllu... --names [--format json]\n"
    "\n"
    "Prints every sentence of the inputs in CoNLL-U: ID, FORM, LEMMA, UPOS,\n"
    "XPOS, HEAD and DEPREL from the trained models (data/models/), with each\n"
    "token's byte span in the document as TokenRange=BEGIN:END in MISC.\n"
    "--evaluate tags and parses the gold words of a UD treebank and prints\n"
    "UPOS, XPOS, lemma accuracy, UAS and LAS (universal labels); --predictions\n"
    "writes what the models said, in CoNLL-U, to compare with the gold.\n"
    "--names scores the name recogniser (names.kgm) instead: precision,\n"
    "recall and F1 of person, organisation, place and event names against\n"
    "the names of a GUM file's Entity= spans (exact span and type; see\n"
    "docs/NAMES.md for what counts as a name).\n"
    "Input options as for kg extract (--format, --include, --exclude, ...).",
    run};

}  // namespace kg::cli
