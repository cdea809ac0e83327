// kg extract --shard: this process's share of the documents into a facts
// file for kg merge (docs/SCALE.md).
#pragma once

#include "args.hpp"

namespace kg::cli {

int run_extract_shard(Args& args, const std::string& shard_spec);

}  // namespace kg::cli
