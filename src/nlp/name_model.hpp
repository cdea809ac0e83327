// Loading the name recogniser (data/models/names.kgm) and preparing a
// tagged sentence for it.
#pragma once

#include <string>
#include <vector>

#include "kg/syntax.hpp"
#include "name_tagger.hpp"

namespace kg::nlp {

inline constexpr const char* kNamesFile = "names.kgm";

// Reads models_dir/names.kgm; a missing, truncated, corrupt or
// wrong-version file throws kg::Error naming it.
NameTagger load_name_tagger(const std::string& models_dir);

// The recogniser's view of a sentence tagged by model (SyntaxModel::tag).
std::vector<NameWord> name_words(const SyntaxModel& model, const SyntaxSentence& tagged);

}  // namespace kg::nlp
