// Which reader a file needs: by extension, else by its first bytes.
#include <filesystem>

#include "kg/read.hpp"
#include "kg/text.hpp"

namespace kg {

InputFormat format_from_extension(std::string_view path) {
  const std::string ext = to_lower_ascii(std::filesystem::path(path).extension().string());
  if (ext == ".txt" || ext == ".text" || ext == ".md") return InputFormat::Text;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
  if (ext == ".rss" || ext == ".atom" || ext == ".xml") return InputFormat::Feed;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::Jsonl;
  return InputFormat::Auto;
}

InputFormat sniff_format(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::Text;
  head.remove_prefix(start);
  if (head.front() == '{') return InputFormat::Jsonl;
  if (head.front() != '<') return InputFormat::Text;
  const std::string lower = to_lower_ascii(head.substr(0, 4096));
  const auto has = [&](std::string_view s) { return lower.find(s) != std::string::npos; };
  if (has("<rss") || has("<feed") || has("<rdf:rdf")) return InputFormat::Feed;
  if (has("<html") || has("<!doctype html") || has("<body") || has("<head") || has("<p>") || has("<div") ||
      has("<article"))
    return InputFormat::Html;
  if (lower.starts_with("<?xml")) return InputFormat::Feed;
  return InputFormat::Html;
}

std::string not_articles(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  head.remove_prefix(start);
  if (head.front() == '[')
    return "a JSON array, not articles (JSON Lines is one object per line; see docs/READERS.md)";
  if (head.front() == '{' && (head.find("\"kg-node-link\"") != std::string_view::npos ||
                              (head.find("\"nodes\"") != std::string_view::npos &&
                               head.find("\"directed\"") != std::string_view::npos)))
    return "a graph file (node-link JSON), not articles; query it with -g FILE, or extend it with kg add";
  return {};
}

std::string_view format_name(InputFormat f) {
  switch (f) {
    case InputFormat::Text: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::Feed: return "feed";
    case InputFormat::Jsonl: return "jsonl";
    default: return "auto";
  }
}

}  // namespace kg
