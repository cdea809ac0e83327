// The Extractor: loads lexicons and rules once, then runs the stages over
// each document: segment, mentions, coreference, relations, facts.
#include "kg/extract.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "context.hpp"
#include "dateline.hpp"
#include "kg/error.hpp"
#include "lexicon.hpp"
#include "nlp/name_model.hpp"
#include "nlp/syntax_model.hpp"
#include "relations.hpp"
#include "rules.hpp"

namespace kg {

struct Extractor::Data {
  extract::Lexicon lexicon;
  extract::RuleSet rules;
  SyntaxModel syntax;
  nlp::NameTagger names;
};

Extractor::Extractor(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Extractor Extractor::load(const std::string& data_dir, const std::vector<std::string>& extra_rules) {
  namespace fs = std::filesystem;
  auto data = std::make_unique<Data>(Data{extract::Lexicon::load(data_dir), {}, SyntaxModel::load(models_dir(data_dir)),
                                          nlp::load_name_tagger(models_dir(data_dir))});
  const fs::path rules = fs::path(data_dir) / "rules";
  // "~hold talks" in a rule file: every form of the verb, as the treebank's lemmatiser knows them.
  const auto& lemmatizer = data->syntax.impl().lemmatizer;
  const extract::VerbForms forms = [&](std::string_view verb) { return lemmatizer.verb_forms(verb); };
  extract::load_rules((rules / "relations.tsv").string(), data->lexicon, data->rules, forms);
  extract::load_modality((rules / "modality.tsv").string(), data->lexicon, data->rules);
  extract::load_rules((rules / "tree_relations.tsv").string(), data->lexicon, data->rules, forms);
  extract::load_tree_modality((rules / "tree_modality.tsv").string(), data->rules);
  for (const auto& f : extra_rules) extract::load_rules(f, data->lexicon, data->rules, forms);
  return Extractor(std::move(data));
}

namespace {

// A document longer than this is read in scopes of at most this many bytes,
// split at paragraph breaks: coreference and the relation frames work within
// a scope, so extraction stays linear in a document's length however long it
// is. News articles are far shorter (the longest dev article is ~10 KB).
constexpr std::size_t kScopeBytes = 100'000;

// Whether a sentence is a yes/no question ("Will A finally meet B at the
// summit?"): it opens, past a dateline, with an auxiliary or modal
// (words/question_openers.txt) and ends with "?". The acts it asks about
// are not stated.
bool yes_no_question(const extract::Context& ctx, std::uint32_t sentence) {
  const Sentence& s = ctx.seg.sentences[sentence];
  if (s.last <= s.first + 2) return false;
  std::uint32_t last = s.last - 1;
  if (last > s.first && (ctx.token(last) == "\"" || ctx.token(last) == "\u201D")) --last;
  if (ctx.token(last) != "?") return false;
  std::vector<std::string_view> words;
  for (std::uint32_t k = s.first; k < s.last && k < s.first + 12; ++k) words.push_back(ctx.token(k));
  const std::size_t dateline = extract::dateline_length(words);
  const std::uint32_t first = s.first + static_cast<std::uint32_t>(dateline < words.size() ? dateline : 0);
  return ctx.lex.in("question_openers", fold_case(ctx.token(first)));
}

// [begin, end) byte ranges covering text: after the last '\n' before the
// limit, else the last space, else (one huge word) at a UTF-8 boundary.
std::vector<std::pair<std::size_t, std::size_t>> scopes_of(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t begin = 0;
  while (text.size() - begin > kScopeBytes) {
    const std::string_view window = text.substr(begin, kScopeBytes);
    std::size_t cut = window.rfind('\n');
    if (cut == std::string_view::npos || cut == 0) cut = window.rfind(' ');
    if (cut != std::string_view::npos && cut > 0) {
      ++cut;  // the break stays with the scope it ends
    } else {
      cut = kScopeBytes;
      while (cut > 1 && (static_cast<unsigned char>(text[begin + cut]) & 0xC0) == 0x80) --cut;
    }
    out.emplace_back(begin, begin + cut);
    begin = out.back().second;
  }
  out.emplace_back(begin, text.size());
  return out;
}

// Entities of a document, merged across scopes by type and canonical name.
class EntityTable {
 public:
  explicit EntityTable(std::vector<ExtractedEntity>& out) : out_(out) {}
  std::uint32_t add(const extract::ContextEntity& e) {
    const auto [it, fresh] = index_.try_emplace({e.type, e.name}, static_cast<std::uint32_t>(out_.size()));
    if (fresh) {
      out_.push_back({e.name, e.type, e.aliases, e.mentions});
    } else {
      ExtractedEntity& known = out_[it->second];
      known.mentions += e.mentions;
      for (const auto& a : e.aliases)
        if (std::find(known.aliases.begin(), known.aliases.end(), a) == known.aliases.end()) known.aliases.push_back(a);
    }
    return it->second;
  }

 private:
  std::vector<ExtractedEntity>& out_;
  std::map<std::pair<EntityType, std::string>, std::uint32_t> index_;
};

// One scope of a document: text at `offset` bytes into it, its first
// sentence numbered `first_sentence`. Appends entities and facts to out and
// returns the number of sentences.
std::uint32_t extract_scope(const Extractor::Data& data, std::string_view text, std::uint32_t offset,
                            std::uint32_t first_sentence, const ExtractOptions& options, EntityTable& entities,
                            DocumentFacts& out) {
  extract::Context ctx{data.lexicon, text, segment(text, data.lexicon.abbreviations()), {}, {}, {}, {}, {}, {}, &data.syntax, {}};
  ctx.names = &data.names;
  extract::split_hyphenated_names(ctx);
  extract::find_furniture(ctx);
  extract::find_mentions(ctx);
  extract::analyse_syntax(ctx, data.rules);
  extract::resolve_entities(ctx);
  extract::find_appositions(ctx);
  if (std::getenv("KG_DEBUG_MENTIONS")) {
    for (const auto& m : ctx.mentions)
      std::fprintf(stderr, "mention s%u [%u,%u) %s %s kind=%d entity=%d (%s)\n", first_sentence + m.sentence, m.first,
                   m.last, m.surface.c_str(), std::string(to_string(m.type)).c_str(), static_cast<int>(m.kind), m.entity,
                   m.entity >= 0 ? ctx.entities[m.entity].name.c_str() : "-");
    for (const auto& t : ctx.titles)
      std::fprintf(stderr, "title s%u [%u,%u) %s anchor=%d person=%d\n", first_sentence + t.sentence, t.first, t.last,
                   t.role.c_str(), t.anchor, t.person);
  }
  auto [raw, window_last_actor] = extract::find_relations(ctx, data.rules);
  auto trees = extract::find_tree_relations(ctx, data.rules);
  // KG_DEBUG_FACTS: every candidate fact a later step drops, and why.
  static const bool debug_facts = std::getenv("KG_DEBUG_FACTS") != nullptr;
  const auto dropped = [&](const char* why, const extract::RawFact& f) {
    if (debug_facts)
      std::fprintf(stderr, "dropped (%s) s%u %s %s -> %s [%s]\n", why, first_sentence + f.sentence,
                   std::string(to_string(f.relation)).c_str(),
                   f.subject >= 0 ? ctx.entities[f.subject].name.c_str() : "-",
                   f.object >= 0 ? ctx.entities[f.object].name.c_str() : "-", f.rule.c_str());
    return true;
  };
  // The tree knows when an act is negated or only asked for; word windows do not.
  const auto vetoed = [&](const extract::RawFact& f) {
    return extract::vetoed(f, trees.vetoes) && dropped("vetoed by the tree", f);
  };
  std::erase_if(raw, vetoed);
  std::erase_if(raw, [&](const extract::RawFact& f) {
    return extract::agent_is_verb_object(f, trees.verb_objects) && dropped("agent is a verb's object", f);
  });
  std::erase_if(raw, [&](const extract::RawFact& f) {
    return extract::agent_in_aside(f, trees.asides) && dropped("agent inside a relative clause", f);
  });
  std::erase_if(window_last_actor, vetoed);
  // "the two sides": the pair the tree found just named, not the window's guess.
  std::erase_if(raw, [&](const extract::RawFact& f) {
    return f.rule == extract::kTwoSidesRule &&
           std::any_of(trees.facts.begin(), trees.facts.end(), [&](const extract::RawFact& t) {
             return t.sentence == f.sentence && t.relation == RelationType::MetWith;
           }) &&
           dropped("the tree's pair instead", f);
  });
  // An act the tree found on the same end (the same words of it) in the
  // same sentence is the tree's: a word window's other agent for it is a
  // guess ("China imposed sanctions ..., hitting back at Washington's
  // decision to blacklist X": not China). Not another mention of the end
  // ("Washington has targeted her; the EU froze her assets in 2012").
  // So is a meeting's other party that the window took between the tree's
  // and the end ("A met B and called on C": not B; but "A, and its
  // minister, B, met C" may be both).
  std::erase_if(raw, [&](const extract::RawFact& f) {
    return (f.relation == RelationType::Sanctions || f.relation == RelationType::MetWith) &&
           std::any_of(trees.facts.begin(), trees.facts.end(), [&](const extract::RawFact& t) {
             return t.sentence == f.sentence && t.relation == f.relation && t.object == f.object &&
                    t.subject != f.subject && t.modality == f.modality && t.object_span.begin < f.object_span.end &&
                    f.object_span.begin < t.object_span.end &&
                    (f.relation == RelationType::Sanctions || t.subject_span.end <= f.subject_span.begin);
           }) &&
           dropped("the tree's agent instead", f);
  });
  // The same fact that the tree found planned or hypothetical is the tree's:
  // it sees cues a window does not ("plans for a meeting between A and B").
  // (Not one it found occurred: that is only the absence of a cue.)
  std::erase_if(raw, [&](const extract::RawFact& f) {
    return std::any_of(trees.facts.begin(), trees.facts.end(), [&](const extract::RawFact& t) {
             const bool ends = (t.subject == f.subject && t.object == f.object) ||
                               (is_symmetric(f.relation) && t.subject == f.object && t.object == f.subject);
             return t.sentence == f.sentence && t.relation == f.relation && ends && t.modality != f.modality &&
                    t.modality != Modality::Occurred;
           }) &&
           dropped("the tree's modality instead", f);
  });
  raw.insert(raw.end(), std::make_move_iterator(trees.facts.begin()), std::make_move_iterator(trees.facts.end()));
  // (Roles hold: "Will Brazilian President A meet B?" still names A's post.)
  std::erase_if(raw, [&](const extract::RawFact& f) {
    return f.relation != RelationType::LeaderOf && f.relation != RelationType::WorksFor &&
           yes_no_question(ctx, f.sentence) && dropped("asked in a question", f);
  });
  // The last actor's facts first: a group's members may be named in them
  // ("... sanctions on six officials. The measures target A and B").
  trees.last_actor.insert(trees.last_actor.end(), std::make_move_iterator(window_last_actor.begin()),
                          std::make_move_iterator(window_last_actor.end()));
  extract::drop_facts_without_prior_act(trees.groups, raw);
  extract::add_last_actors(ctx, trees.groups, trees.last_actor, raw);
  extract::add_group_members(ctx, trees.groups, raw);
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

  auto ties = extract::state_ties(ctx, raw, trees.groups);
  raw.insert(raw.end(), std::make_move_iterator(ties.begin()), std::make_move_iterator(ties.end()));

  // Entities that kept at least one mention, numbered in the document.
  std::vector<int> index(ctx.entities.size(), -1);
  for (std::size_t e = 0; e < ctx.entities.size(); ++e)
    if (ctx.entities[e].mentions > 0) index[e] = static_cast<int>(entities.add(ctx.entities[e]));
  const auto shifted = [offset](Span s) { return Span{s.begin + offset, s.end + offset}; };
  // One fact per (subject, relation, object, sentence); the best rule wins.
  std::map<std::tuple<int, int, int, std::uint32_t>, std::size_t> seen;
  for (auto& r : raw) {
    if (r.confidence < options.min_confidence) continue;
    if (r.subject < 0 || r.object < 0 || index[r.subject] < 0 || index[r.object] < 0) continue;
    int s = index[r.subject], o = index[r.object];
    // A symmetric relation is stored one way round; its spans go with its ends.
    if (is_symmetric(r.relation) && o < s) {
      std::swap(s, o);
      std::swap(r.subject_span, r.object_span);
    }
    const auto key = std::make_tuple(s, static_cast<int>(r.relation), o, r.sentence);
    if (auto it = seen.find(key); it != seen.end()) {
      if (out.facts[it->second].evidence.confidence >= r.confidence) continue;
      out.facts.erase(out.facts.begin() + static_cast<std::ptrdiff_t>(it->second));
      for (auto& [k, v] : seen)
        if (v > it->second) --v;
      seen.erase(it);
    }
    const Sentence& sent = ctx.seg.sentences[r.sentence];
    Fact f;
    f.subject = static_cast<std::uint32_t>(s);
    f.object = static_cast<std::uint32_t>(o);
    f.relation = r.relation;
    f.what = r.what;
    f.role = r.role;
    f.subject_span = shifted(r.subject_span);
    f.object_span = shifted(r.object_span);
    f.evidence.doc_id = out.doc.id;
    f.evidence.sentence = first_sentence + r.sentence;
    f.evidence.span = shifted({sent.begin, sent.end});
    f.evidence.text = std::string(text.substr(sent.begin, sent.end - sent.begin));
    f.evidence.modality = r.modality;
    f.evidence.confidence = r.confidence;
    f.evidence.rule = r.rule;
    seen.emplace(key, out.facts.size());
    out.facts.push_back(std::move(f));
  }
  return static_cast<std::uint32_t>(ctx.seg.sentences.size());
}

// The head of a body is not also its staff (SCHEMA.md, judgement call 1):
// "Army chief General X" states leader_of, and works_for to the same body
// from the rank, or from another sentence, goes.
void drop_works_for_of_leaders(std::vector<Fact>& facts) {
  std::set<std::pair<std::uint32_t, std::uint32_t>> leads;
  for (const auto& f : facts)
    if (f.relation == RelationType::LeaderOf) leads.emplace(f.subject, f.object);
  std::erase_if(facts, [&](const Fact& f) {
    return f.relation == RelationType::WorksFor && leads.contains({f.subject, f.object});
  });
}

}  // namespace

DocumentFacts Extractor::extract(const Document& doc, const ExtractOptions& options) const {
  DocumentFacts out;
  out.doc = doc.info;
  EntityTable entities(out.entities);
  std::uint32_t sentences = 0;
  for (const auto& [begin, end] : scopes_of(doc.text))
    sentences += extract_scope(*data_, std::string_view(doc.text).substr(begin, end - begin),
                               static_cast<std::uint32_t>(begin), sentences, options, entities, out);
  drop_works_for_of_leaders(out.facts);
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
