// Small helpers for writing kg's JSON with RapidJSON writers: key/value
// strings and the sentence location every evidence object carries. Private
// to the library and the CLI (RapidJSON stays out of include/kg).
#pragma once

#include <rapidjson/rapidjson.h>

#include <cstdint>
#include <string_view>

#include "kg/fact.hpp"

namespace kg::io {

template <typename Writer>
void put(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
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
