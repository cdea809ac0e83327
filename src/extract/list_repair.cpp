#include "list_repair.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "kg/text.hpp"
#include "syntax_walk.hpp"
#include "title_ties.hpp"
#include "title_words.hpp"

namespace kg::extract {
namespace {

// People are listed with people; states and bodies with each other ("the
// EU, the UK and Canada").
int kind_of(const Context& ctx, const SyntaxToken& t) {
  const int m = ctx.mention_at[t.token];
  if (m < 0 || t.upos != "PROPN") return -1;
  const Mention& mention = ctx.mentions[static_cast<std::size_t>(m)];
  if (mention.kind != MentionKind::Name) return -1;
  switch (mention.type) {
    case EntityType::Person: return 0;
    case EntityType::Country:
    case EntityType::Organization: return 1;
    default: return 2;
  }
}

// A separator at i: ",", "and", "or", ", and", ", or", "as well as", "and
// also"; its length (0 if none) and whether it is a conjunction.
std::size_t separator(const SyntaxSentence& s, std::size_t i, bool& conjunction) {
  const auto word = [&](std::size_t k) { return k < s.size() ? to_lower_ascii(s[k].form) : std::string(); };
  conjunction = true;
  if (word(i) == "as" && word(i + 1) == "well" && word(i + 2) == "as") return 3;
  if (word(i) == "and" || word(i) == "or") return 1;
  if (word(i) == "," && (word(i + 1) == "and" || word(i + 1) == "or")) return 2;
  conjunction = false;
  return word(i) == "," ? 1 : 0;
}

// A place's name, or a capital's (a state or a place, as coreference decides later).
bool place_or_capital(const Context& ctx, const SyntaxToken& t) {
  const int m = ctx.mention_at[t.token];
  if (m < 0 || t.upos != "PROPN") return false;
  const Mention& mention = ctx.mentions[static_cast<std::size_t>(m)];
  return mention.kind == MentionKind::Capital ||
         (mention.kind == MentionKind::Name && mention.type == EntityType::Location);
}

// Makes `item` the next conjunct of `first` ("A, his brother B, and C");
// UD hangs every conjunct from the first, so the item's own ("and C") go
// there too.
void join_as_conjunct(SyntaxSentence& s, int item, int first) {
  s[static_cast<std::size_t>(item)].head = first;
  s[static_cast<std::size_t>(item)].deprel = "conj";
  for (SyntaxToken& t : s)
    if (t.head == item && t.deprel == "conj") t.head = first;
}

}  // namespace

void repair_conjuncts_hung_from_punctuation(SyntaxSentence& s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if ((t.upos != "NOUN" && t.upos != "PROPN") || t.head < 0) continue;
    const auto up = static_cast<std::size_t>(t.head);
    const bool from_mark = s[up].upos == "PUNCT" && up > i && s[up].head >= 0;
    const bool loose = t.deprel == "dep" && up < i && (s[up].upos == "NOUN" || s[up].upos == "PROPN");
    // (Or a clausal subject of a later verb, which no noun phrase is: "met A
    // and the head of X, B, in Tehran, after inspectors found ...".)
    const bool clausal = (t.deprel == "csubj" || t.deprel == "csubj:outer") && up > i;
    if (!from_mark && !loose && !clausal) continue;
    // The "and" right before the phrase, hung from the same head or the noun
    // (the phrase's first word when the parser hung it from the noun).
    std::size_t start = phrase_start(s, i);
    if (start < i && s[start].deprel == "cc" && to_lower_ascii(s[start].form) == "and") ++start;
    if (start == 0 || to_lower_ascii(s[start - 1].form) != "and") continue;
    SyntaxToken& cc = s[start - 1];
    if (cc.head != static_cast<int>(up) && cc.head != static_cast<int>(i)) continue;
    if (clausal && (start < 2 || (s[start - 2].upos != "NOUN" && s[start - 2].upos != "PROPN"))) continue;
    cc.head = static_cast<int>(i);
    cc.deprel = "cc";
    if (from_mark) t.head = s[up].head;
    if (clausal) t.head = static_cast<int>(start - 2);  // the item before "and"
    t.deprel = "conj";
  }
}

void repair_loose_object_conjuncts(SyntaxSentence& s) {
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if ((t.upos != "NOUN" && t.upos != "PROPN") || t.deprel != "dep" || t.head < 0 ||
        static_cast<std::size_t>(t.head) >= i || s[static_cast<std::size_t>(t.head)].upos != "VERB")
      continue;
    const int verb = t.head;
    int object = -1;
    for (std::size_t k = static_cast<std::size_t>(verb) + 1; k < i; ++k)
      if (s[k].head == verb && s[k].deprel == "obj") object = static_cast<int>(k);
    if (object < 0) continue;
    // Back over its determiner, possessive and adjectives, to the "and".
    std::size_t k = i;
    while (k > 0 && s[k - 1].head == verb && s[k - 1].deprel == "dep" &&
           (s[k - 1].upos == "DET" || s[k - 1].upos == "PRON" || s[k - 1].upos == "ADJ"))
      --k;
    if (k == 0 || to_lower_ascii(s[k - 1].form) != "and" || s[k - 1].head != verb) continue;
    for (std::size_t m = k; m < i; ++m) {
      s[m].head = static_cast<int>(i);
      s[m].deprel = s[m].upos == "ADJ" ? "amod" : s[m].xpos == "PRP$" ? "nmod:poss" : "det";
    }
    s[k - 1].head = static_cast<int>(i);
    s[k - 1].deprel = "cc";
    t.head = object;
    t.deprel = "conj";
  }
}

void repair_list_items_hung_from_punctuation(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int i = 2; i < n; ++i) {
    SyntaxToken& t = s[static_cast<std::size_t>(i)];
    if (t.head < 0 || s[static_cast<std::size_t>(t.head)].upos != "PUNCT" || kind_of(ctx, t) < 0) continue;
    const int start = subtree_start(s, i);
    if (start < 2 || s[static_cast<std::size_t>(start - 1)].form != ",") continue;
    const int before = start - 2;
    const SyntaxToken& item = s[static_cast<std::size_t>(before)];
    if (kind_of(ctx, item) != kind_of(ctx, t) || item.head < 0 ||
        s[static_cast<std::size_t>(item.head)].upos == "PUNCT" || descends_from(s, before, i))
      continue;
    join_as_conjunct(s, i, first_conjunct(s, before));
    s[static_cast<std::size_t>(start - 1)].head = i;
    s[static_cast<std::size_t>(start - 1)].deprel = "punct";
  }
}

void repair_subjects_read_as_roots(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const int root = root_of(s);
  if (root < 0 || kind_of(ctx, s[static_cast<std::size_t>(root)]) < 0) return;
  for (int v = root + 1; v < n; ++v) {
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (verb.head != root || verb.deprel != "conj" || verb.upos != "VERB") continue;
    int subject = -1;
    for (int k = root + 1; k < v && subject < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && s[static_cast<std::size_t>(k)].deprel == "nsubj" &&
          kind_of(ctx, s[static_cast<std::size_t>(k)]) == kind_of(ctx, s[static_cast<std::size_t>(root)]))
        subject = k;
    if (subject < 0) return;
    SyntaxToken& first = s[static_cast<std::size_t>(root)];
    verb.head = -1;
    verb.deprel = "root";
    first.head = v;
    first.deprel = "nsubj";
    s[static_cast<std::size_t>(subject)].head = root;
    s[static_cast<std::size_t>(subject)].deprel = "conj";
    for (int k = root + 1; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (k < subject && t.head == v && t.deprel == "cc") t.head = subject;
      else if (k > v && t.head == root) t.head = v;
    }
    return;
  }
}

void repair_high_conjuncts(SyntaxSentence& s) {
  // "sanctioning X's wife, A, and his daughter, B, as well as members of
  // ...", "imposed sanctions on two ministers, A, …, and B, …": nouns
  // joined to the verb's object or oblique, hung from the verb.
  for (std::size_t i = 0; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.deprel != "conj" || (t.upos != "NOUN" && t.upos != "PROPN") || t.head < 0) continue;
    const auto verb = static_cast<std::size_t>(t.head);
    if (s[verb].upos != "VERB") continue;
    int object = -1;
    bool clause = false;
    std::size_t first = i;  // the conjunct's phrase starts here
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (s[k].head == static_cast<int>(verb) && (s[k].deprel == "obj" || s[k].deprel == "obl") && k < i &&
          k > verb && s[k].upos != "PRON")
        object = static_cast<int>(k);
      if (s[k].head != static_cast<int>(i)) continue;
      // "and on B" is an oblique of the verb (tree_relations.cpp follows it);
      // a conjunct with a subject or copula is a clause.
      if (s[k].deprel.starts_with("nsubj") || s[k].deprel == "cop" || s[k].deprel == "case") clause = true;
    }
    for (std::size_t k = 0; k < i; ++k)
      if (descends_from(s, static_cast<int>(k), static_cast<int>(i))) {
        first = k;
        break;
      }
    if (object < 0 || clause) continue;
    // Only right after the object's phrase: every word between is in it.
    bool adjacent = true;
    for (std::size_t k = static_cast<std::size_t>(object) + 1; k < first && adjacent; ++k) {
      adjacent = descends_from(s, static_cast<int>(k), object) || s[k].upos == "PUNCT";
    }
    if (adjacent) t.head = object;
  }
}

