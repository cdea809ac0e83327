// Scoring a graph against gold annotations (../shared/corpus/SCHEMA.md), the
// same way ../shared/tools/kgscore.py does: per gold unit, names matched by
// name_key, relations by (type, ends), micro-averaged P/R/F1.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.hpp"

namespace kg {

// The relation types that are scored, in report order.
const std::vector<std::string>& scored_relations();

struct GoldEntity {
  std::string name;
  std::string type;  // "PERSON", ... as written in the gold file
  std::vector<std::string> aliases;
};

struct GoldRelation {
  std::string relation;  // as written; unscored types are kept for "optional"
  std::string source;
  std::string target;
  bool optional = false;
};

// One scoring unit: a file (feed items and JSON Lines records "FILE#N" are
// merged into their file: entities by name, the first listing wins;
// relations concatenated).
struct GoldUnit {
  std::string unit;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

// Parses gold.jsonl text; units sorted by name. Throws kg::Error
// "NAME:LINE: message" on a malformed line.
std::vector<GoldUnit> parse_gold(std::string_view jsonl, const std::string& name);
std::vector<GoldUnit> read_gold(const std::string& path);

struct Counts {
  std::size_t tp = 0;
  std::size_t fp = 0;
  std::size_t fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  Counts& operator+=(const Counts& o);
};

struct UnitScore {
  std::string unit;
  Counts entities;
  std::map<std::string, Counts> relations;  // by relation name; scored types only
  std::vector<std::string> missed;          // "met_with(A, B)"
  std::vector<std::string> spurious;        // sorted, then edges whose ends are not in the gold
  std::vector<std::string> entity_missed;   // "Name [TYPE]"
  std::vector<std::string> entity_spurious; // "Name [TYPE]" or "Name [TYPE] ~ Gold [TYPE]"
};

// Scores one graph (built from the unit's document alone) against its gold.
UnitScore score_graph(const GoldUnit& gold, const KnowledgeGraph& g);

struct EvalResult {
  std::vector<UnitScore> units;
  std::map<std::string, Counts> relations;  // every scored type present
  Counts relation_micro;
  Counts entities;
  std::vector<std::string> failures;  // "UNIT: why": scored as an empty graph
};

// Builds the graph of one unit from its path; throws (any std::exception)
// when the build fails, which scores the unit as an empty graph.
using UnitBuilder = std::function<KnowledgeGraph(const std::string& path)>;

// Scores every unit, each built alone from corpus_dir/UNIT.
EvalResult evaluate(const std::vector<GoldUnit>& gold, const std::string& corpus_dir, const UnitBuilder& build);

}  // namespace kg
