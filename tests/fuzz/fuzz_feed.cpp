// libFuzzer target: the feed reader (kg::read_feed).
#include "fuzz_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kg::fuzz::read_and_check(&kg::read_feed, data, size, "input.rss");
}