void repair_names_joined_to_nouns_above(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int c = 2; c < n; ++c) {
    SyntaxToken& t = s[static_cast<std::size_t>(c)];
    if (t.deprel != "conj" || t.upos != "PROPN" || t.head < 0 || t.head >= c) continue;
    const int noun = t.head;
    if (s[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    // The noun's name after a preposition, between the noun and the conjunct.
    int name = -1;
    for (int k = noun + 1; k < c; ++k) {
      const SyntaxToken& w = s[static_cast<std::size_t>(k)];
      if (w.head == noun && has_label(w.deprel, "nmod") && w.upos == "PROPN" &&
          has_child(s, k, [](const SyntaxToken& x) { return x.deprel == "case"; }))
        name = k;
      if (w.head == noun && w.deprel == "conj") name = -1;  // (a conjunct of the noun's own before)
    }
    if (name < 0) continue;
    // Only the list's own words between them: descendants of either, or punctuation.
    bool adjacent = true;
    for (int k = name + 1; k < c && adjacent; ++k)
      adjacent = descends_from(s, k, name) || descends_from(s, k, c) || s[static_cast<std::size_t>(k)].upos == "PUNCT";
    if (!adjacent) continue;
    t.head = name;
    for (int k = c + 1; k < n; ++k)  // (and the conjuncts after it)
      if (s[static_cast<std::size_t>(k)].head == noun && s[static_cast<std::size_t>(k)].deprel == "conj" &&
          s[static_cast<std::size_t>(k)].upos == "PROPN")
        s[static_cast<std::size_t>(k)].head = name;
  }
}

void repair_names_after_party_tags(SyntaxSentence& s) {
  for (std::size_t c = 5; c < s.size(); ++c) {
    SyntaxToken& name = s[c];
    if (name.deprel != "conj" || name.upos != "PROPN" || name.head < 0 ||
        s[static_cast<std::size_t>(name.head)].upos != "VERB")
      continue;
    // ", and" before it, and the name before that with its party tag between commas.
    if (to_lower_ascii(s[c - 1].form) != "and" || s[c - 2].form != "," || !is_party_tag(s[c - 3].form) ||
        s[c - 4].form != "," || s[c - 5].upos != "PROPN")
      continue;
    name.head = static_cast<int>(c - 5);
    s[c - 1].head = static_cast<int>(c);
    s[c - 3].head = static_cast<int>(c - 5);
    s[c - 3].deprel = "appos";
  }
}

void repair_conjuncts_of_sanction_nouns(SyntaxSentence& s, const Lexicon& lex) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    // (Or a count: "sanctions on A and two of the country's former prime ministers, B and C".)
    if (t.deprel != "conj" || (t.upos != "NOUN" && t.upos != "PROPN" && t.upos != "NUM") || t.head < 0) continue;
    const int noun = t.head;
    // (Not a second act: "sanctions on A and a travel ban"; not a phrase
    // of its own: "and on B".)
    if (!lex.in("sanction_nouns", s[static_cast<std::size_t>(noun)].lemma) || lex.in("sanction_nouns", t.lemma) ||
        has_child(s, static_cast<int>(i), [](const SyntaxToken& c) { return c.deprel == "case"; }))
      continue;
    // The noun's target phrase, between the noun and the conjunct.
    int target = -1;
    for (std::size_t k = static_cast<std::size_t>(noun) + 1; k < i; ++k)
      if (s[k].head == noun && has_label(s[k].deprel, "nmod") &&
          has_child(s, static_cast<int>(k), [](const SyntaxToken& c) {
            return c.deprel == "case" && (c.lemma == "on" || c.lemma == "against");
          }))
        target = static_cast<int>(k);
    if (target >= 0) t.head = target;
  }
}

void repair_coordinated_modifiers(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto body_or_state = [&](int k) {
    const SyntaxToken& t = s[static_cast<std::size_t>(k)];
    const int m = ctx.mention_at[t.token];
    return m >= 0 && (t.deprel == "compound" || t.deprel == "amod") &&
           (ctx.mentions[static_cast<std::size_t>(m)].type == EntityType::Country ||
            ctx.mentions[static_cast<std::size_t>(m)].type == EntityType::Organization);
  };
  for (int noun = 1; noun < n; ++noun) {
    if (s[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    // The modifiers right before the noun, back to the first.
    std::vector<int> items;
    bool joined = false;
    int k = noun - 1;
    for (; k >= 0; --k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == noun && body_or_state(k)) items.insert(items.begin(), k);
      else if ((t.form == "," || t.upos == "CCONJ") && (t.head == noun || t.head > k) && !items.empty()) joined = joined || t.upos == "CCONJ";
      else if (t.head != noun || (t.deprel != "compound" && t.deprel != "amod" && t.deprel != "flat")) break;
      else if (!items.empty() && ctx.mention_at[t.token] < 0) break;
    }
    if (items.size() < 2 || !joined) continue;
    const int first = items.front();
    for (std::size_t i = 1; i < items.size(); ++i) {
      SyntaxToken& item = s[static_cast<std::size_t>(items[i])];
      item.head = first;
      item.deprel = "conj";
      for (int j = items[i - 1] + 1; j < items[i]; ++j) {
        SyntaxToken& sep = s[static_cast<std::size_t>(j)];
        if (sep.form == "," || sep.upos == "CCONJ") {
          sep.head = items[i];
          sep.deprel = sep.upos == "CCONJ" ? "cc" : "punct";
        }
      }
    }
  }
}

void repair_as_well_as_items(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int a = 1; a + 3 < n; ++a) {
    if (to_lower_ascii(s[static_cast<std::size_t>(a)].form) != "as" ||
        to_lower_ascii(s[static_cast<std::size_t>(a + 1)].form) != "well" ||
        to_lower_ascii(s[static_cast<std::size_t>(a + 2)].form) != "as")
      continue;
    // The item right after: a name or noun the parser hung from the verb.
    int item = a + 3;
    while (item < n && (s[static_cast<std::size_t>(item)].head == item + 1 || s[static_cast<std::size_t>(item)].upos == "DET") &&
           s[static_cast<std::size_t>(item)].upos != "PROPN")
      ++item;
    if (item >= n) continue;
    SyntaxToken& it = s[static_cast<std::size_t>(item)];
    const int verb = it.head;
    if (verb < 0 || verb > a || (it.upos != "PROPN" && it.upos != "NOUN") || it.deprel == "conj") continue;
    // The verb's object before "as well as".
    int object = -1;
    for (int k = verb + 1; k < a; ++k)
      if (s[static_cast<std::size_t>(k)].head == verb && s[static_cast<std::size_t>(k)].deprel == "obj") object = k;
    if (object < 0) continue;
    it.head = object;
    it.deprel = "conj";
    SyntaxToken& cc = s[static_cast<std::size_t>(a)];
    cc.head = item;
    cc.deprel = "cc";
  }
}

void repair_list_heads_read_as_compounds(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int a = 0; a + 2 < n; ++a) {
    SyntaxToken& first = s[static_cast<std::size_t>(a)];
    const int b = a + 2;
    SyntaxToken& second = s[static_cast<std::size_t>(b)];
    // (Names of one type: capitals acting for their states too.)
    const int ma = ctx.mention_at[first.token], mb = ctx.mention_at[second.token];
    if (first.deprel != "compound" || first.head != b || s[static_cast<std::size_t>(a + 1)].form != "," || ma < 0 ||
        mb < 0 || ctx.mentions[static_cast<std::size_t>(ma)].type != ctx.mentions[static_cast<std::size_t>(mb)].type ||
        second.head < 0 ||
        !has_child(s, b, [](const SyntaxToken& c) { return c.deprel == "conj"; }))
      continue;
    first.head = second.head;
    first.deprel = second.deprel;
    for (int k = b + 1; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == b && s[static_cast<std::size_t>(k)].deprel == "conj")
        s[static_cast<std::size_t>(k)].head = a;
    second.head = a;
    second.deprel = "conj";
    s[static_cast<std::size_t>(a + 1)].head = b;
    s[static_cast<std::size_t>(a + 1)].deprel = "punct";
  }
}

void repair_nouns_after_coordinated_modifiers(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int x = 0; x + 3 < n; ++x) {
    SyntaxToken& first = s[static_cast<std::size_t>(x)];
    SyntaxToken& cc = s[static_cast<std::size_t>(x + 1)];
    const SyntaxToken& second = s[static_cast<std::size_t>(x + 2)];
    SyntaxToken& noun = s[static_cast<std::size_t>(x + 3)];
    if (first.upos != "NOUN" || first.xpos != "NN" || cc.upos != "CCONJ" || second.head != x ||
        second.deprel != "conj" || (second.upos != "ADJ" && second.upos != "NOUN") || noun.upos != "NOUN" ||
        noun.head != first.head || first.head < 0 ||
        has_child(s, x + 3, [](const SyntaxToken& c) { return c.deprel == "case"; }))
      continue;
    noun.deprel = first.deprel;
    first.head = x + 3;
    first.deprel = "compound";
    // (Its determiner, possessor and adjectives before it are the noun's.)
    for (int k = 0; k < x; ++k)
      if (s[static_cast<std::size_t>(k)].head == x) s[static_cast<std::size_t>(k)].head = x + 3;
  }
}

