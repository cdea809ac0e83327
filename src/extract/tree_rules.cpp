// The tree-rule pattern language: parsing and validation.
#include "tree_rules.hpp"

#include <algorithm>
#include <functional>
#include <array>

#include "kg/text.hpp"
#include "tsv.hpp"

namespace kg::extract {
namespace {

std::vector<std::string> words(std::string_view list) {
  std::vector<std::string> out;
  for (auto w : split_list(list)) out.emplace_back(fold_case(w));
  return out;
}

// A Universal Dependencies relation, with or without a subtype ("obl:agent"):
// a typo or a lemma list cut at '|' ("^acl=meeting|talk") is not one.
bool is_label(std::string_view s) {
  static const std::array<std::string_view, 37> universal = {
      "acl",   "advcl",     "advmod", "amod",       "appos",  "aux",  "case",     "cc",        "ccomp", "clf",
      "compound", "conj",   "cop",    "csubj",      "dep",    "det",  "discourse", "dislocated", "expl", "fixed",
      "flat",  "goeswith",  "iobj",   "list",       "mark",   "nmod", "nsubj",    "nummod",    "obj",   "obl",
      "orphan", "parataxis", "punct", "reparandum", "root",   "vocative", "xcomp"};
  for (const char c : s)
    if (!((c >= 'a' && c <= 'z') || c == ':')) return false;
  const std::string_view base = s.substr(0, s.find(':'));
  return std::find(universal.begin(), universal.end(), base) != universal.end();
}

std::vector<std::string_view> bracketed_suffixes(std::string_view& rest, std::string_view whole);

// "obj=sanction|penalty", "xcomp", or "advcl[mark=to]" (a child with its own
// condition); "!xcomp": no such child.
TreeCondition parse_condition(std::string_view s) {
  TreeCondition c;
  const std::string_view whole = s;
  if (!s.empty() && s.front() == '!') {
    c.negated = true;
    s.remove_prefix(1);
  }
  for (auto inner : bracketed_suffixes(s, whole)) c.inner.push_back(parse_condition(inner));
  const auto eq = s.find('=');
  for (auto l : split(s.substr(0, eq), ',')) {
    if (!is_label(l)) throw TsvError{"'" + std::string(s) + "': a condition is LABEL[=LEMMA|...]"};
    c.labels.emplace_back(l);
  }
  if (eq != std::string_view::npos) {
    c.lemmas = words(s.substr(eq + 1));
    if (c.lemmas.empty()) throw TsvError{"'" + std::string(s) + "': no lemma after '='"};
    // A path step lists lemmas with ',' ("^obj=have,need"); a condition with '|'.
    if (s.substr(eq + 1).find(',') != std::string_view::npos)
      throw TsvError{"'" + std::string(s) + "': a condition's lemmas are separated by '|', not ','"};
  }
  return c;
}

// Takes the "[...]" groups off the end of rest: "obl@on[aux=must]" leaves
// "obl@on" and returns {"aux=must"}; "ccomp[xcomp[mark=to]]" returns
// {"xcomp[mark=to]"}.
std::vector<std::string_view> bracketed_suffixes(std::string_view& rest, std::string_view whole) {
  std::vector<std::string_view> conds;
  while (!rest.empty() && rest.back() == ']') {
    // The '[' that opens the last group, past the groups nested in it.
    std::size_t open = rest.size() - 1;
    for (int depth = 0; open-- > 0;) {
      if (rest[open] == ']') ++depth;
      if (rest[open] == '[' && depth-- == 0) break;
    }
    if (open == std::string_view::npos) throw TsvError{"'" + std::string(whole) + "': ']' without '['"};
    conds.push_back(rest.substr(open + 1, rest.size() - open - 2));
    rest = rest.substr(0, open);
  }
  return conds;
}

// "obl@on,against[aux=must]", "ccomp=have,need[xcomp]" (',' separates
// alternatives inside a step).
TreeStep parse_step(std::string_view s) {
  TreeStep step;
  if (s == "@hearing") {
    step.hearing = true;
    return step;
  }
  if (s == "@last") {
    step.last_actor = true;
    return step;
  }
  std::string_view rest = s;
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) {
    step.end_type = parse_entity_type(rest.substr(hash + 1));
    if (!step.end_type) throw TsvError{"'" + std::string(s) + "': no entity type '" + std::string(rest.substr(hash + 1)) + "'"};
    rest = rest.substr(0, hash);
  }
  for (auto c : bracketed_suffixes(rest, s)) step.conditions.push_back(parse_condition(c));
  if (!rest.empty() && rest.front() == '^') {
    step.up = true;
    rest.remove_prefix(1);
  }
  const auto at = rest.find('@');
  if (at != std::string_view::npos)
    for (auto p : split(rest.substr(at + 1), ',')) step.preps.emplace_back(fold_case(p));
  rest = rest.substr(0, at);
  const auto eq = rest.find('=');
  if (eq != std::string_view::npos)
    for (auto l : split(rest.substr(eq + 1), ',')) step.lemmas.emplace_back(fold_case(l));
  step.label = std::string(rest.substr(0, eq));
  // (Lemmas come before the prepositions: "nmod@for=government" would read
  // "for=government" as a preposition and never match.)
  const bool word_preps = std::none_of(step.preps.begin(), step.preps.end(), [](const std::string& p) {
    return p.empty() || p.find('=') != std::string::npos;
  });
  if (!is_label(step.label) || (eq != std::string_view::npos && step.lemmas.empty()) || !word_preps)
    throw TsvError{"'" + std::string(s) + "': a step is [^]LABEL[=LEMMA,...][@PREP,...][[CONDITION]]"};
  return step;
}

// Splits at sep outside [...]: "ccomp[aux=must|should]>nsubj|obj" at '|'.
std::vector<std::string_view> split_outside_brackets(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] == '[') ++depth;
    if (i < s.size() && s[i] == ']') --depth;
    if (i == s.size() || (s[i] == sep && depth == 0)) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// "nsubj|obl@by" -> alternatives; "ccomp[aux=must]>nsubj" -> a path of two steps.
