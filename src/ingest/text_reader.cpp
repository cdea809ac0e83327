// Plain-text articles: the file's text as is (CRLF -> LF, BOM dropped), with
// headline, byline and dateline recognised as metadata.
#include "encoding.hpp"
#include "reader_context.hpp"
#include "text_metadata.hpp"

namespace kg::ingest {

void read_text_content(std::string content, ReadContext& ctx) {
  if (content.size() > ctx.options.max_document_bytes) {
    ctx.fail("too large (" + std::to_string(content.size()) + " bytes; the limit is " +
             std::to_string(ctx.options.max_document_bytes) + ")");
    return;
  }
  if (auto problem = to_utf8(content, "")) {
    ctx.fail(*problem);
    return;
  }
  normalize_newlines(content);
  if (content.find_first_not_of(" \t\n\f\v") == std::string::npos) {
    ctx.fail("empty article (no text)");
    return;
  }
  Document doc;
  doc.info.id = ctx.id;
  recognise_text_metadata(content, doc.info);
  doc.text = std::move(content);
  ctx.deliver(std::move(doc));
}

}  // namespace kg::ingest
