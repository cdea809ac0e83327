// How the mention finder adds a mention, and the bodies it spells out
// itself: committees named by subject ("the Senate judiciary committee") and
// bodies written in lower case ("the foreign office").
#include "mention_finder.hpp"

#include <algorithm>
#include <set>

#include "kg/text.hpp"

namespace kg::extract {

void MentionFinder::add(std::uint32_t s, std::uint32_t first, std::uint32_t last, EntityType type, MentionKind kind,
                        std::string canonical, bool from_lexicon) {
  Mention m = ctx_.mention(s, first, last, type, kind, std::move(canonical), from_lexicon);
  if (!from_lexicon) ampersand_as_and(m);
  ctx_.mentions.push_back(std::move(m));
}

// "Energy & Commerce Committee" is the known "Energy and Commerce Committee".
void MentionFinder::ampersand_as_and(Mention& m) const {
  std::string name = m.canonical;
  bool changed = false;
  for (auto at = name.find(" & "); at != std::string::npos; at = name.find(" & ", at)) {
    name.replace(at, 3, " and ");
    changed = true;
  }
  if (!changed) return;
  if (const auto* e = lex_.phrase(lex_.key_of(name))) m.canonical = e->front().canonical;
}

// A chamber's committees written by subject: "the Senate judiciary
// committee" (one), "the Senate Judiciary and Commerce committees" (two,
// each "Senate X Committee"). Adds the mentions and returns their end, or
// i + n when there are none.
std::uint32_t MentionFinder::chamber_committees(std::uint32_t s_idx, std::uint32_t i, std::uint32_t n,
                                                const Sentence& s) {
  if (committee_head(ctx_.token(i + n - 1))) return i + n;  // a committee already, not a chamber
  std::vector<std::pair<std::uint32_t, std::uint32_t>> subjects;  // word spans
  std::uint32_t j = i + n;
  while (j < s.last && subjects.size() < 4) {
    std::uint32_t k = j;
    while (k < s.last && k < j + 3 && ctx_.seg.tokens[k].kind == TokenKind::Word &&
           !lex_.in("function_words", folded_token(k)) && !committee_head(ctx_.token(k)))
      ++k;
    if (k == j) break;
    subjects.emplace_back(j, k);
    j = k;
    if (j < s.last && (ctx_.token(j) == "and" || ctx_.token(j) == ",")) {
      ++j;
      if (j < s.last && ctx_.token(j) == "and") ++j;
      continue;
    }
    break;
  }
  if (subjects.empty() || j >= s.last) return i + n;
  const std::string& head = folded_token(j);
  const bool plural = head.size() > 1 && head.back() == 's' && lex_.in("committee_heads", head.substr(0, head.size() - 1));
  if (!(plural ? subjects.size() >= 2 : lex_.in("committee_heads", head))) return i + n;
  if (ctx_.seg.tokens[j].capitalized && !plural) return i + n;  // "Senate Judiciary Committee": a lexicon name
  // "the House select committee on China": named by its subject (not the
  // place of a hearing after two committees: "... committees on Capitol Hill").
  // (Nor the place of the hearing: "the Commons justice committee on Parliament Hill".)
  const auto hearing_place = [&] {
    const std::uint32_t end = std::max(name_run(j + 2, s), lexicon_at(j + 2, s).first + j + 2);
    return end > j + 2 && lex_.in("location_heads", ctx_.token(end - 1));
  };
  if (!plural && j + 2 < s.last && (ctx_.token(j + 1) == "on" || ctx_.token(j + 1) == "of") &&
      ctx_.seg.tokens[j + 2].capitalized && !lex_.in("not_names", ctx_.token(j + 2)) && !hearing_place()) {
    const std::uint32_t end = std::max(name_run(j + 2, s), lexicon_at(j + 2, s).first + j + 2);
    if (subjects.size() != 1 || end <= j + 2) return i + n;
    const std::string name(ctx_.span_text(i, end));
    const auto* known = lex_.upper_phrase(fold_case(name));
    add(s_idx, i, end, EntityType::Organization, MentionKind::Name, known ? known->front().canonical : name,
        known != nullptr);
    return end;
  }
  const std::string chamber(ctx_.span_text(i, i + n));
  const std::string head_name = title_case(plural ? head.substr(0, head.size() - 1) : head);
  // "the House of Commons digital, culture, media and sport committee": one
  // committee named by its list of subjects (the lexicon's name, with or
  // without its chamber, when it knows one).
  if (!plural && subjects.size() >= 2) {
    std::string listed;
    for (auto t = subjects.front().first; t < j; ++t) {
      const std::string w(ctx_.token(t));
      listed += w == "," ? "," : (listed.empty() ? "" : " ") + (w == "and" ? w : title_case(w));
    }
    listed += " " + head_name;
    const auto* known = lex_.phrase(lex_.key_of(chamber + " " + listed));
    if (known == nullptr) known = lex_.phrase(lex_.key_of(listed));
    add(s_idx, i, j + 1, EntityType::Organization, MentionKind::Name,
        known ? known->front().canonical : chamber + " " + listed, known != nullptr);
    return j + 1;
  }
  for (std::size_t x = 0; x < subjects.size(); ++x) {
    std::string name = chamber;
    for (auto t = subjects[x].first; t < subjects[x].second; ++t) name += " " + title_case(ctx_.token(t));
    name += " " + head_name;
    const auto* known = lex_.phrase(lex_.key_of(name));
    const std::uint32_t first = x == 0 ? i : subjects[x].first;
    const std::uint32_t last = x + 1 == subjects.size() ? j + 1 : subjects[x].second;
    add(s_idx, first, last, EntityType::Organization, MentionKind::Name, known ? known->front().canonical : name,
        known != nullptr);
  }
  return j + 1;
}

// The end of a committee or an inquiry named after the name [first, last)
// after "the": a lower-case committee head right after it, and "of
// inquiry" (words of committee_kinds.txt) after that ("the Wirecard
// committee of inquiry"), or an inquiry's head ("the Tasker royal
// commission", "the Brandt inquiry": inquiry_heads.txt, with a committee
// head after it, "the Wirecard inquiry committee"); else last. Not
// after a body's own name ("a Senate committee": a committee of the body,
// chamber_committees), nor an inquiry after a state or a known body's name.
// So is a group's lower-case head after "the" and a name ("the Haqqani
// network": group_heads.txt).
std::uint32_t MentionFinder::committee_named_after(std::uint32_t first, std::uint32_t last, const Sentence& s) const {
  // (After "the" or a possessive: "the Bundestag's Wirecard committee of inquiry".)
  if (last >= s.last || first == s.first || (folded_token(first - 1) != "the" && !ctx_.possessive(first - 1)) ||
      ctx_.seg.tokens[last].capitalized || lex_.in("org_heads", ctx_.token(last - 1)))
    return last;
  if (lex_.in("committee_heads", ctx_.token(last))) {
    std::uint32_t end = last + 1;
    if (end + 1 < s.last && ctx_.token(end) == "of" && lex_.in("committee_kinds", ctx_.token(end + 1))) end += 2;
    return end;
  }
  // "the Haqqani network", "the G9 gang federation": an armed or criminal
  // group named after a name the lexicon does not know as a body or state.
  if (lex_.in("group_heads", ctx_.token(last)) && folded_token(first - 1) == "the" &&
      lexicon_at(first, s).first != last - first) {
    std::uint32_t end = last + 1;
    if (end < s.last && lex_.in("group_heads", ctx_.token(end))) ++end;
    return end;
  }
  std::uint32_t head = last;
  if (head + 1 < s.last && lex_.in("inquiry_modifiers", ctx_.token(head))) ++head;
  if (!lex_.in("inquiry_heads", ctx_.token(head)) || lexicon_at(first, s).first == last - first) return last;
  // "the Bundestag's Wirecard inquiry committee": the committee holding the inquiry.
  if (head + 1 < s.last && lex_.in("committee_heads", ctx_.token(head + 1))) return head + 2;
  return head + 1;
}

// "committee", "Subcommittee", "committees".
bool MentionFinder::committee_head(std::string_view w) const {
  std::string f = fold_case(w);
  if (f.size() > 1 && f.back() == 's') f.pop_back();
  return lex_.in("committee_heads", f);
}

// A body written in lower case after "the": a known one ("the foreign
// office"), or a committee named by a list of subjects ("the work and
// pensions committee", "the justice select committee"). Adds the mention
// and returns its end, or k when there is none.
std::uint32_t MentionFinder::lowercase_body(std::uint32_t k, const Sentence& s) {
  std::uint32_t j = k;
  bool list = false;
  while (j < s.last && j - k < 10) {
    const std::string_view w = ctx_.token(j);
    const Token& t = ctx_.seg.tokens[j];
    if (t.kind == TokenKind::Punct ? w != "," : t.kind != TokenKind::Word || t.capitalized) break;
    // "the parliamentary commission of inquiry into the banking system": a
    // body named by its subject after "of inquiry into" (or "on").
    if ((lex_.in("committee_heads", w) || lex_.in("inquiry_heads", w)) && j + 3 < s.last &&
        ctx_.token(j + 1) == "of" && lex_.in("committee_kinds", folded_token(j + 2)) &&
        (ctx_.token(j + 3) == "into" || ctx_.token(j + 3) == "on")) {
      std::uint32_t e = j + 4;
      if (e < s.last && folded_token(e) == "the") ++e;
      const std::uint32_t subject = e;
      while (e < s.last && e - j < 14 && ctx_.seg.tokens[e].kind == TokenKind::Word &&
             (!lex_.in("function_words", folded_token(e)) || folded_token(e) == "of" || folded_token(e) == "and" ||
              folded_token(e) == "the"))
        ++e;
      while (e > subject && (folded_token(e - 1) == "of" || folded_token(e - 1) == "and" || folded_token(e - 1) == "the"))
        --e;
      if (e > subject) {
        std::string name;
        for (std::uint32_t x = k; x < e; ++x) {
          const std::string f = folded_token(x);
          const bool small = f == "of" || f == "into" || f == "on" || f == "the" || f == "and";
          // ("Caixa Geral de Depósitos" keeps its particle.)
          const bool particle = x >= subject && lex_.in("name_particles", ctx_.token(x));
          name += (x > k ? " " : "") + (small ? f : particle ? std::string(ctx_.token(x)) : title_case(ctx_.token(x)));
        }
        add(s_index(s), k, e, EntityType::Organization, MentionKind::Name, std::move(name), false);
        return e;
      }
    }
    if (lex_.in("committee_heads", w)) {
      const bool select = j > k && ctx_.token(j - 1) == "select";
      // "the transport committee", "the home affairs committee": a committee's subject.
      std::string subject;
      for (std::uint32_t x = k; x < j; ++x) subject += (x > k ? " " : "") + folded_token(x);
      // (or after a body's possessive, "the National Assembly's foreign affairs
      // committee"; not a committee's, whose subcommittee has a name of its own)
      const bool after_the = k > s.first && (folded_token(k - 1) == "the" ||
                                             (ctx_.possessive(k - 1) && k >= 2 && !committee_head(ctx_.token(k - 2))) ||
                                             (k > s.first + 1 && lex_.in("committee_chambers", ctx_.token(k - 1)) &&
                                              folded_token(k - 2) == "the"));
      // (After a legislature's possessive, any subject of up to three words:
      // "the Danish parliament's business committee"; not a party's or a
      // company's organ, "the party's steering committee".)
      const bool owned = k > s.first + 1 && ctx_.possessive(k - 1) && lex_.in("legislature_heads", folded_token(k - 2));
      bool plain_subject = j > k && j - k <= 3;
      for (std::uint32_t x = k; x < j && plain_subject; ++x)
        plain_subject = ctx_.seg.tokens[x].kind == TokenKind::Word && !lex_.in("function_words", folded_token(x));
      const bool named = j > k && after_the && (lex_.in("committee_subjects", subject) || (owned && plain_subject));
      // "the Senate committee on women, children and gender equality", "the
      // Assembly's special committee on the Choi scandal": a committee named
      // by the subjects after "on", ending on a lower-case noun (not "the
      // committee on Monday", "on Capitol Hill"). A list's comma must lead
      // to its "and": "the subcommittee on trade and consumer protection,
      // X apologized" ends before the comma, as does "on transport, said".
      std::uint32_t end = j + 2;
      if (!list && j + 2 < s.last && ctx_.token(j + 1) == "on") {
        std::uint32_t e = j + 2;
        if (folded_token(e) == "the") ++e;
        std::uint32_t before_comma = 0;  // the end before the latest comma with no "and" after it yet
        while (e < s.last && e - j < 12) {
          const Token& word = ctx_.seg.tokens[e];
          const std::string f = folded_token(e);
          if (word.kind == TokenKind::Word && (f == "and" || !lex_.in("function_words", f))) {
            if (before_comma && word.capitalized) break;
            if (f == "and") before_comma = 0;
            else end = e + 1;
          } else if (ctx_.token(e) == ",") {
            if (!before_comma) before_comma = end;
          } else if (ctx_.token(e) != "-") {
            break;
          }
          ++e;
        }
        if (before_comma) end = before_comma;
      }
      // (Or on an acronym after "the": "the committee on the NDDC".)
      const bool acronym = end > j + 3 && folded_token(end - 2) == "the" && is_upper_word(ctx_.token(end - 1));
      if (end > j + 2 && (!ctx_.seg.tokens[end - 1].capitalized || acronym)) {
        std::string name;
        for (std::uint32_t x = k; x <= j; ++x) name += (x > k ? " " : "") + title_case(ctx_.token(x));
        name += " on";
        for (std::uint32_t x = j + 2; x < end; ++x) {
          const std::string f = folded_token(x);
          if (f == "," || f == "-") {
            name += f;
            continue;
          }
          if (name.back() != '-') name += ' ';
          name += f == "and" || f == "the" ? f : title_case(ctx_.token(x));
        }
        add(s_index(s), k, end, EntityType::Organization, MentionKind::Name, std::move(name), false);
        return end;
      }
      if (!(list || select || named) || j == k || (select && j == k + 1)) return k;
      std::string name;
      for (std::uint32_t x = k; x < j; ++x) {
        const std::string_view y = ctx_.token(x);
        if (y == "select") continue;
        if (y == ",") {
          name += ",";
          continue;
        }
        if (!name.empty()) name += " ";
        name += y == "and" ? std::string(y) : title_case(y);
      }
      name += " " + title_case(w);
      add(s_index(s), k, j + 1, EntityType::Organization, MentionKind::Name, std::move(name), false);
      return j + 1;
    }
    if (w == "," || w == "and") list = true;
    else if (lex_.in("function_words", w)) break;
    ++j;
  }
  // A known body: the longest lexicon phrase of lower-case words ending in a body's head word.
  for (std::uint32_t n = std::min<std::uint32_t>(j - k, 6); n >= 2; --n) {
    if (!lex_.in("org_heads", title_case(ctx_.token(k + n - 1)))) continue;
    std::string folded;
    for (std::uint32_t x = k; x < k + n; ++x) folded += (x > k ? " " : "") + folded_token(x);
    const auto* e = lex_.upper_phrase(folded);
    if (!e || e->front().type != EntityType::Organization) continue;
    add(s_index(s), k, k + n, EntityType::Organization, MentionKind::Name, e->front().canonical, true);
    return k + n;
  }
  // "the finance ministry" in a document that writes "Finance Minister X",
  // and no other person with that title: that minister's ministry, named
  // after the portfolio (with "Foreign Minister A" of one state and
  // "Foreign Minister B" of another, whose it is is not said).
  for (std::uint32_t n = std::min<std::uint32_t>(j - k, 4); n >= 2; --n) {
    if (folded_token(k + n - 1) != "ministry") continue;
    std::vector<std::string> minister;
    for (std::uint32_t x = k; x + 1 < k + n; ++x) minister.push_back(folded_token(x));
    minister.emplace_back("minister");
    std::set<std::string_view> holders;  // the word after each "X Minister"
    const auto size = static_cast<std::uint32_t>(minister.size());
    for (std::uint32_t x = 0; x + size < ctx_.seg.tokens.size(); ++x) {
      bool here = true;
      for (std::uint32_t w = 0; w < size && here; ++w) here = folded_token(x + w) == minister[w];
      if (here && ctx_.seg.tokens[x + size].capitalized) holders.insert(ctx_.token(x + size));
    }
    if (holders.size() != 1) continue;
    std::string name;
    for (std::uint32_t x = k; x < k + n; ++x) name += (x > k ? " " : "") + title_case(ctx_.token(x));
    add(s_index(s), k, k + n, EntityType::Organization, MentionKind::Name, std::move(name), false);
    return k + n;
  }
  return k;
}

std::uint32_t MentionFinder::s_index(const Sentence& s) const {
  return ctx_.sentence_index(s);
}

std::string MentionFinder::title_case(std::string_view w) {
  std::string out(w);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace kg::extract
