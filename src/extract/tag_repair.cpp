#include "tag_repair.hpp"

#include <algorithm>
#include <cctype>

#include "kg/text.hpp"
#include "nlp/word_shape.hpp"
#include "syntax_walk.hpp"
#include "title_words.hpp"

namespace kg::extract {

namespace {

// A word the tagger read as a verb or participle that is an adjective: its
// own form is its lemma.
void make_adjective(SyntaxToken& t) {
  t.upos = "ADJ";
  t.xpos = "JJ";
  t.lemma = t.form;
}

// A word of the word list `list` the tagger read as a verb that is a noun:
// plural by its "-s", its lemma without it ("bans" -> "ban", "embargoes" ->
// "embargo" where the list holds "embargo").
void make_noun(SyntaxToken& t, const Lexicon& lex, std::string_view list) {
  t.upos = "NOUN";
  t.lemma = to_lower_ascii(t.form);
  t.xpos = t.lemma.ends_with('s') ? "NNS" : "NN";
  if (t.lemma.ends_with("es") && lex.in(list, t.lemma.substr(0, t.lemma.size() - 2))) t.lemma.resize(t.lemma.size() - 2);
  else if (t.lemma.ends_with('s')) t.lemma.pop_back();
}

// Whether a form is a past tense: in -ed and five letters or more
// ("barred"), or one the lemmatiser knows as irregular (its lemma as a
// past differs: "froze": "freeze").
bool past_form(const std::string& form, const std::string& lemma) {
  const bool regular = form.size() >= 6 && form.ends_with("ed");
  const bool irregular = !form.ends_with("ed") && lemma != form;
  return regular || irregular;
}

// How many words may stand between the verb and its "that".
constexpr std::size_t kMaxAdjunct = 12;

// Whether a word outside [lo, hi) is a finite verb, not one of a relative
// clause ("bars A, the Democrat who chairs X; B; ..."), nor of one with no
// relative word, a noun's pronoun subject right before it ("freezing any
// property they hold").
bool finite_verb_outside(const SyntaxSentence& tokens, std::size_t lo, std::size_t hi) {
  const auto relative = [&](std::size_t k) {
    for (std::size_t j = k; j > 0 && k - j < 2; --j) {
      const std::string w = to_lower_ascii(tokens[j - 1].form);
      if (w == "who" || w == "which" || w == "that") return true;
    }
    return k >= 2 && tokens[k - 1].xpos == "PRP" && tokens[k - 2].upos == "NOUN";
  };
  // (Not a capitalised word inside a sentence of prose: a name's, "Human
  // Rights Watch"; a headline's verbs are capitalised. Whether the sentence
  // is prose is asked only of such a word.)
  int prose = -1;
  const auto in_name = [&](std::size_t k) {
    if (k == 0 || tokens[k].form.empty() || !std::isupper(static_cast<unsigned char>(tokens[k].form[0]))) return false;
    if (prose < 0) {
      std::vector<std::string_view> forms;
      for (const SyntaxToken& t : tokens) forms.push_back(t.form);
      prose = nlp::sentence_case(forms) == 0 ? 1 : 0;
    }
    return prose == 1;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k)
    if ((k < lo || k >= hi) && (tokens[k].upos == "AUX" || finite_or_modal_tag(tokens[k].xpos)) &&
        !relative(k) && !in_name(k))
      return true;
  return false;
}

// A participle at k before what may open its object (not "by": a passive
// participle's agent) is a past verb: the repairs below find where a
// clause's verb stands, this says whether the word there is one.
void past_verb_before_object(SyntaxSentence& tokens, std::size_t k) {
  if (k + 1 >= tokens.size()) return;
  SyntaxToken& verb = tokens[k];
  const std::string_view next = tokens[k + 1].upos;
  if (verb.xpos == "VBN" && to_lower_ascii(tokens[k + 1].form) != "by" &&
      (next == "DET" || next == "ADJ" || next == "NOUN" || next == "PROPN" || next == "NUM" || next == "PRON"))
    verb.xpos = "VBD";
}

}  // namespace

void repair_mandative_verbs(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t v = 0; v + 3 < tokens.size(); ++v) {
    if (tokens[v].upos != "VERB" || !lex.in("mandative_verbs", to_lower_ascii(tokens[v].lemma))) continue;
    // "that", past adjuncts with no verb of their own ("demanded last week in
    // the House that ...").
    std::size_t i = v + 1;
    while (i < tokens.size() && i < v + kMaxAdjunct && tokens[i].form != "that" && tokens[i].upos != "VERB" &&
           tokens[i].upos != "AUX" && tokens[i].upos != "SCONJ")
      ++i;
    if (i + 2 >= tokens.size() || tokens[i].form != "that") continue;
    std::size_t end = i + 1;
    while (end < tokens.size() && tokens[end].upos != "PUNCT" && tokens[end].upos != "SCONJ") ++end;
    // The clause's missing verb: a base-form noun after its subject, or a
    // bare adjective with an object after it ("that the government free the
    // detainees").
    const auto missing_verb = [&](std::size_t k) {
      const SyntaxToken& t = tokens[k];
      const std::string_view before = tokens[k - 1].upos;
      const bool adjective_with_object = t.upos == "ADJ" && t.xpos == "JJ" && k + 1 < end &&
                                         (tokens[k + 1].upos == "DET" || tokens[k + 1].xpos == "PRP$");
      return (adjective_with_object || (t.upos == "NOUN" && t.xpos == "NN")) && t.form == t.lemma &&
             (before == "NOUN" || before == "PROPN" || (before == "PRON" && tokens[k - 1].xpos != "PRP$"));
    };
    // None where the clause has a verb (a gerund is none: "that his
    // government stop blocking aid"). After an adjective so read, neither is
    // a participle right after a noun ("free the detainees held in X") nor a
    // bare verb after "and", its conjunct ("... and agree to").
    std::size_t k = i + 2;
    while (k < end && !missing_verb(k) && tokens[k].upos != "AUX" &&
           (tokens[k].upos != "VERB" || tokens[k].xpos == "VBG"))
      ++k;
    if (k >= end || !missing_verb(k)) continue;
    const bool adjective = tokens[k].upos == "ADJ";
    bool verb = false;
    for (std::size_t j = k + 1; j < end && !verb; ++j) {
      const bool reduced_relative = (tokens[j].xpos == "VBN" || tokens[j].xpos == "VBD") && tokens[j - 1].upos == "NOUN";
      const bool conjunct = tokens[j].xpos == "VB" && tokens[j - 1].form == "and";
      verb = tokens[j].upos == "AUX" || (tokens[j].upos == "VERB" && tokens[j].xpos != "VBG" &&
                                         !(adjective && (reduced_relative || conjunct)));
    }
    if (verb) continue;
    tokens[k].upos = "VERB";
    tokens[k].xpos = "VB";
  }
}

