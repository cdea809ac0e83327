// Dates from feeds, pages and datelines to ISO 8601.
#include "date_parse.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "kg/read.hpp"
#include "kg/text.hpp"

namespace kg::ingest {
namespace {

constexpr std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};

// A token of a date string: a run of letters, a run of digits, or one other char.
struct Tok {
  std::string_view text;
  bool digits = false;
  bool alpha = false;
};

std::vector<Tok> tokenize(std::string_view s) {
  std::vector<Tok> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t j = i + 1;
    if (std::isdigit(c)) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({s.substr(i, j - i), true, false});
    } else if (std::isalpha(c)) {
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({s.substr(i, j - i), false, true});
    } else if (!std::isspace(c)) {
      out.push_back({s.substr(i, 1), false, false});
    }
    i = j;
  }
  return out;
}

int to_int(std::string_view d) {
  int v = 0;
  for (char c : d.substr(0, 6)) v = v * 10 + (c - '0');
  return v;
}

// "+HH:MM" for a zone name or numeric offset; "Z" for UTC; "" when unknown.
std::string zone_offset(std::string_view z) {
  const std::string u = to_lower_ascii(z);
  if (u == "z" || u == "gmt" || u == "ut" || u == "utc") return "Z";
  struct Named {
    const char* name;
    const char* offset;
  };
  static constexpr Named kZones[] = {{"est", "-05:00"}, {"edt", "-04:00"}, {"cst", "-06:00"}, {"cdt", "-05:00"},
                                     {"mst", "-07:00"}, {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"}};
  for (const auto& n : kZones)
    if (u == n.name) return n.offset;
  return "";
}

std::string with_time(const std::string& date, int h, int m, int s, const std::string& zone) {
  if (h > 23 || m > 59 || s > 60) return date;
  char buf[48];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, m, s);
  return date + buf + zone;
}

// ISO 8601: 2018-07-25, 2018-07-25T19:42:00Z, 2018-12-11T18:15:00-08:00, with a space for T.
std::string parse_iso(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return "";
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[static_cast<std::size_t>(i)]))) return "";
  const int y = to_int(s.substr(0, 4)), mo = to_int(s.substr(5, 2)), d = to_int(s.substr(8, 2));
  if (!valid_date(y, mo, d)) return "";
  const std::string date = iso_date(y, mo, d);
  std::string_view rest = s.substr(10);
  if (rest.empty() || (rest[0] != 'T' && rest[0] != ' ') || rest.size() < 6 || rest[3] != ':') return date;
  const auto digits2 = [](std::string_view t) {
    return t.size() >= 2 && std::isdigit(static_cast<unsigned char>(t[0])) && std::isdigit(static_cast<unsigned char>(t[1]));
  };
  if (!digits2(rest.substr(1)) || !digits2(rest.substr(4))) return date;
  const int h = to_int(rest.substr(1, 2)), mi = to_int(rest.substr(4, 2));
  int sec = 0;
  rest = rest.substr(6);
  if (rest.size() >= 3 && rest[0] == ':' && digits2(rest.substr(1))) {
    sec = to_int(rest.substr(1, 2));
    rest = rest.substr(3);
  }
  if (!rest.empty() && rest[0] == '.') {
    rest = rest.substr(1);
    while (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) rest = rest.substr(1);
  }
  std::string zone;
  if (!rest.empty() && (rest[0] == 'Z' || rest[0] == 'z')) {
    zone = "Z";
  } else if (rest.size() >= 3 && (rest[0] == '+' || rest[0] == '-') && digits2(rest.substr(1))) {
    std::string_view mm = rest.size() >= 6 && rest[3] == ':' ? rest.substr(4, 2) : rest.substr(3, 2);
    if (!digits2(mm)) mm = "00";
    zone = std::string(1, rest[0]) + std::string(rest.substr(1, 2)) + ":" + std::string(mm);
    if (zone == "+00:00") zone = "Z";
  }
  return with_time(date, h, mi, sec, zone);
}

// RFC 822 ("Tue, 12 Jun 2018 09:30:00 +0800") and prose ("July 25, 2018",
// "25 July 2018", "Tuesday, December 11, 2018").
std::string parse_words(std::string_view s) {
  const auto toks = tokenize(s);
  int day = 0, month = 0, year = 0;
  std::size_t i = 0;
  for (; i < toks.size() && !(day && month && year); ++i) {
    const Tok& t = toks[i];
    if (t.alpha && !month) {
      if (const int m = month_from_name(t.text)) month = m;
    } else if (t.digits) {
      const int v = to_int(t.text);
      if (t.text.size() == 4 && !year && (day || month)) year = v;
      else if (t.text.size() <= 2 && !day && v >= 1 && v <= 31) day = v;
      else if (t.text.size() == 2 && day && month && !year) year = v < 50 ? 2000 + v : 1900 + v;
      else return "";
    }
  }
  if (!valid_date(year, month, day)) return "";
  const std::string date = iso_date(year, month, day);
  // An optional time "HH:MM[:SS]" and zone follow.
  if (i + 2 < toks.size() && toks[i].digits && toks[i + 1].text == ":" && toks[i + 2].digits) {
    const int h = to_int(toks[i].text), m = to_int(toks[i + 2].text);
    std::size_t j = i + 3;
    int sec = 0;
    if (j + 1 < toks.size() && toks[j].text == ":" && toks[j + 1].digits) {
      sec = to_int(toks[j + 1].text);
      j += 2;
    }
    std::string zone;
    if (j < toks.size() && toks[j].alpha) {
      zone = zone_offset(toks[j].text);
      if (zone.empty()) return date;  // "6:15 PM PST": a clock time, not a timestamp we can place
    } else if (j + 1 < toks.size() && (toks[j].text == "+" || toks[j].text == "-") && toks[j + 1].digits &&
               toks[j + 1].text.size() == 4) {
      zone = std::string(toks[j].text) + std::string(toks[j + 1].text.substr(0, 2)) + ":" +
             std::string(toks[j + 1].text.substr(2, 2));
      if (zone == "+00:00" || zone == "-00:00") zone = "Z";
    }
    return with_time(date, h, m, sec, zone);
  }
  return date;
}

}  // namespace

int month_from_name(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  const std::string w = to_lower_ascii(word);
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view full = kMonths[m];
    if (w == full || w == full.substr(0, 3) || (m == 8 && w == "sept")) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool valid_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string iso_date(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace kg::ingest

namespace kg {

std::string normalize_date(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 100) return "";
  if (std::string iso = ingest::parse_iso(s); !iso.empty()) return iso;
  return ingest::parse_words(s);
}

}  // namespace kg
