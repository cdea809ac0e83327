// libFuzzer target: relation and modality rule files (docs/RULES.md), read
// with the real lexicon: a bad line is a one-line error naming it.
#include <cstddef>
#include <cstdint>

#include "extract/lexicon.hpp"
#include "extract/rules.hpp"
#include "fuzz_check.hpp"
#include "fuzz_data_dir.hpp"

namespace {
const kg::extract::Lexicon& lexicon() {
  static const auto lex = kg::extract::Lexicon::load(kg::fuzz::data_dir());
  return lex;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto path = kg::fuzz::scratch_dir() / "rules.tsv";
  kg::fuzz::write_bytes(path, data + 1, size - 1);  // the first byte picks the kind of file
  kg::extract::RuleSet rules;
  try {
    if (data[0] & 1) kg::extract::load_modality(path.string(), lexicon(), rules);
    else kg::extract::load_rules(path.string(), lexicon(), rules);
  } catch (const kg::Error& e) {
    kg::fuzz::check_message(e.what());
  }
  return 0;
}
