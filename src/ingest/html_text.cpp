// Article text from an HTML tree: container choice, boilerplate removal,
// block elements as line breaks, whitespace collapsing (docs/READERS.md).
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "html_dom.hpp"
#include "html_entities.hpp"
#include "kg/text.hpp"

namespace kg::ingest {
namespace {

// Elements whose whole subtree is never article text.
constexpr std::array<std::string_view, 22> kSkipTags = {
    "script", "style", "noscript", "template", "iframe", "svg",    "button", "select", "textarea", "head",   "title",
    "nav",    "header", "footer",  "aside",    "form",   "object", "embed",  "canvas", "dialog",   "option", "math"};

// Elements that start and end a line.
constexpr std::array<std::string_view, 39> kBlockTags = {
    "p",      "div",     "br",      "li",      "ul",    "ol",       "h1",      "h2",      "h3",   "h4",
    "h5",     "h6",      "figure",  "figcaption", "blockquote", "section", "article", "table", "tr", "td",
    "th",     "dd",      "dt",      "dl",      "pre",   "hr",       "main",    "center",  "address", "caption",
    "details", "summary", "fieldset", "legend", "hgroup", "body",   "html",    "dir",     "menu"};

// Class or id words that mark boilerplate boxes.
constexpr std::array<std::string_view, 18> kBoilerWords = {
    "cookie", "consent", "gdpr",    "share",     "social", "related",    "promo",  "newsletter", "subscribe",
    "sidebar", "menu",   "navbar",  "breadcrumb", "comment", "popular",  "footer", "masthead",   "tags"};

// ARIA roles of navigation and page furniture.
constexpr std::array<std::string_view, 6> kBoilerRoles = {"navigation", "banner", "contentinfo",
                                                          "complementary", "search", "alertdialog"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string lower_name(const xmlNode* n) { return to_lower_ascii(reinterpret_cast<const char*>(n->name)); }

bool is_ad_token(std::string_view t) {
  return t == "ad" || t.starts_with("ad-") || t.starts_with("ad_") || t.starts_with("ads-") || t.starts_with("ads_") ||
         t.ends_with("-ad") || t.ends_with("_ad") || t.find("advert") != std::string_view::npos ||
         t.find("gpt-ad") != std::string_view::npos;
}

// Words that never name a page wrapper, kept even in the last-resort pass.
constexpr std::array<std::string_view, 8> kNeverContent = {"cookie", "consent", "gdpr", "share",
                                                           "social", "newsletter", "subscribe", "comment"};

bool is_boilerplate(const xmlNode* n, bool layout_words) {
  const std::string tokens = to_lower_ascii(attribute(n, "class") + " " + attribute(n, "id"));
  for (const auto token : split(tokens, ' ')) {
    const std::string_view t = trim(token);
    if (t.empty()) continue;
    if (is_ad_token(t)) return true;
    for (const auto w : kNeverContent)
      if (t.find(w) != std::string_view::npos) return true;
    if (!layout_words) continue;
    for (const auto w : kBoilerWords)
      if (t.find(w) != std::string_view::npos) return true;
  }
  if (!layout_words) return false;
  if (contains(kBoilerRoles, to_lower_ascii(attribute(n, "role")))) return true;
  if (attribute(n, "aria-hidden") == "true") return true;
  for (const xmlAttr* a = n->properties; a; a = a->next)
    if (a->name && strcasecmp(reinterpret_cast<const char*>(a->name), "hidden") == 0) return true;
  return false;
}

// `by_class` false: the last-resort pass, when layout words (sidebar, menu,
// related...) on a wrapper swallowed the whole page; cookie, share and ad
// boxes are still dropped.
bool is_skipped(const xmlNode* n, bool by_class) {
  return contains(kSkipTags, lower_name(n)) || is_boilerplate(n, by_class);
}

// Windows-1252 meanings of C1 controls, as browsers decode &#150; and friends.
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Text data: source line breaks are spaces (only blocks break lines); C1
// controls become their Windows-1252 characters; HTML5's named references
// that libxml2 left as written become their characters (so does one the
// page escaped on purpose, "&amp;ncaron;": the text node cannot tell).
void append_data(std::string& out, const char* s) {
  for (; *s; ++s) {
    const auto c = static_cast<unsigned char>(*s);
    std::string_view reference;
    if (const std::size_t n = c == '&' ? named_reference_at(s, reference) : 0; n > 0) {
      out += reference;
      s += n - 1;
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == 0xC2 && static_cast<unsigned char>(s[1]) >= 0x80 && static_cast<unsigned char>(s[1]) <= 0x9F) {
      append_utf8(out, kCp1252[static_cast<unsigned char>(s[1]) - 0x80]);
      ++s;
    } else {
      out += static_cast<char>(c);
    }
  }
}

// Walks root's subtree without recursion (pages can nest deeply).
void collect_text(const xmlNode* root, std::string& out, bool by_class = true) {
  const xmlNode* n = root->children;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE) {
      if (!is_skipped(n, by_class)) {
        if (contains(kBlockTags, lower_name(n))) out += '\n';
        descend = n->children != nullptr;
      }
    } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      append_data(out, reinterpret_cast<const char*>(n->content));
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n) {
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
      if (!n || n == root) {
        n = nullptr;
        break;
      }
      if (contains(kBlockTags, lower_name(n))) out += '\n';
    }
  }
}

