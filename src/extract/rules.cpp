// Loading and validating rule files.
#include "rules.hpp"

#include <algorithm>

#include "kg/text.hpp"
#include "tsv.hpp"

namespace kg::extract {
namespace {

std::vector<std::string> cue_tokens(const Lexicon& lex, std::string_view cue) {
  std::vector<std::string> out;
  const std::string key = lex.key_of(cue);  // split() returns views into it
  for (auto w : split(key, ' '))
    if (!w.empty()) out.push_back(fold_case(w));
  return out;
}

// The cues a written cue stands for: one, or one per form of each "~verb".
std::vector<std::vector<std::string>> expand_cue(const Lexicon& lex, std::string_view cue, const VerbForms& verb_forms) {
  std::vector<std::vector<std::string>> out{{}};
  for (auto word : split(cue, ' ')) {
    if (word.empty()) continue;
    std::vector<std::vector<std::string>> forms;  // each a run of tokens
    if (word.size() > 1 && word[0] == '~') {
      if (!verb_forms) throw TsvError{"'" + std::string(word) + "': a verb's forms need the syntax model"};
      for (auto& f : verb_forms(word.substr(1))) forms.push_back({std::move(f)});
    } else {
      forms.push_back(cue_tokens(lex, word));
    }
    std::vector<std::vector<std::string>> next;
    for (const auto& prefix : out)
      for (const auto& f : forms) {
        next.push_back(prefix);
        next.back().insert(next.back().end(), f.begin(), f.end());
      }
    out = std::move(next);
  }
  return out;
}

Frame parse_frame(std::string_view s) {
  if (s == "verb") return Frame::Verb;
  if (s == "passive") return Frame::Passive;
  if (s == "noun") return Frame::Noun;
  if (s == "control") return Frame::Control;
  if (s == "insist") return Frame::Insist;
  if (s == "reverse") return Frame::Reverse;
  if (s == "condition") return Frame::Condition;
  if (s == "visit") return Frame::Visit;
  throw TsvError{"unknown frame '" + std::string(s) + "' (verb, passive, noun, control, insist, reverse, condition, visit)"};
}

}  // namespace

void load_rules(const std::string& path, const Lexicon& lex, RuleSet& out, const VerbForms& verb_forms) {
  read_tsv(path, [&](const std::vector<std::string_view>& f, std::size_t) {
    const bool tree = f.size() >= 3 && f[2] == "tree";
    if (f.size() < 6 && !tree)
      throw TsvError{"expected id<TAB>relation<TAB>frame<TAB>cues<TAB>preps<TAB>confidence[<TAB>modality]"};
    Rule r;
    r.id = std::string(f[0]);
    // "role": a tree rule on a title, stating the title's own relation.
    const bool role = tree && f[1] == "role";
    const auto rel = role ? std::optional(RelationType::WorksFor) : parse_relation_type(f[1]);
    if (!rel) throw TsvError{"unknown relation '" + std::string(f[1]) + "'"};
    if (tree) {
      for (const auto& existing : out.tree_rules)
        if (existing.id == r.id) throw TsvError{"duplicate rule id '" + r.id + "'"};
      out.tree_rules.push_back(parse_tree_rule(f[0], *rel, f));
      if (role != out.tree_rules.back().title_trigger)
        throw TsvError{"rule '" + r.id + "': the relation 'role' goes with the trigger '@title', and only with it"};
      out.has_title_rules = out.has_title_rules || role;
      return;
    }
    r.relation = *rel;
    r.frame = parse_frame(f[2]);
    for (auto cue : split_list(f[3]))
      for (auto& words : expand_cue(lex, cue, verb_forms)) {
        if (words.empty()) throw TsvError{"rule '" + r.id + "' has a cue with no words"};
        if (std::find(r.cues.begin(), r.cues.end(), words) == r.cues.end()) r.cues.push_back(std::move(words));
      }
    if (r.cues.empty()) throw TsvError{"rule '" + r.id + "' has no cue"};
    for (auto p : split_list(f[4])) r.preps.emplace_back(fold_case(p));
    r.confidence = confidence_field(f[5]);
    r.modality = modality_field(f, 6, r.modality);
    if (f.size() > 7)
      for (auto h : split_list(f[7])) r.object_heads.emplace_back(fold_case(h));
    for (const auto& existing : out.rules)
      if (existing.id == r.id) throw TsvError{"duplicate rule id '" + r.id + "'"};
    out.rules.push_back(std::move(r));
  });
  out.tree_rules_by_lemma.clear();
  for (std::uint32_t r = 0; r < out.tree_rules.size(); ++r)
    for (const auto& lemma : out.tree_rules[r].lemmas) out.tree_rules_by_lemma[lemma].push_back(r);
  out.cues_by_first_word.clear();
  for (std::uint32_t r = 0; r < out.rules.size(); ++r)
    for (std::uint32_t c = 0; c < out.rules[r].cues.size(); ++c)
      out.cues_by_first_word[out.rules[r].cues[c].front()].push_back({r, c});
}

void load_modality(const std::string& path, const Lexicon& lex, RuleSet& out) {
  read_tsv(path, [&](const std::vector<std::string_view>& f, std::size_t) {
    if (f.size() < 2) throw TsvError{"expected words<TAB>negation|planned|hypothetical"};
    ModalityCue c;
    c.words = cue_tokens(lex, f[0]);
    if (f[1] == "negation") c.effect = CueEffect::Negation;
    else if (f[1] == "planned") c.effect = CueEffect::Planned;
    else if (f[1] == "hypothetical") c.effect = CueEffect::Hypothetical;
    else throw TsvError{"unknown effect '" + std::string(f[1]) + "'"};
    out.modality.push_back(std::move(c));
  });
}

}  // namespace kg::extract

namespace kg::extract {

void load_tree_modality(const std::string& path, RuleSet& out) {
  read_tsv(path, [&](const std::vector<std::string_view>& f, std::size_t) { out.tree_modality.push_back(parse_tree_modality(f)); });
}

}  // namespace kg::extract
