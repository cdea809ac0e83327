#include "verb_repair.hpp"

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {

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
    take_place(s, verb, d, "nsubj");
    participle.deprel = "acl";
    // What came after the verb hangs from it, not from the subject.
    for (int k = verb + 1; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == d || s[static_cast<std::size_t>(k)].head == p)
        s[static_cast<std::size_t>(k)].head = verb;
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

void repair_finite_verbs_read_as_modifiers(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 1; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    const int subject = verb.head;
    if (subject < 0 || subject >= v || verb.deprel != "acl" || verb.upos != "VERB" || !finite_tag(verb.xpos) ||
        has_child(s, v, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj") || c.deprel == "mark"; }))
      continue;
    SyntaxToken& noun = s[static_cast<std::size_t>(subject)];
    if ((noun.upos != "NOUN" && noun.upos != "PROPN") ||
        has_child(s, subject, [](const SyntaxToken& c) { return c.deprel == "cop"; }))
      continue;
    // The sentence's root; or the subject of a verb after it that an "and"
    // joins ("The group ... called on X ... and pledged to ...").
    const int later = noun.head;
    const bool root = later < 0;
    const bool joined = !root && noun.deprel == "nsubj" && later > v &&
                        has_child(s, later, [&](const SyntaxToken& c) { return c.deprel == "cc"; });
    if (!root && !joined) continue;
    if (root) {
      verb.head = -1;
      verb.deprel = "root";
    } else {
      take_place(s, v, later, "conj");
    }
    noun.head = v;
    noun.deprel = "nsubj";
    // What came after the verb hangs from it, not from the subject.
    rehang_after(s, v, subject, v);
    return;
  }
}

void repair_predicates_after_reduced_relatives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 2) return;
  SyntaxToken& v = s[static_cast<std::size_t>(root)];
  if (v.upos != "VERB" || v.xpos != "VBN" ||
      has_child(s, root, [](const SyntaxToken& c) { return c.deprel.starts_with("aux") || c.deprel == "cop"; }))
    return;
  // The subject before it, with an apposition whose noun ends right before
  // the participle (past its adverbs).
  int subject = -1, noun = -1;
  for (int k = 0; k < root; ++k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head == root && t.deprel == "nsubj") subject = k;
    if (subject >= 0 && t.head == subject && t.deprel == "appos" && t.upos == "NOUN") noun = k;
  }
  int before = root - 1;
  while (before > 0 && s[static_cast<std::size_t>(before)].head == root && s[static_cast<std::size_t>(before)].deprel == "advmod")
    --before;
  if (subject < 0 || noun != before) return;
  // The predicate after a comma: hung from the participle, with an auxiliary
  // or a copula of its own and no subject.
  for (int p = root + 2; p < n; ++p) {
    SyntaxToken& pred = s[static_cast<std::size_t>(p)];
    if (pred.head != root || (pred.deprel != "dep" && pred.deprel != "parataxis" && pred.deprel != "conj")) continue;
    const bool finite = has_child(s, p, [](const SyntaxToken& c) { return c.deprel.starts_with("aux") || c.deprel == "cop"; });
    const bool own_subject = has_child(s, p, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); });
    bool comma = false;
    for (int k = root + 1; k < p && !comma; ++k) comma = s[static_cast<std::size_t>(k)].form == "," && s[static_cast<std::size_t>(k)].head == root;
    if (!finite || own_subject || !comma) return;
    pred.head = v.head;
    pred.deprel = v.deprel;
    v.head = noun;
    v.deprel = "acl";
    s[static_cast<std::size_t>(subject)].head = p;
    for (int k = p + 1; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == root && s[static_cast<std::size_t>(k)].deprel == "punct")
        s[static_cast<std::size_t>(k)].head = p;
    return;
  }
}

