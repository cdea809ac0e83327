#include "relative_repair.hpp"

#include <algorithm>
#include <vector>

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {

void repair_whom_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int w = 2; w < n; ++w) {
    SyntaxToken& whom = s[static_cast<std::size_t>(w)];
    if (to_lower_ascii(whom.form) != "whom" || s[static_cast<std::size_t>(w - 1)].form != ",") continue;
    const int noun = w - 2, verb = whom.head;
    const SyntaxToken& described = s[static_cast<std::size_t>(noun)];
    if ((described.upos != "PROPN" && described.upos != "NOUN") || verb <= w) continue;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    if (v.upos != "VERB" || v.deprel == "acl:relcl" || (v.deprel != "conj" && v.deprel != "parataxis")) continue;
    // (Its own subject comes between: "whom he urged".)
    bool subject = false;
    for (int k = w + 1; k < verb; ++k)
      subject = subject || (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"));
    if (!subject) continue;
    v.head = noun;
    v.deprel = "acl:relcl";
    if (!whom.deprel.starts_with("obl")) continue;
    bool object = false;
    for (const SyntaxToken& t : s) object = object || (t.head == verb && t.deprel == "obj");
    if (!object) whom.deprel = "obj";
  }
}

void repair_who_complements(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int w = 2; w < n; ++w) {
    const SyntaxToken& who = s[static_cast<std::size_t>(w)];
    if (to_lower_ascii(who.form) != "who" || s[static_cast<std::size_t>(w - 1)].form != "," ||
        !who.deprel.starts_with("nsubj") || who.head <= w)
      continue;
    const int noun = w - 2;
    const SyntaxToken& described = s[static_cast<std::size_t>(noun)];
    SyntaxToken& verb = s[static_cast<std::size_t>(who.head)];
    if ((described.upos != "PROPN" && described.upos != "NOUN") || verb.deprel != "ccomp" || verb.head >= noun) continue;
    verb.head = noun;
    verb.deprel = "acl:relcl";
  }
}

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
    // ("The five — A and B, C and two others whose families asked that ... —
    // were greeted": a phrase read whole as a clause, the names before
    // "whose" (a list) its verb's second subject. The first of them heads the
    // phrase in the clause's place; the clause is the relative clause of the
    // noun right before "whose".)
    if (SyntaxToken& clause = s[static_cast<std::size_t>(verb)];
        w >= 1 && (clause.deprel == "root" || clause.deprel == "appos") &&
        (s[static_cast<std::size_t>(w - 1)].upos == "NOUN" || s[static_cast<std::size_t>(w - 1)].upos == "PROPN")) {
      const int subject = first_conjunct(s, w - 1);
      if (subject < w - 1 && s[static_cast<std::size_t>(subject)].head == verb &&
          s[static_cast<std::size_t>(subject)].deprel.starts_with("nsubj")) {
        take_place(s, subject, verb, "acl:relcl");
        clause.head = w - 1;
        for (int k = 0; k < subject; ++k)
          if (s[static_cast<std::size_t>(k)].head == verb) s[static_cast<std::size_t>(k)].head = subject;
        continue;
      }
    }
    // ("X, whose husband works for Y, was elected ...": X read as a second
    // subject of the clause's verb, and the clause as the subject of the
    // main verb: X is the main verb's subject, the clause X's.)
    if (SyntaxToken& clause = s[static_cast<std::size_t>(verb)];
        w >= 2 && s[static_cast<std::size_t>(w - 1)].form == "," && s[static_cast<std::size_t>(w - 2)].head == verb &&
        s[static_cast<std::size_t>(w - 2)].deprel.starts_with("nsubj") && clause.deprel.starts_with("nsubj") &&
        clause.head > verb) {
      take_place(s, w - 2, verb, "acl:relcl");
      continue;
    }
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
    // ("On the day of the X summit, A, whose country ..., flew ...": the name
    // right before ", whose" read as a conjunct of the opening phrase's noun.)
    if (subject < 0 && w >= 2 && s[static_cast<std::size_t>(w - 1)].form == "," &&
        s[static_cast<std::size_t>(w - 2)].upos == "PROPN" && !descends_from(s, verb, w - 2) &&
        (s[static_cast<std::size_t>(w - 2)].deprel == "conj" || s[static_cast<std::size_t>(w - 2)].deprel == "appos"))
      subject = w - 2;
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
    if (!s[static_cast<std::size_t>(subject)].deprel.starts_with("nsubj"))
      s[static_cast<std::size_t>(subject)].deprel =
          has_child(s, main, [](const SyntaxToken& c) { return c.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
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

void repair_who_antecedents(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto person = [&](int k) { return names_person(ctx, s[static_cast<std::size_t>(k)]); };
  for (int w = 1; w < n; ++w) {
    const std::string form = to_lower_ascii(s[static_cast<std::size_t>(w)].form);
    if (form != "who" && form != "whom") continue;
    const bool comma = s[static_cast<std::size_t>(w - 1)].form == ",";
    const int verb = s[static_cast<std::size_t>(w)].head;
    if (verb <= w || s[static_cast<std::size_t>(verb)].deprel != "acl:relcl") continue;
    const int head = s[static_cast<std::size_t>(verb)].head;
    if (head < 0 || head >= w || person(head) || s[static_cast<std::size_t>(head)].upos == "PRON") continue;
    // The nearest person named between that head and the pronoun; else the
    // person whose description the head is in ("X, a law professor with no
    // party card who has led Y": X).
    int antecedent = -1;
    for (int k = w - 1; comma && k > head && antecedent < 0; --k)
      if (person(k)) antecedent = k;
    // (Past a nickname: "X, the former police officer known as "Barbecue"
    // who leads Y": the nickname's participle, then the noun it describes;
    // a description the parser made a second subject after "X," is X's.)
    for (int k = head, steps = 0; antecedent < 0 && k >= 0 && steps < 6; ++steps) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.deprel == "appos" && t.head >= 0 && person(t.head)) antecedent = t.head;
      if (t.deprel.starts_with("nsubj") && t.head > k) {
        const int start = subtree_start(s, k);
        if (start >= 2 && s[static_cast<std::size_t>(start - 1)].form == "," && person(start - 2) &&
            s[static_cast<std::size_t>(start - 2)].head == t.head)
          antecedent = start - 2;
        break;
      }
      const bool named_as = has_label(t.deprel, "obl") && t.head >= 0 && has_case(s, k, "as") &&
                            s[static_cast<std::size_t>(t.head)].deprel == "acl";
      if (named_as) {
        k = s[static_cast<std::size_t>(t.head)].head;
        continue;
      }
      if (t.deprel != "nmod" && t.deprel != "appos") break;
      k = t.head;
    }
    if (antecedent >= 0) s[static_cast<std::size_t>(verb)].head = antecedent;
  }
}

