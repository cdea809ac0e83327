#include "lemmatizer.hpp"

#include <algorithm>
#include <map>
#include <ostream>

#include "hash.hpp"
#include "kg/text.hpp"
#include "model_io.hpp"

namespace kg::nlp {
namespace {

// The rule that turns form into lemma (both lower-cased).
Lemmatizer::Rule rule_for(const std::string& form, const std::string& lemma) {
  std::size_t common = 0;
  while (common < form.size() && common < lemma.size() && form[common] == lemma[common]) ++common;
  return {static_cast<std::uint32_t>(form.size() - common), lemma.substr(common)};
}

// How a form is cased: 'l' lower, 'c' capitalised, 'u' all upper (two
// letters or more), 'm' mixed ("iPhone").
char case_class(std::string_view form) {
  int upper = 0, lower_count = 0;
  bool first_upper = false;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      if (i == 0) first_upper = true;
    } else if (c >= 'a' && c <= 'z') {
      ++lower_count;
    }
  }
  if (upper == 0) return 'l';
  if (lower_count == 0 && upper >= 2) return 'u';
  if (first_upper && upper == 1) return 'c';
  return 'm';
}

// How a lemma is cased against its form: 'l' lower, 't' title case where
// the form is not ("SOUTER" -> "Souter", "chicago" -> "Chicago"), 'k' as written.
char lemma_casing(std::string_view form, std::string_view lemma) {
  const char l = case_class(lemma);
  if (l == 'l') return 'l';
  if (l == 'c' && case_class(form) != 'c') return 't';
  return 'k';
}

// "420,588": digits grouped by commas.
bool is_grouped_number(std::string_view s) {
  bool comma = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') {
      if (i == 0 || i + 1 == s.size()) return false;
      comma = true;
    } else if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return comma;
}

}  // namespace

std::string Lemmatizer::key(std::string_view a, std::string_view b) {
  std::string k(a);
  k += '\t';
  k += b;
  return k;
}

std::string Lemmatizer::by_rules(std::string_view form, std::string_view xpos) const {
  const std::string low = to_lower_ascii(form);
  if (drop_separators_ && is_grouped_number(form)) {
    std::string digits;
    for (const char c : form)
      if (c != ',') digits += c;
    return digits;
  }
  const std::uint64_t tag = hash_bytes(xpos);
  const auto casing = casing_index_.find(mix(tag, static_cast<unsigned char>(case_class(form))));
  const char how = casing == casing_index_.end() ? 'l' : casing->second;
  std::string base = how == 'k' ? std::string(form) : low;
  if (how == 't' && !base.empty() && base[0] >= 'a' && base[0] <= 'z') base[0] = static_cast<char>(base[0] - 'a' + 'A');
  // A regular verb's past tense and past participle are one form with one
  // lemma: either tag's rules serve both, the longest suffix first ("hoped"
  // VBN -> "hope" by the rule learned from past tenses, not "hop").
  const bool past = xpos == "VBD" || xpos == "VBN";
  const std::uint64_t other = past ? hash_bytes(xpos == "VBD" ? "VBN" : "VBD") : tag;
  const auto apply = [&](std::uint64_t suffix) -> const Rule* {
    auto it = rule_index_.find(mix(tag, suffix));
    if (it == rule_index_.end() && past) it = rule_index_.find(mix(other, suffix));
    return it != rule_index_.end() && it->second.strip <= base.size() ? &it->second : nullptr;
  };
  const auto rewrite = [&](const Rule& r) { return base.substr(0, base.size() - r.strip) + r.add; };
  if (low.size() <= kMaxSuffix) {
    char whole[kMaxSuffix + 1];
    whole[0] = kWholeWord;
    std::copy(low.begin(), low.end(), whole + 1);
    if (const Rule* r = apply(hash_bytes(std::string_view(whole, low.size() + 1)))) return rewrite(*r);
  }
  for (std::size_t n = std::min(kMaxSuffix, low.size());; --n) {
    if (const Rule* r = apply(hash_bytes(std::string_view(low).substr(low.size() - n)))) return rewrite(*r);
    if (n == 0) break;
  }
  return base;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos) const {
  if (const auto it = exception_index_.find(mix(hash_bytes(form), hash_bytes(xpos)));
      it != exception_index_.end())
    return it->second;
  return by_rules(form, xpos);
}