void repair_sanction_nouns_read_as_conjuncts(SyntaxSentence& s, const Lexicon& lex) {
  const int n = static_cast<int>(s.size());
  for (int i = 2; i < n; ++i) {
    SyntaxToken& noun = s[static_cast<std::size_t>(i)];
    if (noun.deprel != "conj" || noun.upos != "NOUN" || noun.head < 0 || noun.head >= i) continue;
    const int first = noun.head;
    SyntaxToken& f = s[static_cast<std::size_t>(first)];
    if ((f.upos != "PROPN" && f.upos != "ADJ") || !lex.in("sanction_nouns", to_lower_ascii(noun.lemma))) continue;
    // Every word between is a name, a demonym or the list's punctuation,
    // and the word right before the noun is a modifier, no "and".
    bool modifiers = s[static_cast<std::size_t>(i - 1)].upos == "PROPN" || s[static_cast<std::size_t>(i - 1)].upos == "ADJ";
    for (int k = first + 1; k < i && modifiers; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      modifiers = t.upos == "PROPN" || t.upos == "ADJ" || t.form == "," || t.upos == "CCONJ";
    }
    if (!modifiers) continue;
    noun.head = f.head;
    noun.deprel = f.deprel;
    for (int k = 0; k < n; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != first || k == i) continue;
      // What the phrase had before the list (its preposition, copula,
      // subject) and after the noun goes with the noun.
      if (k < first || k > i) t.head = i;
    }
    f.head = i;
    f.deprel = f.upos == "ADJ" ? "amod" : "compound";
  }
}

void repair_lists_read_as_subjects(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int p = 1; p < n; ++p) {
    SyntaxToken& phrase = s[static_cast<std::size_t>(p)];
    if ((phrase.upos != "NOUN" && phrase.upos != "PROPN") || phrase.head < 0 ||
        has_child(s, p, [](const SyntaxToken& c) { return c.deprel == "cop" || has_label(c.deprel, "aux"); }))
      continue;
    int subject = -1, preposition = -1;
    for (int k = 0; k < p; ++k) {
      if (s[static_cast<std::size_t>(k)].head != p) continue;
      if (s[static_cast<std::size_t>(k)].deprel == "nsubj" && subject < 0) subject = k;
      if (s[static_cast<std::size_t>(k)].deprel == "case") preposition = k;
    }
    // The phrase's preposition after the subjects, past a comma.
    if (subject < 0 || preposition < subject || s[static_cast<std::size_t>(preposition - 1)].form != ",") continue;
    // The object of a verb before the subjects, the list's first item.
    int object = -1;
    for (int k = subject - 1; k >= 0 && object < 0; --k)
      if (s[static_cast<std::size_t>(k)].deprel == "obj" && s[static_cast<std::size_t>(k)].head >= 0 &&
          s[static_cast<std::size_t>(k)].head < k && s[static_cast<std::size_t>(s[static_cast<std::size_t>(k)].head)].upos == "VERB")
        object = k;
    const std::size_t start = phrase_start(s, static_cast<std::size_t>(subject));
    if (object < 0 || start == 0 || s[start - 1].form != ",") continue;
    const int verb = s[static_cast<std::size_t>(object)].head;
    for (int k = subject; k < preposition; ++k) {
      SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head != p || t.deprel != "nsubj") continue;
      // (A name right after the first, a noun, is its apposition: "the X founders C".)
      const bool apposed = k == subject + 1 && s[static_cast<std::size_t>(subject)].upos == "NOUN";
      t.head = apposed ? subject : object;
      t.deprel = apposed ? "appos" : "conj";
    }
    for (int k = 0; k < n; ++k)
      if (s[static_cast<std::size_t>(k)].head == p && s[static_cast<std::size_t>(k)].deprel == "punct" && k < preposition)
        s[static_cast<std::size_t>(k)].head = object;
    phrase.head = verb;
    phrase.deprel = "obl";
  }
}

void repair_subjects_of_list_items(SyntaxSentence& s) {
  for (std::size_t h = 0; h < s.size(); ++h) {
    const SyntaxToken& item = s[h];
    if ((item.upos != "NOUN" && item.upos != "PROPN") || (item.deprel != "conj" && item.deprel != "obj") ||
        has_child(s, static_cast<int>(h), [](const SyntaxToken& c) { return c.deprel == "cop" || has_label(c.deprel, "aux"); }))
      continue;
    const int first = first_conjunct(s, static_cast<int>(h));
    for (std::size_t k = 0; k < h; ++k)
      if (s[k].head == static_cast<int>(h) && s[k].deprel == "nsubj" && (s[k].upos == "NOUN" || s[k].upos == "PROPN") &&
          static_cast<int>(k) > first) {
        s[k].head = first;
        s[k].deprel = "conj";
      }
  }
}

void repair_lists_in_subject_asides(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int v = 3; v < n; ++v) {
    if (s[static_cast<std::size_t>(v)].upos != "VERB") continue;
    int subject = -1;
    for (int k = 0; k < v && subject < 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == v && has_label(s[static_cast<std::size_t>(k)].deprel, "nsubj"))
        subject = k;
    if (subject < 0 || !names_mention(ctx, s[static_cast<std::size_t>(subject)])) continue;
    const int start = static_cast<int>(phrase_start(s, static_cast<std::size_t>(subject)));
    if (start < 4 || s[static_cast<std::size_t>(start - 1)].form != ",") continue;
    // The name the aside's "with" governs, whose phrase ends at that comma.
    const int last = start - 2;
    int item = -1;
    for (int k = last; k > 0 && item < 0; --k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.form == "," || has_label(t.deprel, "nsubj")) break;
      const std::string w = to_lower_ascii(t.form);
      if ((w == "with" || w == "alongside") && t.deprel == "case" && t.head > k && t.head <= last) item = t.head;
    }
    if (item < 0 || !names_mention(ctx, s[static_cast<std::size_t>(item)])) continue;
    bool closed = true;
    for (int k = item + 1; k <= last && closed; ++k)
      closed = descends_from(s, k, item) || s[static_cast<std::size_t>(k)].upos == "PUNCT";
    // The aside opens with a comma right after a name, which is the subject.
    int comma = -1;
    for (int k = item - 1; k > 0 && comma < 0; --k)
      if (s[static_cast<std::size_t>(k)].form == ",") comma = k;
    if (!closed || comma < 1) continue;
    const int name = comma - 1;
    SyntaxToken& x = s[static_cast<std::size_t>(name)];
    if (!names_mention(ctx, x) || has_label(x.deprel, "nsubj") || descends_from(s, name, subject)) continue;
    const auto deprel = s[static_cast<std::size_t>(subject)].deprel;
    join_as_conjunct(s, subject, item);
    s[static_cast<std::size_t>(start - 1)].head = subject;
    s[static_cast<std::size_t>(start - 1)].deprel = "punct";
    // (A verb the parser hung from the name takes its place first.)
    SyntaxToken& verb = s[static_cast<std::size_t>(v)];
    if (descends_from(s, v, name)) {
      verb.head = x.head;
      verb.deprel = x.deprel;
    }
    x.head = v;
    x.deprel = deprel;
  }
}

