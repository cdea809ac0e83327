#include "clause_repair.hpp"

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {

void repair_complement_conjuncts(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  const auto opened_by_that = [&](int k) { return has_mark(s, k, "that"); };
  // "told reporters that A was not enough, that B was an offence, and that
  // C must ...": a later "that" clause the parser hung from the verb as an
  // adverbial is a conjunct of the verb's "that" complement.
  for (int v = 0; v < n; ++v) {
    SyntaxToken& clause = s[static_cast<std::size_t>(v)];
    if (clause.deprel != "advcl" || clause.head < 0 || !opened_by_that(v)) continue;
    for (int k = 0; k < v; ++k)
      if (s[static_cast<std::size_t>(k)].head == clause.head && s[static_cast<std::size_t>(k)].deprel == "ccomp" &&
          opened_by_that(k)) {
        clause.head = k;
        clause.deprel = "conj";
        break;
      }
  }
  for (int v = 0; v < n; ++v) {
    SyntaxToken& conj = s[static_cast<std::size_t>(v)];
    if (conj.deprel != "conj" || conj.head < 0 || !opened_by_that(v)) continue;
    // (A conjunct of a conjunct of the complement is the complement's: the
    // third of three "that" clauses.)
    const int first =
        climb(s, conj.head, [&](int k) { return s[static_cast<std::size_t>(k)].deprel == "conj" && opened_by_that(k); });
    if (first != conj.head && s[static_cast<std::size_t>(first)].deprel == "ccomp") {
      conj.head = first;
      continue;
    }
    if (conj.upos != "VERB" && conj.upos != "AUX") continue;
    // "said the speech had been unacceptable, and that B had to go": joined
    // to the speech verb itself, it is a conjunct of the verb's complement.
    int complement = -1;
    for (int k = 0; k < v; ++k)
      if (s[static_cast<std::size_t>(k)].head == conj.head && s[static_cast<std::size_t>(k)].deprel == "ccomp") complement = k;
    if (complement >= 0) {
      conj.head = complement;
      continue;
    }
    // (With no complement, the first "that" clause hung elsewhere: "said in
    // an interview that A is subject to the law, and that B had to respect
    // ...", the first clause read as the interview's: it is the speech
    // verb's complement.)
    if (const SyntaxToken& verb = s[static_cast<std::size_t>(conj.head)];
        verb.deprel == "root" && lex.in("speech_verbs", to_lower_ascii(verb.form))) {
      conj.deprel = "ccomp";
      continue;
    }
    // "said in a statement that A was ready to take steps if ..., and that
    // B must ...": hung from a clause inside the first "that" clause (its
    // "that" perhaps read as a relative pronoun), it joins that clause.
    const auto that_clause = [&](int k) {
      if (opened_by_that(k)) return true;
      const auto start = static_cast<std::size_t>(subtree_start(s, k));
      return s[start].head == k && s[start].upos == "PRON" && to_lower_ascii(s[start].form) == "that";
    };
    if (!that_clause(conj.head)) {
      const int opened = climb(s, conj.head, [&](int k) { return !that_clause(k); });
      if (opened != conj.head && that_clause(opened)) {
        conj.head = opened;
        continue;
      }
    }
    const std::string_view inside = s[static_cast<std::size_t>(conj.head)].deprel;
    if (inside != "acl:relcl" && inside != "acl" && inside != "advcl") continue;
    // Up to the nearest complement clause the relative clause is in.
    int up = s[static_cast<std::size_t>(conj.head)].head;
    for (int steps = 0; up >= 0 && steps < n && s[static_cast<std::size_t>(up)].deprel != "ccomp"; ++steps)
      up = s[static_cast<std::size_t>(up)].head;
    if (up >= 0 && up != v) conj.head = up;
  }
}

void repair_as_did_subjects(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 0 || s[static_cast<std::size_t>(root)].upos != "VERB") return;
  int subject = -1;
  for (int k = 0; k < root && subject < 0; ++k)
    if (s[static_cast<std::size_t>(k)].head == root && s[static_cast<std::size_t>(k)].deprel == "nsubj") subject = k;
  if (subject < 0) return;
  for (int as = root + 2; as + 2 < n; ++as) {
    const SyntaxToken& aux = s[static_cast<std::size_t>(as + 1)];
    if (to_lower_ascii(s[static_cast<std::size_t>(as)].form) != "as" || s[static_cast<std::size_t>(as - 1)].form != "," ||
        (aux.lemma != "do" && aux.lemma != "have" && aux.lemma != "will" && aux.lemma != "would"))
      continue;
    // The phrase after the auxiliary, up to the sentence's end (asides and
    // all: "as did his successor, Health Minister X, a cardiologist"): its
    // head, a name.
    const int end = s[static_cast<std::size_t>(n - 1)].upos == "PUNCT" ? n - 1 : n;
    int head = -1;
    for (int k = as + 2; k < end && head < 0; ++k) {
      const int h = s[static_cast<std::size_t>(k)].head;
      if (h < as + 2 || h >= end) head = k;
    }
    if (head < 0) continue;
    // (A description before the name: "as had the comedian X": the name.)
    if (ctx.mention_at[s[static_cast<std::size_t>(head)].token] < 0) {
      int named = -1;
      for (int k = head + 1; k < end && named < 0; ++k)
        if (s[static_cast<std::size_t>(k)].head == head && ctx.mention_at[s[static_cast<std::size_t>(k)].token] >= 0 &&
            (s[static_cast<std::size_t>(k)].deprel == "appos" || s[static_cast<std::size_t>(k)].deprel == "flat"))
          named = k;
      if (named < 0) continue;
      s[static_cast<std::size_t>(named)].head = s[static_cast<std::size_t>(head)].head;
      s[static_cast<std::size_t>(head)].head = named;
      s[static_cast<std::size_t>(head)].deprel = "appos";
      head = named;
    }
    for (int k = 0; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == as + 1 && (k < as || k >= end)) s[static_cast<std::size_t>(k)].head = root;
    s[static_cast<std::size_t>(head)].head = subject;
    s[static_cast<std::size_t>(head)].deprel = "conj";
    for (const int w : {as, as + 1}) {
      s[static_cast<std::size_t>(w)].head = head;
      s[static_cast<std::size_t>(w)].deprel = "cc";
    }
    s[static_cast<std::size_t>(as - 1)].head = head;
    s[static_cast<std::size_t>(as - 1)].deprel = "punct";
    return;
  }
}

