// Merging one document's facts into the graph: cross-document entity
// resolution, relation merging, provenance.
#pragma once

#include "kg/fact.hpp"
#include "kg/graph.hpp"

namespace kg {

// Adds the document, its entities (merged with existing ones of the same type
// when a full name or a lexicon name matches) and its facts. Returns false and
// changes nothing when a document with the same content hash is already there.
bool add_to_graph(KnowledgeGraph& g, const DocumentFacts& facts);

}  // namespace kg