void repair_relative_clause_verbs(SyntaxSentence& tokens) {
  const auto capitalised = [&](std::size_t i) {
    const char c = tokens[i].form.empty() ? 'a' : tokens[i].form.front();
    return c >= 'A' && c <= 'Z';
  };
  for (std::size_t k = 1; k + 3 < tokens.size(); ++k) {
    const std::string_view rel = tokens[k].form;
    if (tokens[k - 1].upos != "NOUN") continue;
    // (With no "that": "the rocket company Musk runs,".)
    const bool zero = rel != "that" && rel != "which";
    if (zero && (tokens[k].upos != "PROPN" || capitalised(k - 1))) continue;
    // The names and their titles: capitalised words, "and" and commas.
    std::size_t j = zero ? k : k + 1;
    bool name = false, several = false;
    while (j < tokens.size() && (capitalised(j) || tokens[j].upos == "CCONJ" || tokens[j].form == ",")) {
      name = name || tokens[j].upos == "PROPN";
      several = several || !capitalised(j);
      ++j;
    }
    if (!name || j + 1 >= tokens.size()) continue;
    SyntaxToken& t = tokens[j];
    const std::string_view next = tokens[j + 1].upos;
    if (t.upos != "NOUN" || (next != "ADP" && next != "PUNCT")) continue;
    // A plural's base form, or one name's verb in -s ("the party that Sharif heads").
    if (!zero && t.xpos == "NN" && t.form == t.lemma) {
      t.upos = "VERB";
      t.xpos = "VBP";
    } else if (t.xpos == "NNS" && !several && t.form.ends_with('s') && !t.form.ends_with("ss")) {
      t.upos = "VERB";
      t.xpos = "VBZ";
    } else {
      continue;
    }
    // A capitalised word of the run read as the verb is a demonym ("that
    // Portuguese President X ... hold").
    for (std::size_t i = k + 1; i < j; ++i)
      if (tokens[i].upos == "VERB" && capitalised(i)) make_adjective(tokens[i]);
  }
}

void repair_plural_participles(SyntaxSentence& tokens) {
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (t.xpos != "NN" || t.form.size() < 5 || !t.form.ends_with("ing") || tokens[k - 1].xpos != "NNS" ||
        tokens[k + 1].upos != "ADP")
      continue;
    t.upos = "VERB";
    t.xpos = "VBG";
  }
}

void repair_due_to(SyntaxSentence& tokens) {
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    SyntaxToken& due = tokens[k];
    if (to_lower_ascii(due.form) != "due" || tokens[k + 1].form != "to" || tokens[k + 2].xpos != "VB" ||
        tokens[k - 1].upos != "AUX")
      continue;
    due.upos = "VERB";
    due.xpos = "VBN";
  }
}

void repair_quoted_verbs(SyntaxSentence& tokens) {
  for (std::size_t k = 2; k < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (tokens[k - 2].xpos != "MD" || !is_quote_mark(tokens[k - 1].form) || t.upos == "VERB" || t.upos == "AUX" ||
        t.form.empty() || !std::islower(static_cast<unsigned char>(t.form.front())))
      continue;
    t.upos = "VERB";
    t.xpos = "VB";
    t.lemma = t.form;
  }
}

