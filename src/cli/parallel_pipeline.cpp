// The ordered parallel pipeline: a reader thread fills a bounded queue (the
// readers push documents to a callback, parallel_pipeline pulls them), a
// serial_in_order stage takes them off, a parallel stage extracts, a
// serial_in_order stage calls the sink. The sink therefore sees exactly the
// sequence a single thread would produce, and the graph file is the same
// bytes for every -j.
#include "parallel_pipeline.hpp"

#include <oneapi/tbb/concurrent_queue.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <exception>
#include <iostream>
#include <memory>
#include <thread>

#include "command.hpp"
#include "english_check.hpp"
#include "kg/text.hpp"
#include "progress.hpp"

namespace kg::cli {
namespace {

struct Item {
  std::uint64_t seq = 0;
  Document doc;
  DocumentFacts facts;
};

// What the reading thread tells the user: each diagnostic once, as it
// happens, prefixed with the command; the terminal's progress line; the
// warning for a document with no English text.
struct ReadMonitor {
  explicit ReadMonitor(const std::vector<std::string>& inputs)
      : prefix("kg " + std::string(running_command()) + ": "), progress(inputs, running_command()) {}
  Diagnostics diags;
  std::size_t printed = 0;
  std::string prefix;
  Progress progress;
  void flush() {
    if (printed < diags.size()) progress.clear();
    for (; printed < diags.size(); ++printed) std::cerr << prefix << diags[printed].to_string() << "\n";
  }
  void document(const Document& doc) {
    flush();
    progress.document(doc.text);
    if (!quiet() && !looks_english(doc.text)) {
      progress.clear();
      std::cerr << prefix << one_line(doc.info.id) << ": warning: no English text found; kg reads English only\n";
    }
  }
  void finish(PipelineReport& report) {
    progress.clear();
    flush();
    report.failures = static_cast<std::size_t>(
        std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return !d.warning; }));
  }
};

PipelineReport serial(const std::vector<std::string>& inputs, const PipelineOptions& options,
                      const Extractor& extractor, const TakeDocument& take, const SeqSink& sink) {
  PipelineReport report;
  ReadMonitor out(inputs);
  std::uint64_t seq = 0;
  report.documents = read_inputs(inputs, options.read, [&](Document&& doc) {
    out.document(doc);
    const std::uint64_t n = seq++;
    if (take && !take(n, doc)) return;
    sink(n, extractor.extract(doc, options.extract));
  }, out.diags);
  out.finish(report);
  return report;
}

}  // namespace

unsigned default_jobs() {
  const int n = oneapi::tbb::info::default_concurrency();
  return n > 0 ? static_cast<unsigned>(n) : 1u;
}

PipelineReport extract_in_order(const std::vector<std::string>& inputs, const PipelineOptions& options,
                                const Extractor& extractor, const TakeDocument& take, const SeqSink& sink) {
  if (options.jobs <= 1) return serial(inputs, options, extractor, take, sink);

  const unsigned jobs = options.jobs;
  // nullptr marks the end of the input.
  oneapi::tbb::concurrent_bounded_queue<Item*> queue;
  queue.set_capacity(2 * jobs);
  PipelineReport report;
  ReadMonitor out(inputs);
  std::exception_ptr read_error;

  std::thread reader([&] {
    std::uint64_t seq = 0;
    try {
      report.documents = read_inputs(inputs, options.read, [&](Document&& doc) {
        out.document(doc);
        const std::uint64_t n = seq++;
        if (take && !take(n, doc)) return;
        auto item = std::make_unique<Item>();
        item->seq = n;
        item->doc = std::move(doc);
        queue.push(item.get());
        item.release();
      }, out.diags);
      out.flush();
    } catch (const oneapi::tbb::user_abort&) {
      return;  // the pipeline failed and aborted the queue: stop reading
    } catch (...) {
      read_error = std::current_exception();
    }
    try {
      queue.push(nullptr);
    } catch (const oneapi::tbb::user_abort&) {
    }
  });

  std::exception_ptr pipeline_error;
  try {
    oneapi::tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute([&] {
      oneapi::tbb::parallel_pipeline(
          4 * jobs,
          oneapi::tbb::make_filter<void, Item*>(oneapi::tbb::filter_mode::serial_in_order,
                                                [&](oneapi::tbb::flow_control& fc) -> Item* {
                                                  Item* item = nullptr;
                                                  queue.pop(item);
                                                  if (!item) fc.stop();
                                                  return item;
                                                }) &
              oneapi::tbb::make_filter<Item*, Item*>(oneapi::tbb::filter_mode::parallel,
                                                     [&](Item* item) {
                                                       item->facts = extractor.extract(item->doc, options.extract);
                                                       item->doc = {};  // the text is not needed any more
                                                       return item;
                                                     }) &
              oneapi::tbb::make_filter<Item*, void>(oneapi::tbb::filter_mode::serial_in_order, [&](Item* item) {
                const std::unique_ptr<Item> owned(item);
                sink(owned->seq, std::move(owned->facts));
              }));
    });
  } catch (...) {
    pipeline_error = std::current_exception();
    queue.abort();  // wakes the reader if it waits on a full queue
  }
  reader.join();
  for (Item* left = nullptr; queue.try_pop(left);) delete left;
  if (pipeline_error) std::rethrow_exception(pipeline_error);
  if (read_error) std::rethrow_exception(read_error);
  out.finish(report);
  return report;
}

}  // namespace kg::cli
