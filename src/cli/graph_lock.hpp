// An exclusive lock on a graph file (flock on the graph itself, or on its
// folder while the graph does not exist yet), so that two kg processes never
// write the same graph at once. Leaves no file behind.
#pragma once

#include <string>

namespace kg::cli {

class GraphLock {
 public:
  // Takes the lock without waiting; throws kg::Error "GRAPH is locked by
  // another kg process" when someone else holds it.
  explicit GraphLock(const std::string& graph_path);
  ~GraphLock();
  GraphLock(const GraphLock&) = delete;
  GraphLock& operator=(const GraphLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace kg::cli
