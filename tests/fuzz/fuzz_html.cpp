// libFuzzer target: the html reader (kg::read_html).
#include "fuzz_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kg::fuzz::read_and_check(&kg::read_html, data, size, "input.html");
}