void repair_name_lists(SyntaxSentence& s, const Context& ctx) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int kind = kind_of(ctx, s[i]);
    if (kind < 0 || s[i].deprel == "conj") continue;
    // The run of names from i, and where each separator and article is.
    struct Item {
      std::size_t name, sep, sep_len, det;  // det == name when there is none
    };
    std::vector<Item> items;
    bool joined = false, well = false;
    std::size_t j = i + 1;
    while (j < s.size()) {
      bool conjunction = false;
      const std::size_t len = separator(s, j, conjunction);
      if (len == 0) break;
      std::size_t k = j + len;
      const std::size_t det = k;
      if (k < s.size() && to_lower_ascii(s[k].form) == "the") ++k;
      // "A, his brother B, his former assistant C and ...": a possessive
      // and the words of a kin or a role before a person's name; so are
      // the role's words alone ("first lady B") and a state's possessive
      // and a role set off by a comma ("and Colombia's interior minister, C").
      if (k < s.size() && kind == 0) {
        std::size_t w = k;
        if (s[w].xpos == "PRP$") ++w;
        else if (w + 2 < s.size() && kind_of(ctx, s[w]) == 1 && is_possessive_mark(s[w + 1])) w += 2;
        const std::size_t role = w;
        while (w < s.size() && w < role + 3 && (s[w].upos == "ADJ" || s[w].upos == "NOUN") &&
               std::islower(static_cast<unsigned char>(s[w].form.front())))
          ++w;
        const bool owned = role > k;
        if (owned && w + 1 < s.size() && w > role && s[w].form == ",") ++w;
        if ((owned || w > role) && w < s.size() && kind_of(ctx, s[w]) == kind) k = w;
      }
      if (k >= s.size() || kind_of(ctx, s[k]) != kind) break;
      items.push_back({k, j, len, det < k ? det : k});
      joined = joined || conjunction;
      well = well || len == 3;
      j = k + 1;
    }
    // A list closed by a conjunction, of three names or more ("A and B" the
    // parser gets right), or with "as well as"; or closed by a conjunct of
    // the first name that is no name ("designated A, the B and two
    // officials": B is an item, not A's apposition).
    bool closed_by_other = false;
    if (!items.empty() && !joined)
      for (std::size_t c = items.back().name + 1; c < s.size() && !closed_by_other; ++c)
        if (s[c].head == static_cast<int>(i) && s[c].deprel == "conj" && kind_of(ctx, s[c]) < 0)
          for (std::size_t k = items.back().name + 1; k < c && !closed_by_other; ++k)
            closed_by_other =
                s[k].head == static_cast<int>(c) && s[k].deprel == "cc" && to_lower_ascii(s[k].form) == "and";
    while (!items.empty() && !joined && !closed_by_other) items.pop_back();
    if (items.empty() || !(items.size() >= 2 || well || closed_by_other)) continue;
    const int anchor = static_cast<int>(i);
    // "In Lisbon, Portugal and Spain agreed": a name the parser makes a
    // clause's subject starts a clause, not a list's next item; and a list
    // that would hang from one of its own names is left as it is.
    // (Nor may the first name hang below a word the list takes in: its
    // separators, articles and role words go under the names.)
    bool clause = false;
    for (const Item& it : items) {
      clause = clause || s[it.name].deprel.starts_with("nsubj") || s[it.name].deprel.starts_with("csubj");
      for (std::size_t k = std::min(it.sep, it.det); k <= it.name && !clause; ++k)
        clause = descends_from(s, anchor, static_cast<int>(k));
    }
    if (clause) continue;
    for (const Item& it : items) {
      SyntaxToken& name = s[it.name];
      name.head = anchor;
      name.deprel = "conj";
      for (std::size_t k = it.sep; k < it.sep + it.sep_len; ++k) {
        const std::string w = to_lower_ascii(s[k].form);
        s[k].head = static_cast<int>(it.name);
        s[k].deprel = w == "," ? "punct" : "cc";
        if (it.sep_len == 3 && k > it.sep) {  // "as well as": one conjunction
          s[k].head = static_cast<int>(it.sep);
          s[k].deprel = "fixed";
        }
      }
      if (it.det != it.name) {
        s[it.det].head = static_cast<int>(it.name);
        s[it.det].deprel = to_lower_ascii(s[it.det].form) == "the" ? "det" : "nmod:poss";
        for (std::size_t k = it.det + 1; k < it.name; ++k) {
          s[k].head = static_cast<int>(it.name);
          s[k].deprel = s[k].upos == "ADJ" ? "amod" : "compound";
        }
      }
    }
    i = items.back().name;
  }
}

void repair_conjuncts_in_asides(SyntaxSentence& s, const Context& ctx) {
  // "A, the magnate ..., B, the chief executive of X, and C, ...": C hung as
  // a conjunct of X (a body) inside B's aside joins the list of people.
  for (std::size_t c = 0; c < s.size(); ++c) {
    SyntaxToken& t = s[c];
    const int kind = kind_of(ctx, t);
    if (t.deprel != "conj" || t.head < 0 || kind < 0) continue;
    const auto h = static_cast<std::size_t>(t.head);
    const int head_kind = kind_of(ctx, s[h]);
    if (head_kind < 0 || head_kind == kind) continue;
    // Up from the body to the list item whose aside holds it.
    int item = -1;
    for (int up = s[h].head, steps = 0; up >= 0 && steps < 5 && item < 0; up = s[static_cast<std::size_t>(up)].head, ++steps)
      if (kind_of(ctx, s[static_cast<std::size_t>(up)]) == kind) item = up;
    // ... or a phrase of the body's that names the first item: "before the
    // committee alongside A, the head of X, and B" (B joined to the committee).
    for (std::size_t k = c - 1; k > h && item < 0; --k)
      if (s[k].head == static_cast<int>(h) && s[k].deprel.starts_with("nmod") && kind_of(ctx, s[k]) == kind)
        item = static_cast<int>(k);
    if (item < 0) continue;
    const SyntaxToken& it = s[static_cast<std::size_t>(item)];
    const int list = it.deprel == "conj" && it.head >= 0 ? it.head : item;
    if (descends_from(s, list, static_cast<int>(c))) continue;
    t.head = list;
  }
}

void repair_repeated_prepositions(SyntaxSentence& s, const Context& ctx) {
  // "imposed bans on A, a member of parliament, on former police officer B
  // and on C": each later "on" phrase is a conjunct of the first, however
  // the parser hung it. An item is a person's or a body's name (as the
  // first is), or a noun with such a name in apposition ("officer B").
  // (Also "one of its officers, B", and a name in apposition to the noun
  // after "of": "on the head of X's agency, A, and on one of its officers, B".)
  const auto item_kind = [&](std::size_t n) {
    int kind = kind_of(ctx, s[n]);
    if (s[n].upos != "NOUN" && s[n].upos != "NUM") return kind;
    for (std::size_t k = 0; kind < 0 && k < s.size(); ++k)
      if (s[k].head == static_cast<int>(n) && s[k].deprel == "appos") kind = kind_of(ctx, s[k]);
    for (std::size_t k = 0; kind < 0 && k < s.size(); ++k)
      if (s[k].head == static_cast<int>(n) && s[k].deprel == "nmod" && s[k].upos == "NOUN")
        for (std::size_t a = k + 1; kind < 0 && a < s.size(); ++a)
          if (s[a].head == static_cast<int>(k) && s[a].deprel == "appos") kind = kind_of(ctx, s[a]);
    return kind;
  };
  for (std::size_t p = 0; p < s.size(); ++p) {
    if (s[p].deprel != "case" || s[p].upos != "ADP" || s[p].head <= static_cast<int>(p)) continue;
    const auto first = static_cast<std::size_t>(s[p].head);
    const int kind = item_kind(first);
    if (kind < 0 || s[first].deprel == "conj") continue;
    const std::string prep = to_lower_ascii(s[p].form);
    for (std::size_t q = first + 1; q + 1 < s.size(); ++q) {
      if (to_lower_ascii(s[q].form) != prep || s[q].deprel != "case" || s[q].head <= static_cast<int>(q)) continue;
      std::string before = to_lower_ascii(s[q - 1].form);
      // ("..., as well as on two generals, A and B")
      std::size_t cc = q - 1;
      if (before == "as" && q >= 3 && to_lower_ascii(s[q - 2].form) == "well" && to_lower_ascii(s[q - 3].form) == "as") {
        before = "as well as";
        cc = q - 3;
      }
      if (before != "," && before != "and" && before != "or" && before != "as well as") break;
      const auto item = static_cast<std::size_t>(s[q].head);
      // People and bodies alike: the repeated preposition makes the list
      // ("the assets of A, a trader, and of his company, B").
      const int other = item_kind(item);
      if (other < 0 || (other != kind && (other == 2 || kind == 2)) ||
          descends_from(s, static_cast<int>(first), static_cast<int>(item)))
        break;
      s[item].head = static_cast<int>(first);
      s[item].deprel = "conj";
      if (before != ",") {
        s[cc].head = static_cast<int>(item);
        s[cc].deprel = "cc";
      }
      q = item;
    }
  }
}

void repair_people_listed_after_bodies(SyntaxSentence& s, const Context& ctx) {
  // "two members of the U.S. Senate, A and B": people the parser joined to
  // the body after a comma are listed in apposition to the plural noun the
  // body modifies (people are listed with people), or to a title's noun.
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.deprel != "conj" || t.head < 0 || kind_of(ctx, t) != 0 || s[i - 1].form != ",") continue;
    const auto body = static_cast<std::size_t>(t.head);
    if (kind_of(ctx, s[body]) != 1 || s[body].deprel != "nmod" || s[body].head < 0) continue;
    const auto noun = static_cast<std::size_t>(s[body].head);
    // ("the commander of the Portuguese Army, General A, and his family": a
    // title of one holder, its one name.)
    const auto of_body = [&] {
      return std::any_of(s.begin(), s.end(), [&](const SyntaxToken& c) {
        return c.head == static_cast<int>(body) && c.deprel == "case" && to_lower_ascii(c.form) == "of";
      });
    };
    const bool titled = s[noun].xpos == "NN" && of_body() &&
                        std::any_of(ctx.titles.begin(), ctx.titles.end(), [&](const TitleSpan& x) {
                          return x.first <= s[noun].token && s[noun].token < x.last;
                        });
    if ((s[noun].xpos != "NNS" && !titled) || ctx.mention_at[s[noun].token] >= 0) continue;
    t.head = static_cast<int>(noun);
    t.deprel = "appos";
    if (titled) continue;
    // The list's later people are its conjuncts.
    for (std::size_t k = i + 1; k < s.size(); ++k)
      if (s[k].deprel == "conj" && s[k].head == static_cast<int>(body) && kind_of(ctx, s[k]) == 0)
        s[k].head = static_cast<int>(i);
  }
}

