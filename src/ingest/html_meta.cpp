// Page metadata: og:/article: meta tags, <title>, <time datetime>, canonical
// link and JSON-LD (datePublished, headline, author, publisher).
#include <rapidjson/document.h>

#include <string_view>

#include "html_dom.hpp"
#include "kg/read.hpp"
#include "kg/text.hpp"

namespace kg::ingest {
namespace {

// "author": {"name": ...} nests; hostile pages nest it without end.
std::string json_string(const rapidjson::Value& v, const char* key, int depth = 0) {
  if (!v.IsObject() || depth > 8) return "";
  const auto m = v.FindMember(key);
  if (m == v.MemberEnd()) return "";
  if (m->value.IsString()) return {m->value.GetString(), m->value.GetStringLength()};
  if (m->value.IsObject()) return json_string(m->value, "name", depth + 1);
  if (m->value.IsArray() && !m->value.Empty()) {
    const auto& first = m->value[0];
    if (first.IsString()) return {first.GetString(), first.GetStringLength()};
    return json_string(first, "name", depth + 1);
  }
  return "";
}

bool is_article_type(const rapidjson::Value& v) {
  if (!v.IsObject()) return false;
  const auto t = v.FindMember("@type");
  if (t == v.MemberEnd()) return false;
  const auto check = [](const rapidjson::Value& s) {
    if (!s.IsString()) return false;
    const std::string_view n(s.GetString(), s.GetStringLength());
    return n.ends_with("Article") || n == "BlogPosting" || n == "Report";
  };
  if (t->value.IsArray()) {
    for (const auto& s : t->value.GetArray())
      if (check(s)) return true;
    return false;
  }
  return check(t->value);
}

void from_json_ld_object(const rapidjson::Value& v, HtmlMetadata& m) {
  if (!is_article_type(v)) return;
  if (m.date.empty()) m.date = normalize_date(json_string(v, "datePublished"));
  if (m.title.empty()) m.title = json_string(v, "headline");
  if (m.author.empty()) m.author = json_string(v, "author");
  if (m.site.empty()) m.site = json_string(v, "publisher");
  if (m.url.empty()) m.url = json_string(v, "url");
}

void from_json_ld(const std::string& json, HtmlMetadata& m) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(json.c_str(), json.size());  // no recursion on deep nesting
  if (d.HasParseError()) return;
  const auto visit_list = [&](const rapidjson::Value& list) {
    for (const auto& item : list.GetArray()) from_json_ld_object(item, m);
  };
  if (d.IsArray()) {
    visit_list(d);
  } else if (d.IsObject()) {
    from_json_ld_object(d, m);
    if (const auto g = d.FindMember("@graph"); g != d.MemberEnd() && g->value.IsArray()) visit_list(g->value);
  }
}

struct Found {
  std::string og_title, title, published, time_datetime, canonical, og_url, author, site;
  std::vector<std::string> json_ld;
};

void visit(const xmlNode* n, Found& f, int depth) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (has_name(n, "meta")) {
      const std::string key = to_lower_ascii(attribute(n, "property") + attribute(n, "name") + attribute(n, "itemprop"));
      const std::string content = std::string(trim(attribute(n, "content")));
      if (key == "og:title" && f.og_title.empty()) f.og_title = content;
      else if ((key == "article:published_time" || key == "datepublished") && f.published.empty()) f.published = content;
      else if (key == "og:url" && f.og_url.empty()) f.og_url = content;
      else if ((key == "author" || (key == "article:author" && content.find("://") == std::string::npos)) &&
               f.author.empty())
        f.author = content;
      else if (key == "og:site_name" && f.site.empty()) f.site = content;
    } else if (has_name(n, "link")) {
      if (to_lower_ascii(attribute(n, "rel")) == "canonical" && f.canonical.empty()) f.canonical = attribute(n, "href");
    } else if (has_name(n, "title")) {
      if (f.title.empty()) f.title = collapse_spaces(node_text(n));
    } else if (has_name(n, "time")) {
      if (f.time_datetime.empty()) f.time_datetime = attribute(n, "datetime");
    } else if (has_name(n, "script")) {
      if (to_lower_ascii(attribute(n, "type")) == "application/ld+json") f.json_ld.push_back(node_text(n));
      continue;
    }
    // Related-story boxes carry other stories' <time>s; metadata lives near
    // the top, so deeper nesting (hostile pages) is not searched.
    if (has_name(n, "aside") || has_name(n, "nav")) continue;
    if (n->children && depth < 200) visit(n->children, f, depth + 1);
  }
}

}  // namespace

HtmlMetadata html_metadata(xmlDoc* doc) {
  Found f;
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return {};
  visit(root, f, 0);
  HtmlMetadata m;
  m.title = !f.og_title.empty() ? f.og_title : f.title;
  m.date = normalize_date(f.published);
  if (m.date.empty()) m.date = normalize_date(f.time_datetime);
  m.url = !f.canonical.empty() ? f.canonical : f.og_url;
  m.author = f.author;
  m.site = f.site;
  for (const auto& json : f.json_ld) from_json_ld(json, m);
  // "Headline | Site" in <title>: drop the site name.
  if (f.og_title.empty() && !m.site.empty()) {
    for (const char* sep : {" | ", " - ", " :: ", " \u2013 ", " \u2014 "}) {
      const std::string suffix = sep + m.site;
      if (m.title.size() > suffix.size() && m.title.ends_with(suffix)) m.title.resize(m.title.size() - suffix.size());
    }
  }
  return m;
}

}  // namespace kg::ingest
