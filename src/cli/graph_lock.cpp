// flock(2)-based exclusive lock beside the graph file.
#include "graph_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "kg/error.hpp"

namespace kg::cli {

GraphLock::GraphLock(const std::string& graph_path) {
  if (graph_path == "-") return;
  const std::string lock_path = graph_path + ".lock";
  // The lock file stays in place: removing it would let two processes lock
  // two different files of the same name.
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error(lock_path + ": cannot create lock file: " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd_);
    fd_ = -1;
    if (err == EWOULDBLOCK) throw Error(graph_path + " is locked by another kg process (" + lock_path + "); try again");
    throw Error(lock_path + ": cannot lock: " + std::strerror(err));
  }
}

GraphLock::~GraphLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace kg::cli
