// Shared by the name tests: one extractor over the built-in data, a
// document extracted from a string, and looking its entities up by name.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>

#include "kg/extract.hpp"

namespace kg::test {

inline const Extractor& extractor() {
  static const Extractor e = Extractor::load(default_data_dir());
  return e;
}

inline DocumentFacts run(const std::string& text, const std::string& id = "test") {
  Document d;
  d.info.id = id;
  d.info.hash = id;
  d.text = text;
  return extractor().extract(d);
}

// Whether the entity goes by this alias too.
inline bool has_alias(const ExtractedEntity& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

// The entity that has this name or alias, or nullptr.
inline const ExtractedEntity* entity(const DocumentFacts& f, const std::string& name) {
  for (const auto& e : f.entities)
    if (e.name == name || has_alias(e, name)) return &e;
  return nullptr;
}

inline std::string names(const DocumentFacts& f) {
  std::string s;
  for (const auto& e : f.entities) s += "  " + e.name + " [" + std::string(to_string(e.type)) + "]\n";
  return s;
}

inline bool has(const DocumentFacts& f, const std::string& name, EntityType type) {
  const auto* e = entity(f, name);
  return e && e->type == type;
}

// Whether f holds relation r from subject to object (by entity name).
inline bool has_fact(const DocumentFacts& f, RelationType r, const std::string& subject, const std::string& object) {
  for (const auto& x : f.facts)
    if (x.relation == r && f.entities[x.subject].name == subject && f.entities[x.object].name == object) return true;
  return false;
}

// Page furniture gives no entity: none of these names is one of f's.
inline void expect_furniture(const DocumentFacts& f, std::initializer_list<const char*> junk) {
  for (const char* name : junk) EXPECT_EQ(entity(f, name), nullptr) << name << " is furniture\n" << names(f);
}

}  // namespace kg::test
