// Reading UD treebanks (CoNLL-U) for training and evaluating the models.
// Multiword-token lines ("1-2 don't") and empty nodes ("8.1") are skipped:
// the models work on syntactic words.
#pragma once

#include <string>
#include <vector>

namespace kg::nlp {

struct TreebankToken {
  std::string form, lemma, upos, xpos, deprel, misc;
  int head = -1;  // 0-based index of the head; -1 for the root
};

struct TreebankSentence {
  std::string id;
  std::string text;
  std::vector<TreebankToken> tokens;
};

// Throws kg::Error "path:line: message" on a malformed line.
std::vector<TreebankSentence> read_treebank(const std::string& path);

}  // namespace kg::nlp
