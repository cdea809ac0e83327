// Reading and extraction shared by the commands that take articles.
#include "pipeline.hpp"

#include <set>

#include "parallel_pipeline.hpp"

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
  o.jobs = default_jobs();
  if (auto j = args.integer({"-j", "--jobs"})) {
    if (*j < 1 || *j > 1024) throw UsageError{"-j must be between 1 and 1024"};
    o.jobs = static_cast<unsigned>(*j);
  }
  return o;
}

PipelineReport run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            const std::function<void(DocumentFacts&&)>& sink) {
  return run_pipeline(inputs, options, nullptr, [&](std::uint64_t, DocumentFacts&& facts) { sink(std::move(facts)); });
}

PipelineReport run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            const TakeDocument& take, const SeqSink& sink) {
  const Extractor extractor = Extractor::load(options.data_dir, options.rule_files);
  return extract_in_order(inputs, options, extractor, take, sink);
}

}  // namespace kg::cli
