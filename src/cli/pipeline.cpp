// Reading and extraction shared by the commands that take articles.
#include "pipeline.hpp"

#include <iostream>
#include <set>

#include "command.hpp"
#include "english_check.hpp"
#include "progress.hpp"

namespace kg::cli {

PipelineOptions pipeline_options(Args& args) {
  PipelineOptions o;
  o.rule_files = args.options({"--rules"});
  o.data_dir = args.option({"--data"}).value_or(default_data_dir());
  if (auto c = args.number({"--min-confidence"})) {
    if (*c < 0 || *c > 1) throw UsageError{"--min-confidence must be between 0 and 1"};
    o.extract.min_confidence = static_cast<float>(*c);
  }
  o.read.strict = args.flag({"--strict"});
  o.read.absolute_sources = args.flag({"--absolute-sources"});
  if (auto f = args.option({"--input-format", "--format"})) {
    if (*f == "auto") o.read.format = InputFormat::Auto;
    else if (*f == "text") o.read.format = InputFormat::Text;
    else if (*f == "html") o.read.format = InputFormat::Html;
    else if (*f == "feed" || *f == "rss" || *f == "atom") o.read.format = InputFormat::Feed;
    else if (*f == "jsonl") o.read.format = InputFormat::Jsonl;
    else throw UsageError{"--input-format must be auto, text, html, feed or jsonl, not '" + *f + "'"};
  }
  o.read.include = args.options({"--include"});
  o.read.exclude = args.options({"--exclude"});
  // JSON Lines field names: --jsonl-field text=body maps our "text" to the record's "body".
  for (const auto& m : args.options({"--jsonl-field"})) {
    const auto eq = m.find('=');
    static const std::set<std::string> kNames = {"title", "date", "source", "url", "author", "text", "html"};
    if (eq == std::string::npos || !kNames.count(m.substr(0, eq)) || eq + 1 == m.size())
      throw UsageError{"--jsonl-field takes NAME=FIELD (NAME: title, date, source, url, author, text, html)"};
    o.read.jsonl_fields[m.substr(0, eq)] = m.substr(eq + 1);
  }
  return o;
}

PipelineReport run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            const std::function<void(DocumentFacts&&)>& sink) {
  const Extractor extractor = Extractor::load(options.data_dir, options.rule_files);
  PipelineReport report;
  Diagnostics diags;
  std::size_t printed = 0;
  const std::string prefix = "kg " + std::string(running_command()) + ": ";
  Progress progress(inputs, running_command());
  const auto flush_diags = [&] {
    if (printed < diags.size()) progress.clear();
    for (; printed < diags.size(); ++printed) std::cerr << prefix << diags[printed].to_string() << "\n";
  };
  report.documents = read_inputs(inputs, options.read, [&](Document&& doc) {
    flush_diags();
    progress.document(doc.text);
    if (!quiet() && !looks_english(doc.text)) {
      progress.clear();
      std::cerr << prefix << doc.info.id << ": warning: no English text found; kg reads English only\n";
    }
    sink(extractor.extract(doc, options.extract));
  }, diags);
  progress.clear();
  flush_diags();
  report.failures = diags.size();
  return report;
}

}  // namespace kg::cli