std::vector<TreePath> parse_end(std::string_view s) {
  std::vector<TreePath> out;
  for (auto alt : split_outside_brackets(s, '|')) {
    TreePath path;
    for (auto step : split(alt, '>')) path.push_back(parse_step(step));
    if (path.size() > 1 &&
        std::any_of(path.begin(), path.end(), [](const TreeStep& t) { return t.hearing || t.last_actor; }))
      throw TsvError{"'" + std::string(alt) + "': @hearing and @last are whole paths"};
    if (path.empty()) throw TsvError{"an empty path in '" + std::string(s) + "'"};
    out.push_back(std::move(path));
  }
  return out;
}

}  // namespace

TreeRule parse_tree_rule(std::string_view id, RelationType relation, const std::vector<std::string_view>& f) {
  // f: id relation "tree" trigger subject object confidence [modality]
  if (f.size() < 7) throw TsvError{"a tree rule is id<TAB>relation<TAB>tree<TAB>trigger<TAB>subject<TAB>object<TAB>confidence[<TAB>modality]"};
  TreeRule r;
  r.id = std::string(id);
  r.relation = relation;
  // trigger: LEMMA|LEMMA/UPOS+CONDITION+CONDITION
  auto parts = split(f[3], '+');
  std::string_view head = parts.front();
  const auto slash = head.find('/');
  if (slash != std::string_view::npos) {
    r.upos = std::string(head.substr(slash + 1));
    head = head.substr(0, slash);
  }
  r.title_trigger = head == "@title";
  if (!r.title_trigger) r.lemmas = words(head);
  if (r.lemmas.empty() && !r.title_trigger) throw TsvError{"rule '" + r.id + "' has no trigger lemma"};
  for (std::size_t i = 1; i < parts.size(); ++i) r.conditions.push_back(parse_condition(parts[i]));
  std::string_view subject = f[4];
  if (subject.starts_with("@after>")) {
    r.after_act = true;
    subject.remove_prefix(7);
  }
  if (subject == "*") r.pairs = true;
  else r.subject = parse_end(subject);
  r.object = parse_end(f[5]);
  const auto last_actor = [](const std::vector<TreePath>& end) {
    return std::any_of(end.begin(), end.end(), [](const TreePath& p) { return p.front().last_actor; });
  };
  if ((last_actor(r.object) && (r.object.size() > 1 || r.pairs || last_actor(r.subject))) ||
      (last_actor(r.subject) && r.subject.size() > 1))
    throw TsvError{"rule '" + r.id + "': @last is the whole subject or the whole object, not both"};
  // (So are the words of a condition's own conditions: "obl[case=until]" needs "until".)
  const std::function<void(const TreeCondition&)> need = [&](const TreeCondition& c) {
    if (c.negated) return;
    if (!c.lemmas.empty()) r.needs.push_back(c.lemmas);
    for (const auto& inner : c.inner) need(inner);
  };
  for (const auto& c : r.conditions) need(c);
  // The object: when every alternative needs some word, one of them must be there.
  std::vector<std::string> any_of;
  bool every = true;
  for (const auto& path : r.object) {
    std::vector<std::string> words_of_path;
    for (const auto& step : path) {
      words_of_path.insert(words_of_path.end(), step.preps.begin(), step.preps.end());
      words_of_path.insert(words_of_path.end(), step.lemmas.begin(), step.lemmas.end());
      for (const auto& c : step.conditions)
        if (!c.negated) words_of_path.insert(words_of_path.end(), c.lemmas.begin(), c.lemmas.end());
    }
    if (words_of_path.empty()) every = false;
    any_of.insert(any_of.end(), words_of_path.begin(), words_of_path.end());
  }
  if (every && !any_of.empty()) r.needs.push_back(std::move(any_of));
  r.confidence = confidence_field(f[6]);
  r.modality = modality_field(f, 7, r.modality);
  return r;
}

