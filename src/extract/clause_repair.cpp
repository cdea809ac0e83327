#include "clause_repair.hpp"

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {

void repair_whose_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int w = 0; w < n; ++w) {
    if (to_lower_ascii(s[static_cast<std::size_t>(w)].form) != "whose") continue;
    const int noun = s[static_cast<std::size_t>(w)].head;
    if (noun < 0) continue;
    // ("X, whose general secretary, A, has addressed ..., demanded": the
    // clause's subject read as a conjunct of X.)
    if (SyntaxToken& own = s[static_cast<std::size_t>(noun)]; own.deprel == "conj" && own.head >= 0 && own.head < w) {
      const SyntaxToken& described = s[static_cast<std::size_t>(own.head)];
      if (described.deprel.starts_with("nsubj") && described.head > noun) {
        own.head = described.head;
        own.deprel = "nsubj";
      }
    }
    if (!s[static_cast<std::size_t>(noun)].deprel.starts_with("nsubj")) continue;
    const int verb = s[static_cast<std::size_t>(noun)].head;
    if (verb < 0) continue;
    // ("X, whose chief executive A has warned ..., had sought ...": the
    // clause hung loose from X is X's relative clause.)
    if (SyntaxToken& clause = s[static_cast<std::size_t>(verb)];
        (clause.deprel == "parataxis" || clause.deprel == "dep") && clause.head >= 0 && clause.head < w &&
        w >= 2 && s[static_cast<std::size_t>(w - 1)].form == "," && clause.head == w - 2) {
      clause.deprel = "acl:relcl";
      continue;
    }
    // The subject the clause describes, before it, and the verb after it.
    int subject = -1, main = -1;
    for (int k = 0; k < n; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != verb) continue;
      if (k < w && t.deprel.starts_with("nsubj") && (t.upos == "PROPN" || t.upos == "NOUN")) subject = k;
      if (k > verb && t.deprel == "conj" && main < 0 && (t.upos == "VERB" || t.upos == "AUX")) main = k;
    }
    if (subject < 0 || main < 0 || s[static_cast<std::size_t>(main)].deprel.empty()) continue;
    // The clause's comma ends it before the main verb.
    bool closed = false;
    for (int k = verb + 1; k < main; ++k) closed = closed || s[static_cast<std::size_t>(k)].form == ",";
    if (!closed) continue;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    SyntaxToken& m = s[static_cast<std::size_t>(main)];
    m.head = v.head;
    m.deprel = v.deprel;
    // What hangs from the clause's verb before its subject or after the main
    // verb belongs to the sentence ("By contrast, X, whose ..., held ... ."),
    // and the comma before the main verb to the aside's end.
    for (int k = 0; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == verb && k != subject && (k < subject || k > main)) t.head = main;
    }
    s[static_cast<std::size_t>(subject)].head = main;
    v.head = subject;
    v.deprel = "acl:relcl";
  }
}

void repair_whose_objects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int w = 1; w < n; ++w) {
    if (to_lower_ascii(s[static_cast<std::size_t>(w)].form) != "whose") continue;
    const int noun = w - 1;
    SyntaxToken& object = s[static_cast<std::size_t>(noun)];
    const int verb = object.head;
    if ((object.upos != "NOUN" && object.upos != "PROPN") || !object.deprel.starts_with("nsubj") || verb <= w) continue;
    SyntaxToken& clause = s[static_cast<std::size_t>(verb)];
    const int main = clause.head;
    if (main < 0 || main >= noun || s[static_cast<std::size_t>(main)].upos != "VERB" ||
        (clause.deprel != "ccomp" && clause.deprel != "xcomp" && clause.deprel != "advcl") ||
        has_child(s, main, [](const SyntaxToken& c) { return c.deprel == "obj"; }))
      continue;
    object.head = main;
    object.deprel = "obj";
    clause.head = noun;
    clause.deprel = "acl:relcl";
    // The names after a colon that closes the clause are the noun's.
    int colon = verb + 1;
    while (colon < n && s[static_cast<std::size_t>(colon)].form != ":") ++colon;
    for (int k = colon + 1; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != verb || (t.upos != "PROPN" && t.upos != "NOUN")) continue;
      t.head = noun;
      t.deprel = "appos";
      s[static_cast<std::size_t>(colon)].head = k;
      break;
    }
  }
}

