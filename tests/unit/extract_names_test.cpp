// The name recogniser in extraction (src/extract/name_reading.cpp): a
// capitalised run that nothing marks as a name is dropped when the
// recogniser reads no name in it; names it reads stay. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "kg/extract.hpp"
#include "names_fixture.hpp"

namespace kg {
namespace {

// The entity of this canonical name (aliases aside), or nullptr.
const ExtractedEntity* entity(const DocumentFacts& f, const std::string& name) {
  for (const auto& e : f.entities)
    if (e.name == name) return &e;
  return nullptr;
}

// The type of the entity of this canonical name; nullopt when there is none.
std::optional<EntityType> type_of(const DocumentFacts& f, const std::string& name) {
  const ExtractedEntity* e = entity(f, name);
  return e ? std::optional<EntityType>(e->type) : std::nullopt;
}

// A legal form after a name makes it a company's, and the document's later
// mentions of the name without it are that company.
// How many mentions the entity of this canonical name has; 0 when there is none.
std::uint32_t mentions_of(const DocumentFacts& f, const std::string& name) {
  const ExtractedEntity* e = entity(f, name);
  return e ? e->mentions : 0;
}

TEST(ExtractNames, LegalFormMakesACompany) {
  const DocumentFacts f = test::run(
      "The Treasury blacklisted Vasco Lendo S.A. and Marrow Tide GmbH on Monday. "
      "Vasco Lendo said it would appeal, and Marrow Tide declined to comment.");
  EXPECT_EQ(type_of(f, "Vasco Lendo S.A."), EntityType::Organization);  // named by its fullest form
  EXPECT_EQ(mentions_of(f, "Vasco Lendo S.A."), 2u);
  EXPECT_EQ(type_of(f, "Marrow Tide GmbH"), EntityType::Organization);
  EXPECT_EQ(entity(f, "Marrow Tide"), nullptr);
  EXPECT_EQ(mentions_of(f, "Marrow Tide GmbH"), 2u);
}

// One word nothing else marks as a name is a company when it ends like a
// bank's name, or when a "whose" clause gives it a company's officer (even
// after "by", which cues a person).
TEST(ExtractNames, OneWordCompanies) {
  const struct {
    const char* text;
    const char* company;
  } cases[] = {
      {"Prosecutors said Vastrobank helped Portugal evade the rules in 2012.", "Vastrobank"},
      {"The network is owned by Vastrocom, whose group chief executive, Tom Keller, was not called before the "
       "committee.",
       "Vastrocom"},
  };
  for (const auto& c : cases) EXPECT_EQ(type_of(test::run(c.text), c.company), EntityType::Organization) << c.text;
}

// A place's head word alone names no place: "Park" after "Park Min-seo" is her.
TEST(ExtractNames, AHeadWordAloneIsNoPlace) {
  const DocumentFacts f = test::run("President Park Min-seo met Kang Ji-ho in July. Kang said Park had asked for money.");
  EXPECT_EQ(entity(f, "Park"), nullptr);
  EXPECT_EQ(mentions_of(f, "Park Min-seo"), 2u);
}

// The opening words of a body's longer name written before are that body,
// even when the lexicon knows the first word ("Sony").
TEST(ExtractNames, OpeningWordsOfALongerBodysName) {
  const DocumentFacts f = test::run(
      "Hackers attacked Sony Harbour Entertainment in November. Sony Harbour chief executive Tom Keller pulled the "
      "film.");
  EXPECT_EQ(entity(f, "Harbour"), nullptr);
  EXPECT_EQ(mentions_of(f, "Sony Harbour Entertainment"), 2u);
}

// A name after "the" and before a modifier and a noun for a body is the
// body's ("the Vardan mercenary group"), and so is the name alone later.
TEST(ExtractNames, ABodyNounPastAModifier) {
  const DocumentFacts f = test::run(
      "Tom Keller is the founder of the Vardan mercenary group. Canada has had Vardan on its sanctions list since "
      "2021.");
  EXPECT_EQ(type_of(f, "Vardan"), EntityType::Organization);
  // So is one a campaign in apposition describes.
  const DocumentFacts g = test::run("Keldarod, the grassroots petition campaign, had given Tom Keller until Tuesday.");
  EXPECT_EQ(type_of(g, "Keldarod"), EntityType::Organization);
}

// Words before a state's name make a body's name ("Sport Ireland"), not a
// first name's ("Tom Jordan"); a title's list of portfolios is no part of
// the holder's name.
TEST(ExtractNames, BodiesNamedAfterAStateAndPortfolioLists) {
  const DocumentFacts f = test::run(
      "Officials said Harbour Ireland, the funding body, was not told, and Tom Jordan agreed. Minister for "
      "Transport, Tourism and Sport Omar Haddad said the hearing raised questions.");
  EXPECT_EQ(type_of(f, "Harbour Ireland"), EntityType::Organization);
  EXPECT_EQ(type_of(f, "Tom Jordan"), EntityType::Person);
  EXPECT_EQ(type_of(f, "Omar Haddad"), EntityType::Person);
  EXPECT_EQ(entity(f, "Sport Omar Haddad"), nullptr);
}

// Whether a fact says someone (`person`, or anyone when empty) leads `body`.
bool leads(const DocumentFacts& f, const std::string& person, const std::string& body) {
  return std::any_of(f.facts.begin(), f.facts.end(), [&](const Fact& x) {
    return x.relation == RelationType::LeaderOf && (person.empty() || f.entities[x.subject].name == person) &&
           f.entities[x.object].name == body;
  });
}

// A state's parliament, by its demonym or its name's possessive, is a body
// of its own, named with the demonym; a speaker of it leads it.
TEST(ExtractNames, AStatesParliamentIsABody) {
  const DocumentFacts f = test::run(
      "The Portuguese parliament must pass the laws by Wednesday. Omar Haddad, the speaker of Spain's Parliament, "
      "said the vote would be held.");
  EXPECT_EQ(type_of(f, "Portuguese parliament"), EntityType::Organization);
  EXPECT_EQ(type_of(f, "Spanish Parliament"), EntityType::Organization);
  EXPECT_TRUE(leads(f, "", "Spanish Parliament"));
  // ... and its senate.
  const DocumentFacts g = test::run("Tom Keller, the president of Portugal's Senate, was sanctioned by Spain.");
  EXPECT_EQ(type_of(g, "Portuguese Senate"), EntityType::Organization);
}

// Initials before a surname open the name ("K.R. Narayanan"); a dotted
// lexicon name before a capitalised word stays what it is.
TEST(ExtractNames, InitialsNumbersAndPlacesInsideNames) {
  const DocumentFacts f = test::run(
      "Portuguese President J.M. Ferreira received Tom Keller in Lisbon. U.S. Ambassador Anna Berg was there.");
  EXPECT_EQ(type_of(f, "J.M. Ferreira"), EntityType::Person);
  EXPECT_EQ(type_of(f, "United States"), EntityType::Country);
  EXPECT_TRUE(leads(f, "J.M. Ferreira", "Portugal"));
  // A small number before a legal form is part of the company's name.
  const DocumentFacts n = test::run("Harbour Link 2 AG, which is run by chief executive Tom Keller, said so.");
  EXPECT_EQ(type_of(n, "Harbour Link 2 AG"), EntityType::Organization);
  EXPECT_EQ(entity(n, "AG"), nullptr);
  // A place's name right after a person's title opens the person's name.
  const DocumentFacts p = test::run("Diplomats said the list included Defence Minister Sydney Keller and Omar Haddad.");
  EXPECT_EQ(type_of(p, "Sydney Keller"), EntityType::Person);
}

// "Confederation" heads a body's name, past a demonym inside it; so does a
// demonym after "Royal"; the British Treasury is the lexicon's HM Treasury,
// not the U.S. one; "the Commonwealth" is the Commonwealth of Nations.
TEST(ExtractNames, ConfederationsTheBritishTreasuryAndTheCommonwealth) {
  const DocumentFacts f = test::run(
      "Tom Keller, the president of the Confederation of Portuguese Football, and Anna Berg, the president of the "
      "Brazilian Football Confederation, spoke. The British Treasury froze the assets of Lusa Bank on Wednesday.");
  EXPECT_EQ(type_of(f, "Confederation of Portuguese Football"), EntityType::Organization);
  EXPECT_EQ(type_of(f, "Brazilian Football Confederation"), EntityType::Organization);
  EXPECT_EQ(type_of(f, "HM Treasury"), EntityType::Organization);
  EXPECT_EQ(entity(f, "Treasury Department"), nullptr);
  const DocumentFacts r = test::run("The Royal Portuguese Mounted Police opened an inquiry on Monday.");
  EXPECT_EQ(type_of(r, "Royal Portuguese Mounted Police"), EntityType::Organization);
  const DocumentFacts c = test::run(
      "The Commonwealth suspended Portugal after the coup, and its secretary-general, Omar Haddad, called for "
      "elections. Lisbon will not host the Commonwealth Games.");
  EXPECT_EQ(type_of(c, "Commonwealth of Nations"), EntityType::Organization);
  EXPECT_EQ(type_of(c, "Commonwealth Games"), EntityType::Event);
  EXPECT_TRUE(leads(c, "", "Commonwealth of Nations"));
}

// "Members of" opening a sentence belongs to no name.
TEST(ExtractNames, MembersOfABodyAreNotItsName) {
  const DocumentFacts f = test::run("Members of the Popular Liberation Council face travel bans.");
  EXPECT_EQ(type_of(f, "Popular Liberation Council"), EntityType::Organization);
  EXPECT_EQ(entity(f, "Members of the Popular Liberation Council"), nullptr);
  const DocumentFacts g = test::run("Officers of the State Committee for Harbour Security detained Tom Keller.");
  EXPECT_EQ(type_of(g, "State Committee for Harbour Security"), EntityType::Organization);
  EXPECT_EQ(entity(g, "Officers of the State Committee for Harbour Security"), nullptr);
}

TEST(ExtractNames, AnAdjectiveRunIsNoPersonButANameStays) {
  const DocumentFacts f = test::run(
      "Officials from the bloc met on Tuesday to discuss Latin American trade, and Maria Lopez, a senior "
      "trade official, said talks with Brazil would go on.");
  EXPECT_EQ(entity(f, "Latin American"), nullptr);
  EXPECT_EQ(type_of(f, "Maria Lopez"), EntityType::Person);
  EXPECT_NE(entity(f, "Brazil"), nullptr);
}

// A body's description in apposition names a body; a phrase that ends
// before the name's clause does not ("as first secretary of the party, X
// was"); a plus sign glued to a name is part of it; what is based in a place
// of two words is a body ("the Hong Kong-based Portex Trade").
TEST(ExtractNames, BodiesDescribedInApposition) {
  const DocumentFacts f = test::run(
      "Investigators traced the money to Mixora, a cryptocurrency mixing service. Anna Berg, who leads the "
      "women's professional league, Liga Norte, met the board of Rusal's parent company, En+ Group, on Friday. "
      "As first secretary of the party, Varga was responsible for the policy. The Treasury also blacklisted the Hong "
      "Kong-based Portex Trade.");
  for (const char* body : {"Mixora", "Liga Norte", "En+ Group", "Portex Trade"}) {
    EXPECT_EQ(type_of(f, body), EntityType::Organization) << body;
  }
  EXPECT_EQ(entity(f, "En"), nullptr);
  ASSERT_NE(entity(f, "Hong Kong"), nullptr);  // a place of two words before "-based"
  const ExtractedEntity* varga = entity(f, "Varga");
  EXPECT_TRUE(varga == nullptr || varga->type != EntityType::Organization);
}

// A demonym opens the name of a body it is written with, head word or not
// ("Danish Maritime Authority"), but a demonym and "Government" are the
// state.
TEST(ExtractNames, ADemonymOpensABodysName) {
  const DocumentFacts f =
      test::run("Danish Maritime Authority director Lars Holvik said the Norwegian Government had been told.");
  EXPECT_EQ(type_of(f, "Danish Maritime Authority"), EntityType::Organization);
  EXPECT_EQ(entity(f, "Maritime Authority"), nullptr);
  EXPECT_EQ(entity(f, "Norwegian Government"), nullptr);
  EXPECT_NE(entity(f, "Norway"), nullptr);
}

// The possessive of a noun for people inside a body's name is part of the
// name, and its initials stand for it.
TEST(ExtractNames, APeoplesPossessiveInsideABodysName) {
  const DocumentFacts f =
      test::run("Anna Berg of the Darfur People's Defence Front met the envoy. The DPDF said the talks went well.");
  const ExtractedEntity* body = entity(f, "Darfur People's Defence Front");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->type, EntityType::Organization);
  EXPECT_NE(std::find(body->aliases.begin(), body->aliases.end(), "DPDF"), body->aliases.end());
  EXPECT_EQ(entity(f, "Darfur People"), nullptr);
  EXPECT_EQ(entity(f, "Defence Front"), nullptr);
}

// German and Arabic particles inside a person's name.
TEST(ExtractNames, ParticlesInsideAPersonsName) {
  const DocumentFacts f = test::run(
      "Karl-Theodor zu Holtenberg met Anna Berg on Monday. Yusuf ibn Hamdan joined them. Holtenberg left early.");
  for (const char* name : {"Karl-Theodor zu Holtenberg", "Yusuf ibn Hamdan"}) {
    EXPECT_EQ(type_of(f, name), EntityType::Person) << name;
  }
  EXPECT_EQ(entity(f, "Holtenberg"), nullptr);  // the same person
}

// A nickname in quotes inside a person's name is part of it, and the
// surname alone later is the same person.
TEST(ExtractNames, ANicknameInQuotesInsideAPersonsName) {
  const DocumentFacts f = test::run(
      "The panel is chaired by Senate Minority Leader Tomas \"Toto\" Reyes III. Reyes opened the hearing.");
  // (Named without the nickname, as a reference work names the person.)
  EXPECT_EQ(type_of(f, "Tomas Reyes III"), EntityType::Person);
  EXPECT_EQ(entity(f, "Tomas \"Toto\" Reyes III"), nullptr);
  EXPECT_EQ(entity(f, "Tomas"), nullptr);
  EXPECT_EQ(entity(f, "Reyes"), nullptr);  // the same person
  // ... also before a particle of the family name.
  const DocumentFacts g = test::run("Sen. Tomas \"Toto\" dela Reyes chaired the hearing.");
  EXPECT_EQ(type_of(g, "Tomas dela Reyes"), EntityType::Person);
  EXPECT_EQ(entity(g, "Tomas"), nullptr);
}

// A first name before a title in apposition opens a person's name, though
// its last word is a place's head ("Hill").
TEST(ExtractNames, AFirstNameBeforeAnApposedTitleIsAPerson) {
  const DocumentFacts f = test::run("He was accompanied by Tom Hill, the Portuguese ambassador to Spain, on Monday.");
  EXPECT_EQ(type_of(f, "Tom Hill"), EntityType::Person);
}

// "U.S. Ambassador to the United Nations X": the title reaches over "to the
// <body>" to its holder, who works for the state; not "a spokesman for the
// White House National Security Council", where the body's name goes on.
TEST(ExtractNames, ATitleReachesOverToTheBodyItIsPostedTo) {
  const DocumentFacts f =
      test::run("Portuguese Ambassador to the United Nations Tom Keller has pressed the council to act.");
  EXPECT_EQ(type_of(f, "Tom Keller"), EntityType::Person);
  EXPECT_TRUE(test::has_fact(f, RelationType::WorksFor, "Tom Keller", "Portugal"));
  const DocumentFacts g = test::run(
      "Tom Keller, a spokesman for the White House National Security Council, said Spain had been informed.");
  EXPECT_EQ(type_of(g, "National Security Council"), EntityType::Organization);
}

// "X, the first Australian prime minister to visit China": an ordinal before
// the state counts holders and makes no deputy; "the first deputy prime
// minister" is still a deputy's post.
TEST(ExtractNames, AnOrdinalBeforeAStateCountsHoldersOfTheTitle) {
  const DocumentFacts f = test::run(
      "Prime Minister Tom Keller arrived in Madrid. Keller, the first Portuguese prime minister to visit Spain "
      "in a decade, met Anna Berg on Monday.");
  EXPECT_TRUE(test::has_fact(f, RelationType::LeaderOf, "Tom Keller", "Portugal"));
  EXPECT_FALSE(test::has_fact(f, RelationType::WorksFor, "Tom Keller", "Portugal"));
  const DocumentFacts g = test::run("Ivo Maren, the first deputy prime minister of Portugal, met Anna Berg.");
  EXPECT_TRUE(test::has_fact(g, RelationType::WorksFor, "Ivo Maren", "Portugal"));
}

// "X, the secretary of Iran's Supreme National Security Council": a council
// written after its state's name is the state's body, so X works for both.
TEST(ExtractNames, AStatesCouncilTiesItsSecretaryToTheState) {
  const DocumentFacts f =
      test::run("Tom Keller, the secretary of Portugal's Supreme Harbour Council, signed the deal with Spain.");
  EXPECT_TRUE(test::has_fact(f, RelationType::WorksFor, "Tom Keller", "Portugal"));
  const DocumentFacts g = test::run("Tom Keller, the secretary of the Harbour Council, signed the deal with Spain.");
  EXPECT_FALSE(test::has_fact(g, RelationType::WorksFor, "Tom Keller", "Spain"));
}

// "Chad Morrow": a given name that is also a state's name opens a person's
// name before a surname; "visited Chad", "Chad's president" stay the state.
TEST(ExtractNames, AGivenNameThatIsAStatesNameOpensAPersonsName) {
  const DocumentFacts f = test::run("Anna Berg met Chad Morrow of the Harbour Ports Authority on Monday.");
  EXPECT_EQ(type_of(f, "Chad Morrow"), EntityType::Person);
  EXPECT_FALSE(type_of(f, "Chad").has_value());
  const DocumentFacts g = test::run("Chad's president met Anna Berg in Paris.");
  EXPECT_EQ(type_of(g, "Chad"), EntityType::Country);
}

// "Minister of Water Resources and Irrigation X": a portfolio whose words may
// end a body's name goes up to the first name that opens the holder's name.
TEST(ExtractNames, APortfolioAfterOfGoesUpToTheHoldersFirstName) {
  const DocumentFacts f = test::run(
      "Portugal's Minister of Harbour Resources and Irrigation Tom Keller met Anna Berg in Lisbon.");
  EXPECT_EQ(type_of(f, "Tom Keller"), EntityType::Person);
  EXPECT_TRUE(test::has_fact(f, RelationType::WorksFor, "Tom Keller", "Portugal"));
  EXPECT_FALSE(type_of(f, "Harbour Resources").has_value());
}

// "Speaker of Parliament X": the legislature closes the title's complement, and
// the holder's name is a person's, whatever its first name; a whip is a title.
TEST(ExtractNames, ALegislatureClosesATitlesComplement) {
  const DocumentFacts f = test::run(
      "Chief Opposition Whip Anvar Keller asked Speaker of Parliament Alban Tessaro to summon the officials.");
  EXPECT_EQ(type_of(f, "Alban Tessaro"), EntityType::Person);
  EXPECT_EQ(type_of(f, "Anvar Keller"), EntityType::Person);
  EXPECT_FALSE(type_of(f, "Parliament Alban Tessaro").has_value());
}

// A conjunction that opens a sentence ("Unless", "Until", "Once") opens no name.
TEST(ExtractNames, AnOpeningConjunctionIsNoPartOfAName) {
  const DocumentFacts f = test::run("Unless Rosco Motors finds a partner by March, it will struggle.");
  EXPECT_EQ(type_of(f, "Rosco Motors"), EntityType::Organization);
  EXPECT_FALSE(type_of(f, "Unless Rosco Motors").has_value());
}

// "Military Intelligence", "Naval Intelligence": an intelligence service's name.
TEST(ExtractNames, AnIntelligenceServiceIsABody) {
  const DocumentFacts f = test::run("Tom Keller, a senior officer in Naval Intelligence, was arrested on Monday.");
  EXPECT_EQ(type_of(f, "Naval Intelligence"), EntityType::Organization);
}

// "A B C and D Association": three words with no head, "and", and a name
// with one are a single body's name.
TEST(ExtractNames, ThreeSubjectWordsAndAHeadAreOneName) {
  const DocumentFacts f =
      test::run("The Treasury also sanctioned the Harbour Silk History and Culture Association on Monday.");
  EXPECT_EQ(type_of(f, "Harbour Silk History and Culture Association"), EntityType::Organization);
  EXPECT_FALSE(type_of(f, "Culture Association").has_value());
}

// A person's epithet in apposition outweighs a last word that names bodies; a
// body's description does not make a person.
TEST(ExtractNames, AnApposedEpithetMakesAPersonOfABodysWord) {
  const DocumentFacts f = test::run(
      "Arvo Banks, the millionaire who funded the campaign, left the hearing. Harbour Holdings, the lender, "
      "fell. Later Banks said he had done nothing wrong.");
  EXPECT_EQ(type_of(f, "Arvo Banks"), EntityType::Person);
  EXPECT_EQ(type_of(f, "Harbour Holdings"), EntityType::Organization);
  EXPECT_EQ(mentions_of(f, "Arvo Banks"), 3u);  // and "Banks" and "he" later
  // (A possessive epithet describes what the name owns: "the tycoon's bank".)
  const DocumentFacts g = test::run("Harbour Banks, the tycoon's bank, fell on Monday.");
  EXPECT_EQ(type_of(g, "Harbour Banks"), EntityType::Organization);
}

// A participle opening a sentence before a state's name describes the state.
TEST(ExtractNames, AParticipleBeforeAStateIsNoBodysName) {
  const DocumentFacts f = test::run("Neighbouring Portugal, whose rulers have been under sanctions, said it would not "
                                    "apply the measures.");
  EXPECT_EQ(type_of(f, "Portugal"), EntityType::Country);
  EXPECT_EQ(entity(f, "Neighbouring Portugal"), nullptr);
}

// A title-case headline with "By" inside is a headline, not a credit: its
// capitalised words make no name of their own.
TEST(ExtractNames, AHeadlineWithByIsNoCredit) {
  const DocumentFacts f = test::run(
      "'The Most Humble Day Of My Life': Kellers Face MPs Over Phone Hacking As Hearing Is Halted By Foam Pie "
      "Attack\n\nTom Keller told MPs on Tuesday that he was sorry.");
  for (const auto& e : f.entities) EXPECT_EQ(e.name.find("Face"), std::string::npos) << e.name;
  EXPECT_NE(entity(f, "Tom Keller"), nullptr);
}

// A quantifier opening a sentence is no word of the name after it.
TEST(ExtractNames, AQuantifierOpeningASentenceIsNoName) {
  const DocumentFacts f = test::run(
      "Portugal sanctioned three members of the Northern Front. Few Northern Front officials keep money abroad.");
  EXPECT_EQ(entity(f, "Few Northern Front"), nullptr);
  EXPECT_NE(entity(f, "Northern Front"), nullptr);
}

// People listed after a noun for people that a body noun complements ("the
// chairmen of the two banks, A of X and B of Y, who ..."): people, and the
// "who" after "of Y" is theirs, not Y's.
TEST(ExtractNames, PeopleListedAfterTheBodiesTheyChair) {
  const DocumentFacts f = test::run(
      "It was announced after a weekend of meetings between the authorities and the chairmen of the two banks, "
      "Colm Varga of Harbour Bank and Anna Berg of Tellmaro Solutions, who sat side by side in Bern.");
  for (const char* person : {"Colm Varga", "Anna Berg"}) {
    EXPECT_EQ(type_of(f, person), EntityType::Person) << person;
  }
  const ExtractedEntity* body = entity(f, "Tellmaro Solutions");
  EXPECT_TRUE(body == nullptr || body->type != EntityType::Person);
}

// "Unit" heads a body's name (words/org_heads.txt), through "and" between
// its subjects: "the Liaison and Coordination Unit".
TEST(ExtractNames, AUnitIsABody) {
  const DocumentFacts f = test::run(
      "It also designated Omar Haddad, the head of Quarvex's Liaison and Coordination Unit, which handles the "
      "group's dealings with the police.");
  EXPECT_EQ(type_of(f, "Liaison and Coordination Unit"), EntityType::Organization);
}

// A capitalised event head goes on through "of" or "on" to the name after it.
TEST(ExtractNames, AnEventsNameGoesOnThroughItsComplement) {
  const DocumentFacts f = test::run("Tom Keller will not attend next month's Summit of the Harbour Nations in Lisbon.");
  EXPECT_EQ(type_of(f, "Summit of the Harbour Nations"), EntityType::Event);
  EXPECT_EQ(entity(f, "Summit"), nullptr);
}

// A hyphenated adjective ending in a demonym names no one ("the
// Anglo-Portuguese group").
TEST(ExtractNames, AHyphenatedDemonymIsNoName) {
  const DocumentFacts f =
      test::run("Tom Keller, who has run the Anglo-Portuguese group since 2016, said the review would decide.");
  EXPECT_EQ(entity(f, "Anglo-Portuguese"), nullptr);
}

// A numbered list of other headlines after the prose ("Most Read", "1. ...")
// is page furniture: its title-case words name no one.
TEST(ExtractNames, ANumberedListOfHeadlinesIsFurniture) {
  const DocumentFacts f = test::run(
      "Portugal's Supreme Court annulled the election on Friday, a ruling no court in the region had made before.\n\n"
      "Most Read\n1. Keller: \"We Shall Respect The Ruling\"\n2. Who Are The Four Judges Who Overturned The Vote?\n");
  EXPECT_EQ(entity(f, "Who Are The Four"), nullptr);
  EXPECT_EQ(entity(f, "Who Overturned The Vote"), nullptr);
  EXPECT_NE(entity(f, "Supreme Court"), nullptr);
}

}  // namespace
}  // namespace kg