void repair_verbless_clauses(SyntaxSentence& tokens) {
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    const std::string_view after = tokens[k + 1].upos;
    if (t.xpos != "NNS" || t.form.size() < 4 || t.form.back() != 's' ||
        (after != "PROPN" && after != "DET" && after != "NUM"))
      continue;
    // Right after the subject, or after an aside set off by commas that
    // follows it ("The ministry's list, published minutes after X spoke,
    // bars A; B; ..."): the aside's own verbs do not count.
    std::size_t subject = k - 1, open = k;
    if (tokens[k - 1].form == "," && k >= 3) {
      open = k - 2;
      while (open > 0 && tokens[open].form != ",") --open;
      if (open == 0) continue;
      subject = open - 1;
    }
    if ((tokens[subject].upos != "NOUN" && tokens[subject].upos != "PROPN") || finite_verb_outside(tokens, open, k))
      continue;
    t.upos = "VERB";
    t.xpos = "VBZ";
    t.lemma = t.form.substr(0, t.form.size() - 1);
    return;
  }
}

void repair_past_verbs_read_as_nouns(SyntaxSentence& tokens, const Lexicon& lex, const nlp::Lemmatizer& lemmatizer) {
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    const std::string_view after = tokens[k + 1].upos;
    // (A capitalised adjective after it opens a title: "designated Senior General X".)
    const bool title_after = after == "ADJ" && !tokens[k + 1].form.empty() &&
                             std::isupper(static_cast<unsigned char>(tokens[k + 1].form.front()));
    // (The name's words: proper nouns, "European" of "European Union" too.)
    std::size_t name = k;
    while (name > 0 && (tokens[name - 1].upos == "PROPN" || tokens[name - 1].xpos == "NNP")) --name;
    // (After a name that opens the sentence, a noun or an adjective may
    // follow too: "The EU imposed travel bans on X", "Britain froze new
    // assets"; so after one that opens a clause after "after", "before",
    // ..., whatever verbs the sentence has: "four days after the EU
    // imposed asset freezes on X".)
    const std::size_t opener = name > 0 && tokens[name - 1].upos == "DET" ? name - 1 : name;
    const bool opening_subject = opener == 0;
    const bool clause_subject = opener > 0 && lex.in("clause_prepositions", to_lower_ascii(tokens[opener - 1].form));
    // (Or a verb the tagger gave a tag no verb has: "France froze" as AFX.)
    const bool odd_verb = t.upos == "VERB" && !t.xpos.starts_with("VB");
    const bool object_after =
        (opening_subject || clause_subject) && (t.xpos == "VBN" || odd_verb) && (after == "NOUN" || after == "ADJ");
    // (Or a lower-case word read as a proper noun, "Britain froze X's
    // assets": no name is written so, whatever other verbs the sentence has.)
    const bool lower_name = t.xpos == "NNP";
    if ((t.xpos != "NN" && t.xpos != "JJ" && t.xpos != "VBN" && !odd_verb && !lower_name) ||
        tokens[k - 1].upos != "PROPN" ||
        (after != "PROPN" && after != "DET" && after != "PRON" && after != "NUM" && !title_after && !object_after) ||
        t.form.empty() ||
        !std::islower(static_cast<unsigned char>(t.form.front())))
      continue;
    const std::string lemma = lemmatizer.lemma(t.form, "VBD");
    if (!past_form(t.form, lemma)) continue;
    const bool clause_verb = clause_subject && t.xpos == "VBN";
    if (!clause_verb && !lower_name && finite_verb_outside(tokens, k, k + 1)) continue;
    t.upos = "VERB";
    t.xpos = "VBD";
    t.lemma = lemma;
    if (!clause_verb) return;
  }
}

void repair_past_verbs_read_as_function_words(SyntaxSentence& tokens, const nlp::Lemmatizer& lemmatizer) {
  for (SyntaxToken& t : tokens) {
    if (t.upos != "ADP" && t.upos != "SCONJ" && t.upos != "CCONJ" && t.upos != "DET" && t.upos != "PART") continue;
    const std::string form = to_lower_ascii(t.form);
    if (!lemmatizer.irregular(form, "VBD")) continue;
    std::string lemma = lemmatizer.lemma(form, "VBD");
    if (lemma == form) continue;
    t.upos = "VERB";
    t.xpos = "VBD";
    t.lemma = std::move(lemma);
  }
}

void repair_participles_before_sanctions(SyntaxSentence& tokens, const Lexicon& lex,
                                         const nlp::Lemmatizer& lemmatizer) {
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (t.xpos != "JJ" || t.form.size() < 6 || !t.form.ends_with("ing") || tokens[k - 1].form != ",") continue;
    bool sanction = false;
    for (std::size_t j = k + 1; j < tokens.size() && j <= k + 3 && !sanction; ++j)
      sanction = lex.in("sanction_nouns", to_lower_ascii(tokens[j].form));
    if (!sanction) continue;
    t.upos = "VERB";
    t.xpos = "VBG";
    t.lemma = lemmatizer.lemma(t.form, "VBG");
  }
}

