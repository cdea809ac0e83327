// Roles stated around a name rather than before it:
//   "Yuki Tatsumi, a researcher at the Stimson Center"     -> works_for
//   "David Hale, the State Department's third-ranking official"
//   "Russia's envoy, Mikhail Ulyanov"                      -> works_for Russia
//   "Chief executives Jeff Bezos of Amazon, Tim Cook of Apple" -> leader_of
//   "Song Young-moo of the South"                          -> works_for
#include <algorithm>

#include "context.hpp"
#include "kg/text.hpp"
#include "salience.hpp"
#include "syntax_walk.hpp"
#include "title_ties.hpp"
#include "title_words.hpp"

namespace kg::extract {
namespace {

bool is_body(const Mention& m) {
  return m.type == EntityType::Country || m.type == EntityType::Organization;
}

class Appositions {
 public:
  explicit Appositions(Context& ctx) : ctx_(ctx) {}

  void run() {
    for (std::size_t ti = 0; ti < ctx_.titles.size(); ++ti) {
      const TitleSpan& t = ctx_.titles[ti];
      if (t.person >= 0) {
        possessed_title(t);
        continue;
      }
      // "X, the Portuguese president's chief of staff": a title that
      // possesses another post is no post of the one apposed; the post it
      // possesses serves the state whose leader the title is.
      if (t.last < ctx_.seg.tokens.size() && ctx_.possessive(t.last)) continue;
      if (staff_of_leader(t)) continue;
      after_name(t);
      before_name(t);
    }
    of_phrases();
  }

 private:
  std::string_view tok(std::uint32_t i) const { return ctx_.token(i); }
  int mention_at(std::uint32_t i) const { return i < ctx_.mention_at.size() ? ctx_.mention_at[i] : -1; }

  void add(int person, int body, const TitleSpan* t, RelationType rel, std::uint32_t sentence, const char* rule) {
    const Mention& p = ctx_.mentions[person];
    const Mention& b = ctx_.mentions[body];
    if (p.entity < 0 || b.entity < 0 || p.entity == b.entity) return;
    // "X, the British executive who was fired by Y": a company's post after
    // a demonym tells a nationality, not an employer.
    if (b.kind == MentionKind::Demonym && t != nullptr && ctx_.lex.in("company_titles", t->role)) return;
    if (t != nullptr && rel == RelationType::WorksFor &&
        commands_force(ctx_.lex, t->entry, ctx_.entities[static_cast<std::size_t>(b.entity)].name))
      rel = RelationType::LeaderOf;
    ctx_.roles.push_back({p.entity, b.entity, rel, t ? t->role : std::string(), sentence, ctx_.span_of(p),
                          ctx_.span_of(b), rule});
  }

  // Whether a mention is the first word of its sentence: "Harbour Bank's
  // board ... named X, its finance chief": the body of the clause's subject.
  bool opens_sentence(const Mention& m) const { return m.first == ctx_.seg.sentences[m.sentence].first; }

  // The last organisation parsed sentence `sentence` has for a clause's
  // subject ("... once the country leaves the EU, the Unite union demanded
  // ..."), or -1.
  int parsed_subject(std::uint32_t sentence) const {
    const SyntaxSentence& tree = ctx_.syntax[sentence];
    int found = -1;
    for (std::size_t k = 0; k < tree.size(); ++k) {
      if (!tree[k].deprel.starts_with("nsubj")) continue;
      int m = mention_at(tree[k].token);
      // "the Unite union": the name that modifies the subject's noun.
      for (std::size_t c = 0; m < 0 && c < tree.size(); ++c)
        if (tree[c].head == static_cast<int>(k) && (tree[c].deprel == "compound" || tree[c].deprel == "flat"))
          m = mention_at(tree[c].token);
      if (m >= 0 && ctx_.mentions[static_cast<std::size_t>(m)].entity >= 0 &&
          ctx_.mentions[static_cast<std::size_t>(m)].type == EntityType::Organization)
        found = m;
    }
    return found;
  }

  // The organisation "its" stands for at token k of sentence s: the latest
  // named before it in that sentence or the two before ("the company"
  // counts as the company it stands for), not a state's body and not a
  // name possessing another noun ("whether Facebook knew about Cambridge
  // Analytica's use of the data when X, its policy director": Facebook)
  // unless it opens the sentence.
  int owner_organization(std::uint32_t sentence, std::uint32_t k) const {
    int best = -1, before = -1;
    for (const Mention& mm : ctx_.mentions) {
      if (mm.first >= k) break;
      if (mm.sentence + 2 < sentence || mm.type != EntityType::Organization || mm.entity < 0 ||
          !ctx_.entities[mm.entity].country.empty() ||
          (mm.anaphor == -1 && mm.last < k && ctx_.possessive(mm.last) && !opens_sentence(mm)))
        continue;
      before = best;
      best = static_cast<int>(&mm - ctx_.mentions.data());
    }
    return past_relative_clause(before, best, k);
  }

  // Of two bodies named before token k, the later unless it sits inside a
  // relative clause on the earlier that closes before k: "designated X,
  // which answers to the Interior Ministry, along with its director" is
  // X's director. Either may be -1.
  int past_relative_clause(int earlier, int later, std::uint32_t k) const {
    if (earlier < 0 || later < 0) return later;
    const Mention& a = ctx_.mentions[static_cast<std::size_t>(earlier)];
    const Mention& b = ctx_.mentions[static_cast<std::size_t>(later)];
    const bool relative = a.sentence == b.sentence && a.last + 1 < b.first && tok(a.last) == "," &&
                          (fold_case(tok(a.last + 1)) == "which" || fold_case(tok(a.last + 1)) == "that");
    bool closed = false;
    for (std::uint32_t i = b.last; i < k && !closed; ++i) closed = tok(i) == ",";
    return relative && closed ? earlier : later;
  }

  // "the group's defence minister, A; its naval chief, B": in a list (a
  // ";" or ", and" after the earlier item), "its" goes on with the owner
  // of an earlier item's title, or -1.
  int owner_of_earlier_item(std::uint32_t sentence, std::uint32_t k) const {
    int found = -1;
    for (const TitleSpan& t : ctx_.titles) {
      if (t.sentence != sentence || t.last > k || t.first < 2 || !ctx_.possessive(t.first - 1)) continue;
      const int owner = mention_at(t.first - 2);
      if (owner < 0 || !is_body(ctx_.mentions[static_cast<std::size_t>(owner)]) ||
          ctx_.mentions[static_cast<std::size_t>(owner)].entity < 0)
        continue;
      // (Not ", and recalled its own ambassador": a verb after "and" opens a
      // clause, not an item.)
      bool listed = false, verb = false;
      for (std::uint32_t i = t.last; i < k; ++i) {
        listed = listed || tok(i) == ";" || (tok(i) == "," && i + 1 < k && fold_case(tok(i + 1)) == "and");
        verb = verb || finite_tag(ctx_.xpos_at(sentence, i));
      }
      if (listed && !verb) found = owner;
    }
    return found;
  }