void repair_complement_conjuncts(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  const auto opened_by_that = [&](int k) {
    return has_child(s, k, [](const SyntaxToken& c) { return c.deprel == "mark" && to_lower_ascii(c.form) == "that"; });
  };
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
    int first = conj.head;
    while (s[static_cast<std::size_t>(first)].deprel == "conj" && s[static_cast<std::size_t>(first)].head >= 0 &&
           opened_by_that(first))
      first = s[static_cast<std::size_t>(first)].head;
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
    const std::string_view inside = s[static_cast<std::size_t>(conj.head)].deprel;
    if (inside != "acl:relcl" && inside != "acl" && inside != "advcl") continue;
    // Up to the nearest complement clause the relative clause is in.
    int up = s[static_cast<std::size_t>(conj.head)].head;
    for (int steps = 0; up >= 0 && steps < n && s[static_cast<std::size_t>(up)].deprel != "ccomp"; ++steps)
      up = s[static_cast<std::size_t>(up)].head;
    if (up >= 0 && up != v) conj.head = up;
  }
}

void repair_who_antecedents(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto person = [&](int k) {
    const int m = ctx.mention_at[s[static_cast<std::size_t>(k)].token];
    return s[static_cast<std::size_t>(k)].upos == "PROPN" && m >= 0 &&
           ctx.mentions[static_cast<std::size_t>(m)].type == EntityType::Person;
  };
  for (int w = 1; w < n; ++w) {
    const std::string form = to_lower_ascii(s[static_cast<std::size_t>(w)].form);
    if ((form != "who" && form != "whom") || s[static_cast<std::size_t>(w - 1)].form != ",") continue;
    const int verb = s[static_cast<std::size_t>(w)].head;
    if (verb <= w || s[static_cast<std::size_t>(verb)].deprel != "acl:relcl") continue;
    const int head = s[static_cast<std::size_t>(verb)].head;
    if (head < 0 || head >= w || person(head) || s[static_cast<std::size_t>(head)].upos == "PRON") continue;
    // The nearest person named between that head and the pronoun.
    int antecedent = -1;
    for (int k = w - 1; k > head && antecedent < 0; --k)
      if (person(k)) antecedent = k;
    if (antecedent >= 0) s[static_cast<std::size_t>(verb)].head = antecedent;
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
    // The aside: ", who/which/where ..." closed by the comma before "to".
    int open = -1;
    for (int k = to - 2; k >= 1 && k >= to - 30 && open < 0; --k) {
      const std::string w = form(k);
      if (s[static_cast<std::size_t>(k - 1)].form == "," && (w == "who" || w == "whom" || w == "which" || w == "where"))
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

void repair_relative_roots(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 0 || s[static_cast<std::size_t>(root)].upos != "VERB") return;
  // Two subjects: the name, and a relative pronoun after it.
  int name = -1, pronoun = -1;
  for (int k = 0; k < root; ++k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head != root || !t.deprel.starts_with("nsubj")) continue;
    const std::string w = to_lower_ascii(t.form);
    if ((w == "who" || w == "which") && name >= 0) pronoun = k;
    else if (name < 0 && (t.upos == "PROPN" || t.upos == "NOUN")) name = k;
  }
  if (name < 0 || pronoun < 0 || pronoun < 2) return;
  // The main verb: a conjunct after a comma with no subject of its own.
  int verb = -1;
  for (int k = pronoun + 1; k < n && verb < 0; ++k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head != root || t.deprel != "conj" || t.upos != "VERB" || s[static_cast<std::size_t>(k - 1)].form != ",") continue;
    if (!has_child(s, k, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); })) verb = k;
  }
  if (verb < 0) return;
  // The clause describes the noun right before its pronoun (a description of
  // the name, "X, a Lisbon Democrat who ..."), else the name.
  const int before = pronoun - 1;
  const int described = (s[static_cast<std::size_t>(before)].upos == "NOUN" || s[static_cast<std::size_t>(before)].upos == "PROPN") &&
                                descends_from(s, before, name)
                            ? before
                            : name;
  SyntaxToken& v = s[static_cast<std::size_t>(verb)];
  v.head = -1;
  v.deprel = "root";
  s[static_cast<std::size_t>(name)].head = verb;
  for (int k = verb + 1; k < n; ++k)
    if (s[static_cast<std::size_t>(k)].head == root) s[static_cast<std::size_t>(k)].head = verb;
  s[static_cast<std::size_t>(root)].head = described;
  s[static_cast<std::size_t>(root)].deprel = "acl:relcl";
}

