#include "name_model.hpp"

#include <filesystem>

#include "hash.hpp"
#include "model_io.hpp"
#include "syntax_model.hpp"

namespace kg::nlp {

NameTagger load_name_tagger(const std::string& models_dir) {
  ModelReader in((std::filesystem::path(models_dir) / kNamesFile).string(), "names");
  NameTagger t = NameTagger::read(in);
  in.finish();
  return t;
}

namespace {

// The word's shape with letters outside ASCII taken as lower-case letters
// ("Novák" is "Xx" like "Novak"): names from other languages keep the
// shape of names.
std::uint64_t name_shape(std::string_view form) {
  std::string out;
  char last = 0;
  int run = 0;
  for (const char ch : shape(form)) {
    const char k = ch == 'u' ? 'x' : ch;
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out += k;
  }
  return hash_bytes(out);
}

}  // namespace

std::vector<NameWord> name_words(const SyntaxModel& model, const SyntaxSentence& tagged) {
  std::vector<std::string_view> forms;
  forms.reserve(tagged.size());
  for (const auto& t : tagged) forms.push_back(t.form);
  const auto infos = model.impl().tagger.words(forms);
  std::vector<NameWord> out(tagged.size());
  for (std::size_t i = 0; i < tagged.size(); ++i) {
    out[i].info = infos[i];
    out[i].info.shape = name_shape(tagged[i].form);
    out[i].upos = hash_bytes(tagged[i].upos);
    out[i].lower = !tagged[i].form.empty() && tagged[i].form[0] >= 'a' && tagged[i].form[0] <= 'z';
  }
  return out;
}

}  // namespace kg::nlp