void repair_conjuncts_after_dashes(SyntaxSentence& s) {
  // "five senators — A, B and C — and D, a member of the House": a conjunct
  // after the dash that closes a list in apposition joins the noun the list
  // describes, not the list.
  const auto dash = [&](std::size_t k) { return s[k].form == "\u2014" || s[k].form == "\u2013" || s[k].form == "--"; };
  for (std::size_t i = 2; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.deprel != "conj" || t.head < 0) continue;
    std::size_t before = i - 1;
    if (s[before].upos == "CCONJ" && before > 0) --before;
    if (!dash(before)) continue;
    const auto item = static_cast<std::size_t>(t.head);
    if (s[item].deprel != "appos" || s[item].head < 0 || item < 1 || !dash(item - 1) || item >= before) continue;
    t.head = s[item].head;
  }
  // "added three nationals — A, B and C — to its sanctions list": a phrase
  // with a preposition right after the closing dash, hung inside the list,
  // goes to the verb whose object the list describes.
  for (std::size_t close = 2; close + 2 < s.size(); ++close) {
    if (!dash(close) || s[close + 1].upos != "ADP") continue;
    std::size_t open = close;
    while (open > 0 && !dash(open - 1)) --open;
    if (open == 0 || open + 1 >= close) continue;
    // The noun the aside describes: where its first word's phrase hangs outside it.
    int described = -1;
    for (std::size_t k = open; k < close && described < 0; ++k)
      if (s[k].head >= 0 && (static_cast<std::size_t>(s[k].head) < open - 1 || static_cast<std::size_t>(s[k].head) > close))
        described = s[k].head;
    if (described < 0 || s[static_cast<std::size_t>(described)].head < 0) continue;
    const int verb = s[static_cast<std::size_t>(described)].head;
    if (s[static_cast<std::size_t>(verb)].upos != "VERB" || s[static_cast<std::size_t>(described)].deprel != "obj") continue;
    const int phrase = s[close + 1].head;
    if (phrase <= static_cast<int>(close) || s[static_cast<std::size_t>(phrase)].head < static_cast<int>(open) ||
        s[static_cast<std::size_t>(phrase)].head >= static_cast<int>(close))
      continue;
    s[static_cast<std::size_t>(phrase)].head = verb;
    s[static_cast<std::size_t>(phrase)].deprel = "obl";
  }
}

void repair_among_them(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int t = 2; t + 1 < n; ++t) {
    SyntaxToken& them = s[static_cast<std::size_t>(t)];
    SyntaxToken& among = s[static_cast<std::size_t>(t - 1)];
    if (to_lower_ascii(them.form) != "them" || to_lower_ascii(among.form) != "among" ||
        s[static_cast<std::size_t>(t - 2)].form != ",")
      continue;
    // The first name after "them", and the plural noun the names are of.
    // (Not a possessor: "among them X's press secretary, Y".) Or a common
    // noun's phrase ("among them a meat-processing business"): its head,
    // which the parser may have made a second object of the verb.
    int name = t + 1;
    if (s[static_cast<std::size_t>(name)].upos != "PROPN") {
      name = -1;
      for (int j = t + 1; j < n && j <= t + 6 && name < 0; ++j) {
        if (s[static_cast<std::size_t>(j)].upos == "PUNCT" && s[static_cast<std::size_t>(j)].form != "-") break;
        if (s[static_cast<std::size_t>(j)].head <= t) name = j;
      }
      if (name < 0 || s[static_cast<std::size_t>(name)].upos != "NOUN") continue;
    }
    if (name + 1 >= n || is_possessive_mark(s[static_cast<std::size_t>(name + 1)])) continue;
    int plural = -1;
    for (int k = t - 3; k >= 0 && k >= t - 10 && plural < 0; --k)
      if (s[static_cast<std::size_t>(k)].xpos == "NNS") plural = k;
    if (plural < 0) continue;
    // (The phrase's head: "officers of the companies, among them A".)
    plural = climb(s, plural, [&](int k) {
      return has_label(s[static_cast<std::size_t>(k)].deprel, "nmod") &&
             s[static_cast<std::size_t>(s[static_cast<std::size_t>(k)].head)].xpos == "NNS";
    });
    if (descends_from(s, plural, name) || descends_from(s, plural, t)) continue;  // no cycle
    SyntaxToken& first = s[static_cast<std::size_t>(name)];
    first.head = plural;
    first.deprel = "nmod";
    among.head = name;
    among.deprel = "case";
    them.head = name;
    them.deprel = "dep";
    for (int k = 0; k < n; ++k)
      if (k != name && s[static_cast<std::size_t>(k)].head == t) s[static_cast<std::size_t>(k)].head = name;
  }
}

void repair_conjuncts_after_appositions(SyntaxSentence& s) {
  for (std::size_t i = 3; i < s.size(); ++i) {
    SyntaxToken& t = s[i];
    if (t.deprel != "conj" || t.head < 0) continue;
    // ", as well as the X": the "as" that opens the conjunction, after a comma;
    // or ", and" before a name (or a noun a name is in apposition to: "A, the
    // company behind X, and fellow spyware maker B") joined to the apposition itself.
    std::size_t as = i;
    bool named_and = false;
    const bool named = t.upos == "PROPN" ||
                       has_child(s, static_cast<int>(i), [](const SyntaxToken& c) { return c.deprel == "appos" && c.upos == "PROPN"; });
    for (std::size_t k = 0; k < i; ++k)
      if (s[k].head == static_cast<int>(i) && s[k].deprel == "cc") {
        const std::string w = to_lower_ascii(s[k].form);
        if (w == "as") as = k;
        if (w == "and" && named && s[static_cast<std::size_t>(t.head)].deprel == "appos" &&
            s[static_cast<std::size_t>(t.head)].upos == "NOUN") {
          as = k;
          named_and = true;
        }
      }
    if (as == i || as == 0 || s[as - 1].form != ",") continue;
    // The apposition the conjunct was hung inside (or from), and the name it describes.
    const int appos = named_and ? t.head
                                : climb(s, t.head, [&](int k) { return s[static_cast<std::size_t>(k)].deprel != "appos"; });
    if (s[static_cast<std::size_t>(appos)].deprel != "appos" || s[static_cast<std::size_t>(appos)].head < 0) continue;
    const int first = first_conjunct(s, s[static_cast<std::size_t>(appos)].head);
    if (descends_from(s, first, static_cast<int>(i))) continue;  // no cycle
    t.head = first;
  }
}

void repair_semicolon_lists(SyntaxSentence& s, const Context& ctx) {
  // "three regulators: A, who heads X; B, the director of Y; and C, who
  // leads Z", "four companies: A and B, two firms in Delaware; C; and the
  // meatpacker D": the name opening each item after a ";" (past a
  // description: "the meatpacker") is a conjunct of the name of the same
  // kind opening the first item, right after the colon, or right after the
  // verb whose object it is ("The Treasury's list names A, the Kremlin chief
  // of staff; B, ...; the billionaire brothers C and D; ..."), or right after
  // the copula of an inverted subject.
  const int n = static_cast<int>(s.size());
  for (int colon = 0; colon + 1 < n; ++colon) {
    const SyntaxToken& opener = s[static_cast<std::size_t>(colon)];
    // (The object past its article: "blacklisted the bank; ...".)
    const int first = colon + 2 < n && opener.form != ":" && s[static_cast<std::size_t>(colon + 1)].upos == "DET" ? colon + 2
                                                                                                                 : colon + 1;
    const SyntaxToken& next = s[static_cast<std::size_t>(first)];
    // (Or after the copula of an inverted subject: "Facing the committee
    // were A; B, chairman of X; and C".)
    const bool copula = opener.deprel == "cop" && opener.head == colon + 1 && first == colon + 1;
    if (opener.form != ":" && !copula && !(opener.upos == "VERB" && next.deprel == "obj" && next.head == colon))
      continue;
    int kind = kind_of(ctx, next);
    // "blacklisted the bank; the chairman of its board, A; B, ...": a body
    // the object refers back to opens a list of people.
    const int refers = ctx.mention_at[next.token];
    if (kind < 0 && opener.form != ":" && refers >= 0 &&
        ctx.mentions[static_cast<std::size_t>(refers)].type == EntityType::Organization)
      kind = 0;
    if (kind != 0 && kind != 1) continue;
    for (int i = first + 1; i + 1 < n; ++i) {
      if (s[static_cast<std::size_t>(i)].form == ":" || s[static_cast<std::size_t>(i)].form == ".") break;
      if (s[static_cast<std::size_t>(i)].form != ";") continue;
      int item = i + 1;
      if (s[static_cast<std::size_t>(item)].upos == "CCONJ" && item + 1 < n) ++item;
      if (s[static_cast<std::size_t>(item)].upos == "DET")
        for (int k = item + 1; k < n && k <= item + 3; ++k) {
          const std::string_view upos = s[static_cast<std::size_t>(k)].upos;
          if (upos == "PROPN") item = k;
          if (upos != "NOUN" && upos != "ADJ") break;
        }
      // ("his deputy, B", "the chairman of its board, B": the name after a
      // description and a comma.)
      if ((s[static_cast<std::size_t>(item)].upos == "PRON" || s[static_cast<std::size_t>(item)].upos == "DET") &&
          item + 1 < n && s[static_cast<std::size_t>(item + 1)].upos == "NOUN")
        for (int k = item + 2; k + 1 < n && k <= item + 8; ++k) {
          const std::string_view form = s[static_cast<std::size_t>(k)].form;
          if (form == ";" || form == ":") break;
          if (form != ",") continue;
          if (s[static_cast<std::size_t>(k + 1)].upos == "PROPN") item = k + 1;
          break;
        }
      SyntaxToken& t = s[static_cast<std::size_t>(item)];
      // (After a verb, names only; an item already joined to an earlier
      // one stays: parse_by_items joined them.)
      if (kind_of(ctx, t) != kind || descends_from(s, first, item) || (opener.form != ":" && t.upos != "PROPN") ||
          (t.deprel == "conj" && t.head < first && kind_of(ctx, s[static_cast<std::size_t>(t.head)]) == kind))
        continue;
      t.head = first;
      t.deprel = "conj";
    }
  }
}

