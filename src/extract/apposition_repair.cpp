#include "apposition_repair.hpp"

#include "kg/text.hpp"

namespace kg::extract {

void repair_loose_appositions(SyntaxSentence& s, const Context& ctx) {
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& name = s[i];
    const std::size_t noun = i - 2;
    if (name.upos != "PROPN" || s[i - 1].form != "," || s[noun].upos != "NOUN" || name.head < 0 ||
        name.head == static_cast<int>(noun))
      continue;
    const int m = ctx.mention_at[name.token];
    if (m < 0 || ctx.mentions[static_cast<std::size_t>(m)].type != EntityType::Person ||
        ctx.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Name)
      continue;
    if (name.deprel == "appos" || name.deprel == "nmod:poss" || name.deprel == "compound" || name.deprel == "flat" ||
        name.deprel == "conj")
      continue;
    const std::string_view head = s[static_cast<std::size_t>(name.head)].upos;
    if (head == "VERB" || head == "AUX" || head == "ADJ") continue;
    if (ctx.lex.title(to_lower_ascii(s[noun].form)) == nullptr) continue;
    // No cycle: the title must not hang below the name.
    bool below = false;
    for (int k = static_cast<int>(noun), steps = 0; k >= 0 && steps <= static_cast<int>(s.size());
         k = s[static_cast<std::size_t>(k)].head, ++steps)
      below = below || k == static_cast<int>(i);
    if (below) continue;
    name.head = static_cast<int>(noun);
    name.deprel = "appos";
    s[i - 1].head = static_cast<int>(i);
    s[i - 1].deprel = "punct";
  }
}

}  // namespace kg::extract