void repair_infinitives_after_asides(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  const auto form = [&](int k) { return to_lower_ascii(s[static_cast<std::size_t>(k)].form); };
  for (int to = 3; to + 1 < n; ++to) {
    // (Or a "that" clause after the aside, of a verb of saying: "telling
    // X, who stood a few steps away, that Y must stop ...".)
    const bool that = form(to) == "that";
    if ((form(to) != "to" && !that) || s[static_cast<std::size_t>(to)].deprel != "mark" ||
        s[static_cast<std::size_t>(to - 1)].form != ",")
      continue;
    const int verb = s[static_cast<std::size_t>(to)].head;
    if (verb <= to || s[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    // The aside: ", who/whose/which/where ..." closed by the comma before "to".
    int open = -1;
    for (int k = to - 2; k >= 1 && k >= to - 30 && open < 0; --k) {
      const std::string w = form(k);
      if (s[static_cast<std::size_t>(k - 1)].form == "," &&
          (w == "who" || w == "whom" || w == "whose" || w == "which" || w == "where"))
        open = k - 1;
    }
    if (open < 1) continue;
    const int clause = governing_verb(s, open + 1);
    if (clause <= open || clause >= to || !descends_from(s, verb, clause)) continue;
    // The noun before the aside, up its list and modifiers to the verb
    // that governs it, which must be one whose object is asked to act.
    int object = open - 1, controller = -1;
    for (int steps = 0; object >= 0 && steps < 4; ++steps) {
      const int head = s[static_cast<std::size_t>(object)].head;
      if (head < 0) break;
      if (s[static_cast<std::size_t>(head)].upos == "VERB") {
        if (lex.in(that ? "speech_verbs" : "object_control_verbs", to_lower_ascii(s[static_cast<std::size_t>(head)].lemma)))
          controller = head;
        break;
      }
      object = head;
    }
    if (controller < 0 || controller >= open) continue;
    s[static_cast<std::size_t>(verb)].head = controller;
    s[static_cast<std::size_t>(verb)].deprel = that ? "ccomp" : "xcomp";
    // The aside's verb the parser joined to the main one describes the noun.
    if (s[static_cast<std::size_t>(clause)].head == controller) {
      s[static_cast<std::size_t>(clause)].head = open - 1;
      s[static_cast<std::size_t>(clause)].deprel = "acl:relcl";
    }
    // A single object read as the second object of two is the object.
    if (!that && s[static_cast<std::size_t>(object)].deprel == "iobj" &&
        !has_child(s, controller, [](const SyntaxToken& c) { return c.deprel == "obj"; }))
      s[static_cast<std::size_t>(object)].deprel = "obj";
  }
}

void repair_infinitives_hung_from_objects(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int inf = 2; inf < n; ++inf) {
    SyntaxToken& verb = s[static_cast<std::size_t>(inf)];
    const int object = verb.head;
    if (verb.upos != "VERB" || verb.xpos != "VB" || verb.deprel != "acl" || object < 0 || object >= inf ||
        s[static_cast<std::size_t>(object)].deprel != "obj" || !has_mark(s, inf, "to"))
      continue;
    const int asker = s[static_cast<std::size_t>(object)].head;
    if (asker < 0 || s[static_cast<std::size_t>(asker)].upos != "VERB" ||
        !lex.in("object_control_verbs", to_lower_ascii(s[static_cast<std::size_t>(asker)].lemma)) ||
        has_child(s, asker, [](const SyntaxToken& t) { return t.deprel == "xcomp" || t.deprel == "ccomp"; }))
      continue;
    verb.head = asker;
    verb.deprel = "xcomp";
  }
}

void repair_subjects_of_controlled_infinitives(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int verb = 0; verb < n; ++verb) {
    const SyntaxToken& c = s[static_cast<std::size_t>(verb)];
    const int asker = c.head;
    if (c.upos != "VERB" || asker < 0 || asker >= verb || (c.deprel != "advcl" && c.deprel != "ccomp") ||
        s[static_cast<std::size_t>(asker)].upos != "VERB" ||
        !lex.in("object_control_verbs", to_lower_ascii(s[static_cast<std::size_t>(asker)].lemma)) ||
        has_child(s, asker, [](const SyntaxToken& t) { return t.deprel == "obj"; }) ||
        !has_mark(s, verb, "to") ||
        has_child(s, verb, [](const SyntaxToken& t) { return t.deprel == "mark" && to_lower_ascii(t.form) != "to"; }))
      continue;
    int subject = -1;
    for (int k = asker + 1; k < verb; ++k)
      if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel == "nsubj") subject = k;
    if (subject < 0 || s[static_cast<std::size_t>(subject)].xpos == "WP" || s[static_cast<std::size_t>(subject)].xpos == "WDT") continue;
    s[static_cast<std::size_t>(subject)].head = asker;
    s[static_cast<std::size_t>(subject)].deprel = "obj";
    s[static_cast<std::size_t>(verb)].deprel = "xcomp";
  }
}

void repair_obliques_read_as_complements(SyntaxSentence& s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.deprel != "xcomp" || (t.upos != "PROPN" && t.upos != "NOUN" && t.upos != "PRON") || t.head < 0 ||
        s[static_cast<std::size_t>(t.head)].upos != "VERB")
      continue;
    if (has_child(s, static_cast<int>(i), [](const SyntaxToken& c) {
          return c.deprel == "case" && to_lower_ascii(c.form) != "as";
        }))
      t.deprel = "obl";
  }
}

void repair_summary_nouns(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int noun = 3; noun < n; ++noun) {
    const std::string& lemma = s[static_cast<std::size_t>(noun)].lemma;
    if (s[static_cast<std::size_t>(noun)].upos != "NOUN" || (lemma != "sanction" && lemma != "penalty" && lemma != "punishment"))
      continue;
    // ", the toughest (sporting) sanction ...": "the", a superlative, the noun.
    int the = -1;
    for (int k = noun - 1; k >= 1 && k >= noun - 4; --k)
      if (to_lower_ascii(s[static_cast<std::size_t>(k)].form) == "the" && s[static_cast<std::size_t>(k - 1)].form == ",") the = k;
    if (the < 0) continue;
    bool superlative = false;
    for (int k = the + 1; k < noun; ++k)
      superlative = superlative || s[static_cast<std::size_t>(k)].xpos == "JJS" ||
                    to_lower_ascii(s[static_cast<std::size_t>(k)].form) == "most";
    if (!superlative) continue;
    const int verb = governing_verb(s, the - 2);
    if (verb < 0 || verb >= the || descends_from(s, verb, noun)) continue;
    s[static_cast<std::size_t>(noun)].head = verb;
    s[static_cast<std::size_t>(noun)].deprel = "parataxis";
  }
}

void repair_that_complements(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int c = 0; c < n; ++c) {
    SyntaxToken& clause = s[static_cast<std::size_t>(c)];
    if (clause.deprel != "acl:relcl" || clause.head < 0) continue;
    // (Up from a noun inside the object's phrase: "told a summit of NATO
    // leaders that Britain would sanction A".)
    int anchor = clause.head;
    for (int steps = 0; steps < 3 && s[static_cast<std::size_t>(anchor)].deprel == "nmod" &&
                        s[static_cast<std::size_t>(anchor)].head >= 0;
         ++steps)
      anchor = s[static_cast<std::size_t>(anchor)].head;
    const SyntaxToken& noun = s[static_cast<std::size_t>(anchor)];
    // ("warned last month that B had to ...": a bare time adverbial, or
    // the verb itself, which no relative clause describes.)
    const bool verb = noun.upos == "VERB";
    const bool adverbial = verb || ((noun.deprel == "obl:unmarked" || noun.deprel == "obl:tmod" || noun.deprel == "nmod:tmod") &&
                                    lex.in("time_units", to_lower_ascii(noun.form)));
    if ((noun.deprel != "iobj" && noun.deprel != "obj" && !adverbial) || (noun.head < 0 && !verb)) continue;
    int that = -1;
    bool subject = false, object = false;
    for (int k = 0; k < n; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != c) continue;
      if (to_lower_ascii(t.form) == "that" && k < c) that = k;
      else if (has_label(t.deprel, "nsubj")) subject = true;
      else if (t.deprel == "obj" || t.deprel == "iobj") object = true;
    }
    // "that" can be no argument of a clause whose subject and object are
    // others; after a time adverbial, whose subject is another; nor after
    // the one told, read as the complementizer ("told the committee that
    // the cap would stay").
    const bool told = noun.deprel == "iobj" && s[static_cast<std::size_t>(that < 0 ? c : that)].deprel == "mark";
    if (that < 0 || !subject || (!object && !adverbial && !told)) continue;
    SyntaxToken& mark = s[static_cast<std::size_t>(that)];
    mark.deprel = "mark";
    mark.upos = "SCONJ";
    mark.xpos = "IN";
    if (!verb) clause.head = noun.head;
    clause.deprel = "ccomp";
  }
}

