// The facts file: what one shard of a distributed `kg extract --shard I/N`
// hands to `kg merge`. It holds every document's DocumentFacts (document
// info and hash, entities with aliases and mention counts, facts with their
// evidence) numbered by the document's place in the whole input, between a
// header naming the run (shard, inputs, data version, options) and a trailer
// fingerprinting the corpus every shard read. Format: docs/SCALE.md.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "kg/fact.hpp"

namespace kg {
namespace io {
class TypeNames;
}

inline constexpr std::uint32_t kFactsFileVersion = 1;

struct FactsHeader {
  std::uint32_t shard = 0;   // this file's shard, 0-based
  std::uint32_t shards = 1;  // how many shards the run had
  std::vector<std::string> inputs;  // as given on the command line, in order
  std::string data_version;         // data_version() of the extractor's data
  std::string options;              // the options that change what is extracted, as text
};

struct FactsTrailer {
  std::uint64_t documents = 0;  // documents read by the shard (all of them: every shard walks every input)
  std::uint64_t records = 0;    // documents extracted into this file
  std::string corpus;           // hash over every document's place, id and content hash
};

class FactsWriter {
 public:
  FactsWriter(std::ostream& out, const FactsHeader& header);
  void add(std::uint64_t seq, const DocumentFacts& facts);
  // Writes the trailer; records and corpus are counted here.
  void finish(std::uint64_t documents, const std::string& corpus);

 private:
  std::ostream& out_;
  std::uint64_t records_ = 0;
};

// Reads a facts file written by FactsWriter; every failure (missing,
// truncated, corrupt, another version) throws kg::Error naming the file.
class FactsReader {
 public:
  explicit FactsReader(const std::string& path);
  ~FactsReader();
  FactsReader(FactsReader&&) noexcept;
  const std::string& path() const { return path_; }
  const FactsHeader& header() const { return header_; }
  const FactsTrailer& trailer() const { return trailer_; }
  // The next document's facts; false after the last one.
  bool next(std::uint64_t& seq, DocumentFacts& facts);

 private:
  std::string path_;
  std::ifstream in_;
  FactsHeader header_;
  FactsTrailer trailer_;
  std::uint64_t read_ = 0;
  std::string buffer_;
  std::unique_ptr<io::TypeNames> types_;  // on-disk type numbers -> this build's
};

// Folds one document (its place in the input, id and content hash) into a
// running corpus fingerprint; start from "".
std::string corpus_step(const std::string& corpus, std::uint64_t seq, const DocumentInfo& doc);

// A fingerprint of the data the extractor loads: every file under data_dir
// (by relative path and content, whatever it holds: lexicons, rules, models)
// and the extra rule files' contents. Shards of one run must agree on it.
std::string data_version(const std::string& data_dir, const std::vector<std::string>& rule_files);

}  // namespace kg
