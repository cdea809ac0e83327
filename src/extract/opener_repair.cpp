#include "opener_repair.hpp"

#include <cctype>

#include "kg/text.hpp"
#include "syntax_walk.hpp"

namespace kg::extract {
namespace {

bool date_word(const Context& ctx, const SyntaxToken& t) {
  if (t.form.empty() || !std::isupper(static_cast<unsigned char>(t.form.front()))) return false;
  const std::string w = to_lower_ascii(t.form);
  return ctx.lex.in("month_names", w) || (w.ends_with("day") && ctx.lex.in("time_words", w));
}

}  // namespace

void repair_date_openers(SyntaxSentence& s, const Context& ctx) {
  // Preposition, date, name, at the sentence's start or after a comma.
  for (std::size_t p = 0; p + 3 < s.size(); ++p) {
    if (p > 0 && s[p - 1].form != ",") continue;
    const std::string prep = to_lower_ascii(s[p].form);
    if (prep != "on" && prep != "in" && prep != "since" && prep != "until") continue;
    const std::size_t t = p + 1;
    // "On Monday evening Tom Keller ...": a part of the day after the date;
    // "In July last year Britain ...": a year or week it is in.
    const bool part = t + 2 < s.size() && s[t + 1].upos == "NOUN" && ctx.lex.in("day_parts", to_lower_ascii(s[t + 1].form));
    const bool which = t + 3 < s.size() && ctx.lex.in("time_words", to_lower_ascii(s[t + 1].form)) &&
                       ctx.lex.in("time_units", to_lower_ascii(s[t + 2].form));
    std::size_t n = part ? t + 2 : which ? t + 3 : t + 1;
    // ("In October the European Union, ..., placed": past "the".)
    if (n + 1 < s.size() && to_lower_ascii(s[n].form) == "the" && s[n + 1].upos == "PROPN") ++n;
    if (!date_word(ctx, s[t]) || ctx.mention_at[s[n].token] < 0 || s[n].upos != "PROPN") continue;
    // The verb the words hang from.
    int verb = -1;
    for (std::size_t k = t; k <= n; ++k) {
      const int h = s[k].head;
      if (h >= 0 && (h < static_cast<int>(p) || h > static_cast<int>(n))) verb = h;
    }
    if (verb < 0 || (s[static_cast<std::size_t>(verb)].upos != "VERB" && s[static_cast<std::size_t>(verb)].upos != "AUX"))
      continue;
    bool subject = false;
    for (std::size_t k = 0; k < s.size(); ++k)
      subject = subject || ((k < t || k > n) && s[k].head == verb && s[k].deprel.starts_with("nsubj"));
    if (subject) continue;
    s[p].head = static_cast<int>(t);
    s[p].deprel = "case";
    s[t].head = verb;
    s[t].deprel = "obl";
    if (part) {
      s[t + 1].head = static_cast<int>(t);
      s[t + 1].deprel = "compound";
    }
    if (which) {
      s[t + 2].head = static_cast<int>(t);
      s[t + 2].deprel = "nmod:unmarked";
      s[t + 1].head = static_cast<int>(t + 2);
      s[t + 1].deprel = "amod";
    }
    s[n].head = verb;
    s[n].deprel = "nsubj";
  }
}

void repair_date_modifiers(SyntaxSentence& s, const Context& ctx) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    // "on Thursday alongside A, the magnate ..., B, ...": an apposition or
    // conjunct hung from the date after a name of the date's verb is the name's.
    if ((t.deprel == "appos" || t.deprel == "conj") && t.head >= 0 && date_word(ctx, s[static_cast<std::size_t>(t.head)]) &&
        s[static_cast<std::size_t>(t.head)].deprel.starts_with("obl")) {
      const auto date = static_cast<std::size_t>(t.head);
      for (std::size_t k = i; k-- > date + 1;)
        if (names_mention(ctx, s[k]) && s[k].head == s[date].head) {
          t.head = static_cast<int>(k);
          break;
        }
      continue;
    }
    if (t.deprel != "nmod" || t.head < 0) continue;
    const auto date = static_cast<std::size_t>(t.head);
    if (!date_word(ctx, s[date]) || s[date].head < 0 || !s[date].deprel.starts_with("obl")) continue;
    bool preposition = false;
    for (const SyntaxToken& c : s)
      if (&c != &t && c.head == static_cast<int>(i) && c.deprel == "case")
        preposition = to_lower_ascii(c.form) != "of";
    if (!preposition) continue;
    t.head = s[date].head;
    t.deprel = "obl";
  }
}