void repair_caseless_obliques(SyntaxSentence& s, const Context& ctx) {
  for (int n = 1; n < static_cast<int>(s.size()); ++n) {
    const SyntaxToken& name = s[static_cast<std::size_t>(n)];
    if (name.deprel != "obl" || name.head < 0 || name.head > n || kind_of(ctx, name) < 0 ||
        has_child(s, n, [](const SyntaxToken& c) { return c.deprel == "case"; }))
      continue;
    // The phrase opens after a comma ("..., his brother B").
    int first = n;
    for (int k = n - 1; k > name.head && descends_from(s, k, n) && s[static_cast<std::size_t>(k)].upos != "PUNCT"; --k)
      first = k;
    // ... or after "and" and a state's possessive the parser joined to the
    // noun before ("met A in Suva and Fiji's Prime Minister B"): the
    // possessive is the name's, "and" its conjunction.
    const int state = first - 2;
    if (state > 1 && first == n && is_possessive_mark(s[static_cast<std::size_t>(first - 1)]) &&
        s[static_cast<std::size_t>(state - 1)].form == "and" && kind_of(ctx, s[static_cast<std::size_t>(state)]) == 1 &&
        s[static_cast<std::size_t>(state)].deprel == "conj") {
      s[static_cast<std::size_t>(state)].head = n;
      s[static_cast<std::size_t>(state)].deprel = "nmod:poss";
      s[static_cast<std::size_t>(first - 1)].head = state;
      s[static_cast<std::size_t>(state - 1)].head = n;
      first = state - 1;
    } else if (first < 1 || s[static_cast<std::size_t>(first - 1)].form != ",") {
      continue;
    }
    // The verb's object before it, a name of the same kind.
    for (int o = name.head + 1; o < first; ++o)
      if (s[static_cast<std::size_t>(o)].head == name.head && s[static_cast<std::size_t>(o)].deprel == "obj" &&
          kind_of(ctx, s[static_cast<std::size_t>(o)]) == kind_of(ctx, name)) {
        join_as_conjunct(s, n, o);
        break;
      }
  }
}

void repair_kin_in_appositions(SyntaxSentence& s, const Context& ctx) {
  for (int x = 2; x < static_cast<int>(s.size()); ++x) {
    const SyntaxToken& name = s[static_cast<std::size_t>(x)];
    if (name.deprel != "appos" || name.head < 0 || name.head > x || kind_of(ctx, name) != 0) continue;
    const int title = name.head;
    const int first = s[static_cast<std::size_t>(title)].head;
    if (s[static_cast<std::size_t>(title)].upos != "NOUN" || s[static_cast<std::size_t>(title)].deprel != "appos" ||
        first < 0 || kind_of(ctx, s[static_cast<std::size_t>(first)]) != 0)
      continue;
    // "..., his brother B": a possessive before the name, after a comma.
    const int poss = x - 1;
    if (s[static_cast<std::size_t>(poss)].xpos != "PRP$" || s[static_cast<std::size_t>(poss)].head != x ||
        s[static_cast<std::size_t>(poss - 1)].form != ",")
      continue;
    join_as_conjunct(s, x, first);
  }
}

void repair_headline_commas(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int k = 0; k + 2 < n; ++k) {
    SyntaxToken& first = s[static_cast<std::size_t>(k)];
    const SyntaxToken& second = s[static_cast<std::size_t>(k + 2)];
    const int verb = second.head;
    if (s[static_cast<std::size_t>(k + 1)].form != "," || kind_of(ctx, first) < 0 ||
        kind_of(ctx, first) != kind_of(ctx, second) || !second.deprel.starts_with("nsubj") || verb < 0 ||
        s[static_cast<std::size_t>(verb)].upos != "VERB" || first.deprel.starts_with("nsubj"))
      continue;
    // (Or the verb hung from the first name, made the root.)
    SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    if (v.head == k) {
      v.head = first.head;
      v.deprel = first.deprel;
      first.head = verb;
    }
    if (first.head != verb) continue;
    first.deprel = second.deprel;
    join_as_conjunct(s, k + 2, k);
    // (The comma is the list's conjunction: the rules follow a list that has one.)
    s[static_cast<std::size_t>(k + 1)].head = k + 2;
    s[static_cast<std::size_t>(k + 1)].deprel = "cc";
  }
}

void repair_conjuncts_read_as_subjects(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int k = 2; k < n; ++k) {
    SyntaxToken& name = s[static_cast<std::size_t>(k)];
    const int verb = name.head;
    if (kind_of(ctx, name) < 0 || !name.deprel.starts_with("nsubj") || verb <= k) continue;
    const SyntaxToken& v = s[static_cast<std::size_t>(verb)];
    const int main = v.head;
    if (v.upos != "VERB" || v.deprel != "conj" || main < 0 || main >= k) continue;
    // "A and B": the word before is "and", and the one before it a name the
    // main verb takes as its object, of the same kind.
    const int first = k - 2;
    const std::string between = to_lower_ascii(s[static_cast<std::size_t>(k - 1)].form);
    const SyntaxToken& object = s[static_cast<std::size_t>(first)];
    if ((between != "and" && between != "or") || object.head != main || object.deprel != "obj" ||
        kind_of(ctx, object) != kind_of(ctx, name))
      continue;
    // ... with ", and" right before the verb (past its auxiliaries and adverbs).
    int c = verb - 1;
    while (c > k && s[static_cast<std::size_t>(c)].head == verb &&
           (s[static_cast<std::size_t>(c)].deprel.starts_with("aux") || s[static_cast<std::size_t>(c)].deprel == "advmod"))
      --c;
    if (c < k + 2 || to_lower_ascii(s[static_cast<std::size_t>(c)].form) != "and" ||
        s[static_cast<std::size_t>(c - 1)].form != ",")
      continue;
    join_as_conjunct(s, k, first);
    s[static_cast<std::size_t>(k - 1)].head = k;
    s[static_cast<std::size_t>(k - 1)].deprel = "cc";
  }
}

void repair_names_with_places(SyntaxSentence& s, const Context& ctx) {
  // The first item: a name that is a verb's object, with "in" and a place
  // right after it ("meeting A in Paris"); or a person's name, anywhere,
  // with "of" or "from" and the state, place or body they come from
  // ("hosted A of Argentina").
  const int n = static_cast<int>(s.size());
  const auto word = [&](int x) { return to_lower_ascii(s[static_cast<std::size_t>(x)].form); };
  const auto with_place = [&](int x) {
    return x + 2 < n && word(x + 1) == "in" && place_or_capital(ctx, s[static_cast<std::size_t>(x + 2)]);
  };
  const auto with_origin = [&](int x) {
    return x + 2 < n && (word(x + 1) == "of" || word(x + 1) == "from") &&
           (kind_of(ctx, s[static_cast<std::size_t>(x + 2)]) >= 1 || place_or_capital(ctx, s[static_cast<std::size_t>(x + 2)]));
  };
  for (int first = 1; first < n; ++first) {
    const SyntaxToken& f = s[static_cast<std::size_t>(first)];
    const bool places = f.deprel == "obj" && kind_of(ctx, f) >= 0 && kind_of(ctx, f) != 2 && with_place(first);
    const bool origins = !places && kind_of(ctx, f) == 0 && with_origin(first);
    if (!places && !origins) continue;
    const auto with_own = [&](int x) { return places ? with_place(x) : with_origin(x); };
    // Later items: ", B in Madrid", "and C in Berlin" (one separator, a
    // name of the same kind, its own place), which the parser hangs from
    // the place before; a last one after a conjunction may have none ("...
    // and C of Chile, as well as D").
    for (int x = first + 3; x < n;) {
      bool conjunction = false;
      const auto sep = static_cast<int>(separator(s, static_cast<std::size_t>(x), conjunction));
      const int item = x + sep;
      if (sep == 0 || item >= n || kind_of(ctx, s[static_cast<std::size_t>(item)]) != kind_of(ctx, f)) break;
      const bool own = with_own(item);
      if (!own && !(origins && conjunction)) break;
      if (s[static_cast<std::size_t>(item)].head != first) {
        join_as_conjunct(s, item, first);
        // (Its place is its own: the verb's oblique, as the first's is; its
        // origin its own modifier.)
        if (own) {
          s[static_cast<std::size_t>(item + 2)].head = places ? f.head : item;
          s[static_cast<std::size_t>(item + 2)].deprel = places ? "obl" : "nmod";
          s[static_cast<std::size_t>(item + 1)].head = item + 2;
          s[static_cast<std::size_t>(item + 1)].deprel = "case";
        }
        // (Its separator goes with it.)
        for (int k = x; k < item; ++k) {
          s[static_cast<std::size_t>(k)].head = item;
          s[static_cast<std::size_t>(k)].deprel = s[static_cast<std::size_t>(k)].form == "," ? "punct" : "cc";
        }
      }
      x = own ? item + 3 : item + 1;
      if (conjunction) break;
    }
  }
}

