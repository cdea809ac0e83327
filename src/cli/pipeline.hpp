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
};

struct PipelineReport {
  std::size_t documents = 0;
  std::size_t failures = 0;
};

// Takes --rules, --data, --min-confidence, --strict, --input-format (also spelled --format),
// --include, --exclude, --jsonl-field.
PipelineOptions pipeline_options(Args& args);

// Calls sink with each document's facts, in input order.
PipelineReport run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                            const std::function<void(DocumentFacts&&)>& sink);

}  // namespace kg::cli
