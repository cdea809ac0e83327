// RSS 2.0, RSS 1.0 and Atom feeds (pugixml): one document per item or entry,
// its HTML through the article-text path.
#include <pugixml.hpp>

#include <sstream>
#include <string_view>
#include <vector>

#include "encoding.hpp"
#include "html_dom.hpp"
#include "kg/read.hpp"
#include "kg/text.hpp"
#include "reader_context.hpp"
#include "xml_guard.hpp"

namespace kg::ingest {
namespace {

std::string_view local_name(const pugi::xml_node& n) {
  const std::string_view name = n.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The first child with this exact name, else the first with this local name.
pugi::xml_node child(const pugi::xml_node& n, const char* name, bool any_prefix = false) {
  if (auto c = n.child(name)) return c;
  if (any_prefix)
    for (auto c : n.children())
      if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

pugi::xml_node child_ns(const pugi::xml_node& n, const char* qualified) {
  if (auto c = n.child(qualified)) return c;
  const std::string_view q = qualified;
  return child(n, std::string(q.substr(q.find(':') + 1)).c_str(), true);
}

// The character data directly inside an element (text and CDATA).
std::string own_text(const pugi::xml_node& n) {
  std::string s;
  for (auto c : n.children())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) s += c.value();
  return s;
}

std::string inner_xml(const pugi::xml_node& n) {
  std::ostringstream out;
  for (auto c : n.children()) c.print(out, "", pugi::format_raw);
  return out.str();
}

// One line of plain text from a title that may carry markup or entities.
std::string clean_title(const std::string& raw) {
  std::string t(trim(raw));
  if (t.find_first_of("<&") == std::string::npos) return t;
  std::string text = html_fragment_text(t);
  for (char& c : text)
    if (c == '\n') c = ' ';
  return text;
}

// Plain-text (Atom type="text") content: lines trimmed and collapsed.
std::string plain_text(const std::string& s) {
  std::string out;
  for (const auto line : split(s, '\n')) {
    const std::string l = collapse_spaces(line);
    if (l.empty()) continue;
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}

// An Atom text construct (title, summary, content) by its type attribute.
std::string atom_text(const pugi::xml_node& n) {
  const std::string type = to_lower_ascii(n.attribute("type").value());
  if (type == "xhtml") return html_fragment_text(inner_xml(n));
  if (type == "html" || type == "text/html") return html_fragment_text(own_text(n));
  return plain_text(own_text(n));
}

struct FeedShape {
  std::vector<pugi::xml_node> items;
  std::string site;
  bool atom = false;
};

FeedShape find_items(const pugi::xml_node& root) {
  FeedShape f;
  const std::string_view kind = local_name(root);
  if (kind == "feed") {
    f.atom = true;
    f.site = clean_title(own_text(child(root, "title", true)));
    for (auto c : root.children())
      if (local_name(c) == "entry") f.items.push_back(c);
  } else if (kind == "rss" || kind == "RDF") {
    for (auto c : root.children()) {
      if (local_name(c) == "item") f.items.push_back(c);
      if (local_name(c) == "channel") {
        if (f.site.empty()) f.site = clean_title(own_text(child(c, "title", true)));
        for (auto i : c.children())
          if (local_name(i) == "item") f.items.push_back(i);
      }
    }
  }
  return f;
}

std::string atom_link(const pugi::xml_node& entry) {
  for (auto l : entry.children()) {
    if (local_name(l) != "link") continue;
    const std::string rel = l.attribute("rel").value();
    if (rel.empty() || rel == "alternate") return l.attribute("href").value();
  }
  return "";
}

Document rss_item(const pugi::xml_node& item, std::string& body) {
  Document d;
  d.info.title = clean_title(own_text(child(item, "title", true)));
  std::string html = own_text(child_ns(item, "content:encoded"));
  if (trim(html).empty()) html = own_text(child(item, "description", true));
  body = html_fragment_text(html);
  d.info.url = std::string(trim(own_text(child(item, "link", true))));
  if (d.info.url.empty()) {
    const auto guid = child(item, "guid");
    if (std::string_view(guid.attribute("isPermaLink").value()) != "false") d.info.url = std::string(trim(own_text(guid)));
  }
  std::string date = own_text(child(item, "pubDate"));
  if (trim(date).empty()) date = own_text(child_ns(item, "dc:date"));
  d.info.date = normalize_date(date);
  d.info.author = std::string(trim(own_text(child_ns(item, "dc:creator"))));
  if (d.info.author.empty()) d.info.author = std::string(trim(own_text(child(item, "author"))));
  return d;
}

Document atom_entry(const pugi::xml_node& entry, std::string& body) {
  Document d;
  if (auto t = child(entry, "title", true)) d.info.title = std::string(trim(atom_text(t)));
  for (char& c : d.info.title)
    if (c == '\n') c = ' ';
  if (auto content = child(entry, "content", true)) body = atom_text(content);
  if (body.empty())
    if (auto summary = child(entry, "summary", true)) body = atom_text(summary);
  d.info.url = atom_link(entry);
  std::string date = own_text(child(entry, "published", true));
  if (trim(date).empty()) date = own_text(child(entry, "updated", true));
  d.info.date = normalize_date(date);
  d.info.author = std::string(trim(own_text(child(child(entry, "author", true), "name", true))));
  return d;
}

// With a parse error at `error_at`, the items that were closed before it.
std::size_t complete_items(const std::vector<pugi::xml_node>& items, std::string_view xml, std::size_t error_at) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto start = items[i].offset_debug();
    if (start < 0 || static_cast<std::size_t>(start) >= error_at) break;
    if (i + 1 < items.size()) {
      const auto next = items[i + 1].offset_debug();
      if (next >= 0 && static_cast<std::size_t>(next) < error_at) {
        n = i + 1;
        continue;
      }
    }
    const std::string close = std::string("</") + items[i].name() + ">";
    const auto end = xml.find(close, static_cast<std::size_t>(start));
    if (end != std::string_view::npos && end + close.size() <= error_at) n = i + 1;
    break;
  }
  return n;
}

// An XHTML page saved as .xml: its root element (after the prolog) is <html>.
bool is_xhtml_page(std::string_view xml) {
  for (std::size_t pos = xml.find('<'); pos != std::string_view::npos; pos = xml.find('<', pos + 1)) {
    const std::string_view rest = xml.substr(pos + 1);
    if (rest.starts_with("?") || rest.starts_with("!")) continue;
    return to_lower_ascii(rest.substr(0, 5)) == "html>" || to_lower_ascii(rest.substr(0, 5)) == "html ";
  }
  return false;
}

}  // namespace

void read_feed_content(std::string content, ReadContext& ctx) {
  if (content.size() > ctx.options.max_file_bytes) {
    ctx.fail("too large (" + std::to_string(content.size()) + " bytes; the feed limit is " +
             std::to_string(ctx.options.max_file_bytes) + ")");
    return;
  }
  if (auto problem = to_utf8(content, declared_xml_encoding(content))) {
    ctx.fail(*problem);
    return;
  }
  if (auto refusal = hostile_xml(content)) {
    ctx.fail(*refusal);
    return;
  }
  if (is_xhtml_page(content)) {  // a .xml file that is a web page
    read_html_content(std::move(content), ctx);
    return;
  }
  pugi::xml_document doc;
  const auto result =
      doc.load_buffer(content.data(), content.size(), pugi::parse_default, pugi::encoding_utf8);
  const FeedShape feed = find_items(doc.document_element());
  std::size_t usable = feed.items.size();
  if (!result) {
    const auto at = static_cast<std::size_t>(result.offset);
    usable = complete_items(feed.items, content, at);
    ctx.fail_at(":" + line_col(content, at), std::string("malformed XML: ") + result.description() +
                                                 (usable ? "; read the " + std::to_string(usable) +
                                                               " complete items before it"
                                                         : ""));
    if (!usable) return;
  } else if (feed.items.empty()) {
    const std::string root = doc.document_element().name();
    if (root.empty() || (local_name(doc.document_element()) != "rss" && local_name(doc.document_element()) != "RDF" &&
                         local_name(doc.document_element()) != "feed"))
      ctx.fail("not an RSS or Atom feed (the root element is <" + root + ">)");
    else
      ctx.fail("empty feed (no items)");
    return;
  }
  for (std::size_t i = 0; i < usable; ++i) {
    const std::string suffix = "#" + std::to_string(i + 1);
    std::string body;
    Document d = feed.atom ? atom_entry(feed.items[i], body) : rss_item(feed.items[i], body);
    if (d.info.title.empty() && body.empty()) {
      ctx.fail_at(suffix, "empty item (no title, description or content)");
      continue;
    }
    if (body.size() + d.info.title.size() > ctx.options.max_document_bytes) {
      ctx.fail_at(suffix, "item too large (" + std::to_string(body.size()) + " bytes; the limit is " +
                              std::to_string(ctx.options.max_document_bytes) + ")");
      continue;
    }
    d.info.id = ctx.id + suffix;
    d.info.site = feed.site;
    d.text = d.info.title + "\n" + body;
    ctx.deliver(std::move(d));
  }
}

}  // namespace kg::ingest