void repair_relatives_after_descriptions(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto person = [&](int k) { return names_person(ctx, s[static_cast<std::size_t>(k)]); };
  for (int w = 2; w < n; ++w) {
    if (to_lower_ascii(s[static_cast<std::size_t>(w)].form) != "who") continue;
    const int verb = s[static_cast<std::size_t>(w)].head;
    if (verb <= w || s[static_cast<std::size_t>(verb)].deprel != "acl:relcl") continue;
    const int head = s[static_cast<std::size_t>(verb)].head;
    const SyntaxToken& before = s[static_cast<std::size_t>(w - 1)];
    if (head >= 0 && head < w - 1 && person(head) && before.upos == "NOUN" && before.deprel == "appos" &&
        before.head > head && before.head < w - 1 && person(before.head))
      s[static_cast<std::size_t>(verb)].head = w - 1;
  }
}

void repair_those_with_participles(SyntaxSentence& s) {
  for (std::size_t k = 0; k + 2 < s.size(); ++k) {
    SyntaxToken& those = s[k];
    SyntaxToken& participle = s[k + 1];
    if (to_lower_ascii(those.form) != "those" || those.upos != "PRON" || participle.xpos != "VBN" ||
        !has_label(participle.deprel, "nsubj") || participle.head <= static_cast<int>(k + 1))
      continue;
    const int verb = participle.head;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    if (v.upos != "VERB" && v.upos != "AUX") continue;
    if (v.head == static_cast<int>(k)) {
      v.head = those.head;
      v.deprel = those.deprel;
    }
    those.head = verb;
    those.deprel = "nsubj";
    participle.head = static_cast<int>(k);
    participle.deprel = "acl";
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
  rehang_after(s, verb, root, verb);
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
             return c.deprel.starts_with("aux") && finite_or_modal_tag(c.xpos);
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
  rehang_after(s, verb, root, verb);
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

void repair_relatives_read_as_participles(SyntaxSentence& s) {
  for (std::size_t v = 0; v < s.size(); ++v) {
    SyntaxToken& verb = s[v];
    if (verb.upos != "VERB" || verb.deprel != "acl" || verb.head < 0 || verb.head >= static_cast<int>(v) ||
        (verb.xpos != "VBD" && verb.xpos != "VBN" && verb.xpos != "VBZ" && verb.xpos != "VBP"))
      continue;
    const auto& noun = s[static_cast<std::size_t>(verb.head)];
    if (noun.upos != "NOUN") continue;
    if (has_child(s, static_cast<int>(v), [](const SyntaxToken& c) { return c.deprel == "nsubj"; }))
      verb.deprel = "acl:relcl";
  }
}

void repair_zero_relatives_read_as_conjuncts(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 3; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || verb.deprel != "conj" || verb.head < 0 || verb.head >= v ||
        has_child(s, v, [](const SyntaxToken& c) { return c.deprel == "cc" || c.deprel == "obj" || c.deprel == "ccomp"; }))
      continue;
    int subject = -1;
    for (int k = verb.head + 1; k < v && subject < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && has_label(s[static_cast<std::size_t>(k)].deprel, "nsubj")) subject = k;
    if (subject < 0) continue;
    const int noun = subtree_start(s, subject) - 1;
    if (noun <= verb.head || s[static_cast<std::size_t>(noun)].upos != "NOUN" || descends_from(s, noun, v)) continue;
    verb.head = noun;
    verb.deprel = "acl:relcl";
  }
}

