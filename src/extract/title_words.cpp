#include "title_words.hpp"

#include "kg/text.hpp"

namespace kg::extract {

std::vector<const TitleEntry*> titles_ending(const SyntaxSentence& sentence, const Lexicon& lex) {
  std::vector<const TitleEntry*> out(sentence.size(), nullptr);
  std::string spaced, hyphened;  // the words back from i, joined by spaces / keeping hyphens
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const auto& u = sentence[i].upos;
    // "chief executive" with "executive" read as an adjective: only a title of several words.
    const bool adjective = u == "ADJ";
    if (u != "NOUN" && u != "PROPN" && !adjective) continue;
    spaced.clear();
    hyphened.clear();
    bool hyphen = false;  // a hyphen joins the next word to the left to what follows
    for (std::size_t k = 0, words = 0; k <= i && words < lex.longest_title(); ++k) {
      const std::string w = to_lower_ascii(sentence[i - k].form);
      if (w == "-") {
        if (spaced.empty() || hyphen) break;
        hyphen = true;
        continue;
      }
      spaced = spaced.empty() ? w : w + " " + spaced;
      hyphened = hyphened.empty() ? w : w + (hyphen ? "-" : " ") + hyphened;
      hyphen = false;
      ++words;
      // (No title ends with these words: none ends further back either.)
      if (!lex.title_suffix(spaced) && !lex.title_suffix(hyphened)) break;
      if (adjective && words < 2) continue;
      if (const TitleEntry* t = lex.title(spaced)) out[i] = t;
      if (const TitleEntry* t = lex.title(hyphened)) out[i] = t;
    }
  }
  return out;
}

bool commands_force(const Lexicon& lex, const TitleEntry& title, std::string_view body_name) {
  return title.commands && lex.in("armed_force_heads", last_word(body_name));
}

bool company_post(const Lexicon& lex, std::string_view role, bool apposed) {
  if (lex.in("company_titles", role)) return true;
  if (!apposed) return false;
  if (lex.in("body_head_titles", role)) return true;
  const std::string_view head = last_word(role);
  return !lex.in("state_leader_titles", role) && !lex.in("government_titles", head) &&
         !lex.in("place_leader_titles", head) && !lex.in("posting_titles", role) &&
         !lex.in("legislator_titles", role) && !lex.in("serving_titles", head) && !lex.in("counterpart_titles", role);
}

bool held_until(const Context& ctx, std::uint32_t after, std::uint32_t last) {
  for (std::uint32_t k = after; k < last && k < after + 8 && ctx.token(k) != ","; ++k)
    if (const std::string w = fold_case(ctx.token(k)); w == "until" || w == "till") return true;
  return false;
}

}  // namespace kg::extract