void repair_double_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const auto subject_of = [&](int verb, int from) {
    for (int k = from; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"))
        return k;
    return -1;
  };
  for (int verb = 0; verb < n; ++verb) {
    const int first = subject_of(verb, 0);
    if (first < 0 || s[static_cast<std::size_t>(first)].upos != "PROPN" || subject_of(verb, first + 1) < 0) continue;
    // Up to the first verb above with no subject of its own.
    for (int up = s[static_cast<std::size_t>(verb)].head, steps = 0; up >= 0 && steps < 4;
         up = s[static_cast<std::size_t>(up)].head, ++steps) {
      if (s[static_cast<std::size_t>(up)].upos != "VERB") continue;
      if (subject_of(up, 0) >= 0) break;
      s[static_cast<std::size_t>(first)].head = up;
      s[static_cast<std::size_t>(first)].deprel = "nsubj";
      break;
    }
  }
}

void repair_emphatic_reflexives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int r = 1; r < n; ++r) {
    SyntaxToken& self = s[static_cast<std::size_t>(r)];
    const std::string form = to_lower_ascii(self.form);
    const int verb = self.head;
    if (self.upos != "PRON" || !(form.ends_with("self") || form.ends_with("selves")) ||
        !self.deprel.starts_with("nsubj") || verb <= r)
      continue;
    // The subject the parser hung from an auxiliary of the verb (or from the verb), before the reflexive.
    for (int k = r - 1; k >= 0; --k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.deprel != "nsubj" || (t.upos != "PROPN" && t.upos != "NOUN" && t.upos != "PRON")) continue;
      const bool on_aux = t.head >= 0 && s[static_cast<std::size_t>(t.head)].head == verb &&
                          s[static_cast<std::size_t>(t.head)].deprel.starts_with("aux");
      if (!on_aux && t.head != verb) continue;
      t.head = verb;
      t.deprel = self.deprel;
      self.deprel = "obl:unmarked";
      break;
    }
  }
}

void repair_subjects_read_as_conjuncts(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 3; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || has_child(s, v, [](const SyntaxToken& c) { return has_label(c.deprel, "nsubj"); }))
      continue;
    // Its first auxiliary, right after the phrase (or the verb itself, a
    // finite conjunct: ", and B, its head of policy, testified before X").
    int aux = -1;
    for (int k = 0; k < v && aux < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && has_label(s[static_cast<std::size_t>(k)].deprel, "aux")) aux = k;
    const bool bare = aux < 0 && verb.deprel == "conj" && finite_tag(verb.xpos) && verb.head >= 0 &&
                      s[static_cast<std::size_t>(verb.head)].upos == "VERB" &&
                      s[static_cast<std::size_t>(v - 1)].form == ",";
    if (bare) aux = v;
    if (aux < 2) continue;
    int end = aux - 1;
    if (s[static_cast<std::size_t>(end)].form == ",") --end;
    // The noun whose phrase ends there, a conjunct of a verb before it, after "and".
    int noun = end;
    for (int steps = 0; noun >= 0 && steps < n && s[static_cast<std::size_t>(noun)].deprel != "conj"; ++steps)
      noun = s[static_cast<std::size_t>(noun)].head;
    if (noun < 1 || noun > end) continue;
    SyntaxToken& subject = s[static_cast<std::size_t>(noun)];
    const int first = subject.head;
    // (The first a verb, or for a bare conjunct a clause's head the tagger
    // read as a noun: "would not hand data".)
    const bool clause = s[static_cast<std::size_t>(first)].upos == "VERB" ||
                        (bare && (s[static_cast<std::size_t>(first)].deprel == "ccomp" ||
                                  s[static_cast<std::size_t>(first)].deprel == "advcl"));
    if ((subject.upos != "NOUN" && subject.upos != "PROPN") || first < 0 || first >= noun || !clause ||
        !descends_from(s, end, noun) || (bare && subject.upos != "PROPN"))
      continue;
    int cc = -1;
    for (int k = first + 1; k < noun; ++k)
      if (s[static_cast<std::size_t>(k)].head == noun && s[static_cast<std::size_t>(k)].deprel == "cc") cc = k;
    if (cc < 0) continue;
    subject.head = v;
    subject.deprel = "nsubj";
    s[static_cast<std::size_t>(cc)].head = v;
    if (bare) continue;  // (a conjunct of its verb already)
    verb.head = first;
    verb.deprel = "conj";
  }
}

void repair_shared_objects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const auto word = [&](int k) { return to_lower_ascii(s[static_cast<std::size_t>(k)].form); };
  const auto preposition = [&](int k) {
    const std::string w = word(k);
    return w == "of" || w == "on" || w == "against" || w == "to";
  };
  for (int p = 2; p + 4 < n; ++p) {
    if (!preposition(p)) continue;
    const int noun = p - 1;
    int k = p + 1;
    if (s[static_cast<std::size_t>(k)].form == ",") ++k;
    if (word(k) != "and") continue;
    const int cc = k, v2 = k + 1;
    SyntaxToken& second = s[static_cast<std::size_t>(v2)];
    const int v1 = s[static_cast<std::size_t>(noun)].head;
    if ((second.xpos != "VBD" && second.xpos != "VBN") || s[static_cast<std::size_t>(noun)].upos != "NOUN" || v1 < 0 ||
        v1 >= noun || s[static_cast<std::size_t>(v1)].upos != "VERB")
      continue;
    // The second verb's object and preposition, then the shared names.
    int q = -1, object = -1;
    for (int x = v2 + 1; x < n && x <= v2 + 5 && q < 0; ++x) {
      if (preposition(x)) q = x;
      else if (s[static_cast<std::size_t>(x)].upos == "NOUN") object = x;
      else if (s[static_cast<std::size_t>(x)].upos != "DET" && s[static_cast<std::size_t>(x)].upos != "ADJ") break;
    }
    if (q < 0 || object < 0) continue;
    int shared = -1;
    for (int x = q + 1; x < n && shared < 0; ++x) {
      const SyntaxToken& t = s[static_cast<std::size_t>(x)];
      if (t.upos == "NOUN" || t.upos == "PROPN") shared = x;
      else if (t.form != "," && t.upos != "DET" && t.upos != "NUM" && t.upos != "ADJ") break;
    }
    if (shared < 0) continue;
    second.head = v1;
    second.deprel = "conj";
    second.upos = "VERB";
    s[static_cast<std::size_t>(cc)].head = v2;
    s[static_cast<std::size_t>(cc)].deprel = "cc";
    if (cc > p + 1) {
      s[static_cast<std::size_t>(p + 1)].head = v2;
      s[static_cast<std::size_t>(p + 1)].deprel = "punct";
    }
    s[static_cast<std::size_t>(object)].head = v2;
    s[static_cast<std::size_t>(object)].deprel = "obj";
    s[static_cast<std::size_t>(p)].head = noun;
    s[static_cast<std::size_t>(p)].deprel = "dep";
    s[static_cast<std::size_t>(shared)].head = v2;
    s[static_cast<std::size_t>(shared)].deprel = "obl";
    s[static_cast<std::size_t>(q)].head = shared;
    s[static_cast<std::size_t>(q)].deprel = "case";
    s[static_cast<std::size_t>(q)].upos = "ADP";
    for (int x = q + 1; x < shared; ++x) {
      s[static_cast<std::size_t>(x)].head = shared;
      if (s[static_cast<std::size_t>(x)].form == ",") s[static_cast<std::size_t>(x)].deprel = "punct";
    }
  }
}

