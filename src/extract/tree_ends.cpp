// Where a tree rule's ends are: the nodes its paths reach, followed through
// coordination, apposition and relative pronouns, and the mentions they
// stand for.
#include <functional>

#include "kg/text.hpp"
#include "salience.hpp"
#include "title_ties.hpp"
#include "tree_matcher.hpp"

namespace kg::extract::tree {

void TreeMatcher::conjuncts(int node, std::vector<int>& out) const {
  out.push_back(node);
  const auto& kids = children_[static_cast<std::size_t>(node)];
  // "Japan-South Korea": names joined by a hyphen are a pair, however the
  // parser hangs the first.
  for (const int k : kids)
    if (k < node && tok(k).deprel == "compound" && tok(k).upos == "PROPN" && tok(node).upos == "PROPN") {
      const auto& grand = children_[static_cast<std::size_t>(k)];
      if (std::any_of(grand.begin(), grand.end(), [&](int g) { return tok(g).xpos == "HYPH" && g > k; })) out.push_back(k);
    }
  // "on A, B and C, along with D": a name joined by "along with" or
  // "together with" to an item of a list of names is one more item.
  // "designated X, along with six officers: A; B; and C": the people a
  // counted noun so joined names after a colon are items too.
  if (ctx_.mention_at[tok(node).token] >= 0)
    for (const int k : kids)
      if (k > node && has_label(tok(k).deprel, "nmod") && along_with(k)) {
        if (ctx_.mention_at[tok(k).token] >= 0) conjuncts(k, out);
        else list_after_colon(k, out);
      }
  // "A, B and C, together with D, spent five hours testifying": the
  // parser hangs the phrase from the verb, between its subject and it.
  if (const int verb = tok(node).head; verb > node && has_label(tok(node).deprel, "nsubj"))
    for (const int k : children_[static_cast<std::size_t>(verb)])
      if (k > node && k < verb && has_label(tok(k).deprel, "obl") && along_with(k) &&
          ctx_.mention_at[tok(k).token] >= 0)
        conjuncts(k, out);
  // (The "and" may open the next item's own conjunct: "A's officer, X, its
  // chief, Y, and its head, Z", each item hung from the one before.)
  const std::function<bool(int)> ends_list = [&](int k) {
    const auto& grand = children_[static_cast<std::size_t>(k)];
    return std::any_of(grand.begin(), grand.end(), [&](int g) {
      return tok(g).deprel == "cc" || (tok(g).deprel == "conj" && g > k && ends_list(g));
    });
  };
  const bool joined =
      std::any_of(kids.begin(), kids.end(), [&](int k) { return tok(k).deprel == "conj" && ends_list(k); });
  // Three names of a kind or more are a list even when the parser hung its
  // "and C" elsewhere ("A, the magnate ..., B, the chief of X, and C": "X and C").
  const int own = ctx_.mention_at[tok(node).token];
  const auto items = std::count_if(kids.begin(), kids.end(), [&](int k) {
    const int m = ctx_.mention_at[tok(k).token];
    return tok(k).deprel == "conj" && own >= 0 && m >= 0 &&
           ctx_.mentions[static_cast<std::size_t>(m)].type == ctx_.mentions[static_cast<std::size_t>(own)].type;
  });
  // ... and two states after a comma are, where the parser hung the list's
  // "and the C" from the verb ("Britain, Canada and the United States joined").
  const bool states = items == 1 && [&] {
    const Mention& m = ctx_.mentions[static_cast<std::size_t>(own)];  // own >= 0: it has an item
    return m.type == EntityType::Country && m.last < ctx_.seg.tokens.size() && ctx_.token(m.last) == ",";
  }();
  // ... and so is a conjunct that repeats the node's preposition ("heard
  // from A, from B, the governor of X, and from C", the "and" hung elsewhere).
  const auto case_of = [&](int n) {
    for (const int g : children_[static_cast<std::size_t>(n)])
      if (tok(g).deprel == "case") return lemmas_[static_cast<std::size_t>(g)];
    return std::string();
  };
  const auto repeated = [&] {
    const std::string own_case = case_of(node);
    return !own_case.empty() && std::any_of(kids.begin(), kids.end(), [&](int k) {
      return tok(k).deprel == "conj" && ctx_.mention_at[tok(k).token] >= 0 && case_of(k) == own_case;
    });
  };
  if (!joined && items < 2 && !states && !repeated()) return;
  // "on A and Paraguay's sitting vice president, B": a conjunct the parser
  // gave a possessive "'s" is the possessor of the item, not an item.
  const auto possessor = [&](int k) {
    const auto& grand = children_[static_cast<std::size_t>(k)];
    return std::any_of(grand.begin(), grand.end(), [&](int g) { return is_possessive_mark(tok(g)); });
  };
  for (const int k : kids)
    if (tok(k).deprel == "conj" && !possessor(k)) conjuncts(k, out);
}

void TreeMatcher::list_in_apposition(int node, std::vector<int>& out) const {
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    if (tok(k).deprel == "appos" && ctx_.mention_at[tok(k).token] >= 0) {
      conjuncts(k, out);
      return;
    }
    // ("three officials — air force commander Gen. A, B and C —": the list
    // hung from the first item's title.)
    if (tok(k).deprel == "appos" && tok(k).upos == "NOUN")
      for (const int a : children_[static_cast<std::size_t>(k)])
        if (tok(a).deprel == "appos" && ctx_.mention_at[tok(a).token] >= 0 &&
            ctx_.lex.title(lemmas_[static_cast<std::size_t>(k)]) != nullptr) {
          conjuncts(a, out);
          return;
        }
  }
  // (Or from a modifier: "parties to the deal – A, B", and "four directors
  // general of the force: A, B": the compound the parser made of "directors".)
  for (const int k : children_[static_cast<std::size_t>(node)])
    if ((has_label(tok(k).deprel, "nmod") || tok(k).deprel == "compound") && ctx_.mention_at[tok(k).token] < 0)
      for (const int a : children_[static_cast<std::size_t>(k)])
        if (tok(a).deprel == "appos" && ctx_.mention_at[tok(a).token] >= 0) {
          conjuncts(a, out);
          return;
        }
  // "two men accused of wartime atrocities, A and B": a counted noun's
  // list hung from the last noun of the participle describing it (not
  // "joined by their wives, A and B").
  const auto& kids = children_[static_cast<std::size_t>(node)];
  if (std::none_of(kids.begin(), kids.end(), [&](int k) { return tok(k).deprel == "nummod"; })) return;
  for (const int k : kids)
    if (tok(k).deprel == "acl" && tok(k).upos == "VERB")
      for (const int o : children_[static_cast<std::size_t>(k)])
        if ((has_label(tok(o).deprel, "obl") || tok(o).deprel == "obj") && ctx_.mention_at[tok(o).token] < 0 &&
            !introduced_by(o, {"by"}) && !ctx_.lex.in("kin_nouns", lemmas_[static_cast<std::size_t>(o)]) &&
            ctx_.lex.title(lemmas_[static_cast<std::size_t>(o)]) == nullptr)
          for (const int a : children_[static_cast<std::size_t>(o)])
            if (tok(a).deprel == "appos" && ctx_.mention_at[tok(a).token] >= 0) {
              conjuncts(a, out);
              return;
            }
}

void TreeMatcher::list_after_colon(int node, std::vector<int>& out) const {
  // ("Two of his lieutenants gave evidence alongside him: A and B": the
  // count's plural noun.)
  if (tok(node).upos == "NUM")
    for (const int k : children_[static_cast<std::size_t>(node)])
      if (has_label(tok(k).deprel, "nmod") && introduced_by(k, {"of"}) && tok(k).upos == "NOUN") node = k;
  if (tok(node).upos != "NOUN" || (tok(node).xpos != "NNS" && tok(node).xpos != "NNPS")) return;
  const auto n = static_cast<int>(sent_->size());
  int colon = node + 1;
  while (colon < n && tok(colon).form != ":") ++colon;
  if (colon >= n) return;
  // (Not a person a preposition hangs inside an item's description: "A, a
  // former minister and close aide to B, and C".)
  const auto in_phrase = [&](int k) {
    const auto& kids = children_[static_cast<std::size_t>(k)];
    return std::any_of(kids.begin(), kids.end(), [&](int c) { return tok(c).deprel == "case" && tok(c).upos == "ADP"; });
  };
  // People, or bodies for a noun of bodies ("four companies: A, B and C").
  const EntityType type =
      ctx_.lex.in("body_nouns", lemmas_[static_cast<std::size_t>(node)]) ? EntityType::Organization : EntityType::Person;
  for (int k = colon + 1; k < n; ++k) {
    const int m = mention_of(k);
    if (m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == type && !in_phrase(k)) out.push_back(k);
  }
}

