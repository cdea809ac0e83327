// The committed syntax models on news constructions the extraction rules
// lean on (sentences written for these tests): tags, lemmas, heads, labels.
#include <gtest/gtest.h>

#include "kg/extract.hpp"
#include "kg/segment.hpp"
#include "kg/syntax.hpp"
#include "nlp/syntax_model.hpp"

#include <algorithm>

namespace {

const kg::SyntaxModel& model() {
  static const kg::SyntaxModel m = kg::SyntaxModel::load(kg::models_dir(kg::default_data_dir()));
  return m;
}

struct Parsed {
  std::string text;
  kg::SyntaxSentence tokens;

  explicit Parsed(std::string t, bool parse = true) : text(std::move(t)) {
    const kg::Segmentation seg = kg::segment(text, {});
    tokens = kg::ud_tokens(text, seg.tokens);
    model().tag(tokens);
    if (parse) model().parse(tokens);
  }
  int at(std::string_view form) const {
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].form == form) return static_cast<int>(i);
    ADD_FAILURE() << "no token " << form << " in " << text;
    return 0;
  }
  const kg::SyntaxToken& operator[](std::string_view form) const { return tokens[static_cast<std::size_t>(at(form))]; }
  // The universal part of the label: "obl" for "obl:agent".
  std::string_view rel(std::string_view form) const {
    const auto l = (*this)[form].deprel;
    return l.substr(0, l.find(':'));
  }
  bool headed_by(std::string_view dep, std::string_view head) const { return (*this)[dep].head == at(head); }
  // dep lies in head's subtree.
  bool under(std::string_view dep, std::string_view head) const {
    int i = at(dep);
    for (std::size_t steps = 0; i >= 0 && steps <= tokens.size(); ++steps) {
      if (i == at(head)) return true;
      i = tokens[static_cast<std::size_t>(i)].head;
    }
    return false;
  }
};

}  // namespace

