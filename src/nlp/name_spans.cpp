#include "name_spans.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::nlp {
namespace {

struct Mention {
  std::uint32_t first = 0, last = 0;
  std::string type;
};

std::optional<NameType> type_of(std::string_view t) {
  if (t == "person") return NameType::Person;
  if (t == "organization") return NameType::Organization;
  if (t == "place") return NameType::Place;
  if (t == "event") return NameType::Event;
  return std::nullopt;
}

std::string_view entity_field(std::string_view misc) {
  for (std::size_t at = 0; at < misc.size();) {
    const std::size_t bar = std::min(misc.find('|', at), misc.size());
    const std::string_view item = misc.substr(at, bar - at);
    if (item.starts_with("Entity=")) return item.substr(7);
    at = bar + 1;
  }
  return {};
}

// The mentions of a sentence: "(ID-TYPE-...)" opens (and closes) one at a
// word, "ID)" closes the innermost open mention of that ID. Mentions still
// open at the end of the sentence are dropped.
std::vector<Mention> mentions(const TreebankSentence& s) {
  std::vector<Mention> out;
  std::map<std::string, std::vector<Mention>> open;
  for (std::uint32_t w = 0; w < s.tokens.size(); ++w) {
    const std::string_view e = entity_field(s.tokens[w].misc);
    for (std::size_t i = 0; i < e.size();) {
      if (e[i] == '(') {
        const std::size_t end = std::min(e.find_first_of("()", i + 1), e.size());
        const std::string_view body = e.substr(i + 1, end - i - 1);
        const std::size_t dash = body.find('-');
        if (dash == std::string_view::npos) throw Error("bad Entity= value in sentence " + s.id);
        const std::string id(body.substr(0, dash));
        const std::string_view rest = body.substr(dash + 1);
        Mention m{w, w + 1, std::string(rest.substr(0, rest.find('-')))};
        if (end < e.size() && e[end] == ')') {
          out.push_back(m);
          i = end + 1;
        } else {
          open[id].push_back(m);
          i = end;
        }
        continue;
      }
      std::size_t k = i;
      while (k < e.size() && e[k] != ')' && e[k] != '(') ++k;
      if (k == e.size() || e[k] != ')' || k == i) throw Error("bad Entity= value in sentence " + s.id);
      auto it = open.find(std::string(e.substr(i, k - i)));
      if (it != open.end() && !it->second.empty()) {
        Mention m = it->second.back();
        it->second.pop_back();
        m.last = w + 1;
        out.push_back(m);
      }
      i = k + 1;
    }
  }
  return out;
}

bool capitalised(std::string_view form) { return !form.empty() && form[0] >= 'A' && form[0] <= 'Z'; }

// A word that is part of a name: a proper noun, or a capitalised word that
// is not a determiner, pronoun or punctuation ("French" in "French Revolution").
bool name_word(const TreebankToken& t) {
  if (t.upos == "PROPN") return true;
  return capitalised(t.form) && t.upos != "DET" && t.upos != "PRON" && t.upos != "PUNCT" && t.upos != "AUX";
}

// A lower-case word that joins name words: "Bank of America", "Stratford-upon-Avon".
bool connector(const TreebankToken& t) {
  static constexpr std::string_view kWords[] = {"of", "the", "and", "&", "for", "de", "la", "von", "van", "du", "-", "on", "upon"};
  return std::find(std::begin(kWords), std::end(kWords), t.form) != std::end(kWords);
}

}  // namespace

std::string_view name_type_label(NameType t) {
  static constexpr std::string_view kLabels[] = {"person", "organization", "place", "event"};
  return kLabels[static_cast<std::size_t>(t)];
}

std::ostream& operator<<(std::ostream& out, const NameSpan& s) {
  return out << "[" << s.first << "," << s.last << ") " << name_type_label(s.type);
}