  // The body "its" stands for at token k of a sentence, before a title: a
  // state or organisation opening the sentence ("The European Union imposed
  // sanctions on Iran, its foreign policy chief X said"), else the first
  // state named in it ("Hungary, which has criticised Beijing, ... but its
  // foreign minister, X"): the clause's subject more often than the latest
  // name; else the one organisation named before it ("X appeared before the
  // Y commission in July, telling its chairman, Z").
  int owner_body(std::uint32_t sentence, std::uint32_t k) const {
    const Sentence& s = ctx_.seg.sentences[sentence];
    if (const int earlier = owner_of_earlier_item(sentence, k); earlier >= 0) return earlier;
    // "on the head of Russia's GRU military intelligence agency, X, and on
    // one of its officers, Y": the body a kind noun closes nearest before
    // (words/body_nouns.txt), the name before that noun, or no one when it
    // names none ("Portugal's military intelligence agency").
    for (std::uint32_t j = k; j > s.first && k - j < 12; --j) {
      // (Past the person named in apposition: ", X, and on one of its".)
      if (const int p = mention_at(j - 1); p >= 0) {
        if (ctx_.mentions[p].type != EntityType::Person) break;
        j = ctx_.mentions[p].first + 1;
        continue;
      }
      if (ctx_.seg.tokens[j - 1].capitalized || !ctx_.lex.in("body_nouns", fold_case(tok(j - 1)))) continue;
      std::uint32_t m = j - 1;
      while (m > s.first && m + 3 > j && mention_at(m - 1) < 0 && !ctx_.seg.tokens[m - 1].capitalized &&
             ctx_.seg.tokens[m - 1].kind == TokenKind::Word && !ctx_.lex.in("function_words", fold_case(tok(m - 1))))
        --m;
      const int named = m > s.first ? mention_at(m - 1) : -1;
      if (named >= 0 && ctx_.mentions[named].type == EntityType::Organization &&
          ctx_.mentions[named].kind != MentionKind::Demonym)
        return named;
      // "X, a Moscow-based metals supplier, and its director general": the
      // name the noun's phrase is in apposition to.
      return described_body(j - 1, s);
    }
    const std::uint32_t opening = s.first + (ctx_.lex.in("articles", tok(s.first)) ? 1 : 0);
    int only = -1, bodies = 0;
    for (const Mention& mm : ctx_.mentions) {
      if (mm.first >= k) break;
      if (mm.sentence != sentence || mm.kind == MentionKind::Demonym || mm.entity < 0) continue;
      if (mm.type == EntityType::Country || (mm.first <= opening && mm.type == EntityType::Organization))
        return static_cast<int>(&mm - ctx_.mentions.data());
      if (mm.type == EntityType::Organization && (only < 0 || ctx_.mentions[only].entity != mm.entity)) {
        only = static_cast<int>(&mm - ctx_.mentions.data());
        ++bodies;
      }
    }
    return bodies == 1 ? only : -1;
  }

  // The organisation named right before ", a/an/the ... noun" that ends at
  // token noun (an apposition), or -1.
  int described_body(std::uint32_t noun, const Sentence& s) const {
    for (std::uint32_t j = noun; j > s.first + 2 && noun - j < 8; --j) {
      if (const int m = mention_at(j - 1); m >= 0 && (ctx_.mentions[m].type == EntityType::Person ||
                                                      ctx_.mentions[m].type == EntityType::Organization))
        return -1;
      const std::string article = fold_case(tok(j - 1));
      if (article != "a" && article != "an" && article != "the") continue;
      if (tok(j - 2) != ",") return -1;
      std::uint32_t end = j - 2;  // past a legal form the name leaves out ("X Co., a ...")
      while (end > s.first + 1 && mention_at(end - 1) < 0 && ctx_.lex.in("corporate_suffixes", tok(end - 1))) --end;
      const int body = mention_at(end - 1);
      return body >= 0 && ctx_.mentions[body].type == EntityType::Organization &&
                     ctx_.mentions[body].kind == MentionKind::Name
                 ? body
                 : -1;
    }
    return -1;
  }

  // Back from token i over the lower-case words that are no name and no
  // function word, at most three before the title starting at title_first:
  // "a former spy chief", "its UK policy director"; not over a verb the
  // tagger saw, nor a participle right after a comma ("X, hosted Hamas
  // negotiators": a clause, not an adjective of the title).
  std::uint32_t past_adjectives(std::uint32_t i, std::uint32_t title_first, const Sentence& s) const {
    const std::uint32_t sentence = ctx_.sentence_index(s);
    // "the South African-born chief executive", "the Lisbon-based director":
    // a place and where someone is from or sits.
    if (i >= s.first + 3 && ctx_.based_at(i - 2, s.last))
      if (const int m = mention_at(i - 3); m >= 0 && ctx_.mentions[m].type != EntityType::Person &&
                                           ctx_.mentions[m].type != EntityType::Organization)
        i = ctx_.mentions[m].first;
    while (i > s.first && title_first - i < 3 && mention_at(i - 1) < 0 && !ctx_.seg.tokens[i - 1].capitalized &&
           ctx_.seg.tokens[i - 1].kind == TokenKind::Word && !ctx_.lex.in("function_words", tok(i - 1))) {
      const std::string_view x = ctx_.xpos_at(sentence, i - 1);
      if (clause_verb_tag(x)) break;
      if (x == "VBN" && i >= s.first + 2 && tok(i - 2) == ",") break;
      --i;
    }
    return i;
  }

  // "X, R-Texas, chairman of Y", "X, 64, chairman of Y": an age or a
  // party-and-state tag set off by commas (or any aside in parentheses)
  // between a name and its title.
  // The comma before it, given the comma after it; else that comma.
  std::uint32_t past_aside(std::uint32_t comma, const Sentence& s) const {
    // "X (R-Miss.), the committee's chairman": an aside in parentheses; its "(" then.
    if (comma > s.first + 2 && tok(comma - 1) == ")")
      for (std::uint32_t k = comma - 1; k > s.first + 1 && comma - k < 8; --k)
        if (tok(k - 1) == "(") return k - 1;
    std::uint32_t j = comma;
    while (j > s.first && comma - j < 5 && tok(j - 1) != ",") --j;
    if (j <= s.first + 1 || j == comma || tok(j - 1) != ",") return comma;
    const bool age = comma - j == 1 && ctx_.seg.tokens[j].kind == TokenKind::Number;
    return age || ctx_.party_tag_before(comma, s.first) < comma ? j - 1 : comma;
  }

  const TitleSpan* title_ending_at(std::uint32_t sentence, std::uint32_t last) const {
    for (const auto& t : ctx_.titles)
      if (t.sentence == sentence && t.last == last) return &t;
    return nullptr;
  }

  // The body a title names after it: "a researcher at the Stimson Center",
  // "a senior official of the ruling Workers' Party" (not "envoy for" or
  // "ambassador to", which name what the post deals with).
  // Whether a body's name is followed by a lower-case noun that names a part
  // of it: "the head of the IMF mission" leads the mission, and works for
  // the IMF.
  bool part_of_body(int m) const {
    const std::uint32_t k = ctx_.mentions[m].last;
    const Sentence& s = ctx_.seg.sentences[ctx_.mentions[m].sentence];
    // (Not the noun the name is the body's by, past a word that says which
    // kind: "the leader of the Ennahda party", "the chairman of the
    // Histadrut labor federation".)
    const auto kind_noun = [&](std::uint32_t j) {
      return j < s.last && !ctx_.seg.tokens[j].capitalized && ctx_.lex.in("body_nouns", fold_case(tok(j)));
    };
    return k < s.last && ctx_.seg.tokens[k].kind == TokenKind::Word && !ctx_.seg.tokens[k].capitalized &&
           !ctx_.lex.in("function_words", fold_case(tok(k))) && !ctx_.possessive(k) && !kind_noun(k) &&
           !kind_noun(k + 1);
  }

