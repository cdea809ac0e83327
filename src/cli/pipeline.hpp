// The shared front half of build, add, extract and eval: read inputs, run
// extraction per document, report per-document failures on stderr.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "args.hpp"
#include "kg/extract.hpp"
#include "kg/fact.hpp"
#include "kg/read.hpp"

namespace kg::cli {

struct PipelineOptions {
  ReadOptions read;
  ExtractOptions extract;
  std::string data_dir;
  std::vector<std::string> rule_files;
  unsigned jobs = 1;  // extraction threads (-j N; default: all cores)
};

struct PipelineReport {
  std::size_t documents = 0;
  std::size_t failures = 0;
};

// Takes --rules, --data, --min-confidence, --strict, --input-format (also spelled --format),
// --include, --exclude, --jsonl-field, -j/--jobs.
PipelineOptions pipeline_options(Args& args);

// Calls sink with each document's facts, in input order, whatever the
// number of jobs: documents are read in order on one thread, extracted on
// `jobs` threads, and handed to sink in order (parallel_pipeline.cpp).
PipelineReport run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            const std::function<void(DocumentFacts&&)>& sink);

// The same for a share of the documents: take(seq, doc) is called for every
// document read (seq counts from 0 in input order) and says whether to
// extract it; sink gets the chosen ones with their seq, in order.
using TakeDocument = std::function<bool(std::uint64_t seq, const Document& doc)>;
using SeqSink = std::function<void(std::uint64_t seq, DocumentFacts&&)>;
PipelineReport run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            const TakeDocument& take, const SeqSink& sink);

}  // namespace kg::cli
