// The name table for entity, relation and modality types.
#include "kg/types.hpp"

#include <array>

#include "kg/text.hpp"

namespace kg {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 5> kEntityNames{{
    {EntityType::Person, "PERSON"},
    {EntityType::Country, "COUNTRY"},
    {EntityType::Organization, "ORGANIZATION"},
    {EntityType::Location, "LOCATION"},
    {EntityType::Event, "EVENT"},
}};
constexpr std::array<std::pair<RelationType, std::string_view>, 8> kRelationNames{{
    {RelationType::MetWith, "met_with"},
    {RelationType::DemandsFrom, "demands_from"},
    {RelationType::Sanctions, "sanctions"},
    {RelationType::TestifiedAt, "testified_at"},
    {RelationType::LeaderOf, "leader_of"},
    {RelationType::WorksFor, "works_for"},
    {RelationType::Criticized, "criticized"},
    {RelationType::Visited, "visited"},
}};
constexpr std::array<std::pair<Modality, std::string_view>, 3> kModalityNames{{
    {Modality::Occurred, "occurred"},
    {Modality::Planned, "planned"},
    {Modality::Hypothetical, "hypothetical"},
}};

constexpr std::array<EntityType, 5> kEntityTypes{EntityType::Person, EntityType::Country,
                                                  EntityType::Organization, EntityType::Location,
                                                  EntityType::Event};
constexpr std::array<RelationType, 8> kRelationTypes{
    RelationType::MetWith,  RelationType::DemandsFrom, RelationType::Sanctions,
    RelationType::TestifiedAt, RelationType::LeaderOf, RelationType::WorksFor,
    RelationType::Criticized, RelationType::Visited};

template <typename Table, typename E>
std::string_view name_of(const Table& table, E value) {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return "?";
}

}  // namespace

std::string_view to_string(EntityType t) { return name_of(kEntityNames, t); }
std::string_view to_string(RelationType r) { return name_of(kRelationNames, r); }
std::string_view to_string(Modality m) { return name_of(kModalityNames, m); }

std::optional<EntityType> parse_entity_type(std::string_view s) {
  for (const auto& [v, name] : kEntityNames)
    if (equals_ignore_ascii_case(name, s)) return v;
  return std::nullopt;
}
std::optional<RelationType> parse_relation_type(std::string_view s) {
  for (const auto& [v, name] : kRelationNames)
    if (name == s) return v;
  return std::nullopt;
}
std::optional<Modality> parse_modality(std::string_view s) {
  for (const auto& [v, name] : kModalityNames)
    if (name == s) return v;
  return std::nullopt;
}

std::span<const EntityType> all_entity_types() { return kEntityTypes; }
std::span<const RelationType> all_relation_types() { return kRelationTypes; }

bool is_symmetric(RelationType r) { return r == RelationType::MetWith; }

}  // namespace kg