void repair_zero_relatives_read_as_complements(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int v = 2; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    const int pronoun = v - 1, noun = v - 2, head = verb.head;
    if (verb.deprel != "ccomp" || head < 0 || !(verb.lemma == "hold" || verb.lemma == "own" || verb.lemma == "control") ||
        s[static_cast<std::size_t>(pronoun)].xpos != "PRP" || s[static_cast<std::size_t>(pronoun)].head != v ||
        s[static_cast<std::size_t>(noun)].upos != "NOUN" || s[static_cast<std::size_t>(noun)].head != head ||
        s[static_cast<std::size_t>(noun)].deprel != "obj" || lex.in("speech_verbs", s[static_cast<std::size_t>(head)].lemma) ||
        has_child(s, v, [](const SyntaxToken& c) { return has_label(c.deprel, "obj"); }))
      continue;
    verb.head = noun;
    verb.deprel = "acl:relcl";
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
    // ("and", or "and" and an adverb: "who chairs X and also runs Y".)
    const int and_at = s[static_cast<std::size_t>(v - 1)].upos == "ADV" ? v - 2 : v - 1;
    if (verb.deprel != "conj" || verb.upos != "VERB" || verb.head < 0 || verb.head > v || and_at < 2 ||
        to_lower_ascii(s[static_cast<std::size_t>(and_at)].form) != "and" ||
        has_child(s, v, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }))
      continue;
    // The relative clause whose last word comes right before "and" (no comma
    // closes it), opened by "who" and hanging below the verb's head.
    const int before = and_at - 1;
    int clause = -1;
    // (Or hanging from the clause's object: "who chairs X and also runs Y"
    // with "runs" read as a conjunct of X.)
    const bool from_noun = s[static_cast<std::size_t>(verb.head)].upos != "VERB";
    for (int k = before; k >= 0 && (k > verb.head || from_noun) && clause < 0; --k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.deprel == "acl:relcl" && t.upos == "VERB" && descends_from(s, before, k) &&
          (descends_from(s, k, verb.head) || (from_noun && descends_from(s, verb.head, k))) &&
          has_child(s, k, [](const SyntaxToken& c) { return c.xpos == "WP" && c.deprel.starts_with("nsubj"); }))
        clause = k;
    }
    if (clause < 0 || s[static_cast<std::size_t>(before)].upos == "PUNCT") continue;
    // Its tense, not the head's: "did not satisfy X, who appeared ... and urged Y".
    const SyntaxToken& c = s[static_cast<std::size_t>(clause)];
    if (verb.xpos == c.xpos && s[static_cast<std::size_t>(verb.head)].xpos != verb.xpos) verb.head = clause;
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