void TreeMatcher::list_included(int node, std::vector<int>& out) const {
  if (tok(node).xpos != "NNS" && tok(node).xpos != "NNPS") return;
  const std::size_t before = out.size();
  for (const int k : children_[static_cast<std::size_t>(node)])
    if (has_label(tok(k).deprel, "nmod") && introduced_by(k, {"include", "including", "among"})) {
      conjuncts(k, out);
      list_inside_asides(k, out);
    }
  // "met the leaders of eight Pacific states on Friday, including A": the
  // parser hangs the "including" phrase after the object from the verb.
  if (out.size() == before && tok(node).deprel == "obj" && tok(node).head >= 0)
    for (const int k : children_[static_cast<std::size_t>(tok(node).head)])
      if (k > node && has_label(tok(k).deprel, "obl") && introduced_by(k, {"include", "including"})) {
        conjuncts(k, out);
        list_inside_asides(k, out);
      }
  // "added 15 people to its list of those facing asset freezes, including
  // A, B and C", "members of his Security Council, including A and B": a
  // counted noun's or a body's members' "including" names, wherever the
  // parser hung them below it.
  const auto& kids = children_[static_cast<std::size_t>(node)];
  const bool counted = std::any_of(kids.begin(), kids.end(), [&](int k) { return tok(k).deprel == "nummod"; });
  if (out.size() > before || (!counted && !ctx_.lex.in("member_nouns", to_lower_ascii(tok(node).form)))) return;
  std::vector<int> stack(kids.begin(), kids.end());
  while (!stack.empty()) {
    const int n = stack.back();
    stack.pop_back();
    // (Hung as an oblique of a verb inside the phrase: "four men accused of
    // financing X, including A".)
    if ((has_label(tok(n).deprel, "nmod") || has_label(tok(n).deprel, "obl")) &&
        introduced_by(n, {"include", "including"}) && mention_of(n) >= 0) {
      conjuncts(n, out);
      list_inside_asides(n, out);
      return;
    }
    const auto& grand = children_[static_cast<std::size_t>(n)];
    stack.insert(stack.end(), grand.begin(), grand.end());
  }
}

void TreeMatcher::part_included(int node, std::vector<int>& out) const {
  // "on some of Russia's richest men, including A and B": the names a
  // part's whole includes.
  const std::string_view upos = tok(node).upos;
  if (upos != "DET" && upos != "NUM" && upos != "ADJ" && upos != "PRON") return;
  for (const int k : children_[static_cast<std::size_t>(node)])
    if (has_label(tok(k).deprel, "nmod") && introduced_by(k, {"of"})) list_included(k, out);
}

void TreeMatcher::authorities_in(int node, std::vector<int>& out) const {
  if (!ctx_.lex.in("authority_nouns", lemmas_[static_cast<std::size_t>(node)])) return;
  // "pressed Chinese authorities for ...": the state a demonym before it names.
  for (const int k : children_[static_cast<std::size_t>(node)])
    if (tok(k).deprel == "amod")
      if (const int m = ctx_.mention_at[tok(k).token];
          m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country) {
        out.push_back(k);
        return;
      }
  // Right after the noun, however the parser hung the phrase ("called on the
  // authorities in Minsk to ...": often the verb's).
  const int in = node + 1, state = node + 2;
  if (state >= static_cast<int>(sent_->size()) || to_lower_ascii(tok(in).form) != "in") return;
  if (const int m = mention_of(state); m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country)
    out.push_back(state);
}

void TreeMatcher::leader_of_group(int node, std::vector<int>& out, bool nested) const {
  if (tok(node).upos != "NOUN") return;
  // "The delegation was led by A and B": the leaders of the passive's subject.
  if (const int verb = tok(node).head; verb >= 0 && tok(node).deprel == "nsubj:pass" &&
                                       (lemmas_[static_cast<std::size_t>(verb)] == "lead" ||
                                        lemmas_[static_cast<std::size_t>(verb)] == "head"))
    for (const int a : children_[static_cast<std::size_t>(verb)])
      if (has_label(tok(a).deprel, "obl") && introduced_by(a, {"by"}) && mention_of(a) >= 0) {
        conjuncts(a, out);
        return;
      }
  // ("a smuggling network run by X": X as well.)
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    const std::string& verb = lemmas_[static_cast<std::size_t>(k)];
    if (tok(k).deprel != "acl" || (verb != "lead" && verb != "head" && verb != "run")) continue;
    for (const int a : children_[static_cast<std::size_t>(k)])
      if (has_label(tok(a).deprel, "obl") && introduced_by(a, {"by"}) && mention_of(a) >= 0) {
        conjuncts(a, out);
        return;
      }
  }
  // "a delegation of foreign ministers led by X": the parser hangs "led"
  // from the noun after "of".
  if (!nested)
    for (const int k : children_[static_cast<std::size_t>(node)])
      if (has_label(tok(k).deprel, "nmod") && introduced_by(k, {"of"}) && ctx_.mention_at[tok(k).token] < 0) {
        const std::size_t before = out.size();
        leader_of_group(k, out, true);
        if (out.size() > before) return;
      }
}

void TreeMatcher::list_inside_asides(int node, std::vector<int>& out) const {
  const int m = mention_of(node);
  if (m < 0) return;
  const EntityType type = ctx_.mentions[static_cast<std::size_t>(m)].type;
  // "A, who heads X, and B": in a relative clause as well.
  std::vector<int> stack;
  for (const int k : children_[static_cast<std::size_t>(node)])
    if (tok(k).deprel == "appos" || tok(k).deprel == "acl:relcl") stack.push_back(k);
  while (!stack.empty()) {
    const int n = stack.back();
    stack.pop_back();
    for (const int k : children_[static_cast<std::size_t>(n)]) {
      stack.push_back(k);
      if (tok(k).deprel != "conj") continue;
      const int item = ctx_.mention_at[tok(k).token], head = ctx_.mention_at[tok(n).token];
      if (item < 0 || ctx_.mentions[static_cast<std::size_t>(item)].type != type) continue;
      if (head >= 0 && ctx_.mentions[static_cast<std::size_t>(head)].type == type) continue;
      if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
    }
  }
}

int TreeMatcher::titled_person_of_possessor(int m) const {
  const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
  if (mm.type == EntityType::Person || mm.last + 1 >= ctx_.seg.tokens.size() || !ctx_.possessive(mm.last)) return -1;
  for (const auto& t : ctx_.titles)
    if (t.anchor == m && t.person >= 0 && t.first == mm.last + 1) return t.person;
  return -1;
}

