// The working state of extraction over one document: its tokens and
// sentences, the mentions found in them, and the entities they resolve to.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/fact.hpp"
#include "kg/segment.hpp"
#include "kg/syntax.hpp"
#include "kg/text.hpp"
#include "lexicon.hpp"

namespace kg::nlp {
class NameTagger;
}

namespace kg::extract {

enum class MentionKind : std::uint8_t {
  Name,         // a name: "Kim Jong Un", "U.S.", "State Department"
  Demonym,      // "North Korean" (leader): the country as an adjective
  Capital,      // "Pyongyang" acting for its country
  Contextual,   // "the North"
  Description,  // "the North Korean leader": a title standing for a person
  Pronoun,      // "he", "she": a person from the previous subject
};

struct Mention {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  EntityType type = EntityType::Person;
  MentionKind kind = MentionKind::Name;
  std::string surface;      // the text as written
  std::string canonical;    // lexicon canonical name, or the surface
  bool from_lexicon = false;
  bool by_context = false;  // a single word made a person by its context (title, byline)
  bool person_cue = false;  // something says it is a person: a title, an honorific, a first name
  Gender gender = Gender::Unknown;  // from an honorific or a first name
  int entity = -1;          // index into Context::entities after coreference
  int title = -1;           // index into Context::titles of the title before it
  int anaphor = -1;         // index into Lexicon::anaphors() for "the committee"
};

// A role phrase before a name or standing alone: "U.S. chief negotiator",
// "North Korean leader", "Assistant Secretary of State for ... Affairs".
struct TitleSpan {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0;    // the role words (and their complement)
  std::uint32_t last = 0;
  std::string role;           // "chief negotiator"
  TitleEntry entry;
  int anchor = -1;            // mention index of the state/body it names, if any
  int list_anchor = -1;       // none named, the state of the list's first title ("Turkish A, Energy Minister B")
  int person = -1;            // mention index of the person it introduces, if any
};

// A person tied to a state or body by a title: leader_of / works_for.
struct RoleFact {
  int person = -1;  // entity indices
  int body = -1;
  RelationType relation = RelationType::WorksFor;
  std::string role;
  std::uint32_t sentence = 0;
  Span person_span;
  Span body_span;
  const char* rule = "title";
};

struct ContextEntity {
  std::string name;
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;
  std::uint32_t mentions = 0;
  std::string country;  // for lexicon bodies and places: their state
  Gender gender = Gender::Unknown;  // of a person: from a first name or an honorific
};

// A party-and-state tag: a party's initial, a hyphen and a state ("R-Texas",
// "D-N.Y.", "I-Vt."), as one word or as the text of a few.
inline bool is_party_tag(std::string_view w) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  return w.size() >= 3 && upper(w[0]) && w[1] == '-' && upper(w[2]) &&
         std::all_of(w.begin() + 3, w.end(), [&](char c) { return upper(c) || (c >= 'a' && c <= 'z') || c == '.' || c == ' '; });
}

struct Context {
  const Lexicon& lex;
  std::string_view text;
  Segmentation seg;
  std::vector<Mention> mentions;  // in text order
  std::vector<TitleSpan> titles;
  std::vector<ContextEntity> entities;
  std::vector<RoleFact> roles;
  std::vector<int> mention_at;    // token -> mention index or -1
  std::vector<std::uint8_t> furniture;  // token -> 1 when it is page furniture, not text

  bool is_furniture(std::size_t token) const { return token < furniture.size() && furniture[token]; }
  const SyntaxModel* syntax_model = nullptr;
  // Per sentence that names two or more entities (and so can hold a
  // relation): its UD tokens, tagged and lemmatised, and parsed (heads and
  // labels) when a tree rule may fire in it, else every head is -1 and deprel
  // empty. Other sentences: empty (analyse_syntax, relations.hpp).
  std::vector<SyntaxSentence> syntax;
  const nlp::NameTagger* names = nullptr;  // the name recogniser (name_reading.hpp)

