// Atomic replacement of files, and whole-file reads.
#include "kg/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
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

// The file a chain of symlinks ends at (the path itself when not a link;
// a dangling link's target, which is then created).
std::filesystem::path resolve_symlinks(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  fs::path p = path;
  for (int hops = 0; hops < 40; ++hops) {  // ELOOP's limit
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec)) || ec) break;
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) break;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return p;
}

// Removes ".NAME.tmp.PID" files in dir whose process is gone (a kg killed
// mid-write); a live writer's temporary is left alone.
void remove_stale_temporaries(const std::filesystem::path& dir, const std::string& prefix) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(prefix) || name.size() == prefix.size() || name.size() > prefix.size() + 10) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const long pid = std::strtol(digits.c_str(), nullptr, 10);
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive (or not ours to ask)
    std::error_code ignored;
    fs::remove(it->path(), ignored);
  }
}

}  // namespace

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("<stdout>: write failed");
    return;
  }
  namespace fs = std::filesystem;
  // Through a symlink to the file it names: replacing the link itself would
  // leave the real file stale.
  const fs::path target = resolve_symlinks(path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) throw Error(path + ": is a folder, not a file");
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const std::string tmp_prefix = "." + target.filename().string() + ".tmp.";
  remove_stale_temporaries(dir, tmp_prefix);
  const fs::path tmp = dir / (tmp_prefix + std::to_string(::getpid()));
  // Same mode (and owner, where allowed) as the file replaced: a chmod 600
  // graph stays private. The temporary is private until then.
  struct stat old {};
  const bool replacing = ::stat(target.c_str(), &old) == 0;
  try {
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw Error(path + ": cannot write: " + std::strerror(errno));
    ::close(fd);
    {
      FaultingBuf buf;
      if (!buf.open(tmp, std::ios::out | std::ios::binary | std::ios::trunc))
        throw Error(path + ": cannot write: " + std::strerror(errno));
      std::ostream out(&buf);
      write(out);
      out.flush();
      if (!out || !buf.close()) throw Error(path + ": write failed: " + std::strerror(errno));
    }
    if (replacing) {
      if (::chown(tmp.c_str(), old.st_uid, old.st_gid) != 0) {
        // Not allowed (another user's file): ours, with its mode.
      }
      ::chmod(tmp.c_str(), old.st_mode & 07777);
    } else {
      const mode_t mask = ::umask(0);
      ::umask(mask);
      ::chmod(tmp.c_str(), 0666 & ~mask);
    }
    const int rfd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    if (rfd >= 0) {
      ::fsync(rfd);
      ::close(rfd);
    }
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
