// libFuzzer target: the lexicon files (data/lexicon): the input replaces one
// file of a copy of the lexicon (the first byte picks which); a bad line is a
// one-line error naming it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "extract/lexicon.hpp"
#include "fuzz_check.hpp"
#include "fuzz_data_dir.hpp"

namespace fs = std::filesystem;

namespace {

struct Copy {
  fs::path root = kg::fuzz::scratch_dir() / "data";
  std::vector<fs::path> files;
  std::vector<std::string> originals;  // their contents, put back after each input
  Copy() {
    fs::remove_all(root);
    fs::create_directories(root);
    fs::copy(fs::path(kg::fuzz::data_dir()) / "lexicon", root / "lexicon", fs::copy_options::recursive);
    for (const auto& e : fs::recursive_directory_iterator(root / "lexicon"))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      originals.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Copy copy;
  if (size == 0) return 0;
  const std::size_t which = data[0] % copy.files.size();
  const fs::path& file = copy.files[which];
  kg::fuzz::write_bytes(file, data + 1, size - 1);
  try {
    kg::extract::Lexicon::load(copy.root.string());
  } catch (const kg::Error& e) {
    kg::fuzz::check_message(e.what());
  }
  const auto& original = copy.originals[which];
  kg::fuzz::write_bytes(file, reinterpret_cast<const std::uint8_t*>(original.data()), original.size());
  return 0;
}