  int body_after(const TitleSpan& t) const {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    std::uint32_t i = t.last;
    if (i >= s.last) return -1;
    // "national officer for civil aviation at the Unite union": past what
    // the post deals with, in lower case, to where it is held.
    if (tok(i) == "for") {
      std::uint32_t k = i + 1;
      while (k < s.last && k - i <= 4 && ctx_.seg.tokens[k].kind == TokenKind::Word && !ctx_.seg.tokens[k].capitalized &&
             tok(k) != "at" && tok(k) != "of")
        ++k;
      if (k > i + 1 && k < s.last && (tok(k) == "at" || tok(k) == "of")) i = k;
    }
    // "a professor of history and Jewish studies at X": past the fields
    // after "of", which no mention holds, to "at".
    if (tok(i) == "of") {
      std::uint32_t k = i + 1;
      while (k < s.last && k - i <= 6 && ctx_.seg.tokens[k].kind == TokenKind::Word && tok(k) != "at" &&
             (mention_at(k) < 0 || ctx_.mentions[mention_at(k)].kind == MentionKind::Demonym))
        ++k;
      if (k > i + 2 && k < s.last && tok(k) == "at") i = k;
    }
    const std::string w = fold_case(tok(i));
    // "the top Democrat on the Judiciary Committee": a seat on a body (not
    // "envoy on Myanmar"); "chief of staff in the Prime Minister's Office":
    // a post in one (not "an official in Iran"); "a lawmaker from the ruling
    // party" (not "a senator from Ohio").
    const bool on = w == "on" || w == "in" || w == "from";
    // "a senior adviser to the agency" (not "ambassador to").
    const bool to = w == "to" && ctx_.lex.in("serving_titles", fold_case(last_word(t.role)));
    if (w != "at" && w != "of" && w != "with" && !on && !to) return -1;
    // "Turkey's chief negotiator with the EU": a post its state holds deals
    // with the body after "with" (not "an inspector with the FAA").
    if (w == "with" && t.anchor >= 0) return -1;
    // The head of the phrase is its last name: "at the London brokerage Harwell Partners".
    int found = -1;
    for (std::uint32_t j = i + 1; j < s.last && j - i <= 7; ++j) {
      const std::string_view x = tok(j);
      // A relative clause starts after the body ("of X's ministry whom the EU accuses").
      if (x == "," || x == "and" || x == "who" || x == "whom" || x == "whose" || x == "which" || x == "that" ||
          x == ";")
        break;
      // "head of the IMF mission to Pakistan": where the post's work goes
      // is no part of the body's name; nor where a field is ("director of
      // public policy in Australia" serves no body named there).
      if ((found >= 0 || j > i + 1) && (x == "to" || x == "in" || x == "for" || x == "on" || x == "from")) break;
      // Nor the body that owns a body the post heads ("chairman of the
      // foreign affairs committee of the Portuguese parliament": the committee's).
      if (x == "of" && found >= 0 && ctx_.mentions[found].type == EntityType::Organization) break;
      const int m = mention_at(j);
      if (m < 0) continue;
      // (Not a place's name that says where a part of the body named before
      // it is: "the head of X's Lisbon office".)
      const Mention& mm = ctx_.mentions[m];
      const bool part_place = found >= 0 && mm.type != EntityType::Organization && mm.last < s.last &&
                              ctx_.seg.tokens[mm.last].kind == TokenKind::Word && !ctx_.seg.tokens[mm.last].capitalized &&
                              !ctx_.lex.in("function_words", fold_case(tok(mm.last)));
      // ("the leader of Portugal's opposition": no post of the state.)
      if (mm.last + 1 < s.last && ctx_.possessive(mm.last) &&
          ctx_.lex.in("opposition_words", fold_case(tok(mm.last + 1))))
        return -1;
      if (is_body(mm) && mm.kind != MentionKind::Demonym && !part_place &&
          (!on || mm.type == EntityType::Organization))
        found = m;
      j = mm.last - 1;
    }
    return found;
  }

  // Whether a possessive at k opens lower-case words that name no body but
  // the government ("Iran's morality police", not "Iran's government" nor
  // "Sudan's ruling Transitional Military Council", nor "Hudson's board":
  // the board governs the body), or a part of the body in a place ("X's
  // Lisbon office").
  bool unnamed_body_after(std::uint32_t k, const Sentence& s) const {
    if (k + 1 >= s.last || !ctx_.possessive(k) || ctx_.lex.in("government_words", tok(k + 1)) ||
        ctx_.lex.in("governing_boards", tok(k + 1)))
      return false;
    std::uint32_t j = k + 1;
    // ("X's Lisbon office": a place's name first says where the part is.)
    std::uint32_t words = j;
    if (const int m = mention_at(j); m >= 0 && ctx_.mentions[m].first == j &&
                                     (ctx_.mentions[m].type == EntityType::Location ||
                                      ctx_.mentions[m].kind == MentionKind::Capital))
      j = words = ctx_.mentions[m].last;
    // (A capitalised adjective names no body either: "X's European business".)
    for (; j < s.last && j - k <= 4 && ctx_.seg.tokens[j].kind == TokenKind::Word; ++j)
      if ((ctx_.seg.tokens[j].capitalized && ctx_.xpos_at(ctx_.sentence_index(s), j) != "JJ") || mention_at(j) >= 0)
        return false;
    return j > words;
  }

  // Whether the post is held in a place or over a region of the body, so
  // leads no whole body: "in" right after the title ("Lithuania's charge
  // d'affaires in Moscow", "its chief in the coastal town of X"), or a
  // region after "of" or "for" (regional_post).
  bool post_in_place(const TitleSpan& t, const Sentence& s) const {
    return (t.last < s.last && tok(t.last) == "in") || regional_post(t, s);
  }

  // Whether a place follows the title after "of" or "in" ("party chief of
  // Xinjiang"): the post is the body's in that region.
  bool regional_post(const TitleSpan& t, const Sentence& s) const {
    std::uint32_t k = t.last;
    if (k + 1 >= s.last || (tok(k) != "of" && tok(k) != "in" && tok(k) != "for")) return false;
    const bool of = tok(k) == "of";
    if (fold_case(tok(k + 1)) == "the") ++k;
    const int m = k + 1 < s.last ? mention_at(k + 1) : -1;
    if (m < 0) return false;
    // "the secretary general of the Suva-based X": where the body sits, no region.
    if (ctx_.based_at(ctx_.mentions[m].last, s.last)) return false;
    // "the chief executive of the Chicago promoter X": the place describes the body.
    std::uint32_t j = ctx_.mentions[m].last;
    while (j < s.last && j < ctx_.mentions[m].last + 3 && ctx_.seg.tokens[j].kind == TokenKind::Word &&
           !ctx_.seg.tokens[j].capitalized && !ctx_.lex.in("function_words", tok(j)))
      ++j;
    if (j > ctx_.mentions[m].last && j < s.last && mention_at(j) >= 0 &&
        ctx_.mentions[mention_at(j)].type == EntityType::Organization)
      return false;
    // "the head of Iran's morality police": a body of the state, unnamed.
    const EntityType scope = ctx_.mentions[m].type;
    const bool company = t.anchor >= 0 && ctx_.mentions[t.anchor].type == EntityType::Organization;
    return (of ? scope == EntityType::Location : regional_scope(scope, company)) ||
           unnamed_body_after(ctx_.mentions[m].last, s);
  }

  // The person whose asides run up to the comma at `comma` ("X, A, known as
  // B,"): the name before the first comma of the run, with no other person
  // in the asides; else -1.
  int person_before_asides(std::uint32_t comma, const Sentence& s) const {
    for (std::uint32_t j = comma; j > s.first + 1 && comma - j < 24; --j) {
      const int m = mention_at(j - 1);
      if (m >= 0 && ctx_.mentions[m].type == EntityType::Person) {
        return tok(j) == "," && ctx_.mentions[m].last == j && j < comma ? m : -1;
      }
      if (tok(j - 1) == ";" || tok(j - 1) == ":") return -1;
    }
    return -1;
  }

  // "X, the Portuguese president's chief of staff", "X, an adviser to
  // Azerbaijan's president": a post possessed by, or held "to", a state's
  // leader title serves that state. Whether t is one (and the tie was added).
  bool staff_of_leader(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    const auto state_leader = [&](const TitleSpan* owner) {
      return owner != nullptr && owner->anchor >= 0 && owner->entry.relation == RelationType::LeaderOf &&
             ctx_.mentions[static_cast<std::size_t>(owner->anchor)].type == EntityType::Country;
    };
    // The person the phrase opening at `start` is apposed to ("X, the ...").
    const auto apposed_to = [&](std::uint32_t start) {
      if (const std::string a = start > s.first ? fold_case(tok(start - 1)) : ""; a == "the" || a == "a" || a == "an")
        --start;
      if (start < s.first + 2 || tok(start - 1) != ",") return -1;
      const int person = mention_at(start - 2);
      return person >= 0 && ctx_.mentions[person].type == EntityType::Person && ctx_.mentions[person].last == start - 1
                 ? person
                 : -1;
    };
    const TitleSpan* owner = nullptr;
    int person = -1;
    if (t.first >= 2 && ctx_.possessive(t.first - 1)) {
      owner = title_ending_at(t.sentence, t.first - 1);
      if (state_leader(owner)) person = apposed_to(ctx_.title_start(*owner));
    } else if (t.last + 1 < s.last && fold_case(tok(t.last)) == "to") {
      std::uint32_t k = t.last + 1;
      if (fold_case(tok(k)) == "the") ++k;
      for (const TitleSpan& o : ctx_.titles)
        if (o.sentence == t.sentence && ctx_.title_start(o) == k) owner = &o;
      if (state_leader(owner)) person = apposed_to(past_adjectives(t.first, t.first, s));
    }
    if (person < 0) return false;
    add(person, owner->anchor, &t, RelationType::WorksFor, t.sentence, "title.apposition.leader_staff");
    return true;
  }

