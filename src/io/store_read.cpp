// Node-link JSON reading: RapidJSON's SAX Reader streaming a string or a file into the graph.
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

#include "json_source.hpp"
#include "kg/error.hpp"
#include "kg/store.hpp"
#include "kg/snapshot.hpp"
#include "node_link_builder.hpp"
#include "node_link_handler.hpp"

namespace kg {
namespace {

constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag;

// Parses source; position(offset) gives "LINE:COL" of an offset on error.
KnowledgeGraph read_node_link(io::JsonSource& source, const std::string& name,
                              const std::function<std::string(std::size_t)>& position) {
  const auto at = [&](std::size_t offset) { return name + ":" + position(offset) + ": "; };
  KnowledgeGraph kg;
  io::NodeLinkBuilder builder(kg);
  io::NodeLinkHandler handler(source, builder);
  rapidjson::Reader reader;
  try {
    const rapidjson::ParseResult ok = reader.Parse<kFlags>(source, handler);
    if (source.read_error()) throw Error(name + ": read failed: " + std::strerror(source.read_error()));
    if (source.too_long())
      throw Error(at(source.marked()) + "a JSON value longer than " +
                  std::to_string(io::JsonSource::kMaxToken >> 20) + " MiB (not a node-link graph?)");
    if (!ok) {
      if (ok.Code() == rapidjson::kParseErrorDocumentEmpty)
        throw Error(at(ok.Offset()) + "empty file: no JSON value (expected a node-link graph object)");
      throw Error(at(ok.Offset()) + "invalid JSON: " + rapidjson::GetParseError_En(ok.Code()));
    }
    handler.finish();
    kg.compact();
  } catch (const io::NodeLinkError& e) {
    if (e.offset == std::string::npos) throw Error(name + ": " + e.message);
    throw Error(at(e.offset) + e.message);
  }
  return kg;
}

}  // namespace

KnowledgeGraph parse_node_link(const std::string& json, const std::string& name) {
  io::JsonSource source(json);
  return read_node_link(source, name, [&](std::size_t offset) { return io::line_col(json, offset); });
}

KnowledgeGraph load_graph(const std::string& path) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw Error(path + ": cannot open: " + std::strerror(errno));
  // A snapshot, whatever its name, starts with 'K' (its magic, checked in
  // full by load_snapshot); JSON never does. One byte of look-ahead, so pipes work.
  const int first = std::fgetc(file.get());
  if (first == 'K') return load_snapshot(path);
  if (first != EOF) std::ungetc(first, file.get());
  io::JsonSource source(file.get());
  return read_node_link(source, path, [&](std::size_t offset) { return io::line_col(file.get(), offset); });
}

}  // namespace kg
