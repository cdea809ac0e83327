// Revisions of the mention list from what the rest of the document says
// (mention_revisions.hpp).
#include "mention_revisions.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "kg/text.hpp"
#include "title_words.hpp"

namespace kg::extract {
namespace {

void add_mention(Context& ctx, std::uint32_t s, std::uint32_t first, std::uint32_t last, EntityType type,
                 MentionKind kind, std::string canonical, bool from_lexicon) {
  ctx.mentions.push_back(ctx.mention(s, first, last, type, kind, std::move(canonical), from_lexicon));
}

// The mention covering each token, or -1.
std::vector<int> mention_index(const Context& ctx) {
  std::vector<int> at(ctx.seg.tokens.size(), -1);
  for (std::size_t i = 0; i < ctx.mentions.size(); ++i)
    for (std::uint32_t k = ctx.mentions[i].first; k < ctx.mentions[i].last; ++k) at[k] = static_cast<int>(i);
  return at;
}

// A word that may be part of a company's name before its title: capitalised,
// and no article, day, honorific, party or word like "Former" or "Deputy".
bool company_word(const Context& ctx, std::uint32_t k) {
  const Token& t = ctx.seg.tokens[k];
  if (t.kind != TokenKind::Word || !t.capitalized) return false;
  const std::string w = fold_case(ctx.token(k));
  for (const std::string_view list : {"function_words", "former_words", "opposition_words", "deputy_words", "time_words", "pronouns"})
    if (ctx.lex.in(list, w)) return false;
  // These two lists are written capitalised ("Republican", "Mr.").
  return !ctx.lex.in("party_adjectives", ctx.token(k)) && !ctx.lex.in("honorifics", ctx.token(k));
}

// A name read as a person's with nothing that says so: no lexicon entry,
// no title, honorific or other cue, no first name ("Snap", "Chelsea").
bool person_without_cue(const Context& ctx, const Mention& m) {
  return m.kind == MentionKind::Name && m.type == EntityType::Person && !m.from_lexicon && !m.person_cue &&
         !ctx.lex.first_name(ctx.token(m.first));
}

}  // namespace

// "the payments firm Block", "the investment bank Harbour Capital": a
// description right before a name of its kind describes that name, and is
// no anaphor of a body named before it.
void drop_descriptions_of_names(Context& ctx) {
  auto& ms = ctx.mentions;
  std::vector<Mention> kept;
  kept.reserve(ms.size());
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const bool described = ms[k].kind == MentionKind::Description && ms[k].anaphor >= 0 && k + 1 < ms.size() &&
                           ms[k + 1].first == ms[k].last && ms[k + 1].kind == MentionKind::Name &&
                           ms[k + 1].type == ms[k].type;
    if (!described) kept.push_back(std::move(ms[k]));
  }
  ms = std::move(kept);
}

