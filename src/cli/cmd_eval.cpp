// kg eval: build each gold document alone and score it against gold.jsonl,
// with the numbers and layout of ../shared/tools/kgscore.py.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "command.hpp"
#include "io/json_write.hpp"
#include "kg/builder.hpp"
#include "kg/error.hpp"
#include "kg/extract.hpp"
#include "kg/read.hpp"
#include "kg/score.hpp"
#include "pipeline.hpp"

namespace kg::cli {
namespace {

// One unit built exactly as `kg build UNIT` builds it; a unit that `kg build`
// would fail or only partly build (exit 1 or 3) throws.
KnowledgeGraph build_unit(const Extractor& extractor, const PipelineOptions& options, const std::string& path) {
  KnowledgeGraph g;
  Diagnostics diags;
  const std::size_t n = read_inputs({path}, options.read, [&](Document&& doc) {
    add_to_graph(g, extractor.extract(doc, options.extract));
  }, diags);
  if (!diags.empty()) throw Error(diags.front().to_string());
  if (n == 0) throw Error(path + ": no documents read");
  return g;
}

// printf-style formatting into a string (the table mirrors kgscore.py's f-strings).
template <typename... T>
std::string format(const char* fmt, T... values) {
  char buf[512];
  const int n = std::snprintf(buf, sizeof buf, fmt, values...);
  return n < 0 ? std::string() : std::string(buf, std::min<std::size_t>(static_cast<std::size_t>(n), sizeof buf - 1));
}

void print_row(const std::string& name, const Counts& c) {
  std::cout << format("%-14s%7.3f%7.3f%7.3f%5zu%5zu%5zu\n", name.c_str(), c.precision(), c.recall(), c.f1(), c.tp,
                      c.fp, c.fn);
}

void print_verbose(const EvalResult& r, std::ostream& out) {
  for (const auto& u : r.units) {
    out << "== " << u.unit << "\n";
    for (const auto& m : u.missed) out << "  missed   " << m << "\n";
    for (const auto& x : u.spurious) out << "  spurious " << x << "\n";
    for (const auto& x : u.entity_missed) out << "  entity missed   " << x << "\n";
    for (const auto& x : u.entity_spurious) out << "  entity spurious " << x << "\n";
  }
}

Counts counts_of(const EvalResult& r, const std::string& rel) {
  const auto it = r.relations.find(rel);
  return it == r.relations.end() ? Counts{} : it->second;
}

void print_table(const EvalResult& r) {
  std::cout << format("%-14s%7s%7s%7s%5s%5s%5s\n", "relation", "P", "R", "F1", "tp", "fp", "fn");
  for (const auto& rel : scored_relations()) print_row(rel, counts_of(r, rel));
  print_row("MICRO", r.relation_micro);
  print_row("ENTITIES", r.entities);
  for (const auto& f : r.failures) std::cout << "FAILED " << f << "\n";
}

template <typename Writer>
void write_counts(Writer& w, const Counts& c) {
  w.StartObject();
  io::put_number(w, "p", c.precision());
  io::put_number(w, "r", c.recall());
  io::put_number(w, "f1", c.f1());
  w.Key("tp");
  w.Uint64(c.tp);
  w.Key("fp");
  w.Uint64(c.fp);
  w.Key("fn");
  w.Uint64(c.fn);
  w.EndObject();
}

// The same object kgscore.py --json prints.
void print_json(const EvalResult& r) {
  rapidjson::OStreamWrapper os(std::cout);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("relations");
  w.StartObject();
  for (const auto& rel : scored_relations()) {
    w.Key(rel.c_str());
    write_counts(w, counts_of(r, rel));
  }
  w.EndObject();
  w.Key("failures");
  w.StartArray();
  for (const auto& f : r.failures) w.String(f.c_str());
  w.EndArray();
  w.Key("relation_micro");
  write_counts(w, r.relation_micro);
  w.Key("entity_micro");
  write_counts(w, r.entities);
  w.EndObject();
  std::cout << "\n";
}

int run(Args& args) {
  const bool verbose = args.flag({"-v", "--verbose"});
  // --format json|text is the output; --json is its old spelling. Another --format value is the
  // input format, as before --input-format existed.
  bool json = args.flag({"--json"});
  if (const auto f = args.option({"--format"})) {
    if (*f == "json") json = true;
    else if (*f != "text") args.prepend({"--input-format", *f});
  }
  const auto gold_option = args.option({"--gold"});
  const auto min_f1 = args.number({"--min-f1"});
  const PipelineOptions options = pipeline_options(args);
  const auto positionals = args.positionals();
  if (positionals.size() != 1) throw UsageError{"give exactly one CORPUS_DIR"};
  const std::string corpus = positionals[0];
  const std::string gold_path = gold_option.value_or(corpus + "/gold.jsonl");

  const std::vector<GoldUnit> gold = read_gold(gold_path);
  const Extractor extractor = Extractor::load(options.data_dir, options.rule_files);
  const EvalResult result = evaluate(gold, corpus, [&](const std::string& path) {
    return build_unit(extractor, options, path);
  });

  if (verbose) print_verbose(result, json ? std::cerr : std::cout);  // stdout stays one JSON document
  if (json) print_json(result);
  else print_table(result);
  // With JSON, stdout is the one JSON document; the summary line goes to stderr.
  (json ? std::cerr : std::cout) << format("relation micro F1 %.3f  entity F1 %.3f  documents %zu  failures %zu\n",
                      result.relation_micro.f1(), result.entities.f1(), gold.size(), result.failures.size());
  if (min_f1 && result.relation_micro.f1() < *min_f1) return kExitFailure;
  return result.failures.empty() ? kExitOk : kExitPartial;
}

}  // namespace

extern const Command kEvalCommand{
    "eval", "score extraction against gold annotations (gold.jsonl)",
    "usage: kg eval [--gold GOLD.jsonl] CORPUS_DIR [--verbose] [--format text|json] [--min-f1 X]\n"
    "               [--rules FILE]... [--data DIR] [--min-confidence X]\n"
    "\n"
    "Builds each gold document of CORPUS_DIR on its own (feed items and JSON Lines\n"
    "records, named FILE#N in the gold, are scored per file) and scores the graph\n"
    "against the gold file as ../shared/corpus/SCHEMA.md says: names compared after\n"
    "normalising, relations by type and ends (either order for met_with), optional\n"
    "gold relations neither missed nor spurious. Prints per-relation and micro\n"
    "precision, recall and F1, and entity F1 over (type, entity) pairs; the numbers\n"
    "are those of ../shared/tools/kgscore.py.\n"
    "\n"
    "  --gold FILE            the annotations (default: CORPUS_DIR/gold.jsonl)\n"
    "  -v, --verbose          list each document's missed and spurious relations and entities\n"
    "  --format json          print the summary as one JSON object (kgscore.py --json's shape;\n"
    "                         schema: docs/CLI.md); the summary line goes to stderr. --json: the same\n"
    "  --min-f1 X             exit 1 when relation micro F1 is below X\n"
    "  --rules FILE           extra relation rules (docs/RULES.md); repeatable\n"
    "  --data DIR             lexicon and rule folder (default: $KG_DATA_DIR or the built-in one)\n"
    "  --min-confidence X     drop facts whose rule confidence is below X (0..1)\n"
    "\n"
    "A document that fails to build is reported (FAILED) and scored as an empty graph.\n"
    "Exit status: 0 scored; 1 error, or F1 below --min-f1; 2 bad usage; 3 scored, but\n"
    "some documents failed to build.\n",
    run};

}  // namespace kg::cli
