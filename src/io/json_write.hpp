// Small helpers for writing kg's JSON with RapidJSON writers: key/value
// strings and the sentence location every evidence object carries. Private
// to the library and the CLI (RapidJSON stays out of include/kg).
#pragma once

#include <rapidjson/rapidjson.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "kg/fact.hpp"

namespace kg::io {

template <typename Writer>
void value(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void put(Writer& w, const char* key, std::string_view s) {
  w.Key(key);
  value(w, s);
}

// A stored float as the shortest decimal that reads back as the same float:
// the confidence 0.85 prints as 0.85, not 0.8500000238418579. Not finite: null.
template <typename Writer>
void number(Writer& w, float x) {
  if (!std::isfinite(x)) {
    w.Null();
    return;
  }
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, x);
  w.RawValue(buf, static_cast<std::size_t>(res.ptr - buf), rapidjson::kNumberType);
}

// A computed score (PageRank, F1, a sum of confidences) to `digits` significant digits.
template <typename Writer>
void number(Writer& w, double x, int digits = 6) {
  if (!std::isfinite(x)) {
    w.Null();
    return;
  }
  char buf[40];
  const int n = std::snprintf(buf, sizeof buf, "%.*g", digits, x);
  w.RawValue(buf, static_cast<std::size_t>(n), rapidjson::kNumberType);
}

template <typename Writer>
void put_number(Writer& w, const char* key, float x) {
  w.Key(key);
  number(w, x);
}

template <typename Writer>
void put_number(Writer& w, const char* key, double x, int digits = 6) {
  w.Key(key);
  number(w, x, digits);
}

template <typename Writer>
void put_if(Writer& w, const char* key, std::string_view value) {
  if (!value.empty()) put(w, key, value);
}

// "sentence", "start", "end", "text": where an evidence sentence is.
template <typename Writer>
void put_sentence(Writer& w, std::uint32_t sentence, const Span& span, std::string_view text) {
  w.Key("sentence");
  w.Uint(sentence);
  w.Key("start");
  w.Uint(span.begin);
  w.Key("end");
  w.Uint(span.end);
  put(w, "text", text);
}

}  // namespace kg::io
