// Where the fuzz targets find data/ (lexicons, rules), and a scratch file
// per process for targets whose reader takes a path.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace kg::fuzz {

inline std::string data_dir() {
  if (const char* d = std::getenv("KG_DATA_DIR")) return d;
  return KG_FUZZ_DATA_DIR;
}

inline std::filesystem::path scratch_path() {
  return std::filesystem::temp_directory_path() / ("kg_fuzz_" + std::to_string(::getpid()));
}

// Created on first use, removed at exit.
inline std::filesystem::path scratch_dir() {
  static const bool created = [] {
    std::filesystem::create_directories(scratch_path());
    std::atexit([] {  // not through a static: it may be destroyed by then
      std::error_code ignored;
      std::filesystem::remove_all(scratch_path(), ignored);
    });
    return true;
  }();
  (void)created;
  return scratch_path();
}

inline void write_bytes(const std::filesystem::path& p, const std::uint8_t* data, std::size_t size) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace kg::fuzz
