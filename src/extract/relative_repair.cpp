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

void repair_complement_conjuncts(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 0; v < n; ++v) {
    SyntaxToken& conj = s[static_cast<std::size_t>(v)];
    if (conj.deprel != "conj" || conj.head < 0 || (conj.upos != "VERB" && conj.upos != "AUX")) continue;
    bool that = false;
    for (const SyntaxToken& c : s)
      that = that || (c.head == v && c.deprel == "mark" && to_lower_ascii(c.form) == "that");
    if (!that) continue;
    const std::string_view inside = s[static_cast<std::size_t>(conj.head)].deprel;
    if (inside != "acl:relcl" && inside != "acl" && inside != "advcl") continue;
    // Up to the nearest complement clause the relative clause is in.
    int up = s[static_cast<std::size_t>(conj.head)].head;
    for (int steps = 0; up >= 0 && steps < n && s[static_cast<std::size_t>(up)].deprel != "ccomp"; ++steps)
      up = s[static_cast<std::size_t>(up)].head;
    if (up >= 0 && up != v) conj.head = up;
  }
}

}  // namespace kg::extract