int TreeMatcher::mention_of(int node) const {
  // A title word names the person the title introduces ("EU foreign
  // policy chief Josep Borrell", "U.S. Secretary of State Mike Pompeo").
  const std::uint32_t kt = tok(node).token;
  for (const auto& t : ctx_.titles)
    if (t.first <= kt && kt < t.last && t.person >= 0) return t.person;
  // "the Trump administration": the state, never its leader's name.
  if (ctx_.lex.executive(lemmas_[static_cast<std::size_t>(node)]) != nullptr) {
    const auto& kids = children_[static_cast<std::size_t>(node)];
    if (std::any_of(kids.begin(), kids.end(), [&](int k) { return leader_name(k, true); })) return led_state(node);
  }
  const int m = ctx_.mention_at[tok(node).token];
  const bool named_person = m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Name &&
                            ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person;
  if (named_person) return m;
  // A person in apposition to a body's or state's name does not rename it
  // ("by the State Department, A in August and B in October").
  const bool named_body = m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Name;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    const auto& d = tok(k).deprel;
    if (d != "appos" && d != "flat" && d != "compound") continue;
    if (named_body && d == "appos") continue;
    const int n = ctx_.mention_at[tok(k).token];
    if (n >= 0 && ctx_.mentions[static_cast<std::size_t>(n)].kind == MentionKind::Name &&
        ctx_.mentions[static_cast<std::size_t>(n)].type == EntityType::Person)
      return n;
    // "The chief U.S. envoy, Assistant Secretary of State X, held ...": the
    // person an apposed title introduces, before the state of the first.
    if (d == "appos")
      for (const auto& t : ctx_.titles)
        if (t.first <= tok(k).token && tok(k).token < t.last && t.person >= 0) return t.person;
  }
  // "met Portugal's prime minister", "Harbour Power's chief executive": a
  // singular title that names no one, after its state's or body's
  // possessive, stands for the holder of that post the document names
  // (a mention of theirs before, standing in for the title), when it names
  // one and no name is apposed.
  if (m < 0 && tok(node).xpos != "NNS" && tok(node).xpos != "NNPS")
    for (const auto& t : ctx_.titles) {
      if (t.last != kt + 1 || t.person >= 0 || t.anchor < 0 || t.sentence != sentence_) continue;
      const Mention& anchor = ctx_.mentions[static_cast<std::size_t>(t.anchor)];
      if (anchor.type != EntityType::Country && anchor.type != EntityType::Organization) continue;
      const auto& kids = children_[static_cast<std::size_t>(node)];
      if (std::none_of(kids.begin(), kids.end(), [&](int k) {
            return tok(k).deprel == "nmod:poss" && ctx_.mention_at[tok(k).token] == t.anchor;
          }))
        continue;
      const int holder = post_holder(ctx_, t, anchor.entity);
      for (std::size_t h = 0; holder >= 0 && h < ctx_.mentions.size() && ctx_.mentions[h].first < t.first; ++h)
        if (ctx_.mentions[h].entity == holder) {
          stand_ins_.emplace_back(static_cast<int>(h), Span{tok(node).begin, tok(node).end});
          return static_cast<int>(h);
        }
    }
  // "the operator of X's payment system, the Y System": a description the
  // document resolved stands for the name in apposition to it, if any.
  if (m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Description)
    for (const int k : children_[static_cast<std::size_t>(node)])
      if (const int n = tok(k).deprel == "appos" ? ctx_.mention_at[tok(k).token] : -1;
          n >= 0 && ctx_.mentions[static_cast<std::size_t>(n)].kind == MentionKind::Name)
        return n;
  if (m >= 0) return m;
  // "the Agency, the troll farm that ...": a description in apposition
  // stands for the name it describes.
  if (tok(node).deprel == "appos" && tok(node).head >= 0)
    if (const int h = ctx_.mention_at[tok(tok(node).head).token]; h >= 0) return h;
  // "European Union foreign ministers": the body the head noun belongs to;
  // not a place that qualifies a noun that is someone's ("the bank's Lisbon
  // office"; "Zimbabwe's ruling ZANU-PF party" is the party).
  const auto& kids = children_[static_cast<std::size_t>(node)];
  const bool possessed = std::any_of(kids.begin(), kids.end(), [&](int k) { return tok(k).deprel == "nmod:poss"; });
  // The name in apposition first: "the Yugoslav national carrier JAT" is JAT.
  for (const bool apposed : {true, false})
    for (const int k : kids) {
      const auto& d = tok(k).deprel;
      if (apposed ? d != "appos" : d != "flat" && d != "compound") continue;
      if (const int n = ctx_.mention_at[tok(k).token]; n >= 0) {
        const EntityType type = ctx_.mentions[static_cast<std::size_t>(n)].type;
        if (possessed && (type == EntityType::Country || type == EntityType::Location)) continue;
        // "the Lisbon promoter X": a capital that says where the body named
        // next sits, not the state ("the Moscow government" is the state).
        if (!apposed && ctx_.mentions[static_cast<std::size_t>(n)].kind == MentionKind::Capital &&
            name_right_after(node) >= 0)
          continue;
        return n;
      }
    }
  // "The EU's foreign ministers froze ...", "the bloc's foreign ministers":
  // a plural title the possessor's office-holders hold acts for the possessor.
  if (possessed && tok(node).xpos == "NNS") {
    const bool titled = std::any_of(ctx_.titles.begin(), ctx_.titles.end(),
                                    [&](const TitleSpan& t) { return t.first <= kt && kt < t.last; });
    for (const int k : kids)
      if (const int n = ctx_.mention_at[tok(k).token]; titled && n >= 0 && tok(k).deprel == "nmod:poss") {
        const EntityType type = ctx_.mentions[static_cast<std::size_t>(n)].type;
        if (type == EntityType::Country || type == EntityType::Organization) return n;
      }
  }
  if (const int named = name_right_after(node); named >= 0) return named;
  if (const int speaker = body_said_it(node); speaker >= 0) return speaker;
  if (const int adopter = resolution_adopter(node); adopter >= 0) return adopter;
  if (const int led = led_state(node); led >= 0) return led;
  if (const int before = group_named_before(node); before >= 0) return before;
  return located_state(node);
}

int TreeMatcher::group_named_before(int node) const {
  const std::string noun = fold_case(tok(node).form);
  if (tok(node).upos != "NOUN" || !noun.ends_with('s') ||
      (!group_noun(node) && ctx_.lex.title(singular_of(noun)) == nullptr))
    return -1;
  const auto& kids = children_[static_cast<std::size_t>(node)];
  if (std::any_of(kids.begin(), kids.end(), [&](int k) {
        return tok(k).deprel != "det" && tok(k).deprel != "punct" && tok(k).deprel != "case";
      }) ||
      std::none_of(kids.begin(), kids.end(), [&](int k) { return lemmas_[static_cast<std::size_t>(k)] == "the"; }))
    return -1;
  // The latest such noun in the twenty sentences before with a name right
  // before it, past up to three lower-case modifiers ("foreign"). (Bounded,
  // so a huge document does not make the search quadratic.)
  const std::uint32_t from = ctx_.seg.sentences[sentence_ > 20 ? sentence_ - 20 : 0].first;
  for (std::uint32_t k = tok(node).token; k > from; --k) {
    if (fold_case(ctx_.token(k - 1)) != noun) continue;
    std::uint32_t j = k - 1;
    while (j > from && j + 3 > k - 1 && ctx_.seg.tokens[j - 1].kind == TokenKind::Word &&
           !ctx_.seg.tokens[j - 1].capitalized && ctx_.mention_at[j - 1] < 0)
      --j;
    if (j == from) continue;
    const int m = ctx_.mention_at[j - 1];
    if (m < 0) continue;
    const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
    if (mm.last != j || (mm.type != EntityType::Country && mm.type != EntityType::Organization)) continue;
    return state_mention(mm.entity, node);
  }
  return -1;
}

std::vector<int> TreeMatcher::leaders_of_states(int node) const {
  if (tok(node).xpos != "NNS") return {};
  const TitleEntry* title = ctx_.lex.title(singular_of(fold_case(tok(node).form)));
  if (title == nullptr || title->relation != RelationType::LeaderOf) return {};
  std::vector<int> states;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    if (!has_label(tok(k).deprel, "nmod") || !introduced_by(k, {"of"})) continue;
    std::vector<int> items;
    conjuncts(k, items);
    for (const int i : items)
      if (const int m = ctx_.mention_at[tok(i).token];
          m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country)
        states.push_back(ctx_.mentions[static_cast<std::size_t>(m)].entity);
  }
  if (states.size() < 2) return {};
  std::vector<int> out;
  for (const int state : states) {
    int leader = -1;
    for (const RoleFact& r : ctx_.roles)
      if (r.body == state && r.relation == RelationType::LeaderOf) {
        if (leader >= 0 && leader != r.person) return {};  // (two leaders of one state: which?)
        leader = r.person;
      }
    if (leader < 0) return {};
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m)
      if (ctx_.mentions[m].entity == leader && ctx_.mentions[m].kind == MentionKind::Name) {
        out.push_back(static_cast<int>(m));
        break;
      }
  }
  return out.size() == states.size() ? out : std::vector<int>{};
}

void TreeMatcher::modifier_conjuncts(int node, std::vector<int>& nodes) const {
  if (!group_noun(node)) return;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    if (tok(k).deprel != "amod" && tok(k).deprel != "compound") continue;
    const int m = ctx_.mention_at[tok(k).token];
    if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person) continue;
    for (const int c : children_[static_cast<std::size_t>(k)])
      if (tok(c).deprel == "conj" && ctx_.mention_at[tok(c).token] >= 0 &&
          std::find(nodes.begin(), nodes.end(), c) == nodes.end())
        nodes.push_back(c);
  }
}

int TreeMatcher::body_said_it(int node) const {
  if (fold_case(tok(node).form) != "it" || !has_label(tok(node).deprel, "nsubj")) return -1;
  int clause = tok(node).head;
  for (int up = 0; up < 3 && clause >= 0; ++up) {
    const std::string_view d = tok(clause).deprel;
    if (d != "ccomp" && d != "xcomp" && d != "conj" && d != "advcl") return -1;
    clause = tok(clause).head;
    if (clause < 0) return -1;
    for (const int k : children_[static_cast<std::size_t>(clause)]) {
      if (!has_label(tok(k).deprel, "nsubj")) continue;
      const int m = mention_of(k);
      if (m < 0) break;  // another subject: climb on ("it said it would ...")
      return body_or_state(m) ? m : -1;
    }
  }
  return -1;
}