void repair_rooted_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 0 || (s[static_cast<std::size_t>(root)].upos != "PROPN" && s[static_cast<std::size_t>(root)].upos != "NOUN"))
    return;
  // The aside's relative clause right after the root, and the verb after it.
  int aside = -1, verb = -1;
  for (int k = root + 1; k < n; ++k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head != root) continue;
    if (t.deprel == "acl:relcl" && aside < 0) aside = k;
    const bool loose = t.deprel == "dep" || t.deprel == "parataxis" || t.deprel == "acl" || t.deprel == "conj" ||
                       t.deprel == "appos";
    if (aside >= 0 && k > aside && loose && t.upos == "VERB" && verb < 0) verb = k;
  }
  if (aside < 0 || s[static_cast<std::size_t>(root + 1)].form != ",") return;
  // ... or hung inside the aside, a finite verb of its own ("X, who is seen
  // as a candidate to succeed him, will give evidence": "give" parsed as an
  // adverbial of "seen"); the checks below make sure a comma opens it.
  const auto finite = [&](int k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    return finite_tag(t.xpos) || has_child(s, k, [](const SyntaxToken& c) {
             return c.deprel.starts_with("aux") && (finite_tag(c.xpos) || c.xpos == "MD");
           });
  };
  for (int k = aside + 1; k < n && verb < 0; ++k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    // (Also read as an oblique: "X, which is chaired by the judge Y, is due
    // to ...", "due" parsed as the agent of "chaired".)
    const bool clause = t.deprel == "advcl" || t.deprel == "conj" || t.deprel == "dep" || t.deprel == "parataxis" ||
                        t.deprel.starts_with("obl");
    if (t.upos == "VERB" && clause && descends_from(s, k, aside) && finite(k)) verb = k;
  }
  if (verb < 0) return;
  // The comma before the verb's own first word ("co-chaired", "will").
  int start = verb;
  const auto under_verb = [&](int k) {
    for (int up = k, steps = 0; up >= 0 && steps < 3; up = s[static_cast<std::size_t>(up)].head, ++steps)
      if (up == verb) return true;
    return false;
  };
  while (start - 1 > aside && under_verb(start - 1) && s[static_cast<std::size_t>(start - 1)].form != ",") --start;
  if (s[static_cast<std::size_t>(start - 1)].form != ",") return;
  // A subject of its own after the comma makes it a clause of the aside.
  for (int k = start; k < verb; ++k)
    if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj")) return;
  SyntaxToken& v = s[static_cast<std::size_t>(verb)];
  // What the parser gave it from inside the aside, before the comma ("as a
  // candidate" read as its subject), stays in the aside.
  int preposition = -1;  // one the parser gave the verb: it marks the noun after it
  for (int k = aside + 1; k < start; ++k) {
    SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head != verb) continue;
    t.head = v.head;
    if (t.deprel.starts_with("nsubj")) t.deprel = "obl";
    if (t.upos == "ADP") {
      preposition = k;
    } else if (preposition >= 0 && (t.upos == "NOUN" || t.upos == "PROPN")) {
      s[static_cast<std::size_t>(preposition)].head = k;
      s[static_cast<std::size_t>(preposition)].deprel = "case";
      preposition = -1;
    }
  }
  v.head = -1;
  v.deprel = "root";
  s[static_cast<std::size_t>(root)].head = verb;
  s[static_cast<std::size_t>(root)].deprel =
      has_child(s, verb, [](const SyntaxToken& t) { return t.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
  // The sentence's closing punctuation and later phrases hang from the verb.
  for (int k = verb + 1; k < n; ++k)
    if (s[static_cast<std::size_t>(k)].head == root) s[static_cast<std::size_t>(k)].head = verb;
}

void repair_participle_demonstratives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int d = 0; d + 2 < n; ++d) {
    SyntaxToken& those = s[static_cast<std::size_t>(d)];
    const int p = d + 1;
    SyntaxToken& participle = s[static_cast<std::size_t>(p)];
    if (fold_case(those.form) != "those" || participle.xpos != "VBN" || participle.head != d) continue;
    if (d > 0 && s[static_cast<std::size_t>(d - 1)].form != "," && s[static_cast<std::size_t>(d - 1)].upos != "CCONJ")
      continue;
    int verb = -1;
    for (int k = p + 1; k < n && verb < 0; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if ((t.head == p || t.head == d) && (t.upos == "VERB" || t.upos == "AUX") && finite_tag(t.xpos)) verb = k;
    }
    if (verb < 0) continue;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    v.head = those.head;
    v.deprel = those.deprel;
    those.head = verb;
    those.deprel = "nsubj";
    participle.deprel = "acl";
    // What came after the verb hangs from it, not from the subject.
    for (int k = verb + 1; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == d || s[static_cast<std::size_t>(k)].head == p)
        s[static_cast<std::size_t>(k)].head = verb;
    return;
  }
}