void repair_time_openers(SyntaxSentence& s, const Context& ctx) {
  // "Days later" / "Two weeks later": a unit of time, a number or article
  // before it, then "later" or "earlier", at the sentence's start.
  std::size_t unit = 0;
  while (unit < 2 && unit < s.size() && (s[unit].upos == "NUM" || s[unit].upos == "DET")) ++unit;
  const std::size_t adverb = unit + 1;
  if (adverb + 2 >= s.size() || !ctx.lex.in("time_units", to_lower_ascii(s[unit].form))) return;
  const std::string when = to_lower_ascii(s[adverb].form);
  if (when != "later" && when != "earlier") return;
  const int verb = s[unit].head;
  if (!s[unit].deprel.starts_with("nsubj") || verb <= static_cast<int>(adverb) ||
      (s[static_cast<std::size_t>(verb)].upos != "VERB" && s[static_cast<std::size_t>(verb)].upos != "AUX"))
    return;
  // The phrase between the adverb and the verb, hung as one piece from the
  // unit (or the verb): its head is the subject.
  int subject = -1;
  for (std::size_t k = adverb + 1; k < static_cast<std::size_t>(verb); ++k) {
    const int h = s[k].head;
    if (s[k].upos == "PUNCT" || (h > static_cast<int>(adverb) && h < verb)) continue;
    if (subject >= 0 || (h != static_cast<int>(unit) && h != verb)) return;
    subject = static_cast<int>(k);
  }
  if (subject < 0 || (s[static_cast<std::size_t>(subject)].upos != "NOUN" && s[static_cast<std::size_t>(subject)].upos != "PROPN"))
    return;
  s[unit].head = static_cast<int>(adverb);
  s[unit].deprel = "obl:npmod";
  s[adverb].head = verb;
  s[adverb].deprel = "advmod";
  s[static_cast<std::size_t>(subject)].head = verb;
  s[static_cast<std::size_t>(subject)].deprel = "nsubj";
}

void repair_time_noun_openers(SyntaxSentence& s, const Context& ctx) {
  // "Last week the State Department and the Treasury sanctioned X": "last"
  // (this, next) and a unit of time at the sentence's start, and a verb with
  // no subject, whose subject the parser hung from the time noun.
  // (After "earlier", "later", "late" or "early": "Earlier this month X,
  // the opposition leader, toured ...".)
  if (s.size() < 6) return;
  const std::string first = to_lower_ascii(s[0].form);
  const std::size_t off = first == "earlier" || first == "later" || first == "early" || first == "late" ? 1 : 0;
  const std::string opener = to_lower_ascii(s[off].form);
  if (opener != "last" && opener != "this" && opener != "next" && (off == 0 || opener != "that")) return;
  const std::size_t unit = off + 1;
  if (!ctx.lex.in("time_units", to_lower_ascii(s[unit].form))) return;
  int verb = s[unit].head;
  // (The time hung from the description the parser made the subject.)
  if (verb > static_cast<int>(unit) && s[static_cast<std::size_t>(verb)].upos == "NOUN" &&
      s[static_cast<std::size_t>(verb)].deprel.starts_with("nsubj") && s[static_cast<std::size_t>(verb)].head >= 0 &&
      s[static_cast<std::size_t>(s[static_cast<std::size_t>(verb)].head)].upos == "VERB") {
    s[unit].head = s[static_cast<std::size_t>(verb)].head;
    verb = s[unit].head;
  }
  // (Or the time itself made the subject, the phrase hung from it: "Last
  // week the Minister for Media, X, held ...".)
  const bool time_subject = s[unit].deprel.starts_with("nsubj");
  if (verb <= static_cast<int>(unit) || s[static_cast<std::size_t>(verb)].upos != "VERB") return;
  // (Or the name's description after its comma made the subject: "Earlier
  // this month X, the opposition leader, met ...": the name's apposition.)
  int description = -1;
  for (int k = static_cast<int>(unit) + 1; k < verb; ++k)
    if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel.starts_with("nsubj"))
      description = k;
  if (!time_subject && description >= 0 &&
      (s[static_cast<std::size_t>(description)].upos != "NOUN" ||
       has_child(s, verb, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj") && c.upos != "NOUN"; })))
    return;
  if (!time_subject && description < 0 &&
      has_child(s, verb, [](const SyntaxToken& c) { return c.deprel.starts_with("nsubj"); }))
    return;
  // The phrase's head: the first noun or name right after the unit, hung from it.
  // (Past a comma: "Last week, X, secretary of Y, wrote ...".)
  for (std::size_t k = unit + 1; k < static_cast<std::size_t>(verb); ++k) {
    if (s[k].head != static_cast<int>(unit) || s[k].upos == "PUNCT") continue;
    if (s[k].upos != "PROPN" && s[k].upos != "NOUN") return;
    if (!time_subject && description >= 0) {
      if (s[k].upos != "PROPN" || static_cast<int>(k) > description || s[k + 1].form != ",") return;
      s[static_cast<std::size_t>(description)].head = static_cast<int>(k);
      s[static_cast<std::size_t>(description)].deprel = "appos";
    }
    s[k].head = verb;
    s[k].deprel = time_subject ? s[unit].deprel : "nsubj";
    if (time_subject) s[unit].deprel = "obl:unmarked";
    return;
  }
}

void repair_floating_quantifier_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int q = 2; q < n; ++q) {
    SyntaxToken& each = s[static_cast<std::size_t>(q)];
    const std::string w = to_lower_ascii(each.form);
    if (!floating_quantifier(w) || each.deprel != "nsubj" || each.head <= q ||
        s[static_cast<std::size_t>(q - 1)].form != ",")
      continue;
    const int verb = each.head;
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    const int name = v.head;
    if (v.upos != "VERB" || name < 0 || name >= q || s[static_cast<std::size_t>(name)].head >= 0 ||
        (s[static_cast<std::size_t>(name)].upos != "PROPN" && s[static_cast<std::size_t>(name)].upos != "NOUN"))
      continue;
    SyntaxToken& subject = s[static_cast<std::size_t>(name)];
    v.head = -1;
    v.deprel = "root";
    subject.head = verb;
    subject.deprel = "nsubj";
    each.deprel = "advmod";
    // (What hung from the name after the verb, the sentence's final stop, is the verb's.)
    rehang_after(s, verb, name, verb);
    return;
  }
}

