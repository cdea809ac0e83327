// The JSON pieces every query answer shares (an entity, how a name resolved,
// one evidence sentence), so `paths`, `show` and `neighbors` write them alike.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "io/json_write.hpp"
#include "kg/query.hpp"
#include "kg/resolve.hpp"

namespace kg::json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// {"id", "name", "type"}
void entity(Writer& w, const KnowledgeGraph& g, KnowledgeGraph::Vertex v);
// {"id", "name", "type", "matched_by", "also_matched": [names]}
void resolution(Writer& w, const KnowledgeGraph& g, const Resolution& r);
// {"doc", "title", "date", "sentence", "text", "headline", "confidence", "modality"}
void evidence(Writer& w, const KnowledgeGraph& g, const EvidenceView& ev);

// "confidence", "modality", "what"/"role" (when set), "evidence_count" and
// "best_evidence" (or null) of an edge, evidence counted under the filter.
void edge_facts(Writer& w, const KnowledgeGraph& g, KnowledgeGraph::Edge e, const PathFilter& filter);
// An array of strings.
void strings(Writer& w, const std::vector<std::string>& items);

}  // namespace kg::json
