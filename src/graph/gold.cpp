// Reading gold.jsonl (SCHEMA.md) into scoring units, grouped per file as
// ../shared/tools/kgscore.py groups them.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>
#include <set>

#include "kg/atomic_file.hpp"
#include "kg/error.hpp"
#include "kg/score.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using Value = rapidjson::Value;

struct LineReader {
  std::string where;  // "NAME:LINE"

  [[noreturn]] void fail(const std::string& what) const { throw Error(where + ": " + what); }

  const Value& member(const Value& obj, const char* key, const std::string& item) const {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail(item + "missing \"" + key + "\"");
    return it->value;
  }
  std::string string(const Value& obj, const char* key, const std::string& item) const {
    const Value& v = member(obj, key, item);
    if (!v.IsString()) fail(item + "\"" + key + "\" is not a string");
    return {v.GetString(), v.GetStringLength()};
  }
  const Value& array(const Value& obj, const char* key) const {
    const Value& v = member(obj, key, "");
    if (!v.IsArray()) fail(std::string("\"") + key + "\" is not an array");
    return v;
  }
};

// Python truthiness of a JSON value, as `r.get("optional")` tests it.
bool truthy(const Value& v) {
  if (v.IsBool()) return v.GetBool();
  if (v.IsNull()) return false;
  if (v.IsNumber()) return v.GetDouble() != 0;
  if (v.IsString()) return v.GetStringLength() != 0;
  if (v.IsArray()) return !v.Empty();
  return v.MemberCount() != 0;
}

}  // namespace

std::vector<GoldUnit> parse_gold(std::string_view jsonl, const std::string& name) {
  std::map<std::string, GoldUnit> units;  // sorted by unit, as the scorer sorts them
  std::size_t line_no = 0;
  for (std::string_view line : split(jsonl, '\n')) {
    ++line_no;
    if (trim(line).empty()) continue;
    LineReader r{name + ":" + std::to_string(line_no)};
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());  // no recursion on deep nesting
    if (d.HasParseError())
      r.fail("invalid JSON at column " + std::to_string(d.GetErrorOffset() + 1) + ": " +
             rapidjson::GetParseError_En(d.GetParseError()));
    if (!d.IsObject()) r.fail("a gold line must be a JSON object");
    const std::string doc = r.string(d, "doc", "");
    const std::string unit_name = doc.substr(0, doc.find('#'));  // feed and JSONL items are scored per file
    GoldUnit& unit = units[unit_name];
    unit.unit = unit_name;

    std::set<std::string> names;
    for (const auto& e : unit.entities) names.insert(e.name);
    std::size_t i = 0;
    for (const auto& e : r.array(d, "entities").GetArray()) {
      const std::string item = "entity " + std::to_string(i++) + ": ";
      if (!e.IsObject()) r.fail(item + "not an object");
      GoldEntity ge{r.string(e, "name", item), r.string(e, "type", item), {}};
      if (const auto a = e.FindMember("aliases"); a != e.MemberEnd() && !a->value.IsNull()) {
        if (!a->value.IsArray()) r.fail(item + "\"aliases\" is not an array");
        for (const auto& s : a->value.GetArray()) {
          if (!s.IsString()) r.fail(item + "an alias is not a string");
          ge.aliases.emplace_back(s.GetString(), s.GetStringLength());
        }
      }
      if (!names.contains(ge.name)) unit.entities.push_back(std::move(ge));
    }
    i = 0;
    for (const auto& rel : r.array(d, "relations").GetArray()) {
      const std::string item = "relation " + std::to_string(i++) + ": ";
      if (!rel.IsObject()) r.fail(item + "not an object");
      GoldRelation gr{r.string(rel, "relation", item), r.string(rel, "source", item), r.string(rel, "target", item),
                      false};
      if (const auto o = rel.FindMember("optional"); o != rel.MemberEnd()) gr.optional = truthy(o->value);
      unit.relations.push_back(std::move(gr));
    }
  }
  std::vector<GoldUnit> out;
  out.reserve(units.size());
  for (auto& [unit_name, unit] : units) out.push_back(std::move(unit));
  return out;
}

std::vector<GoldUnit> read_gold(const std::string& path) { return parse_gold(read_file(path), path); }

}  // namespace kg