void repair_names_after_relatives(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto named = [&](int k) { return names_mention(ctx, s[static_cast<std::size_t>(k)]); };
  for (int name = 4; name < n; ++name) {
    SyntaxToken& t = s[static_cast<std::size_t>(name)];
    if (!named(name) || t.deprel != "conj" || t.head < 0 || t.head >= name ||
        to_lower_ascii(s[static_cast<std::size_t>(name - 1)].form) != "and" || s[static_cast<std::size_t>(name - 2)].form != ",")
      continue;
    // "A, who ...": the nearest relative word before the name, after a
    // name and a comma, with the conjunct's head between the two.
    int relative = -1;
    for (int k = name - 3; k >= 2 && relative < 0; --k) {
      const std::string w = to_lower_ascii(s[static_cast<std::size_t>(k)].form);
      if ((w == "who" || w == "whose") && s[static_cast<std::size_t>(k - 1)].form == ",") relative = k;
    }
    if (relative < 0 || t.head <= relative || !named(relative - 2)) continue;
    // The name described is a verb's subject after the list.
    const int antecedent = relative - 2;
    const SyntaxToken& a = s[static_cast<std::size_t>(antecedent)];
    if (!has_label(a.deprel, "nsubj") || a.head <= name) continue;
    t.head = antecedent;
    s[static_cast<std::size_t>(name - 1)].head = name;
    s[static_cast<std::size_t>(name - 1)].deprel = "cc";
  }
}

