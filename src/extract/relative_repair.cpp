#include "relative_repair.hpp"

#include "kg/text.hpp"

namespace kg::extract {

void repair_whose_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int w = 0; w < n; ++w) {
    if (to_lower_ascii(s[static_cast<std::size_t>(w)].form) != "whose") continue;
    const int noun = s[static_cast<std::size_t>(w)].head;
    if (noun < 0 || !s[static_cast<std::size_t>(noun)].deprel.starts_with("nsubj")) continue;
    const int verb = s[static_cast<std::size_t>(noun)].head;
    if (verb < 0) continue;
    // The subject the clause describes, before it, and the verb after it.
    int subject = -1, main = -1;
    for (int k = 0; k < n; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != verb) continue;
      if (k < w && t.deprel.starts_with("nsubj") && (t.upos == "PROPN" || t.upos == "NOUN")) subject = k;
      if (k > verb && t.deprel == "conj" && main < 0 && (t.upos == "VERB" || t.upos == "AUX")) main = k;
    }
    if (subject < 0 || main < 0 || s[static_cast<std::size_t>(main)].deprel.empty()) continue;
    // The clause's comma ends it before the main verb.
    bool closed = false;
    for (int k = verb + 1; k < main; ++k) closed = closed || s[static_cast<std::size_t>(k)].form == ",";
    if (!closed) continue;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    SyntaxToken& m = s[static_cast<std::size_t>(main)];
    m.head = v.head;
    m.deprel = v.deprel;
    // What hangs from the clause's verb before its subject or after the main
    // verb belongs to the sentence ("By contrast, X, whose ..., held ... ."),
    // and the comma before the main verb to the aside's end.
    for (int k = 0; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == verb && k != subject && (k < subject || k > main)) t.head = main;
    }
    s[static_cast<std::size_t>(subject)].head = main;
    v.head = subject;
    v.deprel = "acl:relcl";
  }
}

}  // namespace kg::extract