  std::string_view token(std::size_t i) const {
    return text.substr(seg.tokens[i].begin, seg.tokens[i].end - seg.tokens[i].begin);
  }
  std::string_view span_text(std::size_t first, std::size_t last) const {
    return text.substr(seg.tokens[first].begin, seg.tokens[last - 1].end - seg.tokens[first].begin);
  }
  Span span_of(const Mention& m) const { return {seg.tokens[m.first].begin, seg.tokens[m.last - 1].end}; }
  // Where a title's words begin: its anchor when that comes first ("U.S."
  // of "U.S. Secretary of State"), else its role.
  std::uint32_t title_start(const TitleSpan& t) const {
    return t.anchor >= 0 ? std::min(t.first, mentions[static_cast<std::size_t>(t.anchor)].first) : t.first;
  }
  // The tagger's Penn tag of token i of sentence s, where the sentence was
  // tagged (syntax above), else "".
  std::string_view xpos_at(std::uint32_t s, std::uint32_t i) const {
    const SyntaxToken* t = syntax_at(s, i);
    return t ? t->xpos : std::string_view{};
  }
  // The (first) UD token cut from token i of sentence s, where the sentence
  // was tagged, else null.
  const SyntaxToken* syntax_at(std::uint32_t s, std::uint32_t i) const {
    if (s >= syntax.size()) return nullptr;
    for (const SyntaxToken& t : syntax[s])
      if (t.token == i) return &t;
    return nullptr;
  }
  // The index of a sentence of seg.sentences.
  std::uint32_t sentence_index(const Sentence& s) const {
    return static_cast<std::uint32_t>(&s - seg.sentences.data());
  }
  // The body or state whose name (or a description of it: "The panel")
  // opens sentence s ("The United States imposed ...", past "the"): its
  // mention, else -1 (not one named later in it: "The resolution, drafted
  // by Jordan, ...").
  int body_opening(std::uint32_t s) const {
    const std::uint32_t opening = seg.sentences[s].first;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      const Mention& mm = mentions[m];
      if (mm.sentence != s) continue;
      const bool opens = mm.first == opening || (mm.first == opening + 1 && fold_case(token(opening)) == "the");
      const bool body = mm.type == EntityType::Organization || mm.type == EntityType::Country;
      // (Or a description that stands for one: "The panel asked X ... It has also called Y".)
      const bool named = mm.kind == MentionKind::Name || (mm.kind == MentionKind::Description && mm.anaphor != -1);
      return opens && body && named ? static_cast<int>(m) : -1;
    }
    return -1;
  }
  // The nearest title before a name in its sentence, within its list item
  // (none when a ";" comes between: "chairman of X; A of Y" is not A's).
  const TitleSpan* title_before(const Mention& name) const {
    const TitleSpan* title = nullptr;
    for (const TitleSpan& t : titles)
      if (t.sentence == name.sentence && t.last <= name.first && (title == nullptr || t.last > title->last)) title = &t;
    for (std::uint32_t k = title ? title->last : name.first; k < name.first; ++k)
      if (token(k) == ";") return nullptr;
    return title;
  }
  // Whether a name's short form in brackets ends right before token k, with
  // a word before it past `first` ("Harbour Airports Authority (HAA)").
  bool short_form_before(std::uint32_t k, std::uint32_t first) const {
    return k > first + 3 && token(k - 1) == ")" && token(k - 3) == "(";
  }
  // Whether token i marks a possessive: "'s", or the bare apostrophe of a
  // plural written against it ("American Airlines' chief").
  // Whether token k is a comma followed, before `end`, by a capitalised word
  // (a name set beside what comes before: "Quarvex's spokesman, X").
  bool comma_then_name(std::uint32_t k, std::uint32_t end) const {
    return k + 1 < end && token(k) == "," && seg.tokens[k + 1].capitalized && seg.tokens[k + 1].kind == TokenKind::Word;
  }
  // "PG&E", "AT&T", "FDIC": the capitals of the run of words of capitals
  // and ampersands from token `first` (before `limit`) written with no space
  // between ("PGE"), and in `end` the token after the run.
  std::string joined_capitals(std::uint32_t first, std::uint32_t limit, std::uint32_t& end) const {
    std::string out;
    for (end = first; end < limit && (end == first || seg.tokens[end].begin == seg.tokens[end - 1].end); ++end) {
      const std::string_view w = token(end);
      if (w == "&") continue;
      if (w.empty() || w.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) break;
      out += w;
    }
    return out;
  }
  bool possessive(std::size_t i) const {
    const std::string_view w = token(i);
    if (is_possessive_s(w)) return true;
    if ((w != "'" && w != "\u2019") || i == 0 || seg.tokens[i - 1].end != seg.tokens[i].begin) return false;
    const std::string_view before = token(i - 1);
    return !before.empty() && (before.back() == 's' || before.back() == 'S');
  }
  // Whether token k is a place preposition (words/place_prepositions.txt)
  // that makes the name after it a place: "to" only after a word of movement
  // ("flew to Seoul", "a trip to Moscow", "fly on to Seoul", "from Athens to
  // Vilnius"), not after other words ("a channel open to Tehran", "a threat
  // to Washington").
  bool place_after(std::uint32_t k, std::uint32_t sentence_first) const;
  // Whether tokens k and k + 1 (before `end`) are "-" and a place suffix
  // (words/place_suffixes.txt): the name ending at k says where something
  // is based ("the Seoul-based institute"), not who it is.
  bool based_at(std::uint32_t k, std::uint32_t end) const;
  // Whether the title phrase opening at token `start` follows "as" (past an
  // article): a post someone serves as ("who serves as the bloc's chief
  // mediator for Y, Z sat down") is theirs, not the name's after it.
  bool served_as(std::uint32_t start, std::uint32_t sentence_first) const;
  // The first token of a party-and-state tag ("R-Texas", "D-N.Y.") set off
  // by commas whose closing comma is token `comma` ("X, R-Wis., who ..."),
  // else `comma`.
  std::uint32_t party_tag_before(std::uint32_t comma, std::uint32_t sentence_first) const;
  // The number of tokens of an age starting at token i and ending by `end`:
  // "64-year-old" as one token, "64" + "-year-old", or "64 - year - old";
  // 0 when there is none.
  std::uint32_t age_length(std::size_t i, std::size_t end) const;
  // The entity with this name (of this type, when one is given), or -1.
  int entity_named(std::string_view name, std::optional<EntityType> type = std::nullopt) const {
    for (std::size_t e = 0; e < entities.size(); ++e)
      if (entities[e].name == name && (!type || entities[e].type == *type)) return static_cast<int>(e);
    return -1;
  }
  void index_mentions();  // fills mention_at
  // Puts mentions back in text order after a stage added some (stable: of
  // two at one token, the one found first stays first).
  void sort_mentions();
  // A mention of tokens [first, last) of sentence s; its canonical name is
  // its surface unless one is given.
  Mention mention(std::uint32_t s, std::uint32_t first, std::uint32_t last, EntityType type, MentionKind kind,
                  std::string canonical, bool from_lexicon) const {
    Mention m;
    m.sentence = s;
    m.first = first;
    m.last = last;
    m.type = type;
    m.kind = kind;
    m.surface = std::string(span_text(first, last));
    m.canonical = canonical.empty() ? m.surface : std::move(canonical);
    m.from_lexicon = from_lexicon;
    return m;
  }
};

// The stages, in order (each in its own file).
void split_hyphenated_names(Context& ctx);
void find_furniture(Context& ctx);
void find_mentions(Context& ctx);
void define_acronyms(Context& ctx);         // part of find_mentions: "Rapid Support Forces (RSF)"
void qualify_generic_bodies(Context& ctx);  // part of find_mentions: "Cuba's Communist Party"
void find_titles(Context& ctx);
void resolve_entities(Context& ctx);
void find_appositions(Context& ctx);


}  // namespace kg::extract