void repair_subjects_of_obliques(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int noun = 2; noun < n; ++noun) {
    const SyntaxToken& phrase = s[static_cast<std::size_t>(noun)];
    const int verb = phrase.head;
    if (phrase.upos != "NOUN" || phrase.deprel != "obl" || verb < 0 || verb >= noun ||
        s[static_cast<std::size_t>(verb)].upos != "VERB" ||
        has_child(s, noun, [](const SyntaxToken& c) { return c.deprel == "cop" || has_label(c.deprel, "aux"); }) ||
        has_child(s, verb, [](const SyntaxToken& c) { return c.deprel == "obj"; }))
      continue;
    int subject = -1, preposition = -1;
    for (int k = verb + 1; k < noun; ++k) {
      if (s[static_cast<std::size_t>(k)].head != noun) continue;
      if (s[static_cast<std::size_t>(k)].deprel == "nsubj" && subject < 0) subject = k;
      if (s[static_cast<std::size_t>(k)].deprel == "case") preposition = k;
    }
    if (subject < 0 || preposition < subject || s[static_cast<std::size_t>(subject)].upos != "PROPN") continue;
    s[static_cast<std::size_t>(subject)].head = verb;
    s[static_cast<std::size_t>(subject)].deprel = "obj";
  }
}

void repair_prepositions_read_as_marks(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int m = 1; m + 1 < n; ++m) {
    SyntaxToken& mark = s[static_cast<std::size_t>(m)];
    const int verb = mark.head;
    if (mark.deprel != "mark" || mark.upos != "ADP" || verb <= m) continue;
    // The noun before the mark is the verb's subject; the one after it another.
    const int before = m - 1;
    int second = -1;
    for (int k = m + 1; k < verb; ++k)
      if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"))
        second = k;
    SyntaxToken& first = s[static_cast<std::size_t>(before)];
    if (second < 0 || first.head != verb || !first.deprel.starts_with("nsubj") ||
        (first.upos != "NOUN" && first.upos != "PROPN"))
      continue;
    SyntaxToken& noun = s[static_cast<std::size_t>(second)];
    noun.head = before;
    noun.deprel = "nmod";
    mark.head = second;
    mark.deprel = "case";
  }
}

namespace {

// "is also a distraction as Abe prepares to travel ...": the name right
// after "as" read as a modifier of the predicate, and the finite verb right
// after it as an adjective or a loose word: the verb heads a clause of the
// predicate's, with the name its subject. Whether it was so.
bool as_name_and_verb_read_as_modifiers(SyntaxSentence& s, int a) {
  SyntaxToken& as = s[static_cast<std::size_t>(a)];
  const int noun = as.head;
  if (noun != a + 1 || noun + 1 >= static_cast<int>(s.size())) return false;
  const int main = s[static_cast<std::size_t>(noun)].head;
  SyntaxToken& v = s[static_cast<std::size_t>(noun + 1)];
  if (main < 0 || main >= a || v.upos != "VERB" || !finite_tag(v.xpos) || v.head == noun ||
      (v.deprel != "amod" && v.deprel != "dep" && v.deprel != "nmod" && v.deprel != "acl") ||
      has_child(s, noun + 1, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }))
    return false;
  v.head = main;
  v.deprel = "advcl";
  s[static_cast<std::size_t>(noun)].head = noun + 1;
  s[static_cast<std::size_t>(noun)].deprel = "nsubj";
  as.head = noun + 1;
  as.deprel = "mark";
  as.upos = "SCONJ";
  return true;
}

}  // namespace

void repair_as_clauses_read_as_phrases(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int a = 2; a + 2 < n; ++a) {
    SyntaxToken& as = s[static_cast<std::size_t>(a)];
    if (as.deprel != "case" || as.head <= a || as.form.size() != 2 || to_lower_ascii(as.form) != "as") continue;
    const int noun = as.head;
    const int main = s[static_cast<std::size_t>(noun)].head;
    if (as_name_and_verb_read_as_modifiers(s, a)) continue;
    if (main < 0 || main >= a || s[static_cast<std::size_t>(main)].upos != "VERB" ||
        !has_label(s[static_cast<std::size_t>(noun)].deprel, "obl"))
      continue;
    // The clause's verb after the noun's phrase, which took the main verb
    // for its subject, or was read as its conjunct with no subject of its own
    // ("watched as his deputy, B, testified to X").
    int verb = s[static_cast<std::size_t>(main)].head;
    const bool took_main = verb > noun && s[static_cast<std::size_t>(main)].deprel.starts_with("nsubj");
    if (!took_main) {
      verb = -1;
      for (int k = noun + 1; k < n && verb < 0; ++k) {
        const SyntaxToken& v = s[static_cast<std::size_t>(k)];
        if (v.head == main && v.deprel == "conj" && v.upos == "VERB" &&
            !has_child(s, k, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj") || c.deprel == "cc"; }))
          verb = k;
        else if (!descends_from(s, k, noun) && v.upos != "PUNCT")
          break;
      }
      if (verb < 0) continue;
    }
    if (s[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    bool passive = false, finite = finite_tag(s[static_cast<std::size_t>(verb)].xpos);
    for (int k = noun + 1; k < verb; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == verb && has_label(t.deprel, "aux")) {
        passive = passive || t.deprel == "aux:pass";
        finite = finite || finite_tag(t.xpos);
      }
    }
    if (!finite) continue;
    SyntaxToken& m = s[static_cast<std::size_t>(main)];
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    if (took_main) {
      m.head = v.head;
      m.deprel = v.deprel;
    }
    v.head = main;
    v.deprel = "advcl";
    s[static_cast<std::size_t>(noun)].head = verb;
    s[static_cast<std::size_t>(noun)].deprel = passive ? "nsubj:pass" : "nsubj";
    as.head = verb;
    as.deprel = "mark";
    as.upos = "SCONJ";
    if (s[static_cast<std::size_t>(a - 1)].form == ",") s[static_cast<std::size_t>(a - 1)].head = verb;
    if (took_main)  // (the sentence's punctuation after the verb goes with the main verb)
      for (auto k = static_cast<std::size_t>(verb + 1); k < s.size(); ++k)
        if (s[k].head == verb && s[k].deprel == "punct") s[k].head = main;
  }
}

void repair_prepositions_on_modifiers(SyntaxSentence& s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    SyntaxToken& prep = s[i];
    if (prep.deprel != "case" || prep.upos != "ADP" || prep.head <= static_cast<int>(i)) continue;
    const SyntaxToken& modifier = s[static_cast<std::size_t>(prep.head)];
    const int noun = modifier.head;
    if ((modifier.deprel != "compound" && modifier.deprel != "amod") || noun <= prep.head ||
        (s[static_cast<std::size_t>(noun)].upos != "NOUN" && s[static_cast<std::size_t>(noun)].upos != "PROPN"))
      continue;
    // (The noun has no preposition of its own.)
    if (has_child(s, noun, [](const SyntaxToken& c) { return c.deprel == "case"; })) continue;
    const int was = prep.head;
    prep.head = noun;
    // A predicate's subject, copula and auxiliaries the parser gave the
    // modifier go with the noun ("The Mugabes have been under European Union
    // and U.S. sanctions").
    for (SyntaxToken& t : s)
      if (t.head == was && (t.deprel.starts_with("nsubj") || t.deprel == "cop" || has_label(t.deprel, "aux")))
        t.head = noun;
  }
}

void repair_agents_on_obliques(SyntaxSentence& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    SyntaxToken& agent = s[i];
    if (agent.head < 0 || agent.deprel != "nmod" ||
        !has_case(s, static_cast<int>(i), "by"))
      continue;
    const SyntaxToken& noun = s[static_cast<std::size_t>(agent.head)];
    if (noun.head < 0 || !noun.deprel.starts_with("obl")) continue;
    const SyntaxToken& participle = s[static_cast<std::size_t>(noun.head)];
    if (participle.xpos != "VBN" || !has_label(participle.deprel, "acl")) continue;
    agent.head = noun.head;
    agent.deprel = "obl:agent";
  }
}

