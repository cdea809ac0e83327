// Name forms and page furniture as news pages write them (issue 11): every
// sentence here is invented for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "kg/builder.hpp"
#include "kg/graph.hpp"
#include "names_fixture.hpp"

namespace kg {
namespace {

using test::entity;
using test::expect_furniture;
using test::has;
using test::has_alias;
using test::has_fact;
using test::names;
using test::run;

// --- page furniture ---------------------------------------------------------

TEST(FurnitureLines, ALineEndingOnAnAbbreviationIsText) {
  const auto f = run(
      "Harbour leaders meet on fishing rights in a long session that ran late into the night.\n\n"
      "The session was chaired by Prime Minister Odalric Venn and attended by Interior Minister Bertil Ashgrove "
      "Jr.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Bertil Ashgrove", EntityType::Person) || has(f, "Bertil Ashgrove Jr.", EntityType::Person))
      << names(f);
}

TEST(FurnitureLines, BylineWithDateTimeAndRightsNoticesAreNotEntities) {
  const auto f = run(
      "Ministers Trade Barbs Over Harbour Dues In Heated Exchange\n\n"
      "By Quenby Trask, Maritime Affairs Reporter - 03/04/25 09:12 AM EST\n\n"
      "Trade Minister Odalric Venn said on Monday the harbour dues would rise by a tenth next spring.\n\n"
      "Our Standards: The Marlow Quay Trust Principles.\n\n"
      "(c) 2025 The Harbour Lantern. All rights reserved.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  expect_furniture(f, {"Quenby Trask", "Maritime Affairs", "The Marlow Quay Trust Principles", "Marlow Quay",
                           "The Harbour Lantern", "Harbour Lantern"});
}

TEST(FurnitureLines, AnUnmarkedBylineWithItsRoleAndCoAuthorIsNoText) {
  const auto f = run(
      "Harbour Board Bars 18 Pilots After Port Publishes Its Blacklist\n\n"
      "Quenby Trask, Lisbon Correspondent, with reporting by Arlo Penn in Porto\n"
      "Saturday, April 13, 2013, 15:20\n\n"
      "Trade Minister Odalric Venn said on Monday the harbour dues would rise by a tenth next spring.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  expect_furniture(f, {"Quenby Trask", "Arlo Penn", "Lisbon", "Porto"});
}

TEST(FurnitureLines, TheBylineAuthorsBiographyAfterTheArticleIsNoText) {
  const auto f = run(
      "Ministers Trade Barbs Over Harbour Dues\n\n"
      "By Quenby Trask\n\n"
      "Trade Minister Odalric Venn said on Monday the harbour dues would rise by a tenth next spring.\n\n"
      "Quenby Trask is a Harbour Lantern correspondent in Marlow covering trade. Follow her on X.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  expect_furniture(f, {"Quenby Trask", "Harbour Lantern", "Marlow"});
}

// A biography with no role word, a contributor's credit and a "Follow"
// prompt after the article; not a dateline that shares a byline's place words.
TEST(FurnitureLines, CreditsAndPromptsAfterTheArticleAreNoText) {
  const auto f = run(
      "Ministers Trade Barbs Over Harbour Dues\n\n"
      "By Quenby Trask, Lisbon Bureau Chief\n\n"
      "LISBON - Trade Minister Odalric Venn said on Monday the harbour dues would rise by a tenth next spring.\n\n"
      "Harbour officials said the rise was fair. Follow the Harbour Lantern on X @harbourlantern.\n\n"
      "Quenby Trask covers trade for the Harbour Lantern.\n\n"
      "Arlo Penn contributed reporting from Porto.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Lisbon", EntityType::Location)) << names(f);
  expect_furniture(f, {"Quenby Trask", "Harbour Lantern", "Arlo Penn", "Porto"});
}

TEST(FurnitureLines, AQuoteClosingAParagraphDoesNotJoinTheNextLine) {
  const auto f = run(
      "Harbour ministers agreed on Monday to share the fishing grounds for another ten years.\n\n"
      "On quotas, the ministers kept the pressure on Premier Odalric Venn. Venn said \"all options are open.\"\n\n"
      "Advertisement\n\n"
      "The talks resume in June.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << "the paragraph is text, not furniture\n" << names(f);
}

// --- runs that describe rather than name ----------------------------------------

TEST(NameRuns, RegionAdjectivesAndGroupsOfPeopleAreNotNames) {
  const auto f = run(
      "Southeast Asian leaders met West African envoys and Latin American ministers on Monday.\n"
      "Several Conservative MPs and Uyghur Muslims living abroad criticised the plan.\n"
      "A little-known Islamist group and Maoist rebels claimed the attacks.\n"
      "The country's Roman Catholic bishops have asked Tom Keller to bring the election forward.\n");
  for (const char* junk : {"Southeast Asian", "West African", "Latin American", "Latin", "Conservative MPs",
                           "Several Conservative MPs", "Uyghur Muslims", "Islamist", "Maoist", "Roman Catholic"})
    EXPECT_EQ(entity(f, junk), nullptr) << junk << " describes, it does not name\n" << names(f);
}

TEST(NameRuns, APluralAPartyGoesByNamesThePartyButNotBeforeATitle) {
  const auto f = run(
      "The Greens and the Christian Democrats have called for Odalric Venn's resignation. Quenby Trask of the "
      "Social Democrats agreed, and Democrats in the chamber said nothing.\n"
      "The inquiry's chair, Greens senator Anna Berg, questioned the minister.\n");
  for (const char* party : {"Greens", "Christian Democrats", "Social Democrats"})
    EXPECT_TRUE(has(f, party, EntityType::Organization)) << party << "\n" << names(f);
  EXPECT_EQ(entity(f, "Democrats"), nullptr) << "a group of people, no party's name\n" << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::DemandsFrom, "Greens", "Odalric Venn")) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::DemandsFrom, "Christian Democrats", "Odalric Venn")) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::WorksFor, "Quenby Trask", "Social Democrats")) << names(f);
  EXPECT_FALSE(has_fact(f, RelationType::WorksFor, "Anna Berg", "Greens")) << "'Greens senator X': a party adjective";
}