  // "PERSON, a/the [ANCHOR('s)] [adjectives] TITLE [at BODY]"
  void after_name(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    std::uint32_t i = ctx_.title_start(t);
    const int anchor = t.anchor;
    // Adjectives between the article and the title: "a former spy chief", "a
    // metals analyst"; before its anchor: "then Harbour Air's chief executive".
    i = past_adjectives(i, i, s);
    // A region before the title makes a regional post, which works for the
    // body: "X, the Asia Pacific head of Y".
    bool regional = false;
    if (const int m = i > s.first ? mention_at(i - 1) : -1;
        anchor < 0 && m >= 0 && ctx_.mentions[m].type == EntityType::Location && ctx_.mentions[m].last == i) {
      i = past_adjectives(ctx_.mentions[m].first, ctx_.mentions[m].first, s);
      regional = true;
    }
    // Coordinated titles: "X, executive vice president and chief commercial officer of Y".
    bool described = false;  // a description, not a title, before "and"
    while (anchor < 0 && i > s.first + 1 && tok(i - 1) == "and") {
      const TitleSpan* before = title_ending_at(t.sentence, i - 1);
      // ("X, the publisher and chief executive of Y": one lower-case role
      // word no list knows, right after the article; "X, a Missouri
      // Democrat and chairman of Y": up to three words of a description.)
      if (!before && i >= s.first + 3 && ctx_.seg.tokens[i - 2].kind == TokenKind::Word &&
          !ctx_.lex.in("function_words", fold_case(tok(i - 2)))) {
        for (std::uint32_t k = i - 2; k > s.first && i - 2 - k < 3; --k) {
          const Token& w = ctx_.seg.tokens[k];
          if (w.kind != TokenKind::Word || ctx_.lex.in("function_words", fold_case(tok(k)))) break;
          if (const int m = mention_at(k); m >= 0 && ctx_.mentions[m].type == EntityType::Person) break;
          if (!w.capitalized || k < i - 2) {
            const std::string det = fold_case(tok(k - 1));
            if (det == "the" || det == "a" || det == "an") {
              described = k < i - 2 || ctx_.seg.tokens[i - 2].capitalized;
              i = k;
              break;
            }
          }
        }
        break;
      }
      if (!before || before->person >= 0 || before->anchor >= 0) break;
      i = past_adjectives(before->first, before->first, s);
    }
    // "X, a former chairman of Y": a title no longer held ties nobody (SCHEMA.md, call 8).
    // "X, deputy head of Y": a deputy works for the body the title heads.
    RelationType relation = regional ? RelationType::WorksFor : t.entry.relation;
    for (std::uint32_t k = i; k < t.first; ++k) {
      const std::string w = fold_case(tok(k));
      // ("the opposition Labour Party's spokeswoman": the word describes the
      // party the title is anchored on, not the person's post.)
      const bool describes_anchor = anchor >= 0 && ctx_.mentions[anchor].first == k + 1;
      if (ctx_.lex.in("former_words", w) || (ctx_.lex.in("opposition_words", w) && !describes_anchor)) return;
      // ("the first Australian prime minister to visit X": an ordinal before a
      // state counts holders, words/ordinal_words.txt.)
      const bool ordinal = ctx_.lex.in("ordinal_words", w) && k + 1 < t.first && ctx_.mention_at[k + 1] >= 0;
      if (ctx_.lex.in("deputy_words", w) && !ordinal) relation = RelationType::WorksFor;
      // "X, the foreign affairs chief of Y": a field's noun before the title
      // makes it a post in a part of the body (as the tree's title rules
      // read "Pakistan's army chief"); not what the holder is ("the
      // billionaire leader").
      const std::string_view x = ctx_.xpos_at(t.sentence, k);
      // (Nor a title of its own, "president and chief executive", nor a
      // word for how the post is held, "the acting director".)
      // (Nor the anchor's own head word: "the Labour party leader".)
      if ((x == "NN" || x == "NNS") && !ctx_.seg.tokens[k].capitalized && mention_at(k) < 0 &&
          !(anchor >= 0 && anchor_head_after(ctx_, ctx_.mentions[anchor], k)) &&
          !ctx_.lex.in("person_epithets", w) && !ctx_.lex.in("leader_modifiers", w) &&
          !ctx_.lex.in("title_modifiers", w) && ctx_.lex.title(w) == nullptr &&
          ctx_.lex.title(w + " " + fold_case(tok(t.first))) == nullptr)
        relation = RelationType::WorksFor;
    }
    if (i <= s.first + 1) return;
    if (held_until(ctx_, t.last, s.last)) return;
    // "A, Russia's ambassador to Ukraine, B, ...": a title whose phrase a
    // comma and a person's name close introduces that name (before_name).
    {
      std::uint32_t k = t.last;
      while (k < s.last && k - t.last < 6 && tok(k) != ",") ++k;
      if (k + 1 < s.last && tok(k) == ",") {
        // (past a rank or honorific of the name's own: "his French counterpart, General B")
        std::uint32_t at = k + 1;
        if (at + 1 < s.last && mention_at(at) < 0 && ctx_.seg.tokens[at].capitalized &&
            (ctx_.lex.title(fold_case(tok(at))) || ctx_.lex.in("honorifics", tok(at))))
          ++at;
        const int next = mention_at(at);
        if (next >= 0 && ctx_.mentions[next].type == EntityType::Person && ctx_.mentions[next].first == at &&
            ctx_.mentions[next].kind == MentionKind::Name)
          return;
      }
    }
    // "... to its Entity List, a Commerce Department spokesperson said.": the
    // speaker of the sentence, no aside to the words before the comma.
    if (t.last < s.last && ctx_.lex.in("speech_verbs", fold_case(tok(t.last)))) return;
    const std::string det = fold_case(tok(i - 1));
    // "X, its UK policy director": the title is the body's that "its" stands
    // for; a state before the title only says where the post is.
    if (ctx_.lex.in("possessive_determiners", det)) {
      const int owner = owner_organization(t.sentence, i - 1);
      if (owner < 0 || i < s.first + 3 || tok(i - 2) != ",") return;
      int person = mention_at(i - 3);
      // (Past where the person is from: "Rep. X of Minnesota, its ranking Democrat".)
      if (person >= 0 && (ctx_.mentions[person].type == EntityType::Location ||
                          ctx_.mentions[person].type == EntityType::Country)) {
        const std::uint32_t from = ctx_.mentions[person].first;
        person = from >= s.first + 2 && fold_case(tok(from - 1)) == "of" ? mention_at(from - 2) : -1;
        if (person >= 0 && ctx_.mentions[person].last != from - 1) person = -1;
      } else if (person >= 0 && ctx_.mentions[person].last != i - 2) {
        person = -1;
      }
      if (person >= 0 && ctx_.mentions[person].type == EntityType::Person)
        add(person, owner, &t, post_in_place(t, s) ? RelationType::WorksFor : relation, t.sentence,
            "title.apposition.its");
      return;
    }
    const bool anchor_has_article = anchor >= 0 && ctx_.mentions[anchor].first == i &&
                                    fold_case(tok(i)) == "the";
    // "X, a Fed governor", "X, a director of Y", "another commander of Y": one
    // of several holds no lead.
    // (Not an article of a description before "and": "a Missouri Democrat and chairman of Y" chairs Y.)
    // ("another" opens the adjectives, no article before it.)
    if ((det == "a" || det == "an" || fold_case(tok(i)) == "another") && relation == RelationType::LeaderOf && !described)
      relation = RelationType::WorksFor;
    // "Viktor Vekselberg, chairman of the Renova Group": no article needed.
    if ((det == "a" || det == "an" || det == "the" || det == "its" || det == "his" || det == "her") &&
        !anchor_has_article)
      --i;
    // "X, commander of the armed forces, known as the Tatmadaw, and chairman
    // of Y": the last of a person's asides, after ", and".
    if (i >= s.first + 3 && tok(i - 1) == "and" && tok(i - 2) == ",") {
      const int person = person_before_asides(i - 2, s);
      const int body = body_after(t);
      if (person >= 0 && body >= 0) add(person, body, &t, relation, t.sentence, "title.apposition");
      return;
    }
    if (i < s.first + 2 || tok(i - 1) != ",") return;
    const std::uint32_t comma = past_aside(i - 1, s);
    std::uint32_t name_end = comma;
    int person = comma > s.first ? mention_at(comma - 1) : -1;
    // "Sen. X of South Carolina, the panel's top Republican": past the place the person is from.
    if (person >= 0 &&
        (ctx_.mentions[person].type == EntityType::Location || ctx_.mentions[person].type == EntityType::Country) &&
        ctx_.mentions[person].first > s.first + 1 &&
        tok(ctx_.mentions[person].first - 1) == "of") {
      name_end = ctx_.mentions[person].first - 1;
      person = mention_at(name_end - 1);
    }
    if (person < 0 || ctx_.mentions[person].type != EntityType::Person || ctx_.mentions[person].last != name_end)
      return;
    // "A and B, the GRU officers": a plural title is each listed person's.
    std::vector<int> people{person};
    if (plural_title(t.role))
      for (int p = person; people.size() < 6;) {
        const std::uint32_t first = ctx_.mentions[p].first;
        if (first < s.first + 2 || (tok(first - 1) != "and" && tok(first - 1) != ",")) break;
        std::uint32_t end = first - 1;
        if (tok(end) == "and" && end > s.first + 1 && tok(end - 1) == ",") --end;
        p = mention_at(end - 1);
        if (p < 0 || ctx_.mentions[p].type != EntityType::Person || ctx_.mentions[p].last != end) break;
        people.push_back(p);
      }
    const int body = body_after(t);
    // "A and B, the finance ministers of France and Germany (respectively)":
    // as many states listed after the title as people before it, each in the
    // same place.
    if (body >= 0 && people.size() >= 2 && ctx_.mentions[static_cast<std::size_t>(body)].type == EntityType::Country) {
      std::vector<int> states{body};
      for (int m = listed_state(ctx_, ctx_.mentions[static_cast<std::size_t>(body)], false); m >= 0;
           m = listed_state(ctx_, ctx_.mentions[static_cast<std::size_t>(m)], false))
        states.push_back(m);
      if (states.size() == people.size()) {
        for (std::size_t k = 0; k < people.size(); ++k)
          add(people[people.size() - 1 - k], states[k], &t, relation, t.sentence, "title.apposition");
        return;
      }
    }
    for (const int who : people) {
      if (body >= 0)  // "the head of Iran's morality police": works for the state, in a body it does not name
        add(who, body, &t, regional_post(t, s) || part_of_body(body) ? RelationType::WorksFor : relation, t.sentence,
            "title.apposition");
      else if (anchor >= 0)  // "the Communist Party chief of Xinjiang": a region's post works for the body
        // ("X, the EU's external relations commissioner": a portfolio's post
        // is no lead of the body, and "X, the Treasury Secretary," heads the
        // department, as before a name: anchored_relation; "X, a Fed
        // governor," stays one of several.)
        add(who, anchor, &t,
            regional_post(t, s) ? RelationType::WorksFor
            : relation == t.entry.relation ? anchored_relation(ctx_, t, ctx_.mentions[anchor])
                                          : relation,
            t.sentence, "title.apposition");
      else if (const int d = department_named(t); d >= 0)  // "X, a deputy assistant secretary of state"
        add_entity(who, d, t, relation, "title.apposition.department");
      else if (const int c = det == "the" ? story_company(t, who) : -1; c >= 0)
        add(who, c, &t, relation, t.sentence, "title.apposition.company");
      else if (const int house = det == "the" ? legislature_of_title(ctx_, t) : -1; house >= 0)  // "X, the speaker,"
        add_body(who, house, t, relation, "title.apposition.legislature");
    }
  }

