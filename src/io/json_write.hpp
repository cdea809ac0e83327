// Small helpers for writing kg's JSON with RapidJSON writers: key/value
// strings and the sentence location every evidence object carries. Private
// to the library and the CLI (RapidJSON stays out of include/kg).
#pragma once

#include <rapidjson/rapidjson.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "kg/fact.hpp"
#include "kg/text.hpp"

namespace kg::io {

// A string value, always valid UTF-8: the readers refuse malformed bytes, so
// the writer never emits them (a malformed byte becomes U+FFFD).
template <typename Writer>
void put_string(Writer& w, std::string_view value) {
  if (is_valid_utf8(value)) {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  } else {
    const std::string repaired = repair_utf8(value);
    w.String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()));
  }
}

template <typename Writer>
void put(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  put_string(w, value);
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