void repair_nominal_complements(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int c = 1; c < n; ++c) {
    SyntaxToken& noun = s[static_cast<std::size_t>(c)];
    if (noun.deprel != "xcomp" || noun.upos != "NOUN" || noun.head < 0 || noun.head > c) continue;
    const int v = noun.head;
    const SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || lex.in("linking_verbs", to_lower_ascii(verb.lemma)) ||
        has_child(s, v, [](const SyntaxToken& k) { return k.deprel == "obj" || k.deprel == "aux:pass"; }) ||
        !has_child(s, c, [](const SyntaxToken& k) { return k.deprel == "det" || k.deprel == "nmod:poss"; }))
      continue;
    noun.deprel = "obj";
  }
}

void repair_more_than(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int m = 0; m + 2 < n; ++m) {
    SyntaxToken& more = s[static_cast<std::size_t>(m)];
    const std::string w = to_lower_ascii(more.form);
    if ((w != "more" && w != "fewer" && w != "less") || to_lower_ascii(s[static_cast<std::size_t>(m + 1)].form) != "than" ||
        s[static_cast<std::size_t>(m + 1)].head != m || more.deprel == "advmod")
      continue;
    // The counted noun: the first noun after it, hung beside it.
    for (int k = m + 2; k < n && k <= m + 5; ++k) {
      SyntaxToken& noun = s[static_cast<std::size_t>(k)];
      if (noun.upos != "NOUN" && noun.upos != "PROPN") continue;
      if (noun.head != more.head) break;
      noun.deprel = more.deprel;
      for (SyntaxToken& c : s)
        if (c.head == m && c.deprel == "case") c.head = k;
      more.head = k;
      more.deprel = "advmod";
      break;
    }
  }
}

void repair_past_conjuncts_of_present_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const auto subject = [&](int node) {
    return has_child(s, node, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); });
  };
  for (int v = 2; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.deprel != "conj" || verb.upos != "VERB" || verb.xpos != "VBD" || verb.head < 0 || subject(v)) continue;
    if (to_lower_ascii(s[static_cast<std::size_t>(v - 1)].form) != "and" || s[static_cast<std::size_t>(v - 2)].form != ",")
      continue;
    const int clause = verb.head;
    const SyntaxToken& c = s[static_cast<std::size_t>(clause)];
    if (c.upos != "VERB" || (c.xpos != "VBP" && c.xpos != "VBZ" && c.xpos != "VB") || !subject(clause)) continue;
    // The nearest verb above the clause in the past with a subject of its own.
    const int up = climb(s, c.head, [&](int k) {
      const SyntaxToken& u = s[static_cast<std::size_t>(k)];
      return u.upos != "VERB" || u.xpos != "VBD" || !subject(k);
    });
    if (up < 0 || up >= clause) continue;
    const SyntaxToken& u = s[static_cast<std::size_t>(up)];
    if (u.upos == "VERB" && u.xpos == "VBD" && subject(up)) verb.head = up;
  }
}

void repair_fronted_phrases(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto named = [&](int k) { return names_mention(ctx, s[static_cast<std::size_t>(k)]); };
  // The first of the names (joined by "and") that end at token `last`,
  // after a comma past token `floor`; or -1.
  const auto names_ending_at = [&](int last, int floor) {
    if (last <= floor || !named(last)) return -1;
    int first = last;
    while (first - 1 > floor && (named(first - 1) || s[static_cast<std::size_t>(first - 1)].form == "and")) --first;
    return first - 1 <= floor || s[static_cast<std::size_t>(first - 1)].form != "," || !named(first) ? -1 : first;
  };
  // Those names as the verb's subject, the later ones its conjuncts.
  const auto make_subject = [&](int first, int last, int verb) {
    s[static_cast<std::size_t>(first)].head = verb;
    s[static_cast<std::size_t>(first)].deprel = "nsubj";
    for (int k = first + 1; k <= last; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (named(k)) {
        t.head = first;
        t.deprel = "conj";
      } else if (t.form == "and") {
        t.head = k + 1;
        t.deprel = "cc";
      }
    }
  };
  for (int p = 0; p < n; ++p) {
    SyntaxToken& phrase = s[static_cast<std::size_t>(p)];
    const int verb = phrase.head;
    if (phrase.deprel != "nsubj" || verb <= p + 2 || s[static_cast<std::size_t>(verb)].upos != "VERB" ||
        !has_child(s, p, [](const SyntaxToken& t) { return t.deprel == "case" && t.upos == "ADP"; }))
      continue;
    // The names right before the verb, back to the comma that ends the phrase.
    const int first = names_ending_at(verb - 1, p);
    if (first < 0) continue;
    phrase.deprel = "obl";
    make_subject(first, verb - 1, verb);
    return;
  }
  // "In an annex to the order, X himself designated ...": a verb with no
  // subject whose names right before it (past a reflexive or an adverb)
  // the parser hung inside the fronted phrase.
  for (int verb = 0; verb < n; ++verb) {
    const SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    if (v.upos != "VERB" || v.deprel != "root" ||
        has_child(s, verb, [](const SyntaxToken& t) { return t.deprel.starts_with("nsubj"); }))
      continue;
    int last = verb - 1;
    while (last > 0 && (s[static_cast<std::size_t>(last)].upos == "ADV" ||
                        (s[static_cast<std::size_t>(last)].xpos == "PRP" &&
                         to_lower_ascii(s[static_cast<std::size_t>(last)].form).ends_with("self"))))
      --last;
    const int first = names_ending_at(last, 0);
    if (first < 0) continue;
    // Hung inside a phrase with a preposition that the verb governs.
    bool inside = false;
    for (int k = 0; k < first - 1; ++k)
      inside = inside || (s[static_cast<std::size_t>(k)].head == verb &&
                          has_label(s[static_cast<std::size_t>(k)].deprel, "obl") && descends_from(s, first, k));
    if (!inside) continue;
    make_subject(first, last, verb);
    return;
  }
}