int TreeMatcher::resolution_adopter(int node) const {
  if (lemmas_[static_cast<std::size_t>(node)] != "resolution" && fold_case(tok(node).form) != "resolution") return -1;
  if (!has_label(tok(node).deprel, "nsubj")) return -1;
  // The council or assembly the document names most before it.
  const int m = most_named_before(ctx_, tok(node).token, [&](int e) {
    const ContextEntity& body = ctx_.entities[static_cast<std::size_t>(e)];
    return body.type == EntityType::Organization &&
           ctx_.lex.in("resolution_bodies", fold_case(ctx_.lex.body_head(body.name)));
  });
  if (m >= 0) stand_ins_.emplace_back(m, Span{tok(node).begin, tok(node).end});
  return m;
}

int TreeMatcher::name_right_after(int node) const {
  const auto next = static_cast<std::size_t>(node) + 1;
  if (tok(node).upos != "NOUN" || next >= sent_->size()) return -1;
  const auto& kids = children_[static_cast<std::size_t>(node)];
  if (std::none_of(kids.begin(), kids.end(), [&](int k) { return tok(k).deprel == "det"; })) return -1;
  const int m = ctx_.mention_at[tok(static_cast<int>(next)).token];
  if (m < 0) return -1;
  const Mention& mm = ctx_.mentions[static_cast<std::size_t>(m)];
  return mm.kind == MentionKind::Name && mm.first == tok(static_cast<int>(next)).token ? m : -1;
}

bool TreeMatcher::group_noun(int node) const {
  // The list holds the forms written ("authorities", "government").
  return ctx_.lex.in("group_nouns", lemmas_[static_cast<std::size_t>(node)]) ||
         ctx_.lex.in("group_nouns", fold_case(tok(node).form));
}

int TreeMatcher::state_mention(int state, int node) const {
  // A name of the state, in this sentence if there is one; else its demonym
  // ("Bangladeshi Prime Minister X ... X's government": the state is named
  // by no other word).
  int found = -1, demonym = -1;
  for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.entity != state) continue;
    if (mm.kind == MentionKind::Demonym) {
      if (demonym < 0) demonym = static_cast<int>(m);
      continue;
    }
    if (found < 0 || mm.sentence == sentence_) found = static_cast<int>(m);
    if (mm.sentence == sentence_) break;
  }
  if (found < 0) found = demonym;
  if (found >= 0) stand_ins_.emplace_back(found, Span{tok(node).begin, tok(node).end});
  return found;
}

int TreeMatcher::led_state(int node) const {
  const std::string* executive = ctx_.lex.executive(lemmas_[static_cast<std::size_t>(node)]);
  if (!group_noun(node) && executive == nullptr) return -1;
  for (const int k : children_[static_cast<std::size_t>(node)]) {
    if (executive != nullptr && tok(k).deprel == "nmod:poss" && tok(k).xpos == "PRP$")
      if (const int state = possessor_state(k); state >= 0) return state_mention(state, node);
    if (!leader_name(k, executive != nullptr)) continue;
    // A name the finder did not take ties its person to no state.
    const int p = ctx_.mention_at[tok(k).token];
    const int person = p < 0 ? -1 : ctx_.mentions[static_cast<std::size_t>(p)].entity;
    // (Or the state a minister serves: "Gedu's government", of Ethiopia's foreign minister.)
    for (const RelationType relation : {RelationType::LeaderOf, RelationType::WorksFor})
      for (const RoleFact& r : ctx_.roles)
        if (r.person == person && r.relation == relation && person >= 0 &&
            ctx_.entities[static_cast<std::size_t>(r.body)].type == EntityType::Country)
          return state_mention(r.body, node);
    // Tied to no state here: the state the noun names (executives.tsv).
    if (executive != nullptr && !executive->empty())
      if (const int state = ctx_.entity_named(*executive, EntityType::Country); state >= 0)
        return state_mention(state, node);
  }
  // "urged the administration to ...", "called on the administration to":
  // the noun alone after "the" is the state the noun names, when the
  // document names it.
  std::vector<int> kids;
  for (const int k : children_[static_cast<std::size_t>(node)])
    if (tok(k).deprel != "case") kids.push_back(k);
  if (executive != nullptr && !executive->empty() && kids.size() == 1 && lemmas_[static_cast<std::size_t>(kids[0])] == "the")
    if (const int state = ctx_.entity_named(*executive, EntityType::Country); state >= 0) return state_mention(state, node);
  return -1;
}

int TreeMatcher::possessor_state(int k) const {
  const std::string pronoun = fold_case(tok(k).form);
  const Gender wanted = pronoun == "his" ? Gender::Male : pronoun == "her" ? Gender::Female : Gender::Unknown;
  if (wanted == Gender::Unknown) return -1;
  // The latest person before the pronoun, in this sentence or the one before,
  // whose gender the pronoun allows.
  int person = -1;
  for (std::size_t m = ctx_.mentions.size(); m-- > 0 && person < 0;) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.first >= tok(k).token || mm.type != EntityType::Person || mm.entity < 0) continue;
    if (mm.sentence + 1 < sentence_) break;
    const Gender g = ctx_.entities[static_cast<std::size_t>(mm.entity)].gender;
    if (g == Gender::Unknown || g == wanted) person = mm.entity;
  }
  for (const RoleFact& r : ctx_.roles)
    if (r.person == person && person >= 0 &&
        ctx_.entities[static_cast<std::size_t>(r.body)].type == EntityType::Country)
      return r.body;
  return -1;
}

bool TreeMatcher::leader_name(int k, bool executive) const {
  if (tok(k).deprel != "nmod:poss" && !(executive && tok(k).deprel == "compound")) return false;
  const int p = ctx_.mention_at[tok(k).token];
  if (p < 0) return executive && tok(k).upos == "PROPN";
  return ctx_.mentions[static_cast<std::size_t>(p)].type == EntityType::Person;  // not "the UK government"
}

int TreeMatcher::located_state(int node) const {
  if (!group_noun(node)) return -1;
  const auto& kids = children_[static_cast<std::size_t>(node)];
  // "three senior Turkish officials": counted people, not their state;
  // "Japanese business leaders": people of a part of society that is no state.
  const bool counted = std::any_of(kids.begin(), kids.end(), [&](int k) {
    return tok(k).deprel == "nummod" || ((tok(k).deprel == "compound" || tok(k).deprel == "amod") &&
                                         ctx_.lex.in("sector_words", lemmas_[static_cast<std::size_t>(k)]));
  });
  for (const int k : kids) {
    // "The Chinese embassy said ...", "British officials said ...": the
    // demonym acts for its state (coref.cpp makes it a name there).
    if (tok(k).deprel == "amod" && !counted)
      if (const int m = ctx_.mention_at[tok(k).token];
          m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country &&
          ctx_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Demonym)
        return m;
    // "Portugal's authorities", "Spain's government".
    if (tok(k).deprel == "nmod:poss" && !counted)
      if (const int m = ctx_.mention_at[tok(k).token];
          m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Country &&
          ctx_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Demonym)
        return m;
    if (!has_label(tok(k).deprel, "nmod") || !introduced_by(k, {"in", "of"})) continue;
    const int m = ctx_.mention_at[tok(k).token];
    if (m < 0) continue;
    const Mention& place = ctx_.mentions[static_cast<std::size_t>(m)];
    if (place.type == EntityType::Country && place.kind != MentionKind::Demonym) return m;
    if (place.type != EntityType::Location || place.entity < 0) continue;
    // A capital written as a place ("in Minsk"): the state it is the seat of.
    if (const auto* entries = ctx_.lex.phrase(ctx_.lex.key_of(ctx_.entities[static_cast<std::size_t>(place.entity)].name)))
      for (const PhraseEntry& e : *entries)
        if (e.kind == PhraseKind::Capital)
          if (const int state = ctx_.entity_named(e.canonical, EntityType::Country); state >= 0)
            return state_mention(state, node);
  }
  return -1;
}

