// HTML pages: the article text and the page's metadata.
#include "encoding.hpp"
#include "html_dom.hpp"
#include "kg/text.hpp"
#include "reader_context.hpp"

namespace kg::ingest {
namespace {

// True for a cut-off download: the page stops inside a tag or a comment, or
// it opens <html>/<body> and never closes either.
bool looks_truncated(std::string_view html) {
  const std::size_t open = html.rfind('<');
  const std::size_t close = html.rfind('>');
  if (open != std::string_view::npos && (close == std::string_view::npos || open > close)) return true;
  const std::size_t comment = html.rfind("<!--");
  if (comment != std::string_view::npos && html.find("-->", comment + 4) == std::string_view::npos) return true;
  const std::string tail = to_lower_ascii(html.substr(html.size() > 4096 ? html.size() - 4096 : 0));
  if (tail.find("</html") != std::string::npos || tail.find("</body") != std::string::npos) return false;
  const std::string head = to_lower_ascii(html.substr(0, 4096));
  return head.find("<html") != std::string::npos || head.find("<body") != std::string::npos;
}

}  // namespace

void read_html_content(std::string content, ReadContext& ctx) {
  if (content.size() > ctx.options.max_document_bytes) {
    ctx.fail("too large (" + std::to_string(content.size()) + " bytes; the limit is " +
             std::to_string(ctx.options.max_document_bytes) + ")");
    return;
  }
  if (auto problem = to_utf8(content, declared_html_charset(content))) {
    ctx.fail(*problem);
    return;
  }
  const HtmlDoc doc = parse_html(content);
  std::string container;
  std::string text = doc ? article_text(doc.get(), true, &container) : "";
  const bool too_deep = element_depth(doc.get()) >= kHtmlMaxDepth;
  const std::string depth_note = "the page nests elements more than " + std::to_string(kHtmlMaxDepth) +
                                 " levels deep, where the HTML parser stops reading";
  if (text.empty()) {
    ctx.fail(too_deep ? "empty article: " + depth_note : "empty article (no text found in the page)");
    return;
  }
  if (too_deep) ctx.report.warn(ctx.where, depth_note + "; the text above that depth was read");
  if (looks_truncated(content))
    ctx.fail("truncated HTML (the file ends before </body> or </html>, or inside a tag); the text before the cut was read");
  const HtmlMetadata meta = html_metadata(doc.get());
  Document d;
  d.info.id = ctx.id;
  d.info.title = meta.title;
  d.info.date = meta.date;
  d.info.url = meta.url;
  d.info.author = meta.author;
  d.info.site = meta.site;
  d.text = std::move(text);
  ctx.deliver(std::move(d));
}

}  // namespace kg::ingest
