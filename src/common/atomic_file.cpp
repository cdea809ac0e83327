// Atomic replacement of files, and whole-file reads.
#include "kg/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kg/error.hpp"

namespace kg {
namespace {

// Test hook: KG_FAULT_AFTER_BYTES=N makes the write die (abort) once N bytes
// are out, to prove an interrupted write leaves the previous file in place.
void maybe_inject_fault(std::size_t written) {
  static const char* limit = std::getenv("KG_FAULT_AFTER_BYTES");
  if (limit && written >= std::strtoull(limit, nullptr, 10)) std::abort();
}

// Counts bytes on both paths into the buffer: bulk writes (xsputn) and the
// per-character path that stream adaptors such as RapidJSON's use (overflow).
class FaultingBuf : public std::filebuf {
 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    written_ += static_cast<std::size_t>(n);
    maybe_inject_fault(written_);
    return std::filebuf::xsputn(s, n);
  }
  int_type overflow(int_type c) override {
    written_ += static_cast<std::size_t>(pptr() - pbase()) + (traits_type::eq_int_type(c, traits_type::eof()) ? 0 : 1);
    maybe_inject_fault(written_);
    return std::filebuf::overflow(c);
  }

 private:
  std::size_t written_ = 0;
};

}  // namespace

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("<stdout>: write failed");
    return;
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const fs::path tmp = dir / ("." + target.filename().string() + ".tmp." + std::to_string(::getpid()));
  try {
    {
      FaultingBuf buf;
      if (!buf.open(tmp, std::ios::out | std::ios::binary | std::ios::trunc))
        throw Error(path + ": cannot write: " + std::strerror(errno));
      std::ostream out(&buf);
      write(out);
      out.flush();
      if (!out || !buf.close()) throw Error(path + ": write failed: " + std::strerror(errno));
    }
    const int fd = ::open(tmp.c_str(), O_RDONLY);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) throw Error(path + ": cannot replace: " + ec.message());
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw;
  }
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path + ": read failed");
  return std::move(ss).str();
}

}  // namespace kg
