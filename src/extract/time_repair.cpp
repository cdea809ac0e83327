#include "time_repair.hpp"

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {

void repair_infinitives_of_decisions(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int v = 2; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || (verb.deprel != "advcl" && verb.deprel != "xcomp") || verb.head < 0) continue;
    const int to = v - 1;
    if (to_lower_ascii(s[static_cast<std::size_t>(to)].form) != "to" || s[static_cast<std::size_t>(to)].head != v) continue;
    // The noun, past a few words of time ("decision last week to").
    for (int k = to - 1; k >= 0 && to - k <= 3; --k) {
      const SyntaxToken& w = s[static_cast<std::size_t>(k)];
      if (w.upos == "VERB" || w.upos == "PUNCT" || w.upos == "AUX") break;
      if (w.upos != "NOUN" || !lex.in("decision_nouns", to_lower_ascii(w.lemma))) continue;
      if (!has_child(s, k, [](const SyntaxToken& c) { return c.deprel == "nmod:poss"; })) break;
      verb.head = k;
      verb.deprel = "acl";
      break;
    }
  }
}

void repair_times_read_as_subjects_of_participles(SyntaxSentence& s, const Lexicon& lex) {
  for (SyntaxToken& time : s) {
    if (!time.deprel.starts_with("nsubj") || time.head < 0 || !lex.in("time_units", to_lower_ascii(time.form)))
      continue;
    const SyntaxToken& verb = s[static_cast<std::size_t>(time.head)];
    if (verb.xpos != "VBG" || has_child(s, time.head, [](const SyntaxToken& c) { return has_label(c.deprel, "aux"); }))
      continue;
    time.deprel = "obl:tmod";
  }
}

void repair_names_conjoined_to_dates(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int c = 1; c < n; ++c) {
    SyntaxToken& name = s[static_cast<std::size_t>(c)];
    if (name.deprel != "conj" || name.upos != "PROPN" || name.head < 0) continue;
    const int date = name.head;
    const SyntaxToken& d = s[static_cast<std::size_t>(date)];
    const std::string word = to_lower_ascii(d.form);
    const bool dated = d.upos == "NUM" || lex.in("month_names", word) || lex.in("time_words", word) ||
                       lex.in("day_parts", word);
    if (!dated || !has_label(d.deprel, "obl") || d.head < 0) continue;
    const int verb = d.head;
    if (s[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    for (int o = verb + 1; o < date; ++o) {
      const SyntaxToken& object = s[static_cast<std::size_t>(o)];
      // (Or the oblique a preposition opens: "testified before X in the
      // morning and Y in the afternoon".)
      const bool oblique = has_label(object.deprel, "obl") &&
                           has_child(s, o, [](const SyntaxToken& k) { return k.deprel == "case"; });
      if (object.head != verb || (object.deprel != "obj" && object.deprel != "iobj" && !oblique) ||
          object.upos != "PROPN")
        continue;
      name.head = o;
      break;
    }
  }
}

void repair_subjects_before_times(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int t = 1; t < n; ++t) {
    const SyntaxToken& time = s[static_cast<std::size_t>(t)];
    if (time.head <= t || !has_label(time.deprel, "obl") || !lex.in("time_units", to_lower_ascii(time.form))) continue;
    const int v = time.head;
    if (s[static_cast<std::size_t>(v)].upos != "VERB" ||
        has_child(s, v, [](const SyntaxToken& k) { return k.deprel.starts_with("nsubj"); }))
      continue;
    for (int c = 0; c < t; ++c) {
      SyntaxToken& name = s[static_cast<std::size_t>(c)];
      if (name.head != t || name.deprel != "compound" || name.upos != "PROPN") continue;
      name.head = v;
      name.deprel = "nsubj";
      break;
    }
  }
}

void repair_times_before_clauses(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int v = 0; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    // (A finite verb, or a predicate with a finite auxiliary: "before X is due to ...".)
    const bool finite = finite_tag(verb.xpos) || has_child(s, v, [](const SyntaxToken& c) {
                          return has_label(c.deprel, "aux") && finite_tag(c.xpos);
                        });
    if (verb.upos != "VERB" || !finite) continue;
    for (int t = 0; t < v; ++t) {
      SyntaxToken& time = s[static_cast<std::size_t>(t)];
      if (time.head != v || !time.deprel.starts_with("nsubj") || !lex.in("time_units", to_lower_ascii(time.form)))
        continue;
      // The noun after "after" the parser hung from the time: the clause's subject.
      int noun = -1, mark = -1;
      for (int k = t + 1; k < v && noun < 0; ++k)
        if (s[static_cast<std::size_t>(k)].head == t && has_label(s[static_cast<std::size_t>(k)].deprel, "nmod"))
          for (int c = t + 1; c < k; ++c)
            if (s[static_cast<std::size_t>(c)].head == k && s[static_cast<std::size_t>(c)].deprel == "case" &&
                lex.in("clause_prepositions", to_lower_ascii(s[static_cast<std::size_t>(c)].form))) {
              noun = k;
              mark = c;
            }
      // (Or the clause has its subject and its "after" already: "four days
      // after the EU imposed ...", the time a second subject.)
      if (noun < 0) {
        bool subject = false, marked = false;
        for (int k = t + 1; k < v; ++k) {
          const SyntaxToken& w = s[static_cast<std::size_t>(k)];
          if (w.head != v) continue;
          marked = marked || (w.deprel == "mark" && lex.in("clause_prepositions", to_lower_ascii(w.form)));
          subject = subject || (marked && w.deprel.starts_with("nsubj"));
        }
        if (subject) time.deprel = "obl:unmarked";
        continue;
      }
      s[static_cast<std::size_t>(noun)].head = v;
      s[static_cast<std::size_t>(noun)].deprel = time.deprel;  // nsubj, or nsubj:pass
      s[static_cast<std::size_t>(mark)].head = v;
      s[static_cast<std::size_t>(mark)].deprel = "mark";
      time.deprel = "obl:unmarked";
      // A clause a preposition opens is an adverbial, no complement.
      if (verb.deprel == "ccomp") verb.deprel = "advcl";
      // An aside after a comma, not a clause of the list: the verb before's adverbial.
      if (verb.deprel == "conj" && t > 0 && s[static_cast<std::size_t>(t - 1)].form == ",") verb.deprel = "advcl";
      break;
    }
  }
}