void repair_relative_objects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 0; v < n; ++v) {
    std::vector<int> subjects;
    for (int k = 0; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel == "nsubj") subjects.push_back(k);
    if (subjects.size() < 2) continue;
    // The relative clause on the first subject, with a pronoun subject and no object.
    int clause = -1;
    for (int k = subjects.front() + 1; k < subjects[1]; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == subjects.front() && t.deprel == "acl:relcl" && t.upos == "VERB") clause = k;
    }
    if (clause < 0 || has_child(s, clause, [](const SyntaxToken& c) { return has_label(c.deprel, "obj"); }) ||
        !has_child(s, clause, [](const SyntaxToken& c) { return c.xpos == "WP" || c.xpos == "WDT"; }))
      continue;
    // The object's phrase opens right after the verb (or its adverbs).
    const int object = subjects[1];
    int first = object;
    while (first > clause + 1 && descends_from(s, first - 1, object)) --first;
    int gap = clause + 1;
    while (gap < first && (s[static_cast<std::size_t>(gap)].deprel == "advmod" ||
                           s[static_cast<std::size_t>(gap)].deprel == "compound:prt"))
      ++gap;
    if (gap != first) continue;
    s[static_cast<std::size_t>(object)].head = clause;
    s[static_cast<std::size_t>(object)].deprel = "obj";
    // The later subjects, and the "and" before each, are its conjuncts.
    for (std::size_t i = 2; i < subjects.size(); ++i) {
      const int c = subjects[i];
      s[static_cast<std::size_t>(c)].head = object;
      s[static_cast<std::size_t>(c)].deprel = "conj";
      for (int k = object + 1; k < c; ++k)
        if (s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel == "cc")
          s[static_cast<std::size_t>(k)].head = c;
    }
    return;
  }
}