void repair_possessive_markers(SyntaxSentence& s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    SyntaxToken& mark = s[i];
    if (!is_possessive_mark(mark)) continue;
    const int before = static_cast<int>(i) - 1;
    if (mark.head == before || (s[i - 1].upos != "PROPN" && s[i - 1].upos != "NOUN")) continue;
    mark.head = before;
  }
}

void repair_possessed_pairs(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  if (n == 0) return;
  // The parsed word of a mention (its first token).
  const auto word_of = [&](int m) { return node_of_token(s, ctx.mentions[static_cast<std::size_t>(m)].first); };
  for (int first = 0; first < n; ++first) {
    if (kind_of(ctx, s[static_cast<std::size_t>(first)]) != 1) continue;
    // The list as title_ties.cpp reads it, each item a state's word, its
    // "'s" and a person's word.
    const auto listed = states_people(ctx, s[static_cast<std::size_t>(first)].token, s.back().token + 1);
    if (listed.size() < 2) continue;
    std::vector<int> names, seps;
    for (const auto& [person, state] : listed) {
      const int name = word_of(person);
      if (name < 2 || word_of(state) != name - 2 || !is_possessive_mark(s[static_cast<std::size_t>(name - 1)])) break;
      if (!names.empty())
        for (int k = names.back() + 1; k < name - 2; ++k) seps.push_back(k);
      names.push_back(name);
    }
    if (names.size() < 2 || names.front() != first + 2) continue;
    const int end = names.back() + 1;  // one past the list
    const auto inside = [&](int h) { return h >= first && h < end; };
    // The list hangs where its first name does, else where a word of it
    // that the parser hung outside it does.
    const int head = names.front();
    for (int k = first; k < end && inside(s[static_cast<std::size_t>(head)].head); ++k)
      if (!inside(s[static_cast<std::size_t>(k)].head)) {
        s[static_cast<std::size_t>(head)].head = s[static_cast<std::size_t>(k)].head;
        s[static_cast<std::size_t>(head)].deprel = s[static_cast<std::size_t>(k)].deprel;
      }
    for (const int name : names) {
      s[static_cast<std::size_t>(name - 2)].head = name;
      s[static_cast<std::size_t>(name - 2)].deprel = "nmod:poss";
      s[static_cast<std::size_t>(name - 1)].head = name - 2;
      if (name == head) continue;
      s[static_cast<std::size_t>(name)].head = head;
      s[static_cast<std::size_t>(name)].deprel = "conj";
    }
    for (const int k : seps) {
      const int next = *std::upper_bound(names.begin(), names.end(), k);
      s[static_cast<std::size_t>(k)].head = next;
      s[static_cast<std::size_t>(k)].deprel = s[static_cast<std::size_t>(k)].form == "," ? "punct" : "cc";
    }
    // Whatever else the parser hung from the list's words goes to its first name.
    for (int k = 0; k < n; ++k)
      if ((k < first || k >= end) && inside(s[static_cast<std::size_t>(k)].head) &&
          std::find(names.begin(), names.end(), s[static_cast<std::size_t>(k)].head) == names.end())
        s[static_cast<std::size_t>(k)].head = head;
    first = end - 1;
  }
}

void repair_appositions_of_names_before(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int a = 2; a < n; ++a) {
    SyntaxToken& appos = s[static_cast<std::size_t>(a)];
    if (appos.deprel != "appos" || appos.head < 0 || appos.upos != "NOUN") continue;
    // (Its first word, past hyphens inside it, "the co-founder", and after
    // its own opening comma.)
    int start = a;
    while (start > 0 && descends_from(s, start - 1, a)) --start;
    while (start < a && s[static_cast<std::size_t>(start)].upos == "PUNCT") ++start;
    const int person = start - 2;
    if (person < 0 || s[static_cast<std::size_t>(start - 1)].form != "," || appos.head >= person ||
        kind_of(ctx, s[static_cast<std::size_t>(person)]) != 0 || kind_of(ctx, s[static_cast<std::size_t>(appos.head)]) == 0 ||
        descends_from(s, person, a))
      continue;
    appos.head = person;
  }
}

void repair_apposed_conjuncts(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int q = 1; q < n; ++q) {
    SyntaxToken& second = s[static_cast<std::size_t>(q)];
    if (second.deprel != "conj" || second.head < 0 || kind_of(ctx, second) != 0 ||
        kind_of(ctx, s[static_cast<std::size_t>(second.head)]) == 0 || s[static_cast<std::size_t>(q - 1)].form != "and" ||
        q < 2 || s[static_cast<std::size_t>(q - 2)].form != ",")
      continue;
    // Up from the noun it hangs from to an apposition of a person before it.
    for (int a = second.head, steps = 0; a >= 0 && steps < 4; a = s[static_cast<std::size_t>(a)].head, ++steps) {
      const SyntaxToken& up = s[static_cast<std::size_t>(a)];
      if (up.deprel != "appos") continue;
      if (up.head >= 0 && up.head < a && kind_of(ctx, s[static_cast<std::size_t>(up.head)]) == 0) second.head = up.head;
      break;
    }
  }
}

void repair_appositions_after_and(SyntaxSentence& s) {
  const int n = static_cast<int>(s.size());
  for (int a = 2; a < n; ++a) {
    SyntaxToken& item = s[static_cast<std::size_t>(a)];
    if (item.deprel != "appos" || item.head < 0 || item.head > a) continue;
    // Its "and" after a comma, before it.
    int cc = -1;
    for (int k = item.head + 1; k < a; ++k)
      if (s[static_cast<std::size_t>(k)].head == a && s[static_cast<std::size_t>(k)].deprel == "cc") cc = k;
    if (cc < 1 || s[static_cast<std::size_t>(cc - 1)].form != ",") continue;
    // Up from the noun it hangs from, past appositions and conjuncts, to the
    // first item of the list.
    int top = item.head;
    for (int steps = 0; steps < 4; ++steps) {
      const SyntaxToken& t = s[static_cast<std::size_t>(top)];
      if ((t.deprel != "appos" && t.deprel != "conj") || t.head < 0 || t.head > top) break;
      top = t.head;
    }
    item.head = top;
    item.deprel = "conj";
  }
}

void repair_phrases_of_joined_titles(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  // (The titles only where a noun has a noun conjunct after it: finding them is the cost.)
  const auto nominal = [](const SyntaxToken& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "ADJ"; };
  bool candidate = false;
  for (int c = 1; c < n && !candidate; ++c) {
    const SyntaxToken& conj = s[static_cast<std::size_t>(c)];
    candidate = conj.deprel == "conj" && nominal(conj) && conj.head >= 0 && conj.head < c &&
                nominal(s[static_cast<std::size_t>(conj.head)]);
  }
  if (!candidate) return;
  const auto titles = titles_ending(s, ctx.lex);
  for (int t = 0; t < n; ++t) {
    if (!titles[static_cast<std::size_t>(t)]) continue;
    int joined = -1;  // the title joined to it by "and", after it
    for (int c = t + 1; c < n; ++c)
      if (s[static_cast<std::size_t>(c)].head == t && s[static_cast<std::size_t>(c)].deprel == "conj" &&
          titles[static_cast<std::size_t>(c)])
        joined = c;
    if (joined < 0) continue;
    for (int k = joined + 1; k < n; ++k) {
      SyntaxToken& phrase = s[static_cast<std::size_t>(k)];
      if (phrase.head == t && has_label(phrase.deprel, "nmod") &&
          has_case(s, k, "of"))
        phrase.head = joined;
    }
  }
}

void repair_titled_items_joined_to_complements(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  const auto named = [&](int k) {  // a name in apposition below k
    for (int c = k + 1; c < n; ++c)
      if (s[static_cast<std::size_t>(c)].head == k && s[static_cast<std::size_t>(c)].deprel == "appos" &&
          s[static_cast<std::size_t>(c)].upos == "PROPN")
        return true;
    return false;
  };
  std::vector<const TitleEntry*> titles;
  for (int c = 2; c < n; ++c) {
    SyntaxToken& item = s[static_cast<std::size_t>(c)];
    const int complement = item.head;
    if (item.deprel != "conj" || complement < 0 || complement >= c ||
        !has_label(s[static_cast<std::size_t>(complement)].deprel, "nmod") ||
        !has_case(s, complement, "of"))
      continue;
    const int title = s[static_cast<std::size_t>(complement)].head;
    if (title < 0 || title >= complement || !named(c) || !named(complement)) continue;
    if (titles.empty()) titles = titles_ending(s, ctx.lex);  // (found only where needed: the cost)
    if (!titles[static_cast<std::size_t>(c)] || !titles[static_cast<std::size_t>(title)]) continue;
    item.head = title;
  }
}

void repair_between_places(SyntaxSentence& s, const Context& ctx) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    SyntaxToken& item = s[i];
    if (item.head < 0 || !item.deprel.starts_with("nmod") || !place_or_capital(ctx, s[static_cast<std::size_t>(item.head)]) ||
        !has_case(s, static_cast<int>(i), "between"))
      continue;
    const int at = item.head;
    const SyntaxToken& place = s[static_cast<std::size_t>(at)];
    if (place.head < 0 || !place.deprel.starts_with("nmod") || s[static_cast<std::size_t>(place.head)].upos != "NOUN")
      continue;
    item.head = place.head;
    // (and an apposition after the item, hung from the place, is the item's)
    for (std::size_t k = i + 1; k < s.size(); ++k)
      if (s[k].head == at && s[k].deprel == "appos") s[k].head = static_cast<int>(i);
  }
}

