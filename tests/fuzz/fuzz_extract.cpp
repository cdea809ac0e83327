// libFuzzer target: a whole document through reading (as text) and
// extraction with the real lexicon and rules: spans inside the text, evidence
// is the text at its span, entities valid UTF-8, and the graph built from the
// facts saves to a fixed point.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"
#include "fuzz_data_dir.hpp"
#include "kg/builder.hpp"
#include "kg/extract.hpp"
#include "kg/read.hpp"

namespace {

const kg::Extractor& extractor() {
  static const kg::Extractor x = kg::Extractor::load(kg::fuzz::data_dir());
  return x;
}

void check_span(const kg::Span& s, const std::string& text, const char* what) {
  if (s.begin > s.end || s.end > text.size()) kg::fuzz::broken(what, std::to_string(s.begin) + ".." + std::to_string(s.end));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using kg::fuzz::broken;
  kg::Diagnostics diags;
  const auto docs = kg::read_text(std::string_view(reinterpret_cast<const char*>(data), size), "input.txt", diags);
  kg::fuzz::check_diagnostics(diags);
  kg::KnowledgeGraph g;
  for (const auto& doc : docs) {
    kg::fuzz::check_document(doc);
    const kg::DocumentFacts facts = extractor().extract(doc);
    for (const auto& e : facts.entities) {
      kg::fuzz::check_utf8(e.name, "entity name is not UTF-8");
      for (const auto& a : e.aliases) kg::fuzz::check_utf8(a, "alias is not UTF-8");
    }
    for (const auto& f : facts.facts) {
      if (f.subject >= facts.entities.size() || f.object >= facts.entities.size()) broken("fact end out of range", "");
      check_span(f.subject_span, doc.text, "subject span outside the text");
      check_span(f.object_span, doc.text, "object span outside the text");
      check_span(f.evidence.span, doc.text, "evidence span outside the text");
      if (f.evidence.text != doc.text.substr(f.evidence.span.begin, f.evidence.span.end - f.evidence.span.begin))
        broken("evidence text is not the text at its span", f.evidence.text);
      if (!(f.evidence.confidence >= 0.0f && f.evidence.confidence <= 1.0f)) broken("confidence outside 0..1", "");
    }
    kg::add_to_graph(g, facts);
  }
  kg::fuzz::check_fixed_point(g);
  return 0;
}