// "the Democratic Party of Korea": a party adjective opening a name whose head
// comes before "of" is the name's first word, not an adjective.
TEST(NameRuns, APartyAdjectiveOpeningAHeadedNameIsPartOfIt) {
  const auto f = run("Tom Keller, who leads the opposition Democratic Party of Korea in Seoul, called it humiliating.\n");
  EXPECT_TRUE(has(f, "Democratic Party of Korea", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Party of Korea"), nullptr) << names(f);
}

TEST(NameRuns, AnAcronymSpellingTheWordsBeforeItMakesThemOneBody) {
  const auto f = run(
      "The council suspended Portugal Rowing (PR) on Monday. Portugal Rowing said it would appeal, and PR's "
      "lawyers agreed.\n");
  EXPECT_TRUE(has(f, "Portugal Rowing", EntityType::Organization)) << names(f);
  const auto* body = entity(f, "Portugal Rowing");
  ASSERT_NE(body, nullptr);
  EXPECT_TRUE(has_alias(*body, "PR")) << names(f);
}

TEST(NameRuns, AnAcronymWithFullStopsIsTheBodyItSpells) {
  const auto f = run(
      "Tom Keller, the chairman of the Federal Deposit Insurance Corporation, spoke. Later the F.D.I.C. asked "
      "Congress for more powers.\n");
  const auto* body = entity(f, "Federal Deposit Insurance Corporation");
  ASSERT_NE(body, nullptr) << names(f);
  EXPECT_TRUE(has_alias(*body, "F.D.I.C.")) << names(f);
}

TEST(NameRuns, AKnownBodyIsNoLongerNameWithAPlaceBeforeIt) {
  const auto f = run(
      "The Environmental Protection Agency and the Ohio Environmental Protection Agency tested the water on "
      "Monday.\n");
  EXPECT_TRUE(has(f, "Environmental Protection Agency", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Ohio Environmental Protection Agency", EntityType::Organization)) << names(f);
  EXPECT_NE(entity(f, "Environmental Protection Agency"), entity(f, "Ohio Environmental Protection Agency"))
      << names(f);
}

TEST(NameRuns, AnAcronymSpellsTheCapitalisedPartsOfAHyphenatedWord) {
  const auto f = run("Tom Keller, who chairs the ruling Portugal Harbour-e-Ventas (PHV), was in Porto on Friday.\n");
  EXPECT_TRUE(has(f, "Portugal Harbour-e-Ventas", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Tom Keller", "Portugal Harbour-e-Ventas")) << names(f);
}

TEST(NameRuns, AnUncuedRunAnAcronymSpellsIsABodyButAPersonsNameIsNot) {
  const auto f = run("Gabungan Varo Quell (GVQ), the bloc led by Tom Keller, holds 23 seats.\n");
  EXPECT_TRUE(has(f, "Gabungan Varo Quell", EntityType::Organization)) << names(f);
  const auto g = run("Senator John Smith (JS) said on Monday that the harbour dues would rise.\n");
  EXPECT_TRUE(has(g, "John Smith", EntityType::Person)) << names(g);
}

TEST(NameRuns, ATitleWordOpensABodysNameThatAHeadWordEnds) {
  const auto f = run(
      "Portugal froze the assets of four banks, Vostra, Alfa Harbour Bank, General Bank and Black Quay Bank.\n");
  EXPECT_TRUE(has(f, "General Bank", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::Sanctions, "Portugal", "General Bank")) << names(f);
  const auto g = run("Chief Cabinet Secretary Tom Keller said the measures were not a countermeasure.\n");
  EXPECT_TRUE(has(g, "Tom Keller", EntityType::Person)) << names(g);
  EXPECT_EQ(entity(g, "Chief Cabinet"), nullptr) << names(g);
}

TEST(NameRuns, AKnownBodysNameGoingOnThroughOfIsAnotherBody) {
  const auto f = run("Anna Berg, the chairwoman of the ruling Democratic Party of Struggle, met Tom Keller.\n");
  EXPECT_TRUE(has(f, "Democratic Party of Struggle", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Anna Berg", "Democratic Party of Struggle")) << names(f);
}

TEST(NameRuns, AnAcronymSpellsAnAcronymInsideTheNameAndASmallWordItCounts) {
  const auto f = run("Anna Berg, who also heads the UN Harbour Mission in Portugal (UNHMIP), said both men agreed.\n");
  EXPECT_TRUE(has(f, "UN Harbour Mission in Portugal", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Anna Berg", "UN Harbour Mission in Portugal")) << names(f);
}

TEST(NameRuns, APrepositionOpeningASentenceIsNoWordOfAName) {
  const auto f = run(
      "Quarvex shares fell on Monday.\n\nBesides Quarvex, five other miners attended the talks.\n\nQuarvex chief "
      "executive Tom Keller met the president.\n");
  const auto* quarvex = entity(f, "Quarvex");
  ASSERT_NE(quarvex, nullptr) << names(f);
  EXPECT_EQ(quarvex->mentions, 3u) << "the one after \"Besides\" too";
  EXPECT_EQ(entity(f, "Besides Quarvex"), nullptr) << names(f);
}

TEST(NameRuns, ABodysShortWordsInCapitalsKeepThem) {
  const auto f = run("HV C&C chief executive Odalric Venn apologised on Monday for the outage.\n");
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Odalric Venn", "HV C&C")) << names(f);
}

TEST(NameRuns, AMemberOfABodyInAppositionIsAPerson) {
  // Neither name is in the first-name list; the recogniser alone does not read them here.
  const auto f = run("Stelian Terhes, a member of the committee, said the contracts must be published. Cristian "
                     "Dobre, another member of the panel, agreed.\n");
  EXPECT_TRUE(has(f, "Stelian Terhes", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Cristian Dobre", EntityType::Person)) << names(f);
}

TEST(NameRuns, AFirstNameThatIsAPlaceOpensAPersonsName) {
  const auto f = run("Police detained the blogger and his partner Sofia Varnholt at the airport.\n");
  EXPECT_TRUE(has(f, "Sofia Varnholt", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Bulgaria"), nullptr) << names(f);
}

TEST(NameRuns, ATitleWordAfterAFirstNameIsASurname) {
  const auto f = run("Representative Steve King of Iowa asked the witness about the data on Tuesday.\n");
  EXPECT_TRUE(has(f, "Steve King", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Steve"), nullptr) << names(f);
}

TEST(NameRuns, FirstNamesListedBeforeAFullNameShareItsSurname) {
  const auto f = run(
      "The Treasury blacklisted the billionaire brothers Zhanibek and Tuomo Varga on Thursday. Tom and Anna Keller "
      "attended the dinner. Sanctions hit Portugal and Omar Haddad.\n");
  for (const char* person : {"Zhanibek Varga", "Tuomo Varga", "Tom Keller", "Anna Keller", "Omar Haddad"})
    EXPECT_TRUE(has(f, person, EntityType::Person)) << person << "\n" << names(f);
  EXPECT_EQ(entity(f, "Portugal Haddad"), nullptr) << names(f);
}

TEST(NameRuns, AnAdverbOpeningASentenceIsNoFirstNameOfAKnownSurname) {
  const auto f = run(
      "Harbour Minister Odalric Venn and Port Director Sela Venn took questions.\n"
      "Separately Venn urged the port board to publish its accounts. Zhanibek Venn, a cousin, said nothing.\n");
  EXPECT_EQ(entity(f, "Separately Venn"), nullptr) << names(f);
  // A first name the lexicons do not list, which the name recogniser reads as one.
  EXPECT_TRUE(has(f, "Zhanibek Venn", EntityType::Person)) << names(f);
}

TEST(NameRuns, ATitleGoingOnAfterAndIsNoSurname) {
  const auto f = run("Harbourline Chairman and Chief Executive Odalric Venn testified on Tuesday.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Harbourline Chairman"), nullptr) << names(f);
}

TEST(NameRuns, AParticleOpensOneHyphenatedFamilyName) {
  // "Al" and "Sabah" are each written alone in the document, yet "Al-Sabah" is one name.
  const auto f = run(
      "Emir Sheikh Omar bin Khalid Al Haddad hosted the talks. Crown Prince Sheikh Sabah Al-Khalid Al-Sabah also "
      "met the minister.\n");
  EXPECT_TRUE(has(f, "Sheikh Sabah Al-Khalid Al-Sabah", EntityType::Person)) << names(f);
}

TEST(NameRuns, ARankBeforeALongerNameIsNoPartOfIt) {
  // As the gold names "Mohammed bin Salman" with "Crown Prince Mohammed bin Salman" an alias.
  const auto f = run(
      "Emir Sheikh Omar bin Khalid Al Haddad met Prince Faisal bin Nasser in Doha. Sheikh Omar said the talks went "
      "well. King Salman welcomed them.\n");
  for (const char* form : {"Sheikh Omar bin Khalid Al Haddad", "Sheikh Omar"}) {
    const auto* omar = entity(f, form);
    ASSERT_NE(omar, nullptr) << form << "\n" << names(f);
    EXPECT_EQ(omar->name, "Omar bin Khalid Al Haddad") << names(f);
  }
  ASSERT_NE(entity(f, "Faisal bin Nasser"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Faisal bin Nasser")->name, "Faisal bin Nasser") << names(f);
  EXPECT_TRUE(has(f, "King Salman", EntityType::Person)) << names(f);
}

TEST(NameRuns, KoreanFamilyNamesOpenHyphenatedGivenNames) {
  const auto f = run("The president's chief of staff, Im Sang-woo, met Ryu Hae-jin in Seoul on Monday.\n");
  EXPECT_TRUE(has(f, "Im Sang-woo", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Ryu Hae-jin", EntityType::Person)) << names(f);
}

// "Vice Premier Liu He", "Foreign Minister Leonard She Okitundu": a pronoun
// written capitalised inside a sentence after a name word is a word of the
// name; "He" opening a sentence is still a pronoun.
TEST(NameRuns, ACapitalisedPronounInsideANameIsAName) {
  const auto f = run("Tom Keller held talks with Vice Premier Wen He in Lisbon. He said so.\n");
  EXPECT_TRUE(has(f, "Wen He", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Wen"), nullptr) << names(f);
}

TEST(NameRuns, PluralTitleBeforeNamesIsNotPartOfThem) {
  const auto f = run("Senators Odalric Venn and Bertil Ashgrove questioned the chief executive.\n");
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Senators Odalric Venn"), nullptr) << names(f);
  const auto g = run("Tom Keller had dinner with Representatives Anna Berg, a Louisiana Republican, and Omar Haddad.\n");
  EXPECT_TRUE(has(g, "Anna Berg", EntityType::Person)) << names(g);
  EXPECT_EQ(entity(g, "Representatives Anna Berg"), nullptr) << names(g);
}

// --- bodies ----------------------------------------------------------------------

TEST(BodyNames, AStatesNameBeforeAKnownBodyOfThatStateIsTheBody) {
  const auto f = run(
      "Quenby Trask, chairman of the U.S. Securities and Exchange Commission, said the rules would change.\n"
      "Officials of the US Food and Drug Administration agreed.\n");
  const auto* sec = entity(f, "Securities and Exchange Commission");
  ASSERT_NE(sec, nullptr) << names(f);
  EXPECT_EQ(sec->name, "Securities and Exchange Commission") << names(f);
  EXPECT_EQ(entity(f, "Exchange Commission"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "U.S. Securities"), nullptr) << names(f);
  const auto* fda = entity(f, "Food and Drug Administration");
  ASSERT_NE(fda, nullptr) << names(f);
  EXPECT_EQ(fda->name, "Food and Drug Administration") << "the lexicon's body, not a new one\n" << names(f);
}

TEST(BodyNames, ATitleAfterABodysHeadAndACompanyAfterAt) {
  const auto f = run(
      "Tom Keller, a Harbour Party MP, said so. Anna Berg, head of commodity strategy at Velta Capital Markets, "
      "agreed.\n");
  EXPECT_TRUE(has(f, "Harbour Party", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Harbour Party MP"), nullptr) << "no person's name ends in a body's head\n" << names(f);
  EXPECT_TRUE(has(f, "Velta Capital Markets", EntityType::Organization)) << "a company's word, not a place\n"
                                                                          << names(f);
}

TEST(BodyNames, AWordBeforeATitleJoinedToACompanysTitle) {
  const auto f = run("Velmora president and chief executive Tom Keller waits to appear before the committee.\n");
  EXPECT_TRUE(has(f, "Velmora", EntityType::Organization)) << names(f);
}

TEST(BodyNames, TheArticleAfterADatelineIsNoWordOfTheName) {
  const auto f = run(
      "LISBON (Reuters) - The Harbour Agency bought the spyware, Tom Keller said.\n\n"
      "MADRID \u2014 The Velta Mining Company denied it.\n");
  EXPECT_TRUE(has(f, "Harbour Agency", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "The Harbour Agency"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "Velta Mining Company", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AnAcronymMakesAPlacesHeadABodysAndInternationalEndsOne) {
  const auto f = run(
      "The State Department designated the Harbour Development Complex (HDC), based in Lisbon, along with Velmora "
      "International. Later the HDC denied it.\n");
  const auto* hdc = entity(f, "Harbour Development Complex");
  ASSERT_NE(hdc, nullptr) << names(f);
  EXPECT_EQ(hdc->type, EntityType::Organization) << names(f);
  EXPECT_EQ(entity(f, "HDC"), hdc) << "the acronym is the body's\n" << names(f);
  EXPECT_TRUE(has(f, "Velmora International", EntityType::Organization)) << names(f);
}

TEST(BodyNames, TheCentralBankOfAStateIsTheStatesCentralBank) {
  const auto f = run("Anna Berg, the governor of the central bank of Portugal, said inflation would fall.\n");
  EXPECT_TRUE(has(f, "Central Bank of Portugal", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Portugal"), nullptr) << "the bank's state is no entity of its own here\n" << names(f);
}

TEST(BodyNames, CompanyWordsOfMiningAndPropertyEndNames) {
  const auto f = run("The Treasury named Fleurette Properties, Harbour Resources and Tagus Minerals.\n");
  EXPECT_TRUE(has(f, "Fleurette Properties", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Harbour Resources", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tagus Minerals", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AnEventsHeadEndsANameAPlaceOpens) {
  const auto f = run("Tom Keller addressed the Lisbon International Trade Expo on Sunday.\n");
  EXPECT_TRUE(has(f, "Lisbon International Trade Expo", EntityType::Event)) << names(f);
}

TEST(BodyNames, APlaceAfterInIsThePlaceThoughABodysNameOpensWithIt) {
  const auto f = run("The Lisbon Stock Exchange suspended the listing. Tom Keller gave a speech in Lisbon on Monday.\n");
  EXPECT_TRUE(has(f, "Lisbon Stock Exchange", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Lisbon", EntityType::Location)) << names(f);
}

TEST(BodyNames, APlaceBasedBodyAndThePlace) {
  const auto f = run(
      "\"They are bargaining,\" said Quenby Trask, a researcher at the Oslo-based Institute for Harbour Studies.\n");
  EXPECT_TRUE(has(f, "Institute for Harbour Studies", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Oslo", EntityType::Location)) << names(f);
  EXPECT_EQ(entity(f, "Norway"), nullptr) << "a place, not its state\n" << names(f);
}

TEST(BodyNames, ADemonymInsideABodysNameBeforeItsHeadsPlural) {
  const auto f = run("Shares in Harbour Irish Banks fell on Monday, and Tony Banks said the bank would cut jobs.\n");
  EXPECT_TRUE(has(f, "Harbour Irish Banks", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Ireland"), nullptr) << "part of the name, no state\n" << names(f);
  EXPECT_TRUE(has(f, "Tony Banks", EntityType::Person)) << names(f);
}

TEST(BodyNames, HeadAfterOfAndKnownNamesInsideABody) {
  const auto f = run(
      "The envoy addressed the Lagoon of Herons Veterans Association in Miami.\n"
      "A fellow at the Marlow Institute for China Studies said the talks were stalled.\n");
  EXPECT_TRUE(has(f, "Lagoon of Herons Veterans Association", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Marlow Institute for China Studies", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Herons Veterans Association"), nullptr) << names(f);
}

TEST(BodyNames, CapitalisedWordsBeforeACompanyTitleAreTheCompany) {
  const auto f = run(
      "The heads of Bramble and Cobalt testified.\n"
      "Bramble CEO Anna Berg and Cobalt chief executive Tom Keller said so.\n"
      "On Monday CEO Olga Smith said so. Former CEO Luis Ortega agreed.\n");
  EXPECT_TRUE(has(f, "Bramble", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Cobalt", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Monday"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Former"), nullptr) << names(f);
}

TEST(BodyNames, AnaphorWordOpeningANameIsTheName) {
  const auto f = run("Washington also sanctioned the Ministry of Harbour Works and the Council of the Fleet on Monday.\n");
  EXPECT_TRUE(has(f, "Ministry of Harbour Works", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Council of the Fleet", EntityType::Organization)) << names(f);
}

TEST(BodyNames, ABodyAfterOfIsNotAShortFormOfTheWhole) {
  const auto f = run(
      "The European Union imposed sanctions on Monday. Later the Council of the European Union demanded more.\n"
      "Officials of the Chicago Department of Aviation met ASEAN envoys at the ASEAN Secretariat building.\n");
  const auto* eu = entity(f, "European Union");
  ASSERT_NE(eu, nullptr) << names(f);
  EXPECT_EQ(eu->name, "European Union") << names(f);
  EXPECT_TRUE(has(f, "Council of the European Union", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Chicago Department of Aviation", EntityType::Organization)) << names(f);
  const auto* asean = entity(f, "ASEAN");
  ASSERT_NE(asean, nullptr) << names(f);
  EXPECT_NE(asean->name, "ASEAN Secretariat") << names(f);
}

TEST(BodyNames, WhatIsBasedSomewhereIsABodyAndABodysBuildingAPlace) {
  const auto f = run(
      "One tanker was operated by the Oslo-based Varnholt Tankskip, officials said outside the European Council "
      "building.\n");
  EXPECT_TRUE(has(f, "Varnholt Tankskip", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "European Council building", EntityType::Location)) << names(f);
  EXPECT_EQ(entity(f, "European Council"), nullptr) << names(f);
}

// "Sir Jane Roe QC": post-nominal letters (words/post_nominals.txt) end
// the name before them and name no one themselves.
TEST(NameRuns, PostNominalLettersAreNoPartOfAName) {
  const auto f = run("Sir Jane Roe QC, who chairs the Harbour Tribunal, said the hearing was fair.\n");
  EXPECT_TRUE(has(f, "Jane Roe", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Jane Roe QC"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "QC"), nullptr) << names(f);
}

TEST(NameRuns, APlaceThatIsAFirstNameBeforeAPartyIsThePlace) {
  const auto f = run("Virginia Republican Jane Quill asked the chief executive about the data.\n");
  EXPECT_TRUE(has(f, "Jane Quill", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Virginia Republican"), nullptr) << names(f);
}

TEST(BodyNames, TwoSubjectsAndOneHead) {
  const auto f = run(
      "Jane Quill, who chairs the Work and Pensions Committee, wrote to the board. "
      "Chief of staff Odalric Venn and Energy Secretary Bertil Ashgrove also wrote. "
      "The Pensions Committee will meet again in June.\n");
  EXPECT_TRUE(has(f, "Work and Pensions Committee", EntityType::Organization)) << names(f);
  const auto* short_form = entity(f, "Pensions Committee");
  ASSERT_NE(short_form, nullptr) << names(f);
  EXPECT_EQ(short_form->name, "Work and Pensions Committee") << "the short form is the same body";
  EXPECT_TRUE(has(f, "Odalric Venn", EntityType::Person)) << names(f);
}

// "A B and Marisco Properties": a full name the recogniser reads as a
// person's, then "and" and a company, are two names, not one company's
// subjects (as "Work and Pensions Committee" is).
TEST(BodyNames, APersonsFullNameBeforeAndACompanyIsNoPartOfIt) {
  const auto f = run("Britain also froze the assets of Joren Vandael and Marisco Properties.\n");
  EXPECT_TRUE(has(f, "Joren Vandael", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Marisco Properties", EntityType::Organization)) << names(f);
}

// "the Bavaria Production and Construction Corps": a place's name opens a
// body whose subjects "and" joins, not a body of one word after the place.
TEST(BodyNames, APlaceBeforeABodysSubjectsOpensOneBody) {
  const auto f = run("Tom Keller is the party secretary of the Bavaria Production and Construction Corps.\n");
  EXPECT_TRUE(has(f, "Bavaria Production and Construction Corps", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Construction Corps"), nullptr) << names(f);
}

TEST(BodyNames, TwoBodiesJoinedByAndStayTwo) {
  const auto f = run(
      "The lenders, Royal Bank of Scotland and Lloyds, refused the request. "
      "Leaders met at Far Eastern Federal University on Russky Island, Putin said.\n");
  EXPECT_EQ(entity(f, "Royal Bank of Scotland and Lloyds"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "Royal Bank of Scotland", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Far Eastern Federal University", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AWholeNameAndAHeadlessNameAfterAndAreTwo) {
  const auto f = run(
      "Anna Berg also chairs the oil giant Harbour Petroleum and the football club Tagus United. "
      "Tom Keller runs Harbour Petroleum and Tagus United. Anna Berg sanctioned Tagus Oil and Gas Enterprise.\n");
  EXPECT_EQ(entity(f, "Harbour Petroleum and Tagus United"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "Harbour Petroleum", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tagus United", EntityType::Organization)) << names(f);
  // Industry words joined inside one name.
  EXPECT_TRUE(has(f, "Tagus Oil and Gas Enterprise", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AnUntranslatedPoliceWordMakesABody) {
  const auto f = run("The Treasury designated the Policía Regional Tagusina on Friday.\n");
  EXPECT_TRUE(has(f, "Policía Regional Tagusina", EntityType::Organization)) << names(f);
}

TEST(BodyNames, OneWordBeforeACompanysOwnNounIsACompany) {
  const auto f = run("Glencore sweetened its offer for Tagorix on Friday, a day after the talks. Investors said "
                     "Tagorix shares rose. Five former board members gave evidence.\n");
  EXPECT_TRUE(has(f, "Tagorix", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Five"), nullptr) << names(f);  // a sentence's first word, a count
}

TEST(BodyNames, ACompanysLegalFormIsWrittenWithItsName) {
  const auto f = run("The department blacklisted Harbour Remote Sensing Co. and Tagus Aviation Group Co. on Friday. "
                     "Harbour Remote Sensing denied it.\n");
  EXPECT_TRUE(has(f, "Harbour Remote Sensing Co.", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tagus Aviation Group Co.", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Harbour Remote Sensing"), nullptr) << names(f);  // one node, named by its fullest form
}

TEST(BodyNames, ANameWhoseIndustryWordComesAfterItsOwnNameIsASecondBody) {
  const auto f = run("The regulator fined Bluegate Oil and Redstone Gas on Monday. The Queensland Energy Regulator said so.\n");
  EXPECT_EQ(entity(f, "Bluegate Oil and Redstone Gas"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "Bluegate Oil", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Redstone Gas", EntityType::Organization)) << names(f);
  // "Regulator" closes a body's name, a place's name before it included.
  EXPECT_TRUE(has(f, "Queensland Energy Regulator", EntityType::Organization)) << names(f);
}

TEST(BodyNames, ATitleAndANameAfterOfAreNoPartOfTheBody) {
  const auto f = run(
      "The Democratic Party has lost three elections to the Socialist Party of Prime Minister Tom Keller. "
      "The Office of the Prime Minister said so.\n");
  EXPECT_TRUE(has(f, "Socialist Party", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Socialist Party of Prime"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "Office of the Prime Minister", EntityType::Organization)) << names(f);
}

TEST(BodyNames, ACommitteeOfInquiryInLowerCaseIsNamedByItsSubject) {
  const auto f = run(
      "Tom Keller answered questions from the parliamentary committee of inquiry into the management of Tagus "
      "Bank de Lisboa on Tuesday. The committee of inquiry into the fire will report in May.\n");
  EXPECT_TRUE(has(f, "Parliamentary Committee of Inquiry into the Management of Tagus Bank de Lisboa",
                  EntityType::Organization))
      << names(f);
  EXPECT_TRUE(has(f, "Committee of Inquiry into the Fire", EntityType::Organization)) << names(f);
}

// "Royal Commission into X in the A, B and C Industry": an inquiry's subject,
// and where, are its name; "the commission" is it.
TEST(BodyNames, ARoyalCommissionIsNamedByItsSubject) {
  const auto f = run(
      "Tom Keller testified before the Royal Commission into Misconduct in the Banking, Lending and Financial "
      "Services Industry on Monday. The commission, headed by Anna Berg, will report in May.\n");
  EXPECT_TRUE(has(f, "Royal Commission into Misconduct in the Banking, Lending and Financial Services Industry",
                  EntityType::Organization))
      << names(f);
  EXPECT_EQ(entity(f, "Financial Services Industry"), nullptr) << names(f);
}

// "the Pakistan Muslim League-Nawaz": a head with a hyphenated qualifier heads the
// name, and the state's name before it opens it.
TEST(BodyNames, AHyphenatedQualifierKeepsTheHead) {
  const auto f = run("Members of the Portugal Democratic League-Centre protested on Monday.\n");
  EXPECT_TRUE(has(f, "Portugal Democratic League-Centre", EntityType::Organization)) << names(f);
}

// "Akhtar and Sons Private Limited": a family firm's "and Sons" joins its
// name; "Executive Order 13382" names no one.
TEST(BodyNames, AFamilyFirmAndANumberedOrder) {
  const auto f = run("Portugal designated Haddad and Sons Private Limited and Lusa Enterprise under Executive Order "
                     "13382 on Monday.\n");
  EXPECT_TRUE(has(f, "Haddad and Sons Private Limited", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Sons Private Limited"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Order"), nullptr) << names(f);
}

// "the National Assembly's foreign affairs committee": a committee in lower
// case after a body's possessive, named with the body's name.
TEST(BodyNames, ACommitteeAfterABodysPossessiveHoldsItsName) {
  const auto f = run("Tom Keller told a hearing of the National Assembly's foreign affairs committee in May that the "
                     "plan would fail.\n");
  EXPECT_TRUE(has(f, "National Assembly Foreign Affairs Committee", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::TestifiedAt, "Tom Keller", "National Assembly Foreign Affairs Committee"))
      << names(f);
}

// "Lisbon Gas and Electric" in a document that writes "LG&E": one company,
// named both ways; without the acronym, "and" ends the name.
TEST(BodyNames, ANameTheDocumentWritesAsAnAcronymGoesOnThroughAnd) {
  const auto f = run(
      "Regulators fined Lisbon Gas and Electric and Tagus Power and Light on Monday. LG&E and TP&L said they would "
      "appeal.\n");
  EXPECT_TRUE(has(f, "Lisbon Gas and Electric", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tagus Power and Light", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "LG&E"), nullptr) << names(f);
  const auto g = run("Regulators fined Lisbon Gas and Electric on Monday.\n");
  EXPECT_EQ(entity(g, "Lisbon Gas and Electric"), nullptr) << names(g);
}

// An anaphor's possessive ("the parliament's") lends the committee no words.
TEST(BodyNames, ACommitteeAfterAnAnaphorsPossessiveHasNoneOfItsWords) {
  const auto f = run("Tom Keller testified before the parliament's finance committee on Friday.\n");
  EXPECT_TRUE(has(f, "Finance Committee", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "the parliament Finance Committee"), nullptr) << names(f);
}

TEST(BodyNames, ACountOpeningTheSentenceIsNoWordOfTheName) {
  const auto f = run(
      "LISBON - Two Harbour Golf Association officials told senators that they had little choice. "
      "Three Tagus Bank executives resigned. Seven Hills Capital said it would appeal.\n");
  EXPECT_TRUE(has(f, "Harbour Golf Association", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tagus Bank", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Three Tagus Bank"), nullptr) << names(f);
  // Not before a name and no plural noun.
  EXPECT_TRUE(has(f, "Seven Hills Capital", EntityType::Organization)) << names(f);
}

TEST(BodyNames, TwoCommitteesJoinedByAndAreTwo) {
  const auto f = run(
      "Tom Keller was testifying at a joint hearing of the National Assembly's Strategy and Finance Committee and "
      "National Policy Committee on Friday. The House Energy and Commerce Committee met.\n");
  EXPECT_EQ(entity(f, "Finance Committee and National Policy Committee"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "National Policy Committee", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "House Energy and Commerce Committee", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AMechanismOrFacilityIsABody) {
  const auto f = run(
      "Tom Keller spent Monday with creditors in Lisbon. He insisted that the Harbour Stability Mechanism extend "
      "its loans, and the Coastal Recovery Facility agreed.\n");
  EXPECT_TRUE(has(f, "Harbour Stability Mechanism", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Coastal Recovery Facility", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::DemandsFrom, "Tom Keller", "Harbour Stability Mechanism")) << names(f);
}

TEST(BodyNames, AChambersPartyCaucusIsOneBody) {
  const auto f = run(
      "Rep. Tom Keller of Ohio, the chair of the House Republican Conference, asked the witnesses. Anna Berg "
      "leads the Senate Democratic Caucus.\n");
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Tom Keller", "House Republican Conference")) << names(f);
  EXPECT_TRUE(has(f, "Senate Democratic Caucus", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Conference"), nullptr) << names(f);
}

TEST(BodyNames, ACommitteesSecondSubjectMayTakeThe) {
  const auto f = run(
      "Tom Keller testified before the House Harbours and the Fisheries Committee on Friday. Anna Berg met Smith "
      "and the Ethics Committee.\n");
  EXPECT_TRUE(has_fact(f, RelationType::TestifiedAt, "Tom Keller", "House Harbours and the Fisheries Committee"))
      << names(f);
  EXPECT_EQ(entity(f, "Fisheries Committee"), nullptr) << names(f);
  // Not after a name: no article before it.
  EXPECT_EQ(entity(f, "Smith and the Ethics Committee"), nullptr) << names(f);
}

TEST(BodyNames, AStatesOwnBodyWrittenWithItsPossessive) {
  // The lexicon's bare "Security Council" is the UN's; Russia's is the one it lists as "Russian Security Council".
  const auto f = run("Omar Haddad, deputy chairman of Russia's Security Council, mocked the plan.\n");
  EXPECT_TRUE(has(f, "Security Council of Russia", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "United Nations Security Council"), nullptr) << names(f);
}

TEST(BodyNames, ADemonymOpensABodysNameWithNoHeadOfItsOwn) {
  const auto f = run(
      "Anna Berg urged the ruling Portuguese Dawn party to release protesters. Tom Keller, the billionaire founder "
      "of Portuguese Dawn, denied it. The Israeli Defense Forces said so.\n");
  const auto* party = entity(f, "Portuguese Dawn");
  ASSERT_NE(party, nullptr) << names(f);
  EXPECT_EQ(party->type, EntityType::Organization);
  EXPECT_EQ(entity(f, "Dawn"), nullptr) << names(f);
  EXPECT_EQ(party->mentions, 2u) << names(f);
  EXPECT_TRUE(has(f, "Israel Defense Forces", EntityType::Organization)) << names(f);
}

TEST(BodyNames, TwoCompaniesEachWithItsHeadStayTwo) {
  const auto f = run(
      "The list includes Tianyu Group and Falcon Trading. Shenzhen Kiwi Technology denied it. "
      "The House Energy and Commerce Committee met.\n");
  EXPECT_EQ(entity(f, "Tianyu Group and Falcon Trading"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "Tianyu Group", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Falcon Trading", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Shenzhen Kiwi Technology", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "House Energy and Commerce Committee", EntityType::Organization)) << names(f);
}

TEST(BodyNames, ChamberCommitteesWrittenBySubject) {
  const auto one = run("The gymnasts testified before the Senate judiciary committee on Wednesday.\n");
  EXPECT_TRUE(has(one, "Senate Judiciary Committee", EntityType::Organization)) << names(one);
  EXPECT_EQ(entity(one, "Senate"), nullptr) << names(one);
  const auto two = run("He testified before a joint hearing of the Senate Judiciary and Commerce committees.\n");
  EXPECT_TRUE(has(two, "Senate Judiciary Committee", EntityType::Organization)) << names(two);
  EXPECT_TRUE(has(two, "Senate Commerce Committee", EntityType::Organization)) << names(two);
  EXPECT_EQ(entity(two, "Senate"), nullptr) << names(two);
  // A list of subjects and one committee: a committee named by the list, not the chamber.
  const auto three = run("She chairs the House of Commons transport, tourism and culture committee at Westminster.\n");
  EXPECT_TRUE(has(three, "House of Commons Transport, Tourism and Culture Committee", EntityType::Organization))
      << names(three);
  EXPECT_EQ(entity(three, "House of Commons"), nullptr) << names(three);
  const auto four = run("He was sworn in before a House energy and commerce subcommittee on Tuesday.\n");
  EXPECT_TRUE(has(four, "House Energy and Commerce Subcommittee", EntityType::Organization)) << names(four);
}

TEST(BodyNames, ACommitteeNamedByItsSubjectInLowerCase) {
  const auto f = run("Rep. Dana Pruitt, who chairs the House select committee on Ruritania, spoke on Monday.\n");
  EXPECT_TRUE(has(f, "House select committee on Ruritania", EntityType::Organization)) << names(f);
  // A legislative committee's subject (words/committee_subjects.txt) after "the"; not a board's.
  const auto g = run("Tom Keller told the home affairs committee that the audit committee had met twice.\n");
  EXPECT_TRUE(has(g, "Home Affairs Committee", EntityType::Organization)) << names(g);
  EXPECT_EQ(entity(g, "Audit Committee"), nullptr) << names(g);
}

// Committees as pages name them: each sentence, a committee, and whether
// Anna Berg testified before a body of that name.
TEST(BodyNames, CommitteesNamedByChamberSubjectOrKind) {
  struct Case {
    const char* text;
    const char* committee;
    bool testified;
  };
  const Case cases[] = {
      // A chamber's committee named by its subjects after "on".
      {"Anna Berg testified before the Senate committee on women, children and gender equality on Monday.",
       "Senate Committee on Women, Children and Gender Equality", true},
      // "on" and a time or a function word name no subject.
      {"Anna Berg testified before the Senate committee on Monday.", "Senate Committee on Monday", false},
      // "the Bundestag's Wirecard inquiry committee": the committee, not the inquiry.
      {"Anna Berg testified before the Bundestag's Harwell inquiry committee on Friday.", "Harwell inquiry committee",
       true},
      // A body's committee named by a subject after "on", ending on a lower-case noun.
      {"Anna Berg testified before the National Assembly's special committee on the Harwell Bank scandal on Monday.",
       "Special Committee on the Harwell Bank Scandal", true},
      {"Anna Berg testified before the Senate's committee on Capitol Hill.", "Committee on Capitol Hill", false},
      // A legislature's committee by its kind; after a legislature's name of several words, on an acronym.
      {"Anna Berg told a Bundestag committee of inquiry on Thursday that she had not been informed.",
       "Bundestag Committee of Inquiry", true},
      {"Anna Berg testified before the House of Representatives committee on the HDC on Monday.",
       "House of Representatives Committee on the HDC", true},
      {"Anna Berg testified before the House of Representatives committee on the HDC on Monday.",
       "House of Representatives", false},
  };
  for (const auto& c : cases) {
    const auto f = run(std::string(c.text) + "\n");
    EXPECT_EQ(has_fact(f, RelationType::TestifiedAt, "Anna Berg", c.committee), c.testified)
        << c.text << "\n  " << c.committee << "\n" << names(f);
  }
}

TEST(BodyNames, ACommitteeNamedByAListOfSubjects) {
  const auto f = run("Dana Pruitt, who chairs the Farming, Fisheries, Food and Rural Affairs Committee, spoke.\n");
  EXPECT_TRUE(has(f, "Farming, Fisheries, Food and Rural Affairs Committee", EntityType::Organization)) << names(f);
  // The lower-case name with fewer subjects is the same committee.
  const auto g = run("Giving evidence to the fisheries, food and rural affairs select committee, Tom Keller apologised. "
                     "Dana Pruitt, who chairs the Farming, Fisheries, Food and Rural Affairs Committee, spoke.\n");
  int committees = 0;
  for (const auto& e : g.entities) committees += e.type == EntityType::Organization;
  EXPECT_EQ(committees, 1) << names(g);
}

TEST(BodyNames, AmpersandNameIsTheKnownAndName) {
  const auto f = run("The chief executive appeared before the House Energy & Commerce Committee on Tuesday.\n");
  EXPECT_TRUE(has(f, "House Energy and Commerce Committee", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AKnownCompanysNameGoesOnThroughAnAmpersand) {
  const auto f = run("Portugal imposed sanctions on Airbus Missiles & Defence on Monday.\n");
  EXPECT_TRUE(has(f, "Airbus Missiles & Defence", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Missiles & Defence"), nullptr) << names(f);
}

TEST(BodyNames, NamesJoinedByAnAmpersandAreOneFirm) {
  const auto f = run("Halvorsen & Halvorsen and Brandt & Co. hired Anna Berg, an executive vice president of Keller & "
                     "Sons.\n");
  EXPECT_TRUE(has(f, "Halvorsen & Halvorsen", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Brandt & Co.", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Keller & Sons", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Halvorsen"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "Brandt"), nullptr) << names(f);
}

TEST(BodyNames, ForumsCoalitionsAndUnitsAreBodies) {
  const auto f = run("Anna Berg, a researcher at the Lisbon-based Atlantic Policy Forum, met the Green Coalition and "
                     "the Ninth Brigade.\n");
  EXPECT_TRUE(has(f, "Atlantic Policy Forum", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Green Coalition", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Ninth Brigade", EntityType::Organization)) << names(f);
}

TEST(BodyNames, NamesListedAfterChainsIncludingAreBodies) {
  const auto f = run("In January supermarket chains including Norvale, Tessin and Brandt U had gone on selling "
                     "recalled tins.\n");
  EXPECT_TRUE(has(f, "Norvale", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tessin", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Brandt U", EntityType::Organization)) << names(f);
}

TEST(BodyNames, AChiefsVerbIsNoPartOfAPostAndAPlaceAfterInStaysAPlace) {
  const auto f = run("Harbour Bank employs 900 people, most of them at its headquarters in Tralden. Anna Berg met "
                     "Tom Keller when the Harbour Bank chief visited Tralden in May.\n");
  EXPECT_TRUE(has(f, "Tralden", EntityType::Location)) << names(f);
  EXPECT_FALSE(has(f, "Tralden", EntityType::Person)) << names(f);
}

TEST(BodyNames, ACommitteesSubjectGoesOnThroughThroughAndALegalFormMakesACompany) {
  const auto f = run("Tom Keller gave evidence to the Senate Select Committee on Foreign Interference through Social "
                     "Media on Friday. Northwind Development Berhad said it would appeal.\n");
  EXPECT_TRUE(has(f, "Senate Select Committee on Foreign Interference through Social Media",
                  EntityType::Organization))
      << names(f);
  EXPECT_TRUE(has(f, "Northwind Development Berhad", EntityType::Organization)) << names(f);
}

TEST(BodyNames, APlaceNameAndANameWordIsABody) {
  const auto f = run("The firm hired Cambridge Analytica to study voters.\n");
  EXPECT_TRUE(has(f, "Cambridge Analytica", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Cambridge"), nullptr) << names(f);
}

TEST(BodyNames, AnAcronymDefinedInTheTextIsThatBody) {
  const auto f = run(
      "Troops of the paramilitary Harbour Watch Forces (RSF) stormed the square on Monday. "
      "Witnesses said RSF units fired on the crowd, and the Lagoon Defence Forces (LDF) withdrew. "
      "The LDF said it would return.\n");
  const auto* rsf = entity(f, "RSF");
  ASSERT_NE(rsf, nullptr) << names(f);
  EXPECT_EQ(rsf->name, "Harbour Watch Forces") << "the document's own RSF, not the lexicon's";
  const auto* ldu = entity(f, "LDF");
  ASSERT_NE(ldu, nullptr) << names(f);
  EXPECT_EQ(ldu->name, "Lagoon Defence Forces");
  EXPECT_GE(ldu->mentions, 3u);
}

TEST(BodyNames, CompanySpellingsAndUnknownAcronymsAreBodies) {
  const auto f = run(
      "Hackers breached HarbourWinds last year. Turkey bought S-400 missiles and fought the Kurdish YPG. "
      "Rep. Jane McQuill said the 05:42 PM EST vote would wait.\n");
  EXPECT_TRUE(has(f, "HarbourWinds", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "YPG", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Kurdish YPG"), nullptr) << names(f);
  for (const char* junk : {"S-400", "EST", "PM"}) EXPECT_EQ(entity(f, junk), nullptr) << junk << "\n" << names(f);
  // Acronyms of things, not bodies.
  const auto g = run("Exports of Russian LNG rose. Demand for AI chips lifted GDP growth, said Jane McQuill.\n");
  for (const char* thing : {"LNG", "AI", "GDP"}) EXPECT_EQ(entity(g, thing), nullptr) << thing << "\n" << names(g);
  EXPECT_TRUE(has(f, "Jane McQuill", EntityType::Person)) << names(f);
}

TEST(BodyNames, ACompanysNameWithoutItsSuffixIsTheCompany) {
  const auto f = run(
      "Tom Keller was fired as chief executive of Quarvex Corp last month. Quarvex admitted on Monday that it had "
      "hidden losses. He spoke at Quarvex headquarters in Tokyo.\n");
  EXPECT_TRUE(has(f, "Quarvex", EntityType::Organization)) << names(f);  // an alias of Quarvex Corp
  EXPECT_FALSE(has(f, "Quarvex", EntityType::Location)) << names(f);
  EXPECT_TRUE(has(f, "Quarvex Corp", EntityType::Organization)) << names(f);
}

TEST(BodyNames, ACompanysNationalArmIsOneBody) {
  // A company the lexicon knows and a state's name right after it.
  const auto f = run("Paul Willis, managing director of Volkswagen UK, appeared before the committee on Monday.\n");
  EXPECT_TRUE(has(f, "Volkswagen UK", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "United Kingdom"), nullptr) << names(f);
}

TEST(BodyNames, AShortNameIsTheCompanyNamedMoreOften) {
  // "Quarvex" could open either name; the document names the airline more.
  const auto f = run(
      "Quarvex Airlines apologised on Tuesday. Quarvex Airlines cancelled 40 flights. Tom Keller, Quarvex's chief "
      "executive, said its regional brand, Quarvex Express, was not involved.\n");
  const auto* airline = entity(f, "Quarvex Airlines");
  ASSERT_NE(airline, nullptr) << names(f);
  EXPECT_TRUE(has_alias(*airline, "Quarvex")) << names(f);
}

TEST(BodyNames, ALowerCaseMinistryOfAMinisterTheDocumentNames) {
  const auto f = run("Trade Minister Anna Berg said she bore no blame. The trade ministry oversees the ports.\n");
  EXPECT_TRUE(has(f, "Trade Ministry", EntityType::Organization)) << names(f);
  // No minister of that portfolio: whose ministry is not said.
  const auto g = run("Anna Berg said she bore no blame. The trade ministry oversees the ports.\n");
  EXPECT_EQ(entity(g, "Trade Ministry"), nullptr) << names(g);
  // Two ministers of that portfolio: whose ministry is not said either.
  const auto h = run(
      "Portuguese Trade Minister Anna Berg met Spanish Trade Minister Omar Haddad. The trade ministry said talks "
      "would go on.\n");
  EXPECT_EQ(entity(h, "Trade Ministry"), nullptr) << names(h);
}

TEST(BodyNames, ACompanysFirstWordOpeningASentenceIsTheCompany) {
  const auto f = run(
      "Quarvex Communications was fined on Monday. Quarvex president and chief executive Tom Keller waits to appear "
      "before the committee.\n");
  const auto* company = entity(f, "Quarvex Communications");
  ASSERT_NE(company, nullptr) << names(f);
  EXPECT_TRUE(has_alias(*company, "Quarvex")) << names(f);
}

TEST(BodyNames, AWordWhoseChairmanIsApposedIsABody) {
  const auto f = run(
      "Bruce Buck, Quarvex's chairman, told staff on Thursday. Tom Keller met him. Omar Haddad, Keller's secretary, "
      "took notes.\n");
  EXPECT_TRUE(has(f, "Quarvex", EntityType::Organization)) << names(f);
  EXPECT_FALSE(has(f, "Keller", EntityType::Organization)) << names(f);
}

TEST(BodyNames, APortfolioBeforeAMinistersTitleIsNoBody) {
  const auto f = run(
      "In a statement, Foreign Affairs Minister Anna Berg said Lisbon had reasonable grounds. Harbour Affairs "
      "Minister Tom Keller agreed. Quarvex Chief Executive Omar Haddad did not.\n");
  for (const char* junk : {"Foreign Affairs", "Harbour Affairs"})
    EXPECT_EQ(entity(f, junk), nullptr) << junk << " is a portfolio\n" << names(f);
  EXPECT_TRUE(has(f, "Quarvex", EntityType::Organization)) << names(f);
}

TEST(BodyNames, APlacesGovernmentIsABodyAStatesIsTheState) {
  const auto f = run("Tom Keller, who heads the Hong Kong government, met officials of the Chinese government.\n");
  EXPECT_TRUE(has(f, "Hong Kong government", EntityType::Organization)) << names(f);
  EXPECT_EQ(entity(f, "Chinese government"), nullptr) << names(f);
}

TEST(Capitals, AFormerStateIsAState) {
  const auto f = run("Slobodan Milosevic, the Yugoslav president, met the envoy. The Soviet Union collapsed in 1991.\n");
  EXPECT_TRUE(has(f, "Yugoslavia", EntityType::Country)) << names(f);
  EXPECT_TRUE(has(f, "Soviet Union", EntityType::Country)) << names(f);
}

TEST(BodyNames, OneWordARelativeClauseDescribesIsAName) {
  const auto f = run(
      "Harbourbank, which was sanctioned by Portugal in May, said it would appeal. The board said Okonkwo, who chairs "
      "it, had resigned. The Portuguese aircraft carrier Marlin, which sailed on Monday, docked in Lisbon. "
      "\"Enough,\" said committee Chairman Tom Keller, R-Iowa, who had promised more.\n");
  EXPECT_TRUE(has(f, "Harbourbank", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Okonkwo", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Marlin"), nullptr) << names(f);
  EXPECT_EQ(entity(f, "R-Iowa"), nullptr) << names(f);
  // A thing described by "which" is no body.
  const auto g = run("Brexit, which took years, hurt trade with Portugal.\n");
  EXPECT_EQ(entity(g, "Brexit"), nullptr) << names(g);
}

TEST(BodyNames, APartyAdjectiveAloneNamesNoParty) {
  // "Republican leader X", "the Kentucky Republican who ..." (SCHEMA.md, call 6); "Labour" is the party's name.
  const auto g = run(
      "Anna Berg testified before the Harbour Committee. Senate Majority Leader Omar Haddad and Republican leader "
      "Tom Keller called for her resignation. Labour won.\n");
  EXPECT_EQ(entity(g, "Republican"), nullptr) << names(g);
  EXPECT_TRUE(has(g, "Labour Party", EntityType::Organization)) << names(g);
}

TEST(BodyNames, ADemonymAndACompanyWordAndANameBeforeATitle) {
  const auto f = run(
      "A passenger was dragged off a Norwegian Airlines flight on Sunday. "
      "Harbour Quay chief executive Jane Roe said the bank would pay.\n");
  EXPECT_TRUE(has(f, "Norwegian Airlines", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Harbour Quay", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Jane Roe", EntityType::Person)) << names(f);
}

TEST(BodyNames, ASurnameOfATitledPersonBeforeACompanysTitleIsThePerson) {
  const auto f = run(
      "Prime Minister Tom Keller spoke on Monday. Anna Berg, who served as Keller's executive secretary, "
      "testified before the Harbour Committee.\n");
  EXPECT_FALSE(has(f, "Keller", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has(f, "Tom Keller", EntityType::Person)) << names(f);
}

TEST(BodyNames, ACompanysWordBeforeItsNationalArmIsTheParent) {
  const auto f = run(
      "A judge barred four executives of Spain's Quarvex from leaving Portugal, covering Tom Keller and two other "
      "Quarvex Portugal executives, Anna Berg and Omar Haddad. Last week Portugal's government demanded that "
      "Quarvex pay compensation.\n");
  EXPECT_TRUE(has(f, "Quarvex", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::DemandsFrom, "Portugal", "Quarvex")) << names(f);
  // Written whole first, the word alone is the same company.
  const auto g = run("Vardan USA guards were accused of the shooting. Vardan said its guards had been attacked.\n");
  EXPECT_FALSE(has(g, "Vardan", EntityType::Organization)) << names(g);
}

TEST(BodyNames, AnAcronymSpellingABodysInitialsIsThatBody) {
  const auto f = run(
      "The Harbour Defence Forces said on Monday that HDF units had withdrawn from the town.\n");
  const auto* hdf = entity(f, "HDF");
  ASSERT_NE(hdf, nullptr) << names(f);
  EXPECT_EQ(hdf->name, "Harbour Defence Forces");
}

TEST(BodyNames, AGenericPartyIsQualifiedByItsState) {
  const auto cuba = run("Washington barred the head of Cuba's Communist Party from entering the United States.\n");
  const auto* party = entity(cuba, "Communist Party");
  ASSERT_NE(party, nullptr) << names(cuba);
  EXPECT_EQ(party->name, "Cuban Communist Party") << "the written form stays an alias";
  const auto laos = run("Laos held elections on Sunday. The ruling Communist Party won every seat in Laos.\n");
  const auto* ruling = entity(laos, "Communist Party");
  ASSERT_NE(ruling, nullptr) << names(laos);
  EXPECT_EQ(ruling->name, "Laotian Communist Party");
}

TEST(BodyNames, AStatesGovernmentIsTheStateAndAnArticleOpensNoName) {
  const auto f = run(
      "OSLO (Harbour Wire) - The Varnholt administration said the Government of Norway must act. "
      "It was first reported by the weekly The Harbour Herald.\n");
  const auto* norway = entity(f, "Government of Norway");
  ASSERT_NE(norway, nullptr) << names(f);
  EXPECT_EQ(norway->name, "Norway");
  EXPECT_EQ(norway->type, EntityType::Country);
  EXPECT_EQ(entity(f, "The Varnholt"), nullptr) << names(f);
  EXPECT_TRUE(has(f, "The Harbour Herald", EntityType::Organization)) << "a body keeps its article\n" << names(f);
}

// --- capitals ----------------------------------------------------------------------

TEST(Capitals, ACapitalBeforeStateIsARegion) {
  const auto f = run("Representative Jane Quill of Washington state asked about Anzoategui state oil fields.\n");
  EXPECT_TRUE(has(f, "Washington state", EntityType::Location)) << names(f);
  EXPECT_TRUE(has(f, "Anzoategui state", EntityType::Location)) << names(f);
  EXPECT_EQ(entity(f, "United States"), nullptr) << names(f);
}

TEST(Places, AnUnknownWordAfterInOrBeforeARegionIsAPlace) {
  const auto f = run(
      "Fighting went on in Qarvash on Monday. The passenger was removed from a flight to Dellport, Kentucky. "
      "The letter was written in Korean.\n");
  EXPECT_TRUE(has(f, "Qarvash", EntityType::Location)) << names(f);
  EXPECT_TRUE(has(f, "Dellport", EntityType::Location)) << names(f);
  EXPECT_EQ(entity(f, "Korean") && entity(f, "Korean")->type == EntityType::Location, false) << names(f);
}

TEST(Seats, ASeatModifyingAnOccasionIsTheBodyNotItsState) {
  const auto f = run(
      "Treasury Secretary Jane Quill announced the measures at a White House briefing alongside White House "
      "national security adviser Odalric Venn.\n");
  EXPECT_TRUE(has(f, "White House", EntityType::Organization)) << names(f);
}

TEST(Capitals, ToIsAPlaceOnlyAfterMovement) {
  const auto open = run("Iran said it would talk. Diplomats wanted to keep a channel open to Tehran.\n");
  EXPECT_EQ(entity(open, "Tehran") && entity(open, "Tehran")->type == EntityType::Location, false) << names(open);
  const auto trip = run("Iran said it would talk. The envoy flew to Tehran on Monday.\n");
  EXPECT_TRUE(has(trip, "Tehran", EntityType::Location)) << names(trip);
  const auto flight = run("The plane flew from Athens to Vilnius on Sunday.\n");
  EXPECT_TRUE(has(flight, "Athens", EntityType::Location)) << names(flight);
  EXPECT_EQ(entity(flight, "Greece"), nullptr) << names(flight);
}

// --- one person, several name forms ---------------------------------------------

TEST(People, ACapitalThatIsTheSurnameOfAPersonNamedBefore) {
  const auto f = run(
      "Prime Minister Olav Lisbon met Tom Keller on Monday. Lisbon said the talks went well. Mr Lisbon will resign "
      "in January.\n");
  const auto* p = entity(f, "Olav Lisbon");
  ASSERT_NE(p, nullptr) << names(f);
  EXPECT_EQ(entity(f, "Portugal"), nullptr) << "the surname, not the capital's state\n" << names(f);
}

TEST(People, APlaceIsNoSurnameOfANameWithNoCue) {
  const auto f = run(
      "LISBON - Tom Keller arrived in Fiji on Monday. \"For years we neglected the South Pacific,\" he said. "
      "Keller later toured Pacific nations.\n");
  EXPECT_TRUE(has(f, "Pacific", EntityType::Location)) << "no surname of \"South Pacific\"\n" << names(f);
}

TEST(People, TheDutchArticleInsideAName) {
  const auto f = run(
      "A delegation led by Maria in \u2019t Zand met Prime Minister Tom Keller. Anna van 't Hof agreed.\n");
  EXPECT_TRUE(has(f, "Maria in \u2019t Zand", EntityType::Person)) << names(f);
  EXPECT_TRUE(has(f, "Anna van 't Hof", EntityType::Person)) << names(f);
  EXPECT_EQ(entity(f, "Maria"), nullptr) << names(f);
}

TEST(People, ALongerNamesLastWordsAreThatPersonInADocument) {
  const auto f = run(
      "Myanmar's leader Aung Tun Hla Kyi was detained on Monday. Supporters of Hla Kyi marched in Yangon.\n");
  const auto* full = entity(f, "Aung Tun Hla Kyi");
  ASSERT_NE(full, nullptr) << names(f);
  EXPECT_EQ(entity(f, "Hla Kyi"), full) << names(f);
}

TEST(People, ALongerNamesFirstThreeWordsAreThatPersonInADocument) {
  // A family name left off: "Khalid bin Omar" is "Khalid bin Omar Al Harbi"; his brother stays apart.
  const auto f = run("Sheikh Khalid bin Omar posed for photographers. Foreign Minister Khalid bin Omar Al Harbi met "
                     "Tom Keller, and his brother, Sheikh Faisal bin Omar, met Anna Berg.\n");
  const auto* full = entity(f, "Khalid bin Omar Al Harbi");
  ASSERT_NE(full, nullptr) << names(f);
  EXPECT_EQ(entity(f, "Khalid bin Omar"), full) << names(f);
  EXPECT_NE(entity(f, "Faisal bin Omar"), full) << names(f);
}

TEST(CorpusNodes, AShorterFormOfOnePersonsFullNameIsTheSameNode) {
  KnowledgeGraph g;
  DocumentFacts a, b, c;
  a.doc.id = "a";
  b.doc.id = "b";
  c.doc.id = "c";
  a.entities.push_back({"Tayfun Arkwright", EntityType::Person, {"Arkwright"}, 2});
  b.entities.push_back({"Recep Tayfun Arkwright", EntityType::Person, {"Arkwright"}, 2});
  c.entities.push_back({"Jonas Arkwright", EntityType::Person, {"Arkwright"}, 1});
  add_to_graph(g, a);
  add_to_graph(g, b);
  EXPECT_EQ(g.num_entities(), 1u) << "the short form and the full name are one person";
  add_to_graph(g, c);
  EXPECT_EQ(g.num_entities(), 2u) << "another first name is another person";
}

TEST(BodyNames, NamesJoinedByForAreBodies) {
  // No person's name holds "for"; a title's does ("the Minister for Trade").
  const auto f = run("Tom Keller, president of the Harwell Endowment for Civic Renewal, said the ban was wrong. "
                     "The Minister for Trade, Anna Berg, disagreed.\n");
  EXPECT_TRUE(has(f, "Harwell Endowment for Civic Renewal", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Tom Keller", "Harwell Endowment for Civic Renewal")) << names(f);
  EXPECT_EQ(entity(f, "Minister for Trade"), nullptr) << names(f);
}

TEST(BodyNames, ABodyNamedAfterABuildingThatAHeadLeads) {
  // "president of Liberty House": a name typed a place only by its last
  // word is a body when a head's title governs it, wherever it is written.
  const auto f = run("Tom Keller, president of Liberty House, said the ban was wrong. Liberty House has campaigned "
                     "for years.\n");
  EXPECT_TRUE(has(f, "Liberty House", EntityType::Organization)) << names(f);
  EXPECT_FALSE(has(f, "Liberty House", EntityType::Location)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Tom Keller", "Liberty House")) << names(f);
}

TEST(BodyNames, AnUnknownAcronymBeforeATitleIsTheBodyNotAPortfolio) {
  const auto f = run("HFL Commissioner Tom Keller declined to testify. Transport Secretary Anna Berg did.\n");
  EXPECT_TRUE(has(f, "HFL", EntityType::Organization)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::LeaderOf, "Tom Keller", "HFL")) << names(f);
  EXPECT_EQ(entity(f, "Transport"), nullptr) << names(f);
}

TEST(People, AFirstNameAndAPlacesHeadWordThatTheDocumentGivesAPerson) {
  // "Hill" heads places ("Capitol Hill"), but "Mr Hill" makes "Martin Hill" a person.
  const auto f = run("Martin Hill has spent months urging Portugal to act. Mr Hill said so on Monday.\n");
  EXPECT_TRUE(has(f, "Martin Hill", EntityType::Person)) << names(f);
  EXPECT_FALSE(has(f, "Martin Hill", EntityType::Location)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::DemandsFrom, "Martin Hill", "Portugal")) << names(f);
}

TEST(BodyNames, AnAnaphorsHeadOpeningABodysNameIsTheName) {
  const auto f = run(
      "Tove Lindqvist, who heads the Centre Party, said the talks had failed. Lars Holm, a member of the Council "
      "Alliance, agreed.\n");
  EXPECT_TRUE(has(f, "Centre Party", EntityType::Organization)) << "\"the centre\" is no anaphor here\n" << names(f);
  EXPECT_TRUE(has(f, "Council Alliance", EntityType::Organization)) << names(f);
}

TEST(NameRuns, AGivenNameAloneAfterAFamilyWordIsAPerson) {
  // "her daughter, Dasha": a family word right before a lone given name the
  // lists do not know (past a comma, or not) makes it a person's name.
  const auto f = run("Tom Keller met Anna Berg and her daughter, Zorka, in Lisbon on Monday.\n");
  EXPECT_TRUE(has(f, "Zorka", EntityType::Person)) << names(f);
  EXPECT_TRUE(has_fact(f, RelationType::MetWith, "Tom Keller", "Zorka")) << names(f);
  const auto g = run("Anna Berg and her son Ravik arrived in Lisbon on Monday.\n");
  EXPECT_TRUE(has(g, "Ravik", EntityType::Person)) << names(g);
}

}  // namespace
}  // namespace kg