int TreeMatcher::name_before(int node) const {
  std::uint32_t first = tok(node).token;
  for (std::size_t k = 0; k < sent_->size(); ++k)
    if (tok(static_cast<int>(k)).upos != "PUNCT" && dominates(node, static_cast<int>(k)))
      first = std::min(first, tok(static_cast<int>(k)).token);
  if (first < 2 || ctx_.token(first - 1) != ",") {
    // "Rosneft, one of Russia's largest companies, which ...": the noun after
    // "one of" is the description's.
    const int head = tok(node).head;
    if (head >= 0 && has_label(tok(node).deprel, "nmod") && tok(head).upos == "NUM" && first == tok(head).token + 1 &&
        fold_case(ctx_.token(first)) == "of")
      return name_before(head);
    return -1;
  }
  std::uint32_t end = first - 1;  // the comma; the name ends before it
  // "Rosneft itself, one of ...": past the intensifying pronoun.
  if (const std::string w = fold_case(ctx_.token(end - 1)); end >= 2 && (w == "itself" || w == "himself" || w == "herself"))
    --end;
  int m = ctx_.mention_at[end - 1];
  // "Representative Jim Jordan of Ohio, the top Republican ...": past the place.
  if (m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Location) {
    const std::uint32_t f = ctx_.mentions[static_cast<std::size_t>(m)].first;
    if (f >= 2 && ctx_.token(f - 1) == "of") {
      const int p = ctx_.mention_at[f - 2];
      if (p >= 0 && ctx_.mentions[static_cast<std::size_t>(p)].type == EntityType::Person &&
          ctx_.mentions[static_cast<std::size_t>(p)].last == f - 1)
        return p;
    }
  }
  if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].last != end) return -1;
  const EntityType t = ctx_.mentions[static_cast<std::size_t>(m)].type;
  return t == EntityType::Person || t == EntityType::Organization ? m : -1;
}

std::vector<int> TreeMatcher::quantified_list(int node) const {
  // "Australia, the United States and the EU, all of which have sanctioned
  // X": "all" ("both", "each") of a relative pronoun right after a list's
  // comma is each item of the list.
  const std::string& l = lemmas_[static_cast<std::size_t>(node)];
  if (node < 2 || (l != "all" && l != "both" && l != "each") || tok(node - 1).form != ",") return {};
  const auto& kids = children_[static_cast<std::size_t>(node)];
  if (std::none_of(kids.begin(), kids.end(), [&](int k) { return relative_pronoun(k); })) return {};
  int first = node - 2;
  if (mention_of(first) < 0) return {};
  first = first_conjunct(*sent_, first);
  std::vector<int> items;
  conjuncts(first, items);
  std::vector<int> out;
  for (const int k : items)
    if (const int m = mention_of(k); m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  return out;
}

int TreeMatcher::government_state(int node) const {
  // "Yemen's internationally recognised government, led by X": the state.
  return ctx_.lex.in("government_words", tok(node).form) ? state_of_government_before(tok(node).token + 1) : -1;
}

int TreeMatcher::subject_it(int node) const {
  // "writing that if Facebook wanted to become a bank, it must seek a
  // charter", "the Treasury said its sanctions on X remain": a subject "it"
  // (or a possessive "its") stands for the nearest body or state before it
  // in the sentence that is itself a clause's subject.
  const std::string form = fold_case(tok(node).form);
  // (A possessive only before a sanction: "its sanctions", "its penalties";
  // "its president" is a title's, settled by the title ties, and "its
  // negotiations with X" may be a company's deal, no meeting.)
  const auto act = [&] {
    const int noun = tok(node).head;
    return noun >= 0 && ctx_.lex.in("sanction_nouns", lemmas_[static_cast<std::size_t>(noun)]);
  };
  if (!(tok(node).deprel.starts_with("nsubj") && form == "it") &&
      !(tok(node).deprel == "nmod:poss" && form == "its" && act()))
    return -1;
  for (int k = node - 1; k >= 0; --k) {
    if (!tok(k).deprel.starts_with("nsubj")) continue;
    const int m = mention_of(k);
    if (m < 0) continue;
    // (Not the subject of the verb whose act it is: "Spain has not imposed
    // its own sanctions" is the verb's to say, with its negation.)
    if (form == "its" && tok(k).head == tok(tok(node).head).head) return -1;
    return body_or_state(m) ? m : -1;
  }
  // "The United States imposed sanctions on A. It also designated B": an
  // "it" opening its sentence is the body or state the sentence before opens
  // with (not one named later in it: "The resolution, drafted by Jordan, ...");
  // so is one after an adjunct that names no one ("On the other side, it
  // targeted B"), the subject of the sentence's main verb.
  const auto after_adjunct = [&] {
    const int verb = tok(node).head;
    if (verb < 0 || tok(verb).deprel != "root" || form != "it") return false;
    for (int k = 0; k < node; ++k)
      if (mention_of(k) >= 0 || tok(k).upos == "VERB" || tok(k).upos == "AUX") return false;
    return true;
  };
  if ((node > 1 && !after_adjunct()) || sentence_ == 0) return -1;
  return ctx_.body_opening(sentence_ - 1);
}

int TreeMatcher::object_it(int node) const {
  const std::string_view label = tok(node).deprel;
  const int verb = tok(node).head;
  if (fold_case(tok(node).form) != "it" || (label != "obj" && label != "iobj") || verb < 0 || tok(verb).upos != "VERB")
    return -1;
  // The verb's subject, or that of the verb it is a conjunct of.
  int subject = -1;
  for (int v = verb, up = 0; v >= 0 && subject < 0 && up < 3; v = tok(v).deprel == "conj" ? tok(v).head : -1, ++up)
    for (const int c : children_[static_cast<std::size_t>(v)])
      if (has_label(tok(c).deprel, "nsubj")) subject = mention_of(c);
  // (Named after the subject: no subject is its own object.)
  const std::uint32_t after = subject >= 0 ? ctx_.mentions[static_cast<std::size_t>(subject)].last : 0;
  for (int k = node - 1; k >= 0 && tok(k).token >= after; --k) {
    const int m = mention_of(k);
    if (m < 0 || m == subject) continue;
    if (ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person) return -1;
    if (body_or_state(m)) return m;
  }
  return -1;
}

int TreeMatcher::members_body(int node) const {
  // (Acting: a clause's subject; sanctioned: any end but the subject, unless
  // some are named: "on five members of parliament, including A" targets A.)
  // (All of them: "opposition members of the committee" are a faction.)
  if (!ctx_.lex.in("member_nouns", to_lower_ascii(tok(node).form))) return -1;
  const bool subject = tok(node).deprel == "nsubj";
  if (!subject && !members_targeted_) return -1;
  if (!subject) {
    std::vector<int> named;
    list_included(node, named);
    if (!named.empty()) return -1;
  }
  const auto& kids = children_[static_cast<std::size_t>(node)];
  if (std::any_of(kids.begin(), kids.end(), [&](int c) { return tok(c).deprel == "amod" || tok(c).deprel == "compound"; }))
    return -1;
  const auto body = [&](int m) { return m >= 0 && body_or_state(m); };
  for (const int c : kids) {
    // ("Regulators at the European Commission ordered X to ...", "officials from the bloc".)
    const bool of = tok(c).deprel == "nmod" && introduced_by(c, {"of", "at", "from"});
    if (!of && tok(c).deprel != "nmod:poss") continue;
    if (const int m = mention_of(c); body(m)) return m;
    // "Its members asked him ...", opening the sentence after the body's.
    if (subject && tok(c).deprel == "nmod:poss" && fold_case(tok(c).form) == "its" && c <= 1 && sentence_ > 0)
      if (const int m = ctx_.body_opening(sentence_ - 1); body(m)) return m;
  }
  return -1;
}

int TreeMatcher::body_named_before_noun(int node) const {
  if (node < 1 || tok(node).upos != "NOUN" || !ctx_.lex.in("body_nouns", lemmas_[static_cast<std::size_t>(node)]))
    return -1;
  const int k = node - 1;
  if (tok(k).head != node || (tok(k).deprel != "compound" && tok(k).deprel != "amod" && tok(k).deprel != "flat"))
    return -1;
  const int m = mention_of(k);
  return m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Organization ? m : -1;
}

int TreeMatcher::quoted_speaker(int node) const {
  const std::string form = fold_case(tok(node).form);
  if ((form != "we" && form != "i") || !tok(node).deprel.starts_with("nsubj")) return -1;
  const auto speaker = [&](int verb) {
    if (!ctx_.lex.in("speech_verbs", lemmas_[static_cast<std::size_t>(verb)])) return -1;
    for (const int k : children_[static_cast<std::size_t>(verb)])
      if (has_label(tok(k).deprel, "nsubj"))
        if (const int m = mention_of(k); m >= 0) return m;
    return -1;
  };
  // The quote's clause: "said" above it (ccomp, parataxis) or below it
  // (parataxis: UD hangs "X said" from the quote's verb).
  int clause = tok(node).head;
  for (int up = 0; up < 3 && clause >= 0; ++up) {
    for (const int k : children_[static_cast<std::size_t>(clause)])
      if (tok(k).deprel == "parataxis")
        if (const int m = speaker(k); m >= 0) return m;
    const std::string_view d = tok(clause).deprel;
    if (tok(clause).head < 0 || (d != "ccomp" && d != "parataxis" && d != "conj" && d != "xcomp")) return -1;
    if (d == "ccomp" || d == "parataxis")
      if (const int m = speaker(tok(clause).head); m >= 0) return m;
    clause = tok(clause).head;
  }
  return -1;
}

bool TreeMatcher::dominates(int top, int node) const {
  for (int n = node, steps = 0; n >= 0 && steps < 64; n = tok(n).head, ++steps)
    if (n == top) return true;
  return false;
}

std::vector<int> TreeMatcher::people_listed_before(int pronoun, int before) const {
  // "A and B, who held several rounds of talks": "who" right after a list
  // of people joined by "and" stands for all of them, unless its verb says
  // one ("who chairs", "who was", "who has").
  if (lemmas_[static_cast<std::size_t>(pronoun)] != "who" ||
      ctx_.mentions[static_cast<std::size_t>(before)].type != EntityType::Person)
    return {};
  const int verb = tok(pronoun).head;
  if (verb < 0 || tok(verb).xpos == "VBZ") return {};
  for (const int k : children_[static_cast<std::size_t>(verb)])
    if ((tok(k).deprel == "aux" || tok(k).deprel == "cop" || tok(k).deprel == "aux:pass") &&
        (tok(k).xpos == "VBZ" || to_lower_ascii(tok(k).form) == "was"))
      return {};
  // The antecedent's node, the last conjunct of a list.
  int last = -1;
  for (int k = 0; k < static_cast<int>(sent_->size()) && last < 0; ++k)
    if (mention_of(k) == before && tok(k).deprel == "conj") last = k;
  if (last < 0 || tok(last).head < 0) return {};
  const bool joined = std::any_of(children_[static_cast<std::size_t>(last)].begin(),
                                  children_[static_cast<std::size_t>(last)].end(),
                                  [&](int c) { return tok(c).deprel == "cc" && to_lower_ascii(tok(c).form) == "and"; });
  if (!joined) return {};
  std::vector<int> items;
  conjuncts(first_conjunct(*sent_, last), items);
  std::vector<int> out;
  for (const int k : items) {
    const int m = mention_of(k);
    if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].type != EntityType::Person) return {};
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
  return out.size() >= 2 ? out : std::vector<int>{};
}