std::vector<NameSpan> gold_names(const TreebankSentence& s, const NameDefinition& definition) {
  std::vector<NameSpan> found;
  const auto& tok = s.tokens;
  const auto inside = [](int h, const Mention& m) { return h >= static_cast<int>(m.first) && h < static_cast<int>(m.last); };
  for (const Mention& m : mentions(s)) {
    const auto type = type_of(m.type);
    if (!type) continue;
    // The head: the first word whose head lies outside the mention.
    std::uint32_t head = m.first;
    for (std::uint32_t k = m.first; k < m.last; ++k)
      if (!inside(tok[k].head, m)) {
        head = k;
        break;
      }
    // "spokeswoman Jane Roe": GUM heads the mention with the role and
    // attaches the name to it as flat; the name is the role's flat proper nouns.
    if (tok[head].upos != "PROPN") {
      std::uint32_t named = head;
      for (std::uint32_t k = m.first; k < m.last && named == head; ++k)
        if (tok[k].head == static_cast<int>(head) && tok[k].deprel.starts_with("flat") && tok[k].upos == "PROPN")
          named = k;
      if (named == head) continue;
      head = named;
    }
    // A plural person ("Democrats", "Southerners") is a group, not a name.
    if (*type == NameType::Person && tok[head].xpos == "NNPS") continue;
    // A role ("the Governor of Virginia") describes a person; it is no name.
    if (*type == NameType::Person && definition.roles.contains(to_lower_ascii(tok[head].form))) continue;
    // "A and B": the conjuncts are mentions of their own.
    bool coordination = false;
    for (std::uint32_t k = m.first; k < m.last; ++k)
      coordination = coordination || (tok[k].head == static_cast<int>(head) && tok[k].deprel.starts_with("conj"));
    if (coordination) continue;
    // Words under a description of the named ("Dr.", "Emperor", "Environment
    // Minister": nmod:desc in GUM) are not part of the name.
    std::vector<bool> word(m.last - m.first);
    for (std::uint32_t k = m.first; k < m.last; ++k) {
      bool described = false;
      for (int x = static_cast<int>(k); x != static_cast<int>(head) && inside(x, m); x = tok[static_cast<std::size_t>(x)].head)
        described = described || tok[static_cast<std::size_t>(x)].deprel == "nmod:desc";
      const bool sentence_start = k == 0 && tok[k].upos != "PROPN";
      word[k - m.first] = !described && !sentence_start && name_word(tok[k]);
    }
    const auto is_word = [&](std::uint32_t k) { return word[k - m.first]; };
    std::uint32_t first = head, last = head + 1;
    for (;;) {  // leftwards: name words, and connectors between name words
      if (first > m.first && is_word(first - 1)) --first;
      else if (first > m.first + 1 && connector(tok[first - 1]) && is_word(first - 2)) first -= 2;
      else if (first > m.first + 2 && connector(tok[first - 1]) && connector(tok[first - 2]) && is_word(first - 3)) first -= 3;
      else break;
    }
    for (;;) {  // rightwards, and a number closing the name ("Apollo 11")
      if (last < m.last && is_word(last)) ++last;
      else if (last + 1 < m.last && connector(tok[last]) && is_word(last + 1)) last += 2;
      else if (last + 2 < m.last && connector(tok[last]) && connector(tok[last + 1]) && is_word(last + 2)) last += 3;
      else if (last < m.last && tok[last].upos == "NUM" && (last + 1 == m.last || !is_word(last + 1))) {
        ++last;
        break;
      } else break;
    }
    // A name is written with a capital: not a pronunciation or a user name.
    bool capital = false;
    for (auto k = first; k < last; ++k) capital = capital || capitalised(tok[k].form);
    if (!capital) continue;
    found.push_back({first, last, *type});
  }
  // Longest first (then leftmost), keeping those that overlap none kept.
  std::stable_sort(found.begin(), found.end(), [](const NameSpan& a, const NameSpan& b) {
    return a.last - a.first != b.last - b.first ? a.last - a.first > b.last - b.first : a.first < b.first;
  });
  std::vector<NameSpan> out;
  for (const auto& n : found)
    if (std::none_of(out.begin(), out.end(), [&](const NameSpan& k) { return n.first < k.last && k.first < n.last; }))
      out.push_back(n);
  std::sort(out.begin(), out.end(), [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
  return out;
}

}  // namespace kg::nlp
