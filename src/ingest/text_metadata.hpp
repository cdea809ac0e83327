// Metadata recognised in plain-text articles: a headline, a byline and a
// dateline ("SEOUL, April 9 (UPI) --"). The text itself is never changed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kg/document.hpp"

namespace kg::ingest {

struct Dateline {
  std::string place;   // "SEOUL", "VLADIVOSTOK, Russia"; may be empty
  int month = 0;       // 0 when the dateline has no date
  int day = 0;
  int year = 0;        // 0 when not given
  std::string agency;  // "UPI"; may be empty
};

// Parses a paragraph that starts with a dateline; nullopt when it does not.
std::optional<Dateline> parse_dateline(std::string_view paragraph);

// Fills info.title, author, site and date from the first paragraphs of text.
void recognise_text_metadata(std::string_view text, DocumentInfo& info);

}  // namespace kg::ingest