// "Snap CEO Evan Spiegel": capitalised words no one took, right before a
// title only a company's people hold (company_titles.txt) and its
// holder's name, are the company.
void companies_before_titles(Context& ctx) {
  const std::vector<int> at = mention_index(ctx);
  const auto mention_from = [&](std::uint32_t k) -> const Mention* {
    const int i = at[k];
    return i >= 0 && ctx.mentions[static_cast<std::size_t>(i)].first == k ? &ctx.mentions[static_cast<std::size_t>(i)]
                                                                         : nullptr;
  };
  const std::size_t before = ctx.mentions.size();
  std::set<std::string> companies, led_places;
  for (const TitleSpan& t : ctx.titles) {
    const Sentence& s = ctx.seg.sentences[t.sentence];
    if (t.last >= s.last) continue;
    // "the chief executive of Anthropic", "co-founder of Twitch", "the
    // president of BaFin": a name read as a person's after a title that
    // heads a body (body_head_titles.txt) and "of" or "at" is the body's.
    // ("Rogers president and chief executive X": a title joined to a
    // company's one is a company's too.)
    std::uint32_t holder_at = t.last;  // where the holder's name starts
    bool company = ctx.lex.in("company_titles", t.role);
    if (!company && fold_case(ctx.token(t.last)) == "and")
      for (const TitleSpan& next : ctx.titles)
        if (next.sentence == t.sentence && next.first == t.last + 1 && ctx.lex.in("company_titles", next.role)) {
          company = true;
          holder_at = next.last;
        }
    if (const std::string w = fold_case(ctx.token(t.last));
        (company || ctx.lex.in("body_head_titles", t.role)) && (w == "of" || w == "at") && t.last + 1 < s.last) {
      if (const Mention* m = mention_from(t.last + 1); m != nullptr && person_without_cue(ctx, *m))
        companies.insert(m->surface);
      // "president of Freedom House", "director of the Tate Museum": a name
      // typed a place by its last word only is the body a head leads there.
      if (const Mention* m = mention_from(t.last + (fold_case(ctx.token(t.last + 1)) == "the" ? 2 : 1));
          m != nullptr && m->kind == MentionKind::Name && m->type == EntityType::Location && !m->from_lexicon &&
          m->last - m->first > 1 && ctx.lex.in("location_heads", ctx.token(m->last - 1)))
        led_places.insert(m->surface);
      // "the leader of the far-right Vox": capitalised words no one read as
      // a name, after the article and lower-case words describing them.
      std::uint32_t first = t.last + 1;
      if (fold_case(ctx.token(first)) == "the") ++first;
      const std::uint32_t described = first;
      while (first < s.last && first - t.last < 6 && at[first] < 0 &&
             (ctx.token(first) == "-" || (ctx.seg.tokens[first].kind == TokenKind::Word && !ctx.seg.tokens[first].capitalized &&
                                          !ctx.lex.in("function_words", fold_case(ctx.token(first))))))
        ++first;
      if (first == described || first >= s.last) continue;
      if (const Mention* m = mention_from(first); m != nullptr) {
        if (person_without_cue(ctx, *m)) companies.insert(m->surface);
        continue;
      }
      std::uint32_t end = first;
      while (end < s.last && end - first < 3 && at[end] < 0 && company_word(ctx, end)) ++end;
      if (end > first && (end == s.last || !ctx.seg.tokens[end].capitalized))
        add_mention(ctx, t.sentence, first, end, EntityType::Organization, MentionKind::Name, "", false);
      continue;
    }
    // "Bruce Buck, Chelsea's chairman,", "Fujitsu's director for Europe",
    // "Wirecard's former chief executive": capitalised words before the
    // possessive of a company's or a body head's title, or of another title
    // a person beside it holds (company_post: "Quarvex's spokesman, X"),
    // read as a person's name or as nothing, are the body. (Not a title
    // states have too: "Ostrania's president" may be a state's.)
    const std::uint32_t post = t.first > s.first && ctx.lex.in("former_words", fold_case(ctx.token(t.first - 1)))
                                   ? t.first - 1
                                   : t.first;
    if (!ctx.lex.in("state_leader_titles", t.role) && post >= s.first + 2 && ctx.possessive(post - 1)) {
      const std::uint32_t end = post - 1;
      const bool names_holder = ctx.comma_then_name(t.last, s.last);
      const auto posted = [&](std::uint32_t first) {
        return company || ctx.lex.in("body_head_titles", t.role) ||
               company_post(ctx.lex, t.role, names_holder || (first > s.first && ctx.token(first - 1) == ","));
      };
      if (const int i = at[end - 1]; i >= 0) {
        const Mention& m = ctx.mentions[static_cast<std::size_t>(i)];
        if (posted(m.first)) {
          if (m.last == end && m.last - m.first == 1 && person_without_cue(ctx, m)) companies.insert(m.surface);
          continue;
        }
      } else {
        std::uint32_t first = end;
        while (first > s.first && end - first < 3 && at[first - 1] < 0 && company_word(ctx, first - 1)) --first;
        if (!posted(first)) continue;
        if (first < end && (first == s.first || !ctx.seg.tokens[first - 1].capitalized))
          add_mention(ctx, t.sentence, first, end, EntityType::Organization, MentionKind::Name, "", false);
        continue;
      }
    }
    if (!company || t.first == s.first) continue;
    const Mention* holder = holder_at < s.last ? mention_from(holder_at) : nullptr;
    if (holder == nullptr || holder->type != EntityType::Person) continue;
    // A name read as a person's ("Snap", "Discord") is the company's,
    // wherever the document writes it.
    if (const int i = at[t.first - 1]; i >= 0) {
      const Mention& m = ctx.mentions[static_cast<std::size_t>(i)];
      if (m.last == t.first && m.kind == MentionKind::Name && m.type == EntityType::Person && !m.from_lexicon)
        companies.insert(m.surface);
      continue;
    }
    std::uint32_t first = t.first;
    while (first > s.first && t.first - first < 3 && at[first - 1] < 0 && company_word(ctx, first - 1)) --first;
    if (first < t.first) add_mention(ctx, t.sentence, first, t.first, EntityType::Organization, MentionKind::Name, "", false);
  }
  // (Not the surname of a person the document names with a cue: "Abe's
  // executive secretary" after "Prime Minister Shinzo Abe".)
  for (const Mention& m : ctx.mentions)
    if (m.kind == MentionKind::Name && m.type == EntityType::Person && m.last - m.first > 1 &&
        (m.person_cue || m.by_context))
      companies.erase(std::string(ctx.token(m.last - 1)));
  for (Mention& m : ctx.mentions)
    if (m.kind == MentionKind::Name && ((m.type == EntityType::Person && companies.contains(m.surface)) ||
                                        (m.type == EntityType::Location && led_places.contains(m.surface))))
      m.type = EntityType::Organization;
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

void bodies_after_people_of(Context& ctx) {
  const std::vector<int> at = mention_index(ctx);
  const std::size_t before = ctx.mentions.size();
  for (std::size_t i = 0; i < before; ++i) {
    const Mention& p = ctx.mentions[i];
    const Sentence& s = ctx.seg.sentences[p.sentence];
    if (p.type != EntityType::Person || p.kind != MentionKind::Name || p.last + 2 >= s.last ||
        (p.last - p.first < 2 && !p.person_cue) || ctx.token(p.last) != "of")
      continue;
    // Under a post that heads or serves a body ("whose chief executives, A
    // of X, B of Y"): "Tom Keller of Wickersham" may be where he lives.
    const TitleSpan* title = ctx.title_before(p);
    if (title == nullptr) continue;
    std::string role = fold_case(title->role);
    if (!ctx.lex.in("company_titles", role) && !ctx.lex.in("body_head_titles", role) && role.ends_with('s'))
      role.pop_back();
    if (!ctx.lex.in("company_titles", role) && !ctx.lex.in("body_head_titles", role)) continue;
    // One capitalised word no one took (or read as a person's with nothing
    // to say so), not opening a name of its own.
    const std::uint32_t k = p.last + 1;
    if (!company_word(ctx, k) || ctx.seg.tokens[k].abbreviation || ctx.token(k).size() < 3 ||
        (k + 1 < s.last && ctx.seg.tokens[k + 1].capitalized) || ctx.lex.first_name(ctx.token(k)))
      continue;
    if (at[k] < 0) {
      add_mention(ctx, p.sentence, k, k + 1, EntityType::Organization, MentionKind::Name, "", false);
      continue;
    }
    // (The place in a list of people gives a one-word name a person's cue
    // that the post and "of" outweigh.)
    Mention& m = ctx.mentions[static_cast<std::size_t>(at[k])];
    if (m.first == k && m.last == k + 1 && m.kind == MentionKind::Name && m.type == EntityType::Person &&
        !m.from_lexicon)
      m.type = EntityType::Organization;
  }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

void bodies_led_by_people(Context& ctx) {
  std::set<std::string> bodies;
  for (const Mention& m : ctx.mentions) {
    const Sentence& s = ctx.seg.sentences[m.sentence];
    // (Not a possessor: "who heads Lula's Workers' Party".)
    if (!person_without_cue(ctx, m) || (m.last < s.last && ctx.possessive(m.last))) continue;
    std::uint32_t k = m.first;
    if (k > s.first && fold_case(ctx.token(k - 1)) == "the") --k;
    if (k < s.first + 2 || !ctx.lex.in("leading_verbs", fold_case(ctx.token(k - 1)))) continue;
    std::uint32_t who = k - 2;
    if (who > s.first && fold_case(ctx.token(who)) == "also") --who;
    if (fold_case(ctx.token(who)) == "who") bodies.insert(m.surface);
  }
  for (Mention& m : ctx.mentions)
    if (m.kind == MentionKind::Name && m.type == EntityType::Person && !m.person_cue && bodies.contains(m.surface))
      m.type = EntityType::Organization;
}

// "Mohamed Hamdan Dagalo, better known as Hemedti": the capitalised words
// after "known as" name the person, there and wherever the document
// writes them.
void shared_surnames(Context& ctx) {
  std::vector<int> at = mention_index(ctx);
  const std::size_t before = ctx.mentions.size();
  for (std::size_t i = 0; i < before; ++i) {
    const Mention m = ctx.mentions[i];
    if (m.type != EntityType::Person || m.kind != MentionKind::Name || m.last - m.first < 2) continue;
    const Sentence& s = ctx.seg.sentences[m.sentence];
    if (m.first < s.first + 2 || fold_case(ctx.token(m.first - 1)) != "and") continue;
    // The single capitalised words before "and", each after a comma but the first.
    std::vector<std::uint32_t> given;
    std::uint32_t k = m.first - 1;
    if (k > s.first && ctx.token(k - 1) == ",") --k;
    while (k > s.first) {
      const std::uint32_t w = k - 1;
      const Token& t = ctx.seg.tokens[w];
      if (t.kind != TokenKind::Word || !t.capitalized) break;
      if (const int q = at[w]; q >= 0 && (ctx.mentions[static_cast<std::size_t>(q)].first != w ||
                                          ctx.mentions[static_cast<std::size_t>(q)].last != w + 1 ||
                                          ctx.mentions[static_cast<std::size_t>(q)].from_lexicon))
        break;
      given.push_back(w);
      if (w == s.first || ctx.token(w - 1) != ",") {
        k = w;
        break;
      }
      k = w - 1;
    }
    if (given.empty()) continue;
    // A kin word before the names or in the phrase after them ("Ajay, Atul
    // and Rajesh Doe, the brothers at the centre of ...") makes them a family.
    const auto kin_after = [&] {
      std::uint32_t j = m.last;
      if (j < s.last && ctx.token(j) == ",") ++j;
      for (int skip = 0; j < s.last && skip < 2; ++skip, ++j) {
        const std::string w = fold_case(ctx.token(j));
        if (ctx.lex.in("pair_kin", w)) return true;
        if (w != "the" && w != "his" && w != "her" && w != "their" && !ctx.lex.in("number_words", w)) return false;
      }
      return false;
    };
    const bool kin = (k > s.first && ctx.lex.in("pair_kin", fold_case(ctx.token(k - 1)))) || kin_after();
    if (!kin && !std::all_of(given.begin(), given.end(), [&](std::uint32_t w) { return ctx.lex.first_name(ctx.token(w)); }))
      continue;
    std::string surname;
    for (std::uint32_t w = m.first + 1; w < m.last; ++w) surname += " " + std::string(ctx.token(w));
    for (const std::uint32_t w : given) {
      const std::string canonical = std::string(ctx.token(w)) + surname;
      if (const int q = at[w]; q >= 0) {
        Mention& one = ctx.mentions[static_cast<std::size_t>(q)];
        one.type = EntityType::Person;
        one.canonical = canonical;
        one.person_cue = true;
        continue;
      }
      add_mention(ctx, m.sentence, w, w + 1, EntityType::Person, MentionKind::Name, canonical, false);
      ctx.mentions.back().person_cue = true;
    }
  }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

void nicknames(Context& ctx) {
  std::vector<int> at = mention_index(ctx);
  // Free, or a name of its own the finder found there (not a lexicon entry).
  const auto free_name = [&](std::uint32_t k, std::uint32_t n) {
    for (std::uint32_t w = k; w < k + n; ++w) {
      const int i = at[w];
      if (i < 0) continue;
      const Mention& q = ctx.mentions[static_cast<std::size_t>(i)];
      if (q.first != k || q.last != k + n || q.from_lexicon || q.kind != MentionKind::Name) return false;
    }
    return true;
  };
  struct Nickname {
    std::vector<std::string_view> words;
    std::string canonical;
    EntityType type;
  };
  std::vector<Nickname> names;
  for (const Mention& m : ctx.mentions) {
    if ((m.type != EntityType::Person && m.type != EntityType::Organization) || m.kind != MentionKind::Name) continue;
    const Sentence& s = ctx.seg.sentences[m.sentence];
    std::uint32_t j = m.last;
    if (j + 3 >= s.last || ctx.token(j) != ",") continue;
    ++j;
    for (int adverbs = 0; adverbs < 2 && j < s.last && !ctx.seg.tokens[j].capitalized && fold_case(ctx.token(j)) != "known";
         ++adverbs)
      ++j;
    if (j + 2 >= s.last || fold_case(ctx.token(j)) != "known" || fold_case(ctx.token(j + 1)) != "as") continue;
    std::uint32_t n = 0;
    while (j + 2 + n < s.last && n < 3 && company_word(ctx, j + 2 + n)) ++n;
    if (n == 0 || !free_name(j + 2, n)) continue;
    std::vector<std::string_view> words;
    for (std::uint32_t k = j + 2; k < j + 2 + n; ++k) words.push_back(ctx.token(k));
    names.push_back({std::move(words), m.canonical, m.type});
  }
  if (names.empty()) return;
  for (std::uint32_t si = 0; si < ctx.seg.sentences.size(); ++si) {
    const Sentence& s = ctx.seg.sentences[si];
    for (std::uint32_t k = s.first; k < s.last; ++k)
      for (const auto& [words, canonical, type] : names) {
        const auto n = static_cast<std::uint32_t>(words.size());
        if (k + n > s.last || (k + n < s.last && ctx.seg.tokens[k + n].capitalized) || !free_name(k, n)) continue;
        bool match = true;
        for (std::uint32_t w = 0; w < n && match; ++w) match = ctx.token(k + w) == words[w];
        if (!match) continue;
        if (const int i = at[k]; i >= 0) {
          Mention& q = ctx.mentions[static_cast<std::size_t>(i)];
          q.type = type;
          q.canonical = canonical;
          continue;
        }
        add_mention(ctx, si, k, k + n, type, MentionKind::Name, canonical, false);
        for (std::uint32_t w = 0; w < n; ++w) at[k + w] = static_cast<int>(ctx.mentions.size()) - 1;
      }
  }
  ctx.sort_mentions();
}

// "Theresa May", "Nick Read": the surname alone is a common word the
// finder never takes as a name (not_names.txt), so it is taken where the
// document names the person in full: capitalised inside a sentence ("asked
// May to resign"), or opening one before a verb of saying ("Read said"),
// but not as a date ("in May", "May 5") or inside another name ("the
// Green Party").
void common_word_surnames(Context& ctx) {
  std::unordered_set<std::string> surnames;
  for (const Mention& m : ctx.mentions)
    if (m.type == EntityType::Person && m.kind == MentionKind::Name && m.last - m.first > 1 &&
        (m.person_cue || m.by_context) && ctx.lex.in("not_names", ctx.token(m.last - 1)))
      surnames.insert(std::string(ctx.token(m.last - 1)));
  if (surnames.empty()) return;
  const std::vector<int> at = mention_index(ctx);
  const std::size_t before = ctx.mentions.size();
  for (std::uint32_t si = 0; si < ctx.seg.sentences.size(); ++si) {
    const Sentence& s = ctx.seg.sentences[si];
    if (ctx.is_furniture(s.first)) continue;
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      const Token& t = ctx.seg.tokens[k];
      if (at[k] >= 0 || t.kind != TokenKind::Word || !t.capitalized || !surnames.contains(std::string(ctx.token(k))))
        continue;
      const bool next_word = k + 1 < s.last;
      if (next_word && (ctx.seg.tokens[k + 1].kind == TokenKind::Number ||
                        (ctx.seg.tokens[k + 1].capitalized && ctx.seg.tokens[k + 1].kind == TokenKind::Word)))
        continue;
      if (k == s.first ? !(next_word && ctx.lex.in("speech_verbs", fold_case(ctx.token(k + 1))))
                       : ctx.lex.in("place_prepositions", fold_case(ctx.token(k - 1))) || ctx.lex.in("time_words", fold_case(ctx.token(k - 1))) ||
                             fold_case(ctx.token(k - 1)) == "of" || fold_case(ctx.token(k - 1)) == "since" || fold_case(ctx.token(k - 1)) == "until" ||
                             ctx.seg.tokens[k - 1].kind == TokenKind::Number)
        continue;
      add_mention(ctx, si, k, k + 1, EntityType::Person, MentionKind::Name, "", false);
      ctx.mentions.back().by_context = true;
    }
  }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

// "Georgian Dream", "Swiss National Bank": a demonym right before an
// unknown body's name opens that name (not "Turkish Government": that is
// the state); so does it where the same name is written again and the
// words after the demonym were not read as one.
void demonym_named_bodies(Context& ctx) {
  std::set<std::string> named;  // the names made, written
  for (std::size_t i = 0; i + 1 < ctx.mentions.size(); ++i) {
    Mention& d = ctx.mentions[i];
    const Mention& b = ctx.mentions[i + 1];
    if (d.kind != MentionKind::Demonym || b.first != d.last || b.sentence != d.sentence ||
        b.type != EntityType::Organization || b.kind != MentionKind::Name || b.from_lexicon ||
        ctx.lex.in("government_words", ctx.token(b.last - 1)))
      continue;
    d = ctx.mention(d.sentence, d.first, b.last, EntityType::Organization, MentionKind::Name, "", false);
    named.insert(d.surface);
    ctx.mentions.erase(ctx.mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // The same name written again where the word after the demonym was not
  // read as a name ("the founder of Georgian Dream.").
  if (named.empty()) return;
  for (std::size_t i = 0; i < ctx.mentions.size(); ++i) {
    Mention& d = ctx.mentions[i];
    if (d.kind != MentionKind::Demonym) continue;
    const std::uint32_t end = ctx.seg.sentences[d.sentence].last;
    for (std::uint32_t k = d.last + 1; k <= end && k - d.last <= 3; ++k) {
      if (!named.contains(std::string(ctx.span_text(d.first, k)))) continue;
      // The words after the demonym, read as a name of their own or as none.
      const bool own = i + 1 < ctx.mentions.size() && ctx.mentions[i + 1].first == d.last &&
                       ctx.mentions[i + 1].last == k && !ctx.mentions[i + 1].from_lexicon;
      if (!own && i + 1 < ctx.mentions.size() && ctx.mentions[i + 1].first < k) break;
      d = ctx.mention(d.sentence, d.first, k, EntityType::Organization, MentionKind::Name, "", false);
      if (own) ctx.mentions.erase(ctx.mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      break;
    }
  }
}

// "the British must leave", "the Americans said": a demonym after "the"
// as the subject of a verb (modal_verbs.txt, auxiliaries.txt,
// speech_verbs.txt) stands for its state, like a group noun.
void demonyms_as_nouns(Context& ctx) {
  const auto subject_before = [&](std::uint32_t k, const Sentence& s) {
    if (k + 1 >= s.last || k == s.first || fold_case(ctx.token(k - 1)) != "the") return false;
    const std::string next = fold_case(ctx.token(k + 1));
    return ctx.lex.in("modal_verbs", next) || ctx.lex.in("auxiliaries", next) || ctx.lex.in("speech_verbs", next);
  };
  for (Mention& m : ctx.mentions)
    if (m.kind == MentionKind::Demonym && m.last == m.first + 1 &&
        subject_before(m.first, ctx.seg.sentences[m.sentence]))
      m.kind = MentionKind::Name;
  const std::vector<int> at = mention_index(ctx);
  const std::size_t before = ctx.mentions.size();
  for (std::uint32_t si = 0; si < ctx.seg.sentences.size(); ++si) {
    const Sentence& s = ctx.seg.sentences[si];
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      const std::string_view w = ctx.token(k);
      if (!ctx.seg.tokens[k].capitalized || w.size() < 4 || w.back() != 's' || !subject_before(k, s)) continue;
      const auto* entries = ctx.lex.phrase(w.substr(0, w.size() - 1));  // "Americans": "American"
      if (entries == nullptr || entries->front().kind != PhraseKind::Demonym) continue;
      const std::string& state = entries->front().canonical;
      if (at[k] < 0) {
        add_mention(ctx, si, k, k + 1, EntityType::Country, MentionKind::Name, state, true);
        continue;
      }
      // Read as a name of its own ("Americans" as a group of people): the state.
      Mention& m = ctx.mentions[static_cast<std::size_t>(at[k])];
      if (m.first != k || m.last != k + 1 || m.from_lexicon) continue;
      m.type = EntityType::Country;
      m.kind = MentionKind::Name;
      m.canonical = state;
      m.from_lexicon = true;
    }
  }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

void committee_name_tails(Context& ctx) {
  // The tails of committees' and inquiries' names of three words or more,
  // from their second word, folded, with the canonical name ("" when two
  // bodies share one: "the intelligence committee" after the House's and
  // the Senate's).
  std::map<std::vector<std::string>, std::string> tails;
  std::size_t longest = 0;
  for (const Mention& m : ctx.mentions) {
    if (m.type != EntityType::Organization || m.kind != MentionKind::Name || m.last - m.first < 3) continue;
    const std::string head = fold_case(ctx.token(m.last - 1));
    if (!ctx.lex.in("committee_heads", head) && !ctx.lex.in("inquiry_heads", head)) continue;
    for (std::uint32_t j = m.first + 1; j + 1 < m.last; ++j) {
      std::vector<std::string> tail;
      for (std::uint32_t k = j; k < m.last; ++k) tail.push_back(fold_case(ctx.token(k)));
      longest = std::max(longest, tail.size());
      const auto [it, fresh] = tails.emplace(std::move(tail), m.canonical);
      if (!fresh && it->second != m.canonical) it->second.clear();
    }
  }
  if (tails.empty()) return;
  const std::vector<int> at = mention_index(ctx);
  const std::size_t before = ctx.mentions.size();
  for (std::uint32_t si = 0; si < ctx.seg.sentences.size(); ++si) {
    const Sentence& s = ctx.seg.sentences[si];
    for (std::uint32_t k = s.first + 1; k + 1 < s.last; ++k) {
      if (fold_case(ctx.token(k - 1)) != "the" || at[k] >= 0 || ctx.is_furniture(k)) continue;
      // The longest tail written here, in lower case, with no mention over it.
      std::vector<std::string> words;  // the free words from k, folded
      for (std::uint32_t w = k; w < s.last && words.size() < longest && at[w] < 0 && !ctx.seg.tokens[w].capitalized; ++w)
        words.push_back(fold_case(ctx.token(w)));
      for (std::size_t n = words.size(); n >= 2; --n) {
        words.resize(n);
        const auto it = tails.find(words);
        if (it == tails.end()) continue;
        if (!it->second.empty())
          add_mention(ctx, si, k, static_cast<std::uint32_t>(k + n), EntityType::Organization, MentionKind::Name,
                      it->second, false);
        k += static_cast<std::uint32_t>(n) - 1;
        break;
      }
    }
  }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

void short_company_names(Context& ctx) {
  // People's surnames the document writes ("Gomery" of "the Gomery commission").
  std::set<std::string, std::less<>> surnames;
  for (const Mention& m : ctx.mentions)
    if (m.type == EntityType::Person && m.kind == MentionKind::Name && m.last - m.first >= 2)
      surnames.emplace(ctx.token(m.last - 1));
  // The first word of each company's name the document writes in full (not
  // a body named after its subject: "the Wirecard committee of inquiry").
  std::vector<std::pair<std::string, std::string>> shorts;  // word, canonical
  for (const Mention& m : ctx.mentions) {
    if (m.type != EntityType::Organization || m.kind != MentionKind::Name || m.last - m.first < 2) continue;
    const std::string head = fold_case(ctx.lex.body_head(m.canonical));
    if (ctx.lex.in("committee_heads", head) || ctx.lex.in("inquiry_heads", head) || ctx.lex.in("committee_kinds", head))
      continue;
    const std::string_view w = ctx.token(m.first);
    if (surnames.contains(w)) continue;
    if (w.size() < 4 || !ctx.seg.tokens[m.first].capitalized || ctx.seg.tokens[m.first].kind != TokenKind::Word ||
        ctx.lex.in("org_heads", w) || ctx.lex.in("org_words", w) || ctx.lex.first_name(w) ||
        ctx.lex.in("party_adjectives", w) || w.ends_with("ian") || w.ends_with("ean") || w.ends_with("can") ||
        w.ends_with("ese") || w.ends_with("ish") ||
        ctx.lex.phrase(ctx.lex.key_of(w)) != nullptr || ctx.lex.title(fold_case(w)) != nullptr)
      continue;
    // ("Repsol Peru" after "Spain's Repsol": a company's national arm, the
    // word alone written first is the parent; not "Blackwater USA ...
    // Blackwater", one company.)
    const auto* rest = ctx.lex.phrase(ctx.lex.key_of(ctx.span_text(m.first + 1, m.last)));
    const bool arm = rest != nullptr && rest->front().type == EntityType::Country && rest->front().kind == PhraseKind::Name;
    bool parent_first = false;
    for (std::uint32_t k = 0; arm && k < m.first && !parent_first; ++k)
      parent_first = ctx.token(k) == w && (k + 1 >= ctx.seg.tokens.size() || ctx.token(k + 1) != ctx.token(m.first + 1));
    shorts.emplace_back(std::string(w), parent_first ? std::string(w) : m.canonical);
  }
  if (shorts.empty()) return;
  const std::vector<int> at = mention_index(ctx);
  const std::size_t before = ctx.mentions.size();
  for (std::uint32_t si = 0; si < ctx.seg.sentences.size(); ++si) {
    const Sentence& s = ctx.seg.sentences[si];
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      // Alone: no capitalised word right after it, no mention over it but a
      // one-word name read as a person's with nothing to say so. (Opening a
      // sentence too, unless a word that opens sentences: "Rogers president
      // X ...".)
      if (ctx.is_furniture(k) || (k + 1 < s.last && ctx.seg.tokens[k + 1].capitalized)) continue;
      if (k == s.first && ctx.lex.abbreviations().sentence_openers.contains(std::string(ctx.token(k)))) continue;
      Mention* read = at[k] >= 0 ? &ctx.mentions[static_cast<std::size_t>(at[k])] : nullptr;
      if (read != nullptr && (read->first != k || read->last != k + 1 || !person_without_cue(ctx, *read))) continue;
      const std::string_view w = ctx.token(k);
      for (const auto& [word, canonical] : shorts)
        if (w == word) {
          if (read != nullptr) {
            read->type = EntityType::Organization;
            read->canonical = canonical;
          } else {
            add_mention(ctx, si, k, k + 1, EntityType::Organization, MentionKind::Name, canonical, false);
          }
          break;
        }
    }
  }
  if (ctx.mentions.size() > before) ctx.sort_mentions();
}

}  // namespace kg::extract