void repair_counted_lists(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int noun = 0; noun < n; ++noun) {
    if (s[static_cast<std::size_t>(noun)].xpos != "NNS") continue;
    // The count: a number child of the noun ("four people", "2 officers").
    int count = 0;
    for (int k = 0; k < noun; ++k) {
      if (s[static_cast<std::size_t>(k)].head != noun || s[static_cast<std::size_t>(k)].upos != "NUM") continue;
      const std::string w = to_lower_ascii(s[static_cast<std::size_t>(k)].form);
      count = ctx.lex.count_value(w);
    }
    if (count < 2) continue;
    // The first person named after it, after a colon or a comma, and the
    // people joined to that one.
    int first = -1;
    for (int k = noun + 1; k < n && first < 0; ++k) {
      if (s[static_cast<std::size_t>(k)].xpos == "NNS" && s[static_cast<std::size_t>(k)].upos == "NOUN") break;
      if (kind_of(ctx, s[static_cast<std::size_t>(k)]) == 0) first = k;
    }
    if (first < 0 || s[static_cast<std::size_t>(first)].head == noun) continue;
    int opening = first - 1;  // past the words of a title before the name
    while (opening > noun && (s[static_cast<std::size_t>(opening)].upos == "ADJ" ||
                              s[static_cast<std::size_t>(opening)].upos == "NOUN") &&
           s[static_cast<std::size_t>(opening)].head == first)
      --opening;
    const std::string_view mark = s[static_cast<std::size_t>(opening)].form;
    if (mark != ":" && mark != ",") continue;
    // Its conjuncts, or the names the parser joined to the same word.
    const int was = s[static_cast<std::size_t>(first)].head;
    std::vector<int> others;
    for (int k = first + 1; k < n; ++k)
      if ((s[static_cast<std::size_t>(k)].head == first || s[static_cast<std::size_t>(k)].head == was) &&
          s[static_cast<std::size_t>(k)].deprel == "conj" && kind_of(ctx, s[static_cast<std::size_t>(k)]) == 0)
        others.push_back(k);
    if (static_cast<int>(others.size()) + 1 != count) continue;
    s[static_cast<std::size_t>(first)].head = noun;
    s[static_cast<std::size_t>(first)].deprel = "appos";
    for (const int k : others) s[static_cast<std::size_t>(k)].head = first;
  }
}

void repair_objects_read_as_infinitive_subjects(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int v = 3; v < n; ++v) {
    SyntaxToken& clause = s[static_cast<std::size_t>(v)];
    const int verb = clause.head;
    if (clause.upos != "VERB" || verb < 0 || verb >= v || s[static_cast<std::size_t>(verb)].upos != "VERB" ||
        !has_mark(s, v, "to") || has_mark(s, v, "for"))
      continue;
    int subject = -1, object = -1;
    for (int k = 0; k < v; ++k) {
      const SyntaxToken& t = s[static_cast<std::size_t>(k)];
      if (t.head == v && has_label(t.deprel, "nsubj") && k > verb) subject = k;
      if (t.head == verb && t.deprel == "obj" && k > verb) object = k;
    }
    if (subject < 0 || object < 0 || object > subject || !names_mention(ctx, s[static_cast<std::size_t>(object)])) continue;
    // The subject's phrase follows the object's, past a comma (which the
    // parser may have hung from it).
    const int comma = std::max(subtree_start(s, subject), object + 1) - 1;
    if (comma <= object || s[static_cast<std::size_t>(comma)].form != ",") continue;
    bool adjacent = true;
    for (int k = object + 1; k < comma && adjacent; ++k)
      adjacent = descends_from(s, k, object) || s[static_cast<std::size_t>(k)].upos == "PUNCT";
    // A name, or a noun a name is in apposition to ("its rival B").
    int named = subject;
    if (!names_mention(ctx, s[static_cast<std::size_t>(subject)]))
      for (int k = subject + 1; k < v && named == subject; ++k)
        if (s[static_cast<std::size_t>(k)].head == subject && s[static_cast<std::size_t>(k)].deprel == "appos" &&
            names_mention(ctx, s[static_cast<std::size_t>(k)]))
          named = k;
    if (!adjacent || !names_mention(ctx, s[static_cast<std::size_t>(named)])) continue;
    join_as_conjunct(s, subject, object);
    for (int k = named + 1; k < v; ++k)
      if (s[static_cast<std::size_t>(k)].head == named && s[static_cast<std::size_t>(k)].deprel == "conj")
        s[static_cast<std::size_t>(k)].head = object;
    s[static_cast<std::size_t>(comma)].head = subject;
    s[static_cast<std::size_t>(comma)].deprel = "punct";
    clause.deprel = "xcomp";
  }
}

void repair_possessed_items(SyntaxSentence& s, const Context& ctx) {
  const int n = static_cast<int>(s.size());
  for (int c = 2; c < n; ++c) {
    SyntaxToken& item = s[static_cast<std::size_t>(c)];
    // (hung anywhere but as a subject or the object of a preposition)
    if (item.head < 0 || item.deprel.starts_with("nsubj") || item.upos != "NOUN" ||
        has_child(s, c, [](const SyntaxToken& k) { return k.deprel == "case"; }) ||
        !has_child(s, c, [](const SyntaxToken& k) { return k.xpos == "PRP$"; }) ||
        !has_child(s, c, [&](const SyntaxToken& k) { return k.deprel == "appos" && kind_of(ctx, k) == 0; }))
      continue;
    const int first = subtree_start(s, c);  // where its phrase opens
    if (first < 2 || s[static_cast<std::size_t>(first - 1)].form != ",") continue;
    // (After a person's name; or after a body's, its own officer: "blacklisted
    // the National Police, its director, A, and his deputy, B".)
    const int kind = kind_of(ctx, s[static_cast<std::size_t>(first - 2)]);
    const bool its = to_lower_ascii(s[static_cast<std::size_t>(first)].form) == "its";
    if (kind != 0 && !(kind == 1 && its)) continue;
    // The item the name belongs to: the noun it is in apposition to (or that
    // the parser joined it to: "the chief negotiator, A, and his counterpart").
    const int name = first - 2;
    const SyntaxToken& named = s[static_cast<std::size_t>(name)];
    const bool apposed = named.head >= 0 && named.head < name &&
                         (named.deprel == "appos" ||
                          (named.deprel == "conj" && s[static_cast<std::size_t>(named.head)].upos == "NOUN"));
    const int before = apposed ? named.head : name;
    if (before >= 0 && before != item.head && !descends_from(s, before, c)) {
      item.head = before;
      item.deprel = "conj";
    }
  }
}

void repair_apposed_titles(SyntaxSentence& s, const Context& ctx, bool appositions) {
  const int n = static_cast<int>(s.size());
  for (int p = 0; p + 2 < n; ++p) {
    if (kind_of(ctx, s[static_cast<std::size_t>(p)]) != 0 || s[static_cast<std::size_t>(p + 1)].form != ",") continue;
    // The head of the phrase after the comma ("vice - president").
    int d = p + 2;
    while (s[static_cast<std::size_t>(d)].head > d && s[static_cast<std::size_t>(d)].head < n &&
           s[static_cast<std::size_t>(d)].upos != "NOUN")
      d = s[static_cast<std::size_t>(d)].head;
    while (d + 1 < n && s[static_cast<std::size_t>(d)].head > d && s[static_cast<std::size_t>(d)].deprel == "compound")
      d = s[static_cast<std::size_t>(d)].head;
    SyntaxToken& title = s[static_cast<std::size_t>(d)];
    const int was = title.head;
    // (or an apposition the parser gave a name further back: "A, who runs X;
    // B, president of Y; C, chairman of Z", each title hung from A)
    // (Or, before the other repairs, a sentence's aside the parser took it
    // for: "designated A, commander of X, and B, ..., freezing ...".)
    const bool aside = !appositions && (title.deprel == "parataxis" || title.deprel == "dep") && was >= 0;
    if (title.upos != "NOUN" || (title.deprel != (appositions ? "appos" : "conj") && !aside) || was < 0 ||
        (was >= p && !aside) || ctx.lex.title(to_lower_ascii(title.lemma)) == nullptr)
      continue;
    // (Not when the name is inside the description of the one it hangs from:
    // "A, a former aide to B, the former consul general, C": A's list.)
    if (appositions && descends_from(s, p, was)) continue;
    title.head = p;
    if (appositions) continue;
    title.deprel = "appos";
    if (aside) continue;
    // Its own conjuncts ("vice-president and a board member of X") come along.
    for (int k = d + 1; k < n && kind_of(ctx, s[static_cast<std::size_t>(k)]) != 0; ++k)
      if (s[static_cast<std::size_t>(k)].head == was && s[static_cast<std::size_t>(k)].deprel == "conj" &&
          s[static_cast<std::size_t>(k)].upos == "NOUN")
        s[static_cast<std::size_t>(k)].head = d;
  }
}

}  // namespace kg::extract