  // "Velta Bank admitted ... Jesper Holm, the interim chief executive, said":
  // an executive's post (executive_titles.txt) with no body of its own is
  // at the company the document names clearly most before the person (no
  // committee, public or state body): a mention of it, or -1.
  int story_company(const TitleSpan& t, int person) const {
    if (!ctx_.lex.in("executive_titles", fold_case(t.role))) return -1;
    // (The title closes its phrase, and names no body: not "the chief
    // executive of Y" with Y read as no name.)
    if (t.last < ctx_.seg.sentences[t.sentence].last && ctx_.seg.tokens[t.last].kind != TokenKind::Punct) return -1;
    for (std::uint32_t k = t.first; k < t.last; ++k)
      if (ctx_.seg.tokens[k].capitalized || fold_case(tok(k)) == "of") return -1;
    return clearly_most_named_before(ctx_, ctx_.mentions[static_cast<std::size_t>(person)].first, [&](int e) {
      const ContextEntity& x = ctx_.entities[static_cast<std::size_t>(e)];
      return body_of_its_own(ctx_, e) && x.country.empty() &&
             !ctx_.lex.in("non_company_heads", fold_case(ctx_.lex.body_head(x.name)));
    });
  }

  // The department a title names ("secretary of state": State Department),
  // when the document names it: a mention of it, or -1.
  int department_named(const TitleSpan& t) const {
    if (t.entry.department.empty()) return -1;
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const Mention& mm = ctx_.mentions[m];
      if (mm.entity >= 0 && ctx_.entities[mm.entity].name == t.entry.department) return static_cast<int>(m);
    }
    return -1;
  }

  // A role towards a body named elsewhere in the document: the person's
  // span and the title's.
  void add_entity(int person, int body, const TitleSpan& t, RelationType rel, const char* rule) {
    add_body(person, ctx_.mentions[body].entity, t, rel, rule);
  }
  // The same with the body's entity.
  void add_body(int person, int e, const TitleSpan& t, RelationType rel, const char* rule) {
    const Mention& p = ctx_.mentions[person];
    if (p.entity < 0 || e < 0 || p.entity == e) return;
    ctx_.roles.push_back({p.entity, e, rel, t.role, t.sentence, ctx_.span_of(p),
                          {ctx_.seg.tokens[t.first].begin, ctx_.seg.tokens[t.last - 1].end}, rule});
  }

  // "..., its foreign policy chief Josep Borrell said": as "its foreign
  // minister, X" (before_name), with no comma before the name.
  void possessed_title(const TitleSpan& t) {
    if (t.anchor >= 0 || t.list_anchor >= 0) return;
    if (const int owner = possessor(t); owner >= 0)
      add(t.person, owner, &t, t.entry.relation, t.sentence, "title.possessive");
  }