void repair_both_openers(SyntaxSentence& s) {
  if (s.size() < 3 || to_lower_ascii(s[0].form) != "both" || s[0].deprel != "advmod" || s[0].head < 1) return;
  const int verb = s[0].head;
  const SyntaxToken& v = s[static_cast<std::size_t>(verb)];
  if (v.upos != "VERB" || (!finite_tag(v.xpos) && v.xpos != "VBN")) return;
  // (Only adverbs and auxiliaries between: "Both later called on", "Both have urged".)
  for (int k = 1; k < verb; ++k)
    if (s[static_cast<std::size_t>(k)].upos != "ADV" && s[static_cast<std::size_t>(k)].upos != "AUX") return;
  for (const SyntaxToken& t : s)
    if (t.head == verb && (t.deprel.starts_with("nsubj") || t.deprel.starts_with("csubj"))) return;
  s[0].deprel = "nsubj";
}

void repair_inverted_passives(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  int v = 0;
  while (v < n && (s[static_cast<std::size_t>(v)].upos == "ADV" || s[static_cast<std::size_t>(v)].upos == "CCONJ")) ++v;
  if (v + 2 >= n) return;
  // "Also designated, in an action the three governments coordinated, were
  // A; B; and C": the aside between the participle's commas is the
  // participle's, whatever the parser made of it (often the root), and the
  // names after "were" its passive subject.
  if (s[static_cast<std::size_t>(v)].xpos == "VBN" && s[static_cast<std::size_t>(v + 1)].form == ",") {
    int close = v + 2;
    while (close + 2 < n && s[static_cast<std::size_t>(close)].form != "," && s[static_cast<std::size_t>(close)].upos != "PUNCT")
      ++close;
    if (close + 2 < n && close > v + 2 && s[static_cast<std::size_t>(close)].form == "," &&
        s[static_cast<std::size_t>(close + 1)].lemma == "be" && s[static_cast<std::size_t>(close + 1)].deprel == "cop") {
      const int names = s[static_cast<std::size_t>(close + 1)].head;
      if (names > close + 1) {
        const auto inside = [&](int k) { return k > v + 1 && k < close; };
        for (int k = 0; k < n; ++k) {
          SyntaxToken& t = s[static_cast<std::size_t>(k)];
          if (k == v) continue;
          if (inside(k) && !inside(t.head)) {
            t.head = v;
            if (t.deprel == "root" || t.upos == "VERB") t.deprel = "advcl";
          } else if (!inside(k) && k != names && (t.head < 0 || inside(t.head))) {
            t.head = v;
          }
        }
        SyntaxToken& verb = s[static_cast<std::size_t>(v)];
        verb.head = -1;
        verb.deprel = "root";
        s[static_cast<std::size_t>(names)].head = v;
        s[static_cast<std::size_t>(names)].deprel = "nsubj:pass";
        s[static_cast<std::size_t>(close + 1)].head = v;
        s[static_cast<std::size_t>(close + 1)].deprel = "aux:pass";
        return;
      }
    }
  }
  SyntaxToken& verb = s[static_cast<std::size_t>(v)];
  // "were" right after the participle, or after its own dependents: "Also
  // targeted by Washington were A and B".
  int b = v + 1;
  while (b + 1 < n && s[static_cast<std::size_t>(b)].lemma != "be" && descends_from(s, b, v)) ++b;
  SyntaxToken& be = s[static_cast<std::size_t>(b)];
  // "Also designated were A; B; and C" parsed with the names as the
  // participle's complement (or object, or loose dependent, or active
  // subject, or agent, or hung from punctuation) and "were" their copula:
  // the names are its passive subject.
  const auto misread = [&](const SyntaxToken& t) {
    return (t.head == v && (t.deprel == "xcomp" || t.deprel == "ccomp" || t.deprel == "obj" || t.deprel == "dep" ||
                            t.deprel == "nsubj" || t.deprel == "obl:agent")) ||
           (verb.deprel == "root" && t.head >= 0 && s[static_cast<std::size_t>(t.head)].upos == "PUNCT");
  };
  if ((verb.xpos == "VBN" || verb.xpos == "VBD") && be.lemma == "be" && be.deprel == "cop" && be.head > b &&
      misread(s[static_cast<std::size_t>(be.head)])) {
    s[static_cast<std::size_t>(be.head)].head = v;
    s[static_cast<std::size_t>(be.head)].deprel = "nsubj:pass";
    be.head = v;
    be.deprel = "aux:pass";
    return;
  }
  // (Or the participle read as an adjective of the phrase after "were", that
  // phrase the root: "Also blacklisted were four former directors general of
  // the force: A, B and C".)
  if (verb.xpos == "VBN" && verb.deprel == "amod" && be.lemma == "be" && be.deprel == "cop" && verb.head > b) {
    const int top = root_of(s);
    if (top > b && descends_from(s, verb.head, top) && descends_from(s, be.head, top)) {
      take_place(s, v, top, "nsubj:pass");
      be.head = v;
      be.deprel = "aux:pass";
      for (int k = 0; k < v; ++k)
        if (s[static_cast<std::size_t>(k)].head == top) s[static_cast<std::size_t>(k)].head = v;
      if (s[static_cast<std::size_t>(n - 1)].upos == "PUNCT" && s[static_cast<std::size_t>(n - 1)].head == top)
        s[static_cast<std::size_t>(n - 1)].head = v;
      return;
    }
  }
  const int names = verb.head;
  // (Or the participle made the names' subject: "Also blacklisted were A and B".)
  if (verb.xpos != "VBN" || !(verb.deprel.starts_with("nsubj") || verb.deprel.starts_with("csubj")) ||
      names <= b || be.lemma != "be" ||
      be.head != names || be.deprel != "cop")
    return;
  take_place(s, v, names, "nsubj:pass");
  be.head = v;
  be.deprel = "aux:pass";
  for (int k = 0; k < n; ++k)
    if (SyntaxToken& t = s[static_cast<std::size_t>(k)]; t.head == names && (k < v || (k == n - 1 && t.upos == "PUNCT")))
      t.head = v;
}

