#include "syntax_model.hpp"

#include <filesystem>

#include "hash.hpp"
#include "model_io.hpp"

namespace kg {

namespace nlp {
std::uint64_t parser_tag(std::string_view upos, std::string_view xpos) {
  return mix(hash_bytes(upos), hash_bytes(xpos));
}
}  // namespace nlp

SyntaxModel::SyntaxModel() : impl_(std::make_unique<Impl>()) {}
SyntaxModel::SyntaxModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SyntaxModel::~SyntaxModel() = default;
SyntaxModel::SyntaxModel(SyntaxModel&&) noexcept = default;
SyntaxModel& SyntaxModel::operator=(SyntaxModel&&) noexcept = default;

std::string models_dir(const std::string& data_dir) { return (std::filesystem::path(data_dir) / "models").string(); }

SyntaxModel SyntaxModel::load(const std::string& dir) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  {
    nlp::ModelReader in((fs::path(dir) / nlp::kTaggerFile).string(), "tagger");
    impl->tagger = nlp::Tagger::read(in);
    in.finish();
  }
  {
    nlp::ModelReader in((fs::path(dir) / nlp::kLemmasFile).string(), "lemmatizer");
    impl->lemmatizer = nlp::Lemmatizer::read(in);
    in.finish();
  }
  {
    nlp::ModelReader in((fs::path(dir) / nlp::kParserFile).string(), "parser");
    impl->parser = nlp::Parser::read(in);
    in.finish();
  }
  return SyntaxModel(std::move(impl));
}

void SyntaxModel::tag(SyntaxSentence& sentence) const {
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<std::uint16_t> tags;
  forms.clear();
  for (const auto& t : sentence) forms.push_back(t.form);
  impl_->tagger.tag_fast(forms, tags);
  impl_->tagger.ensure_verb(forms, tags);
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    sentence[i].upos = impl_->tagger.upos(tags[i]);
    sentence[i].xpos = impl_->tagger.xpos(tags[i]);
    sentence[i].lemma = impl_->lemmatizer.lemma_cached(sentence[i].form, sentence[i].xpos);
  }
}

void SyntaxModel::parse(SyntaxSentence& sentence) const {
  std::vector<nlp::ParserWord> words;
  words.reserve(sentence.size());
  for (const auto& t : sentence)
    words.push_back(nlp::parser_word(t.form, nlp::parser_tag(t.upos, t.xpos)));
  std::vector<int> heads;
  std::vector<std::uint16_t> labels;
  impl_->parser.parse(words, heads, labels);
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    sentence[i].head = heads[i];
    sentence[i].deprel = impl_->parser.label(labels[i]);
  }
}

}  // namespace kg