  // "Russia's envoy, Mikhail Ulyanov" / "Iran's chief negotiator, Deputy
  // Foreign Minister Abbas Araghchi"
  void before_name(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    if (their_respectively(t) || from_respectively(t) || among_them_were(t) || listed_after_colon(t)) return;
    if (ctx_.served_as(ctx_.title_start(t), s.first)) return;
    // "Quarvex's former chief executive, X": a post no longer held ties
    // nobody (SCHEMA.md, call 8).
    // "Moldova's opposition leader, X": a post against the state (words/opposition_words.txt).
    if (t.first > s.first && (ctx_.lex.in("former_words", fold_case(tok(t.first - 1))) ||
                              ctx_.lex.in("opposition_words", fold_case(tok(t.first - 1)))))
      return;
    std::uint32_t i = t.last;
    // What the post deals with: "the U.S. ambassador-at-large for
    // international religious freedom, Sam Brownback"; or whom it serves:
    // "a spokesperson for the Kenyan foreign ministry, X" (an organisation
    // named there).
    int served = -1;
    // ("Russia's ambassador to Ukraine, X", "Lithuania's charge d'affaires in
    // Moscow, X": the post's place; a post in a place leads no whole body:
    // "the alliance's supreme commander in Europe, X"; "whose general manager
    // for Latin America, X".)
    const bool regional = post_in_place(t, s);
    if (i < s.last && (tok(i) == "for" || tok(i) == "on" || tok(i) == "to" || regional)) {
      std::uint32_t k = i + 1;
      while (k < s.last && k - i <= 6 && ctx_.seg.tokens[k].kind == TokenKind::Word) ++k;
      if (k < s.last && tok(k) == ",") {
        if (tok(i) == "for")
          for (std::uint32_t j = i + 1; j < k && served < 0; ++j)
            if (const int m = mention_at(j); m >= 0 && ctx_.mentions[m].type == EntityType::Organization &&
                                            ctx_.mentions[m].last == k)
              served = m;
        i = k;
      }
    }
    // "Slovakia's prime minister since 2019, X": past how long the post has been held.
    if (i + 2 < s.last && (tok(i) == "since" || tok(i) == "until")) {
      std::uint32_t k = i + 1;
      while (k < s.last && k - i <= 4 && tok(k) != "," && mention_at(k) < 0) ++k;
      if (k < s.last && tok(k) == ",") i = k;
    }
    // "Y's envoy, X"; "four of the court's judges: A of Uganda, B of Peru";
    // "their foreign ministers — A's X and B's Y — joined".
    if (i >= s.last || (tok(i) != "," && tok(i) != ":" && !is_dash(tok(i)))) return;
    ++i;
    // "Hungary ..., but its foreign minister, Peter Szijjarto": the state
    // "its" stands for.
    const int anchor = t.anchor >= 0 ? t.anchor : served >= 0 ? served : possessor(t);
    // ("a delegation of Ecowas foreign ministers, among them Ghana's A and
    // Nigeria's B": each serves the state before them, not the bloc.)
    if (anchor < 0) {
      // "The attorney general, X, ...": a title of no state whose department
      // the document names (titles.tsv) ties the name after its comma to it.
      const int person = mention_at(i);
      if (const int d = department_named(t); d >= 0 && person >= 0 && ctx_.mentions[person].first == i &&
                                             ctx_.mentions[person].type == EntityType::Person &&
                                             ctx_.mentions[person].kind == MentionKind::Name)
        add_entity(person, d, t, department_relation(ctx_, t), "title.apposition.department");
      each_state_s_person(t, i);
      return;
    }
    if (ctx_.mentions[static_cast<std::size_t>(anchor)].type == EntityType::Organization && each_state_s_person(t, i))
      return;
    // Written right before the title ("Pakistan's army chief, X"), the anchor
    // ties as a title before a name does; one found further off, as the title says.
    RelationType relation = anchor == t.anchor ? anchored_relation(ctx_, t, ctx_.mentions[anchor]) : t.entry.relation;
    if (regional) relation = RelationType::WorksFor;
    // "Its chairman, Nigerian President Bola Tinubu": the name a title after
    // the comma introduces (past "former": "Ukraine's envoy, former president X").
    std::uint32_t opens = i;
    while (opens < s.last && ctx_.lex.in("former_words", fold_case(tok(opens)))) ++opens;
    // (Past a title that introduces no one before the one that does:
    // "its chairman, Deputy Chief Justice X", "deputy" a title of its own.)
    for (bool more = true; more;) {
      more = false;
      for (const auto& other : ctx_.titles)
        if (other.sentence == t.sentence && other.person < 0 && ctx_.title_start(other) == opens &&
            other.last > opens && other.last < s.last && ctx_.mention_at[other.last] < 0) {
          opens = other.last;
          more = true;
        }
    }
    // (Not one person with a title of their own after a plural title: "As
    // A met Israeli leaders, Hezbollah leader B said": a clause's subject.)
    for (const auto& other : ctx_.titles)
      if (other.sentence == t.sentence && other.person >= 0 && ctx_.title_start(other) == opens) {
        if (!plural_title(t.role)) add(other.person, anchor, &t, relation, t.sentence, "title.apposition");
        return;
      }
    // (Past a rank the lists do not know, or two: "Mali's interim President,
    // Col. X", "A senior Pentagon official, Lt. Gen. X".)
    for (std::uint32_t k = i; k < i + 2 && k + 1 < s.last && ctx_.seg.tokens[k].abbreviation &&
                              ctx_.seg.tokens[k].capitalized && mention_at(k) < 0;
         ++k)
      if (const int m = mention_at(k + 1); m >= 0 && ctx_.mentions[m].type == EntityType::Person &&
                                           ctx_.mentions[m].first == k + 1) {
        i = k + 1;
        break;
      }
    // One name or a list: "two Russian deputy defence ministers, Pavel Popov and Alexei Krivoruchko".
    const std::uint32_t list_start = i;
    const std::string_view title_tag = ctx_.xpos_at(t.sentence, t.last - 1);
    const bool singular = title_tag == "NN" || title_tag == "NNP";
    std::vector<int> people;
    while (i < s.last) {
      const int person = mention_at(i);
      if (person < 0 || ctx_.mentions[person].type != EntityType::Person || ctx_.mentions[person].first != i ||
          ctx_.mentions[person].kind != MentionKind::Name)
        break;
      people.push_back(person);
      // "his UK counterpart, David Frost": a title in apposition to one name
      // introduces it, for the word-window frames too (window_noun_phrases.cpp).
      const std::uint32_t after = ctx_.mentions[person].last;
      // After a title inside a fronted prepositional phrase, a name its verb
      // follows is the clause's subject, no apposition: "Under questioning
      // from Labor senators, X told the committee" (but "Spain's prime minister
      // since 2019, X faces a vote" is X's).
      if (i == list_start && after < s.last && finite_or_modal_tag(ctx_.xpos_at(t.sentence, after))) {
        std::uint32_t start = ctx_.title_start(t);
        if (t.anchor >= 0) start = std::min(start, ctx_.mentions[static_cast<std::size_t>(t.anchor)].first);
        if (start > s.first && ctx_.xpos_at(t.sentence, start - 1) == "IN") return;
      }
      if (i == list_start && (after >= s.last || (tok(after) != "and" && tok(after) != ",") ||
                              (tok(after) == "," && after + 1 < s.last && mention_at(after + 1) < 0)))
        if (const auto ti = static_cast<std::size_t>(&t - ctx_.titles.data()); ctx_.titles[ti].person < 0)
          ctx_.titles[ti].person = person;
      i = ctx_.mentions[person].last;
      // "A of Uganda, B of Peru": where each is from, past it.
      if (i + 1 < s.last && tok(i) == "of" && mention_at(i + 1) >= 0 &&
          ctx_.mentions[mention_at(i + 1)].type == EntityType::Country)
        i = ctx_.mentions[mention_at(i + 1)].last;
      // A singular title has one holder: "the commission's chief counsel,
      // A, B said" (B the clause's subject).
      if (singular && (i >= s.last || tok(i) == ",")) break;
      if (!next_item(i, s)) break;
    }
    // "her Canadian and Dutch counterparts, A and B", "Kyrgyzstan and
    // Tajikistan, whose presidents, A and B": as many states listed before
    // the title as names after it, each name the holder for the state in
    // the same place, as the title ties the last ("Canadian and Dutch prime
    // ministers": each leads a state).
    std::vector<int> states{anchor};
    const bool whose = t.first > s.first && fold_case(tok(past_adjectives(t.first, t.first, s) - 1)) == "whose";
    if ((anchor == t.anchor || whose) && ctx_.mentions[anchor].type == EntityType::Country)
      for (int m = listed_state(ctx_, ctx_.mentions[anchor], true); m >= 0;
           m = listed_state(ctx_, ctx_.mentions[static_cast<std::size_t>(m)], true))
        states.insert(states.begin(), m);
    const bool respectively = states.size() >= 2 && states.size() == people.size();
    for (std::size_t k = 0; k < people.size(); ++k) {
      const int state = respectively ? states[k] : anchor;
      add(people[k], state, &t, relation, t.sentence, "title.apposition");
    }
    // "Britain's home secretary, X": the department the title names too.
    if (const int d = department_named(t); d >= 0 && people.size() == 1 && anchor == t.anchor &&
                                           ctx_.mentions[anchor].type == EntityType::Country)
      add_entity(people[0], d, t, department_relation(ctx_, t), "title.apposition.department");
  }

  // "the leaders of the eight island nations that ...: Mr A, Fiji's B, the
  // Cook Islands' C and Niue's D": a plural title, its "of" phrase, then a
  // colon and a list whose items of the form "State's Person" each hold the
  // title for that state (other items are passed over). Whether there were any.
  bool listed_after_colon(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    if (!plural_title(t.role) || t.last >= s.last || tok(t.last) != "of") return false;
    std::uint32_t colon = t.last;
    while (colon < s.last && colon < t.last + 16 && tok(colon) != ":" && tok(colon) != ";") ++colon;
    if (colon >= s.last || tok(colon) != ":") return false;
    bool any = false;
    for (std::uint32_t i = colon + 1; i < s.last;) {
      const std::uint32_t start = fold_case(tok(i)) == "the" ? i + 1 : i;
      const auto pairs = states_people(ctx_, start, s.last);
      for (const auto& [person, state] : pairs) add(person, state, &t, t.entry.relation, t.sentence, "title.apposition");
      any = any || !pairs.empty();
      // On to the next item: past the next comma or "and".
      std::uint32_t next = pairs.empty() ? start : ctx_.mentions[static_cast<std::size_t>(pairs.back().first)].last;
      while (next < s.last && tok(next) != "," && tok(next) != "and") ++next;
      if (next < s.last && tok(next) == "," && next + 1 < s.last && tok(next + 1) == "and") ++next;
      i = next + 1;
    }
    return any;
  }

