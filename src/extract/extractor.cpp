// The Extractor facade. STUB until the extraction stage lands.
#include <filesystem>

#include "kg/extract.hpp"

namespace kg {

struct Extractor::Data {};

Extractor::Extractor(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Extractor Extractor::load(const std::string& data_dir, const std::vector<std::string>& extra_rules) {
  (void)data_dir;
  (void)extra_rules;
  return Extractor(std::make_unique<Data>());
}

DocumentFacts Extractor::extract(const Document& doc, const ExtractOptions& options) const {
  (void)options;
  DocumentFacts out;
  out.doc = doc.info;
  return out;
}

std::string default_data_dir() {
  if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) return env;
  if (std::filesystem::is_directory(KG_SOURCE_DATA_DIR)) return KG_SOURCE_DATA_DIR;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (exe.parent_path().parent_path() / "share" / "kg" / "data").string();
}

}  // namespace kg
