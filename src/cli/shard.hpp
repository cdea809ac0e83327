// Which share of the documents this process extracts: --shard I/N, or
// --shard env (the rank and size an MPI launcher or Slurm sets).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kg::cli {

struct Shard {
  std::uint32_t index = 0;  // 0-based, like an MPI rank
  std::uint32_t count = 1;
  // Document `seq` (its place in the whole input) belongs to shard seq % count.
  bool takes(std::uint64_t seq) const { return seq % count == index; }
  // "shard-003-of-064.kgf": names sort in shard order.
  std::string file_name() const;
};

// "I/N" or "env"; throws UsageError naming what is wrong.
Shard parse_shard(const std::string& spec);

// The rank and size from the environment: Open MPI (OMPI_COMM_WORLD_RANK,
// OMPI_COMM_WORLD_SIZE), MPICH / Intel MPI (PMI_RANK, PMI_SIZE), Slurm
// (SLURM_PROCID, SLURM_NTASKS); the first pair found wins.
std::optional<Shard> shard_from_environment();

}  // namespace kg::cli