void repair_nouns_before_times(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    const std::string next = to_lower_ascii(tokens[k + 1].form), time = to_lower_ascii(tokens[k + 2].form);
    if (t.xpos != "JJ" || to_lower_ascii(tokens[k - 1].form) != "the" ||
        (next != "last" && next != "next" && next != "this") ||
        (!lex.in("month_names", time) && !lex.in("time_units", time) && !lex.in("time_words", time)))
      continue;
    t.upos = "NOUN";
    t.xpos = "NN";
    t.lemma = to_lower_ascii(t.form);
  }
}

void repair_former_words(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    if (t.upos == "VERB" && tokens[i + 1].upos == "PROPN" && lex.in("former_words", to_lower_ascii(t.form))) {
      t.upos = "ADJ";
      t.xpos = "JJ";
    }
  }
}

void repair_barring_verbs_read_as_nouns(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    if (t.upos != "NOUN") continue;
    const std::string form = to_lower_ascii(t.form);
    const std::string verb = form.ends_with('s') ? form.substr(0, form.size() - 1) : form;
    const SyntaxToken& next = tokens[i + 1];
    if (!lex.in("barring_verbs", verb) || finite_verb_outside(tokens, i, i + 1) ||
        !(next.upos == "PROPN" || next.upos == "DET" || next.upos == "PRON"))
      continue;
    bool from_gerund = false;
    for (std::size_t k = i + 2; k + 1 < tokens.size() && !from_gerund; ++k)
      from_gerund = to_lower_ascii(tokens[k].form) == "from" && tokens[k + 1].xpos == "VBG";
    if (!from_gerund) continue;
    t.upos = "VERB";
    t.xpos = form == verb ? "VBP" : "VBZ";
    t.lemma = verb;
  }
}

void repair_verbs_after_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t i = 2; i + 1 < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    if (!lex.in("sanction_verbs", to_lower_ascii(t.form))) continue;
    const SyntaxToken& subject = tokens[i - 1];
    // (A noun right after "the" and the plural, or in a sentence with no
    // other finite verb; or a word read as a preposition, whatever comes
    // before the plural: "The EU's travel bans and asset freezes target X".
    // Not "added to its sanctions list Maj. Gen. X": a compound noun.)
    // (Past adjectives, to "the" or a possessive: "London's latest measures
    // target X"; not a possessive after a preposition, "added to its
    // sanctions list X".)
    std::size_t det = i - 2;
    while (det > 0 && tokens[det].upos == "ADJ") --det;
    const std::size_t owner = tokens[det].xpos == "POS" ? det - 1 : det;  // (the possessor's word)
    const bool possessive = (tokens[det].xpos == "POS" || tokens[det].xpos == "PRP$") &&
                            (owner == 0 || tokens[owner - 1].upos != "ADP");
    const bool noun_after_the = t.xpos == "NN" && (to_lower_ascii(tokens[det].form) == "the" || possessive);
    const bool verbless_noun = t.xpos == "NN" && !finite_verb_outside(tokens, i, i + 1);
    const bool right_after = (noun_after_the || verbless_noun || t.upos == "ADP") && subject.xpos == "NNS" &&
                             tokens[i + 1].upos == "PROPN" && lex.in("sanction_nouns", to_lower_ascii(subject.form));
    // (Or after the plural's participle phrase, within eight words, in a
    // sentence with no other finite verb, before a noun phrase: "The
    // sanctions announced by Australia on Friday target X".)
    const std::string_view next = tokens[i + 1].upos;
    bool after_phrase = false;
    if (verbless_noun && (next == "PROPN" || next == "DET" || next == "NOUN" || next == "ADJ"))
      for (std::size_t k = i - 1; k >= 1 && i - k <= 8 && !after_phrase; --k)
        after_phrase = tokens[k].xpos == "VBN" && tokens[k - 1].xpos == "NNS" &&
                       lex.in("sanction_nouns", to_lower_ascii(tokens[k - 1].form));
    if (!right_after && !after_phrase) continue;
    t.upos = "VERB";
    t.xpos = "VBP";
    t.lemma = to_lower_ascii(t.form);
  }
}

void repair_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t i = 2; i < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    // (Or after a noun that an article opens: "an arms embargo the bloc
    // imposed", "the travel ban".)
    const bool after_verb = tokens[i - 2].upos == "VERB" && t.xpos == "VBZ";
    const bool after_article = tokens[i - 2].upos == "DET" && (t.xpos == "VBZ" || t.xpos == "VBP" || t.xpos == "VB");
    // (Not after a plural sanction noun, the verb's subject: "The measures
    // freeze any assets of X".)
    const bool subject_before = tokens[i - 1].xpos == "NNS" && lex.in("sanction_nouns", to_lower_ascii(tokens[i - 1].form));
    if (t.upos != "VERB" || tokens[i - 1].upos != "NOUN" || (!after_verb && !after_article) || subject_before ||
        !lex.in("sanction_nouns", to_lower_ascii(t.form)))
      continue;
    make_noun(t, lex, "sanction_nouns");
  }
}