int TreeMatcher::antecedent(int pronoun) const {
  std::uint32_t k = tok(pronoun).token;
  if (k == 0) return -1;
  --k;
  if (ctx_.token(k) == "," && k > 0) {
    // "X, R-Wis., who chairs ...": past the party tag to the name.
    const std::uint32_t s = ctx_.seg.sentences[sentence_].first;
    if (const std::uint32_t tag = ctx_.party_tag_before(k, s); tag < k && tag >= 2) k = tag - 1;
    --k;
    // "X, widely known as Hemedti, who ...": past the nickname to the name.
    for (std::uint32_t j = k; ctx_.mention_at[k] < 0 && j > s + 2 && k - j < 6; --j)
      if (fold_case(ctx_.token(j - 1)) == "known" && fold_case(ctx_.token(j)) == "as") {
        std::uint32_t c = j - 1;
        while (c > s && ctx_.token(c) != "," && j - c < 4) --c;
        if (ctx_.token(c) == "," && c > s) k = c - 1;
        break;
      }
  }
  const int m = ctx_.mention_at[k];
  // "X, the Christian Democrat MP who chaired ...": a title right before
  // the pronoun, in apposition to a person, is that person's.
  if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].type != EntityType::Person) {
    const std::uint32_t first = ctx_.seg.sentences[sentence_].first;
    for (const auto& t : ctx_.titles) {
      if (t.last != k + 1 || t.person >= 0) continue;
      std::uint32_t c = ctx_.title_start(t);
      while (c > first && ctx_.title_start(t) - c < 4 && ctx_.token(c - 1) != ",") --c;
      if (c < first + 2 || ctx_.token(c - 1) != ",") continue;
      const int person = ctx_.mention_at[c - 2];
      if (person >= 0 && ctx_.mentions[static_cast<std::size_t>(person)].type == EntityType::Person &&
          ctx_.mentions[static_cast<std::size_t>(person)].last == c - 1)
        return person;
    }
  }
  if (m < 0 || ctx_.mentions[static_cast<std::size_t>(m)].last != k + 1) return -1;
  // "the House majority leader, who": the person the title introduces.
  for (const auto& t : ctx_.titles)
    if (t.first <= k && k < t.last && t.person >= 0) return t.person;
  // "X, the president of the Authority, who": the person the title describes, not the body.
  const std::uint32_t body = ctx_.mentions[static_cast<std::size_t>(m)].first;
  for (const auto& t : ctx_.titles) {
    if (t.last >= body || body - t.last > 2 || fold_case(ctx_.token(t.last)) != "of" || t.first < 2) continue;
    std::uint32_t c = t.first - 1;
    if (fold_case(ctx_.token(c)) == "the" && c > 0) --c;
    if (ctx_.token(c) != "," || c == 0) continue;
    const int person = ctx_.mention_at[c - 1];
    if (person >= 0 && ctx_.mentions[static_cast<std::size_t>(person)].type == EntityType::Person) return person;
  }
  // "X, a close ally of Harbour Front who leads Y": "who" stands for a
  // person, not for the body right before it (the tree's antecedent then).
  if (const std::string& w = lemmas_[static_cast<std::size_t>(pronoun)];
      (w == "who" || w == "whom") && ctx_.mentions[static_cast<std::size_t>(m)].type != EntityType::Person)
    return -1;
  return m;
}

bool TreeMatcher::committee(int entity) const {
  const ContextEntity& e = ctx_.entities[static_cast<std::size_t>(entity)];
  return e.type == EntityType::Organization && ctx_.lex.in("committee_heads", fold_case(ctx_.lex.body_head(e.name)));
}

bool TreeMatcher::hearing_body(int entity) const {
  // "the Joint Parliamentary Commission of Inquiry", "the Royal Commission
  // into the Robodebt Scheme": a body that hears witnesses by its name's words.
  const ContextEntity& e = ctx_.entities[static_cast<std::size_t>(entity)];
  return e.type == EntityType::Organization && ctx_.lex.hears_witnesses(e.name);
}

int TreeMatcher::hearing_committee(int trigger) const {
  const auto committee = [&](int e) { return hearing_body(e); };
  // "a Senate Intelligence Committee hearing at which A and B testified":
  // the committee its own sentence names, else the story's.
  // "X told lawmakers ..., in testimony to the House Y Committee": one named
  // after the trigger in its sentence, when none is named before it there.
  const std::uint32_t at = tok(trigger).token;
  // (Not one named inside a clause that describes someone and does not hold
  // the trigger: "A, a former MP who chaired the X committee, testified
  // that ...".)
  const auto described = [&](const Mention& mm) {
    for (int k = node_at(mm.first), steps = 0; k >= 0 && steps < 12; k = tok(k).head, ++steps)
      if ((tok(k).deprel == "acl:relcl" || tok(k).deprel == "acl") && !descends_from(*sent_, trigger, k)) return true;
    return false;
  };
  int found = -1;
  for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
    const Mention& mm = ctx_.mentions[m];
    if (mm.sentence != sentence_ || mm.entity < 0 || !committee(mm.entity) || described(mm)) continue;
    if (mm.first < at || found < 0) found = static_cast<int>(m);
    if (mm.first >= at) break;
  }
  // Else the one the document named most before it; on a tie the one named
  // first (the story's hearing, not an inquiry it goes on to mention).
  return found >= 0 ? found : most_named_before(ctx_, at, committee, /*first_on_tie=*/true);
}

