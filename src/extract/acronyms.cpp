// Acronyms a document defines: "the paramilitary Rapid Support Forces (RSF)"
// makes every "RSF" of that document the body just named, whatever else the
// lexicon knows by those letters, and finds the acronym where the lexicon
// does not know it at all ("the Kurdish People's Protection Units (YPG)").
// An acronym that spells the initials of a body the document names is that
// body too ("AU" after "the African Union"; "RSF" after "the Rapid Support
// Forces", though the lexicon knows another RSF the document never names).
#include <algorithm>
#include <map>
#include <set>

#include "context.hpp"
#include "kg/text.hpp"

namespace kg::extract {
namespace {

// "RSF", "M5-RFP", "ZANU-PF": capitals (digits and hyphens allowed), two or more letters.
bool acronym_like(std::string_view w) {
  if (w.size() < 2 || w.size() > 10) return false;
  std::size_t letters = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (!(c >= '0' && c <= '9') && c != '-' && c != '&') return false;
  }
  return letters >= 2;
}

struct Definition {
  EntityType type;
  std::string canonical;
  bool from_lexicon;
  bool explicit_;  // written in parentheses after the name: overrides the lexicon
};

}  // namespace

void define_acronyms(Context& ctx) {
  std::map<std::string, Definition, std::less<>> defs;
  for (const auto& m : ctx.mentions) {
    if (m.type != EntityType::Organization || m.kind != MentionKind::Name || m.last + 2 >= ctx.seg.tokens.size()) continue;
    const Sentence& s = ctx.seg.sentences[m.sentence];
    if (m.last + 2 >= s.last || ctx.token(m.last) != "(" || ctx.token(m.last + 2) != ")") continue;
    const std::string_view acr = ctx.token(m.last + 1);
    if (acronym_like(acr) && !ctx.is_furniture(m.last + 1))
      defs.try_emplace(std::string(acr), Definition{m.type, m.canonical, m.from_lexicon, true});
  }
  // Undefined acronyms that spell a named body's initials: "AU" after "the African Union".
  for (const auto& m : ctx.mentions) {
    if (m.type != EntityType::Organization || m.kind != MentionKind::Name || m.last - m.first < 2) continue;
    std::string initials;
    bool dotted = false;
    for (auto t = m.first; t < m.last; ++t) {
      dotted = dotted || ctx.seg.tokens[t].abbreviation;
      if (ctx.seg.tokens[t].capitalized && ctx.seg.tokens[t].kind == TokenKind::Word) initials += ctx.token(t)[0];
    }
    if (initials.size() >= 2 && !dotted) defs.try_emplace(initials, Definition{m.type, m.canonical, m.from_lexicon, false});
  }
  if (defs.empty()) return;
  // Bodies the document names other than by an acronym.
  std::set<std::string, std::less<>> spelt_out;
  for (const auto& m : ctx.mentions)
    if (m.last - m.first > 1 || !acronym_like(ctx.token(m.first))) spelt_out.insert(m.canonical);
  std::vector<bool> covered(ctx.seg.tokens.size(), false);
  for (auto& m : ctx.mentions) {
    for (auto t = m.first; t < m.last; ++t) covered[t] = true;
    if (m.last - m.first != 1) continue;
    const auto it = defs.find(ctx.token(m.first));
    if (it == defs.end()) continue;
    // "AU" known and the African Union named: left alone. "RSF" known as
    // Reporters Without Borders, which the document never names, after "the
    // Rapid Support Forces": the body whose initials it spells.
    if (!it->second.explicit_ && m.from_lexicon && spelt_out.contains(m.canonical)) continue;
    m.type = it->second.type;
    m.kind = MentionKind::Name;
    m.canonical = it->second.canonical;
    m.from_lexicon = it->second.from_lexicon;
  }
  const std::size_t before = ctx.mentions.size();
  for (std::uint32_t s = 0; s < ctx.seg.sentences.size(); ++s)
    for (auto t = ctx.seg.sentences[s].first; t < ctx.seg.sentences[s].last; ++t) {
      if (covered[t] || ctx.is_furniture(t) || ctx.seg.tokens[t].kind != TokenKind::Word) continue;
      const auto it = defs.find(ctx.token(t));
      if (it == defs.end()) continue;
      ctx.mentions.push_back(
          ctx.mention(s, t, t + 1, it->second.type, MentionKind::Name, it->second.canonical, it->second.from_lexicon));
    }
  if (ctx.mentions.size() > before)
    std::stable_sort(ctx.mentions.begin(), ctx.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace kg::extract
