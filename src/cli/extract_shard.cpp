// kg extract --shard I/N|env -o DIR: walks every input (so each document has
// the same number in every shard), extracts documents seq % N == I and writes
// their facts to DIR/shard-I-of-N.kgf, atomically.
#include "extract_shard.hpp"

#include <filesystem>
#include <iostream>
#include <sstream>

#include "command.hpp"
#include "kg/atomic_file.hpp"
#include "kg/facts_file.hpp"
#include "pipeline.hpp"
#include "shard.hpp"

namespace kg::cli {
namespace {

// The options that change which facts come out, as one line for the header.
std::string options_text(const PipelineOptions& o) {
  std::ostringstream s;
  s << "min-confidence=" << o.extract.min_confidence << " format=" << format_name(o.read.format);
  for (const auto& g : o.read.include) s << " include=" << g;
  for (const auto& g : o.read.exclude) s << " exclude=" << g;
  for (const auto& [name, field] : o.read.jsonl_fields) s << " jsonl-field=" << name << '=' << field;
  s << " max-document-bytes=" << o.read.max_document_bytes << " max-file-bytes=" << o.read.max_file_bytes;
  return s.str();
}

}  // namespace

int run_extract_shard(Args& args, const std::string& shard_spec) {
  const Shard shard = parse_shard(shard_spec);
  const auto out_dir = args.option({"-o", "--output"});
  const PipelineOptions options = pipeline_options(args);
  const auto inputs = args.positionals();
  if (!out_dir) throw UsageError{"--shard needs -o DIR, the folder for the facts files"};
  if (inputs.empty()) throw UsageError{"no input given"};
  for (const auto& in : inputs)
    if (in == "-") throw UsageError{"--shard cannot read stdin: every shard must read the same inputs"};

  FactsHeader header;
  header.shard = shard.index;
  header.shards = shard.count;
  header.inputs = inputs;
  header.data_version = data_version(options.data_dir, options.rule_files);
  header.options = options_text(options);

  std::error_code ec;
  std::filesystem::create_directories(*out_dir, ec);
  if (ec) throw Error(*out_dir + ": cannot create the folder: " + ec.message());
  const std::string path = (std::filesystem::path(*out_dir) / shard.file_name()).string();

  PipelineReport report;
  std::size_t taken = 0, facts_written = 0;
  write_file_atomically(path, [&](std::ostream& out) {
    FactsWriter writer(out, header);
    std::string corpus;
    report = run_pipeline(
        inputs, options,
        [&](std::uint64_t seq, const Document& doc) {
          corpus = corpus_step(corpus, seq, doc.info);
          return shard.takes(seq);
        },
        [&](std::uint64_t seq, DocumentFacts&& facts) {
          writer.add(seq, facts);
          ++taken;
          facts_written += facts.facts.size();
        });
    if (report.documents == 0) throw Error("no documents read; " + path + " not written");
    writer.finish(report.documents, corpus);
  });
  // One write, so the lines of ranks sharing a terminal do not interleave.
  std::ostringstream line;
  line << "kg extract: shard " << shard.index << "/" << shard.count << ": " << taken << " of " << report.documents
       << " documents, " << facts_written << " facts -> " << path << "\n";
  std::cerr << line.str() << std::flush;
  return report.failures ? kExitPartial : kExitOk;
}

}  // namespace kg::cli