int TreeMatcher::joint_partner(int m) const {
  // "a rare joint session of the transport committee and the business
  // committee": the other committee of a sentence with "joint" that names
  // this one and exactly one other.
  const int entity = ctx_.mentions[static_cast<std::size_t>(m)].entity;
  for (std::size_t s = 0; s < ctx_.seg.sentences.size(); ++s) {
    const Sentence& sent = ctx_.seg.sentences[s];
    bool joint = false;
    for (std::uint32_t k = sent.first; k < sent.last && !joint; ++k) joint = fold_case(ctx_.token(k)) == "joint";
    if (!joint) continue;
    bool here = false;
    int other = -1, others = 0;
    for (std::size_t n = 0; n < ctx_.mentions.size(); ++n) {
      const Mention& mm = ctx_.mentions[n];
      if (mm.sentence != s || mm.entity < 0 || !committee(mm.entity)) continue;
      if (mm.entity == entity) {
        here = true;
      } else if (other < 0 || ctx_.mentions[static_cast<std::size_t>(other)].entity != mm.entity) {
        other = static_cast<int>(n);
        ++others;
      }
    }
    if (here && others == 1) return other;
  }
  return -1;
}

std::vector<int> TreeMatcher::ends(int trigger, const std::vector<TreePath>& paths) const {
  for (const TreePath& path : paths) {
    if (path.front().hearing) {
      // (Not for one given before a court the tree names: words/court_words.txt.)
      const auto& kids = children_[static_cast<std::size_t>(trigger)];
      if (std::any_of(kids.begin(), kids.end(), [&](int k) {
            return has_label(tok(k).deprel, "obl") && introduced_by(k, {"before", "to", "at", "in"}) &&
                   ctx_.lex.in("court_words", lemmas_[static_cast<std::size_t>(k)]);
          }))
        continue;
      if (const int m = hearing_committee(trigger); m >= 0) {
        if (const int partner = joint_partner(m); partner >= 0) return {m, partner};
        return {m};
      }
      continue;
    }
    const std::vector<int> found = follow(trigger, path);
    // "X, who heads Y": the relative pronoun is the clause's subject, and
    // stands for the name just before it, else for what the clause hangs from.
    // The object a clause leaves out, which follow() reaches as the noun
    // the clause modifies, is the name that noun describes ("X, a mixer
    // the Treasury sanctioned").
    if (found.size() == 1 && found.front() == tok(trigger).head && !path.back().up) {
      // The subject a participle leaves out is the name it modifies ("the
      // Banking Committee, chaired by X"); the object a relative clause leaves out
      // only a description's ("X, a mixer the Treasury sanctioned", "X,
      // the carmaker Keller runs", not "the Group of Seven summit he will host").
      if (ctx_.mention_at[tok(found.front()).token] >= 0)
        if (const int m = mention_of(found.front());
            m >= 0 && (tok(trigger).deprel == "acl" ||
                       ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Description))
          return {m};
      if (ctx_.mention_at[tok(found.front()).token] < 0) {
        if (const int m = name_before(found.front()); m >= 0) return {m};
        if (const int m = government_state(found.front()); m >= 0) return {m};
      }
      continue;
    }
    for (const int n : found) {
      if (std::vector<int> list = quantified_list(n); !list.empty()) return list;
      if (!relative_pronoun(n)) continue;
      if (const int before = antecedent(n); before >= 0) {
        // "Spain and Portugal, whose presidents, A and B": each state's
        // holder is the name in the same place (appositions.cpp), not all
        // of them the last state's.
        if (lemmas_[static_cast<std::size_t>(n)] == "whose" && tok(tok(n).head).xpos == "NNS" &&
            listed_state(ctx_, ctx_.mentions[static_cast<std::size_t>(before)], true) >= 0)
          return {};
        if (std::vector<int> people = people_listed_before(n, before); !people.empty()) return people;
        return {before};
      }
      // "Hezbollah, the Iran-backed movement that is X's ally and is itself
      // under U.S. sanctions": the name the clause's noun describes; "X,
      // Y's deputy, who was sworn in ...": the name the parser hung the
      // clause from, past an apposition the pronoun follows.
      if (const int clause = tok(n).head; clause >= 0 && tok(clause).deprel == "acl:relcl" && tok(clause).head >= 0) {
        if (ctx_.mention_at[tok(tok(clause).head).token] < 0) {
          if (const int m = name_before(tok(clause).head); m >= 0) return {m};
        } else if (const int m = ctx_.mention_at[tok(tok(clause).head).token];
                   ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person) {
          return {m};
        }
      }
      if (!has_label(tok(trigger).deprel, "acl") || tok(trigger).head < 0) continue;
      // "the Agency, the St. Petersburg troll farm that ...": a description
      // (however the parser hangs it) stands for the name before its comma,
      // not for a name that modifies it.
      const int head = tok(trigger).head;
      if (ctx_.mention_at[tok(head).token] < 0)
        if (const int m = name_before(head); m >= 0) return {m};
      if (const int m = mention_of(head); m >= 0) return {m};
      // "The two leaders, who met in Rome, ...": the pair named before.
      if (std::vector<int> pair = pair_standing_for(head); !pair.empty()) return pair;
    }
    // An end reached up from an apposition is the one name it describes
    // ("A, director of Y, and B": not B); so is one reached up from an
    // apposition the parser read as a conjunct.
    const bool via_conj = path.back().up && path.back().label == "conj";
    const bool described = via_conj || (path.back().up && path.back().label == "appos");
    // ("A and B, both members of X": a plural apposition after a list's last
    // name describes every name of the list.)
    const bool plural = described && !via_conj && (tok(trigger).xpos == "NNS" || tok(trigger).xpos == "NNPS") &&
                        tok(trigger).head >= 0 && tok(tok(trigger).head).deprel == "conj";
    // (Its own list: not past a semicolon, "A, who chairs X; B and C, both
    // members of Y; and D".)
    const auto list_head = [&](int n) {
      for (int steps = 0; tok(n).deprel == "conj" && tok(n).head >= 0 && steps < 16; ++steps) {
        const int start = subtree_start(*sent_, n);
        if (start > 0 && tok(start - 1).form == ";") break;
        n = tok(n).head;
      }
      return n;
    };
    std::vector<int> nodes;
    for (const int n : found)
      if (plural) conjuncts(list_head(n), nodes);
      else if (described) nodes.push_back(n);
      else conjuncts(n, nodes), list_inside_asides(n, nodes);
    // "the remaining parties – France, Germany and China –": a noun that
    // names no one stands for the list in apposition to it (or to its
    // modifier, where the parser often hangs it: "parties to the deal – A, B").
    // "Five former board members gave evidence ...: A, B and C": a plural
    // noun that names no one stands for the people listed after the colon.
    // ("a Russian delegation headed by X" is X, not the state its adjective names.)
    std::vector<int> led;
    for (std::size_t i = 0, count = nodes.size(); i < count; ++i)
      if (ctx_.mention_at[tok(nodes[i]).token] < 0) {
        const std::size_t before = nodes.size();
        list_in_apposition(nodes[i], nodes);
        if (nodes.size() == before) list_after_colon(nodes[i], nodes);
        if (nodes.size() == before) list_included(nodes[i], nodes);
        if (nodes.size() == before) part_included(nodes[i], nodes);
        if (nodes.size() == before) {
          leader_of_group(nodes[i], nodes);
          if (nodes.size() > before) led.push_back(nodes[i]);
        }
        if (nodes.size() == before) authorities_in(nodes[i], nodes);
        if (nodes.size() == before) modifier_conjuncts(nodes[i], nodes);
      }
    std::erase_if(nodes, [&](int n) { return std::find(led.begin(), led.end(), n) != led.end(); });
    std::vector<int> out;
    const auto add = [&](int m) {
      if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    };
    for (const int n : nodes) {
      if (const std::vector<int> leaders = leaders_of_states(n); !leaders.empty()) {
        for (const int p : leaders) {
          add(p);
          stand_ins_.emplace_back(p, Span{tok(n).begin, tok(n).end});
        }
        continue;
      }
      int m = mention_of(n);
      if (m < 0) m = subject_it(n);
      if (m < 0) m = object_it(n);
      if (m < 0) m = members_body(n);
      if (m < 0) m = body_named_before_noun(n);
      if (m < 0) m = quoted_speaker(n);
      if (m < 0) m = government_state(n);
      // "X, the Commission's vice-president" hung from the wrong word: the
      // name right before the apposition's comma.
      if (m < 0 && path.back().up && has_label(tok(trigger).deprel, "appos")) m = name_before(trigger);
      // "A, the top Democrat on X, and B, the senior Democrat on Y", read as
      // conjuncts of A: the name right before each phrase's comma.
      if (via_conj) m = name_before(trigger);
      // "with A and Singapore's Prime Minister Lee", parsed with the state as a
      // conjunct of its own: the person the state's title introduces.
      if (m >= 0 && pairs_allowed_ && ctx_.mention_at[tok(n).token] == m)
        if (const int p = titled_person_of_possessor(m); p >= 0) m = p;
      if (m >= 0 && path.back().end_type && ctx_.mentions[static_cast<std::size_t>(m)].type != *path.back().end_type) m = -1;
      // "imports of Spanish wine" (amod#country): a rule that asks for a
      // typed adjective asks for the state it names, not for an adjective.
      if (m >= 0 && path.back().end_type && path.back().label == "amod" &&
          ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Demonym)
        stand_ins_.emplace_back(m, ctx_.span_of(ctx_.mentions[static_cast<std::size_t>(m)]));
      add(m);
      if (m < 0 && pairs_allowed_) {
        std::vector<int> group = pair_before(n);
        if (group.empty()) group = family_before(n);
        if (group.empty()) group = committees_before(n);
        for (const int p : group) {
          // (Of the path's type: "a session of the budget committees" holds no person.)
          if (path.back().end_type && ctx_.mentions[static_cast<std::size_t>(p)].type != *path.back().end_type)
            continue;
          add(p);
          stand_ins_.emplace_back(p, Span{tok(n).begin, tok(n).end});
        }
        pair_end_ = pair_end_ || !group.empty();
      }
    }
    // "Also testifying were A, a vice president of X; B, ...; and C, ...":
    // items set off by semicolons, which the parser seldom joins (not for
    // the one name an apposition describes).
    if (pairs_allowed_ && out.size() == 1 && !described) {
      const std::vector<int> more = semicolon_items(out.front());
      out.insert(out.end(), more.begin(), more.end());
    }
    if (!out.empty()) return out;
  }
  return {};
}

