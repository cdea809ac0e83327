// The lexicons of data/lexicon/ as features of the name recogniser: for
// every word of a listed name or word list, a bit per list it is in.
#pragma once

#include <string>

#include "nlp/name_tagger.hpp"

namespace kg::extract {

// Reads data_dir/lexicon; throws kg::Error "file:line: ..." on a bad line.
nlp::NameGazetteer name_gazetteer(const std::string& data_dir);

// What a name is not (nlp/name_spans.hpp): the one-word titles of
// data_dir/lexicon/titles.tsv and the honorifics, in lower case.
nlp::NameDefinition name_definition(const std::string& data_dir);

}  // namespace kg::extract
