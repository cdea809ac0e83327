// Hand-built parses for tests of the tree repairs: each word's form, UPOS,
// head and label, and whether it is a person's name (for the tests that
// need mentions).
#pragma once

#include <cstdint>
#include <vector>

#include "kg/extract.hpp"

namespace kg::test {

struct Word {
  const char* form;
  const char* upos;
  int head;
  const char* deprel;
  bool person;
  const char* xpos = "";
  const char* lemma = "";
};

inline SyntaxSentence sentence_of(const std::vector<Word>& words) {
  SyntaxSentence s;
  for (std::size_t i = 0; i < words.size(); ++i) {
    SyntaxToken t;
    t.form = words[i].form;
    t.upos = words[i].upos;
    t.xpos = words[i].xpos;
    t.lemma = *words[i].lemma ? words[i].lemma : words[i].form;
    t.head = words[i].head;
    t.deprel = words[i].deprel;
    t.token = static_cast<std::uint32_t>(i);
    s.push_back(t);
  }
  return s;
}

}  // namespace kg::test