void repair_aside_conjuncts(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 2; v < n; ++v) {
    SyntaxToken& conj = s[static_cast<std::size_t>(v)];
    if (conj.deprel != "conj" || conj.head < 0 || conj.upos != "VERB") continue;
    const auto aside = static_cast<std::size_t>(conj.head);
    if (s[aside].deprel != "advcl" || s[aside].head < 0 || s[aside].head > static_cast<int>(aside)) continue;
    // An aside opened by its own subordinator ("days after being sworn in"),
    // not a clause of a series ("when it suspended talks, summoned X, and
    // sanctioned Y": the parser's advcl is the series' first verb).
    if (!has_child(s, static_cast<int>(aside), [](const SyntaxToken& c) { return c.deprel == "mark"; })) continue;
    if (to_lower_ascii(s[static_cast<std::size_t>(v - 1)].form) != "and" || s[static_cast<std::size_t>(v - 2)].form != ",")
      continue;
    // The adverbial is an aside set off by commas: one before its first word.
    int first = static_cast<int>(aside);
    for (int k = 0; k < static_cast<int>(aside); ++k)
      if (s[static_cast<std::size_t>(k)].upos != "PUNCT" && descends_from(s, k, static_cast<int>(aside))) {
        first = k;
        break;
      }
    if (first == 0 || s[static_cast<std::size_t>(first - 1)].form != ",") continue;
    conj.head = s[aside].head;
  }
}

void repair_subordinate_subjects(SyntaxSentence& s, const Lexicon& lex) {
  // "a month after Tom Keller, the administrator of X, sat down with Y and
  // gave the company 90 days", "a week after the Biden administration
  // demanded that ...": a noun after "after" (before, since, until:
  // words/clause_prepositions.txt), with or
  // without an aside, and then a finite verb with no subject is that verb's
  // subject, not the preposition's object, and the verb's clause hangs from
  // the sentence's verb.
  const int n = static_cast<int>(s.size());
  for (int last = 0; last + 1 < n; ++last) {
    const SyntaxToken& next = s[static_cast<std::size_t>(last + 1)];
    const SyntaxToken& before = s[static_cast<std::size_t>(last)];
    // (A list of names may come before the aside: "after A and B, who heads X, asked".)
    const bool aside_after = before.upos == "PROPN" && (next.form == "," || next.upos == "CCONJ");
    const bool verb_after = (before.upos == "PROPN" || before.upos == "NOUN") && next.upos == "VERB" &&
                            finite_tag(next.xpos) && next.deprel != "root" && !next.deprel.starts_with("acl");
    if (!aside_after && !verb_after) continue;
    // The verb right after a list ("after A and B asked") has the list's first item for subject.
    const int p = verb_after && before.deprel == "conj" && before.head >= 0 && before.head < last ? before.head : last;
    SyntaxToken& name = s[static_cast<std::size_t>(p)];
    int mark = -1;
    for (int k = 0; k < p; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == p && t.deprel == "case" && lex.in("clause_prepositions", to_lower_ascii(t.form))) mark = k;
    }
    if (mark < 0) continue;
    // The aside: a noun phrase between two commas, then the verb.
    int verb = verb_after ? last + 1 : -1;
    for (int k = p + 2; verb < 0 && k < n && k < p + 20; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.form != "," || k + 1 >= n) continue;
      const SyntaxToken& v = s[static_cast<std::size_t>(k + 1)];
      if (v.upos == "VERB" && finite_tag(v.xpos)) verb = k + 1;
      // (Past the comma that opens a relative aside: "A, who heads X, asked".)
      if (to_lower_ascii(v.form) != "who") break;
    }
    if (verb < 0) continue;
    int aside = -1;  // the aside's head: a noun whose phrase fills the commas
    for (int k = p + 2; k < verb - 1; ++k)
      if (s[static_cast<std::size_t>(k)].upos == "NOUN" && descends_from(s, verb, k)) aside = k;
    // (A "who" aside may hang elsewhere: it describes the name before it.)
    int relative = -1, described = -1;
    for (int k = p + 2; k + 1 < verb; ++k)
      if (to_lower_ascii(s[static_cast<std::size_t>(k)].form) == "who" && s[static_cast<std::size_t>(k - 1)].form == ",") {
        relative = s[static_cast<std::size_t>(k)].head;
        described = k - 2;
      }
    // (Or an aside the parser already hung from the name: "after A, the MEP
    // who chairs X, met Y".)
    bool hung_from_name = aside < 0 && !verb_after;
    for (int k = p + 1; k + 1 < verb && hung_from_name; ++k)
      hung_from_name = descends_from(s, k, p) || (relative >= 0 && descends_from(s, k, relative));
    const bool subject = has_child(s, verb, [](const SyntaxToken& t) { return t.deprel.starts_with("nsubj"); });
    if ((aside < 0 && !verb_after && !hung_from_name) || subject || descends_from(s, p, verb)) continue;
    // The verb the phrase hung from (through its head noun) takes the clause.
    const int main = governing_verb(s, name.head);
    if (main < 0 || main == verb || descends_from(s, main, verb)) continue;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    // The aside's other verbs ("... and gave") join the clause's verb.
    if (aside >= 0) {
      for (int k = verb + 1; k < n; ++k)
        if (s[static_cast<std::size_t>(k)].head == aside && s[static_cast<std::size_t>(k)].deprel == "conj" &&
            s[static_cast<std::size_t>(k)].upos == "VERB")
          s[static_cast<std::size_t>(k)].head = verb;
      s[static_cast<std::size_t>(aside)].head = p;
      s[static_cast<std::size_t>(aside)].deprel = "appos";
    }
    if (hung_from_name && relative >= 0 && !descends_from(s, relative, p) && descends_from(s, described, p)) {
      s[static_cast<std::size_t>(relative)].head = described;
      s[static_cast<std::size_t>(relative)].deprel = "acl:relcl";
    }
    v.head = main;
    v.deprel = "advcl";
    name.head = verb;
    name.deprel = "nsubj";
    s[static_cast<std::size_t>(mark)].head = verb;
    s[static_cast<std::size_t>(mark)].deprel = "mark";
  }
}

void repair_subjects_with_prepositions(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int p = 1; p < n; ++p) {
    SyntaxToken& phrase = s[static_cast<std::size_t>(p)];
    if (phrase.deprel != "nsubj" || phrase.head < 0 ||
        !has_child(s, p, [](const SyntaxToken& c) { return c.deprel == "case" && c.upos == "ADP"; }))
      continue;
    for (int k = 0; k < p; ++k) {
      SyntaxToken& subject = s[static_cast<std::size_t>(k)];
      if (subject.head != p || subject.deprel != "nsubj") continue;
      subject.head = phrase.head;
      phrase.deprel = "obl";
      break;
    }
  }
}