void repair_zero_relatives(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  const auto child = [&](int node, auto pred) { return has_child(s, node, pred); };
  for (int v = 2; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || !finite_tag(verb.xpos) || verb.head < 0 ||
        child(v, [](const SyntaxToken& c) { return has_label(c.deprel, "obj") || c.deprel == "ccomp"; }))
      continue;
    // The pronoun subject right after the noun, then only auxiliaries and adverbs.
    int p = v - 1;
    while (p > 1 && (s[static_cast<std::size_t>(p)].upos == "AUX" || s[static_cast<std::size_t>(p)].upos == "ADV")) --p;
    const SyntaxToken& pronoun = s[static_cast<std::size_t>(p)];
    if (pronoun.head != v || pronoun.deprel != "nsubj" || pronoun.xpos != "PRP") continue;
    const int noun = p - 1;
    if (s[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    // The top of the noun's phrase, which the parser hung from the verb:
    // no phrase with a preposition, nor a time ("Last week he met X").
    int top = noun;
    while (has_label(s[static_cast<std::size_t>(top)].deprel, "nmod") && s[static_cast<std::size_t>(top)].head >= 0 &&
           s[static_cast<std::size_t>(top)].head < top)
      top = s[static_cast<std::size_t>(top)].head;
    const SyntaxToken& phrase = s[static_cast<std::size_t>(top)];
    if (phrase.head != v || phrase.upos != "NOUN" || lex.in("time_units", to_lower_ascii(phrase.lemma)) ||
        child(top, [](const SyntaxToken& c) { return c.deprel == "case"; }))
      continue;
    // The later clause the parser hung from the verb's head or above it
    // ("and that ... he held ... had produced"), with no subject of its own.
    int later = -1;
    for (int k = v + 1; k < n && later < 0; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if ((t.upos == "VERB" || t.upos == "AUX") && (t.deprel == "ccomp" || t.deprel == "conj") && t.head >= 0 &&
          descends_from(s, v, t.head) && !descends_from(s, k, v))
        later = k;
    }
    if (later < 0 || child(later, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj") || c.deprel == "expl"; }) ||
        !(finite_tag(s[static_cast<std::size_t>(later)].xpos) ||
          child(later, [](const SyntaxToken& c) { return c.deprel.starts_with("aux"); })))
      continue;
    // Its marker ("that") and the ", and" before the phrase go with it.
    for (int k = 0; k < top; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == v && (t.deprel == "mark" || t.deprel == "cc" || t.deprel == "punct")) t.head = later;
    }
    s[static_cast<std::size_t>(later)].head = verb.head;
    s[static_cast<std::size_t>(later)].deprel = verb.deprel;
    s[static_cast<std::size_t>(top)].head = later;
    s[static_cast<std::size_t>(top)].deprel = "nsubj";
    verb.head = noun;
    verb.deprel = "acl:relcl";
    return;
  }
}

void repair_participle_roots(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 0) return;
  const SyntaxToken& v = s[static_cast<std::size_t>(root)];
  if (v.upos != "VERB" || v.xpos != "VBN") return;
  const auto child = [&](auto pred) { return has_child(s, root, pred); };
  if (!child([](const SyntaxToken& c) { return c.deprel == "nsubj"; }) ||
      child([](const SyntaxToken& c) { return c.deprel.starts_with("aux") || c.deprel == "cop" || c.deprel == "obj"; }))
    return;
  for (int k = root + 1; k < n; ++k) {
    SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head == root && t.deprel == "xcomp" && t.upos == "PROPN") {
      t.deprel = "obj";
      return;
    }
  }
}

void repair_that_complements(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int c = 0; c < n; ++c) {
    SyntaxToken& clause = s[static_cast<std::size_t>(c)];
    if (clause.deprel != "acl:relcl" || clause.head < 0) continue;
    const SyntaxToken& noun = s[static_cast<std::size_t>(clause.head)];
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
      else if (t.deprel == "obj") object = true;
    }
    // "that" can be no argument of a clause whose subject and object are
    // others; after a time adverbial, whose subject is another.
    if (that < 0 || !subject || (!object && !adverbial)) continue;
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

void repair_nouns_with_objects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int noun = 1; noun + 1 < n; ++noun) {
    if (s[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    // The names right after it the parser made its object, and the name
    // before it its subject, as if it were a verb.
    const int object = noun + 1;
    if (s[static_cast<std::size_t>(object)].head != noun || s[static_cast<std::size_t>(object)].deprel != "obj" ||
        s[static_cast<std::size_t>(object)].upos != "PROPN")
      continue;
    s[static_cast<std::size_t>(object)].deprel = "appos";
    if (SyntaxToken& before = s[static_cast<std::size_t>(noun - 1)];
        before.head == noun && before.deprel.starts_with("nsubj") && before.upos == "PROPN")
      before.deprel = "compound";
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

void repair_relative_agreement(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int r = 0; r < n; ++r) {
    SyntaxToken& clause = s[static_cast<std::size_t>(r)];
    if (clause.deprel != "acl:relcl" || clause.head < 0) continue;
    const std::string_view noun = s[static_cast<std::size_t>(clause.head)].xpos;
    if (noun != "NN" && noun != "NNP") continue;
    // "that"/"which" as its subject, and a plural auxiliary ("were hosted").
    int pronoun = -1;
    bool plural = false;
    for (int k = 0; k < r; ++k) {
      const SyntaxToken& c = s[static_cast<std::size_t>(k)];
      if (c.head != r) continue;
      const std::string w = to_lower_ascii(c.form);
      if (c.deprel.starts_with("nsubj") && (w == "that" || w == "which")) pronoun = k;
      if ((c.deprel.starts_with("aux") || c.deprel == "cop") && (w == "were" || w == "are")) plural = true;
    }
    if (pronoun < 0 || !plural) continue;
    // The nearest plural noun before it up the noun's heads.
    for (int up = s[static_cast<std::size_t>(clause.head)].head, steps = 0; up >= 0 && up < pronoun && steps < 6;
         up = s[static_cast<std::size_t>(up)].head, ++steps) {
      const std::string_view x = s[static_cast<std::size_t>(up)].xpos;
      if (x == "NNS" || x == "NNPS") {
        clause.head = up;
        break;
      }
      if (s[static_cast<std::size_t>(up)].upos == "VERB") break;
    }
  }
}

void repair_coordinated_relatives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int second = 0; second < n; ++second) {
    SyntaxToken& clause = s[static_cast<std::size_t>(second)];
    if (clause.deprel != "acl:relcl") continue;
    // Its relative pronoun, right after "and".
    int pronoun = -1;
    for (int k = 1; k < second; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == second && (t.xpos == "WDT" || t.xpos == "WP") &&
          to_lower_ascii(s[static_cast<std::size_t>(k - 1)].form) == "and")
        pronoun = k;
    }
    if (pronoun < 0) continue;
    // The relative clause before it, whose words run up to that "and".
    for (int first = pronoun - 2; first >= 0; --first) {
      const SyntaxToken& c = s[static_cast<std::size_t>(first)];
      if (c.deprel != "acl:relcl" || c.head < 0 || c.head == clause.head) continue;
      bool adjacent = true;
      for (int k = first + 1; k < pronoun - 1 && adjacent; ++k) adjacent = descends_from(s, k, first);
      if (!adjacent) break;
      clause.head = c.head;
      s[static_cast<std::size_t>(pronoun - 1)].head = second;  // the "and"
      break;
    }
  }
}