bool Lemmatizer::irregular(std::string_view form, std::string_view xpos) const {
  return exception_index_.contains(mix(hash_bytes(form), hash_bytes(xpos)));
}

void Lemmatizer::index() {
  const auto split = [](const std::string& k) {
    const auto tab = k.find('\t');
    return std::pair{std::string_view(k).substr(0, tab), std::string_view(k).substr(tab + 1)};
  };
  rule_index_.clear();
  exception_index_.clear();
  casing_index_.clear();
  verb_rules_.clear();
  for (const auto& [k, r] : rules_) {
    const auto [xpos, suffix] = split(k);
    rule_index_.emplace(mix(hash_bytes(xpos), hash_bytes(suffix)), r);
    if (xpos == "VBZ" || xpos == "VBD" || xpos == "VBN" || xpos == "VBG")
      verb_rules_[std::string(xpos)].emplace_back(std::string(suffix), r);
  }
  for (const auto& [k, lemma] : exceptions_) {
    const auto [form, xpos] = split(k);
    exception_index_.emplace(mix(hash_bytes(form), hash_bytes(xpos)), lemma);
  }
  for (const auto& [k, how] : casing_) {
    const auto [xpos, cls] = split(k);
    casing_index_.emplace(mix(hash_bytes(xpos), static_cast<unsigned char>(cls.empty() ? 0 : cls[0])), how);
  }
}

