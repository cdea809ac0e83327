// Options shared by the query commands.
#include "query_options.hpp"

#include "kg/text.hpp"

namespace kg::cli {

std::string resolution_note(const KnowledgeGraph& g, const std::string& name, const Resolution& r) {
  if ((r.how == "name" || r.how == "alias") && r.others.empty()) return {};
  std::string note = "'" + name + "' is " + g.entity(r.vertex).name + " (" + r.how;
  if (!r.others.empty()) {
    note += "; the best supported of " + std::to_string(r.others.size() + 1) + " matches; also matched: ";
    const std::size_t shown = std::min<std::size_t>(r.others.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) note += (i ? ", " : "") + g.entity(r.others[i]).name;
    if (r.others.size() > shown) note += ", and " + std::to_string(r.others.size() - shown) + " more";
  }
  return note + ")";
}

Resolution resolve_and_note(const KnowledgeGraph& g, const std::string& name, std::ostream& note) {
  Resolution r = resolve_name(g, name);
  if (const auto text = resolution_note(g, name, r); !text.empty()) note << "note: " << text << "\n";
  return r;
}

std::vector<RelationType> relation_options(Args& args) {
  std::vector<RelationType> out;
  for (const auto& value : args.options({"-r", "--relation"}))
    for (auto part : split(value, ',')) {
      const auto t = parse_relation_type(trim(part));
      if (!t) {
        std::string known;
        for (auto r : all_relation_types()) known += (known.empty() ? "" : ", ") + std::string(to_string(r));
        throw UsageError{"unknown relation '" + std::string(trim(part)) + "' (known: " + known + ")"};
      }
      out.push_back(*t);
    }
  return out;
}

std::vector<EntityType> entity_type_options(Args& args, std::initializer_list<const char*> names) {
  std::vector<EntityType> out;
  for (const auto& value : args.options(names))
    for (auto part : split(value, ',')) {
      const auto t = parse_entity_type(trim(part));
      if (!t) {
        std::string known;
        for (auto e : all_entity_types()) known += (known.empty() ? "" : ", ") + std::string(to_string(e));
        throw UsageError{"unknown entity type '" + std::string(trim(part)) + "' (known: " + known + ")"};
      }
      out.push_back(*t);
    }
  return out;
}

bool json_format(Args& args) {
  const auto f = args.option({"--format"}).value_or("text");
  if (f == "json") return true;
  if (f == "text") return false;
  throw UsageError{"--format must be text or json, not '" + f + "'"};
}

std::size_t count_option(Args& args, std::initializer_list<const char*> names, std::size_t fallback) {
  const auto n = args.integer(names);
  if (!n) return fallback;
  if (*n < 0) throw UsageError{std::string(*names.begin()) + " must not be negative"};
  return static_cast<std::size_t>(*n);
}

}  // namespace kg::cli
