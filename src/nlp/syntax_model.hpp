// What SyntaxModel holds: the three trained models, loaded together.
#pragma once

#include <vector>

#include "kg/syntax.hpp"
#include "lemmatizer.hpp"
#include "parser.hpp"
#include "tagger.hpp"

namespace kg {

struct SyntaxModel::Impl {
  nlp::Tagger tagger;
  nlp::Lemmatizer lemmatizer;
  nlp::Parser parser;
};

namespace nlp {
// The hash of a joint tag as the parser reads it.
std::uint64_t parser_tag(std::string_view upos, std::string_view xpos);
// File names under the models folder.
inline constexpr const char* kTaggerFile = "tagger.kgm";
inline constexpr const char* kLemmasFile = "lemmas.kgm";
inline constexpr const char* kParserFile = "parser.kgm";
}  // namespace nlp

}  // namespace kg