Lemmatizer Lemmatizer::train(const std::vector<TreebankSentence>& train, const std::vector<KnownLemma>& known,
                             std::ostream& log) {
  Lemmatizer m;
  // How each (tag, casing of the form) cases its lemmas: the majority.
  std::map<std::string, std::map<char, int>> case_votes;  // xpos \t case class -> casing -> count
  int separators_dropped = 0, separators_kept = 0;
  // xpos -> suffix -> rule -> {words, words longer than the suffix}
  std::map<std::string, std::map<std::string, std::map<std::pair<std::uint32_t, std::string>, std::pair<int, int>>>> votes;
  for (const auto& s : train)
    for (const auto& t : s.tokens) {
      if (t.lemma.empty() || t.lemma == "_") continue;
      ++case_votes[key(t.xpos, std::string(1, case_class(t.form)))][lemma_casing(t.form, t.lemma)];
      if (is_grouped_number(t.form)) ++(t.lemma.find(',') == std::string::npos ? separators_dropped : separators_kept);
      const std::string low = to_lower_ascii(t.form);
      const Rule r = rule_for(low, to_lower_ascii(t.lemma));
      for (std::size_t n = 0; n <= std::min(kMaxSuffix, low.size()); ++n) {
        auto& v = votes[t.xpos][low.substr(low.size() - n)][{r.strip, r.add}];
        ++v.first;
        if (n < low.size()) ++v.second;
      }
    }
  for (const auto& [cased, v] : case_votes) {
    const auto best = std::max_element(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->first != 'l') m.casing_.emplace(cased, best->first);
  }
  m.drop_separators_ = separators_dropped > separators_kept;
  // A suffix's rule is the one most of its words take. When only words that
  // are the suffix itself take it ("nov" NNP -> "november", from "Nov"), it
  // is a rule for that whole word, and longer words ending so ("Tikhonov")
  // take the rule most of them take.
  const auto most = [](const auto& rules, auto count) {
    auto best = rules.end();
    for (auto it = rules.begin(); it != rules.end(); ++it)
      if (count(it->second) > 0 && (best == rules.end() || count(it->second) > count(best->second))) best = it;
    return best;
  };
  for (const auto& [xpos, by_suffix] : votes)
    for (const auto& [suffix, rules] : by_suffix) {
      const auto add = [&, &xpos = xpos, &suffix = suffix](auto best, int count, std::string_view marker) {
        if (best->first.first > suffix.size()) return;  // would strip more than the suffix it was seen with
        if (suffix.size() >= 2 && count < kMinRuleCount) return;  // one word's quirk, not a rule
        m.rules_.emplace(key(xpos, std::string(marker) + suffix), Rule{best->first.first, best->first.second});
      };
      const auto best = most(rules, [](const auto& v) { return v.first; });
      if (best->second.second > 0 || suffix.empty()) {
        add(best, best->second.first, "");
        continue;
      }
      add(best, best->second.first, std::string_view(&kWholeWord, 1));
      if (const auto longer = most(rules, [](const auto& v) { return v.second; }); longer != rules.end())
        add(longer, longer->second.second, "");
    }
  // Prune rules that say what the shorter suffix already says.
  for (auto it = m.rules_.begin(); it != m.rules_.end();) {
    const auto tab = it->first.find('\t');
    const std::string_view suffix = std::string_view(it->first).substr(tab + 1);
    if (suffix.empty() || suffix.front() == kWholeWord) {
      ++it;
      continue;
    }
    const auto shorter = m.rules_.find(it->first.substr(0, tab + 1) + std::string(suffix.substr(1)));
    if (shorter != m.rules_.end() && shorter->second == it->second) it = m.rules_.erase(it);
    else ++it;
  }
  m.index();
  // Exceptions: every word the rules get wrong, with its most frequent lemma.
  std::map<std::string, std::map<std::string, int>> lemmas;
  for (const auto& s : train)
    for (const auto& t : s.tokens)
      if (!t.lemma.empty() && t.lemma != "_") ++lemmas[key(t.form, t.xpos)][t.lemma];
  for (const auto& [k, options] : lemmas) {
    const auto best = std::max_element(options.begin(), options.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto tab = k.find('\t');
    if (m.by_rules(std::string_view(k).substr(0, tab), std::string_view(k).substr(tab + 1)) != best->first)
      m.exceptions_.emplace(k, best->first);
  }
  std::size_t added = 0;
  for (const KnownLemma& w : known) {
    const std::string k = key(w.form, w.xpos);
    if (m.by_rules(w.form, w.xpos) == w.lemma) continue;
    const auto it = m.exceptions_.find(k);
    if (it != m.exceptions_.end() && it->second == w.lemma) continue;
    m.exceptions_.insert_or_assign(k, w.lemma);
    ++added;
  }
  log << "lemmatiser: " << added << " exceptions from the list of known lemmas\n";
  m.index();
  log << "lemmatiser: " << m.rules_.size() << " suffix rules, " << m.exceptions_.size() << " exceptions\n";
  return m;
}

void Lemmatizer::write(ModelWriter& out) const {
  std::vector<std::string> rule_keys, adds, ex_keys, ex_values;
  std::vector<std::uint32_t> strips;
  for (const auto& [k, r] : rules_) rule_keys.push_back(k);
  std::sort(rule_keys.begin(), rule_keys.end());
  for (const auto& k : rule_keys) {
    strips.push_back(rules_.at(k).strip);
    adds.push_back(rules_.at(k).add);
  }
  for (const auto& [k, v] : exceptions_) ex_keys.push_back(k);
  std::sort(ex_keys.begin(), ex_keys.end());
  for (const auto& k : ex_keys) ex_values.push_back(exceptions_.at(k));
  std::vector<std::string> cased_keys, cased_values;
  for (const auto& [k, v] : casing_) cased_keys.push_back(k);
  std::sort(cased_keys.begin(), cased_keys.end());
  for (const auto& k : cased_keys) cased_values.push_back(std::string(1, casing_.at(k)));
  out.u32(drop_separators_ ? 1 : 0);
  out.strings(cased_keys);
  out.strings(cased_values);
  out.strings(rule_keys);
  out.array(strips);
  out.strings(adds);
  out.strings(ex_keys);
  out.strings(ex_values);
}

Lemmatizer Lemmatizer::read(ModelReader& in) {
  Lemmatizer m;
  m.drop_separators_ = in.u32() != 0;
  const auto cased_keys = in.strings();
  const auto cased_values = in.strings();
  if (cased_keys.size() != cased_values.size()) in.fail("corrupt lemmatiser (casing table sizes differ)");
  for (std::size_t i = 0; i < cased_keys.size(); ++i) {
    if (cased_values[i].size() != 1) in.fail("corrupt lemmatiser (casing table)");
    m.casing_.emplace(cased_keys[i], cased_values[i][0]);
  }
  const auto rule_keys = in.strings();
  const auto strips = in.array<std::uint32_t>();
  const auto adds = in.strings();
  const auto ex_keys = in.strings();
  const auto ex_values = in.strings();
  if (rule_keys.size() != strips.size() || rule_keys.size() != adds.size() || ex_keys.size() != ex_values.size())
    in.fail("corrupt lemmatiser (table sizes differ)");
  for (std::size_t i = 0; i < rule_keys.size(); ++i) m.rules_.emplace(rule_keys[i], Rule{strips[i], adds[i]});
  for (std::size_t i = 0; i < ex_keys.size(); ++i) m.exceptions_.emplace(ex_keys[i], ex_values[i]);
  m.index();
  return m;
}

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular candidates for a verb form: "-s", "-ed", "-ing" with the usual
// spelling changes; the lemmatiser decides which are right.
std::vector<std::string> regular_forms(const std::string& v, std::string_view xpos) {
  std::vector<std::string> out;
  if (v.empty()) return out;
  const char last = v.back();
  const bool cvc = v.size() >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                   is_vowel(v[v.size() - 2]) && !is_vowel(v[v.size() - 3]);
  const std::string stem_e = last == 'e' ? v.substr(0, v.size() - 1) : v;
  if (xpos == "VBZ") {
    out.push_back(v + "s");
    out.push_back(v + "es");
    if (last == 'y') out.push_back(v.substr(0, v.size() - 1) + "ies");
  } else if (xpos == "VBD" || xpos == "VBN") {
    out.push_back(stem_e + "ed");
    if (last == 'y') out.push_back(v.substr(0, v.size() - 1) + "ied");
    if (cvc) out.push_back(v + last + "ed");
  } else if (xpos == "VBG") {
    out.push_back(stem_e + "ing");
    out.push_back(v + "ing");
    if (v.size() > 2 && v.ends_with("ie")) out.push_back(v.substr(0, v.size() - 2) + "ying");
    if (cvc) out.push_back(v + last + "ing");
  }
  return out;
}

}  // namespace