void repair_conjuncts_after_reduced_relatives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const auto child = [&](int node, std::string_view label) {
    return has_child(s, node, [&](const SyntaxToken& c) { return has_label(c.deprel, label); });
  };
  for (int second = 0; second < n; ++second) {
    SyntaxToken& verb = s[static_cast<std::size_t>(second)];
    if (verb.deprel != "conj" || verb.upos != "VERB" || verb.head < 0 || child(second, "nsubj")) continue;
    const int clause = verb.head;
    const SyntaxToken& c = s[static_cast<std::size_t>(clause)];
    if (c.upos != "VERB" || (c.deprel != "ccomp" && c.deprel != "acl:relcl") || c.head < 0 || c.head > clause) continue;
    // A clause with its own subject, no object and no "that": "any assets the two men hold".
    if (!child(clause, "nsubj") || child(clause, "obj") || child(clause, "mark")) continue;
    const int main = c.head;
    const SyntaxToken& m = s[static_cast<std::size_t>(main)];
    if (m.upos == "VERB" && verb.xpos == m.xpos && verb.xpos != c.xpos) verb.head = main;
  }
}

void repair_conjuncts_of_who_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 3; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.deprel != "conj" || verb.upos != "VERB" || verb.head < 0 || verb.head > v ||
        to_lower_ascii(s[static_cast<std::size_t>(v - 1)].form) != "and" ||
        has_child(s, v, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }))
      continue;
    // The relative clause whose last word comes right before "and" (no comma
    // closes it), opened by "who" and hanging below the verb's head.
    const int before = v - 2;
    int clause = -1;
    for (int k = before; k > verb.head && clause < 0; --k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.deprel == "acl:relcl" && t.upos == "VERB" && descends_from(s, before, k) && descends_from(s, k, verb.head) &&
          has_child(s, k, [](const SyntaxToken& c) { return c.xpos == "WP" && c.deprel.starts_with("nsubj"); }))
        clause = k;
    }
    if (clause < 0 || s[static_cast<std::size_t>(before)].upos == "PUNCT") continue;
    // Its tense, not the head's: "did not satisfy X, who appeared ... and urged Y".
    const SyntaxToken& c = s[static_cast<std::size_t>(clause)];
    if (verb.xpos == c.xpos && s[static_cast<std::size_t>(verb.head)].xpos != verb.xpos) verb.head = clause;
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
    for (int up = c.head; up >= 0; up = s[static_cast<std::size_t>(up)].head) {
      const SyntaxToken& u = s[static_cast<std::size_t>(up)];
      if (u.upos != "VERB" || u.xpos != "VBD" || !subject(up)) continue;
      if (up < clause) verb.head = up;
      break;
    }
  }
}

