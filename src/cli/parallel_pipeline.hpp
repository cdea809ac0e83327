// Read in order -> extract on N threads -> hand over in order: the engine
// behind run_pipeline (oneTBB parallel_pipeline; docs/DEPENDENCIES.md).
#pragma once

#include "pipeline.hpp"

namespace kg::cli {

// All cores this process may use (affinity mask and cgroup quota respected).
unsigned default_jobs();

// Reads inputs on one thread, extracts the documents `take` accepts (all when
// take is empty) on options.jobs threads and calls sink in input order. At
// most a few documents per job are in flight, so memory stays bounded.
// Read failures are printed on stderr as they happen and counted.
PipelineReport extract_in_order(const std::vector<std::string>& inputs, const PipelineOptions& options,
                                const Extractor& extractor, const TakeDocument& take, const SeqSink& sink);

}  // namespace kg::cli