// A rule file names a verb once ("~hold talks"); its forms come from the lemmatiser.
TEST(Syntax, VerbFormsRegularAndIrregular) {
  const auto& lem = model().impl().lemmatizer;
  const auto has = [](const std::vector<std::string>& v, const char* w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  const auto hold = lem.verb_forms("hold");
  for (const char* f : {"hold", "holds", "held", "holding"}) EXPECT_TRUE(has(hold, f)) << f;
  const auto impose = lem.verb_forms("impose");
  for (const char* f : {"impose", "imposes", "imposed", "imposing"}) EXPECT_TRUE(has(impose, f)) << f;
  const auto slap = lem.verb_forms("slap");
  for (const char* f : {"slaps", "slapped", "slapping"}) EXPECT_TRUE(has(slap, f)) << f;
  const auto seek = lem.verb_forms("seek");
  for (const char* f : {"seeks", "sought", "seeking"}) EXPECT_TRUE(has(seek, f)) << f;
}

// A rule seen only on one whole word ("Nov" -> "November") is that word's:
// a longer name ending so keeps its form.
TEST(Syntax, WholeWordRuleStaysWithItsWord) {
  const auto& lem = model().impl().lemmatizer;
  EXPECT_EQ(lem.lemma("Nov", "NNP"), "November");
  EXPECT_EQ(lem.lemma("Rostanov", "NNP"), "Rostanov");
  EXPECT_EQ(lem.lemma("Jan", "NNP"), "January");
  EXPECT_EQ(lem.lemma("Dubjan", "NNP"), "Dubjan");
  EXPECT_EQ(lem.lemma("Voskresenov", "NNP"), "Voskresenov");
}

// A regular verb's past participle has its past tense's lemma ("had hoped",
// not "hop"), while a doubled consonant still goes ("had stopped": "stop").
TEST(Syntax, PastParticipleLemmaIsThePastTenses) {
  const auto& lem = model().impl().lemmatizer;
  EXPECT_EQ(lem.lemma("hoped", "VBN"), "hope");
  EXPECT_EQ(lem.lemma("hoped", "VBD"), "hope");
  EXPECT_EQ(lem.lemma("stopped", "VBN"), "stop");
  EXPECT_EQ(lem.lemma("imposed", "VBN"), "impose");
  // (The table's doubled consonant the rules cannot tell from "buzzed": "quizzed" is "quiz".)
  EXPECT_EQ(lem.lemma("quizzed", "VBN"), "quiz");
  EXPECT_EQ(lem.lemma("quizzed", "VBD"), "quiz");
}

TEST(Syntax, PassiveWithAgent) {
  const Parsed p("Belarus was sanctioned by the European Union in June.");
  EXPECT_EQ(p["sanctioned"].upos, "VERB");
  EXPECT_EQ(p["sanctioned"].lemma, "sanction");
  EXPECT_TRUE(p.headed_by("Belarus", "sanctioned"));
  EXPECT_EQ(p["Belarus"].deprel, "nsubj:pass");
  EXPECT_TRUE(p.headed_by("Union", "sanctioned"));
  EXPECT_EQ(p.rel("Union"), "obl");
  EXPECT_TRUE(p.headed_by("by", "Union"));
  EXPECT_EQ(p["by"].deprel, "case");
}

TEST(Syntax, ReportedSpeechWithModal) {
  const Parsed p("The envoy said Pyongyang must answer before the summit.");
  EXPECT_EQ(p["said"].head, -1);
  EXPECT_EQ(p["said"].lemma, "say");
  EXPECT_TRUE(p.headed_by("answer", "said"));
  EXPECT_EQ(p.rel("answer"), "ccomp");
  EXPECT_TRUE(p.headed_by("Pyongyang", "answer"));
  EXPECT_EQ(p.rel("Pyongyang"), "nsubj");
  EXPECT_TRUE(p.headed_by("must", "answer"));
  EXPECT_EQ(p["must"].xpos, "MD");
}

TEST(Syntax, AppositionAfterAName) {
  const Parsed p("Maria Lopez, the Spanish foreign minister, visited Ankara on Monday.");
  EXPECT_EQ(p.rel("minister"), "appos");
  EXPECT_TRUE(p.under("minister", "Maria"));
  EXPECT_TRUE(p.headed_by("Maria", "visited"));
  EXPECT_EQ(p.rel("Maria"), "nsubj");
  EXPECT_TRUE(p.headed_by("Ankara", "visited"));
  EXPECT_EQ(p.rel("Ankara"), "obj");
}

TEST(Syntax, CoordinationInterruptedByAnAside) {
  const Parsed p("The envoy met Kim and, a day later, Putin.");
  EXPECT_TRUE(p.headed_by("Kim", "met"));
  EXPECT_TRUE(p.headed_by("Putin", "Kim"));
  EXPECT_EQ(p.rel("Putin"), "conj");
}

TEST(Syntax, RelativeClauseOnTheSubject) {
  const Parsed p("The banker, who runs the central bank, resigned on Tuesday.");
  EXPECT_TRUE(p.headed_by("banker", "resigned"));
  EXPECT_EQ(p.rel("banker"), "nsubj");
  EXPECT_TRUE(p.headed_by("runs", "banker"));
  EXPECT_EQ(p.rel("runs"), "acl");
  EXPECT_TRUE(p.headed_by("who", "runs"));
}

TEST(Syntax, TitleChainIsOneSubject) {
  const Parsed p("Foreign Minister Anna Berg said talks would continue.");
  EXPECT_EQ(p["said"].head, -1);
  // The title and the name form one subtree, which is the subject of "said".
  int head = -1;
  for (const char* w : {"Foreign", "Minister", "Anna", "Berg"})
    if (p[w].head == p.at("said")) head = p.at(w);
  ASSERT_GE(head, 0);
  EXPECT_EQ(p.tokens[static_cast<std::size_t>(head)].deprel, "nsubj");
  for (const char* w : {"Foreign", "Minister", "Anna", "Berg"}) {
    int i = p.at(w);
    while (i >= 0 && i != head) i = p.tokens[static_cast<std::size_t>(i)].head;
    EXPECT_EQ(i, head) << w << " is outside the subject";
  }
}

TEST(Syntax, NounNotVerb) {
  const Parsed p("The harshest sanctions Washington has imposed target the oil sector.");
  EXPECT_EQ(p["sanctions"].upos, "NOUN");
  EXPECT_EQ(p["sanctions"].lemma, "sanction");
  EXPECT_EQ(p["imposed"].upos, "VERB");
  EXPECT_TRUE(p.headed_by("Washington", "imposed"));
  EXPECT_EQ(p.rel("Washington"), "nsubj");
}

// A sentence of prose has a verb: one the tagger read as an adjective
// ("under X imposed sanctions") or a caption's present tense read as a
// plural noun is made one.
TEST(Syntax, ProseSentenceGetsAVerb) {
  const Parsed imposed("Portugal under Tom Keller imposed sanctions in 2024 on dozens of violent settlers.");
  EXPECT_EQ(imposed["imposed"].upos, "VERB");
  const Parsed caption("Omar Haddad, the finance minister, arrives for a cabinet meeting in Lisbon.");
  EXPECT_EQ(caption["arrives"].upos, "VERB");
  // A fragment that is far from any verb keeps its tags.
  const Parsed fragment("Photo: Oil tankers at the Jose terminal in Venezuela's Anzoategui state.");
  for (const auto& t : fragment.tokens) EXPECT_NE(t.upos, "VERB") << t.form;
}

TEST(Syntax, TaggingAloneLeavesNoTree) {
  const Parsed p("Talks resumed.", false);
  EXPECT_EQ(p["Talks"].upos, "NOUN");
  EXPECT_EQ(p["resumed"].lemma, "resume");
  for (const auto& t : p.tokens) {
    EXPECT_EQ(t.head, -1);
    EXPECT_TRUE(t.deprel.empty());
  }
}
