// libFuzzer target: the jsonl reader (kg::read_jsonl).
#include "fuzz_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kg::fuzz::read_and_check(&kg::read_jsonl, data, size, "input.jsonl");
}
