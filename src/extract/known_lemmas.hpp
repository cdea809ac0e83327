// Lemmas of irregular verbs, from data/lexicon/irregular_verbs.tsv ("froze"
// VBD, and VBP for the tagger's slips, -> "freeze"; "fled" VBN -> "flee"),
// for training the lemmatiser (kg train).
#pragma once

#include <string>
#include <vector>

#include "nlp/lemmatizer.hpp"

namespace kg::extract {

// Reads data_dir/lexicon/irregular_verbs.tsv; throws kg::Error "file:line: ..." on a bad line.
std::vector<nlp::KnownLemma> known_lemmas(const std::string& data_dir);

}  // namespace kg::extract