  // "Among the foreign ministers at the talks were Brazil's A and Mexico's
  // B": each holds the title for the state before them. Whether there were any.
  bool among_them_were(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    const std::uint32_t start = ctx_.title_start(t);
    if (start < s.first + 2 || fold_case(tok(start - 1)) != "the" || fold_case(tok(start - 2)) != "among") return false;
    for (std::uint32_t k = t.last; k + 1 < s.last && k < t.last + 12; ++k)
      if (const std::string w = fold_case(tok(k)); w == "were" || w == "are") return each_state_s_person(t, k + 1);
    return false;
  }

  // "Thailand, Laos and the Philippines were represented by their foreign
  // ministers - A, B and C": as many states before "their" as names after the
  // title, each name the title's holder for the state in the same place.
  bool their_respectively(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    if (t.first <= s.first || fold_case(tok(t.first - 1)) != "their" || t.last + 1 >= s.last) return false;
    const std::string_view sep = tok(t.last);
    if (sep != "," && sep != ":" && !is_dash(sep)) return false;
    std::vector<int> people, states;
    for (std::uint32_t i = t.last + 1; i < s.last;) {
      const int person = mention_at(i);
      if (person < 0 || ctx_.mentions[person].type != EntityType::Person || ctx_.mentions[person].first != i) break;
      people.push_back(person);
      i = ctx_.mentions[person].last;
      if (!next_item(i, s)) break;
    }
    for (const Mention& m : ctx_.mentions)
      if (m.sentence == t.sentence && m.last < t.first && m.type == EntityType::Country && m.kind == MentionKind::Name)
        states.push_back(static_cast<int>(&m - ctx_.mentions.data()));
    // The states are the list named last: "Cambodia's X was there, while
    // Thailand, Laos and the Philippines were represented by their ...".
    if (people.size() < 2 || people.size() > states.size()) return false;
    states.erase(states.begin(), states.end() - static_cast<std::ptrdiff_t>(people.size()));
    for (std::size_t k = 1; k < states.size(); ++k) {
      std::uint32_t i = ctx_.mentions[states[k - 1]].last;
      if (!next_item(i, s) || i != ctx_.mentions[states[k]].first) return false;
    }
    for (std::size_t k = 0; k < people.size(); ++k)
      add(people[k], states[k], &t, t.entry.relation, t.sentence, "title.respectively");
    return true;
  }

  // "his counterparts from the UAE, Bahrain and Egypt - A, B and C": as many
  // states after "from" as names after the dash (or comma, or colon), each
  // name the title's holder for the state in the same place; so for states
  // or bodies after "of" ("the chief executives of ANZ, NAB and Westpac - A,
  // B and C -").
  bool from_respectively(const TitleSpan& t) {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    std::uint32_t i = t.last;
    if (i + 1 >= s.last || (tok(i) != "from" && tok(i) != "of")) return false;
    const bool of = tok(i) == "of";
    ++i;
    std::vector<int> states, people;
    std::uint32_t after = i;
    while (i < s.last) {
      if (fold_case(tok(i)) == "the" && i + 1 < s.last) ++i;
      const int state = mention_at(i);
      if (state < 0 || ctx_.mentions[state].first != i ||
          (ctx_.mentions[state].type != EntityType::Country &&
           !(of && ctx_.mentions[state].type == EntityType::Organization)))
        break;
      states.push_back(state);
      i = after = ctx_.mentions[state].last;
      if (!next_item(i, s)) break;
    }
    if (states.size() < 2 || after + 1 >= s.last) return false;
    const std::string_view sep = tok(after);
    if (sep != "," && sep != ":" && !is_dash(sep)) return false;
    for (i = after + 1; i < s.last;) {
      const int person = mention_at(i);
      if (person < 0 || ctx_.mentions[person].type != EntityType::Person || ctx_.mentions[person].first != i) break;
      people.push_back(person);
      i = ctx_.mentions[person].last;
      if (!next_item(i, s)) break;
    }
    if (people.size() != states.size()) return false;
    for (std::size_t k = 0; k < people.size(); ++k)
      add(people[k], states[k], &t,
          ctx_.mentions[states[k]].type == EntityType::Country ? anchored_relation(ctx_, t, ctx_.mentions[states[k]])
                                                               : t.entry.relation,
          t.sentence, "title.respectively");
    return true;
  }

  // Past the ", ", " and " or ", and " after a list item at i: whether
  // another item may follow.
  bool next_item(std::uint32_t& i, const Sentence& s) const {
    if (i + 1 >= s.last || (tok(i) != "and" && tok(i) != ",")) return false;
    ++i;
    if (tok(i) == "and") ++i;
    return true;
  }

  // The body or state a possessive determiner before title t stands for
  // ("the agency and its head, X"; "its foreign minister"), past
  // adjectives; -1 when there is none.
  int possessor(const TitleSpan& t) const {
    const Sentence& s = ctx_.seg.sentences[t.sentence];
    const std::uint32_t i = past_adjectives(t.first, t.first, s);
    if (i == s.first) return -1;
    // "whose chairman and chief executive, A", "its chairman and chief
    // executive": two titles joined by "and" have one possessor.
    if (i >= s.first + 2 && tok(i - 1) == "and")
      for (const TitleSpan& before : ctx_.titles)
        if (before.sentence == t.sentence && before.last + 1 == i && before.first < t.first)
          return before.anchor >= 0 ? before.anchor : possessor(before);
    // "whose chief executive, A, and chair, B": the second title's body is
    // the first's.
    if (i >= s.first + 3 && tok(i - 1) == "and" && tok(i - 2) == ",") {
      const int person = mention_at(i - 3);
      if (person >= 0 && ctx_.mentions[person].type == EntityType::Person && ctx_.mentions[person].last == i - 2) {
        const std::uint32_t named = ctx_.mentions[person].first;
        for (const TitleSpan& before : ctx_.titles)
          if (before.sentence == t.sentence && before.last + 1 == named && tok(before.last) == "," &&
              before.first < t.first)
            return before.anchor >= 0 ? before.anchor : possessor(before);
      }
    }
    // "Boeing, whose chief executive X": the body the relative clause hangs
    // from; past the noun it describes the body with ("the RMT union whose
    // general secretary, X", "X, a little-known group whose leader, Y").
    if (fold_case(tok(i - 1)) == "whose") {
      std::uint32_t end = i - 1;  // the body's name ends right before `end`
      bool comma = false;
      for (std::uint32_t k = end; k > s.first && end - k < 9; --k) {
        const Token& w = ctx_.seg.tokens[k - 1];
        if (mention_at(k - 1) >= 0) {
          end = k;
          break;
        }
        if (tok(k - 1) == "," && !comma) {
          comma = true;
          continue;
        }
        // (past the acronym in brackets after the name: "the Canadian ...
        // Commission (CRTC), whose chairperson")
        if (ctx_.short_form_before(k, s.first)) {
          k -= 2;
          continue;
        }
        if ((w.kind == TokenKind::Punct && tok(k - 1) != "-") ||
            ctx_.lex.in("clause_conjunctions", fold_case(tok(k - 1))))
          return -1;
      }
      const int body = end > s.first && end < i ? mention_at(end - 1) : -1;
      return body >= 0 && is_body(ctx_.mentions[body]) && ctx_.mentions[body].last == end &&
                     ctx_.mentions[body].kind != MentionKind::Demonym
                 ? body
                 : -1;
    }
    if (!ctx_.lex.in("possessive_determiners", fold_case(tok(i - 1)))) return -1;
    // "the Central Bank of Venezuela and its director, X": the body just named.
    if (i >= s.first + 3 && tok(i - 2) == "and") {
      const int body = mention_at(i - 3);
      if (body >= 0 && is_body(ctx_.mentions[body]) && ctx_.mentions[body].last == i - 2 &&
          ctx_.mentions[body].kind != MentionKind::Demonym)
        return body;
    }
    // "blacklisted the police, known by ..., along with its director, X":
    // the body it is listed with, the latest named before.
    if (i >= s.first + 3 && fold_case(tok(i - 2)) == "with" &&
        (fold_case(tok(i - 3)) == "along" || fold_case(tok(i - 3)) == "together")) {
      int listed = -1, before = -1;
      for (const Mention& mm : ctx_.mentions) {
        if (mm.first >= i - 3) break;
        if (mm.sentence == t.sentence && mm.type == EntityType::Organization && mm.entity >= 0) {
          before = listed;
          listed = static_cast<int>(&mm - ctx_.mentions.data());
        }
      }
      if (listed >= 0) return past_relative_clause(before, listed, i - 3);
    }
    // "Rosneft, led by its chief executive, X": a company a few lower-case
    // words before, in the same clause.
    for (std::uint32_t k = i - 1; k > s.first && i - 1 - k < 5; --k) {
      if (const int body = mention_at(k - 1); body >= 0) {
        const Mention& b = ctx_.mentions[body];
        if (b.type == EntityType::Organization && b.kind == MentionKind::Name && b.last == k) return body;
        break;
      }
      const std::string w = fold_case(tok(k - 1));
      if (ctx_.seg.tokens[k - 1].capitalized || w == "and" || w == "but" || w == "or" ||
          ctx_.lex.in("clause_conjunctions", w))
        break;
    }
    // "ECOWAS has imposed sanctions on Niger. Its chairman, X, ...": the body
    // the sentence before is about, the first it names; for a company's or a
    // body head's title, the first organisation ("... after GTSOU, Ukraine's
    // gas operator, stopped ... Its chief executive, X": not Ukraine).
    if (i - 1 == s.first && t.sentence > 0) {
      const bool company = (ctx_.lex.in("company_titles", t.role) || ctx_.lex.in("body_head_titles", t.role)) &&
                           !ctx_.lex.in("state_leader_titles", t.role);
      // (A company's title is no state body's: "The Treasury Department
      // sanctioned Arktika Shipping. Its chief executive, X": the company's.)
      const auto state_body = [&](const Mention& mm) {
        const ContextEntity& e = ctx_.entities[static_cast<std::size_t>(mm.entity)];
        return !e.country.empty() || ctx_.lex.in("state_body_heads", fold_case(last_word(e.name)));
      };
      const bool company_only = company && ctx_.lex.in("company_titles", t.role);
      // The organisation the sentence before has for a subject, where it was parsed.
      if (company && t.sentence - 1 < ctx_.syntax.size())
        if (const int subject = parsed_subject(t.sentence - 1);
            subject >= 0 && !(company_only && state_body(ctx_.mentions[static_cast<std::size_t>(subject)])))
          return subject;
      int first = -1;
      for (const Mention& mm : ctx_.mentions) {
        if (mm.sentence + 1 < t.sentence) continue;
        if (mm.sentence == t.sentence) break;
        if (!is_body(mm) || mm.kind == MentionKind::Demonym || mm.entity < 0) continue;
        if (first < 0) first = static_cast<int>(&mm - ctx_.mentions.data());
        if (!company || (mm.type == EntityType::Organization && !(company_only && state_body(mm))))
          return static_cast<int>(&mm - ctx_.mentions.data());
      }
      if (first >= 0) return first;
    }
    // "Washington waived sanctions on X, the company ..., and on its chief
    // executive, Y": a company's title is an organisation's, the latest named
    // in the sentence that is no state's body, before the state acting in it.
    if (ctx_.lex.in("company_titles", t.role) && !ctx_.lex.in("state_leader_titles", t.role))
      if (const int org = owner_organization(t.sentence, i - 1); org >= 0 && ctx_.mentions[org].sentence == t.sentence)
        return org;
    return owner_body(t.sentence, i - 1);
  }