bool may_fire(const std::vector<TreeRule>& rules,
              const std::unordered_map<std::string, std::vector<std::uint32_t>>& rules_by_lemma,
              const std::vector<std::string>& lemmas, const std::vector<std::string_view>& upos) {
  const auto has = [&](const std::vector<std::string>& any) {
    return std::any_of(any.begin(), any.end(),
                       [&](const std::string& w) { return std::find(lemmas.begin(), lemmas.end(), w) != lemmas.end(); });
  };
  for (std::size_t i = 0; i < lemmas.size(); ++i) {
    const auto it = rules_by_lemma.find(lemmas[i]);
    if (it == rules_by_lemma.end()) continue;
    for (const std::uint32_t k : it->second) {
      const TreeRule& r = rules[k];
      if (!r.upos.empty() && upos[i] != r.upos) continue;
      if (std::all_of(r.needs.begin(), r.needs.end(), has)) return true;
    }
  }
  return false;
}

TreeModalityCue parse_tree_modality(const std::vector<std::string_view>& f) {
  if (f.size() < 4 || (f[0] != "child" && f[0] != "head"))
    throw TsvError{"expected child|head<TAB>labels<TAB>lemmas<TAB>negation|planned|hypothetical|suppressed"};
  TreeModalityCue c;
  c.on_head = f[0] == "head";
  for (auto l : split_list(f[1])) {
    // "obl@for": the label, introduced by one of the prepositions after "@" (all the labels share them).
    if (const auto at = l.find('@'); at != std::string_view::npos) {
      for (auto p : split(l.substr(at + 1), ',')) c.preps.emplace_back(p);
      l = l.substr(0, at);
    }
    if (!is_label(l)) throw TsvError{"'" + std::string(l) + "' is not a dependency label"};
    c.labels.emplace_back(l);
  }
  c.lemmas = words(f[2]);
  if (f[3] == "negation") c.effect = TreeEffect::Negation;
  else if (f[3] == "planned") c.effect = TreeEffect::Planned;
  else if (f[3] == "hypothetical") c.effect = TreeEffect::Hypothetical;
  else if (f[3] == "suppressed") c.effect = TreeEffect::Suppressed;
  else throw TsvError{"unknown effect '" + std::string(f[3]) + "'"};
  return c;
}

}  // namespace kg::extract
