// The Extractor: loads lexicons and rules once, then runs the stages over
// each document: segment, mentions, coreference, relations, facts.
#include "kg/extract.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <tuple>

#include "context.hpp"
#include "kg/error.hpp"
#include "lexicon.hpp"
#include "relations.hpp"
#include "rules.hpp"

namespace kg {

struct Extractor::Data {
  extract::Lexicon lexicon;
  extract::RuleSet rules;
};

Extractor::Extractor(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Extractor Extractor::load(const std::string& data_dir, const std::vector<std::string>& extra_rules) {
  namespace fs = std::filesystem;
  auto data = std::make_unique<Data>(Data{extract::Lexicon::load(data_dir), {}});
  const fs::path rules = fs::path(data_dir) / "rules";
  extract::load_rules((rules / "relations.tsv").string(), data->lexicon, data->rules);
  extract::load_modality((rules / "modality.tsv").string(), data->lexicon, data->rules);
  for (const auto& f : extra_rules) extract::load_rules(f, data->lexicon, data->rules);
  return Extractor(std::move(data));
}

namespace {

Evidence evidence_of(const extract::Context& ctx, const DocumentInfo& doc, std::uint32_t sentence) {
  const Sentence& s = ctx.seg.sentences[sentence];
  Evidence ev;
  ev.doc_id = doc.id;
  ev.sentence = sentence;
  ev.span = {s.begin, s.end};
  ev.text = std::string(ctx.text.substr(s.begin, s.end - s.begin));
  return ev;
}

}  // namespace

DocumentFacts Extractor::extract(const Document& doc, const ExtractOptions& options) const {
  extract::Context ctx{data_->lexicon, doc.text, segment(doc.text, data_->lexicon.abbreviations()), {}, {}, {}, {}, {}};
  extract::find_mentions(ctx);
  extract::resolve_entities(ctx);
  extract::find_appositions(ctx);
  if (std::getenv("KG_DEBUG_MENTIONS")) {
    for (const auto& m : ctx.mentions)
      std::fprintf(stderr, "mention s%u [%u,%u) %s %s kind=%d entity=%d (%s)\n", m.sentence, m.first, m.last,
                   m.surface.c_str(), std::string(to_string(m.type)).c_str(), static_cast<int>(m.kind), m.entity,
                   m.entity >= 0 ? ctx.entities[m.entity].name.c_str() : "-");
    for (const auto& t : ctx.titles)
      std::fprintf(stderr, "title s%u [%u,%u) %s anchor=%d person=%d\n", t.sentence, t.first, t.last, t.role.c_str(),
                   t.anchor, t.person);
  }
  auto raw = extract::find_relations(ctx, data_->rules);
  for (const auto& r : ctx.roles) {
    extract::RawFact f;
    f.subject = r.person;
    f.object = r.body;
    f.relation = r.relation;
    f.confidence = 0.9f;
    f.sentence = r.sentence;
    f.subject_span = r.person_span;
    f.object_span = r.body_span;
    f.rule = r.rule;
    f.role = r.role;
    raw.push_back(std::move(f));
  }

  DocumentFacts out;
  out.doc = doc.info;
  // Entities that kept at least one mention, renumbered.
  std::vector<int> index(ctx.entities.size(), -1);
  for (std::size_t e = 0; e < ctx.entities.size(); ++e) {
    const auto& ce = ctx.entities[e];
    if (ce.mentions == 0) continue;
    index[e] = static_cast<int>(out.entities.size());
    out.entities.push_back({ce.name, ce.type, ce.aliases, ce.mentions});
  }
  // One fact per (subject, relation, object, sentence); the best rule wins.
  std::map<std::tuple<int, int, int, std::uint32_t>, std::size_t> seen;
  for (auto& r : raw) {
    if (r.confidence < options.min_confidence) continue;
    if (r.subject < 0 || r.object < 0 || index[r.subject] < 0 || index[r.object] < 0) continue;
    int s = index[r.subject], o = index[r.object];
    if (is_symmetric(r.relation) && o < s) std::swap(s, o);
    const auto key = std::make_tuple(s, static_cast<int>(r.relation), o, r.sentence);
    if (auto it = seen.find(key); it != seen.end()) {
      if (out.facts[it->second].evidence.confidence >= r.confidence) continue;
      out.facts.erase(out.facts.begin() + static_cast<std::ptrdiff_t>(it->second));
      for (auto& [k, v] : seen)
        if (v > it->second) --v;
      seen.erase(it);
    }
    Fact f;
    f.subject = static_cast<std::uint32_t>(s);
    f.object = static_cast<std::uint32_t>(o);
    f.relation = r.relation;
    f.what = r.what;
    f.role = r.role;
    f.subject_span = r.subject_span;
    f.object_span = r.object_span;
    f.evidence = evidence_of(ctx, doc.info, r.sentence);
    f.evidence.modality = r.modality;
    f.evidence.confidence = r.confidence;
    f.evidence.rule = r.rule;
    seen.emplace(key, out.facts.size());
    out.facts.push_back(std::move(f));
  }
  return out;
}

std::string default_data_dir() {
  if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) return env;
  if (std::filesystem::is_directory(KG_SOURCE_DATA_DIR)) return KG_SOURCE_DATA_DIR;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (exe.parent_path().parent_path() / "share" / "kg" / "data").string();
}

}  // namespace kg