void repair_caption_order_openers(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  if (n < 6 || to_lower_ascii(s[0].form) != "from" || to_lower_ascii(s[1].form) != "left") return;
  int k = 2;
  if (k + 1 < n && to_lower_ascii(s[static_cast<std::size_t>(k)].form) == "to" &&
      to_lower_ascii(s[static_cast<std::size_t>(k + 1)].form) == "right")
    k += 2;
  if (k >= n || (s[static_cast<std::size_t>(k)].form != "," && s[static_cast<std::size_t>(k)].form != ":")) return;
  // The names and their separators, up to the verb they are the subject of.
  std::vector<int> names;
  int v = k + 1;
  for (; v < n; ++v) {
    const SyntaxToken& t = s[static_cast<std::size_t>(v)];
    if (names_mention(ctx, t) && s[static_cast<std::size_t>(v - 1)].upos != "PROPN") {
      names.push_back(v);
      continue;
    }
    if (t.form == "," || to_lower_ascii(t.form) == "and") continue;
    break;
  }
  if (names.size() < 2 || v >= n || s[static_cast<std::size_t>(v)].upos != "VERB" ||
      names.back() + 1 != v)
    return;
  for (int x = k + 1; x < v; ++x) {
    SyntaxToken& t = s[static_cast<std::size_t>(x)];
    const auto next = std::find_if(names.begin(), names.end(), [&](int m) { return m > x; });
    if (x == names.front()) {
      t.head = v;
      t.deprel = "nsubj";
    } else if (t.upos == "PROPN") {
      t.head = names.front();
      t.deprel = "conj";
    } else if (next != names.end()) {
      t.head = *next;
      t.deprel = t.form == "," ? "punct" : "cc";
    }
  }
  s[1].head = v;
  s[1].deprel = "obl";
  s[0].head = 1;
  s[0].deprel = "case";
  // The verb heads the sentence.
  if (s[static_cast<std::size_t>(v)].head >= 0 && s[static_cast<std::size_t>(v)].head < v) {
    const int old_root = root_of(s);
    s[static_cast<std::size_t>(v)].head = -1;
    s[static_cast<std::size_t>(v)].deprel = "root";
    if (old_root >= 0 && old_root != v) {
      s[static_cast<std::size_t>(old_root)].head = v;
      s[static_cast<std::size_t>(old_root)].deprel = "dep";
    }
  }
}