void repair_along_with(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int w = 1; w < n; ++w) {
    const SyntaxToken& with = s[static_cast<std::size_t>(w)];
    if (to_lower_ascii(with.form) != "with" || with.deprel != "case" || with.head < 0) continue;
    const int noun = with.head;
    SyntaxToken& along = s[static_cast<std::size_t>(w - 1)];
    const std::string word = to_lower_ascii(along.form);
    if ((word != "along" && word != "together") || along.head != noun) continue;
    SyntaxToken& phrase = s[static_cast<std::size_t>(noun)];
    // (Hung from a name or a noun, it goes on from that end: "heard from A,
    // B and C, along with D".)
    if (phrase.head < 0) continue;
    // Hung from the verb of a relative or participle aside it follows
    // ("designated A and B, which has ruled X since 1993, along with C",
    // "blacklisted X, known by its initials, along with C", "designated X,
    // based in Y, along with C" with the participle read as the verb's
    // adverbial): the main verb's.
    // (Also hung from the place such a participle names: "based in Y,
    // along with C" read as a conjunct of Y.)
    const SyntaxToken& hung = s[static_cast<std::size_t>(phrase.head)];
    // (A relative clause whose verb the tagger took for a noun counts too:
    // "its Entity List, which bars American companies from ..., along with C".)
    const auto aside_verb = [&](const SyntaxToken& v) {
      return v.deprel == "acl:relcl" ||
             (v.upos == "VERB" && (v.deprel == "acl" || (v.deprel == "advcl" && v.xpos == "VBN")));
    };
    int aside = aside_verb(hung) ? phrase.head : -1;
    if (aside < 0 && (hung.deprel == "obl" || hung.deprel == "conj") && hung.head >= 0 &&
        s[static_cast<std::size_t>(hung.head)].xpos == "VBN" && aside_verb(s[static_cast<std::size_t>(hung.head)]))
      aside = hung.head;
    if (aside >= 0 && w >= 2 && s[static_cast<std::size_t>(w - 2)].form == "," && phrase.head < w)
      if (const int main = governing_verb(s, s[static_cast<std::size_t>(aside)].head); main >= 0 && main < aside) {
        along.deprel = "advmod";
        phrase.head = main;
        phrase.deprel = "obl";
        continue;
      }
    // Hung from a phrase after the verb's object ("designated X as an entity
    // under its programme on Friday, along with Y"), or from the verb when
    // it counts a group a colon lists ("designated X, along with six
    // officers: A; B; and C"): the object's.
    const bool counted_list = noun + 1 < n && s[static_cast<std::size_t>(noun + 1)].form == ":" &&
                              has_child(s, noun, [](const SyntaxToken& c) { return c.deprel == "nummod"; });
    if (((hung.upos == "NOUN" && (has_label(hung.deprel, "obl") || has_label(hung.deprel, "nmod"))) ||
         (hung.upos == "VERB" && counted_list)) &&
        w >= 2 && s[static_cast<std::size_t>(w - 2)].form == ",")
      if (const int verb = governing_verb(s, phrase.head); verb >= 0) {
        int object = -1;
        for (int k = 0; k < w; ++k)
          if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel == "obj" &&
              s[static_cast<std::size_t>(k)].upos == "PROPN")
            object = k;
        if (object >= 0 && object < noun) {
          phrase.head = object;
          phrase.deprel = "nmod";
          continue;
        }
      }
    const std::string_view head = hung.upos;
    if (head == "VERB" || head == "NOUN" || head == "PROPN" || head == "PRON") continue;
    along.deprel = "advmod";
    for (int v = w - 2; v >= 0; --v)
      if (s[static_cast<std::size_t>(v)].upos == "VERB") {
        phrase.head = v;
        phrase.deprel = "obl";
        break;
      }
  }
}

void repair_barred_from(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int g = 1; g < n; ++g) {
    SyntaxToken& gerund = s[static_cast<std::size_t>(g)];
    // (Hung as a clause of a noun, or as an adverbial of one: "barred A and
    // more than 100 of its affiliates from bidding", from "100".)
    const bool under_noun = gerund.deprel == "acl" ||
                            (gerund.deprel == "advcl" && gerund.head >= 0 &&
                             s[static_cast<std::size_t>(gerund.head)].upos != "VERB" &&
                             s[static_cast<std::size_t>(gerund.head)].upos != "AUX");
    // (Or of the verb of a relative clause about the object's last item that
    // bars no one itself: "barring A and the officers who support him from
    // travelling".)
    const SyntaxToken* relative = gerund.deprel == "advcl" && gerund.head >= 0 ? &s[static_cast<std::size_t>(gerund.head)]
                                                                               : nullptr;
    const bool under_relative = relative != nullptr && relative->deprel == "acl:relcl" && relative->head >= 0 &&
                                !lex.in("barring_verbs", to_lower_ascii(relative->lemma));
    if (gerund.xpos != "VBG" || (!under_noun && !under_relative) ||
        !has_child(s, g, [](const SyntaxToken& c) { return to_lower_ascii(c.form) == "from"; }))
      continue;
    const int verb = governing_verb(s, under_relative ? relative->head : gerund.head);
    if (verb >= 0 && lex.in("barring_verbs", to_lower_ascii(s[static_cast<std::size_t>(verb)].lemma))) {
      gerund.head = verb;
      gerund.deprel = "advcl";
    }
  }
}

void repair_counted_items_read_as_obliques(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int c = 2; c < n; ++c) {
    SyntaxToken& count = s[static_cast<std::size_t>(c)];
    const int verb = count.head;
    if (count.upos != "NUM" || count.deprel != "obl" || verb < 0 || verb > c ||
        s[static_cast<std::size_t>(c - 1)].form != "," ||
        has_child(s, c, [](const SyntaxToken& k) { return k.deprel == "case"; }))
      continue;
    // The verb's object, whose phrase ends right before the comma.
    int obj = -1;
    for (int k = verb + 1; k < c - 1 && obj < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel == "obj" &&
          descends_from(s, c - 2, k))
        obj = k;
    if (obj < 0) continue;
    count.head = obj;
    count.deprel = "conj";
    // The item after "and" hung inside the count's phrase goes to the list too.
    for (int k = c + 1; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.deprel == "conj" && t.head != c && descends_from(s, t.head, c) &&
          has_child(s, k, [](const SyntaxToken& g) { return g.deprel == "cc"; }))
        t.head = obj;
    }
  }
}

void repair_lists_added_to(SyntaxSentence& s, const Lexicon& lex) {
  for (std::size_t k = 0; k < s.size(); ++k) {
    SyntaxToken& list = s[k];
    const std::string lemma = to_lower_ascii(list.lemma);
    if ((lemma != "list" && lemma != "blacklist") || list.deprel != "nmod" || list.head < 0 ||
        !has_child(s, static_cast<int>(k), [](const SyntaxToken& c) {
          const std::string w = to_lower_ascii(c.form);
          return c.deprel == "case" && (w == "to" || w == "on" || w == "onto");
        }))
      continue;
    // (Not from a counted group, "added 18 entities to its list of ...,
    // including A and B": the group's members are found through it; but
    // from the last item of a list, "added A, 19 of its agencies and eight
    // firms to its entity list".)
    if (s[static_cast<std::size_t>(list.head)].deprel != "conj" &&
        has_child(s, list.head, [](const SyntaxToken& c) { return c.deprel == "nummod"; }))
      continue;
    const int verb = governing_verb(s, list.head);
    if (verb >= 0 && lex.in("listing_verbs", to_lower_ascii(s[static_cast<std::size_t>(verb)].lemma))) {
      list.head = verb;
      list.deprel = "obl";
    }
  }
}