std::vector<int> TreeMatcher::semicolon_items(int m) const {
  const Mention& first = ctx_.mentions[static_cast<std::size_t>(m)];
  // People are listed with people, bodies with bodies ("A, a bank in X; B; and the meatpacker C").
  const auto same_kind = [&](const Mention& other) {
    return first.type == EntityType::Person ? other.type == EntityType::Person
                                            : other.type == EntityType::Organization;
  };
  if (first.type != EntityType::Person && first.type != EntityType::Organization) return {};
  const Sentence& s = ctx_.seg.sentences[first.sentence];
  // A name inside a later item ("...; B, a front for X's sanctioned Y; C")
  // opens no list.
  for (std::uint32_t k = s.first; k < first.first; ++k)
    if (ctx_.token(k) == ";") return {};
  std::vector<int> out;
  for (std::uint32_t k = first.last; k < s.last; ++k) {
    if (ctx_.token(k) == ";") {
      std::uint32_t start = k + 1;
      if (start < s.last && fold_case(ctx_.token(start)) == "and") ++start;
      // The item's person: its first word, or the first name after a title
      // ("Telecommunications Minister C", "its head, B") before the item's end.
      int item = -1;
      for (std::uint32_t j = start; j < s.last && j < start + 8 && ctx_.token(j) != ";"; ++j) {
        const int at = ctx_.mention_at[j];
        if (at < 0 || ctx_.mentions[static_cast<std::size_t>(at)].kind != MentionKind::Name) continue;
        if (same_kind(ctx_.mentions[static_cast<std::size_t>(at)]) &&
            ctx_.mentions[static_cast<std::size_t>(at)].kind == MentionKind::Name)
          item = at;
        break;
      }
      // (Not a clause after the ";": "A, the army chief; B met him in May".)
      if (item >= 0) {
        std::uint32_t after = ctx_.mentions[static_cast<std::size_t>(item)].last;
        if (after < s.last && ctx_.lex.in("corporate_suffixes", ctx_.token(after))) ++after;  // "Zeta S.A.;"
        const std::string_view next = after < s.last ? ctx_.token(after) : ".";
        if (next != "," && next != ";" && next != "." && next != "and" && next != "(") item = -1;
      }
      if (item < 0) break;
      out.push_back(item);
    } else if (out.empty() && k > first.last && ctx_.token(k) != "," && ctx_.mention_at[k] >= 0 &&
               same_kind(ctx_.mentions[static_cast<std::size_t>(ctx_.mention_at[k])])) {
      return {};  // another of its kind before the first ";": no list of items
    }
  }
  return out;
}

bool TreeMatcher::name_follows(int node) const {
  if (node + 1 >= static_cast<int>(sent_->size())) return false;
  const int m = ctx_.mention_at[tok(node + 1).token];
  return m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Person &&
         ctx_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Name;
}

int TreeMatcher::counted_group(int trigger, const std::vector<TreePath>& paths) const {
  const auto counted = [&](int n) {
    if (ctx_.mention_at[tok(n).token] >= 0) return false;
    // "designated Castro's children A, B and C": a plural noun with people's
    // names right after it.
    if (tok(n).xpos == "NNS" && name_follows(n)) return true;
    for (const int k : children_[static_cast<std::size_t>(n)]) {
      // "17 Saudi nationals"; "three Lebanese businessmen", a plural the
      // tagger read as singular (the count tells).
      const bool plural = tok(n).xpos == "NNS" || tok(n).xpos == "NNPS" ||
                          (tok(n).xpos == "NN" && to_lower_ascii(tok(k).form) != "one" && tok(k).form != "1");
      if (plural && tok(k).deprel == "nummod" && tok(k).upos == "NUM") return true;
      // "four of his children"
      if (tok(n).upos == "NUM" && has_label(tok(k).deprel, "nmod") && introduced_by(k, {"of"})) return true;
      // "designated the four": a count standing alone for those just named.
      if (tok(n).upos == "NUM" && tok(k).deprel == "det" && lemmas_[static_cast<std::size_t>(k)] == "the") return true;
    }
    return false;
  };
  for (const TreePath& path : paths) {
    if (path.front().hearing || path.back().up) continue;
    std::vector<int> nodes;
    for (const int n : follow(trigger, path)) conjuncts(n, nodes);
    for (const int n : nodes)
      if (counted(n)) return n;
  }
  return -1;
}

std::vector<int> TreeMatcher::listed_after(int group) const {
  const int n = static_cast<int>(sent_->size());
  const auto lower = [&](int i) { return to_lower_ascii(tok(i).form); };
  // The list opens with ":", "including" or "among them", before any other
  // verb, or right after a plural noun followed by a name.
  int marker = group + 1;
  if (name_follows(group)) marker = group;
  for (; marker < n && marker > group; ++marker) {
    const std::string w = lower(marker);
    if (w == ":" || w == "including") break;
    if (w == "among" && marker + 1 < n && (lower(marker + 1) == "them" || lower(marker + 1) == "whom")) {
      ++marker;
      break;
    }
    if (tok(marker).upos == "VERB" || tok(marker).upos == "AUX") return {};
  }
  if (marker >= n) return {};
  bool items = false;
  for (int i = marker + 1; i < n; ++i) items = items || tok(i).form == ";";
  std::vector<int> out;
  bool taken = false;  // the item at hand has its name
  for (int i = marker + 1; i < n; ++i) {
    if (tok(i).form == ";") {
      taken = false;
      continue;
    }
    // Without ";", a verb or a preposition other than "of" ends the list
    // ("..., accusing them of ...", "... over the poisoning of X").
    if (!items && (tok(i).upos == "VERB" || tok(i).upos == "AUX") && tok(i).deprel != "amod") break;
    if (!items && tok(i).upos == "ADP" && lower(i) != "of") break;
    // "…, including the police, Foreign Minister X said": a subject is the
    // speaker of the sentence, not an item.
    if (!items && has_label(tok(i).deprel, "nsubj")) break;
    // A mention counts at its last word ("the committee's chairman": not "the").
    const int m = ctx_.mention_at[tok(i).token];
    if (m < 0 || (items && taken) || (i + 1 < n && ctx_.mention_at[tok(i + 1).token] == m)) continue;
    // A possessor describes the item, it is not one ("Hudson's president"),
    // nor is the object of a preposition ("head of the Agency").
    if (i + 1 < n && tok(i + 1).xpos == "POS") continue;
    int before = i - 1;
    while (before > marker && tok(before).upos == "DET") --before;
    if (!items && before > marker && tok(before).upos == "ADP") continue;
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    taken = true;
  }
  return out;
}

std::vector<int> TreeMatcher::pair_standing_for(int noun) const {
  if (!pairs_allowed_) return {};
  std::vector<int> pair = pair_before(noun);
  for (const int p : pair) stand_ins_.emplace_back(p, Span{tok(noun).begin, tok(noun).end});
  pair_end_ = pair_end_ || !pair.empty();
  return pair;
}

}  // namespace kg::extract::tree