void repair_subjects_after_opening_clauses(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  const int v = root_of(s);
  if (v < 4 || !finite_tag(s[static_cast<std::size_t>(v)].xpos) ||
      has_child(s, v, [](const SyntaxToken& c) { return has_label(c.deprel, "nsubj"); }) ||
      s[static_cast<std::size_t>(v - 1)].form != ",")
    return;
  // The opening clause: an adverbial clause of the verb that opens the sentence.
  int clause = -1;
  for (int k = 0; k < v && clause < 0; ++k)
    if (s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel == "advcl" &&
        subtree_start(s, k) == 0)
      clause = k;
  if (clause < 0) return;
  // Its first conjunct with no "and", after a comma, a name or a noun.
  int subject = -1;
  for (int k = clause + 1; k < v && subject < 0; ++k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.deprel == "conj" && (t.upos == "PROPN" || t.upos == "NOUN") && s[static_cast<std::size_t>(k - 1)].form == "," &&
        descends_from(s, k, clause) &&
        !has_child(s, k, [](const SyntaxToken& c) { return c.deprel == "cc"; }))
      subject = k;
  }
  if (subject < 0) return;
  const int head = s[static_cast<std::size_t>(subject)].head;
  // Every word from it to the verb's comma hangs below it or is a later
  // conjunct of the same noun (the aside: "a Harbour Democrat").
  for (int k = subject + 1; k < v - 1; ++k) {
    int up = k;
    for (int steps = 0; up >= 0 && up != subject && s[static_cast<std::size_t>(up)].head != head && steps < n; ++steps)
      up = s[static_cast<std::size_t>(up)].head;
    if (up < 0 || (up != subject && s[static_cast<std::size_t>(up)].deprel != "conj" &&
                   s[static_cast<std::size_t>(up)].upos != "PUNCT"))
      return;
  }
  for (int k = subject + 1; k < v - 1; ++k) {
    SyntaxToken& t = s[static_cast<std::size_t>(k)];
    if (t.head != head) continue;
    t.head = subject;
    if (t.deprel == "conj") t.deprel = "appos";
  }
  s[static_cast<std::size_t>(subject)].head = v;
  s[static_cast<std::size_t>(subject)].deprel = "nsubj";
  s[static_cast<std::size_t>(subject - 1)].head = subject;
  s[static_cast<std::size_t>(v - 1)].head = subject;
}

}  // namespace kg::extract