void repair_predicates_after_participle_asides(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int a = 2; a < n; ++a) {
    SyntaxToken& aside = s[static_cast<std::size_t>(a)];
    if ((aside.upos != "VERB" || aside.xpos != "VBN") && aside.upos != "ADJ") continue;
    if (has_child(s, a, [](const SyntaxToken& c) { return c.deprel.starts_with("aux") || c.deprel == "cop"; })) continue;
    // Its subject before it, the aside set off from it by a comma.
    int subject = -1;
    for (int k = 0; k < a; ++k)
      if (s[static_cast<std::size_t>(k)].head == a && s[static_cast<std::size_t>(k)].deprel == "nsubj") subject = k;
    int start = a;
    while (start > 0 && s[static_cast<std::size_t>(start - 1)].head == a &&
           s[static_cast<std::size_t>(start - 1)].deprel == "advmod")
      --start;
    if (subject < 0 || start < 1 || s[static_cast<std::size_t>(start - 1)].form != ",") continue;
    // The predicate after the aside's closing comma: hung from it, with an
    // auxiliary of its own and no subject.
    for (int p = a + 2; p < n; ++p) {
      SyntaxToken& pred = s[static_cast<std::size_t>(p)];
      if (pred.head != a || (pred.deprel != "conj" && pred.deprel != "parataxis" && pred.deprel != "dep") ||
          pred.upos != "VERB" ||
          !has_child(s, p, [](const SyntaxToken& c) { return c.deprel.starts_with("aux"); }) ||
          has_child(s, p, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }) ||
          s[static_cast<std::size_t>(subtree_start(s, p) - 1)].form != ",")
        continue;
      pred.head = aside.head;
      pred.deprel = aside.deprel;
      aside.head = subject;
      aside.deprel = "acl";
      s[static_cast<std::size_t>(subject)].head = p;
      s[static_cast<std::size_t>(subject)].deprel = pred.xpos == "VBN" &&
                                                            has_child(s, p, [](const SyntaxToken& c) { return c.deprel == "aux:pass"; })
                                                        ? "nsubj:pass"
                                                        : "nsubj";
      rehang_after(s, p, a, p);
      break;
    }
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
    // ("X, on a two-day visit that began on Thursday, also held talks
    // with ...": the subject hung from the root noun the verb modifies.)
    bool from_noun = false;
    if (subject < 0 && object.head < 0)
      for (int k = 0; k < v; ++k)
        if (s[static_cast<std::size_t>(k)].head == noun && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj")) {
          subject = k;
          from_noun = true;
        }
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
    if (from_noun) {
      s[static_cast<std::size_t>(subject)].head = v;
      // The noun's verb conjuncts are the verb's ("... and called on Y").
      for (int k = noun + 1; k < n; ++k)
        if (s[static_cast<std::size_t>(k)].head == noun && s[static_cast<std::size_t>(k)].deprel == "conj" &&
            s[static_cast<std::size_t>(k)].upos == "VERB")
          s[static_cast<std::size_t>(k)].head = v;
    }
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

void repair_objects_hung_elsewhere(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int i = 1; i < n; ++i) {
    SyntaxToken& t = s[static_cast<std::size_t>(i)];
    if (t.upos != "NOUN" || t.head <= i) continue;
    // Hung from the closing punctuation, or made the subject of the verb
    // joined to this one ("froze any assets X holds ... and barred Y").
    const SyntaxToken& up = s[static_cast<std::size_t>(t.head)];
    const bool from_mark = up.upos == "PUNCT";
    const bool next_subject = t.deprel == "nsubj" && up.deprel == "conj" && up.upos == "VERB";
    if (!from_mark && !next_subject) continue;
    const int verb = up.head;
    if (verb < 0 || verb >= i || s[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    // (Not for a verb with an object of its own, nor past words other than the noun's own.)
    bool taken = false;
    for (int k = 0; k < n; ++k)
      taken = taken || (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel == "obj") ||
              (k > verb && k < i && s[static_cast<std::size_t>(k)].head != i);
    if (taken) continue;
    t.head = verb;
    t.deprel = "obj";
  }
}

void repair_participles_hung_from_verbs(SyntaxSentence& s) {
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    // (Or read as the verb's complement, with no subject or auxiliary of its own.)
    const bool complement = t.deprel == "ccomp" && !has_child(s, static_cast<int>(i), [](const SyntaxToken& c) {
      return c.deprel.starts_with("nsubj") || has_label(c.deprel, "aux") || c.deprel == "mark";
    });
    if ((t.deprel != "acl" && !complement) || t.upos != "VERB" || t.xpos != "VBN" || t.head < 0 ||
        t.head > static_cast<int>(i) || s[static_cast<std::size_t>(t.head)].upos != "VERB" || s[i - 1].form != ",")
      continue;
    // The verb's object (or the one it told: "told the subcommittee,
    // chaired by X, ..."), whose phrase ends right before the comma.
    const int object = static_cast<int>(i) - 2;
    const std::string_view role = s[static_cast<std::size_t>(object)].deprel;
    if ((s[static_cast<std::size_t>(object)].upos != "PROPN" && s[static_cast<std::size_t>(object)].upos != "NOUN") ||
        (role != "obj" && role != "iobj") || s[static_cast<std::size_t>(object)].head != t.head)
      continue;
    t.head = object;
    t.deprel = "acl";
  }
}