void repair_verbs_after_floating_quantifiers(SyntaxSentence& tokens, const nlp::Lemmatizer& lemmatizer) {
  for (std::size_t k = 2; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    const std::string q = to_lower_ascii(tokens[k - 1].form);
    if (!floating_quantifier(q) || tokens[k - 2].form != "," ||
        (t.xpos != "VBN" && t.xpos != "JJ" && t.xpos != "NN") || t.form.empty() ||
        !std::islower(static_cast<unsigned char>(t.form.front())))
      continue;
    const std::string lemma = lemmatizer.lemma(t.form, "VBD");
    if (!past_form(t.form, lemma) || finite_verb_outside(tokens, k, k + 1)) continue;
    t.upos = "VERB";
    t.xpos = "VBD";
    t.lemma = lemma;
    return;
  }
}

void repair_imposing_participles(SyntaxSentence& tokens, const Lexicon& lex, const nlp::Lemmatizer& lemmatizer) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    if (t.upos != "ADJ" || !t.form.ends_with("ing")) continue;
    std::size_t k = i + 1;
    while (k < tokens.size() && k <= i + 2 && tokens[k].upos == "ADJ") ++k;
    if (k >= tokens.size() || tokens[k].upos != "NOUN" || !lex.in("sanction_nouns", to_lower_ascii(tokens[k].form)))
      continue;
    const std::string lemma = lemmatizer.lemma(to_lower_ascii(t.form), "VBG");
    if (!lex.in("imposing_verbs", lemma)) continue;
    t.upos = "VERB";
    t.xpos = "VBG";
    t.lemma = lemma;
  }
}

void repair_demand_nouns(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t i = 2; i < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    const SyntaxToken& owner = tokens[i - 1];
    const SyntaxToken& verb = tokens[i - 2];
    if (t.upos != "VERB" || (t.xpos != "VBZ" && t.xpos != "VBP") ||
        (owner.upos != "PROPN" && owner.upos != "NOUN" && owner.upos != "ADJ") || verb.upos != "VERB" ||
        !lex.in("answering_verbs", to_lower_ascii(verb.lemma)) || !lex.in("demand_nouns", to_lower_ascii(t.form)))
      continue;
    make_noun(t, lex, "demand_nouns");
  }
}

void repair_counted_nouns(SyntaxSentence& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    if (t.xpos != "VBZ" || !t.form.ends_with('s') || t.form.size() < 4) continue;
    // A number, then adjectives or a demonym the tagger made a name, then the word.
    std::size_t k = i - 1;
    while (k > 0 && i - k <= 3 && (tokens[k].xpos == "JJ" || tokens[k].xpos == "NNP")) --k;
    if (tokens[k].xpos != "CD" || k + 1 == i + 1) continue;
    t.upos = "NOUN";
    t.xpos = "NNS";
    t.lemma = to_lower_ascii(t.form);
    t.lemma.pop_back();
  }
}

void repair_adjective_titles(SyntaxSentence& tokens, const Lexicon& lex) {
  // (The titles only where an adjective stands before "of", a punctuation
  // mark or a name: finding them is the cost. "as its chief executive.")
  const auto before_phrase = [&](std::size_t i) {
    const SyntaxToken& next = tokens[i + 1];
    return tokens[i].upos == "ADJ" && (to_lower_ascii(next.form) == "of" || next.upos == "PUNCT" || next.upos == "PROPN");
  };
  bool candidate = false;
  for (std::size_t i = 0; i + 1 < tokens.size() && !candidate; ++i) candidate = before_phrase(i);
  if (!candidate) return;
  const auto titles = titles_ending(tokens, lex);
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    if (titles[i] == nullptr || !before_phrase(i)) continue;
    t.upos = "NOUN";
    t.xpos = "NN";
    t.lemma = to_lower_ascii(t.form);
  }
}

void repair_elect(SyntaxSentence& tokens) {
  for (std::size_t i = 2; i < tokens.size(); ++i)
    if (tokens[i - 1].form == "-" && (tokens[i - 2].upos == "PROPN" || tokens[i - 2].upos == "NOUN") &&
        to_lower_ascii(tokens[i].form) == "elect") {
      // One word: the title, spanning its suffix (the parser has not run).
      tokens[i - 2].end = tokens[i].end;
      tokens[i - 2].space_after = tokens[i].space_after;
      tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i - 1), tokens.begin() + static_cast<std::ptrdiff_t>(i + 1));
      --i;
    }
}

