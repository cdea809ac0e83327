// Options shared by the query commands.
#include "query_options.hpp"

#include <cctype>
#include <iostream>

#include "command.hpp"
#include "kg/extract.hpp"
#include "kg/store.hpp"
#include "kg/text.hpp"

namespace kg::cli {
namespace {

bool is_date_prefix(const std::string& s) {
  // YYYY, YYYY-MM or YYYY-MM-DD
  static const std::string shape = "dddd-dd-dd";
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (shape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(s[i])) : s[i] != '-') return false;
  if (s.size() >= 7 && (s.compare(5, 2, "01") < 0 || s.compare(5, 2, "12") > 0)) return false;
  if (s.size() == 10 && (s.compare(8, 2, "01") < 0 || s.compare(8, 2, "31") > 0)) return false;
  return true;
}

}  // namespace

std::string date_option(Args& args, const char* name) {
  const auto v = args.option({name});
  if (!v) return {};
  if (!is_date_prefix(*v)) throw UsageError{std::string(name) + ": '" + *v + "' is not a date (YYYY[-MM[-DD]])"};
  return *v;
}

std::string resolution_note(const KnowledgeGraph& g, const std::string& name, const Resolution& r) {
  if ((r.how == "name" || r.how == "alias" || r.how == "lexicon alias") && r.others.empty()) return {};
  std::string note = "'" + name + "' is " + g.entity(r.vertex).name + " (" + r.how;
  if (!r.others.empty()) {
    note += r.how == "capital" ? std::string("; also matched: ")
                               : "; the best supported of " + std::to_string(r.others.size() + 1) +
                                     " matches; also matched: ";
    const std::size_t shown = std::min<std::size_t>(r.others.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) note += (i ? ", " : "") + g.entity(r.others[i]).name;
    if (r.others.size() > shown) note += ", and " + std::to_string(r.others.size() - shown) + " more";
  }
  return note + ")";
}

const NameLexicon& name_lexicon() {
  static const NameLexicon lexicon = NameLexicon::load(default_data_dir());
  return lexicon;
}

Resolution resolve_and_note(const KnowledgeGraph& g, const std::string& name, std::ostream& note) {
  Resolution r = resolve_name(g, name, &name_lexicon());
  if (const auto text = resolution_note(g, name, r); !text.empty() && !quiet()) note << "note: " << text << "\n";
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

EntityQuery entity_query(Args& args, const std::string& graph_file, bool json) {
  const auto names = args.positionals();
  if (names.size() != 1) throw UsageError{"expected one entity name"};
  EntityQuery q{load_graph(graph_file), {}};
  q.resolution = resolve_and_note(q.graph, names[0], json ? std::cerr : std::cout);
  return q;
}

PathFilter date_filter(Args& args) {
  PathFilter f;
  f.relations = relation_options(args);
  f.since = date_option(args, "--since");
  f.until = date_option(args, "--until");
  return f;
}

}  // namespace kg::cli