void repair_possessors_read_as_roots(SyntaxSentence& s) {
  const int root = root_of(s);
  if (root < 0 || static_cast<std::size_t>(root) + 2 >= s.size() ||
      (s[static_cast<std::size_t>(root)].upos != "PROPN" && s[static_cast<std::size_t>(root)].upos != "NOUN"))
    return;
  const auto r = static_cast<std::size_t>(root);
  const int noun = root + 2;
  const SyntaxToken& possessed = s[static_cast<std::size_t>(noun)];
  if (s[r + 1].head != root || s[r + 1].deprel != "case" || s[r + 1].xpos != "POS" || possessed.deprel != "nsubj" ||
      possessed.head < 0)
    return;
  const int verb = possessed.head;
  if (s[static_cast<std::size_t>(verb)].upos != "VERB") return;
  s[static_cast<std::size_t>(verb)].head = -1;
  s[static_cast<std::size_t>(verb)].deprel = "root";
  s[r].head = noun;
  s[r].deprel = "nmod:poss";
  for (auto& t : s)
    if (t.head == root && t.deprel == "punct") t.head = verb;
}

void repair_prepositional_roots(SyntaxSentence& s) {
  const int root = root_of(s);
  if (root < 1) return;
  const auto r = static_cast<std::size_t>(root);
  if ((s[r].upos != "PROPN" && s[r].upos != "NOUN") ||
      !has_child(s, root, [](const SyntaxToken& c) { return c.deprel == "case" && c.upos == "ADP"; }) ||
      has_child(s, root, [](const SyntaxToken& c) { return c.deprel == "cop" || has_label(c.deprel, "aux"); }))
    return;  // (not a predicate: "X has been on the list since 2019 and is also ...")
  // The clause's verb after the phrase, which the parser hung from it.
  int verb = -1;
  for (int k = root + 1; k < static_cast<int>(s.size()) && verb < 0; ++k) {
    const SyntaxToken& v = s[static_cast<std::size_t>(k)];
    if (v.head == root && v.upos == "VERB" && (v.deprel == "parataxis" || v.deprel == "conj") &&
        !has_child(s, k, [](const SyntaxToken& c) { return c.deprel == "mark" || c.deprel == "nsubj"; }))
      verb = k;
  }
  if (verb < 0) return;
  // A subject before the phrase is the verb's.
  int subject = -1;
  for (int k = 0; k < root; ++k)
    if (s[static_cast<std::size_t>(k)].head == root && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"))
      subject = k;
  if (subject < 0) return;
  s[static_cast<std::size_t>(subject)].head = verb;
  s[static_cast<std::size_t>(verb)].head = -1;
  s[static_cast<std::size_t>(verb)].deprel = "root";
  // Its punctuation and what hung from it before it, but for the phrase's own words.
  for (int k = 0; k < static_cast<int>(s.size()); ++k) {
    SyntaxToken& t = s[static_cast<std::size_t>(k)];
    const bool own = t.deprel == "case" || t.deprel == "det" || t.deprel == "amod" || t.deprel == "compound" ||
                     t.deprel == "nummod" || t.deprel == "flat";
    if (t.head == root && (t.deprel == "punct" || (k < root && !own))) t.head = verb;
  }
  // The phrase modifies the nearest verb before it (the aside's participle), else the clause's.
  int before = root - 1;
  while (before > subject && s[static_cast<std::size_t>(before)].upos != "VERB") --before;
  s[r].head = before > subject ? before : verb;
  s[r].deprel = "obl";
}

void repair_perfect_participles_read_as_modifiers(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int v = 0; v + 1 < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.xpos != "VBN" || verb.deprel != "amod" || verb.head != v + 1) continue;
    bool perfect = false;
    for (const SyntaxToken& t : s) perfect = perfect || (t.head == v && t.deprel == "aux" && t.lemma == "have");
    SyntaxToken& noun = s[static_cast<std::size_t>(v + 1)];
    if (!perfect || noun.head < 0 || (!noun.deprel.starts_with("obl") && !noun.deprel.starts_with("nmod"))) continue;
    verb.head = noun.head;
    verb.deprel = "advcl";
    noun.head = v;
    noun.deprel = "obj";
    // (The noun's case marker, if any, was the clause's: "after".)
    for (SyntaxToken& t : s)
      if (t.head == v + 1 && t.deprel == "case") {
        t.head = v;
        t.deprel = "mark";
      }
  }
}

}  // namespace kg::extract