void repair_control_infinitives(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t i = 2; i + 1 < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    // Its object after it: a name (also one read as a common noun), a determiner, a pronoun, a number.
    const SyntaxToken& next = tokens[i + 1];
    // (Or a verb's particle: "asked X to hand over the evidence", "to step down".)
    const std::string particle = to_lower_ascii(next.form);
    const bool object = next.upos == "PROPN" || next.upos == "DET" || next.upos == "PRON" || next.upos == "NUM" ||
                        next.upos == "ADJ" ||
                        (next.upos == "NOUN" && !next.form.empty() && std::isupper(static_cast<unsigned char>(next.form.front()))) ||
                        (next.upos == "ADP" && (particle == "over" || particle == "up" || particle == "down" ||
                                                particle == "out" || particle == "off" || particle == "back"));
    if (t.xpos != "NN" || to_lower_ascii(tokens[i - 1].form) != "to" || t.form.empty() ||
        !std::islower(static_cast<unsigned char>(t.form.front())) || !object)
      continue;
    // The verb of asking a few words before, with its object in between; the
    // object may name its members between commas ("ordered the three
    // operators, A, B and C, to block ..."), with no verb of their own.
    bool asked = false, past_comma = false;
    for (std::size_t k = i - 1; k > 0 && i - 1 - k < (past_comma ? 16u : 8u) && !asked; --k) {
      const SyntaxToken& v = tokens[k - 1];
      if (v.form == ";") break;
      past_comma = past_comma || v.form == ",";
      asked = v.upos == "VERB" && k - 1 + 2 < i && lex.in("object_control_verbs", to_lower_ascii(v.lemma));
      if (past_comma && !asked && (v.upos == "VERB" || v.upos == "AUX" || v.upos == "SCONJ" || v.xpos == "WP")) break;
    }
    if (!asked) continue;
    t.upos = "VERB";
    t.xpos = "VB";
    t.lemma = to_lower_ascii(t.form);
    tokens[i - 1].upos = "PART";
    tokens[i - 1].xpos = "TO";
  }
}

void repair_infinitives_read_as_nouns(SyntaxSentence& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    SyntaxToken& t = tokens[i];
    const std::string_view before = tokens[i - 1].form;
    if ((t.upos != "NOUN" && t.upos != "PROPN") || (before != "to" && before != "To")) continue;
    const std::string w = to_lower_ascii(t.form);
    // (A proper noun written in lower case: "urged the EU to sanction Colonel X".)
    const bool lower_name = t.upos == "PROPN" && !t.form.empty() && std::islower(static_cast<unsigned char>(t.form.front()));
    if (!lower_name && !w.ends_with("ise") && !w.ends_with("ize") && !w.ends_with("yse")) continue;
    t.upos = "VERB";
    t.xpos = "VB";
    t.lemma = w;
    tokens[i - 1].upos = "PART";
    tokens[i - 1].xpos = "TO";
  }
}

void repair_past_verbs_after_asides(SyntaxSentence& tokens) {
  // A name that opens the sentence, or a clause after "when", "after", ...
  // ("grew on Monday, when X, a senator for Y, called on him to ..."),
  // then its aside between commas.
  for (std::size_t start = 0; start < tokens.size(); ++start) {
    if (start > 0 && tokens[start - 1].upos != "SCONJ" && tokens[start - 1].xpos != "WRB") continue;
    std::size_t comma = start;
    while (comma < tokens.size() && tokens[comma].upos == "PROPN") ++comma;
    if (comma == start || comma >= tokens.size() || tokens[comma].form != ",") continue;
    std::size_t close = comma + 1;
    bool noun = false, clause = false;
    for (; close < tokens.size() && close < comma + 16 && tokens[close].form != ","; ++close) {
      // (Not a relative clause or a participle's: "X, who ...", "X, elected in ...".)
      clause = clause || tokens[close].upos == "VERB" || tokens[close].upos == "AUX" || tokens[close].xpos == "WP";
      noun = noun || tokens[close].upos == "NOUN";
    }
    if (clause || !noun || close + 2 >= tokens.size() || tokens[close].form != ",") continue;
    SyntaxToken& verb = tokens[close + 1];
    // ("X, a banker, accused by ... of": a passive participle.)
    if (verb.xpos != "VBN" || to_lower_ascii(tokens[close + 2].form) == "by") continue;
    verb.xpos = "VBD";
  }
}

void repair_past_verbs_after_relative_asides(SyntaxSentence& tokens) {
  const std::size_t n = tokens.size();
  // (The name's particles too: "Von der Leyen".)
  std::size_t comma = 0;
  while (comma < n && (tokens[comma].upos == "PROPN" ||
                       (comma > 0 && comma + 1 < n && tokens[comma + 1].upos == "PROPN" && tokens[comma].form != ",")))
    ++comma;
  if (comma == 0 || comma + 2 >= n || tokens[comma].form != "," || to_lower_ascii(tokens[comma + 1].form) != "who")
    return;
  // The clause's closing comma: the first after its finite verb.
  bool finite = false;
  for (std::size_t j = comma + 2; j + 2 < n; ++j) {
    finite = finite || finite_or_modal_tag(tokens[j].xpos);
    if (tokens[j].form != "," || !finite) continue;
    std::size_t v = j + 1;
    while (v < n && tokens[v].upos == "ADV") ++v;
    past_verb_before_object(tokens, v);
    return;
  }
}