void repair_subject_lists_after_relatives(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto word = [&](int k) { return to_lower_ascii(s[static_cast<std::size_t>(k)].form); };
  for (int a = 0; a + 4 < n; ++a) {
    const SyntaxToken& subject = s[static_cast<std::size_t>(a)];
    const int verb = subject.head;
    if (!names_mention(ctx, subject) || !has_label(subject.deprel, "nsubj") || verb <= a + 4 ||
        s[static_cast<std::size_t>(verb)].upos != "VERB" || s[static_cast<std::size_t>(a + 1)].form != "," ||
        (word(a + 2) != "who" && word(a + 2) != "whose"))
      continue;
    // Where the verb's phrase opens: its first auxiliary or adverb, or itself.
    int end = verb;
    for (int k = a + 3; k < verb; ++k)
      if (s[static_cast<std::size_t>(k)].head == verb &&
          (has_label(s[static_cast<std::size_t>(k)].deprel, "aux") || s[static_cast<std::size_t>(k)].deprel == "advmod")) {
        end = k;
        break;
      }
    // The earliest comma before it with only names, their titles and
    // possessors, commas and "and" after it.
    const auto possessive = [&](int k) { return s[static_cast<std::size_t>(k)].xpos == "POS"; };
    int comma = -1;
    for (int k = end - 1; k > a + 3; --k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.form == ",") comma = k;
      else if (t.upos != "PROPN" && t.upos != "NOUN" && t.upos != "ADJ" && !possessive(k) && word(k) != "and")
        break;
    }
    if (comma < 0 || comma + 1 >= end || !names_mention(ctx, s[static_cast<std::size_t>(end - 1)])) continue;
    // Its items, split at "and" and commas; each headed by its last name, of the subject's kind.
    std::vector<std::pair<int, int>> items;  // [first, last] of each item
    int open = comma + 1;
    bool fits = true;
    for (int k = comma + 1; k <= end && fits; ++k) {
      if (k < end && word(k) != "and" && s[static_cast<std::size_t>(k)].form != ",") continue;
      int head = -1;
      for (int x = open; x < k; ++x)
        if (names_mention(ctx, s[static_cast<std::size_t>(x)])) head = x;
      fits = head >= 0 && names_person(ctx, s[static_cast<std::size_t>(head)]) == names_person(ctx, subject);
      if (fits) items.emplace_back(open, head);
      open = k + 1;
    }
    if (!fits || items.empty()) continue;
    for (const auto& [first, head] : items) {
      SyntaxToken& h = s[static_cast<std::size_t>(head)];
      h.head = a;
      h.deprel = "conj";
      for (int x = first; x < head; ++x) {
        SyntaxToken& t = s[static_cast<std::size_t>(x)];
        if (t.head >= first && t.head <= head) continue;
        t.head = head;
        t.deprel = possessive(x) ? "case" : x + 1 < head && possessive(x + 1) ? "nmod:poss"
                                          : t.upos == "ADJ"                     ? "amod"
                                                                                : "compound";
        if (possessive(x) && x > first) t.head = x - 1;
      }
      // The separator before the item.
      if (first > comma + 1) {
        SyntaxToken& sep = s[static_cast<std::size_t>(first - 1)];
        sep.head = head;
        sep.deprel = sep.form == "," ? "punct" : "cc";
      }
    }
    // The comma that closes the clause.
    s[static_cast<std::size_t>(comma)].head = items.front().second;
    s[static_cast<std::size_t>(comma)].deprel = "punct";
  }
}

void repair_list_items_in_relatives(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int c = 4; c < n; ++c) {
    const SyntaxToken& item = s[static_cast<std::size_t>(c)];
    const int first = item.head;
    if (item.deprel != "conj" || first < 0 || first >= c || !names_mention(ctx, item) ||
        !names_mention(ctx, s[static_cast<std::size_t>(first)]))
      continue;
    // The relative clause on the first item, between it and this one.
    int relative = -1;
    for (int k = first + 1; k < c && relative < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == first && s[static_cast<std::size_t>(k)].deprel == "acl:relcl") relative = k;
    const std::size_t start = phrase_start(s, static_cast<std::size_t>(c));
    if (relative < 0 || start < 2 || s[start - 1].form != ",") continue;
    // Back from this item's comma over names, articles, commas and "and".
    std::vector<int> names;
    int k = static_cast<int>(start) - 2;
    for (; k > relative; --k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (names_mention(ctx, t)) names.push_back(k);
      else if (t.form != "," && to_lower_ascii(t.form) != "and" && t.upos != "DET") break;
    }
    // Only from a comma on, names of the items' kind, each hung inside the clause.
    while (!names.empty() && (names.back() == 0 || s[static_cast<std::size_t>(names.back() - 1)].form != ",") &&
           !(names.back() >= 2 && s[static_cast<std::size_t>(names.back() - 1)].upos == "DET" &&
             s[static_cast<std::size_t>(names.back() - 2)].form == ","))
      names.pop_back();
    if (names.empty()) continue;
    const bool person = names_person(ctx, item);
    if (std::any_of(names.begin(), names.end(), [&](int m) {
          return names_person(ctx, s[static_cast<std::size_t>(m)]) != person || !descends_from(s, m, relative);
        }))
      continue;
    for (const int m : names) {
      s[static_cast<std::size_t>(m)].head = first;
      s[static_cast<std::size_t>(m)].deprel = "conj";
    }
  }
}

}  // namespace kg::extract
