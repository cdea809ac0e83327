// Extraction: one document in, its entities and facts out. The Extractor
// holds the lexicons and relation rules, loaded once from data files.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kg/document.hpp"
#include "kg/fact.hpp"

namespace kg {

struct ExtractOptions {
  float min_confidence = 0.0f;  // facts below it are dropped
};

class Extractor {
 public:
  // Loads data_dir's lexicons and rules plus any extra rule files; throws
  // kg::Error "file:line: message" on the first bad line.
  static Extractor load(const std::string& data_dir, const std::vector<std::string>& extra_rules = {});
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  // Thread-safe: extraction reads the loaded data only.
  DocumentFacts extract(const Document& doc, const ExtractOptions& options = {}) const;

  struct Data;

 private:
  explicit Extractor(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

// $KG_DATA_DIR, else the source tree's data/ (when it exists), else
// <executable>/../share/kg/data.
std::string default_data_dir();

}  // namespace kg