void repair_past_verbs_after_times(SyntaxSentence& tokens, const Lexicon& lex) {
  const auto lower = [&](std::size_t k) { return to_lower_ascii(tokens[k].form); };
  std::size_t k = tokens.empty() || lower(0) != "the" ? 0 : 1;
  const std::size_t name = k;
  while (k < tokens.size() && tokens[k].xpos.starts_with("NNP")) ++k;  // ("United": ADJ, NNP)
  const std::size_t time = k;
  while (k < tokens.size() && k < time + 4 &&
         (lex.in("time_words", lower(k)) || lex.in("month_names", lower(k)) || tokens[k].upos == "NUM"))
    ++k;
  if (k == name || k == time) return;
  past_verb_before_object(tokens, k);
}

void repair_past_verbs_after_conjunctions(SyntaxSentence& tokens) {
  const std::size_t n = tokens.size();
  // The sentence's first verb: in the past, with no auxiliary before it.
  std::size_t first = 0;
  while (first < n && tokens[first].upos != "VERB") {
    if (tokens[first].upos == "AUX") return;
    ++first;
  }
  if (first == n || tokens[first].xpos != "VBD") return;
  for (std::size_t c = first + 2; c + 2 < n; ++c) {
    const std::string word = to_lower_ascii(tokens[c].form);
    if (tokens[c - 1].form != "," || (word != "but" && word != "and")) continue;
    std::size_t k = c + 1;
    if (tokens[k].upos == "ADP") {  // "at the same time", "on Monday"
      ++k;
      while (k < n && k < c + 6 && (tokens[k].upos == "DET" || tokens[k].upos == "ADJ" || tokens[k].upos == "NUM"))
        ++k;
      if (k >= n || (tokens[k].upos != "NOUN" && tokens[k].upos != "PROPN")) continue;
      ++k;
    }
    while (k < n && tokens[k].upos == "ADV") ++k;
    if (k + 1 >= n) return;
    past_verb_before_object(tokens, k);
  }
}

void repair_participles_in_opening_phrases(SyntaxSentence& tokens) {
  if (tokens.size() < 6 || tokens.front().upos != "ADP") return;
  // (Not a word that may open a clause: "After the talks collapsed, A said".)
  const std::string opener = to_lower_ascii(tokens.front().form);
  if (clause_opening_preposition(opener) || opener == "as") return;
  std::size_t past = 0, comma = 0;
  for (std::size_t k = 1; k < tokens.size() && comma == 0; ++k) {
    const SyntaxToken& t = tokens[k];
    if (t.form == ",") comma = k;
    else if (t.xpos == "VBD" && past == 0 && tokens[k - 1].upos != "PRON" &&
             (tokens[k - 1].upos == "NOUN" || tokens[k - 1].upos == "PROPN"))
      past = k;
    else if (t.upos == "VERB" || t.upos == "AUX" || t.upos == "PRON" || t.upos == "SCONJ") return;
  }
  if (past == 0 || comma == 0) return;
  for (std::size_t k = comma + 1; k < tokens.size(); ++k) {
    const std::string_view x = tokens[k].xpos;
    if (tokens[k].form == ",") return;  // (past another phrase: not the clause's own verb)
    if (finite_or_modal_tag(x)) {
      tokens[past].xpos = "VBN";
      return;
    }
  }
}

void repair_intransitive_participles(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (t.xpos != "VBN" || tokens[k - 1].upos == "AUX" || !lex.in("intransitive_verbs", to_lower_ascii(t.lemma)) ||
        finite_verb_outside(tokens, k, k + 1))
      continue;
    t.xpos = "VBD";
    return;
  }
}

void repair_coordinated_adjectives(SyntaxSentence& tokens) {
  for (std::size_t k = 2; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if ((t.xpos != "VBD" && t.xpos != "VBN") || tokens[k - 1].form != "," || tokens[k - 2].xpos != "JJ" ||
        tokens[k + 1].upos != "NOUN")
      continue;
    // (The adjective opens the noun phrase: after a verb, a preposition or a determiner.)
    if (k < 3 || (tokens[k - 3].upos != "VERB" && tokens[k - 3].upos != "ADP" && tokens[k - 3].upos != "DET"))
      continue;
    make_adjective(t);
  }
}

void repair_possessives_read_as_verbs(SyntaxSentence& tokens) {
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (!is_possessive_s(t.form) || tokens[k - 1].upos != "PROPN") continue;
    // "North Korea's sanctioned Foreign Trade Bank", "the country's ruling
    // party": a participle after a possessive and before a noun or name is
    // an adjective.
    if (t.upos == "PART" && (tokens[k + 1].xpos == "VBN" || tokens[k + 1].xpos == "VBG") &&
        tokens[k + 2].xpos.starts_with("NN"))
      make_adjective(tokens[k + 1]);
    if (t.upos != "AUX" && t.upos != "VERB") continue;
    // An adverb, then a participle or an adjective, then the noun they describe.
    std::size_t j = k + 1;
    if (tokens[j].upos == "ADV") ++j;
    if (j + 1 >= tokens.size() || (tokens[j].xpos != "VBN" && tokens[j].upos != "ADJ")) continue;
    if (tokens[j + 1].upos != "NOUN") continue;
    t.upos = "PART";
    t.xpos = "POS";
    t.lemma = "'s";
    if (tokens[j].xpos == "VBN") make_adjective(tokens[j]);
  }
}

