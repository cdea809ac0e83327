// libFuzzer target: the text reader (kg::read_text).
#include "fuzz_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kg::fuzz::read_and_check(&kg::read_text, data, size, "input.txt");
}
