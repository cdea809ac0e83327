// GraphBuilder: one document's extraction merged into the graph.
#include "kg/builder.hpp"

#include <algorithm>
#include <optional>

#include "kg/text.hpp"

namespace kg {
namespace {

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  return !w.empty() && is_upper_cp(next_code_point(w, i));
}

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> out;
  for (auto w : split(name, ' '))
    if (!w.empty()) out.push_back(loose_key(w));
  return out;
}

// A name specific enough to identify an entity across documents: several
// words ending in a capitalised one ("Senate Intelligence Committee", "Kim
// Jong-un"). Not a description ("North Korean leader", "full committee") nor
// one word ("Kim", "Committee", "Senate"): those are resolved inside their
// document, where the text ties them to a specific name.
bool is_cross_document_name(std::string_view name) {
  const auto space = name.rfind(' ');
  return space != std::string_view::npos && starts_upper(name.substr(space + 1));
}

// An acronym ("U.S.", "NATO"): one word, but specific.
bool is_acronym(std::string_view name) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < name.size();) {
    const char32_t c = next_code_point(name, i);
    if (c == ' ') return false;
    if (is_lower_cp(c)) return false;
    letters += is_upper_cp(c);
  }
  return letters >= 2;
}

// A shorter form made of the name's own words ("Judiciary Committee" for
// "House Judiciary Committee"): it may name other entities elsewhere.
bool is_short_form(std::string_view alias, std::string_view name) {
  const auto mine = words_of(name), theirs = words_of(alias);
  if (theirs.size() >= mine.size()) return false;
  for (const auto& w : theirs)
    if (std::find(mine.begin(), mine.end(), w) == mine.end()) return false;
  return true;
}

// An alias names the entity (and may be a key across documents) when it is
// specific, shares a word with the canonical name ("Kim Jong-un" for "Kim
// Jong Un") and is not a short form of it; a title standing for the person
// ("U.S. President") does not name it.
bool is_name_alias(std::string_view alias, std::string_view name) {
  if (!is_cross_document_name(alias) || is_short_form(alias, name)) return false;
  const auto mine = words_of(name);
  for (const auto& w : words_of(alias))
    if (std::find(mine.begin(), mine.end(), w) != mine.end()) return true;
  return false;
}

// A node for this name and type: one whose canonical name it is, or, for a
// specific name, one that has it among its names.
std::optional<KnowledgeGraph::Vertex> find_node(const KnowledgeGraph& g, std::string_view name, EntityType type) {
  const std::string key = loose_key(name);
  const bool specific = is_cross_document_name(name) || is_acronym(name);
  for (const auto v : g.find(name)) {
    const Entity& x = g.entity(v);
    if (x.type != type) continue;
    if (loose_key(x.name) == key) return v;
    if (!specific) continue;
    // One of the node's other names, when that is a name of it and not a short form.
    for (const auto& a : x.aliases)
      if (loose_key(a) == key && (is_acronym(a) || is_name_alias(a, x.name))) return v;
  }
  return std::nullopt;
}

// One person's full name and a shorter form of it made of its last words
// ("Recep Tayyip Erdogan", "Tayyip Erdogan"), both of two words or more:
// the node of the other form, when exactly one person node has it.
std::optional<KnowledgeGraph::Vertex> find_person_by_tail(const KnowledgeGraph& g, const ExtractedEntity& e) {
  const auto mine = words_of(e.name);
  if (e.type != EntityType::Person || mine.size() < 2) return std::nullopt;
  const auto tail_of = [](const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return longer.size() > shorter.size() && std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
  };
  // Looked up by the surname, the name itself and its own shorter forms ("Suu Kyi").
  std::vector<std::string_view> keys{std::string_view(e.name).substr(e.name.rfind(' ') + 1), e.name};
  for (const auto& a : e.aliases)
    if (const auto w = words_of(a); w.size() >= 2 && tail_of(mine, w)) keys.emplace_back(a);
  std::optional<KnowledgeGraph::Vertex> found;
  for (const auto key : keys)
    for (const auto v : g.find(key)) {
      const Entity& x = g.entity(v);
      const auto theirs = words_of(x.name);
      if (x.type != EntityType::Person || theirs.size() < 2 || !(tail_of(theirs, mine) || tail_of(mine, theirs)))
        continue;
      if (found && *found != v) return std::nullopt;  // two people share the form: no key
      found = v;
    }
  return found;
}

KnowledgeGraph::Vertex resolve(KnowledgeGraph& g, const ExtractedEntity& e) {
  if (auto v = find_node(g, e.name, e.type)) return *v;
  for (const auto& a : e.aliases)
    if (is_name_alias(a, e.name))
      if (auto v = find_node(g, a, e.type)) return *v;
  if (auto v = find_person_by_tail(g, e)) return *v;
  Entity fresh;
  fresh.name = e.name;
  fresh.type = e.type;
  return g.add_entity(std::move(fresh));
}

}  // namespace

bool add_to_graph(KnowledgeGraph& g, const DocumentFacts& facts) {
  if (!facts.doc.hash.empty() && g.find_document_by_hash(facts.doc.hash)) return false;
  const std::uint32_t doc = g.add_document(facts.doc);
  std::vector<KnowledgeGraph::Vertex> vertex_of;
  vertex_of.reserve(facts.entities.size());
  for (const auto& e : facts.entities) {
    const auto v = resolve(g, e);
    g.add_alias(v, e.name);
    for (const auto& a : e.aliases) g.add_alias(v, a);
    g.add_mentions(v, e.mentions, doc);
    vertex_of.push_back(v);
  }
  for (const auto& f : facts.facts) {
    const auto& ev = f.evidence;
    EdgeEvidence x{doc, ev.sentence, ev.span, ev.text, ev.modality, ev.confidence, ev.rule};
    g.add_relation(vertex_of.at(f.subject), vertex_of.at(f.object), f.relation, std::move(x), f.what, f.role);
  }
  return true;
}

}  // namespace kg