void repair_fronted_phrases(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto named = [&](int k) {
    return s[static_cast<std::size_t>(k)].upos == "PROPN" && ctx.mention_at[s[static_cast<std::size_t>(k)].token] >= 0;
  };
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
    if (verb.upos != "VERB" || !finite_tag(verb.xpos)) continue;
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
      s[static_cast<std::size_t>(noun)].deprel = "nsubj";
      s[static_cast<std::size_t>(mark)].head = v;
      s[static_cast<std::size_t>(mark)].deprel = "mark";
      time.deprel = "obl:unmarked";
      // An aside after a comma, not a clause of the list: the verb before's adverbial.
      if (verb.deprel == "conj" && t > 0 && s[static_cast<std::size_t>(t - 1)].form == ",") verb.deprel = "advcl";
      break;
    }
  }
}

void repair_participles_after_reduced_relatives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 1; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.xpos != "VBG" || verb.deprel != "advcl" || verb.head < 0 || s[static_cast<std::size_t>(v - 1)].form != ",")
      continue;
    const SyntaxToken& participle = s[static_cast<std::size_t>(verb.head)];
    if (participle.deprel != "acl" || participle.xpos != "VBN" || participle.head < 0) continue;
    if (const int main = governing_verb(s, participle.head); main >= 0 && main < verb.head) verb.head = main;
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
    // "blacklisted X, known by its initials, along with C"): the main verb's.
    const SyntaxToken& hung = s[static_cast<std::size_t>(phrase.head)];
    if (hung.upos == "VERB" && (hung.deprel == "acl:relcl" || hung.deprel == "acl") && w >= 2 &&
        s[static_cast<std::size_t>(w - 2)].form == "," &&
        phrase.head < w)
      if (const int main = governing_verb(s, hung.head); main >= 0 && main < phrase.head) {
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

void repair_verbs_read_as_modifiers(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 0; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || verb.deprel != "amod" || verb.head <= v || (verb.xpos != "VBD" && verb.xpos != "VBN"))
      continue;
    const int noun = verb.head;
    SyntaxToken& object = s[static_cast<std::size_t>(noun)];
    int subject = -1;
    for (int k = 0; k < v; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj")) subject = k;
    if (subject < 0) continue;
    // Only the sentence's root, or the subject of a root verb after it: a
    // participle ("A designated B, ..., freezing their assets": "freezing"
    // read as the root, with B its subject), which then hangs from the verb,
    // or the verb of a second clause ("A imposed sanctions on B, ..., and C
    // also slapped ...": "sanctions" read as the subject of "slapped", C its
    // conjunct), which becomes the verb's conjunct with C its subject.
    const int later = object.head;
    const std::string_view tag = later >= 0 ? std::string_view(s[static_cast<std::size_t>(later)].xpos) : "";
    const bool finite = finite_tag(tag);
    if (later >= 0 && (later < noun || s[static_cast<std::size_t>(later)].head >= 0 || (tag != "VBG" && !finite) ||
                       !object.deprel.starts_with("nsubj")))
      continue;
    verb.head = -1;
    verb.deprel = "root";
    object.head = v;
    object.deprel = "obj";
    if (later >= 0) {
      s[static_cast<std::size_t>(later)].head = v;
      s[static_cast<std::size_t>(later)].deprel = finite ? "conj" : "advcl";
    }
    if (finite)
      for (int k = noun + 1; k < later; ++k) {
        SyntaxToken& t = s[static_cast<std::size_t>(k)];
        if (t.head != noun || t.deprel != "conj") continue;
        // The last name joined to the object before the second verb is its
        // subject; a verb joined to it is the first verb's adverbial.
        if (t.upos == "PROPN" || t.upos == "NOUN") {
          t.head = later;
          t.deprel = "nsubj";
        } else if (t.upos == "VERB") {
          t.head = v;
          t.deprel = "advcl";
        }
      }
    for (int k = 0; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != noun) continue;
      if (k < subject) t.head = subject;  // "The" of the subject's name
      else if (t.deprel == "punct" && k == n - 1) t.head = v;
    }
  }
}

