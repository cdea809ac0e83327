// The one name resolver every query command uses: turns what a user typed
// into a vertex, saying how it matched and which other entities also matched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.hpp"
#include "kg/name_lexicon.hpp"

namespace kg {

struct Resolution {
  KnowledgeGraph::Vertex vertex;
  std::string how;                            // "capital", "name", "lexicon alias", "alias", "name token",
                                              // "case-insensitive", "accent-insensitive", "spelling",
                                              // "prefix", "token prefix"
  std::vector<KnowledgeGraph::Vertex> others;  // every other entity the name matched, best supported first
};

// Tries, in order (docs/QUERY.md has the table): a capital of a state in the
// graph (the state), canonical name, the lexicon's short forms and codes
// ("UN", "DPRK"), the graph's aliases together with whole-word matches
// ("Wang"), case-insensitive, accent-insensitive, loose spelling
// (kg::loose_key), whole words of a longer name ("Kim Yo"), prefix, prefix of
// a name token. The first step with a match wins; among several the best
// supported (mentions, then degree, then documents) is chosen and every other
// match, also the whole-word matches of later steps, is in `others`. Throws
// kg::Error "no entity matches 'X'; did you mean: A, B, C?" when nothing matches.
Resolution resolve_name(const KnowledgeGraph& g, std::string_view name, const NameLexicon* lexicon = nullptr);

// The support used to break ties: larger is better.
struct Support {
  std::uint32_t mentions = 0;
  std::size_t degree = 0;
  std::size_t documents = 0;
  friend auto operator<=>(const Support&, const Support&) = default;
};
Support support_of(const KnowledgeGraph& g, KnowledgeGraph::Vertex v);

// Up to n entity names closest to name by edit distance (for "did you mean").
std::vector<std::string> closest_names(const KnowledgeGraph& g, std::string_view name, std::size_t n = 3);

}  // namespace kg
