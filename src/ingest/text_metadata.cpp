// Headline, byline and dateline recognition for plain-text articles.
#include "text_metadata.hpp"

#include <cctype>
#include <vector>

#include "date_parse.hpp"
#include "kg/read.hpp"
#include "kg/text.hpp"

namespace kg::ingest {
namespace {

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Paragraphs are runs of non-blank lines; returns the first `limit`.
std::vector<std::string_view> leading_paragraphs(std::string_view text, std::size_t limit) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < text.size() && out.size() < limit) {
    while (pos < text.size() && (text[pos] == '\n' || text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos >= text.size()) break;
    std::size_t end = text.find("\n\n", pos);
    if (end == std::string_view::npos) end = text.size();
    out.push_back(trim(text.substr(pos, end - pos)));
    pos = end;
  }
  return out;
}

// The all-capitals place of a dateline: "SEOUL", "NEW YORK", "VLADIVOSTOK, Russia".
std::size_t match_place(std::string_view s, std::string& place) {
  std::size_t i = 0;
  while (i < s.size() && (is_upper_ascii(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '\'' || s[i] == '-')) ++i;
  while (i > 0 && s[i - 1] == ' ') --i;
  if (i < 3 || !is_upper_ascii(s[0])) return 0;
  std::size_t letters = 0;
  for (std::size_t k = 0; k < i; ++k) letters += is_upper_ascii(s[k]);
  if (letters < 3) return 0;
  place = std::string(s.substr(0, i));
  // An optional ", Region" in ordinary capitalisation when a date follows it.
  if (s.substr(i, 2) == ", " && i + 2 < s.size() && is_upper_ascii(s[i + 2])) {
    std::size_t j = i + 2;
    while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == ' ' || s[j] == '.')) ++j;
    const std::string_view region = trim(s.substr(i + 2, j - i - 2));
    if (s.substr(j, 2) == ", " && !region.empty() && !month_from_name(region.substr(0, region.find(' ')))) {
      place += ", " + std::string(region);
      return j;
    }
  }
  return i;
}

// "April 9", "Feb. 28", "Nov 5", "July 29, 2020" at s; returns the length matched.
std::size_t match_date(std::string_view s, Dateline& d) {
  std::size_t i = 0;
  while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  const int month = month_from_name(s.substr(0, i + (i < s.size() && s[i] == '.')));
  if (!month) return 0;
  if (i < s.size() && s[i] == '.') ++i;
  if (i >= s.size() || s[i] != ' ') return 0;
  ++i;
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  if (j == i || j - i > 2) return 0;
  d.month = month;
  d.day = std::stoi(std::string(s.substr(i, j - i)));
  if (s.substr(j, 2) == ", " && j + 6 <= s.size() && is_digit(s[j + 2]) && is_digit(s[j + 3]) && is_digit(s[j + 4]) &&
      is_digit(s[j + 5])) {
    d.year = std::stoi(std::string(s.substr(j + 2, 4)));
    j += 6;
  }
  return j;
}

// " --", " -", " —", " –" after the dateline.
bool dash_follows(std::string_view s) {
  s = trim(s.substr(0, 8));
  return s.starts_with("--") || s.starts_with("-") || s.starts_with("\u2014") || s.starts_with("\u2013");
}

bool is_headline(std::string_view p) {
  if (p.empty() || p.size() > 200 || p.find('\n') != std::string_view::npos) return false;
  const char last = p.back();
  if (last == '.' || last == ':' || last == ',') return false;
  if (p.starts_with("By ") || p.find(" > ") != std::string_view::npos || p.find(" | ") != std::string_view::npos)
    return false;
  std::size_t words = 1;
  for (char c : p) words += c == ' ';
  return words >= 3;
}

// "By Hana Ogawa, Associated Press" -> "Hana Ogawa".
std::string byline_author(std::string_view p) {
  if (!p.starts_with("By ") || p.size() > 120 || p.find('\n') != std::string_view::npos) return "";
  std::string_view name = p.substr(3);
  if (const auto comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);
  if (const auto bar = name.find(" |"); bar != std::string_view::npos) name = name.substr(0, bar);
  name = trim(name);
  return name.empty() || !is_upper_ascii(name[0]) ? "" : std::string(name);
}

// The year of the first "Month D, YYYY" in text with the given month.
int infer_year(std::string_view text, int month) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!is_upper_ascii(text[pos]) || (pos > 0 && std::isalpha(static_cast<unsigned char>(text[pos - 1])))) continue;
    Dateline d;
    if (match_date(text.substr(pos, 24), d) && d.year && d.month == month) return d.year;
  }
  return 0;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view p) {
  Dateline d;
  std::size_t i = match_place(p, d.place);
  if (i && p.substr(i, 2) == ", ") {
    i += 2;
  } else if (i && p.substr(i, 2) == " (") {
    ++i;  // "TEHRAN (APN) --"
  } else if (i && dash_follows(p.substr(i))) {
    return d;  // "WASHINGTON --"
  } else if (i) {
    return std::nullopt;
  }
  if (i < p.size() && p[i] != '(') {
    const std::size_t n = match_date(p.substr(i), d);
    if (!n) return std::nullopt;
    i += n;
  }
  if (p.substr(i, 2) == " (") ++i;
  if (i < p.size() && p[i] == '(') {
    const std::size_t close = p.find(')', i);
    if (close == std::string_view::npos || close - i > 60) return std::nullopt;
    d.agency = std::string(trim(p.substr(i + 1, close - i - 1)));
    i = close + 1;
  }
  if (!dash_follows(p.substr(i))) return std::nullopt;
  if (d.place.empty() && !d.month) return std::nullopt;
  return d;
}

void recognise_text_metadata(std::string_view text, DocumentInfo& info) {
  const auto paragraphs = leading_paragraphs(text, 8);
  for (const auto p : paragraphs) {
    if (auto d = parse_dateline(p)) {
      if (!d->agency.empty()) info.site = d->agency;
      if (d->month) {
        const int year = d->year ? d->year : infer_year(text, d->month);
        if (year && valid_date(year, d->month, d->day)) info.date = iso_date(year, d->month, d->day);
      }
      break;
    }
    if (info.author.empty()) info.author = byline_author(p.substr(0, p.find('\n')));
    std::string_view line = p;
    if (line.starts_with("# ")) line = trim(line.substr(2));  // a Markdown heading
    if (info.title.empty() && info.author.empty() && is_headline(line)) info.title = std::string(line);
  }
}

}  // namespace kg::ingest
