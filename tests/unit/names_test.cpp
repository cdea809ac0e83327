// Name recognition as real news pages write names, and page furniture that
// is not text. Every sentence here is written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "kg/builder.hpp"
#include "kg/extract.hpp"
#include "kg/graph.hpp"
#include "names_fixture.hpp"

namespace kg {
namespace {

using test::entity;
using test::expect_furniture;
using test::has;
using test::has_fact;
using test::names;
using test::run;

// --- page furniture ---------------------------------------------------------

TEST(Furniture, BylinesCreditsAndClosingHeadlinesGiveNoEntities) {
  const auto f = run(
      "THE EVENING LANTERN\n"
      "Home > World > Asia\n"
      "Ministers Clash Over Fishing Quotas At Tense Harbour Talks\n"
      "Marta Quillfeather Diplomatic Correspondent\n"
      "Monday 3 March 2025 10:15, GMT\n"
      "Share this article: Facebook Twitter Email\n"
      "Delegates leave the hall on Monday. Photo: Tobias Grindle/Lantern Images\n"
      "Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on Monday to discuss "
      "fishing quotas.\n"
      "VIEW OFFER: Get the Lantern for a month\n"
      "Related Articles\n"
      "Osric Pembleton wins the village chess trophy\n");
  EXPECT_TRUE(has(f, "Taro Kono", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Wang Yi", EntityType::Person)) << names(f);
  expect_furniture(f, {"Marta Quillfeather", "Tobias Grindle", "Osric Pembleton", "Facebook", "View Offer",
                           "Related Articles", "Lantern Images"});
}

TEST(Furniture, ListedHeadlinesAreFurnitureHoweverTheyEnd) {
  const auto f = run(
      "Ministers clash over fishing quotas\n"
      "Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on Monday to discuss "
      "fishing quotas and the shared patrols.\n"
      "More Politics\n"
      "- Senators Call Harbour Official Back To Hearing?\n"
      "- Keller Meets Osric Pembleton As Crisis Deepens!\n");
  EXPECT_TRUE(has(f, "Taro Kono", EntityType::Person)) << names(f);
  expect_furniture(f, {"Osric Pembleton", "Back To Hearing", "Harbour Official"});
}

TEST(Furniture, DatelineAgencyAndReportingCreditsAreNotEntities) {
  const auto f = run(
      "By Petronella Vask, Global Wire\n"
      "OSLO, May 2 (Global Wire) -- Norway's prime minister met the Swedish prime minister on Friday.\n"
      "Negotiators arrived at the meeting hall. (Wire Photo/Lund Arneson)\n"
      "(Reporting by Petronella Vask; Editing by Halvard Moe)\n");
  expect_furniture(f, {"Petronella Vask", "Global Wire", "Lund Arneson", "Halvard Moe"});
  EXPECT_TRUE(has(f, "Norway", EntityType::Country)) << names(f);
}

// Two authors with their roles, then the date and time: a byline however long its date.
TEST(Furniture, ABylineWithRolesAndATimestamp) {
  const auto f = run(
      "Harbour Chipmaker Ousts Its Chief\n"
      "By Petronella Vask, Semiconductor Correspondent, and Osric Pembleton, Markets Editor \u00b7 December 3, 2024, "
      "6:10 a.m. PT\n"
      "Harbour Semiconductor said on Monday that its chief executive had retired.\n");
  expect_furniture(f, {"Petronella Vask", "Semiconductor Correspondent", "Osric Pembleton", "Markets Editor"});
}

TEST(Furniture, ACaptionBeforeItsCreditIsText) {
  const auto f = run(
      "Portugal Hits Back\n"
      "Portugal on Monday imposed sanctions on the Northern Shipping Agency and three of its directors.\n"
      "Portuguese Prime Minister Omar Haddad and his wife Anna Haddad in Lisbon. File photo (c) Tobias Grindle\n"
      "The measures take effect on Friday, the foreign ministry said.\n");
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Omar Haddad", "Portugal")) << names(f);
  EXPECT_EQ(entity(f, "Tobias Grindle"), nullptr) << names(f);
}

TEST(EventNames, APairsSummitIsNoEvent) {
  const auto f = run("The Portugal-South Africa summit followed the Lisbon summit.\n");
  EXPECT_EQ(entity(f, "South Africa summit"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "South Africa", EntityType::Country)) << names(f);
  EXPECT_TRUE(has(f, "Lisbon summit", EntityType::Event)) << names(f);
}

TEST(EventNames, ABodysSummitIsAnEventAndNoActor) {
  // The acronym written as a word ("Nato") is the lexicon's body; before a
  // capitalised event head it names the event, with its ordinal.
  const auto f = run("Prime Minister Luis Ortega, who hosted the 35th Nato Summit and related meetings in Lisbon, "
                     "sat down with Tom Keller on Monday. Nato leaders met in Riga.\n");
  EXPECT_TRUE(has(f, "35th Nato Summit", EntityType::Event)) << names(f);
  EXPECT_TRUE(has(f, "NATO", EntityType::Organization)) << names(f);
  EXPECT_FALSE(has_fact(f, RelationType::MetWith, "NATO", "Tom Keller")) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::MetWith, "Luis Ortega", "Tom Keller")) << names(f);
}

TEST(Furniture, HeadlineNamesAreStillFound) {
  const auto f = run(
      "Lavrov Meets Kono In Moscow As Talks Resume\n"
      "Russian Foreign Minister Sergei Lavrov met Japanese Foreign Minister Taro Kono in Moscow on Tuesday.\n");
  const auto* lavrov = entity(f, "Sergei Lavrov");
  ASSERT_NE(lavrov, nullptr) << names(f);
  EXPECT_GE(lavrov->mentions, 2u) << "the headline's Lavrov is the same person";
}

// --- name forms ----------------------------------------------------------------

TEST(Names, HonorificBeforeALoneSurnameMakesAPerson) {
  const auto f = run(
      "Foreign Minister Sergei Lavrov arrived in Berlin. Mr Lavrov said the talks would go on.\n");
  const auto* lavrov = entity(f, "Sergei Lavrov");
  ASSERT_NE(lavrov, nullptr) << names(f);
  EXPECT_GE(lavrov->mentions, 2u);
}

TEST(Names, FormerAndPremodifiersAreNotPartOfTheName) {
  const auto f = run("Former Chancellor Angela Merkel spoke in Paris on Sunday about the economy.\n");
  EXPECT_TRUE(has(f, "Angela Merkel", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Former Chancellor Angela Merkel"), nullptr) << names(f);
}

TEST(Names, AWordInsideALongNameStandsForItsPerson) {
  const auto f = run(
      "Brazil's Lula meets Milei at summit\n\nBrazilian President Luiz Inacio Lula da Silva and Argentine President "
      "Javier Milei met on Saturday in Montevideo.\n");
  ASSERT_NE(entity(f, "Lula"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Lula")->name, "Luiz Inacio Lula da Silva") << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::MetWith, "Luiz Inacio Lula da Silva", "Javier Milei") ||
              has_fact(f, RelationType::MetWith, "Javier Milei", "Luiz Inacio Lula da Silva"));
  EXPECT_FALSE(has_fact(f, RelationType::MetWith, "Brazil", "Javier Milei"));
}

TEST(Names, AParticleInsideANameIsNoCommonWord) {
  const auto f = run("Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, said output would not rise.\n");
  EXPECT_TRUE(has(f, "Prince Abdulaziz bin Salman", EntityType::Person)) << names(f);
}

TEST(Names, HyphenatedGivenNamesAreOneName) {
  const auto f = run("Taiwan's President Lai Ching-te met envoys as Kremlin-linked hackers struck Tokyo-based firms.\n");
  EXPECT_TRUE(has(f, "Lai Ching-te", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Lai"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Kremlin-linked"), nullptr) << names(f);
}

TEST(Names, ATitlesPortfolioIsNotPartOfTheName) {
  const auto f = run(
      "Central Bank Vice Chair for Supervision Laura Hale spoke on Monday. Assistant Secretary for Economic "
      "Policy Tom Keller agreed.\n");
  EXPECT_TRUE(has(f, "Laura Hale", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Tom Keller", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Supervision Laura Hale"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Economic Policy Tom Keller"), nullptr) << names(f);
}

TEST(Names, SurnamesThatAreCommonWords) {
  const auto f = run(
      "The committee questioned Theresa May and Condoleezza Rice about the treaty in May.\n"
      "Later the retailer Philip Green told the panel that green energy was costly.\n");
  EXPECT_TRUE(has(f, "Theresa May", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Condoleezza Rice", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Philip Green", EntityType::Person)) << names(f);
}

TEST(Names, HyphenatedPairsAreTwoNames) {
  const auto f = run("China-U.S. talks resumed in Geneva on Monday after a pause of two months.\n");
  EXPECT_TRUE(has(f, "China", EntityType::Country)) << names(f);
  EXPECT_TRUE(has(f, "United States", EntityType::Country)) << names(f);
  const auto g = run("Officials said Japanese-South Korean ties had cooled over the summer.\n");
  EXPECT_TRUE(has(g, "Japan", EntityType::Country)) << names(g);
  EXPECT_TRUE(has(g, "South Korea", EntityType::Country)) << names(g);
  // A compound adjective is not a name.
  const auto h = run("A Moscow-backed militia and a Kremlin-linked bank were named in the report.\n");
  EXPECT_EQ(entity(h, "Kremlin-linked"), nullptr) << names(h);
  // A company word before the pair makes it one company's name.
  const auto c = run("Shares fell after Air Portugal-TVX chief executive Tom Keller quit. TVX said nothing.\n");
  EXPECT_TRUE(has(c, "Air Portugal-TVX", EntityType::Organization)) << names(c);
}

TEST(Names, ParticlesJoinedToANameAndCommaListsEndingABody) {
  const auto f = run("President Faisal al-Harbi met bankers on Monday.\n");
  EXPECT_TRUE(has(f, "Faisal al-Harbi", EntityType::Person)) << names(f);
  const auto g = run("The panel heard Bank of Ruritania, Marcus Ellery of Harbour Capital and others.\n");
  EXPECT_EQ(entity(g, "Bank of Ruritania, Marcus Ellery of Harbour Capital"), nullptr) << names(g);
}

TEST(Names, ATitledNameOrAStateEndsTheRunBeforeIt) {
  // A titled person's name, then "and" and a state's body, are two names,
  // not one body's name like "Work and Pensions Committee".
  const auto f = run("Interior Secretary Tavio Brenlo and Portuguese National Police chief Luis Ortega flew in.\n");
  EXPECT_TRUE(has(f, "Tavio Brenlo", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Portuguese National Police", EntityType::Organization)) << names(f);
  const auto c = run("Interior Secretary Tavio Brenlo and Customs Bureau chief Luis Ortega flew in.\n");
  EXPECT_TRUE(has(c, "Tavio Brenlo", EntityType::Person)) << names(c);
  // A state's name right after the surname of a person named before.
  const auto g = run("President Tavio Brenlo met the envoy on Monday. The envoy told Brenlo Portugal would help.\n");
  EXPECT_EQ(entity(g, "Brenlo Portugal"), nullptr) << names(g);
  EXPECT_TRUE(has(g, "Portugal", EntityType::Country)) << names(g);
}

TEST(Names, ABodysListOfSubjectsEndsBeforeAPersonOrATitledName) {
  // A committee's name runs on through a list of its subjects, not through a
  // person named before nor a body that opens a titled name.
  const auto f = run("Governor Anna Berg spoke on Monday. Testifying before the House Committee on Oversight and "
                     "Government Reform, Berg and EPA Administrator Tom Keller blamed each other.\n");
  EXPECT_TRUE(has(f, "House Committee on Oversight and Government Reform", EntityType::Organization)) << names(f);
  const auto g = run("Anna Berg appeared before the Senate Committee on Energy and EPA Administrator Tom Keller "
                     "appeared before the House.\n");
  EXPECT_TRUE(has(g, "Senate Committee on Energy", EntityType::Organization)) << names(g);
  EXPECT_TRUE(has(g, "Tom Keller", EntityType::Person)) << names(g);
  // Two-word subjects in the list, none opening with a person's name.
  const auto h = run("Anna Berg told a joint hearing of the Harbour Assembly's Committee on the Environment, Public "
                     "Health and Food Safety that the firm would deliver.\n");
  EXPECT_TRUE(has(h, "Committee on the Environment, Public Health and Food Safety", EntityType::Organization))
      << names(h);
}

TEST(Names, AnotherStatesDemonymBeforeAStateBodyNamesItsOwn) {
  // "Congress" and "Labour Party" are the lexicon's U.S. and British bodies;
  // with another state's demonym before them they are that state's.
  const auto f = run("Prime Minister Tom Keller, who also leads the Nepali Congress, met Anna Berg of the Brazilian "
                     "Labour Party.\n");
  EXPECT_TRUE(has(f, "Nepali Congress", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Brazilian Labour Party", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Congress"), nullptr) << names(f);
  const auto g = run("The U.S. Congress passed the bill, and the British Labour Party welcomed it.\n");
  EXPECT_TRUE(has(g, "Congress", EntityType::Organization)) << names(g);
  EXPECT_TRUE(has(g, "Labour Party", EntityType::Organization)) << names(g);
}

TEST(Names, GenerationalSuffixesEndAName) {
  const auto f = run("Officials said Ramon Castillo Jr. met the delegation in Lima on Tuesday.\n");
  EXPECT_TRUE(has(f, "Ramon Castillo Jr.", EntityType::Person)) << names(f);
}

TEST(Names, ANameListedAfterAPersonIsOne) {
  const auto f = run("Officials said Anna Berg, Saleumxay Kommasith and Olga Smith arrived.\n");
  EXPECT_TRUE(has(f, "Saleumxay Kommasith", EntityType::Person)) << names(f);
}

TEST(Names, GluedSurnamesAreTwoPeople) {
  const auto f = run(
      "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met in Wuhan. "
      "The Modi Xi meeting lasted two days.\n");
  const auto* modi = entity(f, "Narendra Modi");
  const auto* xi = entity(f, "Xi Jinping");
  ASSERT_NE(modi, nullptr) << names(f);
  ASSERT_NE(xi, nullptr) << names(f);
  EXPECT_GE(modi->mentions, 2u);
  EXPECT_GE(xi->mentions, 2u);
  EXPECT_EQ(entity(f, "Modi Xi"), nullptr) << names(f);
}

TEST(Names, RunWithoutHeadOrPersonCueIsNotAPerson) {
  const auto f = run("Investors in Harbour Capital sold shares as Delta Air Lines cut routes.\n");
  EXPECT_FALSE(has(f, "Harbour Capital", EntityType::Person)) << names(f);
  EXPECT_FALSE(has(f, "Delta Air Lines", EntityType::Person)) << names(f);
  // A run a place's head word closes is a place, not a person: "the Vostra Mine", "the Tavran Shal
  // mountains".
  const auto p = run("Trucks left the Vostra Mine high in the Tavran Shal mountains on Monday.\n");
  EXPECT_TRUE(has(p, "Vostra Mine", EntityType::Location)) << names(p);
  EXPECT_FALSE(has(p, "Tavran Shal", EntityType::Person)) << names(p);
  // ... nor is one opened by a company word news keeps untranslated.
  const auto w = run("Banco Veltrano said its shares fell as the Guardia di Varenna seized a yacht.\n");
  EXPECT_TRUE(has(w, "Banco Veltrano", EntityType::Organization)) << names(w);
  EXPECT_TRUE(has(w, "Guardia di Varenna", EntityType::Organization)) << names(w);
  // A head word before "of" makes a body; an acronym in the run too.
  const auto b = run("Investors watched the Central Bank of Ruritania and the Kurdish PKR militia closely.\n");
  EXPECT_TRUE(has(b, "Central Bank of Ruritania", EntityType::Organization)) << names(b);
  EXPECT_FALSE(has(b, "Kurdish PKR", EntityType::Person)) << names(b);
  // A name before a lower-case noun for a body is that body; a person's name before
  // "administration" is not.
  const auto u = run("Staff at the Avanti union and fighters of the Corvo group met the Biden administration.\n");
  EXPECT_TRUE(has(u, "Avanti", EntityType::Organization)) << names(u);
  EXPECT_TRUE(has(u, "Corvo", EntityType::Organization)) << names(u);
  EXPECT_FALSE(has(u, "Biden", EntityType::Organization)) << names(u);
  // ... a run a state's name opens too ("the Portugal Forward movement").
  const auto m = run("Marchers of the opposition-backed Portugal Forward movement demanded new elections.\n");
  EXPECT_TRUE(has(m, "Portugal Forward", EntityType::Organization)) << names(m);
  // ... and so is a name right after such a noun.
  const auto d = run("Shares in aluminium giant Ruskal fell as state arms exporter Voenexport lost a contract.\n");
  EXPECT_TRUE(has(d, "Ruskal", EntityType::Organization)) << names(d);
  EXPECT_TRUE(has(d, "Voenexport", EntityType::Organization)) << names(d);
  // ... and so is a name a description in apposition calls such a body; not
  // one whose description is a person ("a company spokesman").
  const auto a = run("Portugal sanctioned Lenzo Quarvet, a refinery in Braga, and Tavio Brenn, a company spokesman.\n");
  EXPECT_TRUE(has(a, "Lenzo Quarvet", EntityType::Organization)) << names(a);
  EXPECT_FALSE(has(a, "Tavio Brenn", EntityType::Organization)) << names(a);
  const auto k = run("Lisbon added Vexaro, an American drone maker, to its list.\n");
  EXPECT_TRUE(has(k, "Vexaro", EntityType::Organization)) << names(k);
  // ... with "the" as well; not a person the body's noun owns a title of.
  const auto fund = run("Lisbon sanctioned Quarvex, the hedge fund, on Monday.\n");
  EXPECT_TRUE(has(fund, "Quarvex", EntityType::Organization)) << names(fund);
  const auto the = run("Lisbon sanctioned Quarvex, the diamond miner, and Tavio Brenn, the group's chairman.\n");
  EXPECT_TRUE(has(the, "Quarvex", EntityType::Organization)) << names(the);
  EXPECT_FALSE(has(the, "Tavio Brenn", EntityType::Organization)) << names(the);
  // ... with a participle and its object after the body's noun, or a
  // possessor for the article.
  const auto laying = run("Quarvex, the offshore contractor laying the cable, halted work on Friday.\n");
  EXPECT_TRUE(has(laying, "Quarvex", EntityType::Organization)) << names(laying);
  const auto owned = run("Lisbon bought jets from Voenexport, Ostrania's state arms exporter, last year.\n");
  EXPECT_TRUE(has(owned, "Voenexport", EntityType::Organization)) << names(owned);
  // A name given as an example of such bodies; not a person named before.
  const auto such = run("The ban could cost airlines such as Quellair millions, and miners, including Brenvik, more.\n");
  EXPECT_TRUE(has(such, "Quellair", EntityType::Organization)) << names(such);
  EXPECT_TRUE(has(such, "Brenvik", EntityType::Organization)) << names(such);
  const auto heads = run("Quarvex chief executive Tom Keller apologised. Luis Ortega met the heads of Ostrania's "
                         "largest telecom companies, including Keller, Brenvik's Anna Berg and Tellmaro's Omar Haddad, "
                         "on Monday.\n");
  EXPECT_FALSE(has(heads, "Keller", EntityType::Organization)) << names(heads);
  // One word between lower-case words and a leader's title is the body led;
  // not a government's portfolio ("the Brexit commissioner").
  const auto chief = run("Tom Keller, the former Quarvex chief, met Luis Ortega, the Tellmaro secretary, and the "
                         "Brenvik commissioner.\n");
  EXPECT_TRUE(has(chief, "Quarvex", EntityType::Organization)) << names(chief);
  EXPECT_FALSE(has(chief, "Brenvik", EntityType::Organization)) << names(chief);
  // One word before a company's post: after its possessive ("Quarvex's chief
  // executive", "Quarvex's Europe director"), or after the post and "of";
  // not a person's aide ("Keller's chief adviser").
  const auto post = run("Tom Keller, Quarvex's chief executive, said the firm was sorry. Anna Berg, Tellmaro's Europe "
                        "director, agreed. Omar Haddad, the chief executive of Brenvik, did not.\n");
  EXPECT_TRUE(has(post, "Quarvex", EntityType::Organization)) << names(post);
  EXPECT_TRUE(has(post, "Tellmaro", EntityType::Organization)) << names(post);
  EXPECT_TRUE(has(post, "Brenvik", EntityType::Organization)) << names(post);
  const auto aide = run("Luis Ortega, Haddad's chief adviser, flew to Rome.\n");
  EXPECT_FALSE(has(aide, "Haddad", EntityType::Organization)) << names(aide);
  // A head's title after the possessive, the holder named in apposition.
  const auto chair = run("Quarvex's chairman, Tom Keller, said the bank's assets would have covered its debts.\n");
  EXPECT_TRUE(has(chair, "Quarvex", EntityType::Organization)) << names(chair);
  // Uncued words listed with a body are bodies.
  const auto l = run("Lisbon sanctioned Harbour Bank, Quarvex, Tellmaro and Baltic Shipping.\n");
  EXPECT_TRUE(has(l, "Quarvex", EntityType::Organization)) << names(l);
  EXPECT_TRUE(has(l, "Tellmaro", EntityType::Organization)) << names(l);
  const auto o = run("Lisbon may sanction Harbour Bank or Tellmaro next.\n");
  EXPECT_TRUE(has(o, "Tellmaro", EntityType::Organization)) << names(o);
  // Not a word after a body and a comma alone ("Harbour Bank, Keller said").
  const auto c = run("The deal will help Harbour Bank, Quarvex said.\n");
  EXPECT_FALSE(has(c, "Quarvex", EntityType::Organization)) << names(c);
  // Two bodies joined by "and", the first opening with a country's name.
  const auto t = run("Lisbon sanctioned Portugal Telecom and Spain Airways on Monday.\n");
  EXPECT_TRUE(has(t, "Portugal Telecom", EntityType::Organization)) << names(t);
  EXPECT_TRUE(has(t, "Spain Airways", EntityType::Organization)) << names(t);
  // A hyphenated acronym keeps its capitals as the body's name.
  const auto h = run("The ruling ZAPU-PL party expelled three ministers on Sunday.\n");
  EXPECT_TRUE(has(h, "ZAPU-PL", EntityType::Organization)) << names(h);
  // A first name still makes a person without a title.
  const auto g = run("Analysts said Margaret Holloway expected the deal to close.\n");
  EXPECT_TRUE(has(g, "Margaret Holloway", EntityType::Person)) << names(g);
}

// --- pronouns ------------------------------------------------------------------

TEST(Pronouns, SheNeverStandsForAMan) {
  const auto f = run(
      "Foreign Minister Ivan Petrov met Ms Olsen in Oslo. She demanded sanctions relief from Russia.\n");
  EXPECT_FALSE(has_fact(f, RelationType::DemandsFrom, "Ivan Petrov", "Russia"));
}

// A hyphenated first name tells the gender its parts agree on.
TEST(Pronouns, AHyphenatedFirstNameTellsTheGender) {
  const auto f = run(
      "Anna Berg met Karl-Otto Fenn in Oslo. After the meeting she referred Fenn to Ivan Petrov, who heads the "
      "trade department, and the plan was later raised during a trip on which she held talks with President Omar "
      "Haddad.\n");
  EXPECT_TRUE(has_fact(f, RelationType::MetWith, "Anna Berg", "Omar Haddad"));
  EXPECT_FALSE(has_fact(f, RelationType::MetWith, "Karl-Otto Fenn", "Omar Haddad"));
}

// A family word before a name tells a woman or a man ("Anna Berg's daughter, X").
TEST(Pronouns, AFamilyWordTellsTheGender) {
  const auto f = run(
      "Anna Berg's daughter, Ren Sato, met Foreign Minister Ivan Petrov in Oslo. He demanded sanctions relief "
      "from Russia.\n");
  EXPECT_TRUE(has_fact(f, RelationType::DemandsFrom, "Ivan Petrov", "Russia"));
  EXPECT_FALSE(has_fact(f, RelationType::DemandsFrom, "Ren Sato", "Russia"));
}

// --- seats of government -------------------------------------------------------

TEST(Seats, ASeatIsAPlaceOrItsState) {
  const auto f = run("Leaders gathered at the Kremlin on Monday for the ceremony.\n");
  EXPECT_TRUE(has(f, "Kremlin", EntityType::Location)) << names(f);
  const auto g = run("The Kremlin said on Monday that the talks had failed.\n");
  EXPECT_TRUE(has(g, "Russia", EntityType::Country)) << names(g);
  EXPECT_FALSE(has(g, "Kremlin", EntityType::Organization)) << names(g);
  // An employer only, with words before the title (SCHEMA.md, judgement call 8).
  const auto h = run("White House national security spokesman Tom Keller said the talks were useful.\n");
  EXPECT_TRUE(has(h, "White House", EntityType::Organization)) << names(h);
  EXPECT_FALSE(has(h, "United States", EntityType::Country)) << names(h);
}

// --- one node per entity across documents --------------------------------------

TEST(CorpusNodes, GenericNamesAndTitlesAreNoMergeKeys) {
  KnowledgeGraph g;
  add_to_graph(g, run("The Senate Intelligence Committee met on Monday. Committee chairman Richard Burr said the "
                      "committee would publish its report.\n",
                      "a"));
  add_to_graph(g, run("The House Energy and Commerce Committee met on Tuesday. The committee heard from "
                      "regulators.\n",
                      "b"));
  for (std::size_t v = 0; v < g.num_entities(); ++v) {
    EXPECT_NE(g.entity(v).name, "Committee");
    EXPECT_NE(g.entity(v).name, "committee");
  }
  const auto senate = g.find("Senate Intelligence Committee", EntityType::Organization);
  const auto house = g.find("House Energy and Commerce Committee", EntityType::Organization);
  ASSERT_TRUE(senate && house);
  EXPECT_NE(*senate, *house);
}

TEST(CorpusNodes, ATitleAliasDoesNotJoinTwoPeople) {
  KnowledgeGraph g;
  DocumentFacts a, b;
  a.doc.id = "a";
  b.doc.id = "b";
  a.entities.push_back({"Jonas Arkwright", EntityType::Person, {"Arkwright", "Harbourland President"}, 2});
  b.entities.push_back({"Ilse Brennan", EntityType::Person, {"Brennan", "Harbourland President"}, 2});
  add_to_graph(g, a);
  add_to_graph(g, b);
  EXPECT_EQ(g.num_entities(), 2u);
  // A spelling variant of the full name is one node.
  DocumentFacts c;
  c.doc.id = "c";
  c.entities.push_back({"Jonas Arkwrìght", EntityType::Person, {}, 1});
  add_to_graph(g, c);
  EXPECT_EQ(g.num_entities(), 2u);
}

}  // namespace
}  // namespace kg