void repair_obliques_read_as_conjuncts(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const auto has_preposition = [&](int k) {
    return has_child(s, k, [](const SyntaxToken& c) { return c.deprel == "case"; });
  };
  const auto preposition = [&](int k) {
    for (int c = 0; c < n; ++c)
      if (s[static_cast<std::size_t>(c)].head == k && s[static_cast<std::size_t>(c)].deprel == "case")
        return to_lower_ascii(s[static_cast<std::size_t>(c)].form);
    return std::string();
  };
  for (int c = 1; c < n; ++c) {
    SyntaxToken& conj = s[static_cast<std::size_t>(c)];
    if (conj.deprel != "conj" || conj.head < 0 || !has_preposition(c)) continue;
    const int first = conj.head;
    const SyntaxToken& f = s[static_cast<std::size_t>(first)];
    if (!has_preposition(first)) {
      if (f.upos != "PROPN") continue;
      if (const int verb = governing_verb(s, first); verb >= 0) {
        conj.head = verb;
        conj.deprel = "obl";
      }
      continue;
    }
    // "talks in Anchorage, Alaska, with A and B": a "with" phrase after a
    // phrase of another preposition hangs where that phrase hangs, and the
    // conjuncts after it are its own.
    if (preposition(c) != "with" || preposition(first) == "with" || f.head < 0 ||
        (!has_label(f.deprel, "nmod") && !has_label(f.deprel, "obl")))
      continue;
    for (int k = c + 1; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == first && s[static_cast<std::size_t>(k)].deprel == "conj")
        s[static_cast<std::size_t>(k)].head = c;
    conj.head = f.head;
    conj.deprel = f.deprel;
  }
}

void repair_clauses_read_as_phrases(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int noun = 1; noun < n; ++noun) {
    SyntaxToken& subject = s[static_cast<std::size_t>(noun)];
    if (!has_label(subject.deprel, "obl") || subject.head < 0 ||
        (subject.upos != "NOUN" && subject.upos != "PROPN"))
      continue;
    // Its phrase opens with the subordinator.
    const int start = static_cast<int>(phrase_start(s, static_cast<std::size_t>(noun)));
    const std::string w = to_lower_ascii(s[static_cast<std::size_t>(start)].form);
    if (s[static_cast<std::size_t>(start)].head != noun || !clause_opening_preposition(w)) continue;
    int end = noun;  // the phrase's last word
    while (end + 1 < n && descends_from(s, end + 1, noun)) ++end;
    // The verb: its auxiliaries right after the phrase, itself a conjunct or
    // adverbial of the noun's verb, with no subject of its own.
    int verb = end + 1;
    while (verb < n && has_label(s[static_cast<std::size_t>(verb)].deprel, "aux")) ++verb;
    if (verb >= n || verb == end + 1) continue;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    const bool finite = finite_or_modal_tag(s[static_cast<std::size_t>(end + 1)].xpos);
    if (v.upos != "VERB" || v.head != subject.head || (v.deprel != "conj" && v.deprel != "advcl") || !finite ||
        has_child(s, verb, [](const SyntaxToken& c) { return has_label(c.deprel, "nsubj"); }))
      continue;
    for (int k = end + 1; k < verb; ++k) s[static_cast<std::size_t>(k)].head = verb;
    v.deprel = "advcl";
    subject.head = verb;
    subject.deprel =
        has_child(s, verb, [](const SyntaxToken& c) { return c.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
    s[static_cast<std::size_t>(start)].head = verb;
    s[static_cast<std::size_t>(start)].deprel = "mark";
    s[static_cast<std::size_t>(start)].upos = "SCONJ";
  }
}

void repair_compounds_across_commas(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int i = 0; i < n; ++i) {
    SyntaxToken& t = s[static_cast<std::size_t>(i)];
    if (t.deprel != "compound" || t.upos != "PROPN" || t.head <= i + 1) continue;
    const int h = t.head;
    SyntaxToken& noun = s[static_cast<std::size_t>(h)];
    bool comma = false;
    for (int k = i + 1; k < h; ++k) comma = comma || s[static_cast<std::size_t>(k)].form == ",";
    const int before = h - 1;
    if (!comma || noun.head < 0 || s[static_cast<std::size_t>(before)].upos == "PUNCT") continue;
    const int old_head = t.head;
    t.head = noun.head;
    if (descends_from(s, before, h)) {  // (no cycle)
      t.head = old_head;
      continue;
    }
    t.deprel = noun.deprel;
    noun.head = before;
    noun.deprel = "dep";
  }
}

void repair_subjects_before_parentheticals(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int p = 0; p + 3 < n; ++p) {
    SyntaxToken& name = s[static_cast<std::size_t>(p)];
    if (name.upos != "PROPN" || name.head <= p + 1 || s[static_cast<std::size_t>(p + 1)].form != "," ||
        (name.deprel != "vocative" && name.deprel != "dep" && name.deprel != "discourse"))
      continue;
    const int verb = name.head;
    if (!lex.in("speech_verbs", s[static_cast<std::size_t>(verb)].lemma) || verb + 1 >= n ||
        s[static_cast<std::size_t>(verb + 1)].form != ",")
      continue;
    for (int c = verb + 2; c < n; ++c) {
      const SyntaxToken& clause = s[static_cast<std::size_t>(c)];
      if (clause.head != verb || clause.deprel != "ccomp") continue;
      if (has_child(s, c, [](const SyntaxToken& k) { return k.deprel.starts_with("nsubj"); })) break;
      name.head = c;
      name.deprel = "nsubj";
      break;
    }
  }
}

void repair_passive_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int k = 0; k < n; ++k) {
    SyntaxToken& subject = s[static_cast<std::size_t>(k)];
    if (subject.deprel != "nsubj" || subject.head < 0) continue;
    const int verb = subject.head;
    if (s[static_cast<std::size_t>(verb)].xpos == "VBN" &&
        has_child(s, verb, [](const SyntaxToken& t) { return t.deprel == "aux:pass"; }))
      subject.deprel = "nsubj:pass";
  }
}

void repair_repeated_noun_adverbials(SyntaxSentence& s) {
  for (std::size_t k = 0; k + 2 < s.size(); ++k) {
    SyntaxToken& noun = s[k];
    if (noun.upos != "NOUN" || (noun.deprel != "obj" && noun.deprel != "obl:unmarked") ||
        (s[k + 1].upos != "ADP" && s[k + 1].upos != "PART") || to_lower_ascii(s[k + 2].form) != to_lower_ascii(noun.form))
      continue;
    noun.deprel = "obl:npmod";
  }
}

void repair_phrases_hung_from_punctuation(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int k = 0; k < n; ++k) {
    SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head < 0 || (t.upos != "NOUN" && t.upos != "PROPN")) continue;
    const SyntaxToken& mark = s[static_cast<std::size_t>(t.head)];
    if (mark.upos != "PUNCT" || mark.head < 0 || descends_from(s, mark.head, k) ||
        !has_child(s, k, [](const SyntaxToken& c) { return c.deprel == "case"; }))
      continue;
    t.head = mark.head;
    t.deprel = "obl";
  }
}

void repair_subjects_of_zero_that_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int k = 0; k + 2 < n; ++k) {
    SyntaxToken& noun = s[static_cast<std::size_t>(k)];
    const SyntaxToken& modal = s[static_cast<std::size_t>(k + 1)];
    if (noun.deprel != "obj" || noun.head < 0 || noun.head > k || modal.xpos != "MD" || modal.head <= k + 1) continue;
    const int verb = noun.head, clause = modal.head;
    SyntaxToken& c = s[static_cast<std::size_t>(clause)];
    if (s[static_cast<std::size_t>(verb)].upos != "VERB" || c.upos != "VERB" || descends_from(s, verb, clause) ||
        has_child(s, clause, [](const SyntaxToken& t) { return t.deprel.starts_with("nsubj"); }))
      continue;
    noun.head = clause;
    noun.deprel = "nsubj";
    c.head = verb;
    c.deprel = "ccomp";
  }
}

}  // namespace kg::extract
