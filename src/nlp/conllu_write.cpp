// CoNLL-U output of a parsed sentence (`kg parse`).
#include <string>

#include "kg/syntax.hpp"

namespace kg {
namespace {

// CoNLL-U fields hold no tabs or line breaks; an empty field is "_".
std::string field(std::string_view s) {
  if (s.empty()) return "_";
  std::string out;
  for (const char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

}  // namespace

std::string to_conllu(const SyntaxSentence& sentence, std::string_view sent_id, std::string_view text) {
  std::string out = "# sent_id = " + field(sent_id) + "\n# text = " + field(text) + "\n";
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const SyntaxToken& t = sentence[i];
    out += std::to_string(i + 1) + '\t' + field(t.form) + '\t' + field(t.lemma) + '\t' + field(t.upos) + '\t' +
           field(t.xpos) + "\t_\t" + std::to_string(t.head + 1) + '\t' + field(t.deprel) + "\t_\t";
    out += "TokenRange=" + std::to_string(t.begin) + ':' + std::to_string(t.end);
    if (!t.space_after) out += "|SpaceAfter=No";
    out += '\n';
  }
  out += '\n';
  return out;
}

}  // namespace kg