void repair_verbs_read_as_participles(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 0 || root + 1 >= n) return;
  SyntaxToken& subject = s[static_cast<std::size_t>(root)];
  const int v = root + 1;
  SyntaxToken& verb = s[static_cast<std::size_t>(v)];
  if ((subject.upos != "PROPN" && subject.upos != "NOUN") || verb.upos != "VERB" || verb.head != root ||
      verb.deprel != "acl" || (verb.xpos != "VBD" && verb.xpos != "VBN"))
    return;
  // No subject, auxiliary or agent of its own ("the man named by police").
  for (int k = 0; k < n; ++k) {
    const SyntaxToken& c = s[static_cast<std::size_t>(k)];
    if (c.head == v &&
        (c.deprel.starts_with("nsubj") || c.deprel.starts_with("aux") || (c.deprel.starts_with("obl") && has_case(s, k, "by"))))
      return;
  }
  int object = -1;
  for (int k = v + 1; k < n && object < 0; ++k) {
    const SyntaxToken& c = s[static_cast<std::size_t>(k)];
    if (c.head == v && (c.deprel == "obj" || c.deprel == "xcomp") && (c.upos == "PROPN" || c.upos == "NOUN")) object = k;
  }
  if (object < 0) return;
  verb.head = -1;
  verb.deprel = "root";
  subject.head = v;
  subject.deprel = "nsubj";
  s[static_cast<std::size_t>(object)].deprel = "obj";
  // The rest of the list the parser joined to the subject is the object's.
  for (int k = v + 1; k < n; ++k) {
    SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head == root) t.head = t.deprel == "conj" ? object : v;
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

void repair_lists_read_as_participle_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 2; v < n; ++v) {
    const SyntaxToken& participle = s[static_cast<std::size_t>(v)];
    if (participle.xpos != "VBG" || (participle.deprel != "advcl" && participle.deprel != "conj")) continue;
    for (int k = 1; k < v; ++k) {
      SyntaxToken& subject = s[static_cast<std::size_t>(k)];
      if (subject.head != v || !subject.deprel.starts_with("nsubj") || subject.upos != "PROPN") continue;
      // The subject's phrase opens right after a comma after a plural noun
      // (the comma may hang from the phrase).
      int first = k;
      while (first > 0 && descends_from(s, first - 1, k)) --first;
      while (first < k && s[static_cast<std::size_t>(first)].upos == "PUNCT") ++first;
      if (first < 2 || s[static_cast<std::size_t>(first - 1)].form != ",") continue;
      const int noun = first - 2;
      if (s[static_cast<std::size_t>(noun)].xpos != "NNS") continue;
      subject.head = noun;
      subject.deprel = "appos";
    }
  }
}

void repair_participle_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 1; v < n; ++v) {
    SyntaxToken& participle = s[static_cast<std::size_t>(v)];
    const int verb = participle.head;
    if (participle.xpos != "VBG" || participle.deprel != "advcl" || verb <= v ||
        s[static_cast<std::size_t>(verb)].upos != "VERB" ||
        has_child(s, verb, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }))
      continue;
    for (int k = v - 1; k >= 0; --k) {
      SyntaxToken& subject = s[static_cast<std::size_t>(k)];
      if (subject.head != v || subject.deprel != "nsubj") continue;
      subject.head = verb;
      participle.head = k;
      participle.deprel = "acl";
      break;
    }
  }
}

void repair_phrases_after_relatives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int c = 2; c < n; ++c) {
    SyntaxToken& phrase = s[static_cast<std::size_t>(c)];
    const int noun = phrase.head;
    if (phrase.deprel != "nmod" || noun < 0 || noun >= c) continue;
    int first = c;  // where the phrase opens: its preposition
    while (first > 0 && descends_from(s, first - 1, c)) --first;
    if (first <= noun + 1 || s[static_cast<std::size_t>(first)].deprel != "case" ||
        s[static_cast<std::size_t>(first - 1)].upos == "PUNCT")
      continue;
    // Everything between the noun and the phrase is one relative clause of the noun.
    int clause = -1;
    for (int k = noun + 1; k < first; ++k)
      if (s[static_cast<std::size_t>(k)].head == noun && s[static_cast<std::size_t>(k)].deprel == "acl:relcl") clause = k;
    if (clause < 0) continue;
    bool whole = true;
    for (int k = noun + 1; k < first && whole; ++k) whole = descends_from(s, k, clause);
    if (!whole) continue;
    phrase.head = clause;
    phrase.deprel = "obl";
  }
}

}  // namespace kg::extract
