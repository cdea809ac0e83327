// Writing a file so that readers see the old file or the complete new one,
// never a half-written one: write a temporary beside it, flush, fsync, rename.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace kg {

// Calls write(out) on a stream into a temporary file next to path, then
// renames it over path. On any failure (including an exception from write)
// the temporary is removed, path is untouched, and kg::Error is thrown.
// A symlinked path is written through to its target; the file keeps its mode
// (and owner, where allowed); temporaries that killed writers left beside it
// are removed; a folder is refused. path "-" writes to stdout directly.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Reads a whole file; throws kg::Error naming the file when it cannot.
std::string read_file(const std::string& path);

}  // namespace kg
