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

// "PG&E", "AT&T" written as one word of capitals and ampersands (tokens
// with no space between): its capitals, "PGE"; else "".
std::string joined_acronym(const Context& ctx, const Mention& m) {
  std::uint32_t end = m.first;
  std::string out = ctx.joined_capitals(m.first, m.last, end);
  return end == m.last && out.size() >= 2 ? out : std::string();
}

// "F.D.I.C." is "FDIC": capitals each followed by a full stop lose the
// stops; any other word is itself.
std::string undotted(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return std::string(w);
  std::string out;
  for (std::size_t k = 0; k < w.size(); k += 2) {
    if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return std::string(w);
    out += w[k];
  }
  return out;
}

struct Definition {
  EntityType type;
  std::string canonical;
  bool from_lexicon;
  bool explicit_;  // written in parentheses after the name: overrides the lexicon
};

// The letters a capitalised word gives an acronym: its first, and the first
// of each capitalised part after a hyphen ("Tehreek-e-Insaf": "TI").
std::string word_initials(std::string_view w) {
  // (An acronym inside the name gives all its letters: "UN Support Mission in Libya (UNSMIL)".)
  if (acronym_like(w) && w.find('-') == std::string_view::npos) return std::string(w);
  std::string out(1, w[0]);
  for (std::size_t dash = w.find('-'); dash != std::string_view::npos && dash + 1 < w.size();
       dash = w.find('-', dash + 1))
    if (w[dash + 1] >= 'A' && w[dash + 1] <= 'Z') out += w[dash + 1];
  return out;
}

// The first token of the capitalised words right before token `open` whose
// initials spell `acr` ("Sri Lanka Cricket (SLC)", "the Harbour Rowing
// Union (HRU)": "of", "and", "for", "the", "on" and "in" inside add no
// letter, or, where the acronym spells them, their first: "UN Support
// Mission in Libya (UNSMIL)"; "Pakistan Tehreek-e-Insaf (PTI)"), or `open`
// when none does.
std::uint32_t spelt_name_start(const Context& ctx, const Sentence& s, std::uint32_t open, std::string_view acr) {
  static const std::set<std::string_view> inner{"of", "and", "for", "the", "on", "in"};
  for (const bool inner_letters : {false, true}) {
    std::size_t letters = 0;
    for (std::uint32_t k = open; k > s.first;) {
      const std::uint32_t j = k - 1;
      const Token& tok = ctx.seg.tokens[j];
      const bool small = letters > 0 && inner.count(ctx.token(j)) > 0;
      std::string initials;
      if (tok.kind == TokenKind::Word && tok.capitalized) initials = word_initials(ctx.token(j));
      else if (small && inner_letters) initials = std::string(1, static_cast<char>(ctx.token(j)[0] - 'a' + 'A'));
      else if (!small) break;
      const bool spelt = !initials.empty() && letters + initials.size() <= acr.size() &&
                         acr.substr(acr.size() - letters - initials.size(), initials.size()) == initials;
      if (spelt) letters += initials.size();
      else if (!small) break;
      if (letters == acr.size()) return j;
      k = j;
    }
  }
  return open;
}

// "Sri Lanka Cricket (SLC)": a name whose initials the acronym after it
// spells is one body's name, though the finder split it ("Sri Lanka" and a
// word) or missed it, wherever the document writes those words.
void name_bodies_spelt_out(Context& ctx) {
  std::vector<std::vector<std::string_view>> names;
  for (const Sentence& s : ctx.seg.sentences)
    for (std::uint32_t t = s.first + 2; t + 2 < s.last; ++t) {
      const std::string_view acr = ctx.token(t + 1);
      if (ctx.token(t) != "(" || ctx.token(t + 2) != ")" || !acronym_like(acr) ||
          acr.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos)
        continue;
      const std::uint32_t first = spelt_name_start(ctx, s, t, acr);
      if (first + 2 > t) continue;
      // (Not one mention already, a body's or a person's initials: "John
      // Smith (JS)"; but a run that only the recogniser read as a person's
      // name, with no first name, title or honorific to say so, is a body's:
      // "Gabungan Parti Sarawak (GPS)"; so is one read as a place's for its
      // head word, which the lexicon does not know: "the National
      // Development Complex (NDC)".)
      if (std::any_of(ctx.mentions.begin(), ctx.mentions.end(), [&](const Mention& m) {
            const bool whole = m.kind == MentionKind::Name && !m.from_lexicon && m.first == first && m.last == t;
            const bool uncued = whole && m.type == EntityType::Person && !m.person_cue && !m.by_context;
            const bool place = whole && m.type == EntityType::Location;
            return m.first <= first && t <= m.last && !uncued && !place;
          }))
        continue;
      std::vector<std::string_view> words;
      for (std::uint32_t k = first; k < t; ++k) words.push_back(ctx.token(k));
      names.push_back(std::move(words));
    }
  if (names.empty()) return;
  for (const auto& words : names)
    for (std::uint32_t si = 0; si < ctx.seg.sentences.size(); ++si) {
      const Sentence& s = ctx.seg.sentences[si];
      for (std::uint32_t t = s.first; t + words.size() <= s.last; ++t) {
        if (!std::equal(words.begin(), words.end(), ctx.seg.tokens.begin() + t, [&](std::string_view w, const Token& k) {
              return ctx.text.substr(k.begin, k.end - k.begin) == w;
            }))
          continue;
        const auto last = static_cast<std::uint32_t>(t + words.size());
        std::erase_if(ctx.mentions, [&](const Mention& m) { return m.sentence == si && m.first < last && t < m.last; });
        ctx.mentions.push_back(ctx.mention(si, t, last, EntityType::Organization, MentionKind::Name, "", false));
      }
    }
  ctx.sort_mentions();
}

}  // namespace

void define_acronyms(Context& ctx) {
  name_bodies_spelt_out(ctx);
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
    const std::string written = m.last - m.first == 1 ? std::string(ctx.token(m.first)) : joined_acronym(ctx, m);
    if (written.empty()) continue;
    const auto it = defs.find(written);
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
      const std::string_view w = ctx.token(t);
      auto it = defs.find(w);
      if (it == defs.end() && w.find('.') != std::string_view::npos) it = defs.find(undotted(w));
      if (it == defs.end()) continue;
      ctx.mentions.push_back(
          ctx.mention(s, t, t + 1, it->second.type, MentionKind::Name, it->second.canonical, it->second.from_lexicon));
    }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

}  // namespace kg::extract