void repair_participles_after_among(SyntaxSentence& tokens) {
  if (tokens.size() < 6 || to_lower_ascii(tokens[0].form) != "among") return;
  // The inverted copula's verb later in the sentence.
  std::size_t be = 0;
  for (std::size_t k = 2; k < tokens.size() && be == 0; ++k)
    if (tokens[k].upos == "AUX" && (to_lower_ascii(tokens[k].form) == "were" || to_lower_ascii(tokens[k].form) == "was"))
      be = k;
  for (std::size_t k = 2; k < be; ++k)
    if (tokens[k].xpos == "VBD" && tokens[k - 1].upos == "NOUN") {
      tokens[k].xpos = "VBN";
      return;
    }
}

void repair_gerunds_after_names(SyntaxSentence& tokens) {
  for (std::size_t k = 2; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (t.xpos != "VBG") continue;
    const SyntaxToken& name = tokens[k - 1];
    const std::string article = to_lower_ascii(tokens[k - 2].form);
    const std::string_view next = tokens[k + 1].upos;
    if (name.form.empty() || !std::isupper(static_cast<unsigned char>(name.form.front())) ||
        (name.upos != "PROPN" && name.upos != "NOUN") || (article != "a" && article != "an" && article != "the") ||
        (next != "ADP" && next != "PUNCT"))
      continue;
    t.upos = "NOUN";
    t.xpos = "NN";
    t.lemma = to_lower_ascii(t.form);
  }
}

void repair_gerunds_opening_sentences(SyntaxSentence& tokens, const nlp::Lemmatizer& lemmatizer) {
  if (tokens.size() < 6) return;
  SyntaxToken& t = tokens[0];
  if (t.upos != "NOUN" || t.form.size() < 6 || !t.form.ends_with("ing") || tokens[1].upos != "ADP") return;
  // The phrase's comma, with no finite verb before it, then a capitalised word and the clause's finite verb.
  std::size_t comma = 0;
  for (std::size_t k = 2; k + 1 < tokens.size() && comma == 0; ++k) {
    if (finite_tag(tokens[k].xpos) || tokens[k].upos == "AUX") return;
    if (tokens[k].form == ",") comma = k;
  }
  if (comma == 0 || !std::isupper(static_cast<unsigned char>(tokens[comma + 1].form.front()))) return;
  bool finite = false;
  for (std::size_t k = comma + 2; k < tokens.size() && !finite; ++k) finite = finite_tag(tokens[k].xpos);
  if (!finite) return;
  t.upos = "VERB";
  t.xpos = "VBG";
  t.lemma = lemmatizer.lemma(t.form, "VBG");
}

void repair_visiting_titles(SyntaxSentence& tokens, const Lexicon& lex) {
  const auto visiting = [](const SyntaxToken& t) { return t.xpos == "VBG" && to_lower_ascii(t.form) == "visiting"; };
  if (std::none_of(tokens.begin(), tokens.end(), visiting)) return;  // (the titles are looked up only then)
  const std::vector<const TitleEntry*> titles = titles_ending(tokens, lex);
  for (std::size_t k = 0; k + 2 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (!visiting(t)) continue;
    // A title within the next three words, in capitals, before the name.
    bool titled = false;
    for (std::size_t j = k + 1; j < tokens.size() && j <= k + 4 && !titled; ++j)
      titled = titles[j] != nullptr && std::isupper(static_cast<unsigned char>(tokens[j].form.front())) &&
               j + 1 < tokens.size() && tokens[j + 1].upos == "PROPN";
    if (!titled) continue;
    t.upos = "ADJ";
    t.xpos = "JJ";
    t.lemma = "visiting";
  }
}

void repair_participles_before_sanction_nouns(SyntaxSentence& tokens, const Lexicon& lex) {
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    SyntaxToken& t = tokens[k];
    if (t.xpos != "VBG" || !lex.in("participle_adjectives", to_lower_ascii(t.form)) || tokens[k + 1].upos == "DET" ||
        tokens[k + 1].upos == "PRON")
      continue;
    // A sanction noun within five words, only its modifiers between.
    bool before_sanctions = false;
    for (std::size_t j = k + 1; j < tokens.size() && j <= k + 5 && !before_sanctions; ++j) {
      const SyntaxToken& w = tokens[j];
      if (lex.in("sanction_nouns", to_lower_ascii(w.form)) && w.upos == "NOUN") before_sanctions = true;
      else if (w.upos != "ADJ" && w.upos != "PROPN" && w.upos != "CCONJ" && w.upos != "NOUN" && w.xpos != "HYPH")
        break;
    }
    if (!before_sanctions) continue;
    t.upos = "ADJ";
    t.xpos = "JJ";
    t.lemma = to_lower_ascii(t.form);
  }
}

}  // namespace kg::extract
