// Parsing --shard and reading the launcher's rank and size.
#include "shard.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "args.hpp"

namespace kg::cli {
namespace {

std::optional<std::uint32_t> number(std::string_view s) {
  std::uint32_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

}  // namespace

std::string Shard::file_name() const {
  const std::string n = std::to_string(count);
  std::string i = std::to_string(index);
  i.insert(0, n.size() - i.size(), '0');
  return "shard-" + i + "-of-" + n + ".kgf";
}

std::optional<Shard> shard_from_environment() {
  static constexpr std::pair<const char*, const char*> kVariables[] = {
      {"OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE"},
      {"PMI_RANK", "PMI_SIZE"},
      {"SLURM_PROCID", "SLURM_NTASKS"},
  };
  for (const auto& [rank_name, size_name] : kVariables) {
    const char* rank = std::getenv(rank_name);
    const char* size = std::getenv(size_name);
    if (!rank || !size) continue;
    const auto r = number(rank), s = number(size);
    if (!r || !s || *s == 0 || *r >= *s)
      throw UsageError{std::string("--shard env: ") + rank_name + "=" + rank + " and " + size_name + "=" + size +
                       " are not a rank and a size"};
    return Shard{*r, *s};
  }
  return std::nullopt;
}

Shard parse_shard(const std::string& spec) {
  if (spec == "env") {
    if (auto s = shard_from_environment()) return *s;
    throw UsageError{
        "--shard env: no rank and size in the environment (OMPI_COMM_WORLD_RANK/SIZE, PMI_RANK/SIZE or "
        "SLURM_PROCID/NTASKS); run under mpirun, mpiexec or srun, or give --shard I/N"};
  }
  const auto slash = spec.find('/');
  const auto i = slash == std::string::npos ? std::nullopt : number(std::string_view(spec).substr(0, slash));
  const auto n = slash == std::string::npos ? std::nullopt : number(std::string_view(spec).substr(slash + 1));
  if (!i || !n || *n == 0 || *i >= *n)
    throw UsageError{"--shard takes I/N with 0 <= I < N (e.g. 0/4), or env; got " + spec};
  return Shard{*i, *n};
}

}  // namespace kg::cli
