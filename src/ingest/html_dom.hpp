// libxml2's HTML parser behind a small interface (private to src/ingest):
// parsing without network or entity loading, article text, metadata.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace kg::ingest {

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using HtmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses UTF-8 HTML, recovering from broken markup; null only for empty input.
HtmlDoc parse_html(std::string_view utf8);

// libxml2 stops reading a page at this depth of nesting (without its
// XML_PARSE_HUGE, which kg does not set): text below it is lost.
inline constexpr std::size_t kHtmlMaxDepth = 255;
// How deep elements nest in the parsed tree (the root element is depth 1).
std::size_t element_depth(const xmlDoc* doc);

// The article text as docs/READERS.md specifies: the article container (or the
// whole page when use_container is false or none is found), boilerplate
// dropped, block elements as line breaks, whitespace collapsed, one paragraph
// per line. `container` receives what was used ("article", "articleBody",
// "story-body", "body").
std::string article_text(xmlDoc* doc, bool use_container, std::string* container = nullptr);

// The text of an HTML fragment (feed descriptions): no container search.
std::string html_fragment_text(std::string_view utf8);

struct HtmlMetadata {
  std::string title, date, url, author, site;
};
HtmlMetadata html_metadata(xmlDoc* doc);

// Element helpers.
std::string attribute(const xmlNode* n, const char* name);
bool has_name(const xmlNode* n, const char* name);
std::string node_text(const xmlNode* n);

}  // namespace kg::ingest
