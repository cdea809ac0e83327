// Parsing HTML with libxml2: recover mode, no network, no external entities.
#include <libxml/parser.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <mutex>

#include "html_dom.hpp"

namespace kg::ingest {
namespace {

// While kg parses HTML, every external entity or DTD load is refused,
// whatever the parser asks; other users of libxml2 keep the default loader.
thread_local bool tl_parsing_html = false;
xmlExternalEntityLoader g_default_loader = nullptr;

xmlParserInputPtr refuse_entity(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
  if (tl_parsing_html || !g_default_loader) return nullptr;
  return g_default_loader(url, id, ctxt);
}

void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    g_default_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(refuse_entity);
  });
}

struct ParsingHtml {
  ParsingHtml() { tl_parsing_html = true; }
  ~ParsingHtml() { tl_parsing_html = false; }
};

}  // namespace

HtmlDoc parse_html(std::string_view utf8) {
  init_libxml();
  if (utf8.empty() || utf8.size() > INT_MAX) return nullptr;
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  const ParsingHtml guard;
  return HtmlDoc(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kOptions));
}

std::size_t element_depth(const xmlDoc* doc) {
  std::size_t depth = 0, deepest = 0;
  const xmlNode* n = doc ? doc->children : nullptr;
  while (n) {  // iterative: the tree may be as deep as the parser allows
    if (n->type == XML_ELEMENT_NODE) deepest = std::max(deepest, depth + 1);
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      ++depth;
      continue;
    }
    while (n && !n->next) {
      n = n->parent;
      if (!n || n->type == XML_DOCUMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE) return deepest;
      --depth;
    }
    if (n) n = n->next;
  }
  return deepest;
}

std::string attribute(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (a->name && strcasecmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      std::string v;
      for (const xmlNode* c = a->children; c; c = c->next)
        if (c->content) v += reinterpret_cast<const char*>(c->content);
      return v;
    }
  }
  return "";
}

bool has_name(const xmlNode* n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && n->name && strcasecmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string node_text(const xmlNode* n) {
  xmlChar* s = xmlNodeGetContent(n);
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

std::string html_fragment_text(std::string_view utf8) {
  const HtmlDoc doc = parse_html(utf8);
  return doc ? article_text(doc.get(), false) : "";
}

}  // namespace kg::ingest
