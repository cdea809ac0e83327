// Tests for loading rule files: user rules work, bad lines name file:line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/extract.hpp"

namespace kg {
namespace {

// A rule file of this test process's own (ctest runs from other checkouts
// may write the same names at the same time), removed when it goes out of
// scope so that runs leave nothing behind in the temporary directory.
class TempRuleFile {
 public:
  TempRuleFile(const std::string& name, const std::string& content)
      : path_((std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "_" + name)).string()) {
    std::ofstream(path_) << content;
  }
  ~TempRuleFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempRuleFile(const TempRuleFile&) = delete;
  TempRuleFile& operator=(const TempRuleFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(Rules, BadLinesNameFileAndLine) {
  const struct {
    std::string content;
    std::string message;
  } cases[] = {
      {"# comment\n\nx\tworksFor\tverb\twork\t_\t0.5\n", ":3: unknown relation 'worksFor'"},
      {"x\tmet_with\tsideways\tmeet\t_\t0.5\n", ":1: unknown frame 'sideways'"},
      {"x\tmet_with\tverb\tmeet\t_\t1.5\n", ":1: confidence must be a number in [0, 1], not '1.5'"},
      {"x\tmet_with\tverb\tmeet\n", ":1: expected id<TAB>relation"},
      {"x\tmet_with\tverb\tmeet\t_\t0.5\tmaybe\n", ":1: unknown modality 'maybe'"},
      {"a\tmet_with\tverb\tmeet\t_\t0.5\na\tmet_with\tverb\tmeet\t_\t0.5\n", ":2: duplicate rule id 'a'"},
      {"t\tmet_with\ttree\tmeet/VERB\tnsubj\n", ":1: a tree rule is id<TAB>relation<TAB>tree"},
      {"t\tmet_with\ttree\tmeet/VERB\tnsubj\tObj\t0.5\n", ":1: 'Obj': a step is [^]LABEL"},
      // Not a UD relation: a lemma list cut at '|' instead of ','.
      {"t\tmet_with\ttree\tattend/VERB\tnsubj\t^acl=meeting|talk>obj\t0.5\n", ":1: 'talk': a step is [^]LABEL"},
      // Lemmas after the prepositions: they would be read as a preposition "for=government".
      {"t\trole\ttree\t@title\t^appos\tnmod@for=government>compound\t0.5\n", ":1: 'nmod@for=government': a step is"},
      {"t\tmet_with\ttree\tmeet/VERB\tnsubj\tccomp[aux=must>nsubj\t0.5\n", ":1: 'ccomp[aux=must': a step is"},
      {"t\tmet_with\ttree\tmeet/VERB+obj=\tnsubj\tobj\t0.5\n", ":1: 'obj=': no lemma after '='"},
      {"t\tmet_with\ttree\tmeet\tnsubj\tobj\t0.5\nt\tmet_with\ttree\tmeet\tnsubj\tobj\t0.5\n",
       ":2: duplicate rule id 't'"},
      {"t\tmet_with\ttree\t@title\t^appos\tnmod:poss\t0.5\n", ":1: rule 't': the relation 'role' goes with"},
      {"t\trole\ttree\tchairman/NOUN\t^appos\tnmod:poss\t0.5\n", ":1: rule 't': the relation 'role' goes with"},
      {"t\tmet_with\ttree\tmeet/VERB+advcl[mark=]\tnsubj\tobj\t0.5\n", ":1: 'mark=': no lemma after '='"},
      {"t\ttestified_at\ttree\ttestify\tnsubj\tobl>@hearing\t0.5\n", ":1: 'obl>@hearing': @hearing and @last are whole paths"},
      {"t\tsanctions\ttree\tlist\tnsubj\t@last|obj\t0.5\n",
       ":1: rule 't': @last is the whole subject or the whole object, not both"},
      {"t\tsanctions\ttree\tlist\t@last\t@last\t0.5\n",
       ":1: rule 't': @last is the whole subject or the whole object, not both"},
      {"t\tsanctions\ttree\tlist\t@last|nsubj\t^obl\t0.5\n",
       ":1: rule 't': @last is the whole subject or the whole object, not both"},
      {"t\tmet_with\ttree\tmeet\tnsubj\tobj#robot\t0.5\n", ":1: 'obj#robot': no entity type 'robot'"},
      // A condition's lemmas written as a step's, with ','.
      {"t\tsanctions\ttree\tinclude/VERB+nsubj=that[acl=name,list]\t@last\tobj\t0.5\n",
       ":1: 'acl=name,list': a condition's lemmas are separated by '|'"},
  };
  for (const auto& c : cases) {
    const TempRuleFile file("kg_rules_test.tsv", c.content);
    const std::string& path = file.path();
    try {
      Extractor::load(default_data_dir(), {path});
      ADD_FAILURE() << "no error for: " << c.content;
    } catch (const Error& e) {
      const std::string what = e.what();
      EXPECT_EQ(what.rfind(path, 0), 0u) << what;
      EXPECT_NE(what.find(c.message), std::string::npos) << what << " (wanted " << c.message << ")";
    }
  }
}

TEST(Rules, UserRuleFileAddsRelations) {
  const TempRuleFile file("kg_rules_visit.tsv", "visit.verb\tvisited\tverb\ttoured\t_\t0.7\n");
  const Extractor e = Extractor::load(default_data_dir(), {file.path()});
  Document d;
  d.info.id = "t";
  d.text = "Polish diplomat Jan Nowak toured Hungary last week.";
  const DocumentFacts f = e.extract(d);
  bool found = false;
  for (const auto& x : f.facts)
    found = found || (x.relation == RelationType::Visited && f.entities[x.subject].name == "Jan Nowak" &&
                      f.entities[x.object].name == "Hungary" && x.evidence.rule == "visit.verb");
  EXPECT_TRUE(found);
}

// "~tour" in a word-window cue: every form of the verb, from the lemmatiser.
TEST(Rules, VerbCueCoversEveryForm) {
  const TempRuleFile file("kg_rules_tour.tsv", "visit.tour\tvisited\tverb\t~tour\t_\t0.7\n");
  const Extractor e = Extractor::load(default_data_dir(), {file.path()});
  for (const char* verb : {"toured", "tours", "is touring", "will tour"}) {
    Document d;
    d.info.id = "t";
    d.text = std::string("Polish diplomat Jan Nowak ") + verb + " Hungary this week.";
    const DocumentFacts f = e.extract(d);
    bool found = false;
    for (const auto& x : f.facts)
      found = found || (x.relation == RelationType::Visited && f.entities[x.object].name == "Hungary" &&
                        x.evidence.rule == "visit.tour");
    EXPECT_TRUE(found) << verb;
  }
}

// A tree rule from --rules: one line for every inflection of the trigger.
TEST(Rules, UserTreeRuleFileAddsRelations) {
  const TempRuleFile file("kg_rules_tree.tsv", "visit.tree\tvisited\ttree\ttour/VERB\tnsubj\tobj\t0.7\n");
  const Extractor e = Extractor::load(default_data_dir(), {file.path()});
  for (const char* text : {"Polish diplomat Jan Nowak toured Hungary last week.",
                           "Polish diplomat Jan Nowak is touring Hungary this week."}) {
    Document d;
    d.info.id = "t";
    d.text = text;
    const DocumentFacts f = e.extract(d);
    bool found = false;
    for (const auto& x : f.facts)
      found = found || (x.relation == RelationType::Visited && f.entities[x.subject].name == "Jan Nowak" &&
                        f.entities[x.object].name == "Hungary" && x.evidence.rule == "tree.visit.tree");
    EXPECT_TRUE(found) << text;
  }
}

TEST(Rules, MinConfidenceDropsWeakFacts) {
  const Extractor e = Extractor::load(default_data_dir());
  Document d;
  d.info.id = "t";
  d.text = "Nigeria urged Ghana to reopen the border.";
  EXPECT_FALSE(e.extract(d).facts.empty());
  EXPECT_TRUE(e.extract(d, ExtractOptions{0.99f}).facts.empty());
}

}  // namespace
}  // namespace kg
