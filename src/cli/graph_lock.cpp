// flock(2) on the graph file itself (or its folder while it does not exist),
// checked again after locking: no lock file that a user could delete.
#include "graph_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "kg/error.hpp"

namespace kg::cli {
namespace {

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

}  // namespace

GraphLock::GraphLock(const std::string& graph_path) {
  if (graph_path == "-") return;
  namespace fs = std::filesystem;
  const fs::path graph(graph_path);
  const std::string folder = graph.has_parent_path() ? graph.parent_path().string() : std::string(".");
  // Saving renames a new file over the graph, so a lock on the old file says
  // nothing about the new one: after locking, the path must still name the
  // file locked (or still be absent); otherwise lock again.
  for (int attempt = 0; attempt < 100; ++attempt) {
    struct stat before {};
    const bool exists = ::stat(graph_path.c_str(), &before) == 0;
    const std::string& locked = exists ? graph_path : folder;
    fd_ = ::open(locked.c_str(), O_RDONLY | O_CLOEXEC | (exists ? 0 : O_DIRECTORY));
    if (fd_ < 0) {
      if (exists && errno == ENOENT) continue;  // removed meanwhile
      throw Error(locked + ": cannot open to lock the graph: " + std::strerror(errno));
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      const int err = errno;
      ::close(fd_);
      fd_ = -1;
      if (err != EWOULDBLOCK) throw Error(locked + ": cannot lock: " + std::strerror(err));
      if (exists) throw Error(graph_path + " is locked by another kg process; try again");
      throw Error(graph_path + ": its folder is locked by another kg process creating a graph there; try again");
    }
    struct stat held {}, now {};
    ::fstat(fd_, &held);
    const bool present = ::stat(graph_path.c_str(), &now) == 0;
    if (exists ? present && same_file(held, now) : !present && errno == ENOENT) return;
    ::close(fd_);  // replaced or created meanwhile: lock what is there now
    fd_ = -1;
  }
  throw Error(graph_path + ": cannot lock: the file keeps being replaced");
}

GraphLock::~GraphLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the lock
}

}  // namespace kg::cli
