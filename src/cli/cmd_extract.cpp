// kg extract: each document's facts as JSON Lines on stdout, one fact a line,
// with entity spans, the rule that fired and the evidence sentence.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "command.hpp"
#include "io/json_write.hpp"
#include "kg/fact.hpp"
#include "pipeline.hpp"

namespace kg::cli {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

using io::put;

void write_end(JsonWriter& w, const char* key, const ExtractedEntity& e, const Span& span) {
  w.Key(key);
  w.StartObject();
  put(w, "name", e.name);
  put(w, "type", to_string(e.type));
  w.Key("span");
  w.StartArray();
  w.Uint(span.begin);
  w.Uint(span.end);
  w.EndArray();
  w.EndObject();
}

// One fact as one JSON object (no newline).
std::string fact_json(const DocumentFacts& facts, const Fact& f) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  const ExtractedEntity none{"?", EntityType::Person, {}, 0};
  const auto entity = [&](std::uint32_t i) -> const ExtractedEntity& {
    return i < facts.entities.size() ? facts.entities[i] : none;
  };
  const Evidence& ev = f.evidence;
  w.StartObject();
  put(w, "doc", facts.doc.id);
  put(w, "relation", to_string(f.relation));
  write_end(w, "subject", entity(f.subject), f.subject_span);
  write_end(w, "object", entity(f.object), f.object_span);
  put(w, "modality", to_string(ev.modality));
  io::put_number(w, "confidence", ev.confidence);
  put(w, "rule", ev.rule);
  put(w, "what", f.what);
  put(w, "role", f.role);
  w.Key("evidence");
  w.StartObject();
  io::put_sentence(w, ev.sentence, ev.span, ev.text);
  w.EndObject();
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

int run(Args& args) {
  // --format json names the output (JSON Lines, the only one); any other value is the input format.
  if (const auto f = args.option({"--format"})) {
    if (*f != "json") args.prepend({"--input-format", *f});
  }
  const PipelineOptions options = pipeline_options(args);
  const auto inputs = args.positionals();
  if (inputs.empty()) throw UsageError{"no input given"};
  std::size_t facts_written = 0;
  const auto report = run_pipeline(inputs, options, [&](DocumentFacts&& facts) {
    for (const auto& f : facts.facts) {
      std::cout << fact_json(facts, f) << '\n';
      ++facts_written;
    }
    std::cout.flush();  // one document at a time, so a pipe sees facts as they come
  });
  if (report.documents == 0) {
    std::cerr << "kg extract: no documents read\n";
    return kExitFailure;
  }
  if (!quiet()) std::cerr << "kg extract: " << report.documents << " documents, " << facts_written << " facts\n";
  return report.failures ? kExitPartial : kExitOk;
}

}  // namespace

extern const Command kExtractCommand{
    "extract", "print the facts extracted from articles as JSON Lines",
    "usage: kg extract INPUT... [--rules FILE]... [--min-confidence X] [--strict]\n"
    "                  [--input-format auto|text|html|feed|jsonl] [--include GLOB]... [--exclude GLOB]...\n"
    "                  [--format json]\n"
    "\n"
    "Reads articles as `kg build` does and prints every extracted fact on stdout as one\n"
    "JSON object per line (--format json is this output, the only one; an input format\n"
    "given as --format is still read as --input-format), in input order, without building a graph:\n"
    "\n"
    "  {\"doc\": ID, \"relation\": \"works_for\",\n"
    "   \"subject\": {\"name\", \"type\", \"span\": [BEGIN, END]}, \"object\": {...},\n"
    "   \"modality\": \"occurred\", \"confidence\": 0.9, \"rule\": RULE_ID, \"what\": \"\", \"role\": \"\",\n"
    "   \"evidence\": {\"sentence\": N, \"start\": BEGIN, \"end\": END, \"text\": SENTENCE}}\n"
    "\n"
    "Spans are byte offsets [BEGIN, END) into the document text. Useful to see which\n"
    "rule produced a fact, or why one is missing.\n"
    "\n"
    "  --rules FILE           extra relation rules (docs/RULES.md); repeatable\n"
    "  --data DIR             lexicon and rule folder (default: $KG_DATA_DIR or the built-in one)\n"
    "  --min-confidence X     drop facts whose rule confidence is below X (0..1)\n"
    "  --strict               stop at the first input that fails\n"
    "\n"
    "Exit status: 0 done; 1 nothing could be read; 2 bad usage; 3 done, but some inputs failed.\n",
    run};

}  // namespace kg::cli
