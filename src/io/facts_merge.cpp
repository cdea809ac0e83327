// kg merge's core: validate that the facts files are one run's shards, then
// add their documents in input order (each file is already in order; the
// next document is the smallest seq at the head of any file).
#include "kg/facts_merge.hpp"

#include <queue>

#include "kg/builder.hpp"
#include "kg/error.hpp"
#include "kg/facts_file.hpp"

namespace kg {
namespace {

// Why b is not from the same run as a, or "" when it is.
std::string difference(const FactsReader& a, const FactsReader& b) {
  const FactsHeader &x = a.header(), &y = b.header();
  if (x.inputs != y.inputs) return "the inputs differ";
  if (x.data_version != y.data_version) return "the data versions differ (lexicons, rules or models changed)";
  if (x.options != y.options) return "the extraction options differ (" + x.options + " / " + y.options + ")";
  if (x.shards != y.shards)
    return "the shard counts differ (" + std::to_string(x.shards) + " and " + std::to_string(y.shards) + ")";
  if (a.trailer().corpus != b.trailer().corpus || a.trailer().documents != b.trailer().documents)
    return "they read different documents (the corpus changed between the runs)";
  return {};
}

void check_one_run(const std::vector<FactsReader>& files) {
  const FactsReader& first = files.front();
  const std::uint32_t n = first.header().shards;
  std::vector<const FactsReader*> by_shard(n, nullptr);
  for (const FactsReader& f : files) {
    if (auto why = difference(first, f); !why.empty())
      throw Error(f.path() + ": from another run than " + first.path() + ": " + why);
    const FactsReader*& slot = by_shard[f.header().shard];
    if (slot)
      throw Error(f.path() + ": shard " + std::to_string(f.header().shard) + " of " + std::to_string(n) +
                  " again (also " + slot->path() + ")");
    slot = &f;
  }
  for (std::uint32_t i = 0; i < n; ++i)
    if (!by_shard[i])
      throw Error("shard " + std::to_string(i) + " of " + std::to_string(n) + " is missing (the run of " +
                  first.path() + " had " + std::to_string(n) + " shards)");
}

struct Head {
  std::uint64_t seq;
  std::size_t file;
  friend bool operator>(const Head& a, const Head& b) { return a.seq > b.seq; }
};

}  // namespace

MergeReport merge_facts_files(KnowledgeGraph& g, const std::vector<std::string>& paths) {
  if (paths.empty()) throw Error("no facts files to merge");
  std::vector<FactsReader> files;
  files.reserve(paths.size());
  for (const auto& p : paths) files.emplace_back(p);
  check_one_run(files);

  std::vector<DocumentFacts> pending(files.size());
  std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
  const auto advance = [&](std::size_t i) {
    std::uint64_t seq = 0;
    if (files[i].next(seq, pending[i])) {
      if (seq % files[i].header().shards != files[i].header().shard || seq >= files[i].trailer().documents)
        throw Error(files[i].path() + ": corrupt: document " + std::to_string(seq) + " is not this shard's");
      heads.push({seq, i});
    }
  };
  for (std::size_t i = 0; i < files.size(); ++i) advance(i);
  MergeReport report;
  std::uint64_t last = 0;
  while (!heads.empty()) {
    const Head h = heads.top();
    heads.pop();
    if (report.documents > 0 && h.seq <= last)
      throw Error(files[h.file].path() + ": corrupt: documents out of order");
    last = h.seq;
    if (add_to_graph(g, pending[h.file])) ++report.added;
    ++report.documents;
    advance(h.file);
  }
  return report;
}

}  // namespace kg
