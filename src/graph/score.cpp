// Gold scoring: a line-for-line port of ../shared/tools/kgscore.py's
// score_doc and main loop, so `kg eval` and the scorer agree.
#include "kg/score.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // relation, source, target

Key relation_key(const std::string& rel, std::string a, std::string b) {
  if (rel == "met_with" && b < a) std::swap(a, b);  // SYMMETRIC; byte order = code point order
  return {rel, std::move(a), std::move(b)};
}

std::string describe(const Key& k) { return std::get<0>(k) + "(" + std::get<1>(k) + ", " + std::get<2>(k) + ")"; }

bool is_scored(std::string_view rel) {
  const auto& s = scored_relations();
  return std::find(s.begin(), s.end(), rel) != s.end();
}

// The gold side of one unit: name lookups as the scorer builds them.
class GoldIndex {
 public:
  explicit GoldIndex(const GoldUnit& gold) {
    for (const auto& ge : gold.entities) {
      by_name_[name_key(ge.name)] = ge.name;
      by_alias_[name_key(ge.name)].insert(ge.name);
      for (const auto& a : ge.aliases) by_alias_[name_key(a)].insert(ge.name);
      type_[ge.name] = ge.type;
    }
  }

  // A canonical-name hit wins over an alias hit; an alias must be unique.
  std::optional<std::string> resolve(const std::vector<std::string>& forms) const {
    for (const auto& f : forms)
      if (const auto it = by_name_.find(name_key(f)); it != by_name_.end()) return it->second;
    for (const auto& f : forms)
      if (const auto it = by_alias_.find(name_key(f)); it != by_alias_.end() && it->second.size() == 1)
        return *it->second.begin();
    return std::nullopt;
  }

  const std::string& type_of(const std::string& name) const { return type_.at(name); }

 private:
  std::unordered_map<std::string, std::string> by_name_;
  std::unordered_map<std::string, std::set<std::string>> by_alias_;
  std::unordered_map<std::string, std::string> type_;
};

}  // namespace

const std::vector<std::string>& scored_relations() {
  static const std::vector<std::string> kScored{"met_with",     "demands_from", "sanctions",
                                                "testified_at", "leader_of",    "works_for"};
  return kScored;
}

double Counts::precision() const { return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0; }
double Counts::recall() const { return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0; }
double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
Counts& Counts::operator+=(const Counts& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
  return *this;
}

UnitScore score_graph(const GoldUnit& gold, const KnowledgeGraph& kg) {
  const GoldIndex index(gold);
  const auto& g = kg.graph();
  UnitScore out;
  out.unit = gold.unit;

  // Nodes: the label (or the id when it is empty) and every alias.
  const std::size_t n = kg.num_entities();
  std::vector<std::string> label(n);
  std::vector<std::optional<std::string>> node_gold(n);
  for (KnowledgeGraph::Vertex v = 0; v < n; ++v) {
    const Entity& e = kg.entity(v);
    label[v] = e.name.empty() ? std::to_string(v) : e.name;
    std::vector<std::string> forms{label[v]};
    forms.insert(forms.end(), e.aliases.begin(), e.aliases.end());
    node_gold[v] = index.resolve(forms);
  }

  // Entities: (type, entity) pairs; the first node to claim a gold entity wins.
  std::unordered_set<std::string> seen;
  for (KnowledgeGraph::Vertex v = 0; v < n; ++v) {
    const std::string type(to_string(kg.entity(v).type));
    const auto& gm = node_gold[v];
    const bool mapped = gm && !gm->empty();
    if (mapped && index.type_of(*gm) == type && !seen.contains(*gm)) {
      ++out.entities.tp;
      seen.insert(*gm);
    } else {
      ++out.entities.fp;
      std::string s = label[v] + " [" + type + "]";
      if (mapped) s += " ~ " + *gm + " [" + index.type_of(*gm) + "]";
      out.entity_spurious.push_back(std::move(s));
    }
  }
  for (const auto& ge : gold.entities) {
    if (seen.contains(ge.name)) continue;
    ++out.entities.fn;
    out.entity_missed.push_back(ge.name + " [" + ge.type + "]");
  }

  // Relations.
  std::set<Key> want, maybe, got;
  for (const auto& r : gold.relations) {
    if (r.optional) maybe.insert(relation_key(r.relation, r.source, r.target));
    else if (is_scored(r.relation)) want.insert(relation_key(r.relation, r.source, r.target));
  }
  std::vector<std::pair<std::string, std::string>> unmapped;  // relation, description
  for (const auto& e : kg.sorted_edges()) {
    const std::string rel(to_string(kg.relation(e).type));
    if (!is_scored(rel)) continue;
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (!node_gold[s] || !node_gold[t]) {
      unmapped.emplace_back(rel, rel + "(" + label[s] + ", " + label[t] + ")");
      continue;
    }
    got.insert(relation_key(rel, *node_gold[s], *node_gold[t]));
  }
  for (const auto& k : maybe)  // an instance also stated plainly elsewhere stays scored
    if (!want.contains(k)) got.erase(k);

  std::set<Key> all = got;
  all.insert(want.begin(), want.end());
  for (const auto& k : all) {
    Counts& c = out.relations[std::get<0>(k)];
    const bool in_got = got.contains(k), in_want = want.contains(k);
    if (in_got && in_want) {
      ++c.tp;
    } else if (in_got) {
      ++c.fp;
      out.spurious.push_back(describe(k));
    } else {
      ++c.fn;
      out.missed.push_back(describe(k));
    }
  }
  for (const auto& [rel, text] : unmapped) {
    ++out.relations[rel].fp;
    out.spurious.push_back(text + " [ends not in gold]");
  }
  return out;
}

EvalResult evaluate(const std::vector<GoldUnit>& gold, const std::string& corpus_dir, const UnitBuilder& build) {
  EvalResult result;
  for (const auto& unit : gold) {
    KnowledgeGraph g;
    try {
      g = build(corpus_dir + "/" + unit.unit);
    } catch (const std::exception& ex) {  // a failed build counts every gold item as missed
      result.failures.push_back(unit.unit + ": " + ex.what());
      g = KnowledgeGraph{};
    }
    UnitScore s = score_graph(unit, g);
    result.entities += s.entities;
    for (const auto& [rel, c] : s.relations) result.relations[rel] += c;
    result.units.push_back(std::move(s));
  }
  for (const auto& rel : scored_relations())
    if (const auto it = result.relations.find(rel); it != result.relations.end()) result.relation_micro += it->second;
  return result;
}

}  // namespace kg
