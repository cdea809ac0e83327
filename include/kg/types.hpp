// Entity, relation and modality types, with the one table of their names.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kg {

// Written to disk by name, never by value: the names below are the format.
enum class EntityType : std::uint8_t { Person, Country, Organization, Location, Event };
enum class RelationType : std::uint8_t {
  MetWith, DemandsFrom, Sanctions, TestifiedAt, LeaderOf, WorksFor, Criticized, Visited
};
enum class Modality : std::uint8_t { Occurred, Planned, Hypothetical };

std::string_view to_string(EntityType t);      // "PERSON"
std::string_view to_string(RelationType r);    // "met_with"
std::string_view to_string(Modality m);        // "occurred"

std::optional<EntityType> parse_entity_type(std::string_view s);      // case-insensitive
std::optional<RelationType> parse_relation_type(std::string_view s);  // exact
std::optional<Modality> parse_modality(std::string_view s);           // exact

std::span<const EntityType> all_entity_types();
std::span<const RelationType> all_relation_types();

// met_with is symmetric: its ends are stored in a canonical order.
bool is_symmetric(RelationType r);

}  // namespace kg