  // "the two countries' foreign ministers, Russia's A and Turkey's B": each
  // person is the title's holder for the state named before them (also
  // past "among them", "including": "foreign ministers, among them Ghana's
  // A and Nigeria's B").
  // Whether there were any.
  bool each_state_s_person(const TitleSpan& t, std::uint32_t i) {
    const std::uint32_t end = ctx_.seg.sentences[t.sentence].last;
    if (i + 1 < end && fold_case(tok(i)) == "among" && fold_case(tok(i + 1)) == "them") i += 2;
    else if (i < end && fold_case(tok(i)) == "including") ++i;
    const auto pairs = states_people(ctx_, i, end);
    for (const auto& [person, state] : pairs) add(person, state, &t, t.entry.relation, t.sentence, "title.apposition");
    return !pairs.empty();
  }

  // "PERSON of BODY": the role of the title that introduced the name (or the
  // list it stands in), else works_for.
  void of_phrases() {
    for (std::size_t m = 0; m < ctx_.mentions.size(); ++m) {
      const Mention& p = ctx_.mentions[m];
      if (p.type != EntityType::Person || p.kind != MentionKind::Name) continue;
      const Sentence& s = ctx_.seg.sentences[p.sentence];
      if (p.last + 1 >= s.last || tok(p.last) != "of") continue;
      std::uint32_t j = p.last + 1;
      if (fold_case(tok(j)) == "the" && j + 1 < s.last) ++j;
      int b = mention_at(j);
      // "Josefina Vidal of Cuba's Foreign Ministry": the state's body.
      if (b >= 0 && ctx_.mentions[b].type == EntityType::Country && ctx_.mentions[b].last + 1 < s.last &&
          ctx_.possessive(ctx_.mentions[b].last))
        if (const int body = mention_at(ctx_.mentions[b].last + 1);
            body >= 0 && ctx_.mentions[body].type == EntityType::Organization &&
            ctx_.mentions[body].first == ctx_.mentions[b].last + 1) {
          b = body;
          j = ctx_.mentions[body].first;
        }
      // "Rep. Rick Larsen of Washington": a city after the name is where the
      // person is from, not whom they serve.
      // (The name may hold its article: "Mark Rutte of the Netherlands".)
      if (b < 0 || !is_body(ctx_.mentions[b]) ||
          (ctx_.mentions[b].first != j && ctx_.mentions[b].first != p.last + 1) ||
          ctx_.mentions[b].kind == MentionKind::Demonym || ctx_.mentions[b].kind == MentionKind::Capital)
        continue;
      // The title that introduced the name (or its list).
      const TitleSpan* title = ctx_.title_before(p);
      // "four of the court's judges: A of Uganda, B of Peru": a state after
      // the name of a body's official is where the person is from; after
      // any other's, the state the person serves ("the foreign ministers -
      // A of Britain, B of Canada", "will host A of the UAE").
      if (ctx_.mentions[b].type == EntityType::Country && title != nullptr && title->anchor >= 0 &&
          ctx_.mentions[static_cast<std::size_t>(title->anchor)].type == EntityType::Organization)
        continue;
      // "Rep. Buddy Carter of Georgia": a legislator's constituency.
      if (ctx_.mentions[b].type == EntityType::Country && title != nullptr && title->person == static_cast<int>(m) &&
          ctx_.lex.in("legislator_titles", title->role))
        continue;
      // ("Its chairman, A of the Greens", "the committee's chairman, A of
      // the Greens": a title of another body, anchored or possessed before
      // it, leaves the party A belongs to.)
      const auto possessed = [&](const TitleSpan& t) {
        const std::uint32_t start = ctx_.title_start(t);
        if (start <= s.first) return false;
        const std::string before = fold_case(tok(start - 1));
        return before == "its" || before == "their" || ctx_.possessive(start - 1);
      };
      const bool anchored = title != nullptr && title->anchor != b &&
                            (title->anchor >= 0 || (title->list_anchor >= 0 && title->list_anchor != b) || possessed(*title));
      const RelationType rel = title && !anchored ? title->entry.relation : RelationType::WorksFor;
      add(static_cast<int>(m), b, title, rel, p.sentence, "title.of");
      // "chairman A and chief executive B of X": the titled name joined
      // before B is of X too.
      if (title == nullptr || title->person != static_cast<int>(m)) continue;
      const std::uint32_t start = ctx_.title_start(*title);
      if (start < s.first + 2 || tok(start - 1) != "and") continue;
      const int a = mention_at(start - 2);
      if (a < 0 || ctx_.mentions[a].type != EntityType::Person || ctx_.mentions[a].last != start - 1) continue;
      for (const auto& t : ctx_.titles)
        if (t.person == a && t.anchor < 0 && t.list_anchor < 0)
          add(a, b, &t, t.entry.relation, p.sentence, "title.of");
    }
  }

  Context& ctx_;
};

}  // namespace

void find_appositions(Context& ctx) { Appositions(ctx).run(); }

}  // namespace kg::extract
