// What extraction produces for one document: entities and facts with evidence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kg/document.hpp"
#include "kg/types.hpp"

namespace kg {

// Byte offsets [begin, end) into a document's text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

struct Evidence {
  std::string doc_id;
  std::uint32_t sentence = 0;  // index of the sentence in its document
  Span span;                   // the sentence's bytes in the document text
  std::string text;            // the sentence
  Modality modality = Modality::Occurred;
  float confidence = 1.0f;
  std::string rule;            // id of the rule that produced the fact
};

struct ExtractedEntity {
  std::string name;                  // canonical: the fullest form in the text
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;  // every other form that refers to it
  std::uint32_t mentions = 0;
};

struct Fact {
  std::uint32_t subject = 0;  // index into DocumentFacts::entities
  std::uint32_t object = 0;
  RelationType relation = RelationType::MetWith;
  std::string what;           // demands_from: what is demanded
  std::string role;           // works_for / leader_of: the role
  Span subject_span;          // the mentions that carry the ends
  Span object_span;
  Evidence evidence;          // modality, confidence and rule live here
};

struct DocumentFacts {
  DocumentInfo doc;
  std::vector<ExtractedEntity> entities;
  std::vector<Fact> facts;
};

}  // namespace kg