std::vector<std::string> Lemmatizer::verb_forms(std::string_view lemma_sv) const {
  const std::string base = to_lower_ascii(lemma_sv);
  std::vector<std::string> out{base};
  for (const std::string_view xpos : {"VBZ", "VBD", "VBN", "VBG"}) {
    // Candidates: the regular spellings, each suffix rule of this tag run
    // backwards ("eld" -> "old" gives "held" for "hold"), and the
    // treebank's exceptions for this verb; kept when they lemmatise back.
    std::vector<std::string> candidates = regular_forms(base, xpos);
    static const std::vector<std::pair<std::string, Rule>> kNone;
    const auto tagged = verb_rules_.find(std::string(xpos));
    for (const auto& [suffix_string, r] : tagged == verb_rules_.end() ? kNone : tagged->second) {
      const std::string_view suffix = suffix_string;
      if (!suffix.empty() && suffix.front() == kWholeWord) {
        candidates.emplace_back(suffix.substr(1));
        continue;
      }
      if (r.strip > suffix.size() || !base.ends_with(r.add) || base.size() == r.add.size()) continue;
      const std::string form = base.substr(0, base.size() - r.add.size()) + std::string(suffix.substr(suffix.size() - r.strip));
      if (form.ends_with(suffix)) candidates.push_back(form);
    }
    for (const auto& [k, v] : exceptions_) {
      const auto tab = k.find('\t');
      if (v == base && tab != std::string::npos && std::string_view(k).substr(tab + 1) == xpos)
        candidates.push_back(to_lower_ascii(std::string_view(k).substr(0, tab)));
    }
    // Words only (no "hold'd", "hold-"), opening as the verb does (not "as"
    // for "have": a clitic's lemma), and lemmatised back to it.
    const auto plausible = [&](const std::string& f) {
      return f != base && f.front() == base.front() &&
             std::all_of(f.begin(), f.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
             f.back() != '-';
    };
    for (auto& f : candidates)
      if (plausible(f) && lemma(f, xpos) == base) out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kg::nlp
