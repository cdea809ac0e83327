// Walking the inputs (files, folders, stdin) and handing each to its reader.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "glob.hpp"
#include "kg/read.hpp"
#include "kg/text.hpp"
#include "reader_context.hpp"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ingest::ReadContext;

constexpr std::size_t kSniffBytes = 4096;

// The rest of `in` after `prefix`, or nullopt (reported) past `limit` bytes.
std::optional<std::string> read_all(std::istream& in, std::string prefix, std::size_t limit, ReadContext& ctx) {
  std::string data = std::move(prefix);
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<std::size_t>(in.gcount()));
    if (data.size() > limit) {
      ctx.fail("too large (more than " + std::to_string(limit) + " bytes)");
      return std::nullopt;
    }
  }
  if (in.bad()) {
    ctx.fail(std::string("read error: ") + std::strerror(errno));
    return std::nullopt;
  }
  return data;
}

// Reads one stream: sniffs the format when needed, then runs the reader.
void read_stream(std::istream& in, InputFormat format, ReadContext& ctx) {
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (format == InputFormat::Auto || format == InputFormat::Jsonl) {
    // One clear error for a graph file or a JSON array, not one per line.
    if (const std::string why = not_articles(head); !why.empty()) {
      ctx.fail(why);
      return;
    }
  }
  if (format == InputFormat::Auto) format = sniff_format(head);
  if (format == InputFormat::Jsonl) {
    ingest::read_jsonl_stream(in, std::move(head), ctx);
    return;
  }
  const std::size_t limit = format == InputFormat::Feed ? ctx.options.max_file_bytes : ctx.options.max_document_bytes;
  auto content = read_all(in, std::move(head), limit, ctx);
  if (!content) return;
  switch (format) {
    case InputFormat::Html: ingest::read_html_content(std::move(*content), ctx); break;
    case InputFormat::Feed: ingest::read_feed_content(std::move(*content), ctx); break;
    default: ingest::read_text_content(std::move(*content), ctx); break;
  }
}

std::size_t read_file(const fs::path& path, const std::string& id, InputFormat format, const ReadOptions& options,
                      ingest::Reporter& report, const DocumentSink& sink, bool in_folder) {
  const std::string where = path.string();
  const std::string source = options.absolute_sources ? fs::absolute(path).lexically_normal().string() : id;
  ReadContext ctx{id, source, where, options, report, sink};
  ctx.in_folder = in_folder;
  if (format == InputFormat::Auto) format = format_from_extension(where);
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  // Refused before reading: text and HTML are one document; feeds are parsed
  // whole; JSON Lines stream; an unknown format is bounded by the larger limit.
  const std::size_t limit = format == InputFormat::Feed    ? options.max_file_bytes
                            : format == InputFormat::Jsonl ? SIZE_MAX
                            : format == InputFormat::Auto  ? std::max(options.max_document_bytes, options.max_file_bytes)
                                                           : options.max_document_bytes;
  if (!ec && size > limit) {
    ctx.fail("too large (" + std::to_string(size) + " bytes; the limit is " + std::to_string(limit) + ")");
    return 0;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ctx.fail(std::string("cannot open: ") + std::strerror(errno));
    return 0;
  }
  read_stream(in, format, ctx);
  return ctx.delivered;
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// A folder's own documentation, not an article: README, LICENSE, CHANGELOG.
bool is_folder_doc(const fs::path& p) {
  const std::string stem = to_lower_ascii(p.stem().string());
  return stem == "readme" || stem == "license" || stem == "changelog";
}

std::size_t read_folder(const fs::path& folder, const ReadOptions& options, ingest::Reporter& report,
                        const DocumentSink& sink) {
  const ingest::FileFilter filter(options.include, options.exclude);
  std::vector<std::string> files;  // relative, '/'-separated
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    report.fail(folder.string(), "cannot read folder: " + ec.message());
    return 0;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      report.fail(folder.string(), "cannot read folder: " + ec.message());
      break;
    }
    const fs::path& p = it->path();
    const std::string rel = p.lexically_relative(folder).generic_string();
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (is_hidden(p) || filter.excluded(rel)) it.disable_recursion_pending();
      continue;
    }
    if (is_hidden(p) || !it->is_regular_file(type_ec) || filter.excluded(rel)) continue;
    const bool known = (format_from_extension(rel) != InputFormat::Auto || !p.has_extension()) && !is_folder_doc(p);
    if (filter.has_includes() ? filter.included(rel) : known) files.push_back(rel);
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    report.fail(folder.string(), "no input files in this folder");
    return 0;
  }
  std::size_t n = 0;
  for (const auto& rel : files) n += read_file(folder / rel, rel, options.format, options, report, sink, true);
  return n;
}

}  // namespace

std::size_t read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options, const DocumentSink& sink,
                        Diagnostics& diags) {
  ingest::Reporter report(diags, options.strict);
  std::size_t n = 0;
  for (const auto& input : inputs) {
    if (input == "-") {
      ReadContext ctx{"stdin", "-", "<stdin>", options, report, sink};
      read_stream(std::cin, options.format, ctx);
      n += ctx.delivered;
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(input, ec);
    if (!fs::exists(status)) {
      report.fail(input, "cannot open: " + (ec ? ec.message() : std::string("no such file or folder")));
    } else if (fs::is_directory(status)) {
      n += read_folder(input, options, report, sink);
    } else {
      n += read_file(input, fs::path(input).filename().string(), options.format, options, report, sink, false);
    }
  }
  return n;
}

}  // namespace kg