// Python's str.isspace() for the code points that can end a line.
bool is_unicode_space(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

std::string_view trim_unicode(std::string_view s) {
  while (!s.empty()) {
    std::size_t i = 0;
    if (!is_unicode_space(next_code_point(s, i))) break;
    s.remove_prefix(i);
  }
  while (!s.empty()) {
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    if (!is_unicode_space(next_code_point(s, i))) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

// One paragraph per line: ASCII whitespace runs collapse, lines are trimmed,
// empty lines dropped.
std::string finish(std::string_view raw) {
  std::string out;
  for (const auto line : split(raw, '\n')) {
    std::string collapsed;
    bool space = false;
    for (char c : line) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        space = true;
        continue;
      }
      if (space && !collapsed.empty()) collapsed += ' ';
      space = false;
      collapsed += c;
    }
    const std::string_view t = trim_unicode(collapsed);
    if (t.empty()) continue;
    if (!out.empty()) out += '\n';
    out += t;
  }
  return out;
}

bool is_container(const xmlNode* n, int kind) {
  switch (kind) {
    case 0: return has_name(n, "article");
    case 1: return attribute(n, "itemprop") == "articleBody";
    default: {
      const std::string cls = to_lower_ascii(attribute(n, "class"));
      for (const auto t : split(cls, ' '))
        if (t == "story-body" || t == "article-body" || t == "story-content" || t == "article-content" ||
            t == "entry-content" || t == "post-content")
          return true;
      return false;
    }
  }
}

// The first container of the kind, outside skipped subtrees, in document order.
const xmlNode* find_container(const xmlNode* root, int kind) {
  const xmlNode* n = root;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE && (n == root || !is_skipped(n, true))) {
      if (n != root && is_container(n, kind)) return n;
      descend = n->children != nullptr;
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    n = n && n != root ? n->next : nullptr;
  }
  return nullptr;
}

const xmlNode* find_child(const xmlNode* n, const char* name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (has_name(c, name)) return c;
  return nullptr;
}

constexpr const char* kContainerNames[] = {"article", "articleBody", "story-body"};

}  // namespace

std::string article_text(xmlDoc* doc, bool use_container, std::string* container) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return "";
  if (use_container) {
    for (int kind = 0; kind < 3; ++kind) {
      if (const xmlNode* c = find_container(root, kind)) {
        std::string raw;
        collect_text(c, raw);
        std::string text = finish(raw);
        if (!text.empty()) {
          if (container) *container = kContainerNames[kind];
          return text;
        }
      }
    }
  }
  const xmlNode* body = find_child(root, "body");
  std::string raw;
  collect_text(body ? body : root, raw);
  if (container) *container = "body";
  std::string text = finish(raw);
  if (text.empty()) {
    // A wrapper such as <div class="page has-sidebar"> matched a boilerplate
    // word and took the whole page with it: keep the page's text instead.
    raw.clear();
    collect_text(body ? body : root, raw, false);
    text = finish(raw);
  }
  return text;
}

}  // namespace kg::ingest