void repair_participles_of_time_spent(SyntaxSentence& s, const Lexicon& lex) {
  for (SyntaxToken& verb : s) {
    if (verb.xpos != "VBG" || verb.deprel != "acl" || verb.head < 0) continue;
    const SyntaxToken& time = s[static_cast<std::size_t>(verb.head)];
    if (time.upos != "NOUN" || (time.deprel != "obj" && !has_label(time.deprel, "obl")) || time.head < 0 ||
        s[static_cast<std::size_t>(time.head)].upos != "VERB" || !lex.in("time_units", to_lower_ascii(time.form)))
      continue;
    verb.head = time.head;
    verb.deprel = "advcl";
  }
}

void repair_names_hung_from_times(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int k = 1; k < n; ++k) {
    SyntaxToken& name = s[static_cast<std::size_t>(k)];
    if (name.upos != "PROPN" || !has_label(name.deprel, "nmod") || name.head < 0 ||
        !has_case(s, k, "from"))
      continue;
    const SyntaxToken& time = s[static_cast<std::size_t>(name.head)];
    if (!lex.in("time_units", to_lower_ascii(time.form))) continue;
    // The verb right before the time, whatever the parser hung the time from.
    int verb = name.head - 1;
    while (verb >= 0 && s[static_cast<std::size_t>(verb)].upos != "VERB") --verb;
    if (verb < 0) continue;
    name.head = verb;
    name.deprel = "obl";
  }
}

void repair_names_glued_to_times(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  const auto word = [&](int k) { return k < n ? to_lower_ascii(s[static_cast<std::size_t>(k)].form) : std::string(); };
  for (int k = 0; k + 2 < n; ++k) {
    SyntaxToken& name = s[static_cast<std::size_t>(k)];
    if (name.deprel != "compound") continue;
    // "X last month" (a name); "as Portugal's president hours after the
    // vote" (a name or a noun before a count of time and "after", "later").
    const std::string when = word(k + 1);
    const bool named_time = name.upos == "PROPN" && name.head == k + 2 &&
                            (when == "last" || when == "next" || when == "this") && lex.in("time_units", word(k + 2));
    const bool relative_time = (name.upos == "PROPN" || name.upos == "NOUN") && name.head == k + 1 &&
                               lex.in("time_units", when) && lex.in("relative_time_words", word(k + 2));
    const int t = named_time ? k + 2 : k + 1;
    SyntaxToken& time = s[static_cast<std::size_t>(t)];
    if ((!named_time && !relative_time) || time.head < 0) continue;
    // The name takes the time's place; the time's preposition is the name's.
    name.head = time.head;
    name.deprel = time.deprel;
    for (int c = 0; c < k; ++c)
      if (s[static_cast<std::size_t>(c)].head == t) s[static_cast<std::size_t>(c)].head = k;
    const int verb = governing_verb(s, k);
    time.head = verb >= 0 ? verb : name.head;
    time.deprel = "obl:tmod";
  }
}

void repair_due_predicates(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int d = 1; d < n; ++d) {
    SyntaxToken& due = s[static_cast<std::size_t>(d)];
    const SyntaxToken& be = s[static_cast<std::size_t>(d - 1)];
    if (to_lower_ascii(due.form) != "due" || due.upos != "ADJ" || be.deprel != "cop" || be.head <= d) continue;
    const int pred = be.head;
    SyntaxToken& p = s[static_cast<std::size_t>(pred)];
    if (p.upos != "NOUN" && p.upos != "PROPN") continue;
    due.head = p.head;
    due.deprel = p.deprel;
    for (int k = 0; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != pred || k == d) continue;
      const bool own = t.deprel == "case" || t.deprel == "det" || t.deprel == "amod" || t.deprel == "compound" ||
                       t.deprel == "nummod" || t.deprel == "flat";
      if (own && k < pred && k > d) continue;  // the day's own words ("on Tuesday")
      t.head = d;
      if (t.deprel == "nmod") t.deprel = "obl";
    }
    p.head = d;
    p.deprel = "obl";
  }
}

}  // namespace kg::extract
