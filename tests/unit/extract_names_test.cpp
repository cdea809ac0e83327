// The name recogniser in extraction (src/extract/name_reading.cpp): a
// capitalised run that nothing marks as a name is dropped when the
// recogniser reads no name in it; names it reads stay. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include <string>

#include "kg/extract.hpp"

namespace kg {
namespace {

const Extractor& extractor() {
  static const Extractor e = Extractor::load(default_data_dir());
  return e;
}

const ExtractedEntity* entity(const DocumentFacts& f, const std::string& name) {
  for (const auto& e : f.entities)
    if (e.name == name) return &e;
  return nullptr;
}

TEST(ExtractNames, AnAdjectiveRunIsNoPersonButANameStays) {
  Document d;
  d.info.id = "test";
  d.text = "Officials from the bloc met on Tuesday to discuss Latin American trade, and Maria Lopez, a senior "
           "trade official, said talks with Brazil would go on.";
  const DocumentFacts f = extractor().extract(d);
  EXPECT_EQ(entity(f, "Latin American"), nullptr);
  const ExtractedEntity* person = entity(f, "Maria Lopez");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::Person);
  EXPECT_NE(entity(f, "Brazil"), nullptr);
}

}  // namespace
}  // namespace kg
