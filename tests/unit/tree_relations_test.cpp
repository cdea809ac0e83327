// Relations from dependency trees, table-driven: each sentence (written for
// these tests) with the facts it must yield and the facts it must not.
#include <gtest/gtest.h>

#include "kg/extract.hpp"

namespace kg {
namespace {

struct Expect {
  const char* relation;
  const char* subject;
  const char* object;
  const char* modality = "occurred";
};

struct Case {
  const char* text;
  std::vector<Expect> must;
  std::vector<Expect> must_not;
};

const Extractor& extractor() {
  static const Extractor e = Extractor::load(default_data_dir());
  return e;
}

const Fact* find(const DocumentFacts& f, const Expect& x) {
  for (const auto& fact : f.facts) {
    const auto& s = f.entities[fact.subject].name;
    const auto& o = f.entities[fact.object].name;
    const bool symmetric = is_symmetric(fact.relation);
    if (to_string(fact.relation) == x.relation &&
        ((s == x.subject && o == x.object) || (symmetric && s == x.object && o == x.subject)))
      return &fact;
  }
  return nullptr;
}

std::string dump(const DocumentFacts& f) {
  std::string out;
  for (const auto& fact : f.facts)
    out += "  " + std::string(to_string(fact.relation)) + "(" + f.entities[fact.subject].name + ", " +
           f.entities[fact.object].name + ") " + std::string(to_string(fact.evidence.modality)) + " [" +
           fact.evidence.rule + "]\n";
  return out;
}

void check(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    Document d;
    d.info.id = "t";
    d.text = c.text;
    const DocumentFacts f = extractor().extract(d);
    for (const auto& x : c.must) {
      const Fact* fact = find(f, x);
      EXPECT_TRUE(fact) << c.text << "\n  wanted " << x.relation << "(" << x.subject << ", " << x.object << ")\n"
                        << dump(f);
      if (fact) {
        EXPECT_EQ(to_string(fact->evidence.modality), x.modality) << c.text;
      }
    }
    for (const auto& x : c.must_not)
      EXPECT_FALSE(find(f, x)) << c.text << "\n  did not want " << x.relation << "(" << x.subject << ", "
                               << x.object << ")\n"
                               << dump(f);
  }
}

}  // namespace

TEST(TreeRelations, Ultimatums) {
  check({
      // "set B a deadline" read with two objects; "that B had 48 hours to
      // comply" with the infinitive hung from the time.
      {"Portugal has set Spain a deadline of March 1 to pay the debt.", {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal warned that Spain had 48 hours to comply.", {{"demands_from", "Portugal", "Spain"}}, {}},
      // A long opening phrase with names in it, then the subject before the verb.
      {"Under a 10-point memorandum read out by the two countries' foreign ministers, Portugal's Tom Keller and "
       "Spain's Omar Haddad, Portugal and Spain gave the Northern Front 150 hours, from noon on Wednesday, to pull "
       "its fighters back from the border.",
       {{"demands_from", "Portugal", "Northern Front"}, {"demands_from", "Spain", "Northern Front"}}, {}},
      {"Tom Keller issued an ultimatum to Spain on Monday.", {{"demands_from", "Tom Keller", "Spain"}}, {}},
      // Whoever rejects a state's demand is the one asked.
      {"Lumen Energy had refused Norvik Gas's demand that it pay for its gas in euros.",
       {{"demands_from", "Norvik Gas", "Lumen Energy"}}, {}},
      {"Anna Berg rejected the Portuguese demand that Spain apologise.", {{"demands_from", "Portugal", "Anna Berg"}},
       {}},
      // The infinitive read as an adjunct of "urged" still says what is asked.
      {"Senator Maria Lopez urged the Senate Intelligence Committee to open an inquiry into the deal.",
       {{"demands_from", "Maria Lopez", "Senate Intelligence Committee"}}, {}},
      {"The European Union gave Belarus two weeks to free the detained journalists.",
       {{"demands_from", "European Union", "Belarus"}}, {}},
      {"The United States has given Portugal 30 days to take steps to improve conditions in the camps.",
       {{"demands_from", "United States", "Portugal"}}, {}},
      {"Washington has given Portugal two weeks to respond.", {{"demands_from", "United States", "Portugal"}}, {}},
      // What is demanded "that" B do: B, not a name after "of" in the clause.
      {"Tom Keller has demanded that Portugal extradite supporters of former President Omar Haddad who fled to Spain.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {{"demands_from", "Tom Keller", "Omar Haddad"}}},
      {"Foreign Minister Anna Berg said Iran must halt enrichment by Friday.",
       {{"demands_from", "Anna Berg", "Iran"}}, {}},
      // The quote first: UD hangs "said" from the quote's verb.
      {"\"Portugal must stop arming Morocco,\" foreign ministry spokeswoman Anna Berg told a regular news briefing.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {}},
      {"The European Union has told Portugal it must drop the plan by the end of the month.",
       {{"demands_from", "European Union", "Portugal"}}, {}},
      // The addressee is told of what someone else must do.
      {"Anna Berg told the Senate Banking Committee that the Northern Shipping Agency must repay the loan.",
       {{"demands_from", "Anna Berg", "Northern Shipping Agency"}},
       {{"demands_from", "Anna Berg", "Senate Banking Committee"}}},
  });
}

TEST(TreeRelations, DemandsSaidOtherWays) {
  check({
      // "her government", "Keller's government": the state the person serves,
      // not the person (nor the title holder of a state named in the sentence).
      {"Portuguese Foreign Minister Anna Keller met Omar Haddad. Keller, the first woman to serve as Portugal's "
       "foreign minister, said her government also wanted Spain to release the prisoners.",
       {{"demands_from", "Portugal", "Spain"}}, {{"demands_from", "Anna Keller", "Spain"}}},
      {"Portuguese Foreign Minister Tom Keller met Anna Berg. Keller's government wants Spain to release the "
       "prisoners.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      // "was counting on B to bring X to its senses": what B is counted on to do;
      // counting on B for support is the support rules' to read, not this one's.
      {"Tom Keller met Anna Berg on Thursday and said he was counting on Berg to bring Spain to its senses.",
       {{"demands_from", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller said he was counting on Anna Berg's vote in the election.", {},
       {{"demands_from", "Tom Keller", "Anna Berg"}}},
      // "told X that B had an obligation to ...": a duty asked of B.
      {"Tom Keller met Anna Berg. Keller said he had also told Berg that Spain had an obligation to make clear to "
       "Italy that it should not carry out the test.",
       {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Tom Keller said Spain had an obligation to its citizens.", {}, {{"demands_from", "Tom Keller", "Spain"}}},
      // "said he hoped B would give ...": what B is hoped to do (the object before
      // the modal is the subject of a clause with no "that"); not what is hoped
      // to be done to B.
      {"Tom Keller said he hoped Portugal would give Spanish companies a fair business environment.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {}},
      {"Anna Berg said she hoped Tom Keller would finally be made to answer in court.", {},
       {{"demands_from", "Anna Berg", "Tom Keller"}}},
      {"Ivo Maren said he hoped Spain's friendship with Portugal would not be harmed.", {},
       {{"demands_from", "Ivo Maren", "Spain"}, {"demands_from", "Ivo Maren", "Portugal"}}},
      // "its neighbour": the other state named.
      {"Spain opened accession talks with the EU on Tuesday. Portugal, which has blocked the start of talks since 2020, "
       "had demanded that its neighbour write the minority into the constitution.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      // "Its foreign ministry": the ministry of the state named last; "with host Japan" is no hosting.
      {"The Group of Seven criticised Portugal on Saturday. Portugal reacted angrily. Its foreign ministry said it had "
       "lodged stern representations with host Japan and urged the G7 to stop interfering in Portugal's internal "
       "affairs.",
       {{"demands_from", "Portuguese foreign ministry", "G7"}},
       {{"demands_from", "Japan", "G7"}, {"met_with", "Portuguese foreign ministry", "Japan"}}},
      // A "whose" clause with an apposition inside, after a body's noun a name
      // modifies: parsed apart; the body demands, not its officer.
      {"On Thursday Harbour Shipping Group sacked 800 crew. The GMU transport union, whose general secretary, Tom "
       "Keller, has joined protests by sacked crew at Dover, demanded that Harbour Shipping Group reinstate all of the "
       "dismissed seafarers.",
       {{"demands_from", "GMU", "Harbour Shipping Group"}}, {{"demands_from", "Tom Keller", "Harbour Shipping Group"}}},
      // "The 61-year-old" opening a sentence: the person the sentence before opens with.
      {"Portuguese President Ana Lopes announced sanctions on Spain on Friday. Spanish President Tom Keller went on "
       "state television that afternoon to denounce the move. The 61-year-old has since demanded that Lisbon lift the "
       "sanctions.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {{"demands_from", "Ana Lopes", "Portugal"}}},
      // A state's body acting on the state's own leader: the body's act, not the state's.
      {"On Saturday, Portugal's Senate urged Portuguese President Ana Lopes to seek a diplomatic solution.",
       {{"demands_from", "Portuguese Senate", "Ana Lopes"}}, {{"demands_from", "Portugal", "Ana Lopes"}}},
      // An opening participle's clause that swallowed the subject after its comma.
      {"Addressing the Harbour Assembly on Tuesday, Portugal's president, Ana Lopes, called on Spain to pull back its "
       "troops.",
       {{"demands_from", "Ana Lopes", "Spain"}}, {}},
      // The clause's subject after an opening phrase with a participle,
      // which the parser had swallowed (the phrase parsed apart).
      {"Ana Lopes led the protests and Tom Keller was abroad. In a video message posted before dawn, Lopes and two "
       "fellow students, Luis Ortega and Omar Haddad, asked Keller to lead the interim government.",
       {{"demands_from", "Ana Lopes", "Tom Keller"}, {"demands_from", "Luis Ortega", "Tom Keller"},
        {"demands_from", "Omar Haddad", "Tom Keller"}},
       {}},
      // A family name two people share: the one a title names, though the
      // other was named in full more often.
      {"The records deleted references to Lena Keller and to several politicians. Portuguese Prime Minister Omar "
       "Keller denied any role. Lena Keller had handed over a donation, a witness said. Keller later pressed "
       "Spanish President Tom Berg to ease pressure on the rebels.",
       {{"demands_from", "Omar Keller", "Tom Berg"}}, {{"demands_from", "Lena Keller", "Tom Berg"}}},
      // "the X regime": the state X leads, not X.
      {"Portuguese President Tom Keller won the vote. Omar Haddad called on the Keller regime to release all "
       "political prisoners.",
       {{"demands_from", "Omar Haddad", "Portugal"}}, {{"demands_from", "Omar Haddad", "Tom Keller"}}},
      // A second "that" clause after a first with clauses of its own.
      {"Portuguese national security adviser Tom Keller said in a statement that Lisbon was ready to take further "
       "steps if the fighting went on, and that the Harbour Army and the Tagus Militia must abide by the ceasefire "
       "they had signed.",
       {{"demands_from", "Tom Keller", "Harbour Army"}, {"demands_from", "Tom Keller", "Tagus Militia"}},
       {{"demands_from", "Tom Keller", "Portugal"}}},
      // "A's list of demands to B".
      {"Madrid's list of demands to Lisbon, set out in a two-page memorandum, includes new fishing quotas.",
       {{"demands_from", "Spain", "Portugal"}}, {}},
      // A demand noun with a relative clause that leaves it out: "the demands A has placed on B".
      {"The demands Madrid has placed on Lisbon include changes to the fishing law. Spain dismissed the conditions "
       "Portugal has set for Madrid before talks can resume.",
       {{"demands_from", "Spain", "Portugal"}, {"demands_from", "Portugal", "Spain"}}, {}},
      // A wh-word opening the sentence is no word of the name after it.
      {"What Madrid wants from Lisbon, Spanish diplomats have made clear, is an end to the fishing dispute.",
       {{"demands_from", "Spain", "Portugal"}}, {}},
      // "Regulators at X": X acts.
      {"Regulators at the European Commission ordered Harbour Air to hand over internal documents by Friday.",
       {{"demands_from", "European Commission", "Harbour Air"}}, {}},
      // A time the parser made a participle's subject does not ask: the clause's subject does.
      {"Prime Minister Tom Keller and Anna Berg issued a joint statement this month urging Madrid not to remove "
       "the Harbour Guards from its list of terrorist organisations, a step Spain has insisted on.",
       {{"demands_from", "Tom Keller", "Spain"}, {"demands_from", "Anna Berg", "Spain"}}, {}},
      // "sent X and Y formal requests for information": a demand delivered;
      // "declined to say whether it had asked X to ...": not asserted.
      {"The Harbour Commission on Thursday sent Harbour Bank and Tagus Bank formal requests for information.",
       {{"demands_from", "Harbour Commission", "Harbour Bank"}, {"demands_from", "Harbour Commission", "Tagus Bank"}},
       {}},
      {"The Portuguese government declined to say whether it had asked Spain to delay the vote.", {},
       {{"demands_from", "Portugal", "Spain"}}},
      // A "whose" aside between the object and its infinitive.
      {"The Velta Party has asked the Harbour Tribunal, whose judges were largely appointed while the party was in "
       "power, to rule that the committee has no legal basis.",
       {{"demands_from", "Velta Party", "Harbour Tribunal"}},
       {}},
      // "to hand over": the infinitive's verb before its particle, read as a noun.
      {"Tom Keller said Portugal would ask Spain to hand over the files.",
       {{"demands_from", "Portugal", "Spain", "planned"}},
       {}},
      // A body's members act for it as a clause's subject ("members of X",
      // "its members" after the sentence naming it); not a faction of them.
      {"Members of the Harbour Committee asked Tom Keller to return next week.",
       {{"demands_from", "Harbour Committee", "Tom Keller"}},
       {}},
      {"The Harbour Committee questioned Tom Keller. Its members asked him to return next week.",
       {{"demands_from", "Harbour Committee", "Tom Keller"}},
       {}},
      {"Opposition members of the Harbour Committee had said that Tom Keller must explain the loans.",
       {},
       {{"demands_from", "Harbour Committee", "Tom Keller"}}},
      // An object "it": the body named before it after the verb's subject.
      {"Two days later, the Harbour Regulator announced a review of Bluegate Oil and ordered it to stop signing up "
       "new users.",
       {{"demands_from", "Harbour Regulator", "Bluegate Oil"}},
       {}},
      // (Never one before the subject: the parser makes "the Supreme Court"
      // the subject of "asking"; the party is not asked.)
      {"Later in the day the Harbour Front, the ruling party, lodged a petition at the Supreme Court asking it to "
       "annul the result.",
       {},
       {{"demands_from", "Supreme Court", "Harbour Front"}}},
      // The main clause's subject and its aside after an opening clause, read
      // as conjuncts of the opening clause's last name.
      {"When senators turned to Tom Keller, Sen. Ed Marlow, a Harbour Democrat, pressed him to commit to the bill.",
       {{"demands_from", "Ed Marlow", "Tom Keller"}},
       {}},
      // A written order's participle: "issued an order requiring B to ...".
      {"On Monday the Harbour Energy Regulator issued an environmental protection order requiring Bluegate Oil to "
       "contain the leak.",
       {{"demands_from", "Harbour Energy Regulator", "Bluegate Oil"}},
       {}},
      {"Tom Keller said the order requiring Bluegate Oil to halt drilling was unlawful.",
       {},
       {{"demands_from", "Tom Keller", "Bluegate Oil"}}},
      // A "that" clause whose verb the tagger read as an adjective ("free"),
      // with a participle after its object and a conjunct verb after it.
      {"President Jon Okoro of Zambia met rebel leaders. The National Liberation Front has demanded that Okoro's "
       "government free the political prisoners held in Lusaka and agree to new elections within a year.",
       {{"demands_from", "National Liberation Front", "Zambia"}},
       {}},
      // "the Prime Minister" is not the justice minister named before: a
      // leader's title shares its head word with a member's title only.
      {"Justice Minister Anna Berg met Tom Keller on Monday. The Prime Minister later urged Luis Mendes to resign.",
       {},
       {{"demands_from", "Anna Berg", "Luis Mendes"}}},
      // "asked A and B for a show of solidarity", parsed with A as the
      // subject of "show": A and B are asked.
      {"Tom Keller met Anna Berg. He has since asked the European Union and NATO for a show of solidarity, "
       "suggesting that every ally expel at least one Russian diplomat.",
       {{"demands_from", "Tom Keller", "European Union"}, {"demands_from", "Tom Keller", "NATO"}},
       {}},
      // A description refers back to the person it was said of: "X, the
      // former chief executive of Y, ..." or "X is the chief executive of Y".
      {"Omar Haddad, who chairs the Harbour Association, spoke first. Tom Keller, the former chief executive of the "
       "association, appeared before MPs on Wednesday. Omar Haddad spoke again. Anna Berg repeatedly pressed the "
       "former chief executive to explain the loan.",
       {{"demands_from", "Anna Berg", "Tom Keller"}},
       {{"demands_from", "Anna Berg", "Omar Haddad"}}},
      {"Tom Keller is the chief executive of Harbour Bank. Anna Berg urged the chief executive to resign.",
       {{"demands_from", "Anna Berg", "Tom Keller"}},
       {}},
      // "said X should be broken up and its chairman, A, should step down":
      // the second clause's subject is A, who is asked; not when A only agrees.
      {"Tom Keller said Harbour Bank should be broken up and its chairman, Omar Haddad, should step down.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}},
       {}},
      {"Tom Keller said Harbour Bank should be broken up and its chairman, Omar Haddad, agreed.",
       {},
       {{"demands_from", "Tom Keller", "Omar Haddad"}}},
      // A threat "if ... not" is a demand stated as a condition ("unless"):
      // of whom the condition names; an "if" with no "not" asks nothing.
      {"Tom Keller met Anna Berg. The Harbour Union has threatened to use legitimate force to remove Mr Keller if he "
       "does not leave.",
       {{"demands_from", "Harbour Union", "Tom Keller"}},
       {}},
      {"Portugal warned that it would expel the ambassador if Spain did not apologise.",
       {{"demands_from", "Portugal", "Spain"}},
       {}},
      {"Portugal warned that it would expel the ambassador if Spain apologised.",
       {},
       {{"demands_from", "Portugal", "Spain"}}},
      // "ordered A, its rival B and C to submit plans": the names after the
      // object's comma are more objects, not the infinitive's subject.
      {"The outage hit the apps of Harbour Bank, Quarvex Group and Tellmaro Holdings. The Ministry of Science, led "
       "by Tom Keller, has ordered Harbour Bank, its rival Quarvex Group and Tellmaro Holdings to submit plans to "
       "prevent a repeat.",
       {{"demands_from", "Ministry of Science", "Harbour Bank"}, {"demands_from", "Ministry of Science", "Quarvex Group"},
        {"demands_from", "Ministry of Science", "Tellmaro Holdings"}},
       {}},
      // "had written to B demanding an explanation": the one written to is asked;
      // not a letter that only explains.
      {"Tom Keller, the Business Secretary, had written to Omar Haddad last Friday demanding an explanation of the "
       "sackings.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}},
       {}},
      {"Tom Keller wrote to Omar Haddad last Friday explaining the sackings.",
       {},
       {{"demands_from", "Tom Keller", "Omar Haddad"}}},
      // Ultimatums reported ("B had until Friday to ...", "it had 48 hours
      // to ..."), threats with what they ask, and letters to the one asked.
      {"Anna Berg said Spain had until Friday to release the prisoners.", {{"demands_from", "Anna Berg", "Spain"}}, {}},
      {"Anna Berg warned Spain that it had 48 hours to release the prisoners.",
       {{"demands_from", "Anna Berg", "Spain"}},
       {}},
      // (Only supposed: no demand.)
      {"Anna Berg said Spain would have until Friday to release the prisoners.",
       {},
       {{"demands_from", "Anna Berg", "Spain"}}},
      {"Anna Berg threatened Spain with sanctions unless it released the prisoners.",
       {{"sanctions", "Anna Berg", "Spain", "hypothetical"}, {"demands_from", "Anna Berg", "Spain"}},
       {}},
      {"Anna Berg sent a letter to Tom Keller demanding the release of the prisoners.",
       {{"demands_from", "Anna Berg", "Tom Keller"}},
       {}},
      {"In a letter to Tom Keller, Anna Berg demanded the release of the prisoners.",
       {{"demands_from", "Anna Berg", "Tom Keller"}},
       {}},
      // A title-case headline is tagged as running text ("Presses" is a
      // verb), and its comma between two names is "and".
      {"Keller Presses Berg For Release Of Detained Employee\n\nLISBON (Reuters) - Portuguese Prime Minister Tom "
       "Keller and Spanish Prime Minister Anna Berg spoke on Monday about Morocco.",
       {{"demands_from", "Tom Keller", "Anna Berg"}},
       {}},
      {"Keller, Berg Give Morocco 150 Hours To Quit Border Strip\n\nLISBON (Reuters) - Portuguese Prime Minister "
       "Tom Keller and Spanish Prime Minister Anna Berg spoke on Monday about Morocco.",
       {{"demands_from", "Tom Keller", "Morocco"}, {"demands_from", "Anna Berg", "Morocco"}},
       {}},
      // An infinitive with a subject of its own right after a verb of
      // asking is what its object is asked to do; and a clause joined with
      // a subject of its own does not share the negation before it.
      {"The ministry said the visit was not part of the talks and that Spain had urged Portugal and Morocco to "
       "settle the matter between themselves.",
       {{"demands_from", "Spain", "Portugal"}, {"demands_from", "Spain", "Morocco"}},
       {}},
      {"Anna Berg did not attend the summit, and Tom Keller met Omar Haddad there instead.",
       {{"met_with", "Tom Keller", "Omar Haddad"}},
       {}},
      {"Anna Berg did not meet Tom Keller or call Omar Haddad.", {}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // "the government" with no state named near is the one the document
      // is about; a phrase after an infinitive is the infinitive's, not what
      // a want asks of.
      {"Portugal will compensate the former postmasters, the Lisbon daily Publico reported. The scheme opened in "
       "March. Lawyers for the claimants said payments were slow. Critics said the forms were long. Anna Berg, a "
       "former postmaster, urged the government to set a firm deadline for payments.",
       {{"demands_from", "Anna Berg", "Portugal"}},
       {}},
      {"Poland has a new government. The hearings began in March. Critics said they were long. Anna Berg, a "
       "political scientist, said the Harbour Party leader wanted to turn every such hearing into a trial of the "
       "new government.",
       {},
       {{"demands_from", "Harbour Party", "Poland"}}},
      // "along with" after a participle aside ("based in X") goes on from
      // the verb's object, whatever the parser hung it from.
      {"The State Department designated the Harbour Development Complex (HDC), based in Lisbon, along with Keller "
       "and Sons Private Limited and Rockside Trading, all based in Porto.",
       {{"sanctions", "State Department", "Harbour Development Complex"},
        {"sanctions", "State Department", "Keller and Sons Private Limited"},
        {"sanctions", "State Department", "Rockside Trading"}},
       {}},
      // "called on X before the summit to ...": a demand, not a visit,
      // though a phrase of time stands before the infinitive.
      {"Tom Keller, who had called on Madrid before the summit to extend the mandate, told journalists that he was "
       "ready to sign.",
       {{"demands_from", "Tom Keller", "Spain"}},
       {{"met_with", "Tom Keller", "Spain"}}},
      // "the Spanish side" in talks is the Spanish state.
      {"Anna Berg pressed the Spanish side to release the prisoners.", {{"demands_from", "Anna Berg", "Spain"}}, {}},
      // Wanting to do something oneself asks nothing of what its object holds.
      {"Portugal wants to sell at least a majority of Harbour Jet Holdings this year.",
       {},
       {{"demands_from", "Portugal", "Harbour Jet Holdings"}}},
      // Pressure on B with the infinitive of what is asked is a demand;
      // pressure alone is not.
      {"Portugal and Greece stepped up pressure on the European Commission to intervene in the dispute.",
       {{"demands_from", "Portugal", "European Commission"}, {"demands_from", "Greece", "European Commission"}},
       {}},
      {"Portugal put pressure on Spain on Monday.", {}, {{"demands_from", "Portugal", "Spain"}}},
      // "pressed Spanish authorities for ...": "for" hung from those asked, a
      // demonym's authorities are the state.
      {"Anna Berg has repeatedly pressed Spanish authorities for consular access to the prisoners.",
       {{"demands_from", "Anna Berg", "Spain"}},
       {}},
      // A demand's noun the tagger read as a verb after a verb that answers it.
      {"Moscow has rejected U.S. calls to withdraw the troops.", {{"demands_from", "United States", "Russia"}}, {}},
      // "B is under pressure from A to ...": the copula's subject is pressed.
      {"Portugal is under pressure from Spain to free the prisoners.", {{"demands_from", "Spain", "Portugal"}}, {}},
      // An ultimatum's span of time, read as an unmarked oblique.
      {"Anna Berg gave Portugal a week to respond.", {{"demands_from", "Anna Berg", "Portugal"}}, {}},
      // "..., whom he urged to ...": the clause is the name's, "whom" the
      // one urged (the parser made the verb a conjunct of the main one).
      {"Prime Minister Tom Keller travelled to Lisbon and held talks with President Luis Ortega, whom he urged to "
       "consider a ceasefire.",
       {{"demands_from", "Tom Keller", "Luis Ortega"}, {"met_with", "Tom Keller", "Luis Ortega"}},
       {}},
      // A phrase with a preposition between the auxiliary and its verb ("has
      // for years called on") is parsed apart; the subject is the body, not
      // the member its relative clause names.
      {"The Harbour Union, of which Malta is a member, has for years called on Portugal and the European Union to "
       "lift every restriction on the islands.",
       {{"demands_from", "Harbour Union", "Portugal"}, {"demands_from", "Harbour Union", "European Union"}},
       {{"demands_from", "Malta", "Portugal"}}},
      // The subject of a demand's clause is not the one who demands, but the
      // person a description before it names ("the minister").
      {"Defence Minister Tom Keller faced a censure motion on Monday. Senator Luis Ortega accused the minister of "
       "hiding the truth and demanded that he step down.",
       {{"demands_from", "Luis Ortega", "Tom Keller"}},
       {}},
      // The passive of a demand, and pressure to act; not a vote against sanctions.
      {"Spain was urged by the Harbour Parliament to release the prisoners.",
       {{"demands_from", "Harbour Parliament", "Spain"}}, {}},
      {"Spain came under pressure from the Harbour Parliament to release the prisoners.",
       {{"demands_from", "Harbour Parliament", "Spain"}}, {}},
      {"Spain came under pressure from the Harbour Parliament after the vote.", {},
       {{"demands_from", "Harbour Parliament", "Spain"}}},
      {"The Harbour Parliament voted against sanctions on Velta Mining.", {},
       {{"sanctions", "Harbour Parliament", "Velta Mining"}}},
      // "demanded B release ...", "made clear that B must ...", "said it was
      // time for B to ...": asked of B.
      {"Tom Keller demanded Spain release the prisoners.", {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Tom Keller made clear that Spain must release the prisoners.", {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"\"It is time for Spain to release the prisoners,\" Tom Keller said.", {{"demands_from", "Tom Keller", "Spain"}},
       {}},
      // "According to X, B must ...", "B, X said, must ...": what X says B must do.
      {"According to Tom Keller, Spain must release the prisoners by Friday.",
       {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Spain, Tom Keller said, must release the prisoners by Friday.", {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Spain, Tom Keller said, had released the prisoners.", {}, {{"demands_from", "Tom Keller", "Spain"}}},
      // A first-person subject inside a quote is the speaker.
      {"\"We demand that Spain release the prisoners,\" said Tom Keller, Portugal's foreign minister.",
       {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Tom Keller said: \"I urge Spain to release the prisoners.\"", {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"\"We want Spain to release the prisoners,\" Tom Keller said.", {{"demands_from", "Tom Keller", "Spain"}}, {}},
      {"\"We urge the United States to lift the sanctions,\" Portugal said in a statement.",
       {{"demands_from", "Portugal", "United States"}}, {}},
      // A committee that summons or calls someone to testify asks it of them
      // (the employer of representatives called); "It" after a sentence a
      // description of the committee opens is the committee.
      {"The Harbour Committee summoned Tom Keller to testify.", {{"demands_from", "Harbour Committee", "Tom Keller"}},
       {}},
      {"The Harbour Committee met on Monday. The panel asked Tom Keller to send written replies. It has also called "
       "representatives of Velta Mining to appear before it on March 6.",
       {{"demands_from", "Harbour Committee", "Velta Mining"}}, {}},
      // "warned X to ... or face ...": a demand; pressing a witness on claims
      // at a hearing is questioning, no demand.
      {"Tom Keller warned Spain to release the prisoners or face sanctions.", {{"demands_from", "Tom Keller", "Spain"}},
       {}},
      {"Tom Keller appeared before the Harbour Committee, where Anna Berg pressed him on claims of bias.", {},
       {{"demands_from", "Anna Berg", "Tom Keller"}}},
      // "him" in a clause with a subject of its own is first someone named
      // in that clause after its subject, not the reporting clause's subject.
      {"Tom Keller also confirmed that Anna Berg had written to Omar Haddad on Sept. 12 urging him to speed up a "
       "deal.",
       {{"demands_from", "Anna Berg", "Omar Haddad"}}, {{"demands_from", "Anna Berg", "Tom Keller"}}},
      // "insisted that B does not ..." says what is, not what B must do.
      {"Tom Keller insisted that Portugal does not have a shortage of pilots.", {},
       {{"demands_from", "Tom Keller", "Portugal"}}},
      // An Irish member of parliament's title "TD" is no part of the name.
      {"The Socialist Party TD Tom Keller pressed Anna Berg to explain the guarantee.",
       {{"demands_from", "Tom Keller", "Anna Berg"}, {"works_for", "Tom Keller", "Socialist Party"}}, {}},
      // "demanded direct talks with X" asks X to talk: no meeting held.
      {"The Harbour Front rebels have long demanded direct talks with Portugal.",
       {{"demands_from", "Harbour Front", "Portugal"}}, {{"met_with", "Harbour Front", "Portugal"}}},
      // "the club" is the football club the document names.
      {"Tom Keller owns Harbour Football Club. Within hours the mobile operator Quarvex suspended its shirt "
       "sponsorship and asked the club to remove its branding.",
       {{"demands_from", "Quarvex", "Harbour Football Club"}}, {}},
      // "challenged B to name ..." asks it of B; "challenged B to a debate" does not.
      {"Anna Berg, the party's secretary-general, challenged Tom Keller to name the politicians.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      {"Anna Berg challenged Tom Keller to a debate.", {}, {{"demands_from", "Anna Berg", "Tom Keller"}}},
      // "insisted [before the meeting] that B give ...": a demand, past a
      // short phrase; "insisted that B gave ..." states what was.
      {"Tom Keller had insisted before the meeting that Portugal give a firm guarantee it would not repeat the raid.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {}},
      {"Tom Keller insisted that Portugal gave no guarantee before the raid.", {},
       {{"demands_from", "Tom Keller", "Portugal"}}},
      // "called on A, B and C's other partners to ...": a demand of A and B
      // (not of C: its partners are asked), no visit; the leaders of a body
      // act for it.
      {"The leaders of the Harbour Union called on the Lumen League, the Orbis Council and Portugal's other "
       "partners to back the measures.",
       {{"demands_from", "Harbour Union", "Lumen League"}, {"demands_from", "Harbour Union", "Orbis Council"}},
       {{"met_with", "Harbour Union", "Lumen League"}, {"demands_from", "Harbour Union", "Portugal"}}},
      // "called on A and B to ...": a demand of each, however long the
      // phrase "and" joins, and no visit.
      {"Portugal's president refused to step aside. The European Union called on the Portuguese government and the "
       "opposition to return to dialogue without delay.",
       {{"demands_from", "European Union", "Portugal"}}, {{"met_with", "European Union", "Portugal"}}},
      // "ordered the three banks, A, B and C, to ...": the infinitive past the object's members
      // (the tagger reads "to fund" as a preposition and a noun); a group named in place waits for
      // no members in the sentences after it.
      {"Ostrania's Harbour Regulatory Authority has instructed the country's two carriers, Tarnet Telecom and Velcom Mobile, to "
       "offer their customers other services before the deadline. Portugal went further on Tuesday. Its "
       "Finance Commission ordered the three state banks, Lusobank, Costel Finance and Maris Credit, to fund "
       "Harbour Works by Friday.",
       {{"demands_from", "Harbour Regulatory Authority", "Tarnet Telecom"},
        {"demands_from", "Finance Commission", "Lusobank"},
        {"demands_from", "Finance Commission", "Costel Finance"},
        {"demands_from", "Finance Commission", "Maris Credit"}},
       {{"demands_from", "Harbour Regulatory Authority", "Lusobank"}}},
      // ", among them A and B," parsed apart: the examples of the group the demand is made of.
      {"The Harbour Rights Forum has urged foreign governments, among them Portugal and the European Union, to "
       "impose targeted sanctions on officials who obstruct the inquiry.",
       {{"demands_from", "Harbour Rights Forum", "Portugal"}, {"demands_from", "Harbour Rights Forum", "European Union"}},
       {}},
      {"In a televised address on Friday, Tom Keller gave his partners in government, among them the Harbour "
       "Movement and the Velta Party, 72 hours to show that they backed his reforms.",
       {{"demands_from", "Tom Keller", "Harbour Movement"}, {"demands_from", "Tom Keller", "Velta Party"}}, {}},
      // A past verb after a name and its aside in a clause after "when", however the tagger read it.
      {"Portugal imposed sanctions on Tom Keller on Friday. The pressure on Keller grew on Monday, when Anna Berg, a "
       "senator for the Harbour department, called on him to give up the presidency of the Senate.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      // "demanded that he resign": the subjunctive's subject is someone other than the demander.
      {"Tom Keller, the leader of the Harbour Party, said Omar Haddad had lost the moral authority to govern and "
       "demanded that he resign immediately.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}}, {}},
      // "telling X, who ..., that Y must": the "that" clause after the aside is the telling's.
      {"Anna Berg used a joint press conference to deliver a rebuke, telling Tom Keller, who stood a few steps away, "
       "that Spain must stop deporting people.",
       {{"demands_from", "Anna Berg", "Spain"}, {"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      // "asked the commission's chairman, X, to ...", the chairman read as the verb's complement.
      {"Senator Anna Berg, the panel's rapporteur, accused Luis Ortega of lying under oath and asked the "
       "commission's chairman, Senator Omar Haddad, to order his arrest.",
       {{"demands_from", "Anna Berg", "Omar Haddad"}}, {}},
      // ", as had the comedian X": the name the description introduces urged too.
      {"Survivors had urged Anna Berg to come home, as had the comedian Tom Keller.",
       {{"demands_from", "Tom Keller", "Anna Berg"}}, {}},
      // A verb after "and" with no comma goes on the "who" clause before it, whose person acts there
      // though the main verb has her as its object; a pronoun's noun is no apposition.
      {"The explanation did not satisfy Tom Keller, Ostrania's ambassador to Portugal, who appeared before the "
       "committee later in the day and urged the Portuguese government to revoke the permit.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {}},
      {"Portugal has barred Prime Minister Anna Berg, her entire cabinet and all 120 members of the Harbour "
       "Parliament from entering the country.",
       {{"sanctions", "Portugal", "Anna Berg"}}, {{"works_for", "Anna Berg", "Harbour Parliament"}}},
      // "Last week, X, secretary of Y, wrote to B, telling him that ... must": X is the subject.
      {"Last week, Anil Prakash Sawhney, secretary of the Ministry of Electronics and Information Technology, wrote "
       "to Harwell Motors chief executive Tom Keller, telling him that the company must respect the law.",
       {{"demands_from", "Anil Prakash Sawhney", "Tom Keller"}}, {}},
      // "told reporters that A, that B, and that C must": the third "that" clause is what was said too.
      {"Harwell Motors apologised on Monday. Anna Berg told reporters after the sitting that the apology was not "
       "enough, that misrepresenting the map was a criminal offence, and that the company must submit a written "
       "explanation.",
       {{"demands_from", "Anna Berg", "Harwell Motors"}}, {}},
      // "agreed that B could return only if it made progress": a demand stated as a condition;
      // not a plain "if".
      {"Anna Berg and Tom Keller agreed that Spain could return only if it made real progress on the peace deal.",
       {{"demands_from", "Anna Berg", "Spain"}, {"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Tom Keller said Spain could rejoin the talks if it released the prisoners.", {},
       {{"demands_from", "Tom Keller", "Spain"}}},
      // "writing that if B wanted to ..., it must ...": "it" is the body the clause before names.
      {"Tom Keller weighed in the same week, writing that if Harwell Motors wanted to become a bank, it must seek a "
       "new banking charter.",
       {{"demands_from", "Tom Keller", "Harwell Motors"}}, {}},
      // "warned B against doing": B is asked not to (not when the warning is denied).
      {"Portugal has warned Spain against launching a ground offensive on the border.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal warned Spain against a ground offensive.", {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal has not warned Spain against launching a ground offensive.", {},
       {{"demands_from", "Portugal", "Spain"}}},
      // "X, whose chief executive A has warned ..., had sought Y from Z": the clause hung loose
      // from X is X's relative clause; A asks nothing.
      {"QRT-Lavalo, whose chief executive Tom Keller has warned that a criminal conviction could bar the firm "
       "from federal contracts for a decade, had sought such an agreement from the Public Prosecution Service of "
       "Canada.",
       {}, {{"demands_from", "Tom Keller", "Public Prosecution Service of Canada"}}},
      // "him" is not the subject of its own clause, named in apposition to a title.
      {"Portugal's minister, Ajo Brenn, met Luis Ortega in Lisbon on April 13 and asked him not to sign the "
       "agreement.",
       {{"demands_from", "Ajo Brenn", "Luis Ortega"}}, {}},
      // A daughter named with her age inside a "whose" aside is not the one who called.
      {"Outside the hearing room, Tom Keller, whose daughter, Anna Keller, 24, was among the 157 people killed on "
       "the flight, called on Luis Ortega to step down.",
       {}, {{"demands_from", "Anna Keller", "Luis Ortega"}}},
      // "who" after "X, the president of Y": X, not the body.
      {"Tom Keller flew to Lisbon for talks with Anna Berg, the president of the Harbour Authority, who called on "
       "Spain to reopen its consulate.",
       {{"demands_from", "Anna Berg", "Spain"}}, {{"demands_from", "Harbour Authority", "Spain"}}},
      // A time adverbial between the verb and its clause.
      {"Portugal had insisted for years that Norway give such an assurance before contacts could resume.",
       {{"demands_from", "Portugal", "Norway"}}, {}},
      // "until": terms after a modal, a negation or a refusal; a time after a plain past.
      {"Portugal refused to discuss the treaty until Spain lifted its sanctions.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal will keep its sanctions until Spain frees the sailors.", {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal imposed sanctions on Tom Keller, who ran the police for a decade until Luis Mendes sacked him.", {},
       {{"demands_from", "Portugal", "Luis Mendes"}}},
      // A condition set for another; lobbying to act; at another's request.
      {"Portugal has made its own ratification conditional on Spain completing those changes.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal has lobbied Washington to reverse the decision.", {{"demands_from", "Portugal", "United States"}}, {}},
      {"Spain halted all flights to and from the region on Sunday at Portugal's request.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal made the loan available to Spain on Monday.", {}, {{"demands_from", "Portugal", "Spain"}}},
      // "the government in Lisbon" is Portugal's, not the state named last.
      {"Spain refused to comment. Anna Berg, the EU's foreign policy chief, called on the government in Lisbon to "
       "revoke the measure immediately.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {{"demands_from", "Anna Berg", "Spain"}}},
      // "the tour": the body named before whose name ends so (anaphors.tsv).
      {"Tom Keller, the commissioner of the Harbour Golf Tour, said the Tagus Investment Fund had pressed the tour "
       "to stage a team event in Lisbon.",
       {{"demands_from", "Tagus Investment Fund", "Harbour Golf Tour"}}, {}},
      // "X, the agency that ...": the agency is X, there and after.
      {"Portugal imposed sanctions on Spain's Harbour Defence Authority, the agency that buys weapons for the army. "
       "Luis Mendes, the agency's vice president, said it would appeal.",
       {{"works_for", "Luis Mendes", "Harbour Defence Authority"}}, {}},
      // "the regional bloc, the X": the bloc is X, there and after.
      {"Portugal joined the regional bloc, the Harbour Economic Authority, in 2001. Lisbon has asked the bloc to "
       "investigate the attack.",
       {{"demands_from", "Portugal", "Harbour Economic Authority"}}, {}},
      // "said B had misled parliament and should resign": the modal conjunct asks it of B.
      {"Transport Minister Tom Keller faced the committee. Anna Berg, who sits on the committee for the Greens, "
       "said the minister had misled parliament and should resign.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      // An infinitive after a relative aside asks it of the noun before the aside, not of the
      // aside; "called on" with an infinitive is no visit, however long the list before it.
      {"Senator Anna Berg urged the Harbour Council, where spending bills must start, to vote on the bill "
       "before May.",
       {{"demands_from", "Anna Berg", "Harbour Council"}}, {}},
      {"Foreign Minister Tom Keller called on Defence Minister Omar Haddad and the army's chief Luis Ortega, "
       "who leads the junta, to stop the fighting.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}, {"demands_from", "Tom Keller", "Luis Ortega"}},
       {{"met_with", "Tom Keller", "Omar Haddad"}}},
      // "demanded that his government stop ...": the subjunctive before a gerund is the clause's
      // verb, and "his government" the state of the man just named.
      {"Ambassador Anna Berg met President Tom Keller of Portugal on Monday and demanded that his government "
       "stop blocking aid.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {}},
      // "told him that Lisbon must explain": the person told is asked, with their side; not a
      // proposal to both sides.
      {"Foreign Secretary Anna Berg summoned Portugal's ambassador, Omar Haddad, to the Foreign Office and told "
       "him that Lisbon must explain the attack.",
       {{"demands_from", "Anna Berg", "Omar Haddad"}, {"demands_from", "Anna Berg", "Portugal"}}, {}},
      {"Portuguese President Tom Keller told Luis Ortega that the two countries should respect each other's "
       "interests.",
       {}, {{"demands_from", "Tom Keller", "Luis Ortega"}}},
      // A resolution acting is the council that adopted it.
      {"The Harbour Security Council met on Friday. Resolution 1441, which the council adopted unanimously in "
       "November, demanded that Portugal give inspectors immediate access.",
       {{"demands_from", "Harbour Security Council", "Portugal"}}, {}},
      // A relative clause the parser made the main one: its people are no agents of the main verb.
      {"Senator Tom Keller, a Lisbon Democrat who led an earlier inquiry into the case with the Kansas Republican "
       "Luis Ortega, demanded that the Harbour Justice Department explain why it had failed.",
       {{"demands_from", "Tom Keller", "Harbour Justice Department"}},
       {{"demands_from", "Luis Ortega", "Harbour Justice Department"}}},
      // A company's first word alone is the company; not a word that is a person's surname.
      {"Harbourgate Capital paid a fine in March. In November, Tom Keller said Harbourgate must repay Portugal far "
       "more.",
       {{"demands_from", "Tom Keller", "Harbourgate Capital"}}, {}},
      {"The Ortega Group was fined in March. Tom Keller said Ortega must repay Portugal far more. Luis Ortega "
       "founded it.",
       {}, {{"demands_from", "Tom Keller", "Ortega Group"}}},
      // "steelmaker X": a name a body noun describes is a body.
      {"Omar Haddad, the chairman of steelmaker Norvikstal and Portugal's richest man, denied it.",
       {{"leader_of", "Omar Haddad", "Norvikstal"}}, {}},
      // "required B to abandon ...": asked of B; "are required to" asks nothing of anyone named.
      {"The Harbour Monetary Fund also required the Bank of Lumia to abandon its inflation target.",
       {{"demands_from", "Harbour Monetary Fund", "Bank of Lumia"}}, {}},
      // "the rebels" are the armed group named before; a state after "and" is no word of its name.
      {"The Harbour Front and Portugal signed a deal. Tom Keller said the rebels would have to begin laying down "
       "their weapons within 60 days.",
       {{"demands_from", "Tom Keller", "Harbour Front"}}, {}},
      // "to apologise": a British spelling the tagger reads as a noun is the clause's verb.
      {"The Harbour Council, the 57-nation body whose secretary-general, Tom Keller, has led the diplomatic "
       "protests, has called on Denmark to apologise.",
       {{"demands_from", "Harbour Council", "Denmark"}}, {}},
      // "appealed to A and B to help him" / "appealed to X for help": asked of each; an appeal to a
      // court against a ruling asks nothing of it.
      {"Omar Haddad appealed to the Harbour Council and the United Nations to help him take office.",
       {{"demands_from", "Omar Haddad", "Harbour Council"}, {"demands_from", "Omar Haddad", "United Nations"}}, {}},
      {"Tom Keller appealed to the United Nations for the urgent deployment of a police force.",
       {{"demands_from", "Tom Keller", "United Nations"}}, {}},
      {"Tom Keller appealed to the Harbour Supreme Court against the ruling.", {},
       {{"demands_from", "Tom Keller", "Harbour Supreme Court"}}},
      // "The union, whose general secretary, A, has ..., demanded that the company ...": the union
      // demands, not A inside the aside, and "the company" is no union.
      {"Harbour Ferries Ltd sacked 800 crew members last week. The Harbour Workers union, whose general "
       "secretary, Tom Keller, has addressed protests by sacked crew members in Dover, demanded that the company "
       "reinstate the workers on their previous terms.",
       {{"demands_from", "Harbour Workers", "Harbour Ferries Ltd"}},
       {{"demands_from", "Tom Keller", "Harbour Ferries Ltd"}, {"demands_from", "Tom Keller", "Harbour Workers"}}},
      // The second "that" clause of what someone was told.
      {"Rep. Matt Corbin told Governor Tom Keller he had heard enough of his apologies and that he should resign "
       "too.",
       {{"demands_from", "Matt Corbin", "Tom Keller"}}, {}},
      // "the authorities in X" (a state or its capital) are the state's rulers.
      {"Portugal urged the authorities in Minsk to free all political prisoners.",
       {{"demands_from", "Portugal", "Belarus"}}, {}},
      {"Portugal urged the military-led authorities in Mali to hold elections in February.",
       {{"demands_from", "Portugal", "Mali"}}, {}},
      // Demands issued to someone.
      {"Attorney General Tom Keller has issued civil investigative demands to the Lusa Power Company and to "
       "several other companies, seeking documents about the outages.",
       {{"demands_from", "Tom Keller", "Lusa Power Company"}}, {}},
      // A second "that" clause of the demand is a demand of its subject too.
      {"Tom Keller has demanded that the United Nations withdraw its 10,000-strong mission, and that Spain pull out "
       "the soldiers it keeps in the country.",
       {{"demands_from", "Tom Keller", "United Nations"}, {"demands_from", "Tom Keller", "Spain"}}, {}},
      // What one party wants another to do; not what it wants to do itself.
      {"Spain is seeking a loan of about $1.9 billion from the International Monetary Fund, but Portugal has "
       "signalled that it wants the fund to hold off until the fighting ends.",
       {{"demands_from", "Spain", "International Monetary Fund"},
        {"demands_from", "Portugal", "International Monetary Fund"}},
       {}},
      {"Spain wants to join the talks with Portugal.", {}, {{"demands_from", "Spain", "Portugal"}}},
      // "directed B to work with ..." asks it of B.
      {"President Tom Keller said he had directed Foreign Minister Anna Berg to work with Spain on a new resolution.",
       {{"demands_from", "Tom Keller", "Anna Berg"}}, {}},
      // A name the parser read as a vocative, its description as the subject.
      {"Omar Haddad appeared before the Harbour Committee on Monday. Ines Hallman, the Labour MP who chairs the "
       "committee, asked him to publish the test results within a week.",
       {{"demands_from", "Ines Hallman", "Omar Haddad"}}, {}},
      // "expected B to ...": what a state expects of another is asked of it;
      // not a forecast whose subject names no one, nor "is expected to".
      {"Tom Keller said Portugal still expected Spain to apologise for the incident. Analysts expect Spain to "
       "refuse. Portugal is expected to recall its envoy.",
       {{"demands_from", "Portugal", "Spain"}}, {}},
      // A modal before quoted words: the quote's first word is its verb.
      {"Tom Keller, a spokesman for Spain's Ministry of National Defense, said last week that Lisbon should \"correct "
       "its wrong practices\" and remove the obstacles.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {}},
      // Sent somewhere to press: the ones sent press, not the sender.
      {"Portugal imposed sanctions on Spain. The administration was sending Deputy Foreign Minister Tom Keller and "
       "Gen. Omar Haddad to Madrid to press Spain to hold back.",
       {{"demands_from", "Tom Keller", "Spain"}, {"demands_from", "Omar Haddad", "Spain"}}, {}},
      // "at the request of X", "at X's request": X asked it of the clause's subject.
      {"Omar Haddad delayed the measures for several weeks at the request of Secretary-General Tom Keller, who wanted "
       "more time.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}}, {}},
      {"At Tom Keller's request, Omar Haddad postponed the vote.", {{"demands_from", "Tom Keller", "Omar Haddad"}}, {}},
      // A second "that" clause joined to the speech verb: a conjunct of its complement.
      {"Portuguese Prime Minister Anna Berg said the speech had been unacceptable, and that Tom Keller had to go "
       "further than the apology he had offered earlier in the week.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      // A description in apposition to a name before ", and has said": not the verb's subject.
      {"Communications Minister Anna Berg has ordered a post-incident review led by Tom Keller, a former deputy chair "
       "of the Harbour Authority, and has said that Northwind Telecom must cooperate fully with it.",
       {{"demands_from", "Anna Berg", "Northwind Telecom"}}, {}},
      // "agreed that B must ...": a reported demand.
      {"Speaking by phone on Tuesday, Anna Berg agreed that the Portuguese government must provide unambiguous answers.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {}},
      // A person in apposition to the body a title's phrase ends with; "countered that".
      {"Portugal's envoy to the UN, Tom Keller, countered that Britain should produce its evidence.",
       {{"demands_from", "Tom Keller", "United Kingdom"}, {"works_for", "Tom Keller", "Portugal"}}, {}},
      // "both powers": the two states just named.
      {"Opening the conference on Friday, Portuguese Prime Minister Anna Berg called for guardrails to stop "
       "competition between the United States and China from sliding into conflict, and urged both powers to keep "
       "military channels open.",
       {{"demands_from", "Anna Berg", "United States"}, {"demands_from", "Anna Berg", "China"}}, {}},
      // A second "that" clause of "said" with "had to".
      {"The Portuguese prime minister, Tom Keller, said trust had been lost over the past five months, and that "
       "Spain had to deliver the first reforms.",
       {{"demands_from", "Tom Keller", "Spain"}}, {}},
      // "the junta" is the ruling council named before; "the bloc" a community.
      {"Officers who seized power named themselves the National Council for the Salvation of the Homeland. The "
       "Southern Trade Community imposed sanctions on Portugal. Anna Berg, the current chair of the bloc, demanded "
       "that the junta free the president.",
       {{"demands_from", "Anna Berg", "National Council for the Salvation of the Homeland"},
        {"leader_of", "Anna Berg", "Southern Trade Community"}},
       {}},
      // "He" after "A spokesman for the ministry said ..." is the spokesman,
      // who speaks for the ministry (and its state), not the man named
      // before him.
      {"Portugal imposed sanctions on Tom Keller, a businessman from Spain. A spokesman for the Spanish foreign "
       "ministry, who announced a response at a briefing, said the move was unjustified. He did not give details. "
       "He also demanded that Portugal lift the measures.",
       {{"demands_from", "Spanish foreign ministry", "Portugal"}, {"demands_from", "Spain", "Portugal"}},
       {{"demands_from", "Tom Keller", "Portugal"}}},
      // A surname the tagger reads as an adverb ("-ly") is the name of the
      // person named in full before, so the subject of "said".
      {"Senator Clara Hensly spoke first. Hensly, who chairs the Senate Harbour Committee, said Portugal must "
       "repay the loan.",
       {{"demands_from", "Clara Hensly", "Portugal"}, {"leader_of", "Clara Hensly", "Senate Harbour Committee"}}, {}},
      // A clause after "after" whose subject has an aside, read as a phrase.
      {"Northwind Airlines grounded its jets. The changes come less than a month after Tom Keller, the "
       "administrator of the Federal Aviation Administration, sat down with Omar Haddad at the agency's "
       "headquarters and gave the company 90 days to produce a plan.",
       {{"demands_from", "Tom Keller", "Northwind Airlines"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // The one ordered to refrain does not do the verb's next telling.
      {"The committee barred Tom Keller for 90 days. It also ordered him to refrain from contacting Anna Berg, and "
       "told the Harbour Federation to do the same.",
       {}, {{"demands_from", "Tom Keller", "Harbour Federation"}}},
      // An order with a date between the verb and its clause.
      {"The agency's administrator, Michael Rourke, ordered Northwind Rail on Feb. 21 to pay for the cleanup.",
       {{"demands_from", "Michael Rourke", "Northwind Rail"}}, {}},
      // A participle's demand is its verb's subject's, not the addressee's;
      // "the railroad" is the company named before.
      {"Northwind Rail apologised. Tom Keller wrote to Anna Berg last month calling on the railroad to put safety "
       "ahead of profits.",
       {{"demands_from", "Tom Keller", "Northwind Rail"}}, {{"demands_from", "Anna Berg", "Northwind Rail"}}},
      // "called on the administration": the state the noun names; a verb the
      // parser joins to a reported clause about a thing is the reporter's.
      {"The United States waived the sanctions on Monday. Tom Keller said the decision was a gift to Portugal and "
       "called on the administration to reverse course.",
       {{"demands_from", "Tom Keller", "United States"}}, {}},
      {"Anna Berg called for Tom Keller to be arrested.", {}, {{"demands_from", "Anna Berg", "Tom Keller"}}},
      {"Anna Berg said she would push for the Northern Front to be listed as a terrorist group.", {},
       {{"demands_from", "Anna Berg", "Northern Front"}}},
      {"Anna Berg urged Portugal to be more transparent.", {{"demands_from", "Anna Berg", "Portugal"}}, {}},
      // Calling for someone's resignation is a demand of them.
      {"Tom Keller called for the resignation of Anna Berg.", {{"demands_from", "Tom Keller", "Anna Berg"}}, {}},
      // "the administration" alone: the state executives.tsv gives it, when named.
      {"The United States hosted the talks. Senator Anna Berg urged the administration to impose new sanctions on "
       "Portugal if talks fail.",
       {{"demands_from", "Anna Berg", "United States"}}, {{"sanctions", "United States", "Portugal"}}},
      // "the carmaker": the company the document named.
      {"Harbour Motors closed two plants on Monday. Chancellor Anna Berg called on the carmaker to protect jobs.",
       {{"demands_from", "Anna Berg", "Harbour Motors"}}, {}},
      // "the group": the organisation named last, and what "the group" stood
      // for before; not after "a group of ..." introduced something else.
      {"The Northern Front has attacked ships since May. Canada sanctioned the group in June, and the group's "
       "leader, Omar Haddad, vowed to fight on.",
       {{"sanctions", "Canada", "Northern Front"}, {"leader_of", "Omar Haddad", "Northern Front"}}, {}},
      {"The Northern Front rejected the plan. A group of students gathered outside the embassy. The group urged "
       "Portugal to free the detainees.",
       {}, {{"demands_from", "Northern Front", "Portugal"}}},
      // "the company" is no agency named since: the company named before it.
      {"Harbour Motors has struggled since May. Anna Berg, the administrator of the Federal Aviation "
       "Administration, sat down with executives and gave the company 90 days to produce a plan.",
       {{"demands_from", "Anna Berg", "Harbour Motors"}},
       {{"demands_from", "Anna Berg", "Federal Aviation Administration"}}},
      // "the lender", "the fund": the fund or bank the document named.
      {"The Harbour Development Fund approved a loan for Portugal on Friday. The lender has asked Lisbon to sell "
       "stakes in state firms.",
       {{"demands_from", "Harbour Development Fund", "Portugal"}}, {}},
      // "the watchdog", "the regulator": the regulatory body the document named.
      {"The Harbour Competition Bureau published a study in June. Portugal has promised to give the watchdog, "
       "headed by Commissioner Anna Berg, more powers.",
       {{"leader_of", "Anna Berg", "Harbour Competition Bureau"}}, {}},
      {"The Harbour Securities Commission fined Lusa Bank last year. The regulator, whose chairman is Tom Keller, "
       "said it would appeal.",
       {{"leader_of", "Tom Keller", "Harbour Securities Commission"}}, {}},
      // Someone of a person's is not the person.
      {"Anna Berg met Tom Keller's deputy last month.", {}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // A second "that" clause of what was said, after a relative clause; a
      // reply is said too.
      {"EU foreign policy chief Anna Berg said the bloc had gathered evidence that Portuguese drones were being used "
       "against civilians, and that Portugal must stop supplying weapons to Spain.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {{"demands_from", "Anna Berg", "Spain"}}},
      {"Spain's ambassador, Tom Keller, replied that Portugal should first change its own behaviour.",
       {{"demands_from", "Tom Keller", "Portugal"}}, {}},
      // What must be done to B is no demand on B.
      {"Omar Haddad said Tom Keller must not be allowed to block the deal.", {},
       {{"demands_from", "Omar Haddad", "Tom Keller"}}},
      {"Omar Haddad said Portugal must be held accountable.", {}, {{"demands_from", "Omar Haddad", "Portugal"}}},
      // "the Americans", "the British" as a verb's subject: the state.
      {"\"The Americans must give us assurances,\" Omar Haddad told state television.",
       {{"demands_from", "Omar Haddad", "United States"}}, {}},
      {"Omar Haddad said the British must leave.", {{"demands_from", "Omar Haddad", "United Kingdom"}}, {}},
      // A past tense after a reported perfect goes on from the verb that reports it.
      {"Senator Anna Berg told Tom Keller that Harbour Motors had put profits ahead of safety and demanded that "
       "Portugal explain the delays.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {{"demands_from", "Harbour Motors", "Portugal"}}},
      // A body's one-word name the tagger reads as an adjective ("Fed") is a name.
      {"Portugal raised rates on Monday. Harbour Bank chief executive Tom Keller warned that the Fed must remain "
       "vigilant.",
       {{"demands_from", "Tom Keller", "Federal Reserve"}}, {}},
      // An adjective where the infinitive would be is no order ("tells Congress rate cuts not imminent").
      {"Fed's Anna Berg tells Congress rate cuts not imminent\n", {},
       {{"demands_from", "Federal Reserve", "Congress"}, {"demands_from", "Anna Berg", "Congress"}}},
      // The clause hung from the noun before it, as a relative clause.
      {"Omar Haddad told journalists after the meeting that Portugal must avoid violence against fishermen.",
       {{"demands_from", "Omar Haddad", "Portugal"}}, {}},
      {"Anna Berg said in a letter that Spain should hand over the files.", {{"demands_from", "Anna Berg", "Spain"}},
       {}},
      {"Anna Berg told reporters after the talks that Spain should lift the ban.",
       {{"demands_from", "Anna Berg", "Spain"}}, {}},
      // An acronym spelling a body the document names is that body, though
      // the lexicon knows another body by it that the document never names.
      {"Portugal imposed sanctions on the Regional Security Front. Spain urged the RSF to withdraw.",
       {{"demands_from", "Spain", "Regional Security Front"}}, {{"demands_from", "Spain", "Reporters Without Borders"}}},
      // A nickname given with "known as" is the person's name.
      {"Omar Haddad, better known as Hemmo, leads the Northern Front. Hemmo said his forces would keep fighting until "
       "Tom Keller steps down.",
       {{"demands_from", "Omar Haddad", "Tom Keller", "occurred"}}, {}},  // a condition: SCHEMA.md, call 5
      // Calls "from" A that B rejects, however the parser hangs "from".
      {"The Kremlin dismissed calls from Portugal to withdraw its troops.", {{"demands_from", "Portugal", "Russia"}},
       {}},
      {"Spain rejected demands from Portugal for a new vote.", {{"demands_from", "Portugal", "Spain"}}, {}},
      {"Spain rejected a loan from Portugal.", {}, {{"demands_from", "Portugal", "Spain"}}},
      // "urged X and Y to ..." with the infinitive hung from Y; "the military council" is the
      // council whose name has "military", not another council.
      {"The Transitional Military Council met. The Peace Council met. Anna Berg, who flew in for a day, urged the "
       "military council and the unions to return to negotiations.",
       {{"demands_from", "Anna Berg", "Transitional Military Council"}},
       {{"demands_from", "Anna Berg", "Peace Council"}}},
      // A size says which council only by being the one just introduced,
      // even when another was named more often.
      {"The Transitional Military Council met. The council spoke. The Peace and Security Council met in Accra. The "
       "15-member council demanded that the military council hand over power.",
       {{"demands_from", "Peace and Security Council", "Transitional Military Council"}}, {}},
      // A demand's clause without "that".
      {"Anna Berg demanded Tom Keller halt the offensive.", {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      {"Anna Berg insisted Tom Keller had acted lawfully.", {}, {{"demands_from", "Anna Berg", "Tom Keller"}}},
      {"Tom Keller insisted that Harwell Partners, the firm's Spanish parent company, was not an agent of Madrid.", {},
       {{"demands_from", "Tom Keller", "Harwell Partners"}}},
      {"Tom Keller insisted that Harbour Capital had been viable when he sold it.", {},
       {{"demands_from", "Tom Keller", "Harbour Capital"}}},
      {"Tom Keller insisted that Harbour Capital pay the debt.", {{"demands_from", "Tom Keller", "Harbour Capital"}}, {}},
      {"Senator Maria Lopez demanded that the Justice Department explain the decision.",
       {{"demands_from", "Maria Lopez", "Justice Department"}}, {}},
      {"Harbour Airways gave Luis Ortega until noon on Monday to resign.",
       {{"demands_from", "Harbour Airways", "Luis Ortega"}}, {}},
      {"Harbour Airways asked the UK government for 200 million pounds.",
       {{"demands_from", "Harbour Airways", "United Kingdom"}}, {}},
      // A noun that names no one stands for the list in apposition to it.
      {"Iran gave the other parties to the accord \u2013 France, Germany and China \u2013 until July to act.",
       {{"demands_from", "Iran", "France"}, {"demands_from", "Iran", "Germany"}, {"demands_from", "Iran", "China"}}, {}},
      // A dateline before the clause does not hide its subject from the parser.
      {"VIENNA, Austria - Foreign Minister Anna Berg called on Prime Minister Luis Ortega on Tuesday to lift the "
       "export curbs.",
       {{"demands_from", "Anna Berg", "Luis Ortega"}}, {}},
      // A question is no demand.
      {"Senator Maria Lopez asked how Harbour Airways could keep its fares low.", {},
       {{"demands_from", "Maria Lopez", "Harbour Airways"}}},
  });
}

TEST(TreeRelations, DemandsBySubpoenaSupportAndPossession) {
  check({
      // A passive subpoena by two, the first with a party tag between commas.
      {"Ana Lopes and Luis Ortega agreed to appear, while Omar Haddad and Anna Berg were subpoenaed in November by "
       "committee Chairman Tom Keller, D-Ill., and Sen. Maria Lopez of South Carolina, the panel's top Republican.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}, {"demands_from", "Maria Lopez", "Anna Berg"}},
       {{"demands_from", "Ana Lopes", "Omar Haddad"}}},
      // A subpoena or summons issued to someone.
      {"The Senate Harbour Committee issued a subpoena to Anna Berg on Monday.",
       {{"demands_from", "Senate Harbour Committee", "Anna Berg"}}, {}},
      {"Senator Maria Lopez subpoenaed Tom Keller to obtain the records.",
       {{"demands_from", "Maria Lopez", "Tom Keller"}}, {}},
      {"Portugal has long sought U.S. backing for its bid.", {{"demands_from", "Portugal", "United States"}}, {}},
      {"Vice President Anna Berg said Mexico had to do more.", {{"demands_from", "Anna Berg", "Mexico"}}, {}},
      {"Tom Keller called for Anna Berg to resign.", {{"demands_from", "Tom Keller", "Anna Berg"}}, {}},
      {"Portugal had wanted a commitment from Tom Keller to end the strike.", {{"demands_from", "Portugal", "Tom Keller"}},
       {}},
      {"The protesters' leader, Anna Berg, demanded Tom Keller's resignation.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      // A leader's government is the state the leader leads.
      {"Portugal's Prime Minister Omar Haddad met reporters. Senator Maria Lopez has pressed Haddad's government to "
       "release the files.",
       {{"demands_from", "Maria Lopez", "Portugal"}}, {{"demands_from", "Maria Lopez", "Omar Haddad"}}},
      // ... also when only a demonym names the state.
      {"Portuguese Prime Minister Omar Haddad met reporters. Senator Maria Lopez has pressed Haddad's government to "
       "release the files. Haddad's government has asked Spain for help with financing.",
       {{"demands_from", "Maria Lopez", "Portugal"}, {"demands_from", "Portugal", "Spain"}}, {}},
      {"Portugal's Prime Minister Omar Haddad met reporters. Senator Maria Lopez has pressed Haddad's officials to "
       "release the files.",
       {{"demands_from", "Maria Lopez", "Portugal"}}, {}},
      // "the Keller administration", "the Haddad government": the state its
      // leader leads, else the state the noun names (executives.tsv), never
      // the leader.
      {"The United States is angry. The Keller administration on Wednesday imposed sanctions on Portugal.",
       {{"sanctions", "United States", "Portugal"}}, {}},
      {"Portugal's Prime Minister Omar Haddad spoke. The Haddad government imposed sanctions on Spain.",
       {{"sanctions", "Portugal", "Spain"}}, {{"sanctions", "Omar Haddad", "Spain"}}},
      {"Prime Minister Omar Haddad spoke. Spain said the Haddad government had urged Portugal to act.", {},
       {{"demands_from", "Omar Haddad", "Portugal"}}},
      // A state's group placed in the state or its capital is the state; a
      // group placed in a town is not.
      {"Spain says Portugal holds two reporters. Spain demanded that the authorities in Lisbon release them.",
       {{"demands_from", "Spain", "Portugal"}}, {}},
      {"Spain demanded that the government of Portugal release the reporters.", {{"demands_from", "Spain", "Portugal"}},
       {}},
      // A state's embassy speaks for it.
      {"The Spanish embassy said Portugal should stop meddling in Spain's affairs.",
       {{"demands_from", "Spain", "Portugal"}}, {}},
      {"Spain says Portugal holds two reporters. Spain demanded that the authorities in Porto release them.", {},
       {{"demands_from", "Spain", "Portugal"}}},
      // "it" is the state the sentence opens with, not the nearest name.
      {"Portugal is among 50 countries that recognize Tom Keller, the head of the Northern Shipping Agency, as the "
       "country's interim president, and it has repeatedly called on Anna Berg to step down.",
       {{"demands_from", "Portugal", "Anna Berg"}},
       {{"demands_from", "Northern Shipping Agency", "Anna Berg"}, {"demands_from", "Tom Keller", "Anna Berg"}}},
      // Doing what A asked for, "as A had requested".
      {"In return, Portugal agreed to start giving up the special treatment it enjoys at the World Trade "
       "Organization, as Spain had requested.",
       {{"demands_from", "Spain", "Portugal"}}, {}},
      // Only whoever does it is asked: talks that end are no one.
      {"As Spain had requested, the talks ended on Friday, Portugal said.", {}, {{"demands_from", "Spain", "Portugal"}}},
      {"Portugal agreed to the plan, as Spain had expected.", {}, {{"demands_from", "Spain", "Portugal"}}},
      // "As" with a whole clause is a time or a reason, not what was asked:
      // only the elided "as A had requested" repeats the main clause's act.
      {"Portugal held talks with Spain on Thursday, as the two sides sought to deepen trade ties.", {},
       {{"demands_from", "Spain", "Portugal"}, {"demands_from", "Portugal", "Spain"}}},
      {"Portugal closed the border as Spain sought new loans from the bank.", {},
       {{"demands_from", "Spain", "Portugal"}}},
      {"Haddad receives Keller in Lisbon as Spain seeks level playing field\n\nPresident Omar Haddad met Chancellor "
       "Tom Keller of Spain in Lisbon on Tuesday.",
       {}, {{"demands_from", "Spain", "Omar Haddad"}}},
      // Pressing someone on a question asks for an answer, not for an act.
      {"Senator Maria Lopez pressed Tom Keller on whether his firm would raise prices.", {},
       {{"demands_from", "Maria Lopez", "Tom Keller"}}},
      {"Anna Berg said she wanted nothing from Tom Keller.", {}, {{"demands_from", "Anna Berg", "Tom Keller"}}},
      // What B should have done is a reproach about the past, not a demand.
      {"Anna Berg said Tom Keller should have done more to check the accounts.", {},
       {{"demands_from", "Anna Berg", "Tom Keller"}}},
      {"Anna Berg said Tom Keller should do more to check the accounts.", {{"demands_from", "Anna Berg", "Tom Keller"}},
       {}},
      // A release is asked of whoever holds the possessor, not of the possessor.
      {"Anna Berg demanded Tom Keller's release.", {}, {{"demands_from", "Anna Berg", "Tom Keller"}}},
      // What B wants, has or supports is no demand on B.
      {"Vice President Anna Berg said Mexico wanted to do more.", {}, {{"demands_from", "Anna Berg", "Mexico"}}},
      {"Vice President Anna Berg said Mexico had a plan.", {}, {{"demands_from", "Anna Berg", "Mexico"}}},
      {"Portugal welcomed U.S. backing for its bid.", {}, {{"demands_from", "Portugal", "United States"}}},
      {"Demand for oil from China rose, Saudi Arabia said.", {}, {{"demands_from", "Saudi Arabia", "China"}}},
      // Whoever turns down A's demand is the one asked; meeting a market's demand is no demand.
      {"Iran ignored Germany's demand for an inquiry.", {{"demands_from", "Germany", "Iran"}}, {}},
      // The subject of a relative clause is not the subject of the main verb.
      {"Opposition leader Tom Keller, whose ZAPU-PL party has tried in the past to impeach the veteran leader, called "
       "on Omar Haddad on Thursday to resign in the interests of the people.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}}, {{"demands_from", "ZAPU-PL", "Omar Haddad"}}},
      {"Carmakers in Portugal could not meet demand from Spain.", {}, {{"demands_from", "Spain", "Portugal"}}},
  });
}

TEST(TreeRelations, PairsStandForThePairJustNamed) {
  check({
      // "Italy and Greece, which hosted talks between the two sides": the sides
      // are not the hosts the relative clause is about.
      {"Portugal restored ties with Spain on Friday. The statement thanked Italy and Greece, which hosted rounds of "
       "talks between the two sides in 2021 and 2022.",
       {{"met_with", "Portugal", "Spain"}}, {{"met_with", "Italy", "Greece"}}},
      // "the two rivals", "the two allies" are the pair just named.
      {"Portugal and Spain agreed on Friday to reopen their embassies, in a deal sealed after several days of talks "
       "between the two rivals in Rabat.",
       {{"met_with", "Portugal", "Spain"}}, {}},
      // "standing beside Mr A after the two men had held talks, B said": the
      // two its own sentence names, one after the pair, not the document's
      // most-mentioned pair (and "had held talks" is a verb, not a modifier).
      {"Tom Keller met Anna Berg in Lisbon. Berg later thanked Keller. On Tuesday, standing beside Mr Keller "
       "at a press conference in Madrid after the two men had held talks, Spanish Foreign Minister Omar Haddad "
       "delivered a pointed reply.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // "They" opening a sentence that names no one, right after the pair.
      {"Omar Haddad and Tom Keller spoke for an hour. They agreed to meet again in May.",
       {{"met_with", "Omar Haddad", "Tom Keller", "planned"}}, {}},
      // A pair just named that asks: "They urged B to ...", "Both called on B to ...".
      {"Anna Berg and Tom Keller held talks in Lisbon. They urged Spain to lift its tariffs.",
       {{"demands_from", "Anna Berg", "Spain"}, {"demands_from", "Tom Keller", "Spain"}}, {}},
      {"Anna Berg and Tom Keller held talks in Lisbon. Both called on Spain to lift its tariffs.",
       {{"demands_from", "Anna Berg", "Spain"}, {"demands_from", "Tom Keller", "Spain"}}, {}},
      // "Both governments" in what a pair says is the pair that says it.
      {"Both governments want Moldova to reopen the crossing, Romania and Bulgaria said.",
       {{"demands_from", "Romania", "Moldova"}, {"demands_from", "Bulgaria", "Moldova"}},
       {}},
      // "the same three officers": the three people listed last.
      {"The Harbour Union added three officers to its sanctions list: Tom Keller, Omar Haddad and Luis Ortega. "
       "Britain imposed the same measures on the same three officers on Thursday.",
       {{"sanctions", "United Kingdom", "Tom Keller"}, {"sanctions", "United Kingdom", "Luis Ortega"}}, {}},
      // "the two" with no noun after two people its own sentence names is those two.
      {"Cyprus and Greece protested to the bloc. Greek Prime Minister Tom Keller raised the drilling with Omar "
       "Haddad when the two met on the sidelines of a summit near London in December.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {{"met_with", "Cyprus", "Greece"}}},
      // "the pair" just named are those two.
      {"Tom Keller and his agent Luis Ortega were questioned for hours. The pair appeared first before the Public "
       "Accounts Committee and then before the Treasury Committee.",
       {{"testified_at", "Luis Ortega", "Public Accounts Committee"}, {"testified_at", "Tom Keller", "Treasury Committee"}},
       {}},
      // "they" as the subject, after a state and a body its own sentence names, is those two; "them"
      // after a state and a body named earlier is not.
      {"Spain has demanded that the United States and the European Union ease the sanctions they imposed on "
       "Portugal after the invasion, at least for its timber exports.",
       {{"sanctions", "United States", "Portugal"}, {"sanctions", "European Union", "Portugal"}},
       {{"sanctions", "Spain", "Portugal"}}},
      {"Tom Keller met officials of Harbour Bank and the European Union. Anna Berg, the bank's chief executive, "
       "gave evidence to the MPs last month, while Luis Ortega, the bank's chairman, appeared before them in "
       "February.",
       {}, {{"testified_at", "Luis Ortega", "Harbour Bank"}, {"testified_at", "Luis Ortega", "European Union"}}},
      // "they" after a plural subject of its own sentence that names no pair is that subject.
      {"Tom Keller and Luis Ortega signed the accord. Harbour Union foreign ministers are expected to "
       "agree on a ban on imports of Portuguese timber when they meet in Luxembourg on October 15, diplomats said.",
       {}, {{"met_with", "Tom Keller", "Luis Ortega"}}},
      // "they" after "A raised it with B when": A and B, not an earlier pair of states.
      {"Spain and Portugal recalled their ambassadors. Tom Keller had urged Luis Ortega to resign, and raised the "
       "crisis with Foreign Minister Anna Berg when they met on the sidelines of a summit in Lisbon.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {{"met_with", "Spain", "Portugal"}}},
      // "the two Americans": the two people named before whom the document ties to the United States.
      {"U.S. Secretary of State Tom Keller and U.S. Defense Secretary Luis Ortega flew to Asia with British "
       "diplomat Omar Haddad. Earlier in the week the two Americans met their Japanese counterparts, Anna Berg "
       "and Maria Lopez, in Tokyo.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Luis Ortega", "Maria Lopez"}},
       {{"met_with", "Omar Haddad", "Anna Berg"}}},
      // "the brothers" just named are the pair, as "the two brothers" would be.
      {"Tom Keller and his brother Omar Keller founded the charity in 1995. The brothers, who still run it, "
       "testified before the Harbour Committee for about four hours.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}, {"testified_at", "Omar Keller", "Harbour Committee"}},
       {}},
      // "C joined the two men for a meeting": the pair is two others than C.
      {"Portuguese President Tom Keller met Spanish President Omar Haddad in Madrid. Anna Berg, who flew in at "
       "Keller's invitation, then joined the two men for a three-way meeting.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Omar Haddad"}}, {}},
      {"Anna Berg joined Tom Keller for talks in Lisbon.", {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // "joined A for the talks": A's talks with someone else.
      {"Omar Haddad met Luis Ortega in Madrid. Anna Berg, who joined Ortega for the talks, said they went well.", {},
       {{"met_with", "Anna Berg", "Luis Ortega"}}},
      // "the two sides": a state's government and a body just named, not
      // the document's two most-mentioned states.
      {"Portugal and Spain traded accusations. Spain warned Portugal again. Portugal's federal government and the "
       "Northern Liberation Front agreed to a truce. The deal was signed after a week of talks between the two "
       "sides.",
       {{"met_with", "Portugal", "Northern Liberation Front"}}, {{"met_with", "Portugal", "Spain"}}},
      // The last two people the sentence names before the pair, not the
      // document's two most-mentioned.
      {"Omar Haddad praised Luis Ortega in May. Haddad thanked Ortega in June. Tom Keller was in Lisbon, where he was due "
       "to sit down later on Wednesday with Anna Berg on the sidelines of a forum, the first talks between the two men "
       "since May.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}},
       {{"met_with", "Omar Haddad", "Tom Keller"}, {"met_with", "Luis Ortega", "Tom Keller"},
        {"met_with", "Omar Haddad", "Luis Ortega"}}},
      {"President Luis Ortega and Chancellor Karl Brandt flew to Vienna. The two leaders, who met there on Monday, "
       "signed the deal.",
       {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      // The main verb parsed as a participle of the sentence's noun: the noun
      // (here the person its title introduces) is the subject.
      {"Portugal and Spain resumed talks. The European Union's foreign policy chief, Anna Berg, who coordinates the "
       "talks, called on both sides to show flexibility.",
       {{"demands_from", "Anna Berg", "Portugal"}, {"demands_from", "Anna Berg", "Spain"}}, {}},
      {"President Luis Ortega and Chancellor Karl Brandt flew to Vienna. The two leaders met there on Monday.",
       {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      {"President Luis Ortega and Chancellor Karl Brandt flew to Vienna. The two men met reporters there on Monday.",
       {}, {{"met_with", "Luis Ortega", "Karl Brandt"}}},
      {"President Luis Ortega and Chancellor Karl Brandt met in Vienna on Monday. On Tuesday, both leaders held "
       "separate talks with Prime Minister Omar Haddad.",
       {{"met_with", "Luis Ortega", "Omar Haddad"}, {"met_with", "Karl Brandt", "Omar Haddad"}}, {}},
      // The second of the pair written with its title.
      {"Cypriot President Luis Ortega and Austrian Chancellor Karl Brandt agreed to cut tariffs. The two men held a "
       "summit in Vienna.",
       {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      {"Prime Minister Luis Ortega and his Austrian counterpart Karl Brandt held talks in Vienna on Friday.",
       {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      {"Luis Ortega and Karl Brandt flew to Vienna. The two leaders later sat down for dinner.", {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      // "the two" alone: the subject and object of the clause it goes on from.
      {"Chancellor Karl Brandt pressed Prime Minister Omar Haddad on Friday to cut tariffs, as the two sat down for "
       "six hours of talks.",
       {{"met_with", "Karl Brandt", "Omar Haddad"}, {"demands_from", "Karl Brandt", "Omar Haddad"}}, {}},
      // A pair of modifiers of a group noun, its subject inherited by the controlled verb.
      {"Austrian and Hamas negotiators are set to hold indirect talks in Cairo next week.",
       {{"met_with", "Austria", "Hamas", "planned"}}, {}},
      {"British and Danish diplomats held talks with Spanish officials in Madrid.",
       {{"met_with", "United Kingdom", "Spain"}, {"met_with", "Denmark", "Spain"}}, {}},
      // "The two countries" told by a person whose side is not known: not a demand of the pair.
      {"Portugal froze the assets of Brazil's central bank. Spanish Foreign Minister Anna Berg visited Lisbon. "
       "President Omar Haddad told Berg that the two countries should be partners, not rivals.",
       {}, {{"demands_from", "Omar Haddad", "Spain"}, {"demands_from", "Omar Haddad", "Portugal"},
            {"demands_from", "Omar Haddad", "Brazil"}}},
      // "the companies", "the two firms": the two bodies just named.
      {"Portugal fined Harbour Bank and Falcon Trading on Wednesday. Tom Keller said the companies must pay within "
       "60 days.",
       {{"demands_from", "Tom Keller", "Harbour Bank"}, {"demands_from", "Tom Keller", "Falcon Trading"}}, {}},
      // Met together with someone unnamed: not each other.
      {"Luis Ortega and Karl Brandt held talks with the union on Monday.", {},
       {{"met_with", "Luis Ortega", "Karl Brandt"}}},
      {"Luis Ortega and Karl Brandt met on Monday with union leaders.", {}, {{"met_with", "Luis Ortega", "Karl Brandt"}}},
      // "both rivals" with no pair named just before: the story's principal pair,
      // two people when they are named more often than its two states; "the two
      // sides" stay two states.
      {"Portugal's President Tom Keller met rebel leader Ivo Maren in Madrid. Keller had refused to meet Maren for "
       "months. Maren flew in from Spain. Keller later thanked Spain. Italian President Anna Berg is due to receive "
       "both rivals in Rome next week.",
       {{"met_with", "Anna Berg", "Tom Keller", "planned"}, {"met_with", "Anna Berg", "Ivo Maren", "planned"}},
       {{"met_with", "Anna Berg", "Spain"}, {"met_with", "Anna Berg", "Portugal"}}},
      {"President Tom Keller of Portugal met President Ivo Maren of Spain in Madrid. Keller thanked Maren. Maren "
       "thanked Keller. The four hours of talks between the two sides were held at a country estate.",
       {{"met_with", "Portugal", "Spain"}}, {}},
      // "both men" after a list of two people with relative asides: those two,
      // not the most-mentioned pair; "the two presidents" are two who hold the title.
      {"Portugal sanctioned a cousin of President Omar Haddad on Monday. The Treasury designated Tom Keller, who it "
       "said runs a shipping firm in Porto, and Ivo Maren, whom it described as his partner. Spain's list of 11 "
       "people, published at the same time, included both men.",
       {{"sanctions", "Spain", "Tom Keller"}, {"sanctions", "Spain", "Ivo Maren"}},
       {{"sanctions", "Spain", "Omar Haddad"}}},
      {"President Anna Berg met President Omar Haddad in Lisbon. Berg urged Haddad to work with his lawyer, Tom "
       "Keller, and Attorney General Ivo Maren, who heads the Justice Ministry. The two presidents met again on "
       "Wednesday.",
       {{"met_with", "Anna Berg", "Omar Haddad"}}, {{"met_with", "Tom Keller", "Ivo Maren"}}},
      // Roles go respectively, not across the pair.
      {"Austria and Portugal signed the deal. The two countries' foreign ministers, Austria's Anna Berg and "
       "Portugal's Ana Ferreira, read it out.",
       {}, {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Ana Ferreira", "Austria"}}},
  });
}

TEST(TreeRelations, SanctionsSaidOtherWays) {
  check({
      // "sanctions on a smuggling network run by X": on X.
      {"The Treasury has repeatedly imposed sanctions on a smuggling network run by Tom Keller, a Lisbon-based "
       "financier, most recently on Friday.",
       {{"sanctions", "Treasury Department", "Tom Keller"}}, {}},
      // Sanctions on an uncounted group a demonym modifies are on its state; on a
      // counted group, on the people counted.
      {"Anna Berg said Spain would also announce more sanctions against Russian elites and companies later in "
       "the week.",
       {{"sanctions", "Spain", "Russia", "planned"}}, {}},
      {"Spain on Saturday slapped restrictions on 15 Portuguese nationals, among them banker Tom Keller.",
       {{"sanctions", "Spain", "Tom Keller"}}, {{"sanctions", "Spain", "Portugal"}}},
      // A list of people behind chains of titles with a lower-case armed force
      // inside ("deputy army chief of staff A"): each is one word for the parser,
      // headed by the person's own name, not by a title word before "of".
      {"Portugal blacklisted Spanish Information Minister Tom Keller, deputy army chief of staff Ivo Maren and "
       "former army chief Omar Haddad last September, accusing them of undermining the truce.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Ivo Maren"},
        {"sanctions", "Portugal", "Omar Haddad"}},
       {}},
      // The second of two predicates in the past, after ", but" and a phrase:
      // "lifted the programme ..., but at the same time imposed new sanctions on X".
      {"The United States on Monday lifted the sanctions programme it had kept on Portugal for 20 years, but at the "
       "same time imposed new sanctions on Portugal's President Tom Keller and Vice President Ivo Maren.",
       {{"sanctions", "United States", "Tom Keller"}, {"sanctions", "United States", "Ivo Maren"}}, {}},
      // "X's economy has been squeezed by U.S. sanctions": the state whose economy the passive's sanctions hit.
      {"Portugal's economy has been squeezed by U.S. sanctions reimposed after the talks collapsed.",
       {{"sanctions", "United States", "Portugal"}}, {}},
      // A body's name stops before "of" and a possessor, who owns the body named next.
      {"In 2018 he and the Equipment Development Department of Portugal's Central Military Commission, which he then "
       "headed, were blacklisted by the State Department.",
       {{"sanctions", "State Department", "Equipment Development Department"}},
       {{"sanctions", "State Department", "Central Military Commission"}}},
      // "under sweeping U.S. and European Union sanctions": an adjective the
      // tagger read as a verb, and the preposition hung from a modifier.
      {"Lisbon is itself under sweeping U.S. and European Union sanctions over its arms exports.",
       {{"sanctions", "United States", "Portugal"}, {"sanctions", "European Union", "Portugal"}}, {}},
      // "X's latest measures target A": the verb after a possessive, adjectives and the plural.
      {"According to a statement from the Foreign Office, Lisbon's latest measures target Omar Haddad, intelligence "
       "chief of the Harbour Guards, and Luis Ortega, a senior official at the Harbour Ministry, both accused of "
       "plotting attacks on dissidents.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Portugal", "Luis Ortega"}}, {}},
      // A description the document resolved ("the operator") with a name in
      // apposition; a body whose name ends in "System".
      {"The Treasury Department blacklisted the state shipping company Harbour Lines and the operator of the card "
       "payment system, the Harbour Payment Card System.",
       {{"sanctions", "Treasury Department", "Harbour Lines"},
        {"sanctions", "Treasury Department", "Harbour Payment Card System"}},
       {}},
      // Given names that share the family name after them, the phrase after
      // the names calling them kin; then "the four" just named.
      {"Portugal on Monday imposed sanctions on Tiago, Rui and Nuno Ferreira, the brothers who run a shipping "
       "empire, and on their associate Omar Haddad. The Finance Ministry designated the four under its new "
       "anti-corruption law.",
       {{"sanctions", "Portugal", "Tiago Ferreira"}, {"sanctions", "Portugal", "Rui Ferreira"},
        {"sanctions", "Finance Ministry", "Rui Ferreira"}, {"sanctions", "Finance Ministry", "Omar Haddad"}},
       {{"sanctions", "Finance Ministry", "Portugal"}}},
      // A counted noun's list hung from the last noun of its participle phrase.
      {"Madrid also listed two men accused of wartime atrocities, former army colonel Anna Berg and Luis Ortega, a "
       "naval officer, under its Magnitsky law, Spanish Foreign Minister Omar Haddad said.",
       {{"sanctions", "Spain", "Anna Berg"}, {"sanctions", "Spain", "Luis Ortega"}}, {}},
      // A day after the announcer's apposition that the parser made the root
      // ("on Tuesday"): the clause's verb is the root again.
      {"Portugal has imposed sanctions on two former ministers. The measures, announced by Portugal's foreign "
       "minister, Ana Lopes, on Tuesday under the Harbour Measures Act, also target army Staff Sergeant Omar Haddad.",
       {{"sanctions", "Portugal", "Omar Haddad"}}, {}},
      // "Among the N people added to X's blacklist were A and B".
      {"Among the 14 people added to the European Union's blacklist on Friday were Portuguese businessman Omar "
       "Haddad and Tom Keller, a militia leader in Lisbon.",
       {{"sanctions", "European Union", "Omar Haddad"}, {"sanctions", "European Union", "Tom Keller"}}, {}},
      // "The sanctions announced by A on Friday target X": "target" the verb
      // after the plural's participle phrase.
      {"The sanctions announced by Portugal on Friday target state-owned Harbour Oil and Gas Enterprise as well as "
       "Brig. Gen. Omar Haddad, who runs the junta's arms procurement office.",
       {{"sanctions", "Portugal", "Harbour Oil and Gas Enterprise"}, {"sanctions", "Portugal", "Omar Haddad"}}, {}},
      // Three capitals acting, after an opening phrase; "including" hung inside the group's phrase.
      {"In coordinated action, Lisbon, Madrid and Rome froze the assets of four men accused of financing the "
       "Harbour Front, including money changer Omar Haddad.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Spain", "Omar Haddad"},
        {"sanctions", "Italy", "Omar Haddad"}},
       {}},
      // A participle after a sanction act that names more of its targets.
      {"The European Union on Monday tightened restrictive measures on Portugal over arms transfers, listing "
       "Harbour Aviation Industries and its managing director, Omar Haddad.",
       {{"sanctions", "European Union", "Harbour Aviation Industries"}, {"sanctions", "European Union", "Omar Haddad"}},
       {}},
      // A participle's aside set off by dashes between the subjects and the verb.
      {"Portugal, Spain and Italy \u2014 acting a day before the summit in Rome \u2014 announced fresh penalties on "
       "Russian titanium producer Harbour Titanium Works.",
       {{"sanctions", "Portugal", "Harbour Titanium Works"}, {"sanctions", "Italy", "Harbour Titanium Works"}}, {}},
      // "A, who leads X, remains under U.S. sanctions": the "who" clause
      // parsed apart, A the subject of the sentence's verb.
      {"His deputy, Karim Osei, who leads the Osei network, remains under U.S. sanctions and carries a $10 million "
       "bounty.",
       {{"sanctions", "United States", "Karim Osei"}}, {}},
      // "told a summit of NATO leaders that B would sanction A": a complement
      // clause, not a relative one about the leaders.
      {"Prime Minister Tom Keller told a virtual summit of NATO leaders that Portugal would sanction Omar Haddad "
       "imminently, his office said.",
       {}, {{"sanctions", "Portugal", "NATO"}}},
      // "travel and financial sanctions": one noun phrase, however the parser split it.
      {"The European Union imposed travel and financial sanctions on Omar Haddad.",
       {{"sanctions", "European Union", "Omar Haddad"}}, {}},
      // "its own measures" after another's sanctions: on the same target; not tariffs.
      {"Portugal imposed sanctions on Spain on Monday. Italy imposed its own trade and financial measures the same "
       "day.",
       {{"sanctions", "Italy", "Spain"}}, {}},
      {"Portugal imposed sanctions on Spain on Monday. Italy imposed its own tariffs the same day.", {},
       {{"sanctions", "Italy", "Spain"}}},
      // "on some of X's richest men, including A and B": the names the whole includes.
      {"The United States on Thursday imposed sanctions on some of Russia's richest and best-connected men, "
       "including the metals and telecoms billionaire Omar Haddad and Kremlin spokesman Tom Keller.",
       {{"sanctions", "United States", "Omar Haddad"}, {"sanctions", "United States", "Tom Keller"}}, {}},
      // Freezing someone's yacht or jet; not a freeze of wages.
      {"Omar Haddad is rich. The Treasury Department froze Haddad's 512-foot superyacht, the Sea Harbour, and his "
       "private jet. Portugal froze the wages of Tom Keller's staff.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}}, {{"sanctions", "Portugal", "Tom Keller"}}},
      // A body and its officers listed after it, each in apposition to its post.
      {"The Treasury Department blacklisted the Harbour National Police, its director, Omar Haddad, and his deputy, "
       "Tom Keller, accusing the force of beating protesters.",
       {{"sanctions", "Treasury Department", "Harbour National Police"},
        {"sanctions", "Treasury Department", "Omar Haddad"},
        {"sanctions", "Treasury Department", "Tom Keller"}},
       {}},
      // Three sanctions listed, the target after the last (parsed as a chain of conjuncts).
      {"The Security Council imposed an asset freeze, a travel ban and an arms embargo on Omar Haddad.",
       {{"sanctions", "United Nations Security Council", "Omar Haddad"}}, {}},
      // A body's targeting right after its sanction ("it", after an adjunct, the
      // body the sentence before opens with); not one it stopped short of.
      {"The Portuguese Treasury Ministry said it was blacklisting Harbour Bank. On the other side, it targeted "
       "Tagus Trading Co. and Baltic Shipping Ltd.",
       {{"sanctions", "Portuguese Treasury Ministry", "Tagus Trading Co."},
        {"sanctions", "Portuguese Treasury Ministry", "Baltic Shipping Ltd."}},
       {}},
      {"The European Union imposed sanctions on Harbour Bank. The European Union stopped short of sanctioning "
       "Portuguese President Tom Keller himself.",
       {}, {{"sanctions", "European Union", "Tom Keller"}}},
      // A fronted passive participle: its subject is the clause's.
      {"Sanctioned by the European Union since 2022, Harbour Mining Company has rerouted its exports through Spanish "
       "ports.",
       {{"sanctions", "European Union", "Harbour Mining Company"}}, {}},
      // Under a body's travel ban, asset freeze or embargo; not under a ban of no one's.
      {"Tom Keller has been under a European Union travel ban and asset freeze since 2015. Anna Berg has been "
       "under a ban on travel since May.",
       {{"sanctions", "European Union", "Tom Keller"}}, {{"sanctions", "European Union", "Anna Berg"}}},
      // Under the sanctions of a list of states: each state's.
      {"Tom Keller and Foreign Minister Anna Berg have themselves been under U.S., European Union, British and "
       "Canadian sanctions since the first days of the invasion in February 2022. Omar Haddad has been under U.S. "
       "and British sanctions since 2022.",
       {{"sanctions", "United States", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"},
        {"sanctions", "United Kingdom", "Tom Keller"}, {"sanctions", "Canada", "Anna Berg"},
        {"sanctions", "United Kingdom", "Omar Haddad"}},
       {}},
      // A list in apposition to a counted noun, its first item with a title of its own.
      {"Japan on Friday froze the assets of three senior Myanmar officials \u2014 air force commander Gen. Tun Lin "
       "Zaw, Deputy Interior Minister Myo Thet Naing and Soe Min Htun, who chairs the junta's election commission "
       "\u2014 over an air strike on a school in Sagaing region that killed 31 children.",
       {{"sanctions", "Japan", "Tun Lin Zaw"}, {"sanctions", "Japan", "Myo Thet Naing"},
        {"sanctions", "Japan", "Soe Min Htun"}},
       {}},
      // Designated "as a global terrorist"; on a body's sanctions list, the possessive on "sanctions".
      {"The European Union on Wednesday designated Tom Keller, the founder of Harbour Bank, as a global terrorist. "
       "Tagus Bank has been on the European Union's sanctions list since 2001.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Tagus Bank"}}, {}},
      // Sanctions kept: a verb that would end them, negated ("will not lift").
      {"Portugal has not eased its sanctions on Spain since Madrid jailed the protesters.",
       {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Portugal lifted its sanctions on Spain on Monday.", {}, {{"sanctions", "Portugal", "Spain"}}},
      // A demonym before an epithet goes with the name it describes.
      {"The Treasury Department blacklisted Russian oligarch Pavel Orlov and his companies on Friday.",
       {{"sanctions", "Treasury Department", "Pavel Orlov"}}, {}},
      {"Among those sanctioned by Britain were Russian businessman Pavel Orlov and oil executive Ivan Petrov.",
       {{"sanctions", "United Kingdom", "Pavel Orlov"}, {"sanctions", "United Kingdom", "Ivan Petrov"}}, {}},
      // "faces new sanctions from A", "was hit with A's sanctions".
      {"Spain faces new sanctions from Portugal.", {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Spain was hit with U.S. sanctions on Monday.", {{"sanctions", "United States", "Spain"}}, {}},
      // "on A and two of the country's former prime ministers, B and C": the count is a target too.
      {"Portugal imposed sanctions on former Spanish president Tom Keller and two of the country's former prime "
       "ministers, Omar Haddad and Luis Ortega, on Monday.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Omar Haddad"},
        {"sanctions", "Portugal", "Luis Ortega"}},
       {}},
      // "the most senior official ever sanctioned by A", "A joined B in
      // sanctioning X", "cut X and Y off from the SWIFT system", "signed an
      // order imposing sanctions on X" (the tagger's adjective "imposing");
      // not "held off from sanctioning X".
      {"Tom Keller on Thursday became the most senior Spanish official ever sanctioned by Portugal.",
       {{"sanctions", "Portugal", "Tom Keller"}}, {}},
      {"Canada joined the European Union on Monday in sanctioning Omar Haddad.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "European Union", "Omar Haddad"}}, {}},
      {"The European Union cut seven banks, including Harbour Bank and Tagus Bank, off from the SWIFT messaging "
       "system on Wednesday.",
       {{"sanctions", "European Union", "Harbour Bank"}, {"sanctions", "European Union", "Tagus Bank"}}, {}},
      {"Tom Keller signed an executive order on Monday imposing sanctions on Omar Haddad.",
       {{"sanctions", "Tom Keller", "Omar Haddad"}}, {}},
      {"Portugal has so far held off from sanctioning Harbour Bank over its dealings with Spain.", {},
       {{"sanctions", "Portugal", "Harbour Bank"}}},
      // "B is the target of A's sanctions", "became", "remains"; not when it would not be.
      {"Spain has become the target of new Portuguese sanctions.", {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Spain remains the target of a French embargo.", {{"sanctions", "France", "Spain"}}, {}},
      {"Spain would not be the target of Portuguese sanctions, the envoy said.", {},
       {{"sanctions", "Portugal", "Spain"}}},
      // "A, the B and two officials: C and D": B is a list item, not A's apposition.
      {"The Treasury designated the Eritrean Defense Force, the Harbour Front and two officials: Tomas Brand and "
       "Omar Haddad.",
       {{"sanctions", "Treasury Department", "Harbour Front"}, {"sanctions", "Treasury Department", "Tomas Brand"}},
       {}},
      // "among them a meat-processing business" closing the list is no second
      // object of the verb (which "designated X a Y" would be).
      {"The Treasury Department also designated his wife, Ana Torres, and their son, Pablo Sandoval, along with four "
       "companies that it said were used to hide the proceeds, among them a meat-processing business.",
       {{"sanctions", "Treasury Department", "Ana Torres"}, {"sanctions", "Treasury Department", "Pablo Sandoval"}},
       {}},
      // "already bar X ... from travelling": the verb the tagger read as a noun.
      {"Portugal and Spain already bar Commodore Tom Keller and members of his government from travelling to their "
       "territory.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Spain", "Tom Keller"}},
       {}},
      // A count after the object's comma, read as the verb's oblique, is an
      // item of the object's list, and so is the counted group after "and".
      {"The Treasury sanctioned the Harbour Bank, two of its executives and three firms, including Velcor Trading "
       "and Marlo Group, on Monday.",
       {{"sanctions", "Treasury Department", "Velcor Trading"}, {"sanctions", "Treasury Department", "Marlo Group"}},
       {}},
      // "froze any assets he holds": a zero relative of holding, read as the
      // verb's complement; and "the three governments" later name the act of
      // three, not the later act of one of them.
      {"The United States, Britain and Canada imposed sanctions on Tom Keller on Thursday. The U.S. Treasury "
       "Department said Keller had abused his position, and it froze any assets he holds under American "
       "jurisdiction. Also designated, in an action the three governments said they had coordinated, were his "
       "brother Raja Keller; his son, Nadi Keller; and Anna Kos.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Canada", "Anna Kos"},
        {"sanctions", "United Kingdom", "Raja Keller"}},
       {}},
      // "Also designated were A; B; and C": the first name read as the
      // participle's agent; and with an aside between the participle's commas
      // that the parser made the root.
      {"The Treasury imposed sanctions on Tom Keller on Thursday. Also designated were his brother Raja Keller; his "
       "son, Nadi Keller; and Anna Kos, a Ukrainian national.",
       {{"sanctions", "Treasury Department", "Raja Keller"}, {"sanctions", "Treasury Department", "Nadi Keller"},
        {"sanctions", "Treasury Department", "Anna Kos"}},
       {}},
      {"The United States and Canada imposed sanctions on Tom Keller on Thursday. Also designated, in an action the "
       "two governments said they had coordinated, were his brother Raja Keller; his son, Nadi Keller; and Anna Kos.",
       {{"sanctions", "United States", "Raja Keller"}, {"sanctions", "Canada", "Nadi Keller"},
        {"sanctions", "Canada", "Anna Kos"}},
       {}},
      // "Also blacklisted were A and B", parsed with the participle the
      // names' subject or the names hung from the full stop: the inverted
      // passive names more of the latest sanctioner's targets.
      {"Portugal froze the assets of Tom Keller on Monday. Also blacklisted were Joren Vandael and Marisco Properties.",
       {{"sanctions", "Portugal", "Joren Vandael"}, {"sanctions", "Portugal", "Marisco Properties"}},
       {}},
      // "Also blacklisted were four directors general of the force: A, B and C":
      // the participle read as an adjective of the phrase after "were", the list
      // hung from the compound the parser made of "directors".
      {"The Treasury designated the Harbour Guard on Friday. Also blacklisted were four former directors general "
       "of the force: Tom Keller, Ivo Maren, Omar Haddad and Luis Ortega.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Luis Ortega"}},
       {}},
      // "Also on its list are A and B": the list of the latest sanctioner.
      {"The Treasury Department said it had designated 11 individuals. Also on its list are Defence Minister Tom "
       "Keller, businessman Ivo Maren and his trading company Marisco Holdings, and Omar Haddad, a banker.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Marisco Holdings"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // With its agent between the participle and "were": "Also targeted by
      // Washington were A and B"; "targeted by" alone is no sanction.
      {"Portugal froze the assets of Tom Keller on Monday. Also targeted by Spain were Joren Vandael, a banker, and "
       "Marisco Properties.",
       {{"sanctions", "Spain", "Joren Vandael"}, {"sanctions", "Spain", "Marisco Properties"}},
       {{"sanctions", "Portugal", "Joren Vandael"}}},
      {"Joren Vandael was targeted by Spain's tax office in 2019.", {}, {{"sanctions", "Spain", "Joren Vandael"}}},
      // "whose firm, X, was designated as well": more of the act told earlier
      // in the same sentence, not of an older act elsewhere.
      {"Italy sanctioned Omar Haddad on Friday. Portugal also blacklisted Tom Keller, who was arrested in 2021 and "
       "whose firm, Marisco Trading, was designated as well.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Marisco Trading"}},
       {{"sanctions", "Italy", "Marisco Trading"}}},
      // A plural epithet before the names ("businessmen", "bankers") cues people.
      {"Spain's Foreign Office, which also sanctioned Lebanese bankers Samir Haddad and Amer Khiti, said the trade "
       "was worth $5 billion.",
       {{"sanctions", "Foreign Office", "Samir Haddad"}, {"sanctions", "Foreign Office", "Amer Khiti"}}, {}},
      // The latest act may sit several sentences back, past quotes, a
      // caption and asides; not much further.
      {"The Treasury froze the assets of Tom Keller on Monday. He denied wrongdoing. His lawyer said he would "
       "appeal. The decision was welcomed by rights groups. Photo: Anna Berg/Reuters. Advertisement. Keller has "
       "lived in Lisbon since 2001. He owns two hotels. Also named were Luis Mendes, a banker; and Omar Haddad, a "
       "lawyer.",
       {{"sanctions", "Treasury Department", "Luis Mendes"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      {"The Treasury froze the assets of Tom Keller on Monday. He denied wrongdoing. His lawyer said he would "
       "appeal. The decision was welcomed by rights groups. Keller has lived in Lisbon since 2001. He owns two "
       "hotels. He has three sons. They live in Porto. He plays golf. He reads books. He likes fish. He sails. "
       "Also named were Luis Mendes, a banker; and Omar Haddad, a lawyer.",
       {},
       {{"sanctions", "Treasury Department", "Luis Mendes"}, {"sanctions", "Treasury Department", "Omar Haddad"}}},
      // "X, acting in concert with A, B and C, froze ...": the list's later
      // names stay in the aside; the name before it is the subject.
      {"On Monday Portugal, acting in concert with the European Union, the United States and Canada, froze the "
       "assets of Tom Keller.",
       {{"sanctions", "Portugal", "Tom Keller"}},
       {}},
      // "are A, which was set up by X, B, C and D": the names after the
      // relative clause's last comma are items of the list, not its agents.
      {"Portugal imposed sanctions on ten Spanish politicians on Friday. The four organisations blacklisted by Lisbon "
       "are the Harbour Research Group, which was set up last year by Mr Mendes, the Lisbon Human Rights Commission, "
       "the Harbour Tribunal and the Tagus Institute.",
       {{"sanctions", "Portugal", "Harbour Research Group"}, {"sanctions", "Portugal", "Lisbon Human Rights Commission"},
        {"sanctions", "Portugal", "Harbour Tribunal"}, {"sanctions", "Portugal", "Tagus Institute"}},
       {}},
      // "blacklisted A, its rival B and C.", parsed with B hung from the full stop.
      {"The Treasury blacklisted Harbour Bank, its rival Quarvex Group and Tellmaro Holdings.",
       {{"sanctions", "Treasury Department", "Quarvex Group"}, {"sanctions", "Treasury Department", "Tellmaro Holdings"}},
       {}},
      // "banned A and B from its territory": an entry ban; not a ban from a stadium.
      {"The European Union has banned Tom Keller and Anna Berg from its territory and frozen their assets.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}},
       {}},
      {"The Harbour League banned Tom Keller from its stadiums for life.",
       {},
       {{"sanctions", "Harbour League", "Tom Keller"}}},
      // "A was among the 13 officials whom the Treasury designated".
      {"Luis Mendes was among the 13 officials whom the Treasury designated on Monday.",
       {{"sanctions", "Treasury Department", "Luis Mendes"}},
       {}},
      // "Also blacklisted was A, ...": the singular inverted passive, with the
      // participle read as a past and A as its active subject.
      {"The Treasury sanctioned Tom Keller. Also blacklisted was Wafiq Safa, the head of the group's Liaison Unit, "
       "who the department said had exploited the ports.",
       {{"sanctions", "Treasury Department", "Wafiq Safa"}},
       {}},
      // "blacklisted A, the company behind X, and fellow spyware maker B":
      // the named conjunct the parser joined to A's apposition is A's.
      {"The United States on Wednesday blacklisted Harbour Group, the Israeli company behind the Pegasus tool, and "
       "fellow Israeli spyware maker Quarvex.",
       {{"sanctions", "United States", "Harbour Group"}, {"sanctions", "United States", "Quarvex"}},
       {}},
      // "froze the assets of, and imposed travel bans on, A and B": the
      // names after the second preposition are both verbs' object.
      {"The EU froze the assets of, and imposed travel bans on, Tom Keller and Anna Berg.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}},
       {}},
      // "The EU's foreign ministers froze ...": a plural title of the
      // possessor's office-holders acts for the possessor.
      {"The EU's foreign ministers froze the assets of Tom Keller.",
       {{"sanctions", "European Union", "Tom Keller"}},
       {}},
      // "added both firms to its Entity List, which bars ..., along with C and
      // D": "along with" after a relative clause (its verb read as a noun)
      // goes with the verb that added.
      {"The United States on Wednesday blacklisted Harbour Group and Quarvex Labs. The Commerce Department said it "
       "had added both firms to its Entity List, which bars American companies from selling them technology without "
       "a licence, along with Tellmaro Systems and Velmora Consultancy, a Singapore-based firm.",
       {{"sanctions", "Commerce Department", "Tellmaro Systems"}, {"sanctions", "Commerce Department", "Velmora Consultancy"}},
       {}},
      // "the sanctions the EU imposed on Russia", the relative clause read as
      // a conjunct of the sentence's verb with no "and".
      {"Harbour Gas refused to comply with the sanctions the European Union imposed on Russia.",
       {{"sanctions", "European Union", "Russia"}},
       {}},
      // "The designations of A and B", "A's designation": the latest
      // sanctioner's act; no act named before, no sanction.
      {"The Treasury imposed sanctions on 13 people on Monday. The designations of Tom Keller and Anna Berg follow "
       "years of pressure from rights groups.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Anna Berg"}},
       {}},
      {"Tom Keller criticised the designation of the Harbour Guard as a terrorist group.",
       {},
       {{"sanctions", "Tom Keller", "Harbour Guard"}}},
      // "The UK's sanctions target A and B": the possessor the parser made
      // the root is the subject's, and the verb the root.
      {"The UK's sanctions target Tom Keller and Anna Berg.",
       {{"sanctions", "United Kingdom", "Tom Keller"}, {"sanctions", "United Kingdom", "Anna Berg"}},
       {}},
      // "The measures freeze any assets of X": a verb after a plural
      // sanction noun is no noun, and the measures are the latest act's.
      {"The Treasury imposed sanctions on 13 people on Monday. The measures freeze any US assets of Tom Keller and bar "
       "Americans from dealing with him.",
       {{"sanctions", "Treasury Department", "Tom Keller"}},
       {}},
      // A person's indefinite description read as the verb's oblique is an
      // apposition, so the list goes on from the object: "and 14 companies
      // he controls, including B".
      {"The Treasury sanctioned Dan Keller, a Portuguese billionaire, and 14 companies he controls, including "
       "Fleurette Properties.",
       {{"sanctions", "Treasury Department", "Dan Keller"}, {"sanctions", "Treasury Department", "Fleurette Properties"}},
       {}},
      // "Those sanctioned include A; B; and C": the participle describes
      // "those", the subject of "include".
      {"The Treasury imposed sanctions on 13 people on Monday. Those sanctioned include Tom Keller, the former head of "
       "the Harbour Police; Anna Berg, a businesswoman; and Omar Haddad, a former minister.",
       {{"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // A verb joined to a reported clause whose object is a pronoun for that
      // clause's subject is the reporter's ("designated him": not his act).
      {"The Treasury said Tom Keller had used his position to enrich himself, and designated him along with his "
       "wife, Anna Berg.",
       {{"sanctions", "Treasury Department", "Anna Berg"}},
       {{"sanctions", "Tom Keller", "Anna Berg"}}},
      // "The companies include ...": the group the latest act was on, with
      // a body's apposition and "its rival B" read as items, not clauses.
      {"The Commerce Department added 28 companies to its entity list on Monday. The companies include Harbour Vision "
       "Technology, the world's largest maker of cameras, and its rival Velmora Technology, as well as voice "
       "specialist Keltron Systems and the firms Orbis Group and Lumen Technology.",
       {{"sanctions", "Commerce Department", "Harbour Vision Technology"},
        {"sanctions", "Commerce Department", "Velmora Technology"},
        {"sanctions", "Commerce Department", "Keltron Systems"},
        {"sanctions", "Commerce Department", "Orbis Group"},
        {"sanctions", "Commerce Department", "Lumen Technology"}},
       {}},
      {"Harbour Vision Technology and Velmora Technology held talks on Monday. The companies include several start-ups.",
       {},
       {{"sanctions", "Harbour Vision Technology", "Velmora Technology"}}},
      // A long list closed by a prepositional phrase the parser made the
      // head of a clause with the later items as its subjects.
      {"The European Union froze the assets of some of Portugal's richest men late on Monday, blacklisting the metals "
       "billionaire Tom Keller, the Harbour Group founders Omar Haddad and Anna Berg and the steel magnate Luis "
       "Moreno, as well as the government's chief spokesman, Pedro Alves, in a third round of measures.",
       {{"sanctions", "European Union", "Tom Keller"},
        {"sanctions", "European Union", "Omar Haddad"},
        {"sanctions", "European Union", "Anna Berg"},
        {"sanctions", "European Union", "Luis Moreno"},
        {"sanctions", "European Union", "Pedro Alves"}},
       {}},
      // "an arms embargo the bloc imposed on X": a sanction noun after an
      // article's noun is no verb, and the clause with its own subject is a
      // relative clause.
      {"The European Union named seven officials on Monday. The listings build on an arms embargo the bloc imposed "
       "on Venezuela in November.",
       {{"sanctions", "European Union", "Venezuela"}},
       {}},
      // "X, the businessman widely reported to ..., has been under EU
      // sanctions": the predicate after the apposition's reduced relative is
      // the sentence's.
      {"Tom Keller, the Lisbon businessman widely reported to finance the group, has been under EU sanctions since "
       "October 2020.",
       {{"sanctions", "European Union", "Tom Keller"}},
       {}},
      // An embargo's target hung from the verb the noun is the object of.
      {"Tom Keller was accused of breaching the UN arms embargo on Libya.",
       {{"sanctions", "United Nations", "Libya"}},
       {}},
      // "designated A and B, which ..., and identified ...": B is the object's
      // conjunct, not the subject of the verb after ", and".
      {"The Treasury Department designated Harbour Navigation Corp and Velta Marine SA, which own the tankers, and "
       "identified the two vessels as blocked property.",
       {{"sanctions", "Treasury Department", "Harbour Navigation Corp"},
        {"sanctions", "Treasury Department", "Velta Marine SA"}},
       {}},
      // The list a long object is added to, hung by the parser from a noun of it.
      {"The Commerce Department added the Harbour Security Bureau, 19 of its subordinate agencies and eight "
       "technology firms to its so-called entity list.",
       {{"sanctions", "Commerce Department", "Harbour Security Bureau"}},
       {}},
      // "X, already under US sanctions, ...": the aside is the name's; an
      // asset freeze imposed by a state is its sanction.
      {"Tom Keller, already under US sanctions, denied wrongdoing.", {{"sanctions", "United States", "Tom Keller"}}, {}},
      {"The asset freeze on Tom Keller, imposed by Britain in March, remains in place.",
       {{"sanctions", "United Kingdom", "Tom Keller"}},
       {}},
      // The list's owner, however the parser hangs the possessive ("the
      // EU's sanctions list": on "sanctions").
      {"The European Union's sanctions list now includes Tom Keller.",
       {{"sanctions", "European Union", "Tom Keller"}},
       {}},
      // A phrase opening the sentence with a preposition and commas of its
      // own ("Besides A and B, C, the list includes ...") is parsed apart
      // from the clause after it, whose subject is "the list", not C.
      {"The Treasury froze the assets of President Tom Keller on Monday. Besides the president and the first lady, "
       "Anna Keller, the list includes Vice President Tom Ortega, the retired general who led the coup; Defence "
       "Minister Sana Veld; and Omar Haddad, a gold dealer.",
       {{"sanctions", "Treasury Department", "Tom Ortega"},
        {"sanctions", "Treasury Department", "Sana Veld"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // An irregular past the tagger read as a preposition ("in the same
      // stroke froze") is the verb.
      {"Washington on Monday scrapped the sanctions programme it has kept against Portugal for two decades, but in "
       "the same stroke froze the assets of President Tom Keller and his deputy.",
       {{"sanctions", "United States", "Tom Keller"}},
       {}},
      // An epithet before a name whose first word is a common one ("the
      // tycoon Try X") cues a person; the article goes with the joined name.
      {"In May, Washington blacklisted the tycoon Try Velan and Dal Morik, a former chief of the general staff.",
       {{"sanctions", "United States", "Try Velan"}, {"sanctions", "United States", "Dal Morik"}},
       {}},
      // A semicolon list whose items are titles with the name after the
      // comma ("the chairman of its board, A; his deputy, B; and C"), the
      // first name hung from the verb by the parser.
      {"The Treasury designated Velta Mining together with the chairman of its management board, Tom Keller; his "
       "deputy, Anna Berg, a Portuguese national; and Omar Haddad, a member of the company's management.",
       {{"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // "its" after "the battalion's X, A;" is the battalion's, which the
      // story does not name: no post with the Treasury.
      {"The Treasury froze the assets of the battalion's current director general, Tom Keller; of its additional "
       "director general for operations, Anna Berg; and of three men who held that post before him.",
       {}, {{"works_for", "Anna Berg", "Treasury Department"}}},
      {"The Treasury designated the bank's chairman, Tom Keller; his deputy, Anna Berg; and Omar Haddad.",
       {{"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // Sanctions only considered are none yet.
      {"The European Union is considering sanctions on Velta Mining.", {}, {{"sanctions", "European Union", "Velta Mining"}}},
      {"The European Union imposed sanctions on Velta Mining after considering them for months.",
       {{"sanctions", "European Union", "Velta Mining"}}, {}},
      // Sanctions said other ways: hit with a freeze, subject to sanctions,
      // the agent of "imposed" after the noun, placed under sanctions, and
      // another state following suit; not when negated or lifted.
      {"The European Union hit Tom Keller with an asset freeze.", {{"sanctions", "European Union", "Tom Keller"}}, {}},
      {"Tom Keller is subject to US sanctions.", {{"sanctions", "United States", "Tom Keller"}}, {}},
      {"Tom Keller is not subject to US sanctions.", {}, {{"sanctions", "United States", "Tom Keller"}}},
      {"The sanctions on Tom Keller, imposed by the European Union in 2020, remain.",
       {{"sanctions", "European Union", "Tom Keller"}}, {}},
      {"The sanctions on Tom Keller, imposed by the European Union in 2020, were lifted.", {},
       {{"sanctions", "European Union", "Tom Keller"}}},
      {"The measures, approved by the European Union, target Tom Keller and Anna Berg.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      {"Tom Keller was one of 14 people sanctioned by the European Union on Monday.",
       {{"sanctions", "European Union", "Tom Keller"}}, {}},
      {"Tom Keller was among 12 people placed under sanctions by the European Union.",
       {{"sanctions", "European Union", "Tom Keller"}}, {}},
      {"The United States imposed sanctions on Tom Keller. Canada followed suit on Friday.",
       {{"sanctions", "Canada", "Tom Keller"}}, {}},
      {"The United States imposed sanctions on Tom Keller. Canada did not follow suit.", {},
       {{"sanctions", "Canada", "Tom Keller"}}},
      // "sanctions on A and its owner, B": the owner the parser joined to the
      // sanctions is a target too (not a second act: "and a travel ban").
      {"Portugal slapped sanctions on Velta Mining and its owner, Omar Haddad.",
       {{"sanctions", "Portugal", "Velta Mining"}, {"sanctions", "Portugal", "Omar Haddad"}}, {}},
      // "said its sanctions on X remain": a possessive "its" before an act is
      // the body that speaks; before a title it is no sanctioner.
      {"The Treasury said its sanctions on Portugal and on Velta Mining remain in force.",
       {{"sanctions", "Treasury Department", "Portugal"}, {"sanctions", "Treasury Department", "Velta Mining"}}, {}},
      {"The Treasury imposed sanctions on Velta Mining and its chairman, Tom Keller.",
       {{"sanctions", "Treasury Department", "Velta Mining"}}, {{"leader_of", "Tom Keller", "Treasury Department"}}},
      // "barred the commander of the Army, General X, and his family": X is the commander.
      {"The United States has barred the commander of the Portuguese Army, Lieutenant General Tom Keller, and his "
       "immediate family from entering the country.",
       {{"sanctions", "United States", "Tom Keller"}}, {}},
      // "froze her assets": the possessor's; the list after two acts in one
      // sentence is the first act's, not the later clause's.
      {"The United States imposed sanctions on Anna Berg on Monday. It is the first time Washington has targeted "
       "her; the European Union froze her assets in 2012. Also on the list are the minister's brother, Tom Berg, "
       "who commands the army, and their sister, Eva Berg.",
       {{"sanctions", "European Union", "Anna Berg"}, {"sanctions", "United States", "Tom Berg"}},
       {{"sanctions", "European Union", "Tom Berg"}}},
      // "froze any assets X holds ..." with a second verb joined after it:
      // the assets are the freeze's object, not the second verb's subject.
      {"The Treasury's Office of Foreign Assets Control froze any assets Mr Keller holds under U.S. jurisdiction "
       "and barred Americans from dealing with him.",
       {{"sanctions", "Office of Foreign Assets Control", "Keller"}}, {}},
      // A department's listing is its state's where the story names the
      // state as a sanctioning actor (SCHEMA.md, call 3) ...
      {"The United States on Tuesday imposed sanctions on Portugal's army chief, Tom Keller. The Treasury also "
       "blacklisted Velta Mining, a company he owns, and froze its assets.",
       {{"sanctions", "Treasury Department", "Velta Mining"}, {"sanctions", "United States", "Velta Mining"}}, {}},
      // ... and not where the state only appears.
      {"The Treasury blacklisted Velta Mining on Tuesday. Officials in the United States said more would follow.",
       {{"sanctions", "Treasury Department", "Velta Mining"}}, {{"sanctions", "United States", "Velta Mining"}}},
      // "Also named are A and B": more of whoever sanctioned last, also
      // where the parser reads the inverted subject as a complement.
      {"The European Union on Monday imposed sanctions on six Portuguese officials. Also named are two senior "
       "officers of the force: Omar Haddad, who heads its riot unit, and Ivan Sorokin, director of the prison "
       "service.",
       {{"sanctions", "European Union", "Omar Haddad"}, {"sanctions", "European Union", "Ivan Sorokin"}}, {}},
      {"The Treasury on Tuesday sanctioned Tom Keller. Also sanctioned were three entities linked to Keller: the "
       "Harbour History Association, which he founded in Lisbon in 2018; Velta Group, a company the Treasury says "
       "he controls, which is building a zone in Portugal; and the Tarn Cultural Association, a Lisbon-based "
       "affiliate of the group.",
       {{"sanctions", "Treasury Department", "Harbour History Association"},
        {"sanctions", "Treasury Department", "Velta Group"},
        {"sanctions", "Treasury Department", "Tarn Cultural Association"}},
       {}},
      {"The new cabinet met on Monday in Lisbon. Also named are two junior ministers, Omar Haddad and Ivan Sorokin.",
       {}, {{"sanctions", "Portugal", "Omar Haddad"}}},
      // "Heading the bloc's list is X": more of whoever sanctioned last ...
      {"The European Union on Monday imposed sanctions on six Portuguese officials. Heading the bloc's list is the "
       "head of the national police, Tom Keller, together with his deputy, Anna Berg.",
       {{"sanctions", "European Union", "Tom Keller"}}, {}},
      // ... not a party's list of candidates.
      {"The Harbour Party met on Monday in Lisbon. Heading the party's list is Tom Keller, a former minister.", {},
       {{"sanctions", "Harbour Party", "Tom Keller"}}},
      // A second verb of adding with a subject of its own is that subject's act.
      {"Washington had already blacklisted Tom Keller in 2018 and Anna Berg last year, and in March the U.S. "
       "Treasury added the National Police as an institution, together with Omar Haddad, Ivan Sorokin and a third "
       "commander, Boris Petrenko.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Ivan Sorokin"}},
       {}},
      // "and its owner, B" hung from the closing period: the object's conjunct.
      {"Britain sanctioned Velta Mining and its owner, Boris Petrenko.",
       {{"sanctions", "United Kingdom", "Velta Mining"}, {"sanctions", "United Kingdom", "Boris Petrenko"}}, {}},
      // Two legal forms after a name ("Pte. Ltd."): one name, written with them, and no sentence end.
      {"The Treasury on Monday sanctioned two traders, Marlo Management Pte. Ltd. and Casto Partners Pte. Ltd., for "
       "buying fuel.",
       {{"sanctions", "Treasury Department", "Marlo Management Pte. Ltd."},
        {"sanctions", "Treasury Department", "Casto Partners Pte. Ltd."}},
       {}},
      // A long list of items set off by semicolons, each parsed apart.
      {"Among those blacklisted by the Treasury were Velta Mining Co., a coal importer, and its owner, Boris "
       "Petrenko; Harlo Trade Co. and Marvin Holding Co., which the Treasury said had together with Velta imported "
       "nearly $500 million worth of coal between 2013 and 2016; Tarn Trading Ltd., a Hong Kong company accused of "
       "acting as a front for Iran's sanctioned Harbour Trade Bank; Orsk Metals LLC, a Moscow-based metals "
       "supplier, and its director general, Ivan Sorokin; and two traders, Marlo Management Pte. Ltd. and Casto "
       "Partners Pte. Ltd., which it said had bought fuel.",
       {{"sanctions", "Treasury Department", "Velta Mining Co."},
        {"sanctions", "Treasury Department", "Boris Petrenko"},
        {"sanctions", "Treasury Department", "Harlo Trade Co."},
        {"sanctions", "Treasury Department", "Marvin Holding Co."},
        {"sanctions", "Treasury Department", "Tarn Trading Ltd."},
        {"sanctions", "Treasury Department", "Orsk Metals LLC"},
        {"sanctions", "Treasury Department", "Ivan Sorokin"},
        {"leader_of", "Ivan Sorokin", "Orsk Metals LLC"}},
       {{"sanctions", "Iran", "Harbour Trade Bank"},
        {"sanctions", "Tarn Trading Ltd.", "Harbour Trade Bank"},
        {"sanctions", "Treasury Department", "Harbour Trade Bank"}}},
      // An item the parser reads alone as a clause ("B, the attorney general
      // installed by ...") is the name that opens it.
      {"The European Union on Monday imposed sanctions on seven officials. Also on the list are Tom Keller, the "
       "president of Portugal's Supreme Court; Ana Costa, the attorney general installed last August by the "
       "pro-government assembly; and Omar Haddad, a former commander of the National Guard.",
       {{"sanctions", "European Union", "Tom Keller"},
        {"sanctions", "European Union", "Ana Costa"},
        {"sanctions", "European Union", "Omar Haddad"}},
       {}},
      // Items after a colon: conjuncts of the first one there.
      {"China on Monday imposed sanctions on eleven Americans. A foreign ministry spokesman said the measures also "
       "targeted Representative Tom Keller and the heads of four U.S.-based groups: Ana Costa, executive director "
       "of Harbour Watch; Omar Haddad, president of the Velta Endowment; Boris Petrenko, president of Tarn House; "
       "and Ivan Sorokin, president of the Orsk Institute.",
       {{"sanctions", "China", "Tom Keller"},
        {"sanctions", "China", "Ana Costa"},
        {"sanctions", "China", "Omar Haddad"},
        {"sanctions", "China", "Boris Petrenko"},
        {"sanctions", "China", "Ivan Sorokin"}},
       {}},
      // "A's sanctioned B": B is sanctioned, not by A.
      {"Tarn Trading, a front for Iran's sanctioned Harbour Trade Bank, was fined by a court in Dubai.", {},
       {{"sanctions", "Iran", "Harbour Trade Bank"}, {"sanctions", "Tarn Trading", "Harbour Trade Bank"}}},
      // A Russian company's "general director" leads it.
      {"Orsk Metals LLC and its general director, Ivan Sorokin, were fined.",
       {{"leader_of", "Ivan Sorokin", "Orsk Metals LLC"}}, {{"works_for", "Ivan Sorokin", "Orsk Metals LLC"}}},
      // A date opening the sentence with no comma, then "the" and the name.
      {"In October the European Union, which is Portugal's biggest donor, placed travel bans on Tom Keller and Anna "
       "Berg.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      // "the country" is not the state whose act's phrase holds it.
      {"Portugal's government on Friday pushed back against U.S. sanctions on the country's intelligence chief, "
       "Tom Keller, as officials in Lisbon called the move a punishment.",
       {{"sanctions", "United States", "Tom Keller"}, {"works_for", "Tom Keller", "Portugal"}},
       {{"works_for", "Tom Keller", "United States"}}},
      // "Also added to the EU list were A and B": the inverted passive.
      {"The EU froze the assets of Anna Berg on Friday. Also added to the EU list were Tom Keller's mother, Ana "
       "Costa, and Omar Haddad, along with eight ministers.",
       {{"sanctions", "European Union", "Ana Costa"}, {"sanctions", "European Union", "Omar Haddad"}}, {}},
      // "by the bloc last May": "bloc" read as an adjective of the month.
      {"The European Union froze the assets of Anna Berg. Tom Keller, who commands the army's elite Fourth "
       "Division, was blacklisted by the bloc last May.",
       {{"sanctions", "European Union", "Tom Keller"}}, {}},
      // "The EU last week barred X": the name the parser joined to "last week" is the subject.
      {"The European Union last week barred Laurent Mbala, his wife Simone and 17 of their allies from entering its "
       "territory.",
       {{"sanctions", "European Union", "Laurent Mbala"}}, {}},
      // "imposing" read as an adjective before the sanction nouns is the participle.
      {"Portugal and Spain went further in June, imposing travel bans and asset freezes on seven officers, including "
       "Tom Keller and Anna Berg.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Spain", "Anna Berg"}}, {}},
      // A "from" gerund hung from the verb of a relative clause about the object goes to "barring".
      {"Portugal and Spain imposed sanctions on Italy's military rulers on Wednesday, barring the coup leader, "
       "Commodore Tom Keller, and the officers who support him from travelling to either country.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Spain", "Tom Keller"}}, {}},
      // "still keeps an arms embargo on X", the embargo read as the verb's complement.
      {"Portugal lifted most of its own measures in 2014 but still keeps an arms embargo on Spain.",
       {{"sanctions", "Portugal", "Spain"}}, {}},
      // "along with its director, A, and his deputy, B", "along" read as a preposition.
      {"The Treasury Department said it had blacklisted Harbour Shipping, known by its initials HS, along with its "
       "director, Anna Berg, and his deputy, Tom Keller.",
       {{"sanctions", "Treasury Department", "Anna Berg"}, {"sanctions", "Treasury Department", "Tom Keller"}}, {}},
      // "designated A, ... under an order, freezing any property they hold": the verb after
      // the name that opens the sentence, though a zero relative clause has a verb of its own.
      {"The Treasury Department designated Anna Berg, her husband Tom Keller and Portugal's interior minister, Omar "
       "Haddad, under a counter-narcotics order, freezing any property they hold in the United States.",
       {{"sanctions", "Treasury Department", "Anna Berg"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {{"sanctions", "Anna Berg", "Omar Haddad"}}},
      // "its chief executive, X" with "executive" tagged as an adjective.
      {"The State Department imposed sanctions on Harbour Shipping Co. and its chief executive, Tom Keller, on Monday.",
       {{"sanctions", "State Department", "Tom Keller"}}, {}},
      // An "it" opening the sentence is no body named inside the sentence before ("The resolution,
      // drafted by Portugal, ...").
      {"The resolution, drafted by Portugal on behalf of the bloc, was adopted by 14 votes to none. It places an "
       "arms embargo on Tom Keller and Anna Berg.",
       {}, {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Anna Berg"}}},
      // "on the head of X's agency, A, and on one of its officers, B": the repeated "on" lists B too.
      {"The European Union imposed sanctions on Thursday on the head of Portugal's military intelligence agency, "
       "Tom Keller, and on one of its officers, Anna Berg, holding them responsible for a cyberattack.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      // "The EU's travel bans and asset freezes target A; B; and C" ("target" read as a preposition);
      // "Prosecutor-General" is a title, no word of the name.
      {"The EU's travel bans and asset freezes target Tom Keller, who heads the Harbour Committee; "
       "Prosecutor-General Anna Berg; and Omar Haddad, the head of the prison service.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"},
        {"sanctions", "European Union", "Omar Haddad"}},
       {}},
      // "France froze X's assets" (the tagger's odd tag for "froze"); "designated X a terrorist",
      // with no "as"; not "designated Portugal a major ally".
      {"France froze Masood Keller's assets on its own territory in March. The United States designated Omar "
       "Haddad a terrorist in 2010. Canada designated the Harbour Front a terrorist group on Monday.",
       {{"sanctions", "France", "Masood Keller"}, {"sanctions", "United States", "Omar Haddad"},
        {"sanctions", "Canada", "Harbour Front"}},
       {}},
      // "The EU imposed travel bans on X": a past the tagger read as a participle before a noun, once
      // "bans" is the noun, is the sentence's verb.
      {"The EU imposed travel bans on Tom Keller on Friday.",
       {{"sanctions", "European Union", "Tom Keller"}}, {}},
      // The same after "after", whatever the sentence's other verbs; "four days" measures the
      // clause and is no subject standing for the list after the colon.
      {"His visit came four days after the European Union imposed asset freezes and travel bans on three "
       "politicians it accuses of obstruction: Tom Keller, the speaker of the Harbour Assembly; and Anna Berg.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}},
       {{"sanctions", "Tom Keller", "Anna Berg"}, {"sanctions", "Anna Berg", "Tom Keller"}}},
      // "were hit with a visa ban by B", however the parser hangs "by"; a wife named in apposition too.
      {"Tom Keller and his wife, Anna Keller, were also hit with a visa ban by the State Department.",
       {{"sanctions", "State Department", "Tom Keller"}, {"sanctions", "State Department", "Anna Keller"}}, {}},
      // "on X" after the last of a list of measures is on X for them all.
      {"The Security Council voted on Friday to impose an asset freeze, a travel ban and an arms embargo on Tom "
       "Keller, the former police officer.",
       {{"sanctions", "United Nations Security Council", "Tom Keller"}}, {}},
      // Bodies a noun of bodies counts after a colon; a verb joined after a relative clause that leaves
      // its object out is the main verb's, not the clause's.
      {"The Treasury froze any assets the two men hold in Portugal and blacklisted four companies that it said "
       "Tom Keller controls: Harbour Capital, Nordic Shipping Ltd, Tagus Airways and Ostland Holdings.",
       {{"sanctions", "Treasury Department", "Harbour Capital"}, {"sanctions", "Treasury Department", "Nordic Shipping Ltd"}},
       {{"sanctions", "Tom Keller", "Harbour Capital"}}},
      // A decision's infinitive is its possessor's act (a capital so possessing acts), not the
      // sentence subject's; "the measures" in the next sentence are the main clause's.
      {"The U.S. Treasury froze the assets of Tom Keller. China imposed sanctions on 11 Americans on Monday, among "
       "them Senator Luis Mendes, hitting back at Washington's decision last week to blacklist Anna Berg and 10 "
       "other officials. The measures also targeted Omar Haddad.",
       {{"sanctions", "United States", "Anna Berg"}, {"sanctions", "China", "Omar Haddad"}},
       {{"sanctions", "China", "Anna Berg"}, {"sanctions", "Luis Mendes", "Anna Berg"},
        {"sanctions", "United States", "Omar Haddad"}}},
      // The subject the parser hung inside a fronted phrase, past "himself".
      {"In an annex to the order, President Tom Keller himself designated the 13 principal targets, Anna Berg, "
       "Omar Haddad and Luis Ortega among them.",
       {{"sanctions", "Tom Keller", "Anna Berg"}, {"sanctions", "Tom Keller", "Luis Ortega"}}, {}},
      // Designated "as an entity under" a sanctions programme; the people a counted group joined by
      // "along with" lists after a colon, wherever the parser hung the group.
      {"The Treasury designated the Harbour Front as an entity under its Global Magnitsky programme on Friday, "
       "along with six officers: the front's director general, Tom Keller; his predecessor Anna Berg, now head of "
       "the Lisbon Police; and Omar Haddad.",
       {{"sanctions", "Treasury Department", "Harbour Front"}, {"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      {"The Treasury designated the Harbour Front on Friday, along with three officers: Tom Keller; Anna Berg; and "
       "Omar Haddad.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Omar Haddad"}}, {}},
      // Designated as a candidate is no listing.
      {"The Harbour Front designated Tom Keller as its candidate under the party's rules.", {},
       {{"sanctions", "Harbour Front", "Tom Keller"}}},
      // "Britain, Canada and the United States joined the EU in sanctioning X": every state of the list.
      {"Britain, Canada and the United States joined the EU in sanctioning Tom Keller and Omar Haddad on the same "
       "day.",
       {{"sanctions", "Canada", "Tom Keller"}, {"sanctions", "United Kingdom", "Omar Haddad"}}, {}},
      // "Last week the State Department and the Treasury sanctioned X": the subject the parser hung from
      // "week".
      {"Last week the State Department and the Treasury sanctioned Portugal's interior minister, Tom Keller, and "
       "Omar Haddad, a senior commander of the special police units.",
       {{"sanctions", "State Department", "Tom Keller"}, {"sanctions", "State Department", "Omar Haddad"},
        {"sanctions", "Treasury Department", "Tom Keller"}},
       {}},
      // ... or with "week" made the subject: "Last week the Minister for Media, X, held ...".
      {"Last week the Minister for Media, Anna Berg, held an emergency meeting with Tom Keller, the interim director "
       "general Luis Ortega and Omar Haddad, after which the board said its trust had been eroded.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Luis Ortega"},
        {"met_with", "Anna Berg", "Omar Haddad"}},
       {}},
      // "entry bans" is a noun however the tagger reads "bans".
      {"Estonia, Latvia and Lithuania imposed entry bans on Tom Keller and more than a dozen other officials.",
       {{"sanctions", "Estonia", "Tom Keller"}, {"sanctions", "Lithuania", "Tom Keller"}}, {}},
      // A state's name is no person's given name: "Israel" after "Israel Katz" is the state.
      {"Foreign Minister Israel Katz accused Turkey of breaking agreements. The embargo is the toughest economic "
       "sanction Ankara has imposed on Israel since the war began.",
       {{"sanctions", "Turkey", "Israel"}}, {{"sanctions", "Turkey", "Israel Katz"}}},
      // A state halting imports from, or traffic and shipments to, another sanctions it; an airline
      // suspending flights does not.
      {"Portugal suspended all coal imports from Spain in February.", {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Portugal responded by halting oil shipments to Spain.", {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Portugal halted all air, rail, road and sea traffic with Morocco on Tuesday.",
       {{"sanctions", "Portugal", "Morocco"}}, {}},
      {"Harbour Air suspended all flights to Spain on Monday.", {}, {{"sanctions", "Harbour Air", "Spain"}}},
      {"Portugal cut off nearly all trade with Morocco on Monday.", {{"sanctions", "Portugal", "Morocco"}}, {}},
      {"Portugal has stopped all exports to and imports from Morocco, its trade ministry said.",
       {{"sanctions", "Portugal", "Morocco"}}, {}},
      // "X, known by ..., along with its director, A, and deputy director B": "along with" belongs
      // to the main verb, and "its" is X's, not the subject's.
      {"The Treasury Department blacklisted the Revolutionary Harbour Police, known by its Spanish initials PHR, "
       "along with its director, Tom Keller, and deputy director Omar Haddad, saying officers had beaten "
       "demonstrators.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Omar Haddad"},
        {"leader_of", "Tom Keller", "Revolutionary Harbour Police"}},
       {{"leader_of", "Tom Keller", "Treasury Department"}}},
      // "blacklisted the bank; the chairman of its board, A; B, ...; and C": the people listed after
      // semicolons are the object's conjuncts, the first past its description.
      {"Portugal on Wednesday imposed sanctions on the Harbour Investment Bank, a lender based in Lisbon. The "
       "Portuguese Treasury blacklisted the bank; the chairman of its management board, Tom Keller; Omar Haddad, a "
       "Spanish member of the management board; and Luis Ortega, a deputy chairman.",
       {{"sanctions", "Portuguese Treasury", "Tom Keller"}, {"sanctions", "Portuguese Treasury", "Omar Haddad"},
        {"sanctions", "Portuguese Treasury", "Luis Ortega"}},
       {}},
      // Freezing or impounding what someone owns sanctions the owner, however the parser hangs "owned"
      // (or "belonging", after the sum the property is worth).
      {"Portugal has frozen villas worth about 140 million euros belonging to Luis Ortega, the government said.",
       {{"sanctions", "Portugal", "Luis Ortega"}}, {}},
      {"The Harbour Finance Guard impounded the 65-metre Lady Anna, owned by steel magnate Tom Keller, in the port "
       "of Imperia. The Harbour Finance Guard also froze a villa near Lucca belonging to metals tycoon Omar Haddad.",
       {{"sanctions", "Harbour Finance Guard", "Tom Keller"}, {"sanctions", "Harbour Finance Guard", "Omar Haddad"}},
       {}},
      // "Also on the list are A, B, ...": an inverted copula after a sanctions act.
      {"Portugal imposed sanctions on Tom Keller on Monday. Also on the list are Defence Minister Anna Berg, Omar "
       "Haddad, the minister of state for the Harbour province, and Luis Ortega, a deputy director of the Central "
       "Intelligence Organisation.",
       {{"sanctions", "Portugal", "Anna Berg"}, {"sanctions", "Portugal", "Omar Haddad"},
        {"sanctions", "Portugal", "Luis Ortega"}},
       {}},
      // "were also added to the list": the list of whoever imposed the latest sanctions; the members
      // a noun of members names after "including".
      {"The Treasury imposed sanctions on Harbour Bank on Wednesday. Members of Portugal's security council, "
       "including former president Tom Keller and Prime Minister Anna Berg, were also added to the list.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Anna Berg"}}, {}},
      {"The Treasury imposed sanctions on Harbour Bank on Wednesday. Anna Berg and Tom Keller were added to the "
       "list of speakers on Thursday.",
       {}, {{"sanctions", "Treasury Department", "Anna Berg"}, {"sanctions", "Treasury Department", "Tom Keller"}}},
      // ... on the list of the body it names, not of whoever acted last.
      {"Spain imposed sanctions on 11 Portuguese officials on Monday, after the Treasury Department froze the "
       "assets of Tom Keller on Friday. Also on the Treasury list were Anna Berg, commissioner of the Lisbon Police; "
       "and Omar Haddad, who heads the harbour office.",
       {{"sanctions", "Treasury Department", "Anna Berg"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {{"sanctions", "Spain", "Anna Berg"}, {"sanctions", "Spain", "Omar Haddad"}}},
      // The subject of the noun a passive participle describes.
      {"Tom Keller is the first sitting leader of the province to be sanctioned by Portugal.",
       {{"sanctions", "Portugal", "Tom Keller"}}, {}},
      {"Tom Keller is among the officials sanctioned by Portugal.", {{"sanctions", "Portugal", "Tom Keller"}}, {}},
      // "designated A, commander of X, and B": the title is A's apposition, not the verb's
      // complement, and B is designated too; "two officials" are new people, not a pair named before.
      {"Anna Berg raised the base with Luis Ortega in May. Portugal on Wednesday imposed sanctions on two senior "
       "Spanish military officials, accusing them of graft. The Portuguese Treasury designated Tom Keller, "
       "commander of the Spanish Navy, and Omar Haddad, who heads the Technical Services Department of Spain's "
       "Ministry of Defence, freezing any assets they hold in Portugal.",
       {{"sanctions", "Portuguese Treasury", "Tom Keller"},
        {"sanctions", "Portuguese Treasury", "Omar Haddad"},
        {"sanctions", "Portugal", "Tom Keller"}},
       {{"sanctions", "Portugal", "Anna Berg"}, {"sanctions", "Portugal", "Luis Ortega"}}},
      // "General Staff" names a body: "Staff" is no person, and the list it sits in goes on.
      {"The European Union on Thursday imposed sanctions on three Portuguese officers. The bloc added to its "
       "sanctions list Maj. Gen. Tom Keller, who heads Portugal's Armed Forces General Staff; Brig. Gen. Omar "
       "Haddad, a commander in the Harbour Guard Corps who oversees its drone operations; and Brig. Gen. Luis "
       "Ortega, a senior official of Portugal's Ministry of Defence and Armed Forces Logistics.",
       {{"sanctions", "European Union", "Omar Haddad"}, {"sanctions", "European Union", "Luis Ortega"}},
       {{"works_for", "Staff", "Armed Forces Logistics"}}},
      // "retired General X" is a name with a modifier, not "retired" taking X as its object.
      {"Portugal on Saturday barred 18 Spaniards from entering the country. The Portuguese Foreign Ministry's list "
       "includes Tom Keller, who was chief of staff to the governor, Omar Haddad, a former lawyer, and retired "
       "General Luis Ortega.",
       {{"sanctions", "Portuguese Foreign Ministry", "Omar Haddad"},
        {"sanctions", "Portuguese Foreign Ministry", "Luis Ortega"}},
       {}},
      // "Also designated were A and B": an inverted passive after a sanctions act names its targets;
      // "was designated as" names no one.
      {"Portugal on Friday imposed sanctions on the Harbour Army and two companies. Also designated were the Red "
       "Coast Trading Corporation, the army's main commercial arm, and the Delta Trust, the holding company that "
       "owns it. Tom Keller was designated as the army's envoy.",
       {{"sanctions", "Portugal", "Red Coast Trading Corporation"}, {"sanctions", "Portugal", "Delta Trust"}},
       {{"sanctions", "Portugal", "Tom Keller"}}},
      // Barring a company's executives from entering sanctions the company
      // (its legal form read with its name).
      {"Harbour Mining International chairman Tom Keller spoke in Toronto earlier this year.\n\nTORONTO -- The "
       "United States moved on Wednesday to bar senior executives of Harbour Mining International Corp. from "
       "entering the country, the first use against a Canadian company of a new law.",
       {{"sanctions", "United States", "Harbour Mining International Corp."}}, {}},
      // A state's embargo against another.
      {"The new law tightens the 40-year-old U.S. trade embargo against Cuba.",
       {{"sanctions", "United States", "Cuba"}}, {}},
      // Sanctions imposed again, and a visa taken away.
      {"Portugal agreed to freeze the assets of Tom Keller and reimposed a travel ban on Belarusian President "
       "Alexander Lukashenko.",
       {{"sanctions", "Portugal", "Alexander Lukashenko"}}, {}},
      {"The United States has revoked the visa of Omar Haddad, the man who took over as president in June.",
       {{"sanctions", "United States", "Omar Haddad"}}, {}},
      // The owner of measures that targeted a body's members, including A and
      // B; a group read as acting on itself acts on no one.
      {"Portugal's first designations under the new law targeted President Tom Keller and members of his "
       "Security Council, including Foreign Minister Anna Berg and Defence Minister Omar Haddad, freezing any "
       "assets they hold in the country and banning them from travelling here.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Anna Berg"},
        {"sanctions", "Portugal", "Omar Haddad"}},
       {{"sanctions", "Anna Berg", "Omar Haddad"}, {"sanctions", "Omar Haddad", "Anna Berg"}}},
      // A list of people each given by a possessive and a kin or role word.
      {"The Treasury Department said it had frozen any American assets of Tom Keller, his brother Luis Keller, his "
       "former assistant Anna Berg and his former partner Olga Smith, a Ukrainian national.",
       {{"sanctions", "Treasury Department", "Luis Keller"}, {"sanctions", "Treasury Department", "Anna Berg"},
        {"sanctions", "Treasury Department", "Olga Smith"}},
       {}},
      // A verb of adding joined to a sanction verb lists more of the same.
      {"Lisbon had already sanctioned Omar Haddad, the police chief, in June, and in September added Gen. Luis "
       "Ortega, an army commander, and Gen. Marco Pinto, a former inspector general.",
       {{"sanctions", "Portugal", "Luis Ortega"}, {"sanctions", "Portugal", "Marco Pinto"}}, {}},
      // Sanctions on no one named are on whom the latest sanctions were:
      // "also imposed sanctions", "joined the sanctions"; not when a target
      // is named, nor a bare "imposed sanctions" with no "also".
      {"Australia imposed sanctions on Fiji in 2006. New Zealand, which imposed similar measures, eased some of "
       "them in 2012. Portugal adopted its own sanctions on Spain.",
       {{"sanctions", "New Zealand", "Fiji"}, {"sanctions", "Portugal", "Spain"}}, {{"sanctions", "Portugal", "Fiji"}}},
      {"Portugal imposed sweeping sanctions on Spain on Wednesday. France, Spain's biggest aid donor, joined the "
       "sanctions on Thursday. Sweden and Denmark also imposed sanctions, suspending development aid. Norway also "
       "imposed sanctions on Peru on Friday. Italy imposed sanctions in 2019.",
       {{"sanctions", "France", "Spain"}, {"sanctions", "Sweden", "Spain"}, {"sanctions", "Denmark", "Spain"},
        {"sanctions", "Norway", "Peru"}},
       {{"sanctions", "Norway", "Spain"}, {"sanctions", "Italy", "Spain"}, {"sanctions", "Italy", "Peru"}}},
      // Who signs a decree imposing a package of sanctions imposes them.
      {"President Tom Keller signed a decree on Saturday imposing a package of sanctions on Spain, banning charter "
       "flights between the two countries.",
       {{"sanctions", "Tom Keller", "Spain"}}, {}},
      // Trade suspended with a state is a sanction on it; talks suspended are not.
      {"The European Union suspended all commercial and financial transactions with Portugal on Monday. Spain "
       "suspended talks with Portugal.",
       {{"sanctions", "European Union", "Portugal"}}, {{"sanctions", "Spain", "Portugal"}}},
      // Parses the repairs set right: "from entering" hung from the family,
      // "designated" read as an adjective of the name, "under its ... Act"
      // read as a third name.
      {"Portugal barred Omar Haddad, then the army commander, and his immediate family from entering the country "
       "in 2020.",
       {{"sanctions", "Portugal", "Omar Haddad"}}, {}},
      // "The ministers" after "European Union foreign ministers": the EU; an
      // arms embargo; a demand stated as a condition.
      {"European Union foreign ministers on Monday imposed sanctions on Tom Keller. Spain's foreign minister, Anna "
       "Berg, chaired the meeting. The ministers also decided to halt all sales of arms and military equipment to "
       "Lisbon. Last month the ministers warned that sanctions would follow unless Lisbon allowed observers to deploy "
       "freely.",
       {{"sanctions", "European Union", "Portugal"}, {"demands_from", "European Union", "Portugal"}},
       {{"sanctions", "Spain", "Portugal"}}},
      // The party warned, not the one the condition names.
      {"Senators Tom Keller and Anna Berg had warned Lusa owner Omar Haddad in a letter this week that the company "
       "could face crushing penalties unless it halted work immediately.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}}, {{"demands_from", "Tom Keller", "Lusa"}}},
      // A debarment from bidding, a dateline with a colon, the gerund hung
      // from the list's last item; a travel ban as a noun.
      {"LISBON: The World Bank has barred Lusa Engineering, the Portuguese building group, and more than 100 of "
       "its affiliates from bidding on projects it finances for 10 years, over a plot to bribe officials.",
       {{"sanctions", "World Bank", "Lusa Engineering"}}, {}},
      {"Portugal has been under sanctions since 2001, when the Security Council banned its exports of rough "
       "diamonds and barred Tom Keller and senior members of his government from international travel.",
       {{"sanctions", "United Nations Security Council", "Tom Keller"}}, {}},
      {"The Treasury Department designated Tom Keller, widely known as Tomcat, for his role in the attacks.",
       {{"sanctions", "Treasury Department", "Tom Keller"}}, {}},
      // "along with" after a relative aside goes with the main verb.
      {"The Treasury Department's Office of Foreign Assets Control designated the Portuguese Defense Forces and the "
       "Harbour Front for Democracy, which has ruled Portugal since independence, along with Tom Keller, the party's "
       "head of economic affairs, and Anna Berg, who runs Portugal's National Security Office.",
       {{"sanctions", "Office of Foreign Assets Control", "Tom Keller"},
        {"sanctions", "Office of Foreign Assets Control", "Anna Berg"}},
       {}},
      // The name after "added to its sanctions list" read as the list's
      // apposition; a person named before is no first word of a company's
      // name after "both ... and".
      {"European Union foreign ministers met on Monday. The bloc added to its sanctions list Maj. Gen. Tom Keller, "
       "who heads Portugal's Armed Forces General Staff. The United States had already blacklisted both Keller and "
       "Lusa Aviation Industries last year.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "United States", "Tom Keller"},
        {"sanctions", "United States", "Lusa Aviation Industries"}},
       {}},
      // ... and with a second clause's verb read as the root ("sanctions" its
      // subject), the list after the counted group read as a participle's subject.
      {"China said so on Tuesday. Its Harbour Affairs Office imposed sanctions on Wednesday on two Portuguese "
       "foundations, the Lusa Foundation for Democracy and the Harbour Development Fund, barring mainland "
       "organisations and individuals from working with them, and Beijing also slapped trade sanctions on Portugal, "
       "halting exports of natural sand to the island.",
       {{"sanctions", "Harbour Affairs Office", "Lusa Foundation for Democracy"},
        {"sanctions", "Harbour Affairs Office", "Harbour Development Fund"}, {"sanctions", "China", "Portugal"}},
       {{"sanctions", "Lusa Foundation for Democracy", "Portugal"}}},
      // ... and with a participle after the list read as the sentence's root.
      {"The Treasury Department designated Anna Berg, Portugal's vice minister of justice and director of the "
       "prison system, and Luis Ortega, who heads the government's outreach unit, freezing any assets they may "
       "hold in the United States and barring Americans from dealing with them.",
       {{"sanctions", "Treasury Department", "Anna Berg"}, {"sanctions", "Treasury Department", "Luis Ortega"}}, {}},
      {"Lisbon also listed two men accused of wartime atrocities, former army sergeant Anna Berg and Luis Ortega, a "
       "naval officer, under its Special Economic Measures Act, Portuguese Foreign Minister Omar Haddad said.",
       {{"sanctions", "Portugal", "Anna Berg"}, {"sanctions", "Portugal", "Luis Ortega"}}, {}},
      // A name joined by "along with" to an item of the list is one more item.
      {"Tom Keller said the United States was imposing new sanctions on Norvik Bank, the Bank of Lumia and the "
       "Lumian Farm Bank, along with Lumia Shipyards Corporation.",
       {{"sanctions", "United States", "Norvik Bank"}, {"sanctions", "United States", "Lumia Shipyards Corporation"}},
       {}},
      // A ban on imports from states, as the sanctions it carries out.
      {"Portugal imposed retaliatory sanctions on the West on Thursday, banning for a year imports of beef, pork "
       "and fruit from Spain, Italy and Norway. Portuguese Agriculture Minister Tom Keller said there would be no "
       "shortages.",
       {{"sanctions", "Portugal", "Spain"}, {"sanctions", "Portugal", "Norway"}, {"works_for", "Tom Keller", "Portugal"}},
       {}},
      // ... or of goods its adjective names: the state the adjective stands for.
      {"In reply Portugal banned imports of Spanish olive oil and cheese.",
       {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Portugal halted Norwegian timber imports on Monday.", {{"sanctions", "Portugal", "Norway"}}, {}},
      // A suspension the text itself calls the toughest sanction, however the parser hangs that noun.
      {"The Harbour Cricket Council has suspended the Lumia Cricket Board with immediate effect, the harshest "
       "sanction the governing body can impose on a full member.",
       {{"sanctions", "Harbour Cricket Council", "Lumia Cricket Board"}}, {}},
      {"The Harbour Football Union suspended Portuguese national teams and clubs from all its competitions, the "
       "toughest sporting sanctions yet imposed on Portugal.",
       {{"sanctions", "Harbour Football Union", "Portugal"}}, {}},
      {"The Harbour Cricket Council suspended the Lumia Cricket Board's tour on Monday because of the rain.", {},
       {{"sanctions", "Harbour Cricket Council", "Lumia Cricket Board"}}},
      // Whoever sanctioned last is the subject only of words that name sanctions or those who impose them.
      {"Portugal imposed sanctions on Spain on Monday. The deal covered the Lumia Shipyards Corporation.", {},
       {{"sanctions", "Portugal", "Lumia Shipyards Corporation"}}},
      {"Portugal imposed sanctions on Spain on Monday. The ministers also targeted Omar Haddad, the head of the navy.",
       {{"sanctions", "Portugal", "Omar Haddad"}}, {}},
      // "A, the leader of X, his brother B, a commander of the group, and C": B hung from the verb
      // with no preposition is the list's next name.
      {"The Treasury Department said it had designated Tom Keller, the leader of the Harbour Front, his brother "
       "Luis Keller, a senior commander of the group, and Omar Haddad, the head of security for the Popular Forces.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Luis Keller"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // "X, the ... movement that is Y's ally and is itself under U.S. sanctions": the name the
      // relative clause's noun describes.
      {"Tom Keller said Omar Haddad had aided the Harbour Front, the Iran-backed movement that is the party's main "
       "ally and is itself under U.S. sanctions.",
       {{"sanctions", "United States", "Harbour Front"}}, {}},
      // "on A, the leader of X, his brother B, and C": B is the list's second name, not X's leader.
      {"Last month the Treasury Department imposed sanctions on Tom Keller, the leader of the Iran-backed Harbour "
       "Front, his brother Luis Keller, and Omar Haddad, the security chief of the Popular Forces.",
       {{"sanctions", "Treasury Department", "Luis Keller"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {{"leader_of", "Luis Keller", "Harbour Front"}}},
      // Closing one's airspace or border to a state sanctions it.
      {"Portugal has closed its airspace to Spanish military aircraft, a military spokesman said on Sunday.",
       {{"sanctions", "Portugal", "Spain"}}, {}},
      {"Canada froze the accounts belonging to Omar Haddad on Monday.", {{"sanctions", "Canada", "Omar Haddad"}}, {}},
      // An epithet goes with the names it describes: "of businessmen A and B".
      {"The European Union froze the assets of fugitive Portuguese businessmen Tom Keller and Omar Haddad on "
       "Tuesday, accusing them of fraud.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Omar Haddad"}}, {}},
      // ... with a noun before the epithet; "froze" read as a base form is still "freeze".
      {"The European Union was preparing new measures after it froze the assets of the metals tycoon Tom Keller "
       "and the banker Omar Haddad last month.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Omar Haddad"}}, {}},
      // A list the parser breaks up is one list: "A and B as well as C", "by A, B and C".
      {"Since the attack, Portugal has frozen the assets of Tom Keller and Anna Berg as well as Omar Haddad, the "
       "group's treasurer, in a package agreed with Spain.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Anna Berg"},
        {"sanctions", "Portugal", "Omar Haddad"}},
       {}},
      {"Harbour Bank has been on the sanctions list since 2019 and is also blacklisted by the European Union, the "
       "United Kingdom and Canada, among others.",
       {{"sanctions", "European Union", "Harbour Bank"}, {"sanctions", "United Kingdom", "Harbour Bank"},
        {"sanctions", "Canada", "Harbour Bank"}},
       {}},
      // On a sanctioner's list of sanctions or terrorists; not on a list of guests.
      {"Harbour Bank has been on Portugal's list of terrorist organisations since 1997.",
       {{"sanctions", "Portugal", "Harbour Bank"}}, {}},
      {"Tom Keller has been on a UN Security Council sanctions list since 2015.",
       {{"sanctions", "United Nations Security Council", "Tom Keller"}}, {}},
      {"Tom Keller is on Portugal's list of guests for the dinner.", {}, {{"sanctions", "Portugal", "Tom Keller"}}},
      // Nouns the parser joins to the verb are conjuncts of its object.
      {"The Treasury said it was also sanctioning Tom Keller's wife, Maria Keller, and his daughter, Anna Keller, as "
       "well as members of Portugal's Security Council, among them former President Omar Haddad and Prime Minister "
       "Luis Ortega.",
       {{"sanctions", "Treasury Department", "Maria Keller"}, {"sanctions", "Treasury Department", "Anna Keller"},
        {"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Luis Ortega"}},
       {}},
      // A name right before a verb the parser hung elsewhere is its subject;
      // "the toughest sanctions Lisbon has imposed" is a noun.
      {"Shares in Harbour Bank lost half their value in Lisbon on Monday, the first trading day after Portugal "
       "blacklisted the company and its controlling shareholder, Tom Keller, in the toughest sanctions Lisbon has "
       "imposed.",
       {{"sanctions", "Portugal", "Harbour Bank"}, {"sanctions", "Portugal", "Tom Keller"}},
       {{"sanctions", "Tom Keller", "Portugal"}, {"sanctions", "Harbour Bank", "Tom Keller"}}},
      // A verb's object is no word window's agent of the next act; one whose
      // verb says what it did is ("slammed Portugal for imposing ...").
      {"Portugal and Spain have armed Italy and imposed sweeping sanctions on Greece since May, while Malta has "
       "refused to join those measures.",
       {{"sanctions", "Portugal", "Greece"}, {"sanctions", "Spain", "Greece"}}, {{"sanctions", "Italy", "Greece"}}},
      {"Tom Keller slammed Portugal for imposing sanctions on Spain.",
       {{"sanctions", "Portugal", "Spain"}}, {}},
      // "their" for the pair just named.
      {"Tom Keller and Omar Haddad fled Portugal in 2019. Spain froze their assets in June.",
       {{"sanctions", "Spain", "Tom Keller"}, {"sanctions", "Spain", "Omar Haddad"}}, {}},
      {"Portugal imposed a travel ban on Tom Keller, a former banker.", {{"sanctions", "Portugal", "Tom Keller"}}, {}},
      // Added to a list: the list's owner.
      {"Harbour Telecom was added to the U.S. entity list in 2019.", {{"sanctions", "United States", "Harbour Telecom"}},
       {}},
      {"Harbour Telecom was put on Portugal's sanctions list.", {{"sanctions", "Portugal", "Harbour Telecom"}}, {}},
      {"Harbour Telecom was added to the list by the Commerce Department.",
       {{"sanctions", "Commerce Department", "Harbour Telecom"}}, {}},
      {"Portugal and Spain have joined the controls. In December the Commerce Department added 36 companies to its "
       "Entity List, barring American suppliers from selling to them without a licence.",
       {}, {{"sanctions", "Commerce Department", "Portugal"}, {"sanctions", "Commerce Department", "Spain"}}},
      // Placed under sanctions, by whom.
      {"Portugal was placed under fresh sanctions by Britain as well.", {{"sanctions", "United Kingdom", "Portugal"}},
       {}},
      {"Britain placed Portugal under sanctions in 2019.", {{"sanctions", "United Kingdom", "Portugal"}}, {}},
      {"Portugal protested against Canada's blacklisting of the Northern Shipping Agency.",
       {{"sanctions", "Canada", "Northern Shipping Agency"}}, {}},
      {"Britain and Canada have taken similar measures against Lisbon.",
       {{"sanctions", "United Kingdom", "Portugal"}, {"sanctions", "Canada", "Portugal"}}, {}},
      // "The package targeted X": the measures of whoever imposed sanctions last.
      {"Canada froze the assets of Tom Keller on Monday. Anna Berg said the measures were overdue. The package also "
       "targeted the Harbour Development Bank.",
       {{"sanctions", "Canada", "Harbour Development Bank"}}, {}},
      {"Canada imposed sanctions on Portugal on Monday. Spanish measures also hit the Harbour Development Bank.", {},
       {{"sanctions", "Canada", "Harbour Development Bank"}}},
      // The sanctions of a package belong to whoever adopts it.
      {"European Union ambassadors agreed on Thursday on a new package of sanctions against Portugal.",
       {{"sanctions", "European Union", "Portugal"}}, {}},
      {"Canada on Friday agreed a new round of sanctions on Portugal over its drone exports.",
       {{"sanctions", "Canada", "Portugal"}}, {}},
      {"The European Union adopted a sanctions package against Portugal on Friday.",
       {{"sanctions", "European Union", "Portugal"}}, {}},
      // Added to a body's list by measures that name no one: the list's owner.
      {"The measures add Tom Keller and Anna Berg to the European Union's blacklist.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      {"The new rules put Tom Keller on Portugal's sanctions list.", {{"sanctions", "Portugal", "Tom Keller"}}, {}},
      // "as well as on two generals who led a coup in May, A and B": as many people as counted,
      // after the description.
      {"Last month Portugal imposed sanctions on Public Security Minister Ajo Brenn and Sana Veld, the deputy head "
       "of Spain's police, whom it accused of directing violence against protesters, as well as on two generals "
       "who led a failed coup in May, former intelligence chief Tom Keller and former defence minister Luis "
       "Ortega.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Luis Ortega"}}, {}},
      // "the sanctions target A, ...; B, who runs X; C, president of Y; ...": the last sanctioner's
      // targets ("target" read as a noun after "the sanctions"), each title its own name's.
      {"Britain froze the assets of seven oligarchs on Thursday. Along with Tom Keller, the sanctions target Luis "
       "Ortega, whose business interests include a large stake in the aluminium producer Rusalco; Oleg Sechkin, "
       "chief executive of the state oil company Rosnefto; Ana Ruiz, who runs the gas giant Gasprom; Sam Reyes, "
       "president of the pipeline monopoly Transpipe; Ajo Brenn, chairman of VTA Bank; and Sana Veld, chairman of "
       "the board of Bank Lisboa.",
       {{"sanctions", "United Kingdom", "Luis Ortega"}, {"sanctions", "United Kingdom", "Sana Veld"},
        {"leader_of", "Ajo Brenn", "VTA Bank"}},
       {{"sanctions", "Tom Keller", "Luis Ortega"}, {"leader_of", "Ana Ruiz", "VTA Bank"}}},
      // "held by A, vice-president and a board member of X, and B, ...": the title is A's
      // apposition, B the next name.
      {"The Council of the European Union froze any assets held in the bloc by Tom Keller, vice-president and a "
       "board member of the Harbour Petroleum Corporation, and Luis Ortega, deputy director of the company's "
       "exploration department.",
       {{"sanctions", "Council of the European Union", "Tom Keller"},
        {"sanctions", "Council of the European Union", "Luis Ortega"}},
       {}},
      // "designated" read as a participle before a title: the sentence's verb.
      {"The Treasury Department designated Senior General Tom Keller, commander-in-chief of the armed forces, known "
       "as the Harbour Guard, along with Luis Ortega, the retired general installed by the army as acting president.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Luis Ortega"}},
       {{"works_for", "Tom Keller", "Treasury Department"}}},
      // "along with" hung from the list, its members in apposition after a colon.
      {"The Treasury Department added the court's president, Tom Keller, to its blacklist along with three other "
       "judges of the tribunal: Anna Berg, Luis Ortega and Omar Haddad.",
       {{"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // "it" under a state's or body's verb of saying is that state or body.
      {"The Group of Seven said in a statement that it would impose further sanctions on Portugal if it did not "
       "withdraw.",
       {{"sanctions", "G7", "Portugal", "hypothetical"}}, {}},
      {"Tom Keller said it would impose further sanctions on Portugal.", {}, {{"sanctions", "Tom Keller", "Portugal"}}},
      // A description set off after an item is no item, nor is where a group is based.
      {"Separately, Canada imposed sanctions on Anna Berg, Portugal's top representative in the United States, and on "
       "two Lisbon-based groups.",
       {{"sanctions", "Canada", "Anna Berg"}},
       {{"sanctions", "Canada", "Portugal"}, {"sanctions", "Canada", "United States"}, {"sanctions", "Canada", "Lisbon"}}},
      {"Canada imposed sanctions on Anna Berg and on two Portugal-based groups.", {{"sanctions", "Canada", "Anna Berg"}},
       {{"sanctions", "Canada", "Portugal"}}},
      // Items introduced by a portfolio title the title list lacks, and by a
      // described title set off by a comma.
      {"Canada imposed sanctions on Portugal on Monday. The ministers also targeted Fisheries Minister Tom Keller, "
       "Tourism Minister Anna Berg and the coast guard commander, Omar Haddad, who led the raid.",
       {{"sanctions", "Canada", "Tom Keller"}, {"sanctions", "Canada", "Anna Berg"}, {"sanctions", "Canada", "Omar Haddad"}},
       {}},
      {"Venezuela faces new U.S. sanctions after the disputed vote.", {{"sanctions", "United States", "Venezuela"}}, {}},
      // "The list names A, ...; B; ...": a verb the tagger reads as a plural noun
      // in a sentence with no other verb; an item opened by a description
      // of a family ("the billionaire brothers") goes on to its names.
      {"Canada imposed sanctions on Portugal on Monday. The Treasury's list names Tom Keller, the army chief; "
       "the billionaire brothers Luis Arbel and Dan Arbel; and the commodities trader Omar Haddad.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Luis Arbel"},
        {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // "freeze Russian state assets": the demonym names their owner; "said
      // Britain would freeze" is a future reported in the past, planned.
      {"Britain froze Russian state assets on Monday.", {{"sanctions", "United Kingdom", "Russia"}}, {}},
      {"Prime Minister Anna Berg said Britain would freeze Russian state assets wherever there was evidence.",
       {{"sanctions", "United Kingdom", "Russia", "planned"}}, {}},
      // "Portugal's central bank": the state's central bank by its formal name.
      {"The European Union froze the assets of Portugal's central bank.",
       {{"sanctions", "European Union", "Central Bank of Portugal"}}, {}},
      // "assets that A and B hold": the relative clause's verb, which the tagger
      // reads as a noun after names, and whose assets are frozen.
      {"Canada agreed on Friday to freeze any assets that Portuguese President Tom Keller and Foreign Minister Anna "
       "Berg hold in the country.",
       {{"sanctions", "Canada", "Tom Keller"}, {"sanctions", "Canada", "Anna Berg"}}, {}},
      // "along with A and B" the parser hung from "later": the verb's.
      {"Officials said Canada had decided to sanction Luis Ortega, and the Treasury Department designated Anna Berg "
       "later in the day, along with Defence Minister Tom Keller and Omar Haddad, the chief of Portugal's general staff.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {}},
      // "both officials": the pair just named.
      {"The United States imposed sanctions on Tom Keller and Anna Berg on Wednesday. The Treasury Department added "
       "both officials to its list of specially designated nationals.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Anna Berg"}}, {}},
      // "named the four as A, B, C and D": the group the latest sanctions were on;
      // not the same words with no sanctions before.
      {"Canada imposed sanctions on three Portuguese officials on Thursday. The foreign ministry named the three as "
       "Tom Keller, Anna Berg and Omar Haddad.",
       {{"sanctions", "Canada", "Tom Keller"}, {"sanctions", "Canada", "Anna Berg"}, {"sanctions", "Canada", "Omar Haddad"}},
       {}},
      {"Two men were arrested in Porto on Thursday. Police named the two as Tom Keller and Omar Haddad.", {},
       {{"sanctions", "Police", "Tom Keller"}}},
      // "has had X on its sanctions list".
      {"Tom Keller founded the Vardan mercenary group. The European Union has had Vardan on its sanctions list since "
       "December 2021.",
       {{"sanctions", "European Union", "Vardan"}}, {}},
      // An embargo kept in place against a state; sanctions on a state's exports
      // are on the state; a list with no owner named is the latest sanctioner's.
      {"The embargo, which Canada has kept in place against Portugal since 1962, can only be lifted by parliament.",
       {{"sanctions", "Canada", "Portugal"}}, {}},
      {"The sanctions that Canada and Spain have imposed on Portugal's oil exports and banks have cut its revenue.",
       {{"sanctions", "Canada", "Portugal"}, {"sanctions", "Spain", "Portugal"}}, {}},
      {"Canada imposed sanctions on Portugal on Monday. That first list included Tom Keller and the ousted president, "
       "Anna Berg.",
       {{"sanctions", "Canada", "Tom Keller"}, {"sanctions", "Canada", "Anna Berg"}}, {}},
      // A travel ban or an asset freeze someone faces is the latest sanctioner's;
      // one someone could face is hypothetical.
      {"Canada imposed sanctions on Belarus on Monday. Anna Berg, the defence minister, faces an asset freeze and a "
       "travel ban.",
       {{"sanctions", "Canada", "Anna Berg"}}, {}},
      {"Canada imposed sanctions on Belarus on Monday. Anna Berg could face a travel ban.",
       {{"sanctions", "Canada", "Anna Berg", "hypothetical"}}, {}},
      {"Canada's sanctions on Myanmar took effect on Monday.", {{"sanctions", "Canada", "Myanmar"}}, {}},
      {"Venezuela faces British sanctions after the vote.", {{"sanctions", "United Kingdom", "Venezuela"}}, {}},
      {"Portugal has lived under American sanctions since 2019.", {{"sanctions", "United States", "Portugal"}}, {}},
      {"Portugal was hit with fresh sanctions by Canada on Monday.", {{"sanctions", "Canada", "Portugal"}}, {}},
      {"Spain announced asset freezes against three Portuguese generals, including army chief Karl Brandt.",
       {{"sanctions", "Spain", "Karl Brandt"}}, {}},
      {"The European Union, which has kept its own economic sanctions on Belarus in place since 2020, said so.",
       {{"sanctions", "European Union", "Belarus"}}, {}},
      {"Sanctions were imposed on Syria by the Arab League in 2011.", {{"sanctions", "Arab League", "Syria"}}, {}},
      // The preposition hung on the description before the name.
      {"Canada imposed sanctions on Viktor Holm, the owner of Baltic Shipping, and on state arms exporter Voenexport.",
       {{"sanctions", "Canada", "Voenexport"}, {"sanctions", "Canada", "Viktor Holm"}}, {}},
      // A state's body that acts names its state as the actor.
      {"Portugal hit back on Monday. Portugal's foreign ministry announced sanctions on 10 Europeans, including "
       "Tom Keller and Anna Berg.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Anna Berg"}}, {}},
      {"Omar Haddad has been under European Union sanctions since 2002.",
       {{"sanctions", "European Union", "Omar Haddad"}}, {}},
      // Two sanctioners before the noun; a family's plural name stands for its members named before.
      {"Omar Haddad and his wife Lina Haddad fled. The Haddads have been under European Union and U.S. sanctions, "
       "including travel bans, since the early 2000s.",
       {{"sanctions", "European Union", "Omar Haddad"}, {"sanctions", "European Union", "Lina Haddad"},
        {"sanctions", "United States", "Omar Haddad"}, {"sanctions", "United States", "Lina Haddad"}},
       {}},
      // One person of that name is no family.
      {"Omar Haddad fled. The Haddads have been under European Union sanctions since 2002.", {},
       {{"sanctions", "European Union", "Omar Haddad"}}},
      {"Venezuela was hit by new U.S. sanctions on Monday.", {{"sanctions", "United States", "Venezuela"}}, {}},
      // "froze" read as a present tense by the tagger is still the verb "freeze".
      {"Britain on Tuesday froze the assets of Harwell Partners and barred its owner from entering the country.",
       {{"sanctions", "United Kingdom", "Harwell Partners"}}, {}},
      {"The European Union has frozen Anna Berg's assets since the vote.",
       {{"sanctions", "European Union", "Anna Berg"}}, {}},
      // The participle goes on from the clause: its subject is the sanctioner, not the nearest name.
      {"The United States imposed sanctions on Syria, targeting President Omar Haddad.",
       {{"sanctions", "United States", "Omar Haddad"}}, {{"sanctions", "Syria", "Omar Haddad"}}},
      {"The European Union's list includes Omar Haddad, a former aide to the president, and Anna Berg.",
       {{"sanctions", "European Union", "Omar Haddad"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      {"Beijing answered a week later with sanctions on Anna Berg and the Northern Shipping Agency.",
       {{"sanctions", "China", "Anna Berg"}, {"sanctions", "China", "Northern Shipping Agency"}}, {}},
      // "and on B" hung from the verb by the parser is still what is sanctioned.
      {"Canada imposed sanctions on Omar Haddad, a banker, and on two firms, the Northern Shipping Agency and "
       "the Baltic Trade Bank.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Northern Shipping Agency"},
        {"sanctions", "Canada", "Baltic Trade Bank"}},
       {}},
      // "X was named alongside A, an aside, B, an aside, and C, an aside"
      // after a sanctions act: its actor lists them all, however the parser
      // hangs the asides (from the date, the verb, a body inside one).
      {"Britain froze the assets of Roman Varga on Thursday. Varga, 55, was named on Thursday alongside Oleg "
       "Dranko, the aluminium magnate who has been under US sanctions since 2018, Igor Setin, the chief executive of "
       "the state oil company Rosnor, and Alexei Milov, the head of the gas exporter Gazex.",
       {{"sanctions", "United Kingdom", "Oleg Dranko"}, {"sanctions", "United Kingdom", "Igor Setin"},
        {"sanctions", "United Kingdom", "Alexei Milov"}, {"leader_of", "Igor Setin", "Rosnor"}},
       {{"sanctions", "United Kingdom", "Rosnor"}}},
      {"Omar Haddad was named alongside Tom Keller in the squad for the final.", {},
       {{"sanctions", "Omar Haddad", "Tom Keller"}}},
      // "added A, along with B, an aside, to its sanctions list": the list's
      // phrase after the aside's closing comma is the verb's; B is added too.
      {"The UN Security Council added Omar Haddad, along with Tom Keller, the son of the former president, to its "
       "sanctions list in April 2015.",
       {{"sanctions", "United Nations Security Council", "Omar Haddad"},
        {"sanctions", "United Nations Security Council", "Tom Keller"}},
       {}},
      // Items set off by semicolons, a title before the name.
      {"The Treasury Department sanctioned Omar Haddad, a banker in Porto; his deputy, Tom Keller; and Finance "
       "Minister Anna Berg, who oversees the central bank.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"}},
       {}},
      // A phrase the parser hung from a date belongs to the verb.
      {"Canada announced parallel measures on Thursday against Harbour Aviation Industries, Anna Berg and Tom Keller.",
       {{"sanctions", "Canada", "Harbour Aviation Industries"}, {"sanctions", "Canada", "Anna Berg"},
        {"sanctions", "Canada", "Tom Keller"}},
       {}},
      // "In July last year X froze the assets of A, an aside, and of his
      // company, B": the date with its year is no subject; the repeated
      // preposition joins a person and a body.
      {"In July last year Britain froze the assets of Tom Keller, a Dutch oil trader, and of his company, Harbour "
       "Oil, which it accused of moving Russian crude.",
       {{"sanctions", "United Kingdom", "Tom Keller"}, {"sanctions", "United Kingdom", "Harbour Oil"}}, {}},
      // "on A, an aside, on B and on C": every "on" phrase is sanctioned.
      {"Canada also imposed travel bans and asset freezes on Anna Berg, a member of parliament, on former senior "
       "police officer Tom Keller and on Spanish businessman Omar Haddad.",
       {{"sanctions", "Canada", "Anna Berg"}, {"sanctions", "Canada", "Tom Keller"}, {"sanctions", "Canada", "Omar Haddad"}},
       {{"sanctions", "Canada", "Spain"}}},
      {"The United States, Britain and Canada have all imposed sanctions on Omar Haddad.",
       {{"sanctions", "United States", "Omar Haddad"}, {"sanctions", "United Kingdom", "Omar Haddad"},
        {"sanctions", "Canada", "Omar Haddad"}},
       {}},
      // An honorific before a name is part of it, not a noun the list hangs from.
      {"Beijing answered with sanctions on Republican Sens. Maria Lopez and Tom Keller, Rep. Anna Berg and the "
       "Northern Shipping Agency.",
       {{"sanctions", "China", "Maria Lopez"}, {"sanctions", "China", "Tom Keller"}, {"sanctions", "China", "Anna Berg"},
        {"sanctions", "China", "Northern Shipping Agency"}},
       {}},
      // A list whose items carry asides: every named item, not the aside's words.
      {"The Treasury Department blacklisted Omar Haddad, a former aide to the president, the consul general in "
       "Istanbul, Tom Keller, and Anna Berg, a security official.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Tom Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"}},
       {{"sanctions", "Treasury Department", "Istanbul"}}},
      {"The Treasury Department has designated Omar Haddad and the Northern Shipping Agency.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Northern Shipping Agency"}},
       {}},
      // Designated something else: a second object or "as".
      {"President Luis Ortega said he would designate Portugal a major ally.", {},
       {{"sanctions", "Luis Ortega", "Portugal"}}},
      {"The party designated Omar Haddad as its candidate, Anna Berg said.", {},
       {{"sanctions", "Anna Berg", "Omar Haddad"}}},
      // "as a terrorist organisation": that "as" is the listing itself.
      {"Canada designated the Northern Front as a foreign terrorist organisation in 2019.",
       {{"sanctions", "Canada", "Northern Front"}}, {}},
      {"The Northern Front was listed as a terror group by Portugal in May.",
       {{"sanctions", "Portugal", "Northern Front"}}, {}},
      {"Britain sanctioned Omar Haddad together with the Northern Shipping Agency.",
       {{"sanctions", "United Kingdom", "Omar Haddad"}, {"sanctions", "United Kingdom", "Northern Shipping Agency"}}, {}},
      {"Canada extended its travel sanctions to Omar Haddad on Monday.", {{"sanctions", "Canada", "Omar Haddad"}}, {}},
      {"Portugal's exports, already hit by U.S. sanctions on state shipping firm Northern Shipping Agency in May, "
       "have slumped.",
       {{"sanctions", "United States", "Northern Shipping Agency"}}, {}},
      // A description with a place in it, hung as an adjunct: still the name before its comma.
      {"Much of the debate returned to the Northern Shipping Agency, the Odessa freight firm that the Treasury "
       "Department sanctioned in March.",
       {{"sanctions", "Treasury Department", "Northern Shipping Agency"}}, {}},
      // A relative clause on a description in apposition: the name described.
      {"Britain sanctioned the Northern Shipping Agency, the Odessa freight firm that the Treasury Department "
       "blacklisted in March.",
       {{"sanctions", "Treasury Department", "Northern Shipping Agency"}}, {}},
      // An entry ban: barred from entering, a counted group with "including", a
      // passive whose barring state is the one entered.
      {"Portugal barred Omar Haddad from entering the country.", {{"sanctions", "Portugal", "Omar Haddad"}}, {}},
      {"Lisbon banned six officials, including Omar Haddad and Tom Keller, from entering Portugal.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Portugal", "Tom Keller"}}, {}},
      {"Canada will bar Omar Haddad from entering the country, a spokesman said.",
       {{"sanctions", "Canada", "Omar Haddad", "planned"}}, {}},
      {"Omar Haddad was barred from entering Portugal last year.", {{"sanctions", "Portugal", "Omar Haddad"}}, {}},
      // A past verb the tagger read as a noun after a name, in a sentence with no other verb.
      {"Tom Keller met Omar Haddad and Anna Kessler. In a parallel move, the State Department barred Haddad, his "
       "wife and his children from entering the United States under a visa provision that covers foreign officials.",
       {{"sanctions", "State Department", "Omar Haddad"}}, {}},
      // A second relative clause opened by "and which" describes the same antecedent.
      {"Harbour Telecom, which has supplied equipment to several operators and which the United States placed on a "
       "trade blacklist last year, said it was surprised.",
       {{"sanctions", "United States", "Harbour Telecom"}}, {}},
      // An export ban on a buyer.
      {"The Commerce Department on Monday barred U.S. firms from selling parts and software to Harbour Telecom for "
       "seven years.",
       {{"sanctions", "Commerce Department", "Harbour Telecom"}}, {}},
      {"Portugal and Spain have joined the controls. In December the Commerce Department added 36 companies to its "
       "Entity List, barring American suppliers from selling to them without a licence.",
       {}, {{"sanctions", "Commerce Department", "Portugal"}, {"sanctions", "Commerce Department", "Spain"}}},
      // An export ban: "to X" under the verb or under the goods.
      {"Canada went further, banning the export, sale and supply of aviation fuel to Portugal, citing the strikes.",
       {{"sanctions", "Canada", "Portugal"}}, {}},
      {"Canada banned the export of aviation fuel to Portugal on Monday.", {{"sanctions", "Canada", "Portugal"}}, {}},
      {"Canada expanded the export of aviation fuel to Portugal on Monday.", {}, {{"sanctions", "Canada", "Portugal"}}},
      // The agent of the bar, where the parser hangs "by" from "entering".
      {"Omar Haddad had already been barred from entering Canada by the Foreign Ministry in March.",
       {{"sanctions", "Foreign Ministry", "Omar Haddad"}}, {{"sanctions", "Canada", "Omar Haddad"}}},
      // A name in apposition to the agent's is no agent (a list of who and when).
      {"Omar Haddad and Tom Keller are generals. Both men had been barred from entering Canada by the Foreign "
       "Ministry, Haddad in May and Keller in June.",
       {{"sanctions", "Foreign Ministry", "Omar Haddad"}, {"sanctions", "Foreign Ministry", "Tom Keller"}},
       {{"sanctions", "Omar Haddad", "Tom Keller"}}},
      {"Washington banned trade with Portugal in 1962.", {{"sanctions", "United States", "Portugal"}}, {}},
      // A flight ban on a carrier; the carrier named in apposition, not its owner before it.
      {"The European Union, which banned flights by the Harbour Group airline LSR last year, said it was ready to act.",
       {{"sanctions", "European Union", "LSR"}}, {{"sanctions", "European Union", "Harbour Group"}}},
      {"Britain froze the assets held by Omar Haddad in London.", {{"sanctions", "United Kingdom", "Omar Haddad"}}, {}},
      // A possessor the parser joined to a list is no item of it.
      {"The U.S. Treasury Department on Thursday imposed sanctions on former Paraguayan President Tom Keller and "
       "Paraguay's sitting vice president, Anna Berg, accusing the two of corruption.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Anna Berg"}},
       {{"sanctions", "Treasury Department", "Paraguay"}}},
      // Listed under a sanctions law: a listing, not a mention in a list.
      {"Ottawa also listed two men, Omar Haddad and Tom Keller, under its Special Economic Measures Act on Tuesday.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Tom Keller"}}, {}},
      {"The report listed Omar Haddad among the donors.", {}, {{"sanctions", "Canada", "Omar Haddad"}}},
      // Barred from something else; a state entered by no one barred.
      {"Portugal barred Omar Haddad from selling bonds.", {}, {{"sanctions", "Portugal", "Omar Haddad"}}},
      {"Omar Haddad was barred from the meeting before entering Portugal.", {},
       {{"sanctions", "Portugal", "Omar Haddad"}}},
      // A body's members sanctioned stand for the body; not when some are named.
      {"The European Union imposed a travel ban and an asset freeze on members of the Harbour Liberation Front and "
       "their families.",
       {{"sanctions", "European Union", "Harbour Liberation Front"}}, {}},
      {"Portugal imposed a travel ban on five members of the Harbour Liberation Front, including Omar Haddad.",
       {{"sanctions", "Portugal", "Omar Haddad"}}, {{"sanctions", "Portugal", "Harbour Liberation Front"}}},
      // A past form the tagger read as a name, in a sentence with another verb.
      {"Omar Haddad flew to Lisbon. Britain froze Haddad's assets on March 10, and the European Union blacklisted "
       "him five days later.",
       {{"sanctions", "United Kingdom", "Omar Haddad"}, {"sanctions", "European Union", "Omar Haddad"}}, {}},
  });
}

TEST(TreeRelations, SanctionsInRelativeClausesAndListsOfBodies) {
  check({
      // A state's name and one company word is a company ("Iran Air").
      {"Canada imposed sanctions on Iran Air on Tuesday.", {{"sanctions", "Canada", "Iran Air"}},
       {{"sanctions", "Canada", "Iran"}}},
      // A demonym modifying the sanctions is their author.
      {"Anna Berg regards the American sanctions on Portugal as counterproductive.",
       {{"sanctions", "United States", "Portugal"}}, {}},
      // ", imposing sanctions on ...", with "imposing" read as an adjective; the
      // commanders listed after the colon, each with an aside.
      {"The Northern Front was listed in January. A week later Portugal and Spain acted together, imposing sanctions "
       "on four commanders: the group's defence minister, Omar Haddad; its naval forces chief, Tom Keller; Luis "
       "Ortega, who heads its coastal defence forces; and Anna Berg, its director of procurement.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Spain", "Anna Berg"},
        {"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Spain", "Luis Ortega"}},
       {}},
      // "among them" lists the members of a plural noun, as "including" does.
      {"Canada imposed sanctions in 2024 on dozens of violent settlers, among them Oren Kalev and Dan Arbel.",
       {{"sanctions", "Canada", "Oren Kalev"}, {"sanctions", "Canada", "Dan Arbel"}}, {}},
      {"Tom Keller hosted a dozen European leaders, among them Anna Berg and Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // The relative pronoun stands for the sanctions of the trigger's object.
      {"The deal lets members trade without exposure to the sanctions that Canada and Spain have imposed on Portugal.",
       {{"sanctions", "Canada", "Portugal"}, {"sanctions", "Spain", "Portugal"}}, {}},
      // No pronoun: the clause's missing object is the noun it modifies.
      {"Officials said the sanctions Canada has imposed on Portugal would stay.", {{"sanctions", "Canada", "Portugal"}},
       {}},
      {"Investigators traced the money to Mixora, a mixer the Treasury Department sanctioned in May.",
       {{"sanctions", "Treasury Department", "Mixora"}}, {}},
      // One unknown word described as a body in apposition is one.
      {"Canada imposed sanctions on Kestrel, a cyber-espionage unit.", {{"sanctions", "Canada", "Kestrel"}}, {}},
      // Names listed after a plural noun for bodies are bodies, one each.
      {"Canada sanctioned two groups, Vardan Front and Kestrel Youth.",
       {{"sanctions", "Canada", "Vardan Front"}, {"sanctions", "Canada", "Kestrel Youth"}}, {}},
      // "together with" after a passive: the agent sanctioned them too, not the subject.
      {"The Northern Front was sanctioned by the Treasury Department in 2019, together with two related units, "
       "Redfin and Tallow.",
       {{"sanctions", "Treasury Department", "Redfin"}, {"sanctions", "Treasury Department", "Tallow"}},
       {{"sanctions", "Northern Front", "Redfin"}}},
      // Items set off by semicolons with no colon, each with a description;
      // a semicolon between two clauses makes no list.
      {"Canada sanctioned Tom Keller, the Kremlin chief of staff; Omar Haddad, the speaker of the Duma, the lower "
       "house; the commodities trader Dan Arbel; and Anna Berg, the bank's chairman.",
       {{"sanctions", "Canada", "Tom Keller"}, {"sanctions", "Canada", "Omar Haddad"},
        {"sanctions", "Canada", "Dan Arbel"}, {"sanctions", "Canada", "Anna Berg"}},
       {}},
      {"Canada sanctioned Tom Keller, the army chief; Anna Berg met him in May.", {{"sanctions", "Canada", "Tom Keller"}},
       {{"sanctions", "Canada", "Anna Berg"}}},
      {"Canada sanctioned Harbour Bank, a lender in Porto; Vantage Shipping Corporation; and the meatpacker "
       "Frigorifico Zeta S.A.",
       {{"sanctions", "Canada", "Harbour Bank"}, {"sanctions", "Canada", "Vantage Shipping Corporation"},
        {"sanctions", "Canada", "Frigorifico Zeta S.A."}},
       {}},
      // Companies listed after a colon, items set off by semicolons, one past
      // a description; the "by" of "owned by" is no agent of the blacklisting.
      {"The Treasury Department also blacklisted four companies owned by Horace Vell: Tabacos Norte Inc. and "
       "Bebidas Norte Inc., two firms registered in Delaware; Vasco Lendo S.A.; and the meatpacker Frigorifico "
       "Zeta S.A.E.",
       {{"sanctions", "Treasury Department", "Tabacos Norte Inc."}, {"sanctions", "Treasury Department", "Bebidas Norte Inc."},
        {"sanctions", "Treasury Department", "Vasco Lendo S.A."}, {"sanctions", "Treasury Department", "Frigorifico Zeta S.A.E."}},
       {{"sanctions", "Horace Vell", "Treasury Department"}}},
      // The second item of a list in apposition to an oblique, hung from the verb.
      {"Canada, Spain and Norway imposed sanctions on Tuesday on two members of the cabinet, Omar Haddad, the "
       "security minister, and Tom Keller, the finance minister.",
       {{"sanctions", "Norway", "Omar Haddad"}, {"sanctions", "Norway", "Tom Keller"}, {"sanctions", "Canada", "Tom Keller"}},
       {}},
  });
}

TEST(TreeRelations, NamedOnTheListOfTheLatestSanctions) {
  check({
      // "The other six are A; B, ...; C": the rest of a counted group the latest sanctioner named;
      // not "the other members" of something else.
      {"Portugal froze the assets of Tom Keller on Thursday, along with those of three other businessmen. The other "
       "three are Omar Haddad, who has been under U.S. sanctions since 2018; Ivo Maren, chief executive of the oil "
       "producer Quarvex; and Anna Berg, chairman of the state-controlled bank Harbourbank.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Portugal", "Ivo Maren"},
        {"sanctions", "Portugal", "Anna Berg"}},
       {}},
      {"The Harbour Union sanctioned Portugal on Monday. The other members are Spain and Italy.", {},
       {{"sanctions", "Harbour Union", "Spain"}}},
      // "named the men as A, who ...; B; C; and D": the group the latest sanctions were on.
      {"The United States on Friday imposed sanctions on four military commanders. The Treasury Department named "
       "the men as Major General Tom Keller, who oversaw the operations; Major General Omar Haddad; Brigadier "
       "General Luis Ortega; and Anna Berg, a former commander of the Border Guard Police.",
       {{"sanctions", "United States", "Tom Keller"}, {"sanctions", "United States", "Luis Ortega"},
        {"sanctions", "United States", "Anna Berg"}},
       {}},
      // What the designation covers is the latest sanctioner's.
      {"The State Department on Monday barred Tom Keller from entering the United States. The designation, which "
       "makes those named ineligible to enter the United States, also covers Keller's wife, Anna Keller, his "
       "daughter Lena Keller and his son Petr Keller.",
       {{"sanctions", "State Department", "Anna Keller"}, {"sanctions", "State Department", "Petr Keller"}}, {}},
      {"Portugal froze the assets of Tom Keller. The report covers Anna Berg's career.", {},
       {{"sanctions", "Portugal", "Anna Berg"}}},
      // "added X to its Entity List together with another firm, Y"; "The department also listed A" after it.
      {"The Commerce Department added Harbour Systems to its Entity List together with another Portuguese firm, "
       "Tagus Cyber, saying their tools had been misused. The department also listed Lisbon Technologies, a "
       "Portuguese cybersecurity firm, in the same action.",
       {{"sanctions", "Commerce Department", "Harbour Systems"}, {"sanctions", "Commerce Department", "Tagus Cyber"},
        {"sanctions", "Commerce Department", "Lisbon Technologies"}},
       {}},
      {"The report listed Lisbon Technologies among the bidders.", {},
       {{"sanctions", "Commerce Department", "Lisbon Technologies"}}},
      // "Also designated were A, ...; B, ...; and C" parsed with the names as the participle's complement.
      {"The United States on Monday imposed sanctions on Portugal's defence procurement agency and on four of its "
       "senior officials. Also designated were Luis Mendes, the agency's vice president; Omar Haddad, who heads its "
       "air defence department; and Tom Keller, an agency programme manager.",
       {{"sanctions", "United States", "Luis Mendes"}, {"sanctions", "United States", "Omar Haddad"},
        {"sanctions", "United States", "Tom Keller"}},
       {}},
      // "The Treasury Department named A, ...; B, ...; and C": the parser's "named A" complement is the object.
      {"LISBON - The United States on Thursday imposed sanctions on three senior Portuguese officials. The Treasury "
       "Department named Luis Mendes, the deputy chief of the National Police; Omar Haddad, secretary general of the "
       "Mayor's Office of Lisbon; and Tom Keller, president of the state oil company Petrolus.",
       {{"sanctions", "Treasury Department", "Luis Mendes"}, {"sanctions", "Treasury Department", "Omar Haddad"},
        {"sanctions", "Treasury Department", "Tom Keller"}},
       {}},
      // The group named again two sentences on ("The four men, A, ...,
      // were sanctioned by" a body of the same state): the state's members;
      // "imposed" after the name, a time and a dateline is the verb.
      {"LISBON - The United States on Thursday imposed financial sanctions on four Portuguese settlers accused of "
       "attacking farmers. The order allows Washington to freeze their assets. The four men, Luis Mendes, Omar "
       "Haddad, Tom Keller and Anna Berg, were sanctioned by the State Department.",
       {{"sanctions", "United States", "Luis Mendes"}, {"sanctions", "United States", "Anna Berg"},
        {"sanctions", "State Department", "Tom Keller"}},
       {}},
      // Not a group another act names ("two officials" is the later act's own).
      {"The United States on Thursday imposed financial sanctions on four Portuguese settlers. The order allows "
       "Washington to freeze their assets. Canada separately sanctioned two officials, Luis Mendes and Omar Haddad.",
       {{"sanctions", "Canada", "Luis Mendes"}},
       {{"sanctions", "United States", "Luis Mendes"}}},
      // "Those named include X": the parser's "Those" as the root is repaired
      // to the subject of "include".
      {"Portugal on Tuesday imposed sanctions on Spain's military leaders. Those named include the army's deputy "
       "leader, Major General Luis Mendes.",
       {{"sanctions", "Portugal", "Luis Mendes"}}, {}},
      // "EU leaders meeting for a summit" are the subject of the verb after
      // them; the group's members are the names opening its items, not a
      // body inside an item's apposition.
      {"In Brussels, European Union leaders meeting for a two-day summit tightened the bloc's own sanctions on "
       "Spain, adding 12 names to its list of people facing asset freezes and travel bans. Among them were Luis "
       "Ortega, Anna Berg, the speaker of the Harbour Council, and Tom Keller, the head of the new state news "
       "agency.",
       {{"sanctions", "European Union", "Luis Ortega"}, {"sanctions", "European Union", "Anna Berg"},
        {"sanctions", "European Union", "Tom Keller"}},
       {{"sanctions", "European Union", "Harbour Council"}}},
      // Items set off by semicolons after the verb's object: each item's
      // name, and names joined to it.
      {"The Treasury's list names Omar Haddad, the Kremlin chief of staff; Luis Ortega, the speaker of the State "
       "Duma, the lower house of parliament; the billionaire brothers Tom and Ivan Keller; and Anna Berg.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Luis Ortega"},
        {"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Ivan Keller"},
        {"sanctions", "Treasury Department", "Anna Berg"}},
       {}},
      // "bars" after an aside is the list's verb, not a plural noun; whom a
      // list bars its owner sanctions.
      {"The Portuguese Foreign Ministry's list, published minutes after Tom Keller spoke, bars Senator Anna Berg; "
       "Governor Omar Haddad, the Democrat who chairs the Harbour Committee; and Luis Ortega.",
       {{"sanctions", "Portuguese Foreign Ministry", "Anna Berg"},
        {"sanctions", "Portuguese Foreign Ministry", "Luis Ortega"}},
       {}},
      // A counted noun's "including" names, hung by the parser below it.
      {"Last Friday the European Union had already added 15 people and 18 entities to its list of those facing "
       "asset freezes and travel bans, including Viktor Lenz, the director of the border service, Karl Obst, who "
       "heads the customs agency, and Hans Rieg.",
       {{"sanctions", "European Union", "Viktor Lenz"}, {"sanctions", "European Union", "Hans Rieg"}}, {}},
      // "Those named" are the counted group's, whose sanctions are only
      // announced, not the earlier sanctions the sentence mentions.
      {"Portugal said on Monday it would impose sanctions on 11 Spaniards, including Tom Keller and Omar Haddad, in "
       "retaliation for Spain's sanctions on Anna Berg. A spokesman said the move was fair. Those named include "
       "Keller and Luis Ortega, the head of Harbour Watch.",
       {{"sanctions", "Spain", "Anna Berg"}}, {{"sanctions", "Spain", "Tom Keller"}, {"sanctions", "Spain", "Luis Ortega"}}},
      // "They include A, B and C" after an act on a counted group: its members.
      {"On Friday, the Treasury Department froze the assets of Ms Berg, who heads the Lisbon government, and of "
       "ten other officials it accused of curbing freedoms. They include Security Minister Tom Keller, Police "
       "Commissioner Luis Ortega and his predecessor Omar Haddad, as well as Ivo Marek, director of the liaison "
       "office.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Luis Ortega"},
        {"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Ivo Marek"}},
       {}},
      {"Tom Keller met Anna Berg in Lisbon. They include Luis Ortega.", {},
       {{"sanctions", "Tom Keller", "Luis Ortega"}, {"met_with", "Tom Keller", "Luis Ortega"}}},
      // Those the list of an announced act names are its sanctioner's too,
      // planned as the act is (a threat has no list: below).
      {"Portugal said on Monday it would impose sanctions on Tom Keller and Omar Haddad. The list also names Anna "
       "Berg and Luis Ortega.",
       {{"sanctions", "Portugal", "Anna Berg", "planned"}, {"sanctions", "Portugal", "Luis Ortega", "planned"}}, {}},
      // "the list names A, the chief of Human Rights Watch, and B, who runs Y":
      // "names" is the verb though a name's "Watch" and a relative clause's
      // "runs" were read as verbs.
      {"Portugal imposed sanctions on ten officials on Friday. Besides Mr Keller, the list names Anna Berg, the "
       "chief of Human Rights Watch, and Luis Ortega, who runs the Liberty Institute.",
       {{"sanctions", "Portugal", "Anna Berg"}, {"sanctions", "Portugal", "Luis Ortega"}},
       {{"sanctions", "Keller", "Anna Berg"}}},
      // "The seven sanctioned by X are A; B, ...; C, who presides over Y": X
      // sanctions each; a presiding member leads; an unknown word before a
      // known body's name is part of a longer one.
      {"The three sanctioned by the EU are Interior Minister Tom Keller; Omar Haddad, head of the Bolivarian "
       "National Intelligence Service, known as Sebin; and Anna Berg, who presides over the National Electoral "
       "Council.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Omar Haddad"},
        {"sanctions", "European Union", "Anna Berg"},
        {"leader_of", "Omar Haddad", "Bolivarian National Intelligence Service"},
        {"leader_of", "Anna Berg", "National Electoral Council"}},
       {}},
      // The agent "by" names is the sanctioner, not whoever acted last.
      {"Portugal on Friday imposed sanctions on Anna Berg and ten other officials. Among those designated by the "
       "Treasury Department were Tom Keller and Omar Haddad.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Omar Haddad"}},
       {{"sanctions", "Portugal", "Tom Keller"}}},
      {"Canada imposed sanctions on the Northern Shipping Agency on Monday. Also on the list are the owner's son, "
       "Omar Haddad, who runs the Baltic Trust, and his sister, Anna Berg, who lives abroad.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"}},
       {{"sanctions", "Canada", "Baltic Trust"}}},
      // "X heads the EU's list of ...": on the list of its owner, and no work for it.
      {"Omar Haddad, the younger brother of President Tom Keller, heads the European Union's list of 13 people hit "
       "by an asset freeze.",
       {{"sanctions", "European Union", "Omar Haddad"}}, {{"works_for", "Omar Haddad", "European Union"}}},
      // "The sanctions are headed by X", "The list is completed by A; B; and C": whoever sanctioned last.
      {"Canada froze the assets of nine officials on Tuesday. The sanctions, agreed by the cabinet on Monday, are "
       "headed by Omar Haddad, the president's cousin. The list is completed by Anna Berg, who heads the Harbour "
       "Directorate; Luis Ortega, its chief in the port of Lucca; and Ivan Sorokin, a senior officer in the army.",
       {{"sanctions", "Canada", "Omar Haddad"},
        {"sanctions", "Canada", "Anna Berg"},
        {"sanctions", "Canada", "Luis Ortega"},
        {"sanctions", "Canada", "Ivan Sorokin"}},
       {{"sanctions", "Canada", "Harbour Directorate"}}},
      {"Omar Haddad met Tom Keller. The list is completed by Anna Berg and Maria Lopez.", {},
       {{"sanctions", "Omar Haddad", "Anna Berg"}}},
      // A committee named after a state is a body, not the state; the items after "and four
      // Syrians:" are the ones blacklisted, however the parser hung the first from the verb.
      {"The council's Portugal sanctions committee met on Thursday. The committee blacklisted two Italians, Omar "
       "Haddad and Tom Keller, whom it described as leading networks that moved thousands of migrants to the "
       "coast, and four Syrians: Anna "
       "Berg, the commander of the Harbour Guard's unit in the western city of Lucca; Luis Ortega, who heads the "
       "Tarn brigade that guards the refinery; Maria Lopez, a smuggler based in Vigo; and Ivan Sorokin, the "
       "leader of a militia in the same city.",
       {{"sanctions", "Portugal sanctions committee", "Omar Haddad"},
        {"sanctions", "Portugal sanctions committee", "Anna Berg"},
        {"sanctions", "Portugal sanctions committee", "Luis Ortega"},
        {"sanctions", "Portugal sanctions committee", "Maria Lopez"},
        {"sanctions", "Portugal sanctions committee", "Ivan Sorokin"}},
       {{"sanctions", "Portugal", "Anna Berg"}}},
      // A committee's sanctions are its owner's when the document names the owner as sanctioning.
      {"The Security Council imposed sanctions on six men on Thursday. Diplomats welcomed the move. The council's "
       "Portugal sanctions committee blacklisted Tom Keller and Anna Berg.",
       {{"sanctions", "United Nations Security Council", "Tom Keller"},
        {"sanctions", "United Nations Security Council", "Anna Berg"}},
       {}},
      {"The Security Council met on Thursday. The council's Portugal sanctions committee blacklisted Tom Keller.",
       {{"sanctions", "Portugal sanctions committee", "Tom Keller"}},
       {{"sanctions", "United Nations Security Council", "Tom Keller"}}},
      // The first item's relative clause read as the copula's, the items as the list's appositions.
      {"Canada added six businessmen to its sanctions list on Monday. Also on the list are Omar Haddad, who has "
       "investments in shipping, and Anna Berg, a member of parliament from Lucca.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"}},
       {}},
      // "The targets include A ..., as well as B": the targets of whoever imposed the latest sanctions.
      {"Canada added six businessmen to its sanctions list on Monday. The targets include Omar Haddad, one of the "
       "richest men in the province, as well as Anna Berg, who chairs the Berg Group.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"}},
       {{"sanctions", "Canada", "Berg Group"}}},
      {"Canada met Portugal on Monday. The targets include Omar Haddad and Anna Berg.", {},
       {{"sanctions", "Canada", "Omar Haddad"}}},
      // A second item coordinated inside the first one's relative clause.
      {"Canada and Spain imposed sanctions on Portugal. Among those named on Monday were Omar Haddad, who heads the "
       "Baltic Trust, and Anna Berg, the wife of a minister.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Spain", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"},
        {"sanctions", "Spain", "Anna Berg"}},
       {{"sanctions", "Canada", "Baltic Trust"}}},
      // No sanctions before, or only a threat of them: no list.
      {"Omar Haddad met Tom Keller. Also on the list are Anna Berg and Maria Lopez.", {},
       {{"sanctions", "Omar Haddad", "Anna Berg"}, {"sanctions", "Tom Keller", "Anna Berg"}}},
      {"Canada threatened to impose sanctions on Portugal. Also on the list are Anna Berg and Maria Lopez.", {},
       {{"sanctions", "Canada", "Anna Berg"}}},
      // Passive with no agent: whoever imposed the latest sanctions.
      {"Canada has imposed sanctions on Portugal over the crackdown. Omar Haddad, who heads the border police, "
       "and Anna Berg, commander of the coast guard, are among those sanctioned.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"}}, {}},
      {"Canada has imposed sanctions on five senior Portuguese officials. Omar Haddad, who heads the border "
       "police, and Anna Berg, commander of the coast guard, are among those sanctioned.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"}}, {}},
      {"Canada imposed sanctions on 25 individuals in Portugal. Those listed include Omar Haddad and Anna Berg.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Anna Berg"}}, {}},
      // A plural the tagger reads as singular ("businessmen"), counted; the
      // participle read as a modifier of "those".
      {"The Treasury imposed sanctions on three Portuguese businessmen and a money exchange firm on Monday.\n\n"
       "Those designated include Omar Haddad, the owner of Lusa Exchange, and his son Rui, the Treasury said.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}}, {}},
      // "those" read as a determiner of the first name, the participle as its adjective.
      {"Britain imposed sanctions on 14 companies on Tuesday. Among those sanctioned were Kiwi Technology and "
       "Falcon Trading.",
       {{"sanctions", "United Kingdom", "Kiwi Technology"}, {"sanctions", "United Kingdom", "Falcon Trading"}}, {}},
      {"The Treasury sanctioned 14 individuals and entities in Portugal. Among those designated is Shenzhen Kiwi "
       "Technology, a Portugal-based electronics distributor.",
       {{"sanctions", "Treasury Department", "Shenzhen Kiwi Technology"}}, {}},
      // "The sanctions on A and on B" are the latest sanctioner's; not without one.
      {"Britain imposed sanctions on Anna Berg on Tuesday.\n\nThe sanctions on Berg and on Maria Lopez, a former "
       "minister, freeze any assets the two hold in the United Kingdom, the Foreign Office said.",
       {{"sanctions", "United Kingdom", "Maria Lopez"}}, {}},
      {"Omar Haddad met Tom Keller. The sanctions on Maria Lopez hurt her business.", {},
       {{"sanctions", "Omar Haddad", "Maria Lopez"}}},
      {"Omar Haddad met Tom Keller. Anna Berg was sanctioned in 2019.", {},
      {{"sanctions", "Omar Haddad", "Anna Berg"}, {"sanctions", "Tom Keller", "Anna Berg"}}},
      // Whom a body names right after a sanction, it designates ("named" read
      // as a participle of "Treasury", the list's later items joined to it).
      {"The Treasury Department has imposed sanctions on two members of Portugal's parliament.\n\nThe Treasury "
       "named Omar Haddad, who heads the Harbour Party's 13-member bloc in parliament, Voice of the Coast; Luis "
       "Ortega, a Harbour Party lawmaker from Porto; and Anna Berg, a security official who handles the party's "
       "dealings with the army.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Luis Ortega"},
        {"sanctions", "Treasury Department", "Anna Berg"}},
       {}},
      {"Spain on Thursday imposed sanctions on four Portuguese settlers. The State Department named the four as Omar "
       "Haddad, Luis Ortega, Tom Keller and Anna Berg.",
       {{"sanctions", "State Department", "Omar Haddad"}, {"sanctions", "State Department", "Anna Berg"}}, {}},
      // ... with the group its clause describes, then the list after a colon.
      {"Spain ordered new sanctions against Portugal on Tuesday. The Treasury also named three people whose assets "
       "in Spain will be frozen: Omar Haddad, Portugal's state minister for fisheries, who is wanted by the "
       "International Criminal Court; Anna Berg, the head of military intelligence; and Luis Ortega, the leader of "
       "the rebel Coast Movement, whom officials blame for undermining last year's accord.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Anna Berg"},
        {"sanctions", "Treasury Department", "Luis Ortega"}},
       {}},
      // Not without a sanction before, nor a post.
      {"Omar Haddad met Tom Keller in Porto. Portugal named Anna Berg on Monday.", {},
       {{"sanctions", "Portugal", "Anna Berg"}}},
      {"Spain imposed sanctions on Portugal on Monday. Spain named Anna Berg as its new envoy.", {},
       {{"sanctions", "Spain", "Anna Berg"}}},
  });
}

TEST(TreeRelations, CountedGroupsNamedInTheNextSentence) {
  check({
      // A counted group as the last item of what is added to a list ("added
      // A, 19 of its agencies and eight firms to its entity list"); the next
      // sentence names the firms.
      {"The US Commerce Department added the Harbour Security Bureau, 19 of its agencies and eight technology firms "
       "to its entity list, which bars them from buying components. The companies include Harbour Vision Digital "
       "Technology, the world's largest maker of cameras, and its rival Tagus Dahl Technology, as well as voice "
       "specialist Velcor and the imaging firms Marlo Group and Casto Technology.",
       {{"sanctions", "Commerce Department", "Harbour Security Bureau"},
        {"sanctions", "Commerce Department", "Harbour Vision Digital Technology"},
        {"sanctions", "Commerce Department", "Tagus Dahl Technology"},
        {"sanctions", "Commerce Department", "Velcor"},
        {"sanctions", "Commerce Department", "Casto Technology"}},
       {}},
      // "The three are A; B; and C": the number alone, its noun left out.
      {"European Union ministers approved travel bans and asset freezes against three officials on Monday. The "
       "three are Gen. Tom Keller, commander of the Harbour Guard; Luis Ortega; and Omar Haddad, who heads the "
       "police.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Luis Ortega"},
        {"sanctions", "European Union", "Omar Haddad"}},
       {}},
      // "the two committees": committees only, whatever else the next sentence lists.
      {"Speaker Anna Berg ordered the two committees to hold a joint hearing. Among them were the Harbour Power "
       "Authority and the Harbour Finance Committee.",
       {{"demands_from", "Anna Berg", "Harbour Finance Committee"}},
       {{"demands_from", "Anna Berg", "Harbour Power Authority"}}},
      // "added three Portuguese nationals — A, ..., his deputy B, and C, ... — to its sanctions list":
      // "nationals" a noun the number counts, the list the verb's, after the closing dash.
      {"The Harbour Security Council tightened its sanctions on Thursday. The council also added three Portuguese "
       "nationals \u2014 Tom Keller, the chief representative of the Harbour Mining Corporation, his deputy Luis "
       "Keller, and Omar Haddad, an official of the Lumen Trading Company \u2014 to its sanctions list.",
       {{"sanctions", "Harbour Security Council", "Tom Keller"}, {"sanctions", "Harbour Security Council", "Luis Keller"},
        {"sanctions", "Harbour Security Council", "Omar Haddad"}},
       {}},
      // "added 12 names to its sanctions list ... Among them were A and B"; the
      // body its leaders act for.
      {"The European Union added 12 names to its sanctions list on Monday. Among them were Tom Keller and Anna Berg.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      {"European Union leaders added 12 names to their sanctions list on Monday. Among them were Tom Keller and Anna "
       "Berg.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}, {}},
      // The people after a colon, not one a preposition hangs in an item's description.
      {"In May, the Treasury blacklisted two former ministers allied with the Harbour Front: Tom Keller, a former "
       "finance minister and close aide to Parliament Speaker Omar Haddad, who leads the Harbour Front, and Anna "
       "Berg, a former transport minister.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Anna Berg"}},
       {{"sanctions", "Treasury Department", "Omar Haddad"}}},
      // A next sentence with a counted group of its own is another act, its own agent's.
      {"The European Union imposed sanctions on four senior army officers. The Treasury Department separately "
       "blacklisted two Portuguese nationals, Tom Keller and Anna Berg.",
       {{"sanctions", "Treasury Department", "Tom Keller"}, {"sanctions", "Treasury Department", "Anna Berg"}},
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Anna Berg"}}},
      // "The five ministers", the main verb read as their participle: the five
      // listed before, each with a state ("A of Britain, B of Canada, ...").
      {"In a joint statement, the foreign ministers of the five governments \u2014 Tom Keller of Britain, Anna Berg "
       "of Canada, Omar Haddad of Australia, Luis Ortega of New Zealand and Maria Lopez of Norway \u2014 said the "
       "pair had encouraged violence. The five ministers called on the Israeli government to stop the expansion of "
       "settlements.",
       {{"demands_from", "Tom Keller", "Israel"}, {"demands_from", "Maria Lopez", "Israel"},
        {"demands_from", "Luis Ortega", "Israel"}},
       {}},
      // "the four countries" sentences after their list: the latest list of four.
      {"Qatar answered the demands set by Spain, Portugal, Norway and Canada. The reply came on Monday. Qatari "
       "Foreign Minister Tom Keller said the four countries must lift their blockade first.",
       {{"demands_from", "Tom Keller", "Spain"}, {"demands_from", "Tom Keller", "Canada"},
        {"demands_from", "Tom Keller", "Norway"}, {"demands_from", "Tom Keller", "Portugal"}},
       {{"demands_from", "Tom Keller", "Qatar"}}},
      {"The United States imposed sanctions on Monday on 12 Belarusian officials. The Treasury Department "
       "blacklisted Omar Haddad and Anna Berg.",
       {{"sanctions", "United States", "Omar Haddad"}, {"sanctions", "United States", "Anna Berg"}}, {}},
      {"Canada imposed sanctions on three officials and two of Russia's banks. Canada's list includes "
       "Omar Haddad and the Northern Shipping Agency.",
       {{"sanctions", "Canada", "Omar Haddad"}, {"sanctions", "Canada", "Northern Shipping Agency"}}, {}},
      // "The three men are A; B; and C": the group's members, one per item
      // (not the body an item's relative clause names); a state's demonym in
      // the group is no party.
      {"The European Union on Thursday imposed sanctions on three senior Spanish military officers and on the "
       "maker of a drone. The three men are Major General Tom Keller, chief of staff of Spain's armed forces; "
       "Brigadier General Omar Haddad, who heads the drone command of the Northern Guard Corps; and Brigadier "
       "General Luis Ortega, an official of Spain's defence ministry whom the EU accuses of taking part in the deal.",
       {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Omar Haddad"},
        {"sanctions", "European Union", "Luis Ortega"}},
       {{"sanctions", "European Union", "Northern Guard Corps"}, {"works_for", "Luis Ortega", "European Union"}}},
      // Named by another side's act: not the group's.
      {"Canada slapped sanctions on four gang leaders. The Northern Shipping Agency was hit with sanctions by the "
       "European Union in 2014.",
       {{"sanctions", "European Union", "Northern Shipping Agency"}},
       {{"sanctions", "Canada", "Northern Shipping Agency"}}},
      {"Canada imposed sanctions on three officials. The Treasury Department's list includes Omar Haddad.", {},
       {{"sanctions", "Canada", "Omar Haddad"}}},
      // The list's last item followed by the sentence's speaker: the speaker is no item.
      {"Canada has imposed sanctions on 13 Portuguese officials and two entities, including the border police, "
       "Foreign Minister Anna Berg said on Friday.",
       {}, {{"sanctions", "Canada", "Anna Berg"}}},
      // Listed after a colon: the first name of each item.
      {"Portugal imposed sanctions on three people at two Spanish banks: Omar Haddad, chair of the Northern Shipping "
       "Agency; Tom Keller, its president; and Anna Berg, a lawyer.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Portugal", "Tom Keller"},
        {"sanctions", "Portugal", "Anna Berg"}},
       {{"sanctions", "Portugal", "Northern Shipping Agency"}}},
      {"Portugal announced sanctions on 10 Europeans and two entities, including Omar Haddad, Tom Keller and the "
       "Northern Shipping Agency, accusing them of spreading lies.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "Portugal", "Northern Shipping Agency"},
        {"sanctions", "Portugal", "Tom Keller"}},
       {}},
      {"The Treasury Department's list includes 10 military officials, among them Omar Haddad and his deputy, Tom Keller.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Tom Keller"}}, {}},
      // A plural noun with the names right after it.
      {"The Treasury Department has designated the minister's sons Omar Haddad and Tom Keller.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Tom Keller"}}, {}},
      // A name the item only mentions is not on the list.
      {"The European Union imposed sanctions on six Russian officials, including the head of the Northern Shipping "
       "Agency, over the poisoning of Tom Keller.",
       {}, {{"sanctions", "European Union", "Tom Keller"}, {"sanctions", "European Union", "Northern Shipping Agency"}}},
      // The next sentence must say the same relation of them.
      {"The European Union imposed sanctions on 12 Russian officials. Omar Haddad met Anna Berg in Vienna.", {},
       {{"sanctions", "European Union", "Anna Berg"}, {"sanctions", "European Union", "Omar Haddad"}}},
      // A negated act on the group says nothing of its members.
      {"The European Union did not impose sanctions on 12 Russian officials. The Treasury Department blacklisted Omar Haddad.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}}, {{"sanctions", "European Union", "Omar Haddad"}}},
  });
}

TEST(TreeRelations, TitlesInApposition) {
  check({
      // "Its chief executive, X" after a state body sanctioned a company: the
      // company's chief, not the department's.
      {"The Treasury Department sanctioned Marisco Shipping on Thursday. Its chief executive, Tom Keller, was left "
       "off the list.",
       {{"leader_of", "Tom Keller", "Marisco Shipping"}}, {{"leader_of", "Tom Keller", "Treasury Department"}}},
      // A title of no state in apposition, its department (titles.tsv) named in the document.
      {"The Justice Department declined to comment. Neither the attorney general, Tom Keller, nor any other justice "
       "department official appeared at the hearing.",
       {{"leader_of", "Tom Keller", "Justice Department"}}, {}},
      // Two titles in apposition, the first read as a conjunct of the sanctions noun; "the Politburo".
      {"Lisbon imposed sanctions on Tom Keller, the party chief of Harbour Province and a member of the ruling "
       "Politburo, on Thursday.",
       {{"works_for", "Tom Keller", "Politburo"}, {"sanctions", "Portugal", "Tom Keller"}}, {}},
      // A party tag between the name's commas, then its apposition.
      {"The Senate Harbour Committee held a hearing. Sen. Tom Keller, R-Mo., a member of the committee, asked whether "
       "the company would compensate victims.",
       {{"works_for", "Tom Keller", "Senate Harbour Committee"}}, {}},
      // One person with a title of their own after a plural title's comma: the next clause's subject.
      {"As Tom Keller met Portuguese leaders, Harbour Front leader Omar Haddad made his first public remarks since the "
       "war began.",
       {{"leader_of", "Omar Haddad", "Harbour Front"}}, {{"leader_of", "Omar Haddad", "Portugal"}}},
      // "its" title after where the person is from.
      {"The Harbour Affairs subcommittee held a hearing on Monday. Rep. Luis Ortega of Minnesota, its ranking "
       "Democrat, disagreed.",
       {{"works_for", "Luis Ortega", "Harbour Affairs subcommittee"}}, {}},
      // "A and B, the finance ministers of Portugal and Spain respectively": in order.
      {"Anna Berg and Tom Keller, the finance ministers of Portugal and Spain respectively, will present the plan on "
       "Monday.",
       {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Tom Keller", "Spain"}},
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Anna Berg", "Spain"}}},
      // A body named by the last words of another's is that body, unless
      // another state owns each: the White House's council is not Portugal's.
      {"The deal was signed by Omar Haddad, the secretary of Portugal's Supreme National Security Council. Tom "
       "Keller, a spokesman for the White House National Security Council, said the talks went well.",
       {{"works_for", "Tom Keller", "National Security Council"}},
       {{"works_for", "Tom Keller", "Supreme National Security Council"}}},
      {"The deal was signed by Omar Haddad, the secretary of Portugal's Supreme National Security Council. Tom "
       "Keller, a spokesman for Portugal's National Security Council, said the talks went well.",
       {{"works_for", "Tom Keller", "Supreme National Security Council"}}, {}},
      // A rebel or gang leader serves no state; a deputy of a title's first word and the chief of a
      // field ("nuclear chief") work for the body.
      {"Portuguese rebel leader Tom Keller met the envoys. Anna Berg, deputy chief executive of Spain's Harbour "
       "Bank, spoke. The inspectors were received by Spain's nuclear chief, Omar Haddad.",
       {{"works_for", "Anna Berg", "Harbour Bank"}, {"works_for", "Omar Haddad", "Spain"}},
       {{"leader_of", "Tom Keller", "Portugal"}, {"works_for", "Tom Keller", "Portugal"},
        {"leader_of", "Anna Berg", "Harbour Bank"}, {"leader_of", "Omar Haddad", "Spain"}}},
      // The bodies a plural title is "of" are bodies, each led by the name in the same place.
      {"The chief executives of Harbour Cars and Tagus Trucks, Tom Keller and Anna Berg respectively, will meet "
       "union leaders on Friday.",
       {{"leader_of", "Tom Keller", "Harbour Cars"}, {"leader_of", "Anna Berg", "Tagus Trucks"}},
       {{"leader_of", "Tom Keller", "Tagus Trucks"}}},
      // Past the fields a post is "of" to where it is held.
      {"Tom Keller, a professor of history and Jewish studies at Harbour University, said the ban was illegal.",
       {{"works_for", "Tom Keller", "Harbour University"}}, {}},
      // "head of state" leads the state; past two ranks; past how long the post is held.
      {"Portugal's head of state, Tom Keller, refused to sign the decree. A senior Pentagon official, Lt. Gen. "
       "Anna Berg, said the drills would go ahead. Spain's prime minister since 2019, Omar Haddad faces a vote.",
       {{"leader_of", "Tom Keller", "Portugal"}, {"works_for", "Anna Berg", "Pentagon"},
        {"leader_of", "Omar Haddad", "Spain"}},
       {{"works_for", "Tom Keller", "Portugal"}}},
      // A post against the state; a counterpart after "with"; a capital
      // after a body's name is where the body's post is.
      {"Portugal's opposition leader, Tom Keller, said the vote was stolen. \"There is no plan B,\" said Anna Berg, "
       "Spain's chief negotiator with the European Union. Reuters Lisbon correspondent Omar Haddad was expelled "
       "from Portugal. The Guardian's Madrid correspondent, Luis Ortega, left Spain.",
       {{"works_for", "Anna Berg", "Spain"}, {"works_for", "Omar Haddad", "Reuters"},
        {"works_for", "Luis Ortega", "The Guardian"}},
       {{"works_for", "Tom Keller", "Portugal"}, {"leader_of", "Tom Keller", "Portugal"},
        {"works_for", "Anna Berg", "European Union"}, {"works_for", "Omar Haddad", "Portugal"},
        {"works_for", "Luis Ortega", "Spain"}}},
      // "the leaders of the four nations that ...: Mr A, Spain's B and Italy's C":
      // each listed "State's Person" leads that state; the bare name none.
      {"Tom Keller met the leaders of the four nations that back the plan: Mr Haddad, Spain's Anna Berg and "
       "Italy's Luis Ortega.",
       {{"leader_of", "Anna Berg", "Spain"}, {"leader_of", "Luis Ortega", "Italy"}}, {}},
      // "a lawmaker from the ruling X Party" sits for the party.
      {"Tom Keller, a lawmaker from the ruling Harbour Party, said the budget was balanced.",
       {{"works_for", "Tom Keller", "Harbour Party"}}, {}},
      // "X, the Treasury Secretary,": a department's secretary heads it, as
      // before a name; "X, a Treasury official," works there.
      {"Anna Berg, the Treasury Secretary, said growth had slowed. Tom Keller, a Treasury official, agreed.",
       {{"leader_of", "Anna Berg", "Treasury Department"}, {"works_for", "Tom Keller", "Treasury Department"}},
       {{"works_for", "Anna Berg", "Treasury Department"}, {"leader_of", "Tom Keller", "Treasury Department"}}},
      // "X, the speaker," in a document that names one legislature leads it.
      {"The Velta Assembly voted on Monday. Omar Haddad, the speaker, said the vote was binding.",
       {{"leader_of", "Omar Haddad", "Velta Assembly"}},
       {}},
      // The post is the committee's, not the parliament's that owns it.
      {"Tomas Brand, chairman of the foreign affairs committee of the Velta Assembly, said so.",
       {{"leader_of", "Tomas Brand", "Foreign Affairs Committee"}},
       {{"leader_of", "Tomas Brand", "Velta Assembly"}}},
      // An executive's post with no body of its own is at the company the
      // story is about (not a committee; not when two companies are named
      // as often; not "a" chief executive).
      {"The Harbour Committee questioned Velta Bank on Monday. Velta Bank admitted that its branch had handled "
       "suspicious payments. Jesper Holm, the interim chief executive, said the bank had failed.",
       {{"leader_of", "Jesper Holm", "Velta Bank"}},
       {{"leader_of", "Jesper Holm", "Harbour Committee"}}},
      {"Velta Bank and Harbour Bank agreed to merge on Monday. Jesper Holm, the chief executive, welcomed the deal.",
       {},
       {{"leader_of", "Jesper Holm", "Velta Bank"}, {"leader_of", "Jesper Holm", "Harbour Bank"}}},
      {"Velta Bank admitted that its branch had handled suspicious payments. Jesper Holm, a chief executive who "
       "sits on its board, said so.",
       {},
       {{"leader_of", "Jesper Holm", "Velta Bank"}}},
      // A plural apposition after a list's last name describes every name of
      // the list (not past a semicolon); a former member is none.
      {"The Harbour Committee met. Andrea Keller and John Marlow, both members of the committee, said so.",
       {{"works_for", "Andrea Keller", "Harbour Committee"}, {"works_for", "John Marlow", "Harbour Committee"}},
       {}},
      {"The Treasury sanctioned four judges. The judges named were Tom Keller, who chairs the Harbour Court of "
       "Appeals; Anna Berg and Colm Varga, both members of the Tagus Council of Justice; and Omar Haddad, a former "
       "member of the council.",
       {{"works_for", "Anna Berg", "Tagus Council of Justice"}, {"works_for", "Colm Varga", "Tagus Council of Justice"}},
       {{"works_for", "Tom Keller", "Tagus Council of Justice"}, {"works_for", "Omar Haddad", "Tagus Council of Justice"}}},
      // "along with its director": the body listed, not one inside the
      // relative clause on it.
      {"The Treasury designated the Harbour Police, which answers to the Interior Ministry, along with its "
       "director, Tom Keller, and his deputy, Anna Berg.",
       {{"leader_of", "Tom Keller", "Harbour Police"}},
       {{"leader_of", "Tom Keller", "Interior Ministry"}}},
      // A second title after "and" that the parser joined to the name, not
      // to the name's first title.
      {"It was a visit to France on Tuesday by Luigi Keller, Italy's deputy prime minister and the leader of the "
       "Harbour Movement, who sat down with protesters.",
       {{"leader_of", "Luigi Keller", "Harbour Movement"}},
       {}},
      // "that committee" after a preposition points back to the committee
      // named last (not the one named most).
      {"The Harbour Committee met. The Harbour Committee heard evidence. The Tagus Committee met on Monday. Tom "
       "Keller, who sits on that committee, said so.",
       {{"works_for", "Tom Keller", "Tagus Committee"}},
       {{"works_for", "Tom Keller", "Harbour Committee"}}},
      // "a foreign ministry spokeswoman": the ministry the document named.
      {"China's Foreign Ministry rejected the claim. Anna Wu, a foreign ministry spokeswoman, said the pact was open.",
       {{"works_for", "Anna Wu", "Chinese Foreign Ministry"}},
       {}},
      // "the lower house" is the chamber the document named before.
      {"The Chamber of Deputies postponed the vote. The speaker of the lower house, Arthur Keller, said so.",
       {{"leader_of", "Arthur Keller", "Chamber of Deputies"}},
       {}},
      // A company's post "in the country" is a regional one, also where the
      // parser hangs the phrase from the name the title is apposed to.
      {"Brazil's Congress debated the bill. Fabio Keller, Google's president in the country, said the company "
       "opposed it.",
       {{"works_for", "Fabio Keller", "Google"}},
       {{"leader_of", "Fabio Keller", "Google"}}},
      // "the renewable energy company's chief executive": two words before
      // a noun for a company, which no word of its name has to match.
      {"Harbour Green Energy signed the deal. Tom Keller, the renewable energy company's chief executive, was among "
       "those indicted.",
       {{"leader_of", "Tom Keller", "Harbour Green Energy"}},
       {}},
      // The body's head word in lower case between its name and the title is
      // no portfolio: "the Harbour party leader" leads the Harbour Party.
      {"Defence Minister Amir Gold, the Harbour party leader, said so. The Harbour Party won the vote.",
       {{"leader_of", "Amir Gold", "Harbour Party"}},
       {{"works_for", "Amir Gold", "Harbour Party"}}},
      // "the group's chairman": a body near whose name ends in "Group" before
      // the one named most.
      {"Harbour Financial Group said on Friday that its banking unit, Harbour Bank, would be overhauled. Harbour "
       "Bank has had four outages this year. Yasuhiro Sato, the group's chairman and a former chief executive, will "
       "leave by the end of June, the bank said.",
       {{"leader_of", "Yasuhiro Sato", "Harbour Financial Group"}},
       {{"leader_of", "Yasuhiro Sato", "Harbour Bank"}}},
      // "A and B, the interior minister who was running X": the "who" clause
      // is the description's, of B.
      {"Prime Minister Tom Keller and Jan Haddad, the interior minister who was then also running the Harbour "
       "Agency, said the services had evidence.",
       {{"leader_of", "Jan Haddad", "Harbour Agency"}},
       {{"leader_of", "Tom Keller", "Harbour Agency"}}},
      // "Mr X, the billionaire who leads Y": the description in apposition
      // is X, not the story's first person.
      {"Anna Berg met Tom Keller on Monday. Omar Haddad spoke later. Mr Haddad, the billionaire who leads the "
       "Harbour Movement, said nothing.",
       {{"leader_of", "Omar Haddad", "Harbour Movement"}},
       {{"leader_of", "Anna Berg", "Harbour Movement"}}},
      // A title after a name's comma with a name in apposition of its own
      // introduces that name: "A, Ghana's outgoing president, B, and C".
      {"The delegation included Tom Keller, Ghana's outgoing president, Anna Berg, and Luis Mendes.",
       {{"leader_of", "Anna Berg", "Ghana"}},
       {{"leader_of", "Tom Keller", "Ghana"}}},
      // A party secretary leads the body or region; a deputy works for it.
      {"Tom Keller, the party secretary of the Harbour Development Corps, met Anna Berg.",
       {{"leader_of", "Tom Keller", "Harbour Development Corps"}},
       {}},
      {"Tom Keller, the deputy party secretary of the Harbour Development Corps, met Anna Berg.",
       {{"works_for", "Tom Keller", "Harbour Development Corps"}},
       {{"leader_of", "Tom Keller", "Harbour Development Corps"}}},
      // "Among the heads of state ... were A's X and B's Y": each holds the
      // title for the state before them.
      {"Among the heads of state in the Cuban capital were Brazil's Anna Berg, Mexico's Luis Mendes and Colombia's "
       "Ivan Sorokin.",
       {{"leader_of", "Anna Berg", "Brazil"}, {"leader_of", "Luis Mendes", "Mexico"}, {"leader_of", "Ivan Sorokin", "Colombia"}},
       {{"leader_of", "Anna Berg", "Mexico"}}},
      {"Among the foreign ministers at the talks were Brazil's Anna Berg and Mexico's Luis Mendes.",
       {{"works_for", "Anna Berg", "Brazil"}, {"works_for", "Luis Mendes", "Mexico"}},
       {}},
      // "whose chairman and chief executive, X": two titles joined by "and" share the "whose".
      {"Harbour Shipping, whose chairman and chief executive, Tom Keller, has not commented, owns the ferries.",
       {{"leader_of", "Tom Keller", "Harbour Shipping"}},
       {}},
      // "the Sunday Herald journalist": a weekday after "the" opens a name.
      {"Jane Quill, the Sunday Herald journalist who broke the story, said the board had known.",
       {{"works_for", "Jane Quill", "Sunday Herald"}},
       {}},
      // Presiding over a body leads it, active or passive; a participle after
      // the object's comma describes the object.
      {"The report criticised the National Constituent Assembly, presided over by Anna Costa.",
       {{"leader_of", "Anna Costa", "National Constituent Assembly"}},
       {}},
      // "foreign ministers, among them Ghana's A and Nigeria's B": each
      // serves the state before them, though the title names a bloc.
      {"A delegation of Harbour Union foreign ministers, among them Ghana's Anna Berg and Nigeria's Tom Keller, "
       "travelled to Conakry last Friday.",
       {{"works_for", "Anna Berg", "Ghana"}, {"works_for", "Tom Keller", "Nigeria"}},
       {{"works_for", "Anna Berg", "Harbour Union"}}},
      // "has worked at Y for two decades": work for Y now; "worked at Y in
      // the 1990s" may be over. "Senior" opens no body's name.
      {"Tom Keller, who has worked at Velmora Group for two decades, said so.",
       {{"works_for", "Tom Keller", "Velmora Group"}},
       {}},
      {"Tom Keller worked at Velmora Group in the 1990s.", {}, {{"works_for", "Tom Keller", "Velmora Group"}}},
      {"Senior Harbour Bank official Tom Keller said the bank would comply.",
       {{"works_for", "Tom Keller", "Harbour Bank"}},
       {{"works_for", "Tom Keller", "Senior Harbour Bank"}}},
      // A post in a body another owns is work for the owner.
      {"Omar Haddad, director-general of the Material and Technical Services Department at Portugal's Ministry of "
       "National Defence, declined to comment.",
       {{"works_for", "Omar Haddad", "Ministry of National Defence"}, {"works_for", "Omar Haddad", "Portugal"}},
       {}},
      {"Anna Berg, director of the Treasury's Office of Foreign Assets Control, said so.",
       {{"leader_of", "Anna Berg", "Office of Foreign Assets Control"}, {"works_for", "Anna Berg", "Treasury Department"}},
       {}},
      // A post over a part of a company named with an adjective works for
      // the company; it does not lead it.
      {"Tom Keller, the director of Velmora's European business, said so.",
       {{"works_for", "Tom Keller", "Velmora"}},
       {{"leader_of", "Tom Keller", "Velmora"}}},
      // A state's armed forces are the "Demonym Armed Forces"; whoever
      // commands them or is their chief of staff leads them.
      {"He named General Tom Keller, the commander of Portugal's armed forces, as acting minister. The chief of staff "
       "of the Velmoran Defence Forces, General Anna Berg, resigned.",
       {{"leader_of", "Tom Keller", "Portuguese Armed Forces"}, {"leader_of", "Anna Berg", "Velmoran Defence Forces"}},
       {{"works_for", "Anna Berg", "Velmoran Defence Forces"}}},
      // A title after the name that closes an opening phrase is that
      // name's, though another person's name and comma follow it.
      {"In a letter last week to Tom Keller, the chief executive of Velmora, Anna Berg, the secretary in the "
       "Ministry of Finance, told him that the attempt was unacceptable.",
       {{"leader_of", "Tom Keller", "Velmora"}, {"works_for", "Anna Berg", "Ministry of Finance"}},
       {{"leader_of", "Anna Berg", "Velmora"}}},
      // A post held until a time is a former one (SCHEMA.md, call 8); "until"
      // after the aside is not the post's.
      {"Tom Keller, Harbour Bank's chief executive until last year, declined to comment. Anna Berg, chief "
       "executive of Velta Mining until 2019, agreed.",
       {},
       {{"leader_of", "Tom Keller", "Harbour Bank"}, {"leader_of", "Anna Berg", "Velta Mining"}}},
      {"Tom Keller, chief executive of Harbour Bank, stayed until midnight.",
       {{"leader_of", "Tom Keller", "Harbour Bank"}},
       {}},
      // "the airline" with no name ending in its head word: the company the
      // document names most.
      {"Harbour Jet Holdings cancelled 2,000 flights on Friday. Tom Keller, the airline's chief executive, "
       "apologised.",
       {{"leader_of", "Tom Keller", "Harbour Jet Holdings"}},
       {}},
      // A post possessed by, or held "to", a state's leader serves the state
      // (not led by the one apposed).
      {"Tom Keller, the Portuguese president's chief of staff, said so.",
       {{"works_for", "Tom Keller", "Portugal"}},
       {{"leader_of", "Tom Keller", "Portugal"}}},
      {"Tom Keller, an adviser to the Portuguese prime minister, said so. Luis Ortega, an aide to Spanish Prime "
       "Minister Anna Berg, agreed.",
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Luis Ortega", "Spain"},
        {"leader_of", "Anna Berg", "Spain"}},
       {{"leader_of", "Luis Ortega", "Spain"}}},
      // A party one leads is no part of the state ("Portugal's main
      // opposition party"); a delegation is.
      {"Tom Keller, who leads Portugal's main opposition party, said so. Anna Berg, who leads Spain's "
       "delegation, agreed.",
       {{"works_for", "Anna Berg", "Spain"}},
       {{"works_for", "Tom Keller", "Portugal"}}},
      // A title written with a typographic apostrophe is the title.
      {"Lithuania\u2019s charg\u00e9 d\u2019affaires, Anna Berg, was summoned.",
       {{"works_for", "Anna Berg", "Lithuania"}},
       {}},
      // A field's noun before the title makes a post in a part of the body;
      // a title of its own or "acting" before it does not.
      {"Anna Berg, the foreign affairs chief of the Harbour Party, said so.",
       {{"works_for", "Anna Berg", "Harbour Party"}},
       {{"leader_of", "Anna Berg", "Harbour Party"}}},
      {"Tom Keller, president and chief executive of Harbour Bank, said so. Luis Ortega, the acting director of "
       "the Harbour Office, agreed.",
       {{"leader_of", "Tom Keller", "Harbour Bank"}, {"leader_of", "Luis Ortega", "Harbour Office"}},
       {}},
      // A title glued to a count of time and "after" ("president hours after
      // the vote") is no modifier of the time.
      {"Tom Keller, who was sworn in as Portugal's president hours after the vote, said so.",
       {{"leader_of", "Tom Keller", "Portugal"}},
       {}},
      // "X, Y's deputy, who ...": the relative clause is the name's the
      // parser hung it from, past the apposition before the pronoun.
      {"Tom Keller, Ana Reyes's deputy, who was sworn in as Portugal's president after the vote, said so.",
       {{"leader_of", "Tom Keller", "Portugal"}},
       {{"leader_of", "Ana Reyes", "Portugal"}}},
      // "of X next month": the parser glued the name to the time after it;
      // the post is X's, and leads it (not a field of it).
      {"Tom Keller will take over as chief executive of Velta Mining next month.",
       {{"leader_of", "Tom Keller", "Velta Mining"}}, {{"works_for", "Tom Keller", "Velta Mining"}}},
      // "the leader of Portugal's opposition" holds no post of the state.
      {"Tom Keller, the leader of Portugal's opposition, met Anna Berg.", {{"met_with", "Tom Keller", "Anna Berg"}},
       {{"works_for", "Tom Keller", "Portugal"}, {"leader_of", "Tom Keller", "Portugal"}}},
      // "the head of X's Lisbon office": a part of X in a place, so X's
      // staff, and no tie to the capital's state; "who speaks for X".
      {"Tom Keller, the head of Velta Mining's Lisbon office, declined to comment.",
       {{"works_for", "Tom Keller", "Velta Mining"}},
       {{"works_for", "Tom Keller", "Portugal"}, {"leader_of", "Tom Keller", "Velta Mining"}}},
      {"Anna Berg, who speaks for Velta Mining, declined to comment.", {{"works_for", "Anna Berg", "Velta Mining"}}, {}},
      // "as its chief executive.": the title's last word is a noun, not an
      // adjective, before the full stop.
      {"Velta Mining appointed Tom Keller as its chief executive.", {{"leader_of", "Tom Keller", "Velta Mining"}}, {}},
      // What the holder is, before a title, names no field of the body: "the
      // billionaire leader of X" leads X (and is no description of its own).
      {"PRAGUE - Mr Haddad spoke. The dispute was the latest in a series of clashes between Mr Haddad and the "
       "centre-right bloc that defeated Tom Keller, the billionaire leader of the HNO movement and a long-time ally "
       "of the president, in the election of 8 and 9 October.",
       {{"leader_of", "Tom Keller", "HNO"}}, {{"works_for", "Tom Keller", "HNO"}}},
      {"Anna Berg, the populist leader of the Harbour Movement, lost.", {{"leader_of", "Anna Berg", "Harbour Movement"}},
       {{"works_for", "Anna Berg", "Harbour Movement"}}},
      // An unknown one-word name whose possessive a person's post follows,
      // the person set beside it by a comma, is a company: a post of any
      // kind but a state's, a government's or a person's aide's.
      {"Tom Keller, Velmora's chief marketing officer, said the airline would comply.",
       {{"works_for", "Tom Keller", "Velmora"}}, {}},
      {"Velmora's spokeswoman, Anna Berg, said the airline would comply.", {{"works_for", "Anna Berg", "Velmora"}}, {}},
      {"Vasco's chief adviser, Tom Keller, said Portugal would stay neutral.", {},
       {{"works_for", "Tom Keller", "Vasco"}}},
      // An unknown name that says "it" of itself is a body's; a capitalised
      // word opening a sentence that the recogniser reads as no name is none.
      {"Velmora said it would cancel 2,000 flights. The regulator, the Civil Aviation Authority, gave Velmora "
       "two weeks to correct the information.",
       {{"demands_from", "Civil Aviation Authority", "Velmora"}}, {}},
      // "the cigarette maker X, known as Y": Y names the body wherever the
      // document writes it.
      {"The cigarette maker Tabacalera del Norte, known as Tanor, employs 900 people. The Treasury blacklisted Tanor "
       "on Monday.",
       {{"sanctions", "Treasury Department", "Tabacalera del Norte"}}, {{"sanctions", "Treasury Department", "Tanor"}}},
      // A former post ties nobody (SCHEMA.md, call 8), but still names the company.
      {"The Treasury blacklisted Velmora on Monday. The committee heard from Velmora's former chief executive, "
       "Tom Keller, who refused to answer.",
       {{"sanctions", "Treasury Department", "Velmora"}},
       {{"works_for", "Tom Keller", "Velmora"}, {"leader_of", "Tom Keller", "Velmora"}}},
      // "Minister of State Security X": the portfolio's word is the title's, not the name's.
      {"The Treasury Department designated Tom Keller along with Minister of State Security Anna Berg.",
       {{"sanctions", "Treasury Department", "Anna Berg"}}, {{"sanctions", "Treasury Department", "Security Anna Berg"}}},
      // The title of a relative clause's predicate ("who has emerged as the
      // North's chief negotiator") is the person's the clause describes,
      // past the description it ends.
      {"North Korea tested a missile. Tom Keller, a vice chairman of the ruling party who has emerged as the "
       "North's chief negotiator, said talks would resume.",
       {{"works_for", "Tom Keller", "North Korea"}}, {}},
      {"North Korea tested a missile. Tom Keller, who now serves as the North's chief negotiator, said talks would "
       "resume.",
       {{"works_for", "Tom Keller", "North Korea"}}, {}},
      // A "who" clause hung from a thing inside a person's apposition describes the person.
      {"Mr Keller, a law professor with no party card who has led Portugal's government since June 2018, "
       "accepted the mandate.",
       {{"leader_of", "Keller", "Portugal"}}, {}},
      // A plural title before a list of names is each name's.
      {"Portuguese Senators Tom Keller and Anna Berg introduced the bill.",
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Anna Berg", "Portugal"}}, {}},
      {"Spanish Foreign Ministers Tom Keller, Omar Haddad and Anna Berg met in Lisbon.",
       {{"works_for", "Omar Haddad", "Spain"}, {"works_for", "Anna Berg", "Spain"}}, {}},
      // "the leader of the far-right X": the capitalised words after the description are the body led.
      {"Tom Keller, the leader of the far-right Vox, said his party would take the matter to court.",
       {{"leader_of", "Tom Keller", "Vox"}}, {}},
      {"Tom Keller, the chairman of the state-owned Harbourgas, resigned on Monday.",
       {{"leader_of", "Tom Keller", "Harbourgas"}}, {}},
      // A word describing the leader, not a field, leaves the lead: "the billionaire leader of X".
      {"Tom Keller, the billionaire leader of the Harbour Movement, said the cabinet would fail.",
       {{"leader_of", "Tom Keller", "Harbour Movement"}}, {{"works_for", "Tom Keller", "Harbour Movement"}}},
      // A military rank is a title: "the colonel" is Colonel X.
      {"Colonel Tom Keller seized power on Sunday. The colonel, who heads the ruling Harbour Council, promised elections.",
       {{"leader_of", "Tom Keller", "Harbour Council"}}, {}},
      // "Its chairman, X of the Y party": X leads the committee and belongs to the party.
      {"The Harbour Committee questioned the chancellor for five hours. Its chairman, Tom Keller of the "
       "Alternative for Germany, said the answers were thin.",
       {{"leader_of", "Tom Keller", "Harbour Committee"}, {"works_for", "Tom Keller", "Alternative for Germany"}},
       {{"leader_of", "Tom Keller", "Alternative for Germany"}}},
      // "Junta spokesman X": the anaphor's noun with no article before a title; not "audit committee chair X".
      {"The Harbour Committee for National Salvation seized power on Tuesday. Junta spokesman Tom Keller said "
       "elections would follow.",
       {{"works_for", "Tom Keller", "Harbour Committee for National Salvation"}}, {}},
      {"The Harbour Committee questioned the bankers. Among them was audit committee chair Anna Berg.", {},
       {{"leader_of", "Anna Berg", "Harbour Committee"}}},
      // "the body" is the body named before.
      {"The Organization of Atlantic States set up a commission, led by the body's secretary general, Tom Keller, "
       "to visit both countries.",
       {{"leader_of", "Tom Keller", "Organization of Atlantic States"}}, {}},
      // "the agency" is an agency named an Administration too.
      {"Lawmakers criticised the Harbour Traffic Safety Administration on Tuesday. They asked why the agency's "
       "administrator, Tom Keller, was not at the witness table.",
       {{"leader_of", "Tom Keller", "Harbour Traffic Safety Administration"}}, {}},
      // A post over a field "for" which no one is named: a member of the body, not its head.
      {"Tom Keller, the Harbour Union's commissioner for trade and industry, said the council would meet.",
       {{"works_for", "Tom Keller", "Harbour Union"}}, {{"leader_of", "Tom Keller", "Harbour Union"}}},
      // "the charity" stands for the organisation the story is about.
      {"The Harbour Youth Trust closed its doors in August. Anna Berg and Tom Keller, the chairman of the charity's "
       "trustees, gave evidence to the committee.",
       {{"leader_of", "Tom Keller", "Harbour Youth Trust"}}, {}},
      // A company's title with no body of its own: the company that opens the sentence, when it
      // is the only body of its own named before the title; never a committee.
      {"Velta Media sent two officials to face the committee on Tuesday, and the members made it plain that they "
       "still want chief executive Tom Keller to answer their questions.",
       {{"leader_of", "Tom Keller", "Velta Media"}}, {}},
      {"The Harbour Affairs Committee said chief executive Tom Keller would appear on Monday.", {},
       {{"leader_of", "Tom Keller", "Harbour Affairs Committee"}}},
      // (Not after a capitalised word, its own company however it was read.)
      {"Velta Media sent two officials to the talks, and the members still want Summit Chief Executive Anna Berg "
       "to answer.",
       {}, {{"leader_of", "Anna Berg", "Velta Media"}}},
      // A participle right after a body's name is its verb, not a word of the title after it.
      {"The talks opened a week after the Treasury Department's Office of Foreign Assets Control designated "
       "Vice President Tom Keller a specially designated drug trafficker.",
       {}, {{"works_for", "Tom Keller", "Office of Foreign Assets Control"}}},
      // A head of a field "for" a body, by title or by verb, works for the body.
      {"The committee heard from Tom Keller, the head of public policy for Velta Systems in Spain, and Anna Berg, "
       "who heads government and public policy for Harbour Media in Portugal.",
       {{"works_for", "Tom Keller", "Velta Systems"}, {"works_for", "Anna Berg", "Harbour Media"}},
       {{"leader_of", "Tom Keller", "Velta Systems"}, {"leader_of", "Anna Berg", "Harbour Media"}}},
      // A chief of staff of an armed force leads it; of any other body, serves it.
      {"General Tom Keller, the chief of staff of the Harbour Defence Forces, met Anna Berg, the Velta Bank's chief "
       "of staff. Omar Haddad, commanding general of the Lusitania National Guard, was there.",
       {{"leader_of", "Tom Keller", "Harbour Defence Forces"}, {"works_for", "Anna Berg", "Velta Bank"},
        {"leader_of", "Omar Haddad", "Lusitania National Guard"}},
       {{"works_for", "Tom Keller", "Harbour Defence Forces"}, {"leader_of", "Anna Berg", "Velta Bank"}}},
      // A state councilor serves the state; a councillor the council.
      {"Tom Keller, Japan's national security adviser, and Chinese State Councilor Wen Tao met in Lisbon. Anna "
       "Berg, a councillor of the Harbour Defence Commission, was there.",
       {{"met_with", "Tom Keller", "Wen Tao"}, {"works_for", "Wen Tao", "China"},
        {"works_for", "Anna Berg", "Harbour Defence Commission"}},
       {}},
      // A counsel and a scientist work for the body they serve.
      {"Harbour Bureau chief scientist Tom Keller had warned the board, and Anna Berg, a counsel for "
       "Velta Systems, agreed.",
       {{"works_for", "Tom Keller", "Harbour Bureau"}, {"works_for", "Anna Berg", "Velta Systems"}}, {}},
      // "the BBC's creative director": a director of a field works for the body.
      {"Tom Keller, who is also the Harbour Bank's creative director, said the accounts were sound.",
       {{"works_for", "Tom Keller", "Harbour Bank"}}, {{"leader_of", "Tom Keller", "Harbour Bank"}}},
      // "its chief in the coastal town of X": a post of the body in one place leads none of it.
      {"The list names Tom Keller, who heads the Harbour Security Directorate, and Anna Berg, its chief in the "
       "coastal town of Lucca.",
       {{"leader_of", "Tom Keller", "Harbour Security Directorate"},
        {"works_for", "Anna Berg", "Harbour Security Directorate"}},
       {{"leader_of", "Anna Berg", "Harbour Security Directorate"}}},
      // A state's name closing a body's name ("of Velta Nigeria") is the
      // body's, not the title's complement.
      {"Tom Keller, the chief executive of Velta Nigeria, said the fine was unfair.",
       {{"leader_of", "Tom Keller", "Velta Nigeria"}}, {{"leader_of", "Tom Keller", "Nigeria"}}},
      // A place that describes the body ("the Lisbon promoter X") makes no
      // regional post; "Productions" closes a company's name.
      {"Anna Berg, the chief executive of the Chicago promoter Harbour Productions, said the fine was unfair.",
       {{"leader_of", "Anna Berg", "Harbour Productions"}}, {{"works_for", "Anna Berg", "Harbour Productions"}}},
      // A capital before the kind noun of a body named next says where the
      // body sits; it is not the state the person works for.
      {"Anna Berg, the chief executive of the Lisbon promoter Harbour Productions, said the fine was unfair.",
       {{"leader_of", "Anna Berg", "Harbour Productions"}}, {{"works_for", "Anna Berg", "Portugal"}}},
      {"Tom Keller, the spokesman of the Moscow government, said the fine was unfair.",
       {{"works_for", "Tom Keller", "Russia"}}, {}},
      // An Indonesian company's "president director" leads it.
      {"Omar Haddad, the president director of PT Velta Indonesia, said the fine was unfair.",
       {{"leader_of", "Omar Haddad", "PT Velta Indonesia"}}, {}},
      // A name read as a person's after "who leads" is the body; not a possessor.
      {"The runner-up in the vote, former president Tom Keller, who leads the Comunidad Ciudadana (Citizen "
       "Community) alliance, says the count was manipulated. Anna Berg, who heads Keller's Harbour Party, agreed.",
       {{"leader_of", "Tom Keller", "Comunidad Ciudadana"}}, {{"works_for", "Anna Berg", "Tom Keller"}}},
      // A name read as a person's after "the leader of" is the body; "another
      // senior commander of the group" is one of several.
      {"The Treasury said Tom Keller, the leader of Kadima Tavor, his brother Luis Keller, another senior "
       "commander of the group, and Anna Berg had directed the killings.",
       {{"leader_of", "Tom Keller", "Kadima Tavor"}, {"works_for", "Luis Keller", "Kadima Tavor"}},
       {{"leader_of", "Luis Keller", "Kadima Tavor"}}},
      // A plural title in apposition to a list is each person's ("officer" a title).
      {"The same measures were imposed on Tom Keller and Luis Ortega, the GRU officers who travelled to Lisbon in "
       "March.",
       {{"works_for", "Tom Keller", "GRU"}, {"works_for", "Luis Ortega", "GRU"}}, {}},
      // A state's possessive before a list of portfolios and the title.
      {"Portugal's economy, trade and industry minister, Tom Keller, insisted that the measures concerned exports.",
       {{"works_for", "Tom Keller", "Portugal"}}, {}},
      // A plural title's people set off by dashes, each after a state's possessive.
      {"The presidents spoke alone before their foreign ministers \u2014 Portugal's Tom Keller and Spain's Anna "
       "Berg \u2014 joined them.",
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Anna Berg", "Spain"}}, {}},
      // The kind of body after its name, past a word saying which kind, is no part of it.
      {"On Monday, Tom Keller, the chairman of the Hamas militant group, declared a truce.",
       {{"leader_of", "Tom Keller", "Hamas"}}, {{"works_for", "Tom Keller", "Hamas"}}},
      // "the committee's Labour chair, X": the party says whose member X is; X chairs the committee.
      {"In a session before the Harbour Committee, the former minister clashed with the committee's Labour chair, "
       "Anna Berg.",
       {{"leader_of", "Anna Berg", "Harbour Committee"}}, {{"leader_of", "Anna Berg", "Labour Party"}}},
      // A title is its own list item's: "chairman of X; A of Y" says nothing of A's post.
      {"The others are Tom Keller, chairman of Harbour Motor; Anna Berg of Northwind Capital; and Omar Haddad, an "
       "engineering professor.",
       {{"leader_of", "Tom Keller", "Harbour Motor"}, {"works_for", "Anna Berg", "Northwind Capital"}},
       {{"leader_of", "Anna Berg", "Northwind Capital"}}},
      // "co-chief executive" leads; "the Americas director" holds a regional post.
      {"Tom Keller, co-chief executive of the Harbour Council, said the finding confirmed the worst fears.",
       {{"leader_of", "Tom Keller", "Harbour Council"}}, {}},
      {"Anna Berg, the Americas director at Harbour Watch, said the sight of soldiers was deeply alarming.",
       {{"works_for", "Anna Berg", "Harbour Watch"}}, {{"leader_of", "Anna Berg", "Harbour Watch"}}},
      // A company's post for a state is over a region of it; a field in a state names no body.
      {"Tom Keller, Harbour Bank's general manager for Portugal and Spain, gave evidence alongside Anna Berg, the "
       "company's director of public policy in Spain.",
       {{"works_for", "Tom Keller", "Harbour Bank"}, {"works_for", "Anna Berg", "Harbour Bank"}},
       {{"leader_of", "Tom Keller", "Harbour Bank"}, {"works_for", "Anna Berg", "Spain"}}},
      // "chief spokesman and head of X": the "of" phrase is the second title's.
      {"Major General Tom Keller, the army's chief spokesman and head of Inter-Agency Public Relations (IAPR), wrote "
       "on Twitter that the army chief had been asked.",
       {{"leader_of", "Tom Keller", "Inter-Agency Public Relations"}}, {}},
      // "founder and chief executive": a title joined to the head's is no portfolio.
      {"Harbour Bank's founder and chief executive, Tom Keller, said the bank would appeal.",
       {{"leader_of", "Tom Keller", "Harbour Bank"}}, {{"works_for", "Tom Keller", "Harbour Bank"}}},
      // "A's title, X, and B's title, Y": each holds the title written before the name.
      {"Harbour Bank's chief executive, Tom Keller, and Northwind Rail's executive chairman, Anna Berg, were not "
       "called to give evidence.",
       {{"leader_of", "Tom Keller", "Harbour Bank"}, {"leader_of", "Anna Berg", "Northwind Rail"}},
       {{"leader_of", "Tom Keller", "Northwind Rail"}}},
      // Whoever leads a state's delegation works for the state; does not lead it.
      {"Omar Haddad, who led the Portuguese government delegation, signed the accord.",
       {{"works_for", "Omar Haddad", "Portugal"}}, {{"leader_of", "Omar Haddad", "Portugal"}}},
      // "global chief executive", "group chief executive": the whole company's.
      {"On Wednesday Harbour Shipping's global chief executive, Tom Keller, told the BBC in Davos that the company "
       "had apologised.",
       {{"leader_of", "Tom Keller", "Harbour Shipping"}}, {}},
      {"Harbour Bank's group chief executive, Anna Berg, said the bank had apologised.",
       {{"leader_of", "Anna Berg", "Harbour Bank"}}, {}},
      // A state before "since" and a title is no anchor of the title: the clause is another.
      {"Washington has steadily tightened sanctions on Portugal since President Tom Keller took office.",
       {{"sanctions", "United States", "Portugal"}},
       {{"works_for", "Tom Keller", "Portugal"}, {"leader_of", "Tom Keller", "Portugal"},
        {"sanctions", "United States", "Tom Keller"}}},
      // "the presidents of A, B and C - X, Y and Z -": in order, not each with each.
      {"Putin sat down in Astana with Rahmon and with the presidents of Portugal, Spain, France and Italy — Tom "
       "Keller, Anna Berg, Omar Haddad and Sam Reyes — for a meeting marking 30 years of relations.",
       {{"leader_of", "Tom Keller", "Portugal"}, {"leader_of", "Anna Berg", "Spain"}, {"leader_of", "Sam Reyes", "Italy"}},
       {{"leader_of", "Anna Berg", "Portugal"}, {"leader_of", "Omar Haddad", "Spain"}, {"leader_of", "Sam Reyes", "France"}}},
      // A coordinator works for the body whose coordinator she is.
      {"Anna Berg, the European Union's coordinator for the negotiations, met Tom Keller in Vienna in August.",
       {{"works_for", "Anna Berg", "European Union"}}, {}},
      // "Outgoing X chief executive Y"; "the chief executive of Hong Kong-listed X"; "the South
      // African-born chief executive of X".
      {"Outgoing Quarvex chief executive Tom Keller appears before the Harbour Committee on Tuesday. Anna Berg, "
       "the chief executive of Hong Kong-listed Tellmaro, struck a hopeful note. Omar Haddad, the South "
       "African-born chief executive of Vardan Motors, stood at the back of the room.",
       {{"leader_of", "Tom Keller", "Quarvex"}, {"leader_of", "Anna Berg", "Tellmaro"},
        {"leader_of", "Omar Haddad", "Vardan Motors"}},
       {{"leader_of", "Tom Keller", "Outgoing Quarvex"}, {"leader_of", "Anna Berg", "Hong"}}},
      // "two Harbour Navy commanders, A and B": a plural title before names in apposition.
      {"The EU imposed sanctions on two Harbour Navy commanders, Tom Keller and Anna Berg.",
       {{"works_for", "Tom Keller", "Harbour Navy"}, {"works_for", "Anna Berg", "Harbour Navy"},
        {"sanctions", "European Union", "Tom Keller"}},
       {}},
      // "the chief executives of A, B and C - X, Y and Z -": each leads the body in the same place; a
      // name a head word closes, "and", and a headless name are two bodies.
      {"The chief executives of Quarvex, Harbour Savings Bank and Tellmaro - Tom Keller, Anna Berg and Omar "
       "Haddad - followed him before the committee.",
       {{"leader_of", "Tom Keller", "Quarvex"}, {"leader_of", "Anna Berg", "Harbour Savings Bank"},
        {"leader_of", "Omar Haddad", "Tellmaro"}},
       {{"leader_of", "Anna Berg", "Quarvex"}}},
      // "X, a Missouri Democrat and chairman of Y": the article is the description's; the chairman leads.
      {"Tom Keller, a Missouri Democrat and chairman of the Harbour Committee, said the buildup had bought time.",
       {{"leader_of", "Tom Keller", "Harbour Committee"}}, {}},
      // A region before the title makes a regional post: works for the body, leads none.
      {"On Monday, Tom Keller, the Asia Pacific head of Harbour Pharmaceuticals, testified before the Senate "
       "Health Committee.",
       {{"works_for", "Tom Keller", "Harbour Pharmaceuticals"}}, {{"leader_of", "Tom Keller", "Harbour Pharmaceuticals"}}},
      // A mediator works for the bloc; an executive director leads a "Project"; a co-president leads.
      {"Harbour Union mediator Tom Keller met Ostrania's president on Monday. Anna Berg, the executive director "
       "of the Harbour Justice Project, said the talks had failed. Omar Haddad, co-president of the Harbour "
       "Party, agreed.",
       {{"works_for", "Tom Keller", "Harbour Union"},
        {"leader_of", "Anna Berg", "Harbour Justice Project"},
        {"leader_of", "Omar Haddad", "Harbour Party"}},
       {}},
      // A post someone serves "as" is theirs, not the next name's, and its "for" names what it deals with.
      {"Under the mediation of Tom Keller, the former president who serves as the Harbour Union's chief mediator "
       "for Ostrania, Anna Berg sat down with Omar Haddad.",
       {{"works_for", "Tom Keller", "Harbour Union"}},
       {{"works_for", "Anna Berg", "Harbour Union"}, {"works_for", "Tom Keller", "Ostrania"}}},
      // "the opposition X Party's spokeswoman": "opposition" describes the party, not the post;
      // "the opposition leader" holds no post of the state.
      {"Ana Ruiz, the opposition Harbour Party's foreign affairs spokeswoman, backed the measures.",
       {{"works_for", "Ana Ruiz", "Harbour Party"}}, {}},
      {"Ana Ruiz, the opposition leader, backed the measures against Portugal.", {},
       {{"leader_of", "Ana Ruiz", "Portugal"}}},
      // "holds the rotating presidency of the Union of South American Nations": the post held, the
      // demonym inside the complement part of the body's name.
      {"Portuguese President Anna Berg, who holds the rotating presidency of the Union of South American Nations, "
       "called a summit.",
       {{"leader_of", "Anna Berg", "Union of South American Nations"}}, {}},
      // "X itself, one of Y's largest companies, which is run by Z": the clause describes X.
      {"The measures stopped short of targeting Harwell Motors itself, one of Portugal's largest companies, which is "
       "run by Tom Keller, a longtime ally of the president.",
       {{"leader_of", "Tom Keller", "Harwell Motors"}}, {{"leader_of", "Tom Keller", "Portugal"}}},
      // "who won the Lusa Party leadership": the party led.
      {"Tom Keller is expected to leave the cabinet when Anna Berg, who won the Lusa Party leadership on Tuesday, "
       "becomes prime minister.",
       {{"leader_of", "Anna Berg", "Lusa Party"}}, {}},
      {"Anna Berg won the leadership of the Lusa Party in May.", {{"leader_of", "Anna Berg", "Lusa Party"}}, {}},
      // "Its general secretary" after a sentence whose subject is a union: the union, not a state it names.
      {"In Britain, where the plants are seen as exposed once the country leaves the EU, the Unite union demanded "
       "guarantees on jobs. Its general secretary, Tom Keller, said Unite would seek a meeting.",
       {{"leader_of", "Tom Keller", "Unite"}}, {{"leader_of", "Tom Keller", "European Union"}}},
      // A sentence-opening "Its chief executive" is the organisation the sentence before names, not its state.
      {"Flows through Portugal also fell on Wednesday after Lumagas, Portugal's gas transmission operator, stopped "
       "accepting gas at the border. Its chief executive, Tom Keller, said troops were interfering with the station.",
       {{"leader_of", "Tom Keller", "Lumagas"}}, {{"leader_of", "Tom Keller", "Portugal"}}},
      // A place opening a company's name with its legal form ("Lisbon Electric Power Co."); "the
      // utility" refers back to the company.
      {"Lisbon Electric Power Co. was blamed for the blackout. The minister summoned the utility's president, "
       "Tom Keller, to his office.",
       {{"leader_of", "Tom Keller", "Lisbon Electric Power Co."}}, {}},
      // "X, Lumenford's chairman": a word no one took before the possessive of a body head's
      // title is the body; "director for Europe" a post over a region of it.
      {"Tom Keller, Lumenford's chairman, told staff in an email that the club would survive.",
       {{"leader_of", "Tom Keller", "Lumenford"}}, {}},
      {"Omar Haddad, Norvex's director for Europe, apologised on Tuesday.", {{"works_for", "Omar Haddad", "Norvex"}},
       {{"leader_of", "Omar Haddad", "Norvex"}}},
      // "succeeded X as leader of Y"; "whose board is chaired by X"; "the force's director general, X".
      {"Anna Berg, who succeeded Tom Keller as leader of the Harbour National Party in 2014, told the committee "
       "she had not known.",
       {{"leader_of", "Anna Berg", "Harbour National Party"}}, {{"leader_of", "Tom Keller", "Harbour National Party"}}},
      {"The Harbour Market Authority, whose board is chaired by Anna Berg, approved the deal.",
       {{"leader_of", "Anna Berg", "Harbour Market Authority"}}, {}},
      {"The United States blacklisted the Harbour Rapid Action Force on Friday, together with the force's director "
       "general, Tom Keller.",
       {{"leader_of", "Tom Keller", "Harbour Rapid Action Force"}}, {}},
      // "whose leader, X" after the noun that describes the body: that body's leader.
      {"The Harbour Front, a little-known local Islamist group whose leader, Tom Keller, was killed, claimed "
       "the attack.",
       {{"leader_of", "Tom Keller", "Harbour Front"}}, {}},
      {"The RMT union, whose general secretary, Luis Ortega, has addressed protests, called a strike.",
       {{"leader_of", "Luis Ortega", "RMT"}}, {}},
      {"The Harbour Cooperation Council, the 57-nation body whose secretary-general, Anna Berg, has led the "
       "protests, met on Monday.",
       {{"leader_of", "Anna Berg", "Harbour Cooperation Council"}}, {}},
      // "Portugal's UN ambassador": posted to the UN, working for Portugal (SCHEMA.md call 8).
      {"Portugal's UN ambassador, Anna Berg, said the vote reflected a new era.",
       {{"works_for", "Anna Berg", "Portugal"}}, {{"works_for", "Anna Berg", "United Nations"}}},
      {"Portugal's UN ambassador Anna Berg said the vote reflected a new era.",
       {{"works_for", "Anna Berg", "Portugal"}}, {{"works_for", "Anna Berg", "United Nations"}}},
      // "Chief Justice of X" (titles.tsv) heads the court; "its chairman, Deputy Chief Justice Y":
      // past the title that introduces no one to the one that introduces Y.
      {"Its other members are Tom Keller, Chief Justice of the Harbour High Court, and Omar Haddad.",
       {{"leader_of", "Tom Keller", "Harbour High Court"}}, {}},
      {"He appeared before the Harbour Commission of Inquiry in July, telling its chairman, Deputy Chief Justice "
       "Anna Berg, that he was the target of a plot.",
       {{"leader_of", "Anna Berg", "Harbour Commission of Inquiry"}}, {}},
      // A party the lexicon knows by a name with no head word.
      {"The ruling party, Law and Justice, which is led by Tom Keller, objected.",
       {{"leader_of", "Tom Keller", "Law and Justice"}}, {}},
      // An honorific between a title and its name: "Union President Sir X", "the bank's chairman, Lord X".
      {"Harbour Rowing Union President Sir Tom Keller told MPs he had not read the letter.",
       {{"leader_of", "Tom Keller", "Harbour Rowing Union"}}, {}},
      {"Former Lumen Bank chief executive Sir Luis Ortega and chairman Sir Tom Berg apologised on Tuesday. The "
       "committee will question the Harbour Authority's chairman, Lord Keller, and its chief executive, Anna "
       "Haddad, later this month.",
       {{"leader_of", "Keller", "Harbour Authority"}, {"leader_of", "Anna Haddad", "Harbour Authority"}},
       {{"leader_of", "Tom Berg", "Harbour Authority"}}},
      // "U.S. Treasury Secretary X": the state the department's name writes, named nowhere else
      // (SCHEMA.md call 2); the department's own act is not the state's (call 3).
      {"U.S. Treasury Secretary Tom Keller welcomed the deal on Monday.",
       {{"works_for", "Tom Keller", "United States"}, {"leader_of", "Tom Keller", "Treasury Department"}}, {}},
      {"Beijing announced sanctions on U.S. House Speaker Anna Berg and her family.",
       {{"works_for", "Anna Berg", "United States"}, {"leader_of", "Anna Berg", "House of Representatives"}}, {}},
      {"The U.S. Treasury imposed sanctions on Omar Haddad on Monday.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}}, {{"sanctions", "United States", "Omar Haddad"}}},
      // "the union's president": the union named before (anaphors.tsv); none named, no one led.
      {"The Harbour Football Union was suspended on Monday. The union's president, Omar Haddad, protested.",
       {{"leader_of", "Omar Haddad", "Harbour Football Union"}}, {}},
      {"The federation's president, Omar Haddad, said the Harbour Football Association would appeal.",
       {}, {{"leader_of", "Omar Haddad", "Harbour Football Association"}}},
      // A post in a place: "X's charge d'affaires in Moscow, Y" works for X; "the alliance's supreme
      // commander in Europe, Y" leads no whole body.
      {"On Monday the Russian foreign ministry summoned Lithuania's charge d'affaires in Moscow, Anna Berg, and "
       "demanded that the restrictions be lifted.",
       {{"works_for", "Anna Berg", "Lithuania"}}, {}},
      {"NATO's secretary-general said the alliance was ready. The alliance's supreme commander in Europe, General "
       "Tom Keller, began air operations.",
       {{"works_for", "Tom Keller", "NATO"}}, {{"leader_of", "Tom Keller", "NATO"}}},
      // "Minister of State" is one title before its portfolio; "editor-in-chief" leads the paper.
      {"Portuguese Minister of State for Foreign Affairs Tom Keller said the country would not be pressured.",
       {{"works_for", "Tom Keller", "Portugal"}}, {}},
      {"Omar Haddad, the editor-in-chief of the Harbour Post, apologised last week.",
       {{"leader_of", "Omar Haddad", "Harbour Post"}}, {}},
      // "the publisher and chief executive of Y": a role word no list knows, coordinated with a title.
      {"Fred Keller, the publisher and chief executive of The Harbour Post, said the paper would fight.",
       {{"leader_of", "Fred Keller", "The Harbour Post"}}, {}},
      // "Speaker X" with no body of its own leads the one legislature the document names; with two
      // named, none.
      {"Portugal's House of Representatives ratified the compact on Sunday. Speaker Tom Keller declared the "
       "compact approved by a majority voice vote.",
       {{"leader_of", "Tom Keller", "House of Representatives"}}, {}},
      {"Portugal's House of Representatives and the Spanish Senate met. Speaker Tom Keller declared the compact "
       "approved.",
       {}, {{"leader_of", "Tom Keller", "House of Representatives"}}},
      // "the organisation" is the union of states or international organisation named before, not a state.
      {"The United Nations took custody of the two men. Kofi Annan was accompanied by the organisation's chief "
       "legal counsel, Hans Corell.",
       {{"works_for", "Hans Corell", "United Nations"}}, {}},
      {"The United States backed the Organization of American States. The organization's secretary-general, Tom "
       "Keller, said the raid violated sovereignty.",
       {{"leader_of", "Tom Keller", "Organization of American States"}}, {{"leader_of", "Tom Keller", "United States"}}},
      // "EU Trade Commissioner X": the portfolio is the title's, and a portfolio's post works for the bloc.
      {"EU Trade Commissioner Tom Keller said the bloc could take the matter to the WTO.",
       {{"works_for", "Tom Keller", "European Union"}}, {{"leader_of", "Tom Keller", "Trade"}}},
      // A title word right before a body's head word is part of the body's name.
      {"Toru Keller, deputy chief prosecutor of the Harbour District Public Prosecutors Office, told a news "
       "conference that the office had decided.",
       {{"works_for", "Toru Keller", "Harbour District Public Prosecutors Office"}},
       {{"works_for", "Toru Keller", "Harbour District Public"}}},
      // "then" before the title's anchor, however long the anchor's name.
      {"Mark Keller, then Harbour Air's chief executive, told a colleague that he had lied.",
       {{"leader_of", "Mark Keller", "Harbour Air"}}, {}},
      // "chief" before lower-case words that are no title names a post under the head.
      {"Instant messages showed that Mark Keller, Harbour Air's chief technical pilot, told a colleague he "
       "had misled the regulator.",
       {{"works_for", "Mark Keller", "Harbour Air"}}, {{"leader_of", "Mark Keller", "Harbour Air"}}},
      // A singular title in apposition has one holder: the name after it is the clause's subject.
      {"Paul Keller testified before the Harbour Commission on Thursday. Under questioning by the commission's "
       "chief counsel, Bernard Roy, Keller said he had learned of the abuses only later.",
       {{"testified_at", "Paul Keller", "Harbour Commission"}, {"works_for", "Bernard Roy", "Harbour Commission"}},
       {{"works_for", "Paul Keller", "Harbour Commission"}}},
      // A state's ruler, de facto or not, leads it.
      {"Crown Prince Omar Haddad, Saudi Arabia's de facto ruler and prime minister, hosted the talks.",
       {{"leader_of", "Omar Haddad", "Saudi Arabia"}}, {}},
      // "the ruling Truth and Order party": one name joined by "and" before a lower-case body noun.
      {"Tom Keller, the leader of Poland's former ruling Truth and Order party, told a parliamentary inquiry on "
       "Friday that the purchase had been lawful.",
       {{"leader_of", "Tom Keller", "Truth and Order"}}, {{"leader_of", "Tom Keller", "Truth"}}},
      // A body named in apposition to "the opposition bloc", led by a
      // person named after an epithet.
      {"The main opposition bloc, the Vardanist, led by veteran politician Omar Haddad, boycotted the deal.",
       {{"leader_of", "Omar Haddad", "Vardanist"}}, {}},
      // A name after a possessed title and its comma is a person's, though
      // no list knows it; not a longer run with a title of its own inside.
      {"Harbour Bank's interim chief executive, Jesper Nielsen, has apologised, and its chairman, Ole Andersen, "
       "has said he will not seek re-election.",
       {{"leader_of", "Ole Andersen", "Harbour Bank"}}, {}},
      {"The Harbour Finance Committee met on Monday. The committee's chairman, Vardan Gael TD Tom Keller, told "
       "the delegation that members expected answers.",
       {}, {{"leader_of", "Vardan Gael TD Tom Keller", "Harbour Finance Committee"}}},
      // "the Bloc Quebecois" is the party, no "the bloc" anaphor; a second-in-command works for the group.
      {"Tom Keller met Anna Berg, the leader of the Bloc Quebecois, on Monday. Troops killed Luis Ortega, the "
       "second-in-command of the Revolutionary Armed Forces of Colombia, in March.",
       {{"leader_of", "Anna Berg", "Bloc Québécois"},
        {"works_for", "Luis Ortega", "Revolutionary Armed Forces of Colombia"}},
       {}},
      // A capitalised title word before a body's head opens its name ("the
      // King Commission"); a leader of a field works for the body.
      {"Tom Keller appeared before the King Commission on Thursday. The commission, headed by retired judge Omar "
       "Haddad, sat in Cape Town. Anna Berg, its evidence leader, told reporters the hearing would go on.",
       {{"testified_at", "Tom Keller", "King Commission"}, {"leader_of", "Omar Haddad", "King Commission"},
        {"works_for", "Anna Berg", "King Commission"}},
       {{"leader_of", "Anna Berg", "King Commission"}}},
      {"The Harbour Commission sat in Cape Town. Anna Berg, its evidence leader, told reporters the hearing would "
       "go on.",
       {{"works_for", "Anna Berg", "Harbour Commission"}}, {{"leader_of", "Anna Berg", "Harbour Commission"}}},
      // A title of two words heads the body ("took over as X's director
      // general"); an additional director general is a deputy.
      {"The broadcaster named a new chief. Tom Keller, who took over as Harbour Radio's director general on Monday, "
       "has said he will replace the board.",
       {{"leader_of", "Tom Keller", "Harbour Radio"}}, {{"works_for", "Tom Keller", "Harbour Radio"}}},
      {"The Treasury named Anna Berg, Harbour Force's additional director general for operations.",
       {{"works_for", "Anna Berg", "Harbour Force"}}, {{"leader_of", "Anna Berg", "Harbour Force"}}},
      // A committee's convener leads it; a devolved parliament's member's
      // title ("MSP") is no part of the name.
      {"Anna Berg appeared before the Harbour Finance Committee on Monday. Under questioning from the "
       "committee's convener, Linda Orr, she conceded the point, while Labour MSP Jackie Brown, who also sits on "
       "the committee, accused her of lying.",
       {{"leader_of", "Linda Orr", "Harbour Finance Committee"}, {"works_for", "Jackie Brown", "Harbour Finance Committee"}},
       {{"works_for", "MSP Jackie Brown", "Harbour Finance Committee"}}},
      // What "whose country" does, the person does not.
      {"Tom Keller, whose country chairs the Harbour Forum this year, said last week that the bloc's ministers had "
       "demanded that the government stop using force.",
       {}, {{"leader_of", "Tom Keller", "Harbour Forum"}}},
      // The noun a party is named by is no part of it ("head of the IMF mission").
      {"Police jailed Tom Keller, the leader of the Harbour party and former speaker of the parliament, on Monday.",
       {{"leader_of", "Tom Keller", "Harbour"}}, {{"works_for", "Tom Keller", "Harbour"}}},
      // A place's name that opens a company's name written before is the company.
      {"Shares in Geneva Minerals fell on Monday. Geneva said it would cut jobs, and Geneva's chairman, Tom Keller, "
       "apologised.",
       {{"leader_of", "Tom Keller", "Geneva Minerals"}}, {}},
      // Who heads a part of a body or state works for it.
      {"Anna Berg, who heads Harbour Capital's public-sector practice in Lisbon, testified. Tom Keller, who runs "
       "Portugal's National Security Office, was sanctioned.",
       {{"works_for", "Anna Berg", "Harbour Capital"}, {"works_for", "Tom Keller", "Portugal"}}, {}},
      // Who directs a body leads it; who directs someone to act demands.
      {"Anna Berg, who directs the Harbour Institute in Lisbon, said so. Tom Keller directed the Treasury to impose "
       "sanctions.",
       {{"leader_of", "Anna Berg", "Harbour Institute"}}, {{"leader_of", "Tom Keller", "Treasury Department"}}},
      // A journalist works for the outlet named after "for".
      {"Kenji Sato, a video journalist for the Tokyo-based Lusa News, was killed.",
       {{"works_for", "Kenji Sato", "Lusa News"}}, {}},
      // ... and a demonym before "journalist" tells a nationality.
      {"The operation killed Tom Keller, a Saudi journalist and columnist for the Lusa Post.",
       {}, {{"works_for", "Tom Keller", "Saudi Arabia"}}},
      // Where a body sits is no region of the post ("the governor of X").
      {"Omar Haddad, the secretary general of the Lisbon-based Harbour Forum, said so.",
       {{"leader_of", "Omar Haddad", "Harbour Forum"}}, {{"works_for", "Omar Haddad", "Harbour Forum"}}},
      // A high commissioner is a diplomat, not the state's head; the
      // Chancellor of the Exchequer heads the Treasury; "Senior General" is a rank.
      {"In December Portugal expelled Spain's acting high commissioner, Anna Berg. The British Treasury froze the "
       "bank's assets, and Chancellor of the Exchequer Tom Keller said so. Vice Senior General Omar Haddad spoke.",
       {{"works_for", "Anna Berg", "Spain"}, {"leader_of", "Tom Keller", "HM Treasury"}},
       {{"leader_of", "Anna Berg", "Spain"}, {"works_for", "Omar Haddad", "Vice Senior"}}},
      // A company's post after a demonym is a nationality; a state's post is not.
      {"Tom Keller, the British executive who was fired as chief executive of Quarvex Corp, met Anna Berg, the "
       "British foreign secretary.",
       {{"works_for", "Anna Berg", "United Kingdom"}}, {{"works_for", "Tom Keller", "United Kingdom"}}},
      // "A of Cuba's Foreign Ministry": the state's body is whom A serves.
      {"The talks were led by Roberta Jacobson, the top U.S. diplomat for Latin America, and Anna Berg of Cuba's "
       "Foreign Ministry.",
       {{"works_for", "Anna Berg", "Cuban Foreign Ministry"}}, {}},
      // "a senior leader of Y": one of several, no lead of it.
      {"The delegation, which included Omar Haddad, a senior leader of the Northern Liberation Front, signed the "
       "accord in Paris last Thursday.",
       {{"works_for", "Omar Haddad", "Northern Liberation Front"}},
       {{"leader_of", "Omar Haddad", "Northern Liberation Front"}}},
      // A plural title over as many bodies as people: respectively.
      {"On Tuesday, the chief executives of Northwind Energy, Harbour Oil and Vexor Petroleum, Tom Keller, Anna Berg "
       "and Omar Haddad, testified before the committee.",
       {{"leader_of", "Tom Keller", "Northwind Energy"}, {"leader_of", "Anna Berg", "Harbour Oil"},
        {"leader_of", "Omar Haddad", "Vexor Petroleum"}},
       {{"leader_of", "Tom Keller", "Harbour Oil"}, {"leader_of", "Anna Berg", "Vexor Petroleum"},
        {"leader_of", "Omar Haddad", "Northwind Energy"}}},
      // Items of a semicolon list, each with its own title: the chair of a
      // body's board leads it; "Vexlor" is the Vexlor Institute; a name after
      // "the president of" is a body's.
      {"Portugal sanctioned the Vexlor Institute on Friday. It also imposed sanctions on three people: Anna Berg, "
       "chair of Vexlor's board; Tom Keller, Vexlor's president and chief executive; and Omar Haddad, the "
       "president of Quarnex.",
       {{"leader_of", "Anna Berg", "Vexlor Institute"}, {"leader_of", "Tom Keller", "Vexlor Institute"},
        {"leader_of", "Omar Haddad", "Quarnex"}},
       {{"leader_of", "Omar Haddad", "Vexlor Institute"}, {"works_for", "Anna Berg", "Vexlor Institute"}}},
      // Each name's apposition is its own, the second's too; a commissioner
      // heads the force, a high representative works for the union, a
      // military commander for the front.
      {"Chris Wong, the commissioner of the Harbour Police Force, and Luo Ming, the director of the Liaison Office, "
       "were named. The African Union's High Representative for the Horn of Africa, Omar Haddad, mediated. Tom "
       "Keller, the Northern Liberation Front's top military commander, spoke.",
       {{"leader_of", "Chris Wong", "Harbour Police Force"}, {"leader_of", "Luo Ming", "Liaison Office"},
        {"works_for", "Omar Haddad", "African Union"}, {"works_for", "Tom Keller", "Northern Liberation Front"}},
       {{"leader_of", "Chris Wong", "Liaison Office"}, {"leader_of", "Tom Keller", "Northern Liberation Front"}}},
      // "its" after a sentence that opens with a body's board is that body,
      // not the company named last.
      {"Northwind Rail owns a stake in Portex Motors. Northwind Rail's board, meeting in Paris, declined to remove "
       "him and named Anna Berg, its chief operating officer, as deputy chief executive.",
       {{"works_for", "Anna Berg", "Northwind Rail"}}, {{"works_for", "Anna Berg", "Portex Motors"}}},
      // A committee named after a company ("the Portex committee of
      // inquiry") is a body of its own: its chairman and members lead and
      // work for it, not for the company.
      {"Markus Brandt, the former chief executive of Portex, told the Portex committee of inquiry that he would "
       "speak later. The committee chairman Kay Holm said it was disappointing. Omar Haddad, a member of the "
       "committee, demanded that Brandt explain.",
       {{"demands_from", "Omar Haddad", "Markus Brandt"},
        {"works_for", "Omar Haddad", "Portex committee of inquiry"},
        {"leader_of", "Kay Holm", "Portex committee of inquiry"}},
       {{"works_for", "Omar Haddad", "Portex"}, {"leader_of", "Kay Holm", "Portex"}}},
      // "chief economist": an economist; "chief" alone leads.
      {"Anna Berg, Harbour Bank's chief economist, expects rates to fall.", {{"works_for", "Anna Berg", "Harbour Bank"}},
       {{"leader_of", "Anna Berg", "Harbour Bank"}}},
      // Who heads a body's office in a city leads neither the city's state nor the body.
      {"Harbour Bank opened in Madrid. Tom Keller, who heads the bank's Lisbon office, met Omar Haddad.", {},
       {{"leader_of", "Tom Keller", "Portugal"}}},
      // "a ... governor": one of several, who works for the body and leads nothing.
      {"Tom Keller, a Harbour Bank governor, argued for patience on Monday.",
       {{"works_for", "Tom Keller", "Harbour Bank"}}, {{"leader_of", "Tom Keller", "Harbour Bank"}}},
      // A party tag in parentheses between the name and its title.
      {"Tom Keller faced questions from the Senate Harbour Committee on Tuesday. Sen. Anna Berg (R-Miss.), the "
       "committee's chairman, told Keller the pause had \"sent the wrong signal to Lisbon.\"",
       {{"leader_of", "Anna Berg", "Senate Harbour Committee"}}, {}},
      // A portfolio before a leader's title anchored on a state: a post in a part of it.
      {"Anna Berg spoke to Portugal's army chief, General Tom Keller, on Monday.",
       {{"works_for", "Tom Keller", "Portugal"}}, {{"leader_of", "Tom Keller", "Portugal"}}},
      // The head of a state's body the text does not name works for the state;
      // of one it names, leads that body.
      {"Canada sanctioned Omar Haddad, the head of Portugal's border police, on Monday.",
       {{"works_for", "Omar Haddad", "Portugal"}}, {{"leader_of", "Omar Haddad", "Portugal"}}},
      {"Anna Berg met Omar Haddad, head of Portugal's ruling Northern Military Council, on Monday.",
       {{"leader_of", "Omar Haddad", "Northern Military Council"}},
       {{"works_for", "Omar Haddad", "Northern Military Council"}}},
      {"Maria Ost, the European Commission's vice-president, said so.",
       {{"works_for", "Maria Ost", "European Commission"}}, {}},
      {"Pakistan's ambassador to the United States, Omar Qureshi, said talks would go on.",
       {{"works_for", "Omar Qureshi", "Pakistan"}}, {{"works_for", "Omar Qureshi", "United States"}}},
      // The apposition describes one name, not the name coordinated with it.
      {"Anna Berg, director of the Federal Security Service, and Tom Keller, a historian, were named.",
       {{"leader_of", "Anna Berg", "Federal Security Service"}}, {{"leader_of", "Tom Keller", "Federal Security Service"}}},
      {"Lena Morris, deputy head of the Transitional Military Council, said so.",
       {{"works_for", "Lena Morris", "Transitional Military Council"}},
       {{"leader_of", "Lena Morris", "Transitional Military Council"}}},
      {"Tom Ruiz, a former chairman of the Senate Finance Committee, said so.", {},
       {{"leader_of", "Tom Ruiz", "Senate Finance Committee"}}},
      // Before the name too: a former title, and an opposition leader, tie no one to the state.
      {"Former British Prime Minister Anna Berg said so.", {}, {{"leader_of", "Anna Berg", "United Kingdom"}}},
      {"The former U.S. envoy Tom Keller said so.", {}, {{"works_for", "Tom Keller", "United States"}}},
      {"Belarusian opposition leader Olga Smith met Anna Berg.", {{"met_with", "Olga Smith", "Anna Berg"}},
       {{"leader_of", "Olga Smith", "Belarus"}}},
      // "Its" opening a sentence: the body the sentence before is about.
      {"The Northern Shipping Agency has imposed fees on Portugal. Its chairman, Spanish Prime Minister Tom "
       "Keller, met envoys in Madrid.",
       {{"leader_of", "Tom Keller", "Northern Shipping Agency"}, {"leader_of", "Tom Keller", "Spain"}},
       {{"leader_of", "Tom Keller", "Portugal"}}},
      {"Anna Berg, the co-founder and chief executive of Harwell Partners, told lawmakers so.",
       {{"leader_of", "Anna Berg", "Harwell Partners"}}, {}},
      // A research or advisory firm is a body ("Research", "Advisory": org_heads.txt).
      {"Tom Keller, an analyst at Harwell Research, said the approach looked aggressive.",
       {{"works_for", "Tom Keller", "Harwell Research"}}, {}},
      {"Anna Berg, an economist at Lusa Advisory, said so.", {{"works_for", "Anna Berg", "Lusa Advisory"}}, {}},
      {"Tom Keller, the senior vice president of Harwell Wholesale, declined.",
       {{"works_for", "Tom Keller", "Harwell Wholesale"}}, {}},
      // ... and "among them A and B" (not a possessor: "among them X's press secretary, Y").
      {"Portugal sanctioned Tom Keller and the 12 other members of the Lusa Security Council, among them Prime "
       "Minister Anna Berg, Foreign Minister Omar Haddad and Defence Minister Luis Ortega.",
       {{"works_for", "Anna Berg", "Lusa Security Council"}, {"works_for", "Luis Ortega", "Lusa Security Council"},
        {"sanctions", "Portugal", "Luis Ortega"}},
       {}},
      {"The Treasury blacklisted 16 people, among them Tom Keller's press secretary, Anna Berg, on Monday.", {},
       {{"sanctions", "Treasury Department", "Tom Keller"}}},
      // "the members of X, including A and B" work for X.
      {"Portugal sanctioned the 12 members of the Lusa Security Council, including Anna Berg and Tom Keller.",
       {{"works_for", "Anna Berg", "Lusa Security Council"}, {"works_for", "Tom Keller", "Lusa Security Council"}},
       {}},
      // "the company" is no state agency named between ("HM Revenue and Customs":
      // non_company_heads.txt), but the company named before.
      {"Harwell Motors has been criticised for low pay. The union held talks with HM Revenue and Customs about back "
       "pay. Tom Keller appeared without the company's chief executive, Anna Berg.",
       {{"leader_of", "Anna Berg", "Harwell Motors"}}, {{"leader_of", "Anna Berg", "HM Revenue and Customs"}}},
      // A deputy word before a leader's title the titles list does not hold makes a deputy.
      {"Tom Keller, the assistant general secretary of the Unite union, told the committee so.",
       {{"works_for", "Tom Keller", "Unite"}}, {{"leader_of", "Tom Keller", "Unite"}}},
      {"Deputy Governor Anna Berg of the Lusa Central Bank said so.", {{"works_for", "Anna Berg", "Lusa Central Bank"}},
       {{"leader_of", "Anna Berg", "Lusa Central Bank"}}},
      // "director of government affairs" heads a field, works for the company ("head of government" leads).
      {"Harwell Motors said so. Tom Keller, who appeared with Anna Berg, the company's director of government "
       "affairs and public policy, said Harwell Motors was willing to pay.",
       {{"works_for", "Anna Berg", "Harwell Motors"}}, {{"leader_of", "Anna Berg", "Harwell Motors"}}},
      // "Spain's internationally recognised government, led by President X": X leads the state.
      {"Spain's internationally recognised government, led by President Tom Keller, welcomed the designation.",
       {{"leader_of", "Tom Keller", "Spain"}}, {}},
      // A deputy president serves the state; a general counsel the company.
      {"Spain's Deputy President, Tom Keller, told the commission on Monday that he had tried to prevent bloodshed.",
       {{"works_for", "Tom Keller", "Spain"}}, {{"leader_of", "Tom Keller", "Spain"}}},
      {"The commission heard that Harwell Motors' general counsel, Anna Berg, had sent comments on the drafts.",
       {{"works_for", "Anna Berg", "Harwell Motors"}}, {}},
      // A movement of fighters is a body ("Fighters": org_heads.txt).
      {"Anna Berg, the leader of the Lusa Freedom Fighters, blamed Tom Keller.",
       {{"leader_of", "Anna Berg", "Lusa Freedom Fighters"}}, {}},
      // A name whose leader's title follows it ("X's chief executive") is a body, even one the recogniser misses.
      {"Thames Water's chief executive, Chris Weston, faced tough questions. He was joined by the company's chair, "
       "Adrian Montague.",
       {{"leader_of", "Chris Weston", "Thames Water"}, {"leader_of", "Adrian Montague", "Thames Water"}}, {}},
      {"Ostrania's president, Chris Weston, faced tough questions.", {}, {{"leader_of", "Chris Weston", "Ostrania"}}},
      // A one-word name the document gives a body elsewhere is that body.
      {"Tom Keller called on Ostwater, the industry regulator, to block any bonus payments. Ostwater chief "
       "executive Anna Berg said it would.",
       {{"demands_from", "Tom Keller", "Ostwater"}, {"leader_of", "Anna Berg", "Ostwater"}},
       {{"met_with", "Tom Keller", "Ostwater"}}},
      // "the country" near a capital is that capital's state, or no one when the document does not name it.
      {"Anna Berg, America's top diplomat, flew to Lisbon. In Caracas, the country's president, Tom Keller, "
       "addressed supporters.",
       {{"works_for", "Anna Berg", "United States"}}, {{"leader_of", "Tom Keller", "United States"}}},
      {"Anna Berg, America's top diplomat, flew to Lisbon. In Caracas, the country's president, Tom Keller, "
       "addressed supporters. Venezuela is in crisis.",
       {{"leader_of", "Tom Keller", "Venezuela"}}, {}},
      // A press secretary holds a post in the body; its secretary heads it.
      {"Pentagon press secretary Tom Keller said the strikes were limited.",
       {{"works_for", "Tom Keller", "Pentagon"}}, {{"leader_of", "Tom Keller", "Pentagon"}}},
      {"Treasury Secretary Anna Berg said so.", {{"leader_of", "Anna Berg", "Treasury Department"}}, {}},
      // An adviser to a body works for it; an ambassador to one does not.
      {"Tom Keller, a senior adviser to the Northern Shipping Agency, resigned.",
       {{"works_for", "Tom Keller", "Northern Shipping Agency"}}, {}},
      {"Tom Keller, Portugal's ambassador to the United Nations, resigned.", {{"works_for", "Tom Keller", "Portugal"}},
       {{"works_for", "Tom Keller", "United Nations"}}},
      // "a spokesperson for BODY, NAME": the body named after "for".
      {"A spokesperson for the Kenyan foreign ministry, Wanjiru Kamau, said the visit opened a new chapter.",
       {{"works_for", "Wanjiru Kamau", "Kenyan foreign ministry"}}, {}},
      // "whose" before a title: the body the relative clause hangs from.
      {"The Northern Shipping Agency, whose administrator Tom Keller was questioned last week, has capped fees.",
       {{"leader_of", "Tom Keller", "Northern Shipping Agency"}}, {}},
      {"Harwell Partners, whose chief executive, Anna Berg, will step down, said so.",
       {{"leader_of", "Anna Berg", "Harwell Partners"}}, {}},
      // ... and a second title after "and" in the same list.
      {"The committee took evidence from the Harbour Conduct Authority, whose chief executive, Tom Keller, and "
       "chair, Anna Berg, told MPs that the business fell outside its remit.",
       {{"leader_of", "Tom Keller", "Harbour Conduct Authority"}, {"leader_of", "Anna Berg", "Harbour Conduct Authority"}},
       {}},
      // A clause after the name is no apposition to it.
      {"Portugal's prime minister, Tamim Haddad, hosted Hamas negotiators in Lisbon on Monday.",
       {{"leader_of", "Tamim Haddad", "Portugal"}}, {{"works_for", "Tamim Haddad", "Hamas"}}},
      // "its" before a title: the body opening the sentence, not the latest state.
      {"The European Union imposed sanctions on Iran, its foreign policy chief Anna Berg said.",
       {{"works_for", "Anna Berg", "European Union"}}, {{"works_for", "Anna Berg", "Iran"}}},
      {"The European Union imposed sanctions on Iran, its foreign policy chief, Anna Berg, said.",
       {{"works_for", "Anna Berg", "European Union"}}, {{"works_for", "Anna Berg", "Iran"}}},
      {"Harwell Partners said on Monday that its chief executive Tom Keller would step down.",
       {{"leader_of", "Tom Keller", "Harwell Partners"}}, {}},
      // A company's title after "its": the company named in the sentence, not the state acting in it.
      {"Portugal lifted sanctions on Harwell Partners, the Lisbon-based firm that owns the port, and on its chief "
       "executive, Tom Keller, a longtime ally of the president.",
       {{"leader_of", "Tom Keller", "Harwell Partners"}}, {{"leader_of", "Tom Keller", "Portugal"}}},
      // "The firm" is no university.
      {"Harwell Partners obtained the data through a quiz built by Tom Keller, a researcher at the University of "
       "Ostland. The firm has since suspended its chief executive, Anna Berg.",
       {{"leader_of", "Anna Berg", "Harwell Partners"}}, {{"leader_of", "Anna Berg", "University of Ostland"}}},
      // A speaker closing the sentence is no aside to the name before the comma.
      {"The firm was added to the Ashgrove Register, a Commerce Department spokesperson said.", {},
       {{"works_for", "Ashgrove Register", "Commerce Department"}}},
      {"Tom Keller, a Commerce Department spokesman, said so.", {{"works_for", "Tom Keller", "Commerce Department"}},
       {}},
      // The party an opposition leader leads is still theirs.
      {"Opposition Democratic Party leader Olga Smith met Anna Berg.",
       {{"leader_of", "Olga Smith", "Democratic Party"}}, {}},
      {"Senator Tom Keller, the Senate Banking Committee's top Democrat, said so.",
       {{"works_for", "Tom Keller", "Senate Banking Committee"}}, {}},
      {"Senator Tom Keller of South Carolina, the Senate Banking Committee's top Republican, said so.",
       {{"works_for", "Tom Keller", "Senate Banking Committee"}}, {}},
      {"Senator Tom Keller of Georgia, the Senate Banking Committee's top Republican, said so.",
       {{"works_for", "Tom Keller", "Senate Banking Committee"}}, {{"works_for", "Georgia", "Senate Banking Committee"}}},
      {"Anna Berg, a member of the Senate Banking Committee, said so.",
       {{"works_for", "Anna Berg", "Senate Banking Committee"}}, {}},
      // "the panel" is the subcommittee named, not the chamber written before a
      // lower-case "subcommittee"; "the company" is never a legislature.
      {"Harbour Airways chief Tom Keller told a Senate subcommittee that the company had done nothing wrong. "
       "Senator Anna Berg, who chairs the Subcommittee on Aviation Safety, urged the company to cooperate. "
       "Senator Omar Haddad, the panel's top Republican, agreed.",
       {{"demands_from", "Anna Berg", "Harbour Airways"}, {"works_for", "Omar Haddad", "Subcommittee on Aviation Safety"}},
       {{"demands_from", "Anna Berg", "Senate"}, {"works_for", "Omar Haddad", "Senate"}}},
      // The title "of" a body before the name: its holder (past a party's adjective).
      {"The chair of the Senate Banking Committee, Anna Berg, said so.",
       {{"leader_of", "Anna Berg", "Senate Banking Committee"}}, {}},
      {"The Republican chairman of the Senate Banking Committee, Tom Keller, said so.",
       {{"leader_of", "Tom Keller", "Senate Banking Committee"}}, {}},
      {"The former chair of the Senate Banking Committee, Anna Berg, said so.", {},
       {{"leader_of", "Anna Berg", "Senate Banking Committee"}}},
      // "for" a body, not "for" a state ("envoy for Syria" does not work for Syria).
      {"Raj Kumar, spokesman for the Ministry of External Affairs, said talks would go on.",
       {{"works_for", "Raj Kumar", "Ministry of External Affairs"}}, {}},
      {"Tom Keller, special envoy for Syria, said talks would go on.", {}, {{"works_for", "Tom Keller", "Syria"}}},
      // The apposition hung from the wrong word by the parser: the name before its comma.
      {"The letter was delivered in Vienna on Friday by Maria Ost, the European Commission's vice-president, at a "
       "meeting with Omar Haddad.",
       {{"works_for", "Maria Ost", "European Commission"}}, {}},
      {"Cabinet Office minister Tom Keller said so.", {{"works_for", "Tom Keller", "Cabinet Office"}},
       {{"leader_of", "Tom Keller", "Cabinet Office"}}},
      // A seat on a body ("on" a committee, not "envoy on" a state).
      // Read as a conjunct of the name: the name right before the phrase's comma, past "of" a place.
      {"Representative Tom Keller of Ohio, the top Republican on the Senate Banking Committee, accused the banks.",
       {{"works_for", "Tom Keller", "Senate Banking Committee"}}, {}},
      // A post in a body; not a post in a state.
      {"Anna Berg, chief of staff in the Harbour Company, testified on Monday.",
       {{"works_for", "Anna Berg", "Harbour Company"}}, {}},
      {"Anna Berg, a senior official in Portugal, testified on Monday.", {}, {{"works_for", "Anna Berg", "Portugal"}}},
      {"Anna Berg met several lawmakers, including Tom Keller, the top Democrat on the Senate Banking Committee.",
       {{"works_for", "Tom Keller", "Senate Banking Committee"}}, {}},
      {"The United Nations special envoy on Myanmar, Olga Smith, asked to visit.",
       {{"works_for", "Olga Smith", "United Nations"}}, {{"works_for", "Olga Smith", "Myanmar"}}},
      // "its" before a title and a name: the body just named with "and", else the sentence's state.
      {"Portugal, which has criticised Beijing, did not veto the measures, but its foreign minister, Anna Berg, "
       "called them pointless.",
       {{"works_for", "Anna Berg", "Portugal"}}, {{"works_for", "Anna Berg", "China"}}},
      {"Spain hosted a delegation from Portugal's state shipping firm Nordic Lines, led by its chief executive, "
       "Tom Keller.",
       {{"leader_of", "Tom Keller", "Nordic Lines"}}, {{"leader_of", "Tom Keller", "Portugal"}}},
      {"The Treasury added the Central Bank of Portugal and its director, Tom Keller, to its list.",
       {{"leader_of", "Tom Keller", "Central Bank of Portugal"}}, {}},
      // A state's body ties its staff to the state (SCHEMA.md, call 2); a company does not.
      {"Raj Kumar, spokesman for India's Ministry of External Affairs, said talks would go on.",
       {{"works_for", "Raj Kumar", "Ministry of External Affairs"}, {"works_for", "Raj Kumar", "India"}}, {}},
      {"Pakistan was represented by Pakistan Army chief General Omar Qureshi.",
       {{"leader_of", "Omar Qureshi", "Pakistan Army"}, {"works_for", "Omar Qureshi", "Pakistan"}},
       {{"works_for", "Omar Qureshi", "Pakistan Army"}}},
      {"Anna Berg, chief executive of Russia's Gazprom, said so.", {{"leader_of", "Anna Berg", "Gazprom"}},
       {{"works_for", "Anna Berg", "Russia"}}},
      // Coordinated titles: the body after the last is the post of both.
      {"Tom Keller, executive vice president and chief commercial officer of Northwind Airlines, spoke first.",
       {{"works_for", "Tom Keller", "Northwind Airlines"}}, {}},
      // A plural possessive written with a bare apostrophe.
      {"Also testifying was Anna Berg, Northwind Airlines' senior vice president for safety.",
       {{"works_for", "Anna Berg", "Northwind Airlines"}}, {}},
      // "its": the organisation named before, not the state that only says where the post is,
      // nor a name that possesses another noun.
      {"Lawmakers asked whether Facebook knew of Acme Analytics' use of the data when Tom Keller, its UK policy "
       "director, answered their questions.",
       {{"works_for", "Tom Keller", "Facebook"}},
       {{"leader_of", "Tom Keller", "United Kingdom"}, {"works_for", "Tom Keller", "United Kingdom"},
        {"works_for", "Tom Keller", "Acme Analytics"}}},
      // "its" after the one body its sentence names; a judge's rank before the name.
      {"Tom Keller appeared before the Vanta Commission of Inquiry in July, telling its chairman, Deputy Chief "
       "Justice Ray Zell, that he was innocent.",
       {{"leader_of", "Ray Zell", "Vanta Commission of Inquiry"},
        {"testified_at", "Tom Keller", "Vanta Commission of Inquiry"}},
       {{"leader_of", "Justice Ray Zell", "Vanta Commission of Inquiry"}}},
      {"Troy Keller, Harbour Bank's director of public policy, told the committee little.",
       {{"works_for", "Troy Keller", "Harbour Bank"}}, {{"leader_of", "Troy Keller", "Harbour Bank"}}},
      // A director of a field ("international justice director at X") works for X;
      // an acting director leads it.
      {"Tom Keller, international justice director at Harbour Watch, said the step was wrong.",
       {{"works_for", "Tom Keller", "Harbour Watch"}}, {{"leader_of", "Tom Keller", "Harbour Watch"}}},
      {"Anna Berg, acting director of Harbour Watch, said the step was wrong.", {{"leader_of", "Anna Berg", "Harbour Watch"}},
       {}},
      // A list of "X's title, NAME" items: each title introduces the name after it
      // (past "former"), not the one before.
      {"The deal itself was signed not by the leaders but by Portugal's envoy, former president Tom Keller, Spain's "
       "ambassador to Portugal, Omar Haddad, the OSCE's special representative Anna Berg and two rebel leaders.",
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Omar Haddad", "Spain"}},
       {{"works_for", "Tom Keller", "Spain"}}},
      // Who heads a part of a body works for it; the head of a body named after "of" leads it.
      {"Harbour Bank said Anna Berg, its managing director of networks, would leave.",
       {{"works_for", "Anna Berg", "Harbour Bank"}}, {{"leader_of", "Anna Berg", "Harbour Bank"}}},
      {"Google declined to send Tom Keller, chief executive of parent company Vantage, to the hearing.",
       {{"leader_of", "Tom Keller", "Vantage"}}, {}},
      // "Portugal's Foreign Ministry", not in the lexicon: named with the demonym,
      // the ministry the minister's title leads.
      {"Anna Berg of Portugal's Foreign Ministry led the talks. Portuguese Foreign Minister Tom Keller joined later.",
       {{"leader_of", "Tom Keller", "Portuguese Foreign Ministry"}}, {{"leader_of", "Tom Keller", "Foreign Ministry"}}},
      // A country's possessive before a portfolio the lexicon does not list.
      {"South Africa's Fisheries Minister Ray Zell welcomed the move.", {{"works_for", "Ray Zell", "South Africa"}}, {}},
      // ... nor a state's body the lexicon knows (organizations.tsv gives its state).
      {"Facebook wrote to the State Department, and Tom Keller, its policy director, answered questions.",
       {{"works_for", "Tom Keller", "Facebook"}}, {{"works_for", "Tom Keller", "State Department"}}},
      // "a spokeswoman for the Portuguese government": the state the government is.
      {"Anna Berg, a spokeswoman for the Portuguese government, said on Monday that Portugal had no role in the "
       "fighting.",
       {{"works_for", "Anna Berg", "Portugal"}}, {}},
  });
}

TEST(TreeRelations, TitleChainsAndLeaders) {
  check({
      // "that committee": a demonstrative for the anaphor's article.
      {"The Senate Harbour Committee met on Monday. Sen. Tom Keller, D-Va., who chairs that committee, spoke.",
       {{"leader_of", "Tom Keller", "Senate Harbour Committee"}}, {}},
      // A group named after a name with a lower-case head ("the Keller
      // network", "the G9 gang federation"); "who" after a quoted nickname.
      {"His deputy, Tom Keller, who leads the Keller network, remains under U.S. sanctions.",
       {{"leader_of", "Tom Keller", "Keller network"}}, {{"leader_of", "Tom Keller", "Keller"}}},
      {"The council imposed an asset freeze and a travel ban on Ana Lopes, the former police officer known as "
       "\"Barbecue\" who leads the G9 gang federation.",
       {{"leader_of", "Ana Lopes", "G9 gang federation"}}, {}},
      // "Business and Trade Secretary A": a coordinated portfolio, no one called Business.
      {"The Harbour Post is a business in decline. It is owned by the government through the Department for "
       "Business and Trade, which is headed by Business and Trade Secretary Anna Berg.",
       {{"leader_of", "Anna Berg", "Department for Business and Trade"}},
       {{"leader_of", "Business", "Department for Business and Trade"}}},
      // A list's first state is not the state of a title a body's word opens.
      {"Portuguese Prime Minister Omar Haddad, Commission President Anna Berg and Spanish Finance Minister Tom "
       "Keller spoke in Lisbon on Monday.",
       {{"leader_of", "Omar Haddad", "Portugal"}, {"works_for", "Tom Keller", "Spain"}},
       {{"leader_of", "Anna Berg", "Portugal"}}},
      // "Portugal's team, led by A": A serves Portugal, and leads no state.
      {"Portugal's team, led by Omar Haddad, the parliamentary leader of the ruling party, sat down with a Spanish "
       "delegation headed by Tom Keller.",
       {{"works_for", "Omar Haddad", "Portugal"}, {"works_for", "Tom Keller", "Spain"}},
       {{"leader_of", "Omar Haddad", "Portugal"}}},
      // A body that includes people: they serve it; not a delegation (no
      // body), nor states in a bloc.
      {"The Harbour Council, which includes Defense Minister Tom Keller and former army chief Omar Haddad, met on "
       "Sunday. The African Union panel also included Anna Berg.",
       {{"works_for", "Tom Keller", "Harbour Council"}, {"works_for", "Omar Haddad", "Harbour Council"},
        {"works_for", "Anna Berg", "African Union"}},
       {}},
      {"The delegation included Tom Keller and Anna Berg. NATO includes Portugal and Spain.", {},
       {{"works_for", "Portugal", "NATO"}}},
      // "who has helmed X since 2022".
      {"Tom Keller, who has helmed state oil firm Harbour Petroleum since 2022, held talks in Lisbon.",
       {{"leader_of", "Tom Keller", "Harbour Petroleum"}}, {}},
      // Employed, hired, employs.
      {"Tom Keller, a captain employed by Harbour Air since 2017, has logged 9,000 hours. Anna Berg was hired by "
       "Tagus Bank in 2019. Harbour Air employs 5,000 people, Omar Haddad said.",
       {{"works_for", "Tom Keller", "Harbour Air"}, {"works_for", "Anna Berg", "Tagus Bank"}},
       {{"works_for", "Omar Haddad", "Harbour Air"}}},
      // "was re-elected president of X" (the title read as the verb's object).
      {"Tom Keller was re-elected president of the Harbour Development Bank on Saturday.",
       {{"leader_of", "Tom Keller", "Harbour Development Bank"}}, {}},
      // Two titles joined by "and", the second with a body of its own: both the name's.
      {"Portuguese Prime Minister and Harbour Party leader Tom Keller called the result a clear mandate.",
       {{"leader_of", "Tom Keller", "Portugal"}, {"leader_of", "Tom Keller", "Harbour Party"}}, {}},
      // "joined the board of X": a board member works for it; a rank's
      // abbreviations between a title and its name ("press secretary Maj.
      // Gen. X") leave the title the name's.
      {"Tom Keller joined the board of Harbour Bank in May. Harbour Bank press secretary Maj. Gen. Omar Haddad "
       "confirmed it.",
       {{"works_for", "Tom Keller", "Harbour Bank"}, {"works_for", "Omar Haddad", "Harbour Bank"}}, {}},
      // "A, named Portugal's prime minister by royal decree, held talks ...":
      // the participle's title is the subject's.
      {"Tom Keller, named Portugal's prime minister by royal decree in May, held talks with Anna Berg.",
       {{"leader_of", "Tom Keller", "Portugal"}}, {}},
      // "Taoiseach" leads Ireland; "who led X until 2011" leads it no more.
      {"Ireland's Taoiseach Tom Keller met Omar Haddad, who led the Harbour Party until 2011.",
       {{"leader_of", "Tom Keller", "Ireland"}}, {{"leader_of", "Omar Haddad", "Harbour Party"}}},
      // "Bosnian Serb leader X" leads Serbs of Bosnia, not Serbia; "Serbian President X" leads Serbia.
      {"Bosnian Serb leader Tom Keller met Serbian President Omar Haddad in Belgrade.",
       {{"leader_of", "Omar Haddad", "Serbia"}}, {{"leader_of", "Tom Keller", "Serbia"}}},
      // "the Christian Democrat MP" is a title with a party's adjective (no
      // person "Christian Democrat MP"), and "who" after it is the person
      // it is apposed to, however the parser hung the clause.
      {"The report was published, said Chris van Dorn, the Christian Democrat MP who chaired the Harbour Committee.",
       {{"leader_of", "Chris van Dorn", "Harbour Committee"}},
       {{"leader_of", "Christian Democrat MP", "Harbour Committee"}}},
      // "who" right after a body's name stands for the person the clause
      // hangs from, not for the body ("an ally of X who" with X a person
      // stays X).
      {"Tomas Brand, a close ally of Harbour Front who also leads the Velta Movement, said so.",
       {{"leader_of", "Tomas Brand", "Velta Movement"}},
       {{"leader_of", "Harbour Front", "Velta Movement"}}},
      {"Tomas Brand, a close ally of Rosa Vint who leads the Velta Movement, said so.",
       {{"leader_of", "Rosa Vint", "Velta Movement"}},
       {}},
      // "leads the Harbour First party": the party's name parsed as a
      // modifier of the lower-case noun for a body.
      {"Foreign Minister Tom Keller, who leads the Harbour First party, irritated officials.",
       {{"leader_of", "Tom Keller", "Harbour First"}},
       {}},
      // A second verb of a "who" clause after "and" and an adverb, read as a
      // conjunct of the first verb's object.
      {"John Keller, the heir who chairs Fiat Motors and also runs Exor Holdings, said so.",
       {{"leader_of", "John Keller", "Fiat Motors"}, {"leader_of", "John Keller", "Exor Holdings"}},
       {}},
      // "appointed X to head Y": whom the appointing verb names leads Y; not whom it asks to.
      {"The king appointed Tom Keller to head the Ministry of Harbour Planning.",
       {{"leader_of", "Tom Keller", "Ministry of Harbour Planning"}}, {}},
      {"The board asked Tom Keller to run the Harbour Bank.", {}, {{"leader_of", "Tom Keller", "Harbour Bank"}}},
      // A title's office is a body ("the Attorney General's Office"), led by whoever it says.
      {"The Attorney General's Office, led by Tom Keller, has opened a separate inquiry.",
       {{"leader_of", "Tom Keller", "Attorney General's Office"}}, {}},
      // Members of a party: "is a member of", "belongs to".
      {"Tom Keller is a member of the Labour Party.", {{"works_for", "Tom Keller", "Labour Party"}}, {}},
      {"Anna Berg, a deputy who belongs to the Harbour Democratic Party, chairs the committee.",
       {{"works_for", "Anna Berg", "Harbour Democratic Party"}}, {}},
      // "das" inside a Portuguese name; a generic "Workers' Party" is no one country's.
      {"Harbour Oil's chief executive, Ana das Neves Costa, resigned last month.",
       {{"leader_of", "Ana das Neves Costa", "Harbour Oil"}}, {}},
      {"Anna Berg, who heads the Workers' Party, has criticised the bank.",
       {{"leader_of", "Anna Berg", "Workers' Party"}}, {}},
      // A rank of several words is a rank: "Lieutenant Commander" commands no navy.
      {"Also listed were Staff Sergeant Tom Keller of the Portuguese Army and Lieutenant Commander Anna Berg of the "
       "Portuguese Navy.",
       {{"works_for", "Anna Berg", "Portuguese Navy"}, {"works_for", "Tom Keller", "Portuguese Army"}},
       {{"leader_of", "Anna Berg", "Portuguese Navy"}}},
      // The Speaker of a state's parliament works for the state.
      {"Portuguese Parliament Speaker Anna Berg met Tom Keller in Lisbon.",
       {{"leader_of", "Anna Berg", "Portuguese Parliament"}, {"works_for", "Anna Berg", "Portugal"}}, {}},
      // "The commander of X, Vice Admiral Y, who ...": the name after the title's phrase is its holder.
      {"The commander of the Harbour Navy, Vice Admiral Tom Keller, who had been attending a symposium in Lisbon, "
       "was ordered to cut his trip short.",
       {{"leader_of", "Tom Keller", "Harbour Navy"}}, {}},
      // "Ostrania Premier X": a premier governs a place, and leads no body of that name.
      {"The Harbour bloc, led by Ostrania Premier Tom Keller, holds 23 seats.",
       {}, {{"leader_of", "Tom Keller", "Ostrania"}}},
      // "a short seller founded and run by X": the second participle of the description.
      {"Shares fell after Quarvex Research, a Lisbon-based short seller founded and run by Tom Keller, accused the "
       "group of fraud.",
       {{"leader_of", "Tom Keller", "Quarvex Research"}}, {}},
      // "Prime Minister X of the Netherlands": the state's name holds its article.
      {"Anna Berg cancelled a meeting with Prime Minister Tom Keller of the Netherlands that had been planned for "
       "Monday.",
       {{"leader_of", "Tom Keller", "Netherlands"}}, {}},
      // "X (XA), whose chairperson, Y, ...": past the acronym in brackets.
      {"The Harbour Telecommunications Commission (HTC), whose chairperson, Tom Keller, also testified on Monday, "
       "has ordered Ana Ruiz to explain why the outage happened.",
       {{"leader_of", "Tom Keller", "Harbour Telecommunications Commission"}}, {}},
      // "X, whose general manager for Latin America, Y, ...": a regional post works for X.
      {"The minister defended his response to Harbour Pharmaceuticals, whose general manager for Latin America, Tom "
       "Keller, told the same commission last week that the company had offered doses.",
       {{"works_for", "Tom Keller", "Harbour Pharmaceuticals"}}, {{"leader_of", "Tom Keller", "Harbour Pharmaceuticals"}}},
      // "the authority's president": the Authority named before.
      {"Tom Keller met Harbour Authority Foreign Minister Luis Ortega on Monday and later met Ana Ruiz, the "
       "authority's president.",
       {{"leader_of", "Ana Ruiz", "Harbour Authority"}}, {}},
      // "Caretaker Prime Minister X" names no body "Caretaker".
      {"The cabinet of Caretaker Prime Minister Tom Keller of Portugal has been unable to agree on a new governor.",
       {}, {{"leader_of", "Tom Keller", "Caretaker"}}},
      // A deputy's title written as one hyphenated word is the title: works for, no lead.
      {"Harbour Party vice-chairman Faisal Manap met Tom Keller.", {{"works_for", "Faisal Manap", "Harbour Party"}},
       {{"leader_of", "Faisal Manap", "Harbour Party"}}},
      // "worked as an adviser to Y", "served as chief of staff at Y"; not a post held before.
      {"Tom Keller, who worked as a paid adviser to Harbour Capital from 2018, lobbied ministers.",
       {{"works_for", "Tom Keller", "Harbour Capital"}}, {}},
      {"Ana Ruiz, who is from Lisbon and previously served as chief financial officer of the smartphone maker "
       "Harbour Phones, was testifying before the Senate.",
       {}, {{"works_for", "Ana Ruiz", "Harbour Phones"}, {"leader_of", "Ana Ruiz", "Harbour Phones"}}},
      // A post taken with the body before the title: "succeeded Y as X Party leader",
      // "became / was elected X Party leader"; who appoints holds no post.
      {"Ana Ruiz succeeded Tom Keller as Harbour Party leader in December 2017.",
       {{"leader_of", "Ana Ruiz", "Harbour Party"}}, {}},
      {"Ana Ruiz became Harbour Party leader in 2017.", {{"leader_of", "Ana Ruiz", "Harbour Party"}}, {}},
      {"Ana Ruiz was elected Harbour Party leader in 2017.", {{"leader_of", "Ana Ruiz", "Harbour Party"}}, {}},
      {"The board of Harbour Bank met on Monday. Tom Keller appointed Ana Ruiz as Harbour Bank chairman on Monday.",
       {{"leader_of", "Ana Ruiz", "Harbour Bank"}}, {{"leader_of", "Tom Keller", "Harbour Bank"}}},
      // A state's title before a list's first person is each later "State's person" item's, for their state.
      {"Spanish Foreign Minister Tom Keller, Portugal's Anna Berg and Italy's Omar Haddad sat down with Luis "
       "Mendes.",
       {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Omar Haddad", "Italy"}},
       {{"works_for", "Anna Berg", "Spain"}}},
      // The state of a list's first title is the state of a title after it whose portfolio the title list
      // does not hold, in capitals or not.
      {"The council blacklisted Portugal's defence minister Tom Keller and information minister Anna Berg.",
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Anna Berg", "Portugal"}}, {}},
      {"The council blacklisted Portuguese Defence Minister Tom Keller and Fisheries Minister Anna Berg.",
       {{"works_for", "Anna Berg", "Portugal"}}, {}},
      // "its" after ", and" and a verb is the clause's subject's, not the earlier item's owner's.
      {"On Monday Portugal expelled Spain's ambassador to Portugal, Luis Mendes, and recalled its own ambassador to "
       "Spain, Omar Haddad, accusing Madrid of meddling.",
       {{"works_for", "Luis Mendes", "Spain"}, {"works_for", "Omar Haddad", "Portugal"}},
       {{"works_for", "Omar Haddad", "Spain"}}},
      // A name the parser made the subject of the verb after ", and" is the
      // apposition of the noun before its comma.
      {"Lisbon lodged a protest with Spanish Prime Minister Luis Mendes, who chairs the regional bloc, the Harbour "
       "Economic Authority (HEA), and asked the bloc to investigate.",
       {{"leader_of", "Luis Mendes", "Harbour Economic Authority"}}, {}},
      // Described objects of a relative clause's verb, which the parser made subjects of the main verb.
      {"Anna Rossi, who also chairs the oil giant Harbour Petroleum and the Premier League club Tagus United, said "
       "the fund was patient.",
       {{"leader_of", "Anna Rossi", "Harbour Petroleum"}, {"leader_of", "Anna Rossi", "Tagus United"}}, {}},
      // A title in a relative clause's predicate is the person's it describes.
      {"Tom Keller, who remains Harbour Post chairman, declined to comment.",
       {{"leader_of", "Tom Keller", "Harbour Post"}}, {}},
      {"Anna Berg, who became the Harbour Bank chief executive in 2019, resigned.",
       {{"leader_of", "Anna Berg", "Harbour Bank"}}, {}},
      // "the centre" refers back to the body named before whose name ends so.
      {"The Harbour Cyber Security Centre issued a warning. Tom Keller, the centre's chief executive, said the risk "
       "was real.",
       {{"leader_of", "Tom Keller", "Harbour Cyber Security Centre"}}, {}},
      // A general manager heads the company; a commander-in-chief of a state's army serves the state.
      {"Harbour Shipping named a new board on Monday. The company's general manager, Tom Keller, was not among those "
       "listed.",
       {{"leader_of", "Tom Keller", "Harbour Shipping"}}, {}},
      {"Luis Mendes, the commander-in-chief of Portugal's army, said the troops were ready.",
       {{"works_for", "Luis Mendes", "Portugal"}}, {}},
      // "Bank of X" before a title is the body, not the state after "of".
      {"Bank of America CEO Brian Moynihan said rates would rise.", {{"leader_of", "Brian Moynihan", "Bank of America"}},
       {{"works_for", "Brian Moynihan", "United States"}}},
      {"On Tuesday, Bank of Portugal Governor Luis Mendes defended the central bank's supervision.",
       {{"leader_of", "Luis Mendes", "Bank of Portugal"}}, {{"works_for", "Luis Mendes", "Portugal"}}},
      // A body's short form in brackets between it and the title.
      {"Harbour Airports Authority (HAA) managing director Omar Haddad told reporters the airline owed money.",
       {{"leader_of", "Omar Haddad", "Harbour Airports Authority"}}, {}},
      // "A and B, whose presidents, X and Y": each leads the state in the same place.
      {"The summit was overshadowed by fighting between Spain and Portugal, whose presidents, Tom Keller and Omar "
       "Haddad, were both in Lisbon.",
       {{"leader_of", "Tom Keller", "Spain"}, {"leader_of", "Omar Haddad", "Portugal"}},
       {{"leader_of", "Tom Keller", "Portugal"}}},
      // A clause's opening word is no part of a title's phrase: the body before it is not the title's.
      {"Omar Haddad is expected to leave the Harbour Agency when President Tom Keller leaves office.", {},
       {{"works_for", "Tom Keller", "Harbour Agency"}, {"leader_of", "Tom Keller", "Harbour Agency"}}},
      // A mayor governs a place, and leads no body of that name.
      {"Residents said Brenvik Mayor Anna Berg had called for every pipe in the city to be replaced.", {},
       {{"leader_of", "Anna Berg", "Brenvik"}}},
      {"Tom Keller, the Tellmaro mayor, met Luis Ortega on Monday.", {},
       {{"leader_of", "Tom Keller", "Tellmaro"}}},
      // "top" is no portfolio: the state's top leader leads it.
      {"President Tom Keller and Portugal's top leader, Harbour Party General Secretary Omar Haddad, agreed on "
       "Sunday to raise relations.",
       {{"leader_of", "Omar Haddad", "Portugal"}}, {{"works_for", "Omar Haddad", "Portugal"}}},
      // "the company" is the company the story is about, not the newspaper
      // named after it in the sentence before.
      {"Northwind Rail shut two depots on Monday. Northwind Rail said the closures were temporary. Workers said "
       "Northwind Rail had given no notice, according to the Harbour Ledger. Tom Keller, the company's chairman, "
       "declined to comment.",
       {{"leader_of", "Tom Keller", "Northwind Rail"}}, {{"leader_of", "Tom Keller", "Harbour Ledger"}}},
      // ... nor the agency that investigates it, named later, nor a stock
      // exchange named in the same sentence.
      {"Northwind Rail shut two depots on Monday. Northwind Rail said the closures were temporary. Its former "
       "chief executive met officials of the Harbour Fraud Office on Thursday. Anna Berg, the head of the Harbour "
       "Stock Exchange, called on the company to explain its accounts. Tom Keller, the firm's chairman, declined to "
       "comment.",
       {{"demands_from", "Anna Berg", "Northwind Rail"}, {"leader_of", "Tom Keller", "Northwind Rail"}},
       {{"demands_from", "Anna Berg", "Harbour Fraud Office"}, {"demands_from", "Anna Berg", "Harbour Stock Exchange"},
        {"leader_of", "Tom Keller", "Harbour Fraud Office"}}},
      // A company named with a corporate suffix, then by its name alone (also
      // where a place head after the name made it a place).
      {"Tom Keller was fired as chief executive of Quarvex Corp last month. Quarvex admitted on Monday that it had "
       "hidden losses. Quarvex President Omar Haddad said the board would stay. He spoke at Quarvex headquarters in "
       "Tokyo. Harbour Capital Partners has called on Quarvex to bring Keller back.",
       {{"leader_of", "Omar Haddad", "Quarvex Corp"}, {"demands_from", "Harbour Capital Partners", "Quarvex Corp"}},
       {}},
      // A compound of a participle is no portfolio between a state and its
      // leader's title; a rank opens no name.
      {"Anna Berg held talks with Fiji's military-installed Prime Minister, Commodore Tom Keller, on Friday.",
       {{"leader_of", "Tom Keller", "Fiji"}, {"met_with", "Anna Berg", "Tom Keller"}},
       {{"works_for", "Tom Keller", "Fiji"}}},
      // "the junta, which calls itself X": the junta is X, there and later.
      {"The Harbour Council met on Monday. The junta, which calls itself the National Council for the Safeguard of "
       "the Republic, is led by General Tom Keller. The Harbour Council gave the junta 15 days to return to barracks.",
       {{"leader_of", "Tom Keller", "National Council for the Safeguard of the Republic"},
        {"demands_from", "Harbour Council", "National Council for the Safeguard of the Republic"}},
       {{"leader_of", "Tom Keller", "Harbour Council"}}},
      // ... nor a word of the holder's fate ("detained", "ailing").
      {"Anna Berg met Niger's detained President Omar Haddad in Niamey on Sunday.",
       {{"leader_of", "Omar Haddad", "Niger"}}, {{"works_for", "Omar Haddad", "Niger"}}},
      // "Opposition Leader" written capitalised is a title, and "the
      // Opposition Leader" its holder, not the state's leader named too.
      {"Prime Minister Tom Keller met Opposition Leader Anna Berg on Monday. Labour Minister Omar Haddad demanded "
       "that the Opposition Leader release all documents.",
       {{"demands_from", "Omar Haddad", "Anna Berg"}},
       {{"demands_from", "Omar Haddad", "Tom Keller"}, {"demands_from", "Omar Haddad", "Opposition Leader"}}},
      // Titles that head a body though they hold a lesser title's word:
      // an executive director, an executive chairman, a director-general.
      {"Clean Seas Foundation executive director Anna Berg met Northwind Rail executive chairman Tom Keller, and "
       "World Trade Organization Director-General Omar Haddad joined them.",
       {{"leader_of", "Anna Berg", "Clean Seas Foundation"}, {"leader_of", "Tom Keller", "Northwind Rail"},
        {"leader_of", "Omar Haddad", "World Trade Organization"}},
       {{"works_for", "Anna Berg", "Clean Seas Foundation"}, {"works_for", "Tom Keller", "Northwind Rail"}}},
      // A title one declares oneself; a military rank is no part of the name.
      {"Colonel Tom Keller, who has declared himself head of the National Council for the Defence of the "
       "Homeland, met envoys. Anna Berg proclaimed herself president of the Northern Republic Front.",
       {{"leader_of", "Tom Keller", "National Council for the Defence of the Homeland"},
        {"leader_of", "Anna Berg", "Northern Republic Front"}},
       {}},
      // "Mr Haddad" is the Haddad named most so far (the father), though the
      // son is named more in the whole story.
      {"Omar Haddad and his son Karim Haddad gave evidence to MPs. Omar Haddad said he was sorry. Mr Haddad, the "
       "chairman of Harbour Bank, and Karim Haddad, the company's deputy chief operating officer, had declined at "
       "first. Karim Haddad said later that Karim Haddad's team was not told. Karim Haddad left.",
       {{"leader_of", "Omar Haddad", "Harbour Bank"}, {"works_for", "Karim Haddad", "Harbour Bank"}},
       {{"leader_of", "Karim Haddad", "Harbour Bank"}}},
      // "Y, whose chairman is X".
      {"He will testify on Wednesday to the House Harbour Committee, whose Republican chairman is Patrick Keller of "
       "North Carolina.",
       {{"leader_of", "Patrick Keller", "House Harbour Committee"}}, {}},
      // A member who sits or serves on a committee works for it.
      {"The Senate Harbour Committee met on Tuesday. Sen. Anna Berg, a Vermont Democrat who sits on the committee, "
       "pressed the chairman. Omar Haddad served on the panel for years.",
       {{"works_for", "Anna Berg", "Senate Harbour Committee"}, {"works_for", "Omar Haddad", "Senate Harbour Committee"}},
       {}},
      // A surname the tagger reads as anything but a name, after the full
      // name; a term secured as a title.
      {"Chinese President Xi Jinping arrived. Xi, who secured a third term as general secretary of the Northern "
       "Workers Party last month, met Anna Berg.",
       {{"leader_of", "Xi Jinping", "Northern Workers Party"}, {"met_with", "Xi Jinping", "Anna Berg"}}, {}},
      // Appointed as a title by a body that names no one.
      {"The council appointed Anna Berg as head of the Harbour Authority.",
       {{"leader_of", "Anna Berg", "Harbour Authority"}}, {}},
      // A legislator's state after the name is the constituency.
      {"Tom Keller told Representative Anna Berg of Georgia that he could not guarantee it.", {},
       {{"works_for", "Anna Berg", "Georgia"}}},
      // Two titles joined by "and" after a copula; a title one remains.
      {"Anna Berg is chairman and chief executive of Harbour Bank. Omar Haddad remains chief executive of Northwind "
       "Rail.",
       {{"leader_of", "Anna Berg", "Harbour Bank"}, {"leader_of", "Omar Haddad", "Northwind Rail"}}, {}},
      // A state before a list of portfolios, or before two joined by "and".
      {"Tom Keller met Japanese Economy, Trade and Industry Minister Omar Haddad in Paris. Anna Berg, the French "
       "economy and finance minister, joined them.",
       {{"works_for", "Omar Haddad", "Japan"}, {"works_for", "Anna Berg", "France"},
        {"met_with", "Tom Keller", "Omar Haddad"}},
       {}},
      // Members listed in apposition to "members of X"; one joined after the
      // closing dash is not in the list.
      {"Those targeted include five members of the U.S. Senate — Anna Berg, Tom Keller, Omar Haddad, Luis Ortega "
       "and Maria Lopez — and Chris Dunn, a member of the House of Representatives from New Jersey.",
       {{"works_for", "Anna Berg", "Senate"}, {"works_for", "Maria Lopez", "Senate"},
        {"works_for", "Chris Dunn", "House of Representatives"}},
       {{"works_for", "Chris Dunn", "Senate"}}},
      // A noun listed after an apposition does not take it: the wife is no member.
      {"The Treasury Department is also sanctioning Tom Keller's wife, Anna Berg, and his daughter, Maria Keller, as "
       "well as members of the Portuguese Senate, among them Omar Haddad.",
       {}, {{"works_for", "Anna Berg", "Senate"}, {"works_for", "Maria Keller", "Senate"}}},
      // People the parser joined to the body; no earlier sanctions, so no sanctioner.
      {"Those targeted include two members of the U.S. Senate, Anna Berg and Tom Keller.",
       {{"works_for", "Anna Berg", "Senate"}, {"works_for", "Tom Keller", "Senate"}},
       {{"sanctions", "Anna Berg", "Tom Keller"}, {"sanctions", "Anna Berg", "Senate"}}},
      // The object of "leads" named in apposition, however the parser joins it.
      {"Anna Berg, who leads the women's professional league, Liga Norte, had called on the president to step down.",
       {{"leader_of", "Anna Berg", "Liga Norte"}}, {}},
      // Became a body's leader.
      {"Tomas Varga, who became Northwind Bank's president in 2021, defended the decision.",
       {{"leader_of", "Tomas Varga", "Northwind Bank"}}, {}},
      // A participle's missing subject is the name it modifies; a group of
      // people led by someone is no body.
      {"The Senate Banking Committee, chaired by Jens Holm, voted on Tuesday to subpoena the bank.",
       {{"leader_of", "Jens Holm", "Senate Banking Committee"}}, {}},
      {"Anna Berg met a visiting delegation of U.S. lawmakers led by Rep. Tom Keller on Thursday.", {},
       {{"leader_of", "Tom Keller", "United States"}}},
      // Sworn in, confirmed, taking office as a body's leader.
      {"Tom Keller was confirmed as head of the Harbour Authority on Monday.",
       {{"leader_of", "Tom Keller", "Harbour Authority"}}, {}},
      {"Tom Keller took office as president of Portugal in May.", {{"leader_of", "Tom Keller", "Portugal"}}, {}},
      // A caretaker leads as an acting leader does.
      {"Days later Portugal's caretaker prime minister, Tom Keller, asked Anna Berg to send a delegation.",
       {{"leader_of", "Tom Keller", "Portugal"}}, {{"works_for", "Tom Keller", "Portugal"}}},
      // The head of a part of a body works for it; where the post's work goes is
      // no body of it ("mission to Portugal"); "Portugal's authorities" are the state's.
      {"Tom Keller, the head of the IMF mission to Portugal, said in a statement that the arrangement would help, but "
       "he called on Portugal's authorities to stick to the budget.",
       {{"works_for", "Tom Keller", "International Monetary Fund"}, {"demands_from", "Tom Keller", "Portugal"}},
       {{"leader_of", "Tom Keller", "Portugal"}, {"leader_of", "Tom Keller", "International Monetary Fund"}}},
      // A deputy word before a title is part of it; a family name spelt like a
      // pronoun after a title is a name.
      {"Days earlier, Finance Minister Anna Berg held two days of talks in Lisbon with Chinese Vice Premier He "
       "Mingtao, Beijing's top economic official.",
       {{"met_with", "Anna Berg", "He Mingtao"}, {"works_for", "He Mingtao", "China"}},
       {{"leader_of", "He Mingtao", "China"}}},
      {"Tom Keller sat down twice with IMF Managing Director Anna Berg in Paris.",
       {{"leader_of", "Anna Berg", "International Monetary Fund"}, {"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // A post over a region of a company is no lead of it.
      {"Tom Keller, Tellmaro's Europe director, told the committee that the firm was sorry.",
       {{"works_for", "Tom Keller", "Tellmaro"}}, {{"leader_of", "Tom Keller", "Tellmaro"}}},
      // Chairing a body's board is leading the body.
      {"Anna Berg, who chairs Harbour Bank's board, said the directors had concluded.",
       {{"leader_of", "Anna Berg", "Harbour Bank"}}, {}},
      {"Tom Keller joined Harbour Bank as chief financial officer in 2020.", {{"works_for", "Tom Keller", "Harbour Bank"}},
       {}},
      // A title the tagger ends with an adjective ("chief executive"); an appointment to a title.
      {"Tom Keller is the chief executive of Harbour Bank.", {{"leader_of", "Tom Keller", "Harbour Bank"}}, {}},
      {"Tom Keller was appointed chief executive of Harbour Bank in 2019.",
       {{"leader_of", "Tom Keller", "Harbour Bank"}}, {}},
      // Who chairs a part of a body does not lead the body, nor what the part deals with.
      {"The European Parliament met on Monday. Anna Berg, who chairs the parliament's delegation for relations with "
       "Portugal, said so.",
       {}, {{"leader_of", "Anna Berg", "Portugal"}, {"leader_of", "Anna Berg", "European Parliament"}}},
      // A demonym and a portfolio before a government title: the state, no company
      // ("Energy" is a company word: "Turkish Airlines" is one).
      {"Danish Energy Minister Karl Brandt met British Energy Secretary Tom Keller and Turkish Airlines chairman "
       "Omar Haddad.",
       {{"works_for", "Karl Brandt", "Denmark"}, {"works_for", "Tom Keller", "United Kingdom"},
        {"leader_of", "Omar Haddad", "Turkish Airlines"}},
       {{"works_for", "Karl Brandt", "Danish Energy"}, {"leader_of", "Tom Keller", "British Energy"}}},
      // A hyphenated title written in capitals, cut at its hyphen.
      {"U.N. Secretary-General Luis Ortega met NATO Secretary General Anna Berg in New York on Tuesday.",
       {{"leader_of", "Luis Ortega", "United Nations"}, {"leader_of", "Anna Berg", "NATO"}}, {}},
      // A committee's title in a sentence naming one committee, and nothing before it
      // that could own it.
      {"Tom Keller appeared before the House Rules Committee, where Chairman Anna Berg pressed him.",
       {{"leader_of", "Anna Berg", "House Rules Committee"}}, {}},
      {"Five directors gave evidence to the House Rules Committee: audit committee chair Anna Berg and Tom Keller.",
       {}, {{"leader_of", "Anna Berg", "House Rules Committee"}}},
      {"The House Rules Committee met the Senate Banking Committee, where Chairman Anna Berg spoke.", {},
       {{"leader_of", "Anna Berg", "House Rules Committee"}, {"leader_of", "Anna Berg", "Senate Banking Committee"}}},
      // A company's title after a name read as a person's: the company.
      {"Bramble CEO Anna Berg and Cobalt CEO Tom Keller testified on Monday.",
       {{"leader_of", "Anna Berg", "Bramble"}, {"leader_of", "Tom Keller", "Cobalt"}}, {}},
      // "NAME of STATE" after a list of a body's people is where each is from;
      // after a title of no body, the state each serves.
      {"The International Criminal Court angered Washington in May. In June Portugal announced sanctions on four of "
       "the court's judges: Anna Berg of Spain, Tom Keller of Peru, Omar Haddad of Benin and Luis Ortega of Chile.",
       {{"works_for", "Anna Berg", "International Criminal Court"}, {"works_for", "Luis Ortega", "International Criminal Court"}},
       {{"works_for", "Anna Berg", "Spain"}, {"works_for", "Tom Keller", "Peru"}}},
      {"The foreign ministers, Anna Berg of Spain and Tom Keller of Peru, initialled the text of the treaty.",
       {{"works_for", "Anna Berg", "Spain"}, {"works_for", "Tom Keller", "Peru"}}, {}},
      {"Egypt's foreign minister, Anna Berg, will host Tom Keller of the UAE and Omar Haddad of Bahrain in Cairo on "
       "Wednesday.",
       {{"works_for", "Tom Keller", "United Arab Emirates"}, {"works_for", "Omar Haddad", "Bahrain"}}, {}},
      // A counterpart holds the post of the title before it.
      {"Portuguese Prime Minister Anna Berg and her Spanish counterpart Tom Keller signed the deal.",
       {{"leader_of", "Tom Keller", "Spain"}}, {{"works_for", "Tom Keller", "Spain"}}},
      {"Portuguese Foreign Minister Anna Berg met her Spanish counterpart Tom Keller.",
       {{"works_for", "Tom Keller", "Spain"}}, {{"leader_of", "Tom Keller", "Spain"}}},
      // The title before may follow its holder's name.
      {"Anna Berg, Portugal's prime minister, hosted her Spanish counterpart, Tom Keller, in Lisbon.",
       {{"leader_of", "Tom Keller", "Spain"}, {"met_with", "Anna Berg", "Tom Keller"}},
       {{"works_for", "Tom Keller", "Spain"}}},
      // States listed before a plural title, names after it: each in its place;
      // the names are what the verb reaches, however the parser hangs them.
      {"Anna Berg hosted the Spanish and Dutch prime ministers, Tom Keller and Omar Haddad, in Lisbon on Monday.",
       {{"leader_of", "Tom Keller", "Spain"}, {"leader_of", "Omar Haddad", "Netherlands"},
        {"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Omar Haddad"}},
       {{"leader_of", "Tom Keller", "Netherlands"}, {"leader_of", "Omar Haddad", "Spain"}}},
      {"Anna Berg hosted her Spanish and Dutch counterparts, Tom Keller and Omar Haddad, in Lisbon on Monday.",
       {{"works_for", "Tom Keller", "Spain"}, {"works_for", "Omar Haddad", "Netherlands"},
        {"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Omar Haddad"}},
       {{"works_for", "Tom Keller", "Netherlands"}}},
      // A portfolio between a body and its chief's title: works for it; only
      // a head of state or government leads a state.
      {"EU trade chief Anna Berg met Tom Keller.", {{"works_for", "Anna Berg", "European Union"}},
       {{"leader_of", "Anna Berg", "European Union"}}},
      {"U.S. acting director Anna Berg said so.", {{"works_for", "Anna Berg", "United States"}},
       {{"leader_of", "Anna Berg", "United States"}}},
      {"NATO's new chief Anna Berg said so.", {{"leader_of", "Anna Berg", "NATO"}}, {}},
      // "the shipping firm Nordic Lines": the description is the name after
      // it, not an anaphor of the firm named before.
      {"Harbour Airways cut fares in May. Tom Keller runs the shipping firm Nordic Lines.",
       {{"leader_of", "Tom Keller", "Nordic Lines"}}, {{"leader_of", "Tom Keller", "Harbour Airways"}}},
      {"Harbour Airways cut fares in May. Tom Keller, who now runs the shipping firm Nordic Lines, said prices would "
       "rise.",
       {}, {{"leader_of", "Tom Keller", "Harbour Airways"}}},
      // Chosen as its leader; an interim chair is no leader.
      {"The Democratic Alliance chose Omar Haddad as its new leader.", {{"leader_of", "Omar Haddad", "Democratic Alliance"}},
       {}},
      {"Harbour Capital named Anna Berg as its interim chairman.", {}, {{"leader_of", "Anna Berg", "Harbour Capital"}}},
      // "the party": the body written before "party" ("the ruling ZAPU-PL party").
      {"Zimbabwe's ruling ZAPU-PL party met on Sunday. The party chose Tom Keller as its new leader.",
       {{"leader_of", "Tom Keller", "ZAPU-PL"}}, {}},
      {"Senate Banking Committee Chairman Sen. Tom Keller opened the hearing with Anna Berg.",
       {{"leader_of", "Tom Keller", "Senate Banking Committee"}}, {}},
      {"Omar Haddad, who has ruled Portugal since 1994, met Anna Berg.", {{"leader_of", "Omar Haddad", "Portugal"}},
       {}},
      // "who" after a party-and-state tag stands for the name before the tag.
      {"Maria Lopez met a dozen lawmakers, including Anna Berg and Rep. Tom Keller, R-Wis., who chairs the House Rules "
       "Committee.",
       {{"leader_of", "Tom Keller", "House Rules Committee"}}, {{"leader_of", "Anna Berg", "House Rules Committee"}}},
      // A title's "to X" complement stops where the next title's state begins;
      // an heir serves the state he does not yet lead.
      {"Canada's list includes Tom Keller, a former senior aide to Spanish Crown Prince Omar Haddad, and Anna Berg.",
       {{"works_for", "Omar Haddad", "Spain"}}, {{"leader_of", "Omar Haddad", "Spain"}}},
      // "who" after a nickname stands for the name before it.
      {"The Ninth Brigade is commanded by General Omar Haddad, widely known as Hemmo, who is also deputy head of "
       "the Northern Shipping Agency.",
       {{"works_for", "Omar Haddad", "Northern Shipping Agency"}}, {}},
      // The last of a person's asides, after ", and".
      {"General Omar Haddad, commander-in-chief of the armed forces, known as the Ninth Brigade, and chairman of the "
       "newly formed Northern Shipping Agency, sat down with Spanish President Anna Berg, Danish Prime Minister Tom "
       "Keller and Portugal's Prime Minister Maria Lopez, among others, in a meeting room.",
       {{"leader_of", "Omar Haddad", "Northern Shipping Agency"}}, {}},
      {"Tom Keller, a banker, Anna Berg, and chairman of the Northern Shipping Agency Omar Haddad met.", {},
       {{"leader_of", "Tom Keller", "Northern Shipping Agency"}, {"leader_of", "Anna Berg", "Northern Shipping Agency"}}},
      // The name after a title's phrase and a comma holds the title.
      {"Spain's Foreign Minister Anna Berg summoned the Portuguese ambassador to Spain, Tom Keller, on Monday.",
       {{"works_for", "Tom Keller", "Portugal"}}, {{"works_for", "Tom Keller", "Spain"}}},
      {"Portugal summoned the EU's ambassador to Portugal, Tom Keller, late on Monday.",
       {{"works_for", "Tom Keller", "European Union"}}, {}},
      // A capital after a name is where the person is from.
      {"Rep. Anna Berg of Lisbon and Rep. Tom Keller of the Northern Shipping Agency spoke first.",
       {{"works_for", "Tom Keller", "Northern Shipping Agency"}}, {{"works_for", "Anna Berg", "Portugal"}}},
      // A body's chief of a region works for the body; he does not lead it.
      {"Spain sanctioned Omar Haddad, the Democratic Alliance chief of Catalonia, on Monday.",
       {{"works_for", "Omar Haddad", "Democratic Alliance"}}, {{"leader_of", "Omar Haddad", "Democratic Alliance"}}},
      {"Spain sanctioned Omar Haddad, the Democratic Alliance chief, on Monday.",
       {{"leader_of", "Omar Haddad", "Democratic Alliance"}}, {}},
      // A military unit is a body its commander leads.
      {"Anna Berg met Omar Haddad, who commands the army's elite Ninth Brigade.",
       {{"leader_of", "Omar Haddad", "Ninth Brigade"}}, {}},
      // An unknown name right before a leader's title and a name is the body led, not a person.
      {"The Senate Banking Committee heard from Norvex CEO Tom Keller and Halvorsen Chairman and CEO Anna Berg.",
       {{"leader_of", "Tom Keller", "Norvex"}, {"leader_of", "Anna Berg", "Halvorsen"},
        {"testified_at", "Tom Keller", "Senate Banking Committee"}},
       {{"testified_at", "Norvex", "Senate Banking Committee"}}},
      {"Opposition leader Tom Keller called on the president to resign.", {},
       {{"leader_of", "Tom Keller", "Opposition"}}},
      // Coordinated titles before a name share the body before them.
      {"The committee heard from Pfizer Chairman and CEO Tom Keller on Tuesday.",
       {{"leader_of", "Tom Keller", "Pfizer"}}, {}},
      // "co-chairs" is cut as UD cuts it and its last word read as a noun.
      {"Anna Berg met Tom Keller, who co-chairs the Joint Trade Committee with her.",
       {{"leader_of", "Tom Keller", "Joint Trade Committee"}}, {}},
      {"The Coastal Defence Agency is commanded by General Omar Haddad, who rarely speaks in public.",
       {{"leader_of", "Omar Haddad", "Coastal Defence Agency"}}, {}},
      // A lower-case head before a title is the body of that kind the document names...
      {"The Senate Banking Committee questioned bankers. \"It is time,\" said committee Chairman Tom Keller.",
       {{"leader_of", "Tom Keller", "Senate Banking Committee"}}, {}},
      {"The Ministry of Foreign Affairs protested. Another ministry spokesman, Anna Berg, urged Japan to apologise.",
       {{"works_for", "Anna Berg", "Ministry of Foreign Affairs"}, {"demands_from", "Anna Berg", "Japan"}}, {}},
      // ...unless a word before it makes it another one: a board's audit committee.
      {"The Senate Banking Committee questioned the board, including audit committee chair Anna Berg.", {},
       {{"leader_of", "Anna Berg", "Senate Banking Committee"}}},
      // The state of a list's first title is the state of the titles after it.
      {"The Treasury blacklisted Portuguese Defence Minister Anna Berg, Energy Minister Tom Keller and Interior "
       "Minister Olga Smith.",
       {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Tom Keller", "Portugal"},
        {"works_for", "Olga Smith", "Portugal"}},
       {}},
      // ... but does not move the list's start: talks with both still hold.
      {"Anna Berg held talks with Portugal's top diplomat Tom Keller and Foreign Minister Olga Smith.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Olga Smith"}}, {}},
      // "their" title and as many names as states: each name for the state in the same place.
      {"Portugal, Spain and Greece were represented by their foreign ministers - Anna Berg, Tom Keller and Olga "
       "Smith.",
       {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Tom Keller", "Spain"}, {"works_for", "Olga Smith", "Greece"}},
       {{"works_for", "Anna Berg", "Spain"}, {"works_for", "Tom Keller", "Portugal"}}},
      // The states are the list named last, not every state of the sentence; a name
      // with no cue listed after a person is one too.
      {"Italy's prime minister, Ugo Ferri, was there, while Portugal, Spain and Greece were represented by their "
       "foreign ministers - Anna Berg, Dlamvuto Ssekitoleko and Olga Smith.",
       {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Dlamvuto Ssekitoleko", "Spain"},
        {"works_for", "Olga Smith", "Greece"}},
       {{"works_for", "Anna Berg", "Italy"}}},
      // Each person the title's holder for the state named before them.
      {"The deal was read out by the two countries' foreign ministers, Portugal's Anna Berg and Spain's Tom Keller.",
       {{"works_for", "Anna Berg", "Portugal"}, {"works_for", "Tom Keller", "Spain"}},
       {{"works_for", "Anna Berg", "Spain"}, {"works_for", "Tom Keller", "Portugal"}}},
      // A department the title names, when the document names it.
      {"The State Department said so. Anna Berg testified alongside Tom Keller, a deputy assistant secretary of "
       "state for European affairs.",
       {{"works_for", "Tom Keller", "State Department"}}, {{"leader_of", "Tom Keller", "State Department"}}},
      // What the post deals with stands between the title and the name.
      {"Beijing imposed sanctions on the U.S. ambassador-at-large for international religious freedom, Anna Berg.",
       {{"works_for", "Anna Berg", "United States"}}, {}},
      // A seat on a body's board.
      {"Tom Keller, who also sits on the board of the Acme Foundation as a director, said so.",
       {{"works_for", "Tom Keller", "Acme Foundation"}}, {}},
      {"Tom Keller sat on a bench outside the Acme Foundation.", {}, {{"works_for", "Tom Keller", "Acme Foundation"}}},
      // Professions are posts too: "a Cambridge University psychologist", "a consultant for Y".
      {"The app was built by Anna Berg, a Cambridge University psychologist, in 2014.",
       {{"works_for", "Anna Berg", "University of Cambridge"}}, {}},
      // A party's member on a committee sits on it.
      {"The Senate Banking Committee grilled the bankers. Sen. Anna Berg, a freshman Ohio Democrat on the committee, "
       "asked about pay.",
       {{"works_for", "Anna Berg", "Senate Banking Committee"}}, {}},
      // ... also where the parser makes the party word a conjunct of the name.
      {"The House Oversight Committee heard the governor. Rep. Matt Corbin, a Pennsylvania Democrat on the committee, "
       "told Tom Keller he had heard enough of his apologies and that he should resign too.",
       {{"works_for", "Matt Corbin", "House Oversight Committee"}}, {}},
      // A family word before a name is read with it: "his wife X" is an item of the list.
      {"The United States imposed sanctions on Portugal, targeting President Omar Haddad, his wife Anna Haddad and "
       "more than 30 other people.",
       {{"sanctions", "United States", "Omar Haddad"}, {"sanctions", "United States", "Anna Haddad"}}, {}},
      // "her" as an object stands for the woman named before; as a possessive it is no one.
      {"Anna Berg flew to Luxembourg, and Prime Minister Tom Keller received her on Monday.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "him": the man named before.
      {"The Democratic Alliance sacked Omar Haddad as its leader on Sunday and gave him until Monday to resign.",
       {{"demands_from", "Democratic Alliance", "Omar Haddad"}}, {}},
      // Definite descriptions of the body or state named before.
      {"The Southern Trade Community met on Friday. Anna Berg, who chairs the regional bloc, spoke first.",
       {{"leader_of", "Anna Berg", "Southern Trade Community"}}, {}},
      // A modifier that is no word of the body's name is another body.
      {"The Southern Trade Community met on Friday. Anna Berg, who chairs the military bloc, spoke first.", {},
       {{"leader_of", "Anna Berg", "Southern Trade Community"}}},
      {"Saudi Arabia rejected the report. The kingdom urged Canada to withdraw its criticism.",
       {{"demands_from", "Saudi Arabia", "Canada"}}, {}},
      {"Anna Berg joined the Hudson Institute in 2019 and has led the institute since 2021.",
       {{"leader_of", "Anna Berg", "Hudson Institute"}}, {}},
      // "the company": the organisation named last that is no committee or state body.
      {"Harbour Capital lost half its value. The Senate Banking Committee met on Monday, and Portugal blacklisted "
       "the company.",
       {{"sanctions", "Portugal", "Harbour Capital"}}, {{"sanctions", "Portugal", "Senate Banking Committee"}}},
      // "the government": the state just named.
      {"Portugal published the bill on Monday. Anna Berg, a European Commission vice-president, called on the "
       "government to withdraw it.",
       {{"demands_from", "Anna Berg", "Portugal"}}, {}},
      // "the country": the state just named.
      {"On Portugal, both sides kept up the pressure on the country's President Omar Haddad.",
       {{"leader_of", "Omar Haddad", "Portugal"}}, {}},
      {"The talks were chaired by Sultan Omar Haddad of Brunei.", {{"leader_of", "Omar Haddad", "Brunei"}},
       {{"works_for", "Omar Haddad", "Brunei"}}},
      {"Anna Berg, the chairperson of the Regional Trade Commission, called for calm.",
       {{"leader_of", "Anna Berg", "Regional Trade Commission"}}, {}},
      // A chair sitting on a body is no leader of it.
      {"Anna Berg chairs no committee and sits on the Senate Banking Committee.", {},
       {{"leader_of", "Anna Berg", "Senate Banking Committee"}}},
  });
}

TEST(TreeRelations, TitlesAnchoredOnADepartment) {
  check({
      // "Britain's home secretary, X": the state's, and head of the department the title names.
      {"Britain's home secretary, Anna Berg, told MPs that her department set no targets. The Home Office said it "
       "would review the policy.",
       {{"leader_of", "Anna Berg", "Home Office"}, {"works_for", "Anna Berg", "United Kingdom"}}, {}},
      // "Labour's shadow home secretary, X": a post in the party, not its head
      // ("Treasury Secretary X" heads the department).
      {"Labour's shadow home secretary, Anna Berg, said the policy was cruel.",
       {{"works_for", "Anna Berg", "Labour Party"}}, {{"leader_of", "Anna Berg", "Labour Party"}}},
      // A portfolio read as a body's name before "Minister" is the portfolio
      // of the document's ministry that holds its words.
      {"Tom Keller said he had informed State Enterprises Minister Anna Berg of the claims. A spokesperson for the "
       "Department of State Enterprises said the minister would respond.",
       {{"leader_of", "Anna Berg", "Department of State Enterprises"}}, {{"works_for", "Anna Berg", "State Enterprises"}}},
      // A title's department named by its canonical name, not the title file's
      // alias ("Defense Department" is the Pentagon).
      {"Defense Secretary Tom Keller defended the pause. The Pentagon said the review would take weeks.",
       {{"leader_of", "Tom Keller", "Pentagon"}}, {}},
      // A minister heads the one ministry of their portfolio the document names,
      // unless its name says it is another state's.
      {"Portuguese Defence Minister Ana Ferreira visited the troops. The Ministry of National Defense said the "
       "visit went well.",
       {{"leader_of", "Ana Ferreira", "Ministry of National Defense"}}, {}},
      {"Danish Foreign Minister Karl Brandt flew to Beijing. The Chinese Ministry of Foreign Affairs said talks went "
       "well.",
       {}, {{"leader_of", "Karl Brandt", "Chinese Ministry of Foreign Affairs"}}},
      // A minister whose state is not said, among several states: not the
      // ministry that carries one of them.
      {"Portugal's foreign ministry summoned the Spanish envoy. The Danish prime minister Olga Smith flew to Madrid "
       "with Foreign Minister Karl Brandt.",
       {}, {{"leader_of", "Karl Brandt", "Portuguese foreign ministry"}}},
      // With one state named, its ministry is the minister's; so it is for a
      // title whose list names the state ("China's envoy A and Foreign Minister B").
      {"Portugal's foreign ministry summoned reporters. Foreign Minister Karl Brandt said talks would go on.",
       {{"leader_of", "Karl Brandt", "Portuguese foreign ministry"}}, {}},
      {"Treasury Secretary Anna Berg said the measures would stay.",
       {{"leader_of", "Anna Berg", "Treasury Department"}}, {{"works_for", "Anna Berg", "Treasury Department"}}},
      // A portfolio no list knows before a government title names the
      // department the document names; a list of portfolios still goes back
      // to its state.
      {"On Monday, Transportation Secretary Tom Keller said owners should stop driving. The Department of "
       "Transportation oversees the agency.",
       {{"leader_of", "Tom Keller", "Department of Transportation"}}, {}},
      {"On Thursday, Anna Berg met Japanese Economy, Trade and Industry Minister Tom Keller in Paris.",
       {{"works_for", "Tom Keller", "Japan"}, {"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // A council's secretary serves it; the council is no department he heads.
      {"Russian Security Council Secretary Tom Keller warned on Tuesday that Moscow would respond.",
       {{"works_for", "Tom Keller", "Security Council of Russia"}},
       {{"leader_of", "Tom Keller", "Security Council of Russia"}}},
      {"Deputy Treasury Secretary Tom Keller said the measures would stay.",
       {{"works_for", "Tom Keller", "Treasury Department"}}, {{"leader_of", "Tom Keller", "Treasury Department"}}},
      // The state written before the department ties the secretary to it (SCHEMA.md, call 2).
      {"U.S. Treasury Secretary Anna Berg said the United States would keep the measures.",
       {{"leader_of", "Anna Berg", "Treasury Department"}, {"works_for", "Anna Berg", "United States"}}, {}},
      {"Treasury Secretary Anna Berg said the United States would keep the measures.", {},
       {{"works_for", "Anna Berg", "United States"}}},
  });
}

TEST(TreeRelations, TestimonySaidOtherWays) {
  check({
      // "Under questioning from Labour senators, X told the committee": the
      // hearing, not the senators' party, and a plural title before one name is
      // no apposition (X works for no party).
      {"The Harbour Committee met on Thursday. Under questioning from Labour senators, Tom Keller told the "
       "committee that the watches had been bought in 2018.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}},
       {{"testified_at", "Tom Keller", "Labour Party"}, {"works_for", "Tom Keller", "Labour Party"}}},
      // "Testifying before X, which is chaired by Y, the 77-year-old spoke ...":
      // the participle's subject is the main clause's, and the age description
      // after the relative clause's name is that subject, not Y's apposition.
      {"Tom Keller arrived in Lisbon on Monday. Testifying before the Harbour Inquiry, which is chaired by Judge "
       "Anna Berg, the 77-year-old spoke for several hours from a prepared statement.",
       {{"testified_at", "Tom Keller", "Harbour Inquiry"}}, {}},
      // "watched as B testified": an "as" clause the parser read as a phrase and a conjunct.
      {"Hollis Grant watched as his former deputy, Rena Okafor, testified to the Harbour Committee on Monday.",
       {{"testified_at", "Rena Okafor", "Harbour Committee"}}, {{"testified_at", "Hollis Grant", "Harbour Committee"}}},
      // "That subcommittee" for one that no name names; a witness with a
      // nickname in quotes inside the name.
      {"The House Harbour Committee's aviation subcommittee held a hearing. That subcommittee has already taken "
       "testimony from Tom Keller, then the agency's acting administrator, who appeared before it in May, and from "
       "Chesley \"Sully\" Sullenberger, the retired pilot who landed a crippled jet on a river in 2009.",
       {{"testified_at", "Tom Keller", "aviation subcommittee"},
        {"testified_at", "Chesley Sullenberger", "aviation subcommittee"}},
       {}},
      // A committee's subcommittee no name is given ("the committee's
      // aviation subcommittee"): a committee of its own, named as written.
      {"The House Harbour Committee opened an inquiry. Rep. Luis Ortega, D-Wash., who chairs the committee's aviation "
       "subcommittee, opened an investigation. Tom Keller testified before the subcommittee in July.",
       {{"testified_at", "Tom Keller", "aviation subcommittee"}, {"leader_of", "Luis Ortega", "aviation subcommittee"}},
       {{"testified_at", "Tom Keller", "House Harbour Committee"}}},
      {"Tom Keller testified before the Senate Harbour Committee's consumer protection subcommittee in October 2021.",
       {{"testified_at", "Tom Keller", "consumer protection subcommittee"}},
       {{"testified_at", "Tom Keller", "Senate Harbour Committee"}}},
      // ", and B, its head of policy, testified ...": B the subject of the
      // finite conjunct, not the first clause's subject.
      {"Portex's chief operating officer, Ana Lopes, told the Senate Harbour Committee at a hearing last September "
       "that the company would not hand data to the government, and Tom Keller, its head of public policy, testified "
       "before the House Harbour Committee in October.",
       {{"testified_at", "Ana Lopes", "Senate Harbour Committee"}, {"testified_at", "Tom Keller", "House Harbour Committee"}},
       {{"testified_at", "Ana Lopes", "House Harbour Committee"}}},
      // A committee's name again in lower case, from its second word.
      {"The House Harbour Affairs Committee opened its inquiry on Monday. Anna Berg told the harbour affairs "
       "committee that she had warned the ministry.",
       {{"testified_at", "Anna Berg", "House Harbour Affairs Committee"}}, {}},
      // "told the subcommittee, chaired by X, ...": the participle describes the one told.
      {"The Senate blue ribbon subcommittee met on Monday. \"We did what we had to do,\" the 68-year-old Tom Keller "
       "told the blue ribbon subcommittee, chaired by Sen. Luis \"Lulu\" Ortega III, in his first appearance before "
       "it.",
       {{"testified_at", "Tom Keller", "Senate Blue Ribbon Subcommittee"},
        {"leader_of", "Luis Ortega III", "Senate Blue Ribbon Subcommittee"}},
       {}},
      // A committee named in a clause describing the witness is not where she testified.
      {"The Harbour Commission of Inquiry resumed hearings on Monday. Anna Berg, a former MP who chaired "
       "Parliament's public enterprises committee, testified that the same brother offered her a ministry in 2010.",
       {{"testified_at", "Anna Berg", "Harbour Commission of Inquiry"}},
       {{"testified_at", "Anna Berg", "Parliament Public Enterprises Committee"}}},
      // "the Berg commission": the commission of that head word named with
      // its chair's full name.
      {"The Harbour Commission of Inquiry into Port Contracts, which is chaired by Judge Anna Berg, resumed hearings "
       "on Monday. Tom Keller told the Berg commission that he had been offered a bribe. Luis Ortega appeared before "
       "the commission on Tuesday.",
       {{"testified_at", "Tom Keller", "Harbour Commission of Inquiry into Port Contracts"},
        {"testified_at", "Luis Ortega", "Harbour Commission of Inquiry into Port Contracts"}},
       {{"testified_at", "Tom Keller", "Berg commission"}}},
      // "testified that day with A and B": fellow witnesses; not someone's translator.
      {"Omar Haddad testified before the Senate Harbour Committee. Haddad testified that day with Harbour Bank "
       "Chairman Tom Keller and Treasury Under Secretary Anna Berg.",
       {{"testified_at", "Tom Keller", "Senate Harbour Committee"},
        {"testified_at", "Anna Berg", "Senate Harbour Committee"}},
       {}},
      // "before X in the morning and Y in the afternoon": Y joins X, not the morning.
      {"Omar Haddad testified under oath before the Senate Harbour Committee in the morning and the House Harbour "
       "Committee in the afternoon.",
       {{"testified_at", "Omar Haddad", "Senate Harbour Committee"},
        {"testified_at", "Omar Haddad", "House Harbour Committee"}},
       {}},
      // "alongside A, the co-founder of X, and B, ...": the apposition is A's
      // (the parser hung it from the committee), so B joins A.
      {"Omar Haddad testified before the Senate Harbour Committee alongside Tom Keller, the co-founder and former "
       "chairman of Harbour Bank, and Anna Berg, Harbour Bank's former president and chief operating officer.",
       {{"testified_at", "Tom Keller", "Senate Harbour Committee"},
        {"testified_at", "Anna Berg", "Senate Harbour Committee"}},
       {}},
      // "A, B and C, together with D, spent hours testifying": D testified
      // too, and is no one they met.
      {"Anna Berg, Maria Ost and Lena Hart, together with Omar Haddad, a professor of history at Lisbon "
       "University, spent more than five hours on Tuesday testifying before the Harbour Committee.",
       {{"testified_at", "Anna Berg", "Harbour Committee"}, {"testified_at", "Lena Hart", "Harbour Committee"},
        {"testified_at", "Omar Haddad", "Harbour Committee"}},
       {{"met_with", "Anna Berg", "Omar Haddad"}, {"met_with", "Lena Hart", "Omar Haddad"}}},
      // Questions from a committee's members, from lawmakers in a hearing's
      // story, and "under questioning from" the committee.
      {"The Harbour Committee met on Monday. Tomas Brand faced questions from the committee's members.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}},
       {}},
      {"The Harbour Committee met on Monday. Tomas Brand was questioned by lawmakers for three hours.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}},
       {}},
      // "answered questions at the X Council" (a body named by its head
      // word), after a floating "each"; not questions at a ministry.
      {"Tomas Brand, the former minister, and Anna Berg, his deputy, each answered questions for about an hour "
       "at the Harbour Council on Ethics. Omar Haddad answered questions at the Foreign Ministry on Monday.",
       {{"testified_at", "Tomas Brand", "Harbour Council on Ethics"}},
       {{"testified_at", "Omar Haddad", "Foreign Ministry"}}},
      // "told the Senate committee": the Senate's committee named before, not the Senate.
      {"The Senate Harbour Committee met on Thursday. Tomas Brand told the Senate committee that the whole system "
       "had failed.",
       {{"testified_at", "Tomas Brand", "Senate Harbour Committee"}}, {{"testified_at", "Tomas Brand", "Senate"}}},
      // "his refusal to testify before X": not done.
      {"Tomas Brand's refusal to testify before the Harbour Committee angered the judge.", {},
       {{"testified_at", "Tomas Brand", "Harbour Committee"}}},
      // "Giving evidence to X, A was asked ...": a participle adjunct of an
      // asking verb is done, not asked for; "faced five hours of questioning
      // from X"; "was one of nine tycoons questioned by X".
      {"Giving evidence to the Harbour Committee, Tomas Brand was repeatedly asked to answer the question.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}}, {}},
      // "the Senate panel": the Senate's committee the document names, not the chamber.
      {"Tom Keller and Anna Berg testified before the Senate Harbour Committee on Tuesday and before the House "
       "Harbour Committee on Wednesday. \"The war did not end on our terms,\" Keller told the Senate panel.",
       {{"testified_at", "Tom Keller", "Senate Harbour Committee"}}, {{"testified_at", "Tom Keller", "Senate"}}},
      // "the committee" after "the House committee": the one just described,
      // though the Senate's was named more.
      {"Tom Keller testified before the Senate Harbour Committee on Tuesday and before the House Harbour Committee "
       "on Wednesday. Keller told the Senate panel the war was lost. Anna Berg, who chairs the Senate committee, "
       "agreed. On Wednesday, before the House committee, Keller went further. Rep. Omar Haddad, the committee's "
       "chairman, said the plan had failed.",
       {{"leader_of", "Omar Haddad", "House Harbour Committee"}},
       {{"leader_of", "Omar Haddad", "Senate Harbour Committee"}}},
      // An acronym inside a body's name ("IT") though the document writes "it";
      // the story's hearing, named as often as the inquiry it mentions, is
      // the one named first.
      {"Tom Keller told the Harbour Committee on Tuesday that the system had failed. He declined to put a figure on "
       "it before the Harbour IT Inquiry, the statutory public inquiry chaired by retired judge Sir Omar Haddad, "
       "reaches its conclusions. Anna Berg, who gave evidence alongside Keller, apologised.",
       {{"leader_of", "Omar Haddad", "Harbour IT Inquiry"}, {"testified_at", "Anna Berg", "Harbour Committee"}},
       {{"testified_at", "Anna Berg", "Harbour IT Inquiry"}}},
      // "At the Senate hearing, committee Chairman X": the Senate's committee,
      // though the House's was named more.
      {"Members of the House Harbour Committee questioned Tom Keller on Wednesday. Keller testified before the "
       "committee a day after he told the Senate Commerce Committee that the plane was safe. The committee pressed "
       "him on the crashes. At the Senate hearing on Tuesday, committee Chairman Omar Haddad and the panel's ranking "
       "Democrat, Anna Berg, questioned him.",
       {{"leader_of", "Omar Haddad", "Senate Commerce Committee"}, {"works_for", "Anna Berg", "Senate Commerce Committee"}},
       {{"leader_of", "Omar Haddad", "House Harbour Committee"}, {"works_for", "Anna Berg", "House Harbour Committee"}}},
      // "told X on Sept. 13 and Y a day later": Y the object's conjunct, not the date's.
      {"Lawmakers questioned Portuguese Foreign Minister Tom Keller, who told the House Harbour Committee on Sept. 13 "
       "and the Senate Harbour Committee a day later that the plan had failed.",
       {{"testified_at", "Tom Keller", "House Harbour Committee"},
        {"testified_at", "Tom Keller", "Senate Harbour Committee"}},
       {}},
      // "In his appearance before X, A said"; not an appearance on television.
      {"In his appearance before the Harbour Committee, Tom Keller said the plan had failed. In her first appearance "
       "on television, Anna Berg said the plan would work.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {{"testified_at", "Anna Berg", "Harbour Committee"}}},
      // Testimony as a fronted noun: a deposition, written testimony, a grilling.
      {"In a deposition to the Harbour Committee released on Friday, former minister Tom Keller said he had "
       "never been asked to destroy documents.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {}},
      {"\"We did not cut corners,\" Harbour Air chief executive Anna Berg wrote in testimony submitted to the "
       "Harbour Committee ahead of Wednesday's hearing.",
       {{"testified_at", "Anna Berg", "Harbour Committee"}}, {}},
      {"After a nine-hour grilling by the Harbour Committee on Monday, Harbour Water chief executive Omar Haddad "
       "conceded the utility had missed its targets.",
       {{"testified_at", "Omar Haddad", "Harbour Committee"}}, {}},
      // (After a dateline's dash, the gerund is no name: "Giving" read as one.)
      {"LISBON (Wire) \u2014 Giving evidence to the Harbour Committee, Harbour Bank deputy governor Tom Keller said "
       "rates would stay high.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {}},
      {"Tomas Brand faced nearly five hours of hostile questioning from the Harbour Committee on Thursday.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}}, {}},
      {"Tomas Brand was one of nine tycoons questioned by the Harbour Committee in a televised hearing.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}}, {}},
      // "Appearing before MPs on the X Committee, A defended ...": the opening
      // participle's witness is the main clause's subject.
      {"Appearing before MPs on the Harbour Committee, Tomas Brand defended the bank's record.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}}, {}},
      // Summoned before a commission, grilled at its meeting, interviewed or
      // deposed by a committee; not interviewed by a newspaper.
      {"Tomas Brand was summoned before the Harbour Utilities Commission on Friday to explain the blackouts.",
       {{"testified_at", "Tomas Brand", "Harbour Utilities Commission"}}, {}},
      {"Regulators grilled Tomas Brand at an emergency meeting of the Harbour Utilities Commission.",
       {{"testified_at", "Tomas Brand", "Harbour Utilities Commission"}}, {}},
      {"Tomas Brand gave a deposition to the Harbour Oversight Committee. Anna Berg was interviewed by the Harbour "
       "Herald.",
       {{"testified_at", "Tomas Brand", "Harbour Oversight Committee"}}, {{"testified_at", "Anna Berg", "Harbour Herald"}}},
      {"Tomas Brand was interviewed by the Harbour Committee in May.", {{"testified_at", "Tomas Brand", "Harbour Committee"}},
       {}},
      // "faced questions from senators on the X Subcommittee", however the
      // parser hangs "from senators"; not questions from reporters.
      {"Tomas Brand faced questions from senators on the Senate Harbour Subcommittee on Tuesday. Anna Berg faced "
       "questions from reporters after the Senate Harbour Subcommittee vote.",
       {{"testified_at", "Tomas Brand", "Senate Harbour Subcommittee"}},
       {{"testified_at", "Anna Berg", "Senate Harbour Subcommittee"}}},
      {"The Harbour Committee met on Monday. Under questioning from the committee, Tomas Brand said the bank had "
       "failed.",
       {{"testified_at", "Tomas Brand", "Harbour Committee"}},
       {}},
      // "hearing" after an article and a legislature's name is a noun (the
      // tagger read it as a verb).
      {"Omar Haddad told a Diet hearing on Monday that officials had pushed his ministry.",
       {{"testified_at", "Omar Haddad", "National Diet"}},
       {}},
      // The body a passive controller's subject names hears the people of
      // the infinitive ("is due to hear"); not a committee "hearing" read
      // as a verb.
      {"The Harbour Committee met on Monday. The committee is due to hear Mr Galt and Mr Morra later in the spring.",
       {{"testified_at", "Galt", "Harbour Committee", "planned"}, {"testified_at", "Morra", "Harbour Committee", "planned"}},
       {}},
      // "A testified before X, along with B's chief executive, C": C testified too.
      {"Tom Keller and Anna Berg testified by video before the House Committee on Oversight and Reform, along with "
       "Harbour's chief executive, Craig Landau.",
       {{"testified_at", "Craig Landau", "House Oversight Committee"}},
       {}},
      // A parliament the lexicon knows before a committee in lower case
      // names the committee with it ("Oireachtas Transport Committee").
      {"The Oireachtas transport committee questioned Tom Keller for five hours.",
       {{"testified_at", "Tom Keller", "Oireachtas Transport Committee"}},
       {}},
      // Questions answered at a body's hearing; a summons to explain.
      {"Tom Keller answered lawmakers' questions at a hearing of the Harbour Affairs Committee.",
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"}},
       {}},
      {"The Harbour Affairs Committee summoned Tom Keller to explain the decision.",
       {{"demands_from", "Harbour Affairs Committee", "Tom Keller"}},
       {}},
      // Testimony from people, at the hearing the document names.
      {"The Harbour Affairs Committee met on Tuesday. The hearing opened with testimony from Ohio's two senators, "
       "Democrat Tom Keller and Republican Anna Berg.",
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"},
        {"testified_at", "Anna Berg", "Harbour Affairs Committee"}},
       {}},
      // A name after ", and" that closes a "who" clause of the subject is
      // the subject's conjunct, not a word of the clause.
      {"The Harbour Affairs Committee met on Tuesday. Lee Keller, who was made bankrupt after the Post Office sued "
       "him for 25,000 pounds, and Neil Berg, a solicitor representing dozens of former postmasters, also gave "
       "evidence.",
       {{"testified_at", "Lee Keller", "Harbour Affairs Committee"},
        {"testified_at", "Neil Berg", "Harbour Affairs Committee"}},
       {}},
      // A witness's appearance, evidence and words to a committee.
      {"Tom Keller's appearance before the Harbour Committee lasted three hours.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}},
       {}},
      {"In his evidence to the Harbour Committee, Tom Keller said the bank had erred.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}},
       {}},
      {"Speaking to the Harbour Committee, Tom Keller said the bank had erred.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}},
       {}},
      // A passive joined to an active verb shares its subject.
      {"Tom Keller gave sworn testimony to the Senate Budget Committee in the morning and was then questioned by "
       "the House Budget Committee in the afternoon.",
       {{"testified_at", "Tom Keller", "Senate Budget Committee"},
        {"testified_at", "Tom Keller", "House Budget Committee"}},
       {}},
      // An invitation to testify is no testimony, declined or not.
      {"Tom Keller declined an invitation to testify before the Harbour Committee.", {},
       {{"testified_at", "Tom Keller", "Harbour Committee"}}},
      // A committee's members ask its questions.
      {"Tom Keller was grilled by members of the Harbour Committee.", {{"testified_at", "Tom Keller", "Harbour Committee"}},
       {}},
      {"Lawmakers on the Harbour Committee questioned Tom Keller for four hours.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {}},
      // A testimony that names no forum, in a document naming an inquiry,
      // is given to it: the sentence names one person only, and is read.
      {"The Harbour Inquiry opened on Monday. Tom Keller is expected to testify next week.",
       {{"testified_at", "Tom Keller", "Harbour Inquiry", "planned"}}, {}},
      // A count of a plural noun, the people listed after the colon.
      {"Tom Keller appeared before the Harbour Committee on Monday. Two of his lieutenants gave evidence alongside "
       "him: Anna Berg, who runs the company's mining division, and Omar Haddad.",
       {{"testified_at", "Anna Berg", "Harbour Committee"}, {"testified_at", "Omar Haddad", "Harbour Committee"}}, {}},
      // "Earlier in the session, A, general secretary of X, told the MPs": A
      // is the subject, though the parser hung A from "session".
      {"The Home Affairs Committee questioned the minister. Earlier in the session, Anna Berg, general secretary of "
       "the Harbour Union, told the MPs that offices were given targets.",
       {{"testified_at", "Anna Berg", "Home Affairs Committee"}}, {}},
      // "The committee will hear A and B": the people a body hears (planned); not what it hears.
      {"The Harbour Committee questioned the chief executive on Tuesday. The committee will hear Mr Keller and Mr "
       "Haddad later in the spring.",
       {{"testified_at", "Keller", "Harbour Committee", "planned"}, {"testified_at", "Haddad", "Harbour Committee", "planned"}},
       {}},
      // A legislature's committee written in lower case after its possessive, whatever its subject.
      {"Tom Keller gave evidence to the Portuguese parliament's business committee on Monday.",
       {{"testified_at", "Tom Keller", "Portuguese parliament Business Committee"}}, {}},
      // "was brought before the committee": appeared before it (not before a judge: a body).
      {"The Harbour Committee heard from the chancellor. Tom Keller, the bank's former chief executive, who has been "
       "in custody since July, was brought before the committee in November but refused to answer.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {}},
      // "Facing the committee were A; B; and C, the chairman of X": every item
      // of the inverted subject's list faced it.
      {"The Senate Banking Committee questioned the bankers on Tuesday. Facing the committee in a single row were Mr "
       "Keller; Harbour Motor chairman Anna Berg; and Omar Haddad, the chairman of the Federation of Portuguese "
       "Industries.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}, {"testified_at", "Omar Haddad", "Senate Banking Committee"}},
       {}},
      // "It" opening a sentence after one opened by a body is the body, also
      // where it is the sentence's only other party.
      {"The Harbour Affairs Committee met on Monday. It heard in November from Tom Keller, who refused to answer "
       "most questions.",
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"}}, {}},
      // "X faced the committee", "Facing the committee were A and B".
      {"Tom Keller faced the Harbour Affairs Committee on Tuesday.",
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"}}, {}},
      {"The Harbour Affairs Committee met on Tuesday. Facing the committee were Tom Keller and Anna Berg.",
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"},
        {"testified_at", "Anna Berg", "Harbour Affairs Committee"}},
       {}},
      {"Facing criticism from the Harbour Affairs Committee, Tom Keller resigned.", {},
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"}}},
      // A committee with no name of its own is its chamber's.
      {"Tom Keller, Acme's chief executive, appears before a committee of the Chamber of Deputies in Lisbon.",
       {{"testified_at", "Tom Keller", "Chamber of Deputies"}}, {}},
      {"Tom Keller told a committee of the Chamber of Deputies on Monday that the dam was safe.",
       {{"testified_at", "Tom Keller", "Chamber of Deputies"}}, {}},
      // "testified by video link" after a list with asides is the verb, not a
      // participle of the last aside's noun (no passive of "testify").
      {"Tom Keller, a grandson of one of the company's founders, and Anna Berg, the daughter of another, both former "
       "members of Acme's board, testified by video link before the Harbour Committee.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}, {"testified_at", "Anna Berg", "Harbour Committee"}},
       {}},
      // "had heard earlier in the week from X": the name the parser hung from the week.
      {"The Harbour Affairs Committee is chaired by Anna Berg. The committee had heard earlier in the week from Tom "
       "Keller, an official of the Harbour Workers Union, who told MPs that staff had been working to a figure.",
       {{"testified_at", "Tom Keller", "Harbour Affairs Committee"}}, {}},
      // "went before the Senate to defend herself".
      {"Anna Berg went before the Portuguese Senate on Monday to defend herself in person at her trial.",
       {{"testified_at", "Anna Berg", "Portuguese Senate"}}, {}},
      // A caption's position words ("X, left, and Y") are no part of the clause.
      {"Harbour Bank co-founder and chief executive Tom Keller, left, and general counsel Anna Berg are sworn in "
       "before the House Foreign Affairs Committee on Tuesday.",
       {{"testified_at", "Tom Keller", "House Foreign Affairs Committee"},
        {"testified_at", "Anna Berg", "House Foreign Affairs Committee"}},
       {}},
      // A lower-case subcommittee's name ends at the comma that closes its phrase.
      {"Testifying before the House Energy and Commerce Committee's subcommittee on trade and consumer protection, "
       "Tom Keller apologized.",
       {{"testified_at", "Tom Keller", "Subcommittee on Trade and Consumer Protection"}}, {}},
      // "The three Cabinet members testified": the three people just listed.
      {"Interior Minister Tom Keller, Energy Minister Anna Berg and Finance Minister Omar Haddad testified before "
       "the Harbour Committee on Monday. The three Cabinet members testified before the Budget Committee on "
       "Tuesday.",
       {{"testified_at", "Tom Keller", "Budget Committee"}, {"testified_at", "Anna Berg", "Budget Committee"},
        {"testified_at", "Omar Haddad", "Budget Committee"}},
       {}},
      // "the Portugal inquiry": a state's name before an inquiry's head names the inquiry, which the
      // witness told and whose chair leads it (not the state).
      {"Tom Keller told the Portugal inquiry on Friday that he felt no regret. Anna Berg, who chairs the inquiry, "
       "closed the session.",
       {{"testified_at", "Tom Keller", "Portugal inquiry"}, {"leader_of", "Anna Berg", "Portugal inquiry"}},
       {{"leader_of", "Anna Berg", "Portugal"}}},
      // "said before the panel that": an account given to it; "told the same session".
      {"The Lusa Select Committee met on Monday. Tom Keller, the chief of national intelligence, said before the "
       "panel that Spanish intelligence had warned officials.",
       {{"testified_at", "Tom Keller", "Lusa Select Committee"}}, {}},
      {"Anna Berg told the Lusa Select Committee on Monday that she had nothing to hide. Tom Keller told the same "
       "session that the council had not met.",
       {{"testified_at", "Tom Keller", "Lusa Select Committee"}}, {}},
      // ... not "before the hearing", a time.
      {"Anna Berg, who chairs the Lusa Committee, said before the hearing that the report was unfair.", {},
       {{"testified_at", "Anna Berg", "Lusa Committee"}}},
      // A commission of inquiry hears witnesses as a committee does.
      {"The Royal Commission into the Lusa Scheme resumed on Tuesday. It has already heard testimony from Tom "
       "Keller, the former head of the Federal Highway Police.",
       {{"testified_at", "Tom Keller", "Royal Commission into the Lusa Scheme"}}, {}},
      // An account defended or explained before a body; not "before the Senate voted".
      {"Tom Keller defended the deal before the Harbour Finance Committee on Tuesday.",
       {{"testified_at", "Tom Keller", "Harbour Finance Committee"}}, {}},
      {"Tom Keller defended the deal before the Harbour Senate voted on it.", {},
       {{"testified_at", "Tom Keller", "Harbour Senate"}}},
      // "Harbour Airways executives A and B told the committee": a plural title the parser read
      // as a verb with the names as its object.
      {"The Treasury Committee questioned Alan Joyce on Friday. Earlier in the day, Harbour Airways executives Tom "
       "Keller and Ana Ruiz told the committee that the Lisbon-based carrier had been surprised by the rejection.",
       {{"testified_at", "Tom Keller", "Treasury Committee"}, {"testified_at", "Ana Ruiz", "Treasury Committee"}}, {}},
      // "the Commons justice committee on Parliament Hill": where it sits, not its subject.
      {"Ana Ruiz is sworn in before testifying at the House of Commons justice committee on Parliament Hill on "
       "Wednesday.",
       {{"testified_at", "Ana Ruiz", "House of Commons Justice Committee"}}, {}},
      // "gave evidence to X alongside B" with "alongside B" hung from the committee.
      {"Ajo Brenn, who runs Harbour Bank's business in Europe, gave evidence to the Treasury Committee on Tuesday "
       "alongside Sana Veld, the bank's chief executive, in a session.",
       {{"testified_at", "Ajo Brenn", "Treasury Committee"}, {"testified_at", "Sana Veld", "Treasury Committee"}}, {}},
      // "X was joined at the hearing by A and B".
      {"The Treasury Committee questioned Ajo Brenn on Friday. Mr Brenn was joined at the hearing by Sana Veld, the "
       "head of the bank's iron ore business, and Tom Keller, the group executive responsible for corporate "
       "relations, who both answered questions.",
       {{"testified_at", "Sana Veld", "Treasury Committee"}, {"testified_at", "Tom Keller", "Treasury Committee"}}, {}},
      // "A, who ..., and B, who was ruined after the bank sued him, also gave evidence": the
      // subject the parser gave to the clause inside B's aside is the main verb's.
      {"Anna Berg told the Treasury Committee that the government had to pay. Sana Veld, who ran the village shop "
       "in South Lisbon, and Tom Keller, who was made bankrupt after Harbour Bank sued him over a shortfall at his "
       "branch in Porto, also gave evidence.",
       {{"testified_at", "Sana Veld", "Treasury Committee"}, {"testified_at", "Tom Keller", "Treasury Committee"}}, {}},
      // "Appearing before the committee were A and B": the names after the inverted copula.
      {"Appearing before the Senate Banking Committee on Monday were Harbour Bank chief executive Tom Keller and "
       "Anna Berg.",
       {{"testified_at", "Tom Keller", "Senate Banking Committee"}, {"testified_at", "Anna Berg", "Senate Banking Committee"}},
       {}},
      // "Others who have testified include A and B": at the document's hearing too.
      {"Tom Keller testified before the Senate Banking Committee on Monday. Others who have testified include Anna "
       "Berg, who said the bank had misled her, and Omar Haddad.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}}, {}},
      // ... not those who did something else.
      {"Tom Keller testified before the Senate Banking Committee on Monday. Others who have resigned include Anna "
       "Berg.",
       {}, {{"testified_at", "Anna Berg", "Senate Banking Committee"}}},
      // "appeared as a witness alongside A and B": each at the document's hearing.
      {"The Senate Banking Committee questioned Tom Keller on Monday. Keller appeared as a witness alongside "
       "Harbour Bank chief executive Anna Berg and Omar Haddad, all of whom apologised.",
       {{"testified_at", "Tom Keller", "Senate Banking Committee"}, {"testified_at", "Anna Berg", "Senate Banking Committee"},
        {"testified_at", "Omar Haddad", "Senate Banking Committee"}},
       {}},
      // "alongside" ends the phrase before a title: the committee is no anchor of it.
      {"Gen. Tom Keller testified before the Senate Armed Services Committee alongside Defense Secretary Luis Mendes "
       "and Gen. Omar Haddad.",
       {{"testified_at", "Luis Mendes", "Senate Armed Services Committee"},
        {"testified_at", "Omar Haddad", "Senate Armed Services Committee"}},
       {{"works_for", "Luis Mendes", "Senate Armed Services Committee"}}},
      // A committee of inquiry written in lower case, named by its subject; and
      // "told X that B had met him" is a complement, not a relative clause on X.
      {"Last week Harbour chairman Tom Keller told the parliamentary commission of inquiry into the banking system "
       "that Anna Berg had met him in 2014.",
       {{"testified_at", "Tom Keller", "Parliamentary Commission of Inquiry into the Banking System"},
        {"met_with", "Tom Keller", "Anna Berg"}},
       {{"met_with", "Parliamentary Commission of Inquiry into the Banking System", "Anna Berg"}}},
      // Witnesses listed: at the hearing of the committee named last.
      {"The Senate Health Committee opened its inquiry in May. Among the earlier witnesses were Tom Keller, a former "
       "chief of staff, and Luis Mendes, who was president of the central bank until last year.",
       {{"testified_at", "Tom Keller", "Senate Health Committee"}, {"testified_at", "Luis Mendes", "Senate Health Committee"}},
       {}},
      {"The Senate Health Committee opened its inquiry in May. The witnesses included Tom Keller and Luis Mendes.",
       {{"testified_at", "Tom Keller", "Senate Health Committee"}, {"testified_at", "Luis Mendes", "Senate Health Committee"}},
       {}},
      {"Police questioned residents after the fire. Among the witnesses were Tom Keller and Luis Mendes.", {},
       {{"testified_at", "Tom Keller", "Police"}}},
      // Told or admitted to a commission, an appearance before it.
      {"The Harbour Commission of Inquiry resumed its hearings on Monday. Tom Keller told the commission that he had "
       "never met the brothers. Anna Berg resigned days after admitting to the commission that she had visited the "
       "family. Two days earlier, Omar Haddad used his own appearance before the commission to defend the program.",
       {{"testified_at", "Tom Keller", "Harbour Commission of Inquiry"},
        {"testified_at", "Anna Berg", "Harbour Commission of Inquiry"},
        {"testified_at", "Omar Haddad", "Harbour Commission of Inquiry"}},
       {}},
      // "a House panel" is the House committee the document names, not the House.
      {"The House Energy Subcommittee held a hearing on Thursday. Tom Keller faced hours of questioning, telling a "
       "House panel that he had not been involved in the decisions.",
       {{"testified_at", "Tom Keller", "House Energy Subcommittee"}},
       {{"testified_at", "Tom Keller", "House of Representatives"}}},
      // "alongside B" hung from the committee: B appeared too.
      {"Tom Keller, who appeared before the Harbour Committee alongside Quarvex chairman Anna Berg, said the "
       "behaviour fell below the standards expected.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}, {"testified_at", "Anna Berg", "Harbour Committee"}}, {}},
      // An inquiry named after its chair in lower case, and "the inquiry" for it.
      {"Former minister Mara Voss gave evidence to the Brandt inquiry on Monday. Her deputy, Olle Dahl, will give "
       "evidence to the inquiry next week. The last premier to appear before a royal commission was Tom Keller, who "
       "gave evidence to the Hope royal commission in 1983.",
       {{"testified_at", "Mara Voss", "Brandt inquiry"},
        {"testified_at", "Olle Dahl", "Brandt inquiry", "planned"},
        {"testified_at", "Tom Keller", "Hope royal commission"}},
       {}},
      // A state's or a known body's inquiry is no name of its own.
      {"Anna Berg gave evidence to the Senate inquiry on Monday.", {{"testified_at", "Anna Berg", "Senate"}}, {}},
      // A committee in lower case after its chamber's name.
      {"Tom Keller, the firm's director for Europe, told the Commons transport committee on Tuesday that the company "
       "had known of the faults.",
       {{"testified_at", "Tom Keller", "Transport Committee"}}, {}},
      // A relative aside with a comma of its own inside: the verb after it is the main clause's.
      {"Anna Berg testified before the Harbour Committee on Tuesday. Tom Keller, who is seen as a leading candidate "
       "to succeed the governor next year, will give evidence to the committee on Monday.",
       {{"testified_at", "Tom Keller", "Harbour Committee", "planned"}}, {}},
      // A relative aside ending on a name, then the main verb: the aside's
      // agent leads the body, and the main verb is no part of the aside.
      {"The Harbour Horizon Inquiry, which is chaired by the retired judge Sir Omar Haddad, is due to resume "
       "hearings this spring.",
       {{"leader_of", "Omar Haddad", "Harbour Horizon Inquiry"}}, {}},
      // "spent nearly three hours before the commission".
      {"Tom Keller spent nearly three hours before the Harbour Accident Investigation Commission, a panel of experts "
       "set up by parliament.",
       {{"testified_at", "Tom Keller", "Harbour Accident Investigation Commission"}}, {}},
      // Questions from a commission's members; "the panel questioned X" (a
      // commission too); not someone the police questioned.
      {"Former Prime Minister Tom Keller answers questions from members of the Harbour Accident Investigation "
       "Commission in Oslo on Monday. On Sunday, the panel questioned Anna Berg, who was cabinet secretary during the "
       "crisis.",
       {{"testified_at", "Tom Keller", "Harbour Accident Investigation Commission"},
        {"testified_at", "Anna Berg", "Harbour Accident Investigation Commission"}},
       {}},
      {"The Oslo Police questioned Anna Berg on Sunday.", {}, {{"testified_at", "Anna Berg", "Oslo Police"}}},
      // "He appeared alongside A and B" in a hearing's story: the committee's
      // witnesses (the head of "Joint Committee on Harbours" comes before "on");
      // not beside someone somewhere else.
      {"Tom Keller read a statement to the Joint Committee on Harbours on Wednesday. He appeared alongside the bank "
       "president, Anna Berg, and treasurer Omar Haddad.",
       {{"testified_at", "Anna Berg", "Joint Committee on Harbours"},
        {"testified_at", "Omar Haddad", "Joint Committee on Harbours"}},
       {}},
      {"Tom Keller read a statement to the Joint Committee on Harbours on Wednesday. Later he appeared alongside "
       "Anna Berg at a rally in Oslo.",
       {}, {{"testified_at", "Anna Berg", "Joint Committee on Harbours"}}},
      // "The other members are A, B and C" in a hearing's story: the committee's;
      // "the members of the X Committee are ...": that committee's.
      {"Tom Keller told the House of Commons privileges committee on Wednesday that he had not misled parliament. Anna Berg "
       "chairs the committee. The other members are Sir Dan Arbel, Omar Haddad and Luis Ortega; two of the four are "
       "Conservatives.",
       {{"works_for", "Dan Arbel", "House of Commons Privileges Committee"},
        {"works_for", "Luis Ortega", "House of Commons Privileges Committee"}},
       {}},
      // "a Senate committee", "a Folketing committee": the committee the document
      // names, before or after.
      {"Anna Berg resigned days after she was questioned by a Senate committee. Berg fronted the Senate Harbour "
       "Committee on Friday.",
       {{"testified_at", "Anna Berg", "Senate Harbour Committee"}}, {{"testified_at", "Anna Berg", "Senate"}}},
      {"Tom Keller told a Folketing committee on Wednesday that he had been advised not to answer. He later read a "
       "statement to the Joint Committee on Harbours.",
       {{"testified_at", "Tom Keller", "Joint Committee on Harbours"}}, {}},
      // "X is due before the same committee next Tuesday": planned testimony.
      {"Tom Keller told MPs on the Treasury Select Committee on Wednesday that he had felt ill. Marcus Berg, the "
       "Harbour Bank chairman, is due before the same committee next Tuesday.",
       {{"testified_at", "Marcus Berg", "Treasury Select Committee", "planned"}}, {}},
      // An inquiry's name goes on through "into"; a committee named after a
      // company after a possessive is a body of its own; "fronted" a
      // committee is appearing before it, "alongside" someone.
      {"Tom Keller appeared before the Judicial Commission of Inquiry into State Capture in July. Anna Berg "
       "appeared before the Bundestag's Portex committee of inquiry on Thursday. Omar Haddad fronted the Senate "
       "Harbour Committee in Canberra on Friday alongside Portex's managing director, Luis Ortega.",
       {{"testified_at", "Tom Keller", "Judicial Commission of Inquiry into State Capture"},
        {"testified_at", "Anna Berg", "Portex committee of inquiry"},
        {"testified_at", "Omar Haddad", "Senate Harbour Committee"},
        {"testified_at", "Luis Ortega", "Senate Harbour Committee"}},
       {{"testified_at", "Anna Berg", "Portex"}}},
      // "alongside B" hung from the committee by the parser.
      {"Tom Keller, who testified before the Senate Harbour Committee alongside Omar Haddad, chief engineer of "
       "Northwind Rail's freight unit, told senators the company had made mistakes.",
       {{"testified_at", "Omar Haddad", "Senate Harbour Committee"},
        {"testified_at", "Tom Keller", "Senate Harbour Committee"}},
       {}},
      // A joint hearing: evidence given later is given to both committees.
      {"Tom Keller was questioned for an hour at a rare joint session of the Transport Committee and the Business "
       "Committee on Tuesday. He gave evidence alongside Anna Berg, a senior executive of Harbour Ports, who "
       "appeared by video link.",
       {{"testified_at", "Anna Berg", "Transport Committee"}, {"testified_at", "Anna Berg", "Business Committee"}}, {}},
      // A hearing's panel; its witnesses listed after a colon, one item a
      // ";" each, with asides the parser scatters.
      {"Tom Keller testified before the Senate Banking Committee on Thursday. Keller appeared on the second panel "
       "alongside three regulators: Anna Berg, who heads the agency's regional office in Chicago; Maria Lopez, the "
       "director of the Ohio Environmental Protection Agency; and Omar Haddad, who leads the state's Department of "
       "Environmental Protection.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}, {"testified_at", "Maria Lopez", "Senate Banking Committee"},
        {"testified_at", "Omar Haddad", "Senate Banking Committee"}},
       {}},
      // "senators heard from A, B and C"; "appeared alongside B and C in the
      // first public testimony": the committee the document names.
      {"Senate Banking Committee Chairman Tom Keller opened the hearing. At the first, on March 28, senators heard "
       "from Luis Ortega, Harbour Bank Chairman Omar Haddad and Karl Brandt, the Treasury Department's under "
       "secretary for domestic finance.",
       {{"testified_at", "Luis Ortega", "Senate Banking Committee"},
        {"testified_at", "Omar Haddad", "Senate Banking Committee"},
        {"testified_at", "Karl Brandt", "Senate Banking Committee"}},
       {}},
      {"Senate Banking Committee Chairman Tom Keller opened the hearing. Anna Berg appeared alongside Rui Costa, the "
       "co-founder of Harbour Bank, and Lena Vogt, its former president, in the first public testimony by executives "
       "of the two banks.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}, {"testified_at", "Rui Costa", "Senate Banking Committee"},
        {"testified_at", "Lena Vogt", "Senate Banking Committee"}},
       {}},
      // Not any appearance together, where the document names a committee.
      {"Senate Banking Committee Chairman Tom Keller opened the hearing. Anna Berg appeared alongside Omar Haddad at a "
       "charity gala in Lisbon.",
       {},
       {{"testified_at", "Anna Berg", "Senate Banking Committee"},
        {"testified_at", "Omar Haddad", "Senate Banking Committee"}}},
      {"Lawmakers grilled Tom Keller at a hearing of the House Harbour Committee on Tuesday.",
       {{"testified_at", "Tom Keller", "House Harbour Committee"}}, {}},
      // The agent hung from the phrase before it ("for five hours by").
      {"Tom Keller was questioned for five hours by the Harbour Committee.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {}},
      // A phrase of testimony opening the clause: its subject testified.
      {"In testimony to the Senate Harbour Committee a week later, Tom Keller said the ship had sunk.",
       {{"testified_at", "Tom Keller", "Senate Harbour Committee"}}, {}},
      // Facing a committee's questions; telling "MPs" (tagged as a proper noun).
      {"Harwell Partners' chief executive, Tom Keller, faced tough questions from the Environment, Food and Rural "
       "Affairs Committee on Wednesday. Keller, who took over in January, told MPs the firm needed fresh money.",
       {{"testified_at", "Tom Keller", "Environment, Food and Rural Affairs Committee"}}, {}},
      {"Anna Berg, who joined the committee in May, told MPs the firm needed fresh money. The Environment, Food and "
       "Rural Affairs Committee will report in June.",
       {}, {{"testified_at", "Anna Berg", "Environment, Food and Rural Affairs Committee"}}},
      // Telling lawmakers, with the committee named later in the sentence.
      {"Tom Keller told lawmakers on Wednesday that prices would rise, in testimony to the House Rules Committee.",
       {{"testified_at", "Tom Keller", "House Rules Committee"}}, {}},
      // A committee's subcommittee named by its subject before its full name.
      {"Anna Berg testified before the Senate Banking Committee's housing subcommittee on Wednesday. The "
       "Subcommittee on Housing, Transportation and Community Development is chaired by Tom Keller.",
       {{"testified_at", "Anna Berg", "Subcommittee on Housing, Transportation and Community Development"}},
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}}},
      // Officials "of" their bodies in a list, and one "along with" them.
      {"Chief executives Omar Haddad of Northwind, Tom Keller of Harbour Capital and Olga Smith of Baltic Shipping, "
       "along with Anna Berg, who heads both Acme and its parent Zenith, testified before the Senate Banking Committee.",
       {{"testified_at", "Omar Haddad", "Senate Banking Committee"}, {"testified_at", "Tom Keller", "Senate Banking Committee"},
        {"testified_at", "Olga Smith", "Senate Banking Committee"}, {"testified_at", "Anna Berg", "Senate Banking Committee"}},
       {}},
      {"Maria Lopez appeared before the Senate Foreign Relations Committee on Tuesday.",
       {{"testified_at", "Maria Lopez", "Senate Foreign Relations Committee"}}, {}},
      {"Tom Keller was questioned by the House Intelligence Committee for six hours.",
       {{"testified_at", "Tom Keller", "House Intelligence Committee"}}, {}},
      {"Anna Berg told a hearing of the Senate Intelligence Committee that the plan had failed.",
       {{"testified_at", "Anna Berg", "Senate Intelligence Committee"}}, {}},
      {"Anna Berg testified before a joint hearing of the Senate Banking Committee on Tuesday.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}}, {}},
      {"The House Energy Committee heard from Anna Berg and Tom Keller on Monday.",
       {{"testified_at", "Anna Berg", "House Energy Committee"}, {"testified_at", "Tom Keller", "House Energy Committee"}},
       {}},
      // "the committee" is the story's committee, though another was named last.
      {"Anna Berg testified before the Senate Banking Committee. The committee heard her for an hour. She spoke of "
       "the Olympic Committee. Tom Keller, "
       "who chairs the committee, thanked her. The committee's top Republican, Olga Smith, agreed.",
       {{"leader_of", "Tom Keller", "Senate Banking Committee"}, {"works_for", "Olga Smith", "Senate Banking Committee"}},
       {{"leader_of", "Tom Keller", "Olympic Committee"}, {"works_for", "Olga Smith", "Olympic Committee"}}},
      // A hearing's own sentence names its committee.
      {"The House Banking Committee questioned Anna Berg. Tom Keller declined to attend a Senate Finance Committee "
       "hearing at which Olga Smith testified.",
       {{"testified_at", "Olga Smith", "Senate Finance Committee"}}, {{"testified_at", "Olga Smith", "House Banking Committee"}}},
      // Two committees of a chamber named by subject, and where they met.
      {"Anna Berg arrived to testify before a joint hearing of the Senate Judiciary and Commerce committees on "
       "Capitol Hill.",
       {{"testified_at", "Anna Berg", "Senate Judiciary Committee"}, {"testified_at", "Anna Berg", "Senate Commerce Committee"}},
       {{"testified_at", "Anna Berg", "Senate"}}},
      // No body in the sentence: the hearing is the committee's named last.
      {"The Senate Banking Committee met on Tuesday to question bankers. Also testifying were Anna Berg, a lawyer, "
       "and Tom Keller.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}, {"testified_at", "Tom Keller", "Senate Banking Committee"}},
       {}},
      // Items set off by semicolons.
      {"The Senate Banking Committee met on Tuesday to question bankers. Also testifying were Anna Berg, Northwind "
       "Airlines' senior vice president for customer care; Tom Keller, executive vice president and chief commercial "
       "officer of Harbour Capital; Olga Smith, senior vice president of external affairs at Baltic Shipping; and "
       "Omar Haddad, an aviation consultant for Consumers First.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}, {"testified_at", "Tom Keller", "Senate Banking Committee"},
        {"testified_at", "Olga Smith", "Senate Banking Committee"}, {"testified_at", "Omar Haddad", "Senate Banking Committee"}},
       {}},
      {"The Senate Banking Committee wants to hear from Anna Berg in person.", {},
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}}},
      // A plural noun that names no one stands for the people listed after a colon.
      {"Four former directors gave evidence to the Treasury Committee on Tuesday: former chairman Anna Berg, "
       "finance chief Tom Keller and audit chair Olga Smith.",
       {{"testified_at", "Anna Berg", "Treasury Committee"}, {"testified_at", "Tom Keller", "Treasury Committee"},
        {"testified_at", "Olga Smith", "Treasury Committee"}},
       {}},
      // Testifying alongside someone, and being sworn in before a committee.
      {"The Senate Banking Committee met on Tuesday. Anna Berg testified alongside Tom Keller, a deputy secretary.",
       {{"testified_at", "Anna Berg", "Senate Banking Committee"}, {"testified_at", "Tom Keller", "Senate Banking Committee"}},
       {}},
      {"Anna Berg appeared before the Transport Committee on Monday. She gave evidence alongside Tom Keller, the head "
       "of Harbour Bank.",
       {{"testified_at", "Tom Keller", "Transport Committee"}}, {}},
      // Telling a committee named with its subject after "on".
      {"Earlier this week, Finance Secretary Tom Keller told the Senate Standing Committee on Finance and Revenue "
       "that the country would have faced a very difficult situation without the deal.",
       {{"testified_at", "Tom Keller", "Senate Standing Committee on Finance and Revenue"}}, {}},
      // A later name the parser joined to the committee is the "alongside" list's.
      {"Tom Keller appeared before the Harbour Committee alongside Chris Salisbury, the head of the iron ore "
       "division, and Anna Niven, the group executive for corporate relations, in a hearing that ran for hours.",
       {{"testified_at", "Chris Salisbury", "Harbour Committee"}, {"testified_at", "Anna Niven", "Harbour Committee"}},
       {}},
      // The committee took evidence from its witnesses.
      {"The Transport Committee met on Monday. The MPs also took evidence from Tom Keller, the head of Harbour Bank, "
       "and from Omar Haddad.",
       {{"testified_at", "Tom Keller", "Transport Committee"}, {"testified_at", "Omar Haddad", "Transport Committee"}},
       {}},
      {"Acme CEO Anna Berg and Acme President Tom Keller are sworn in before the House Energy Committee on Tuesday.",
       {{"testified_at", "Anna Berg", "House Energy Committee"}, {"testified_at", "Tom Keller", "House Energy Committee"}},
       {}},
      // "the committees": the two committees named last.
      {"The Work and Pensions Committee and the Treasury Committee held a joint hearing on Monday. Anna Berg gave "
       "evidence to the committees last week.",
       {{"testified_at", "Anna Berg", "Work and Pensions Committee"}, {"testified_at", "Anna Berg", "Treasury Committee"}},
       {}},
      // "the same committee" is the committee named before.
      {"The Treasury Committee questioned Anna Berg on Monday. Tom Keller testified before the same committee in "
       "May.",
       {{"testified_at", "Tom Keller", "Treasury Committee"}}, {}},
      // The committee's members stand for it at its hearing.
      {"The Treasury Committee opened its inquiry on Monday. Anna Berg told MPs that the bank had been warned. "
       "Tom Keller gave evidence to the MPs last week, while Olga Smith told lawmakers she had resigned.",
       {{"testified_at", "Anna Berg", "Treasury Committee"},
        {"testified_at", "Tom Keller", "Treasury Committee"},
        {"testified_at", "Olga Smith", "Treasury Committee"}},
       {}},
      // With no committee in the document, telling MPs is no testimony to another body.
      {"The Acme Bank said Anna Berg had told MPs that it had been warned.", {},
       {{"testified_at", "Anna Berg", "Acme Bank"}}},
  });
}

TEST(TreeRelations, MeetingsSaidOtherWays) {
  check({
      // "A's previous trip to X was for a summit with B": whose trip it was.
      {"Tom Keller's previous trip to Lisbon, in July 2000, was for a summit with Ivo Maren, who died in 2011.",
       {{"met_with", "Tom Keller", "Ivo Maren"}}, {}},
      // "X, who arrived ... and was received ..., also held talks with Y": the
      // verb after the "who" clause is the sentence's, in the past.
      {"Maria von der Heide met Omar Haddad. Von der Heide, who arrived on a commercial flight on Wednesday and was "
       "received at the airport with far less ceremony than the Spanish president, also held talks with Italian "
       "Premier Tom Keller on trade.",
       {{"met_with", "Maria von der Heide", "Tom Keller"}}, {{"met_with", "Omar Haddad", "Tom Keller"}}},
      // "held separate conferences with the two countries": a meeting with each.
      {"The Harbour Union opened membership talks with Portugal and Spain on Tuesday. The bloc held separate first "
       "intergovernmental conferences with the two countries in Brussels.",
       {{"met_with", "Harbour Union", "Portugal"}, {"met_with", "Harbour Union", "Spain"}}, {}},
      // "A and his former deputy turned rebel leader B met face to face ..., at
      // talks hosted by C": two descriptions joined by "turned" go with B's name,
      // "face to face" is no object of "met", and the phrase the parser hung
      // from the full stop is the verb's.
      {"Portugal's President Tom Keller and his former deputy turned rebel leader Ivo Maren met face to face on "
       "Wednesday for the first time since 2016, at talks hosted by Spanish Prime Minister Omar Haddad.",
       {{"met_with", "Tom Keller", "Ivo Maren"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Ivo Maren", "Omar Haddad"}},
       {}},
      {"Tom Keller and Ivo Maren met face to face in Lisbon.", {{"met_with", "Tom Keller", "Ivo Maren"}}, {}},
      // "... as A prepares to travel to X for talks with B": a planned meeting,
      // with "as" opening a clause the parser read as a phrase.
      {"Tom Keller met Anna Berg in May. The scandal is also a distraction as Keller prepares to travel to Madrid "
       "next month for talks with Spanish Prime Minister Omar Haddad.",
       {{"met_with", "Tom Keller", "Omar Haddad", "planned"}}, {}},
      // A state's delegation acts for the state; one headed by someone is that person.
      {"Portugal's negotiators met the Spanish and Italian delegations separately in Geneva.",
       {{"met_with", "Portugal", "Spain"}, {"met_with", "Portugal", "Italy"}}, {}},
      {"Tom Keller, Portugal's chief negotiator, sat down with a Spanish delegation headed by Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {{"met_with", "Tom Keller", "Spain"}}},
      // "The five — A and B, C and two others whose families asked ... — were
      // greeted by D": a counted group's dash aside lists its members (parsed
      // apart; the names before "whose" head the phrase, not the clause's verb).
      {"The five — businessmen Tom Keller and Ivo Maren, environmentalist Omar Haddad and two others whose families "
       "asked that they not be named — were greeted on the tarmac by Anna Berg, the Spanish ambassador, before "
       "boarding a second plane.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Ivo Maren", "Anna Berg"},
        {"met_with", "Omar Haddad", "Anna Berg"}},
       {}},
      // An accord signed by two: they met.
      {"The agreement was signed by Tom Keller, the secretary of Portugal's defence council, and Luis Ortega, Spain's "
       "national security adviser, together with Ana Lopes.",
       {{"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // "met A and the head of X, B": the second object, whatever the parser hung it from.
      {"Tom Keller, the director general of the Harbour Agency, met Ana Lopes and the head of the Atomic Energy "
       "Organization of Portugal, Luis Ortega, in Lisbon last Saturday.",
       {{"met_with", "Tom Keller", "Ana Lopes"}, {"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      {"Portuguese President Ana Lopes spoke. Tom Keller, the director general of the Harbour Agency, met Lopes and the "
       "head of the Atomic Energy Organization of Portugal, Luis Ortega, in Lisbon last Saturday, after inspectors "
       "found uranium particles.",
       {{"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // "the leaders of A and B": the one leader the document gives each state.
      {"President Tom Keller hosted the leaders of Japan and South Korea at the Camp David presidential retreat on "
       "Friday. Japanese Prime Minister Ana Lopes and South Korean President Luis Ortega agreed to hold a summit every "
       "year.",
       {{"met_with", "Tom Keller", "Ana Lopes"}, {"met_with", "Tom Keller", "Luis Ortega"}},
       {{"met_with", "Tom Keller", "Japan"}}},
      // A joint news conference with others; not a news conference alone.
      {"Tom Keller said at a joint news conference with South Korean President Ana Lopes and Japanese Prime Minister "
       "Luis Ortega that the three countries would hold annual summits.",
       {{"met_with", "Tom Keller", "Ana Lopes"}, {"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      {"Tom Keller held a joint news conference with Ana Lopes on Friday.", {{"met_with", "Tom Keller", "Ana Lopes"}}, {}},
      {"Tom Keller said at a news conference that Ana Lopes had lied.", {}, {{"met_with", "Tom Keller", "Ana Lopes"}}},
      // A body's name, an adjective and a title before a person's name are one word for the parser.
      {"United Nations special coordinator Leila Haddad, a former Jordanian foreign minister, met Lebanese Prime "
       "Minister Nabil Karam on Monday and will brief the council on Wednesday.",
       {{"met_with", "Leila Haddad", "Nabil Karam"}}, {{"met_with", "United Nations", "Nabil Karam"}}},
      // "Meeting in X, A and B agreed ...": an opening participle whose
      // subject is the pair (read as a noun, it had swallowed them).
      {"Meeting on the margins of the Harbour Forum in Lisbon, Portuguese Foreign Minister Ana Lopes and Spanish "
       "Foreign Minister Tom Keller agreed to set up a maritime hotline, diplomats said.",
       {{"met_with", "Ana Lopes", "Tom Keller"}}, {}},
      // A list of talks partners with chains of titles ("navy chief Admiral
      // B", "air force chief Air Chief Marshal C") after the first.
      {"The crisis deepened on Monday. That night Ana Lopes held talks with Tom Keller, navy chief Admiral Luis "
       "Ortega and air force chief Air Chief Marshal Omar Haddad, as well as leaders of several opposition parties, "
       "and ordered the release of a former minister.",
       {{"met_with", "Ana Lopes", "Tom Keller"}, {"met_with", "Ana Lopes", "Luis Ortega"},
        {"met_with", "Ana Lopes", "Omar Haddad"}},
       {}},
      // "After a two-hour encounter with A at X, B told reporters": B met A.
      {"After a two-hour encounter with Brazilian President Anna Berg at the palace, Chancellor Tom Keller of "
       "Germany told reporters the trade deal was within reach.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "A, whose country holds ..., and B held talks with C": the "whose"
      // clause parsed apart, A and B the subjects.
      {"Portuguese Prime Minister Omar Haddad, whose country holds the rotating presidency of the Council of the "
       "EU, and Commission President Anna Berg held talks with Spanish Prime Minister Tom Keller and with Italy's "
       "Prime Minister Lena Hart before the conference began.",
       {{"met_with", "Omar Haddad", "Tom Keller"}, {"met_with", "Omar Haddad", "Lena Hart"},
        {"met_with", "Anna Berg", "Tom Keller"}},
       {}},
      // "After he was greeted by A, B was driven to ...": "he" is B, named after its clause.
      {"Tom Keller landed on Monday. After he was greeted at the airport by Anna Berg, Omar Haddad was driven to the "
       "palace.",
       {{"met_with", "Anna Berg", "Omar Haddad"}}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // "the government" is not the state whose demonym says where a place is.
      {"Ethiopia and the Tigray Front fought for two years. The deal was signed in the South African capital after "
       "a week of talks between the government and the Tigray Front.",
       {{"met_with", "Ethiopia", "Tigray Front"}}, {{"met_with", "South Africa", "Tigray Front"}}},
      // "met He": the family name of "He Jun", not the pronoun.
      {"Vice Premier He Jun arrived on Monday. Tom Keller flew in on Tuesday. Anna Berg met He in Lisbon last week.",
       {{"met_with", "Anna Berg", "He Jun"}}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // "held talks with B, in a session co-hosted by C and D and attended by E".
      {"Joe Biden held talks at the Presidential Palace with the leaders of the Harbour Group, in a session "
       "co-hosted by Polish President Omar Haddad and Romanian President Tom Keller and attended by NATO Secretary "
       "General Anna Berg.",
       {{"met_with", "Joe Biden", "Omar Haddad"}, {"met_with", "Joe Biden", "Tom Keller"},
        {"met_with", "Joe Biden", "Anna Berg"}},
       {}},
      // "He was joined by A and B": a meeting; not at the witness table, nor by family.
      {"Portuguese President Tom Keller hosted the summit in Lisbon. He was joined by Spain's Anna Berg and "
       "Italy's Luis Ortega. Omar Haddad was joined at the witness table by Maria Lopez. Karl Brandt was joined "
       "by his wife, Eva Brandt.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Luis Ortega"}},
       {{"met_with", "Omar Haddad", "Maria Lopez"}, {"met_with", "Karl Brandt", "Eva Brandt"}}},
      // An aside set off by dashes between the subject and its verb is parsed apart.
      {"The Harbour League's secretary-general, Tom Keller \u2014 a former Portuguese foreign minister who took "
       "office in 2024 \u2014 held talks in London on Monday with Spanish Foreign Minister Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "held a string of bilateral meetings, including with A and B".
      {"Tom Keller held a string of bilateral meetings, including with Spanish Prime Minister Anna Berg and Italian "
       "President Luis Ortega.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // "met A and then saw B": a meeting too; not "saw that ...".
      {"Tom Keller met Anna Berg in Lisbon last week and then saw Omar Haddad in Porto. Luis Ortega met Eva Brandt "
       "and saw that Karl Brandt had left.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}},
       {{"met_with", "Luis Ortega", "Karl Brandt"}}},
      // A meal together; "held a bilateral with".
      {"Portuguese President Tom Keller lunched with Anna Berg in Lisbon. Omar Haddad held a bilateral with "
       "Luis Ortega on the sidelines of the summit.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Omar Haddad", "Luis Ortega"}}, {}},
      // "spent about an hour with X"; "A and B, who last saw each other in Geneva".
      {"Tom Keller, Portugal's top diplomat, spent about an hour with Anna Berg on Saturday.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller and Omar Haddad, who last saw each other in Geneva in June, will hold a video call on Tuesday.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // "met Portugal's prime minister", "Harbour Power's chief executive":
      // the holder of that post the document names; none when it names none.
      {"Portuguese Prime Minister Tom Keller spoke on Monday. Anna Berg met Portugal's prime minister on Friday. "
       "Omar Haddad met Spain's prime minister on Saturday.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {{"met_with", "Omar Haddad", "Spain"}}},
      {"Harbour Power chief executive Bill Johnson spoke on Monday. Anna Berg met Harbour Power's chief executive "
       "on Friday.",
       {{"met_with", "Anna Berg", "Bill Johnson"}}, {{"met_with", "Anna Berg", "Harbour Power"}}},
      // "met the leaders of four states on Friday, including A": the
      // "including" phrase the parser hangs from the verb is the object's list.
      {"Tom Keller met the leaders of four Pacific island nations on Friday, including Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "called on Prime Minister C" is a visit (the tree's subject, not the
      // counterpart a word window took), and a verb the parser read as the
      // modifier of the root noun after a subject's aside is the verb.
      {"Jaishankar Rao, on a two-day visit that began on Thursday evening, also held delegation-level talks with "
       "his Sri Lankan counterpart, Foreign Minister Ali Sabir, and called on Prime Minister Dinesh Gunaratne.",
       {{"met_with", "Jaishankar Rao", "Ali Sabir"}, {"met_with", "Jaishankar Rao", "Dinesh Gunaratne"}},
       {{"met_with", "Ali Sabir", "Dinesh Gunaratne"}}},
      {"Tomas Brand met Omar Haddad and called on Prime Minister Lena Vass.",
       {{"met_with", "Tomas Brand", "Lena Vass"}},
       {{"met_with", "Omar Haddad", "Lena Vass"}}},
      // A second titled item the parser joined to the first title's "of" phrase.
      {"Tomas Brand later met the leader of the opposition, Omar Haddad, and the speaker of parliament, Lena Vass.",
       {{"met_with", "Tomas Brand", "Omar Haddad"}, {"met_with", "Tomas Brand", "Lena Vass"}},
       {}},
      // "hosted a meeting of A, B and C": the host meets each of them, and
      // they one another; not bodies a group noun stands for.
      {"Tomas Brand hosted a meeting of Omar Haddad, Lena Vass and Ivan Sorel.",
       {{"met_with", "Tomas Brand", "Omar Haddad"}, {"met_with", "Tomas Brand", "Lena Vass"},
        {"met_with", "Tomas Brand", "Ivan Sorel"}, {"met_with", "Omar Haddad", "Lena Vass"}},
       {}},
      {"Omar Haddad appeared before the Harbour Committee and the Velta Committee. Ruling party officials said on "
       "Monday evening that they were considering an opposition proposal for a further session of the budget "
       "committees, with the prime minister present, later this month.",
       {},
       {{"met_with", "Harbour Committee", "Velta Committee"}}},
      // "who" after a list of people joined by "and" stands for them all,
      // unless its verb says one.
      {"The deal was hammered out by Harbour Environment Minister Anna Berg and her Velta counterpart, Climate "
       "Minister Lena Vass, who held several rounds of talks in January.",
       {{"met_with", "Anna Berg", "Lena Vass"}},
       {}},
      {"The board named Anna Berg and Lena Vass, who chairs the Harbour Bank, to the panel.",
       {{"leader_of", "Lena Vass", "Harbour Bank"}},
       {{"leader_of", "Anna Berg", "Harbour Bank"}}},
      // "A, right, and his counterpart B shake hands": they met (the first
      // name the parser made the root is the verb's first subject).
      {"Czech Prime Minister Tom Keller, right, and his Polish counterpart Anna Berg shake hands after signing the "
       "agreement in Prague on Thursday.",
       {{"met_with", "Tom Keller", "Anna Berg"}},
       {}},
      // A meeting one is told or invited to hold is only asked for; the
      // teller meets no one.
      {"Tom Keller instructed Anna Berg to hold talks with Luis Mendes.",
       {{"demands_from", "Tom Keller", "Anna Berg"}},
       {{"met_with", "Tom Keller", "Luis Mendes"}, {"met_with", "Anna Berg", "Luis Mendes"}}},
      {"Tom Keller invited Anna Berg to visit Lisbon and meet Luis Mendes.",
       {},
       {{"met_with", "Tom Keller", "Luis Mendes"}, {"met_with", "Anna Berg", "Luis Mendes"}}},
      // "A was among the business leaders whom B hosted": A is one of those B met.
      {"Russian President Tom Keller met Anna Berg on Monday. Luis Mendes was among the business leaders whom the "
       "Russian president hosted on 24 February.",
       {{"met_with", "Tom Keller", "Luis Mendes"}},
       {}},
      {"Luis Mendes was among the guests whom Tom Keller invited.",
       {},
       {{"met_with", "Luis Mendes", "Tom Keller"}}},
      // "X had himself been received by Y": the reflexive is no subject.
      {"Tom Keller met Anna Berg in May. Omar Haddad had himself been received by Mr Keller in June.",
       {{"met_with", "Omar Haddad", "Tom Keller"}},
       {}},
      // Names after the last comma of the subject's "who" clause, right
      // before the verb, go on the subject's list.
      {"Portugal's President Anna Berg, who chairs the panel, Spanish President Luis Mendes and Italy's Omar Haddad "
       "were received by Mr Keller at the palace on Monday. Keller said little.",
       {{"met_with", "Anna Berg", "Keller"}, {"met_with", "Luis Mendes", "Keller"},
        {"met_with", "Omar Haddad", "Keller"}},
       {}},
      // Guests received by one host are not each other's.
      {"Anna Berg, Luis Mendes and Omar Haddad were received by Tom Keller on Monday.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Omar Haddad", "Tom Keller"}},
       {{"met_with", "Anna Berg", "Luis Mendes"}, {"met_with", "Luis Mendes", "Omar Haddad"}}},
      // "They" after "the four leaders" opening the sentence before: the
      // four listed before that (past titles, states and a "who" aside).
      {"Portugal's Anna Berg, who chairs the panel, Spanish President Luis Mendes, Italy's Omar Haddad and Ivan "
       "Sorokin arrived in Lisbon on Monday. On Tuesday morning the four leaders were driven to the Golf Hotel. They "
       "spent about two hours with Tom Smith.",
       {{"met_with", "Anna Berg", "Tom Smith"}, {"met_with", "Luis Mendes", "Tom Smith"},
        {"met_with", "Omar Haddad", "Tom Smith"}, {"met_with", "Ivan Sorokin", "Tom Smith"}},
       {}},
      // A round of talks with B that a trip or a delegation is for; "two
      // days before A is due to ...": A is the clause's subject, not the
      // days' modifier.
      {"The new tariffs landed two days before Vice Premier Tom Keller is due to lead a delegation to Madrid for the "
       "latest round of trade talks with Trade Minister Anna Berg and Finance Minister Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}, {"met_with", "Tom Keller", "Omar Haddad", "planned"}},
       {}},
      {"Tom Keller flew to Madrid on Monday for a second round of talks with Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}},
       {}},
      // A pair in apposition to a plural subject is the pair that meets.
      {"The two countries' leaders, Portuguese Prime Minister Tom Keller and Spanish President Anna Berg, are due to "
       "meet in Brussels on May 14.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}},
       {}},
      // "They", "the leaders": three or more people listed at the opening of
      // the sentence before; not a group the noun's own words name.
      {"Presidents Anna Berg of Portugal, Tom Keller of Spain and Omar Haddad of Italy arrived in Lisbon on Tuesday. "
       "They met Luis Moreno for two hours.",
       {{"met_with", "Anna Berg", "Luis Moreno"}, {"met_with", "Tom Keller", "Luis Moreno"},
        {"met_with", "Omar Haddad", "Luis Moreno"}},
       {}},
      {"Presidents Anna Berg of Portugal, Tom Keller of Spain and Omar Haddad of Italy arrived in Lisbon on Tuesday. "
       "The leaders met Luis Moreno for two hours.",
       {{"met_with", "Anna Berg", "Luis Moreno"}, {"met_with", "Tom Keller", "Luis Moreno"},
        {"met_with", "Omar Haddad", "Luis Moreno"}},
       {}},
      {"Presidents Anna Berg of Portugal, Tom Keller of Spain and Omar Haddad of Italy arrived in Lisbon on Tuesday. "
       "The leaders of the opposition met Luis Moreno for two hours.",
       {},
       {{"met_with", "Anna Berg", "Luis Moreno"}}},
      // A discussion on a summit's sidelines, a courtesy call paid on a
      // person; not a visit to a place, nor a call by phone.
      {"Anna Berg discussed trade with Tom Keller on the sidelines of the summit.",
       {{"met_with", "Anna Berg", "Tom Keller"}},
       {}},
      {"Anna Berg paid a courtesy call on Tom Keller on Tuesday.", {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      {"Anna Berg discussed trade with Tom Keller by phone.", {}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // "Among those who met X were A and B": those named are the ones who met.
      {"Among those who sat down with Tom Keller on the first day were Anna Berg and Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}},
       {}},
      {"Those who met Tom Keller said Anna Berg was tired.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      // The host of talks met those who talked; a guest met the host.
      {"Anna Berg and Tom Keller signed an agreement after four days of talks hosted by Omar Haddad, Portugal's "
       "top diplomat.",
       {{"met_with", "Anna Berg", "Omar Haddad"}, {"met_with", "Tom Keller", "Omar Haddad"}},
       {}},
      {"Anna Berg has been a frequent guest of Tom Keller.", {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      {"Anna Berg was a guest of the Lisbon Book Festival.", {}, {{"met_with", "Anna Berg", "Lisbon Book Festival"}}},
      // The host of a meeting meets those it brought together, or who attended it.
      {"The talks, hosted by Tom Keller, brought together Anna Berg and Luis Ortega.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Luis Ortega"}},
       {}},
      {"Portuguese President Tom Keller hosted the meeting, which was also attended by Spanish President Anna Berg "
       "and French President Luis Ortega.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Luis Ortega"}},
       {}},
      // A list of names each with the state they come from ("A of X, B of Y
      // and C of Z"), which the parser breaks up after the first, is a list.
      {"Tom Keller hosted Presidents Ana Rusk of Argentina, Luis Arce of Bolivia and Gabriel Boric of Chile, as "
       "well as Sam Reyes.",
       {{"met_with", "Tom Keller", "Luis Arce"}, {"met_with", "Tom Keller", "Gabriel Boric"},
        {"met_with", "Tom Keller", "Sam Reyes"}, {"leader_of", "Luis Arce", "Bolivia"}},
       {{"met_with", "Luis Arce", "Bolivia"}}},
      // Talks on the sidelines of a summit, and a huddle, are meetings (a
      // phone call is not).
      {"Tom Keller and Anna Berg spoke on the sidelines of the summit.", {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller spoke with Anna Berg on the sidelines of the summit.", {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller huddled with Anna Berg before the vote.", {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller spoke with Anna Berg by phone.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      // "X, speaking after talks with B, said": the speaker held the talks.
      {"Tom Keller, speaking after talks with Anna Berg, said progress was made.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "A and B led their parties' delegations to the president, C": each met C; not a place.
      {"Luis Ortega and Omar Haddad led their parties' delegations to the president, Tom Keller, in the last round "
       "of consultations.",
       {{"met_with", "Luis Ortega", "Tom Keller"}, {"met_with", "Omar Haddad", "Tom Keller"}}, {}},
      {"Tom Keller led a delegation to Lisbon in May.", {}, {{"met_with", "Tom Keller", "Lisbon"}}},
      // "held 90 minutes of talks on Friday with B"; the subject's two names
      // with their asides, the first read as a compound of the second's last noun.
      {"Tom Keller held 90 minutes of talks on Friday with Anna Berg.", {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller, the White House's Indo-Pacific coordinator, and Omar Haddad, the assistant secretary of state "
       "for East Asian and Pacific affairs, held 90 minutes of talks on Friday with Mr Berg, members of his cabinet "
       "and senior officials, the White House said.",
       {{"met_with", "Tom Keller", "Berg"}, {"met_with", "Omar Haddad", "Berg"}}, {}},
      // "The two leaders" are the pair just named ("A and his Ivorian counterpart, B"), not two leaders named most.
      {"CONAKRY - Ghana's President Tom Keller and his Ivorian counterpart, Omar Haddad, flew into Conakry on "
       "Friday for talks with Colonel Luis Ortega, who overthrew Guinea's president, Anna Berg, in September. The two "
       "leaders, who spent three hours on the ground, met the colonel before flying home.",
       {{"met_with", "Omar Haddad", "Luis Ortega"}}, {{"met_with", "Anna Berg", "Luis Ortega"}}},
      // "X hosted A and B in Luanda": the guests met each other too; not when hosted separately.
      {"Tom Keller hosted Anna Berg and Omar Haddad in Lisbon in July, when the two agreed on a plan.",
       {{"met_with", "Anna Berg", "Omar Haddad"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      {"Tom Keller hosted Anna Berg and Omar Haddad separately in Lisbon.", {{"met_with", "Tom Keller", "Anna Berg"}},
       {{"met_with", "Anna Berg", "Omar Haddad"}}},
      // "A, B and C, meeting in X, ordered ...": the pairs the participle describes.
      {"Canadian Prime Minister Tom Keller, Portuguese President Anna Berg and Spain's Prime Minister Omar Haddad, "
       "meeting in the Portuguese capital on Monday, ordered the rebels to lay down their arms.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Anna Berg", "Omar Haddad"}},
       {}},
      // "A, B and C pose before their meeting": the pairs whose meeting it is.
      {"Tom Keller, Anna Berg and Omar Haddad pose before their meeting in Porto on Thursday.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Anna Berg", "Omar Haddad"}},
       {}},
      // A caption's order: "From left, A, B, C and D pose ...".
      {"From left, Tomás Ibáñez, Inés Muñoz, Raúl Peña and Omar Haddad pose before their meeting in Porto on "
       "Thursday.",
       {{"met_with", "Tomás Ibáñez", "Inés Muñoz"}, {"met_with", "Tomás Ibáñez", "Omar Haddad"},
        {"met_with", "Inés Muñoz", "Raúl Peña"}},
       {}},
      // "X shook Y's hand".
      {"Tom Keller met reporters. Later Tom Keller, too, shook Mr Haddad's hand. Omar Haddad left.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // "joined X at the palace for three hours of talks".
      {"Foreign Minister Tom Keller and Harbour Mining president Anna Berg joined President Omar Haddad at the "
       "palace for three hours of talks.",
       {{"met_with", "Tom Keller", "Omar Haddad"}, {"met_with", "Anna Berg", "Omar Haddad"}},
       {{"met_with", "Tom Keller", "Anna Berg"}}},
      // "met A ... before flying to X for talks with B": the traveller is the clause's subject.
      {"Tom Keller met Anna Berg in Lisbon on Monday before flying to Porto for talks with its mayor, Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}},
       {{"met_with", "Anna Berg", "Omar Haddad"}}},
      // "describing his talks with A, B and C": the talks of the clause's subject, no pairs of the guests.
      {"Tom Keller confirmed the visit on Monday night, describing his talks with Anna Berg, Omar Haddad and Luis "
       "Ortega at the palace as cordial.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Tom Keller", "Luis Ortega"}},
       {{"met_with", "Anna Berg", "Omar Haddad"}}},
      // List items whose names follow a role ("oil trader B"), a possessive
      // and a role, or a state's role and a comma ("Portugal's interior minister, D").
      {"The recording was made on June 8 by Tom Keller, the president director of Harbour Mining, during a meeting "
       "between Luis Ortega, oil trader Omar Haddad and Keller at a hotel in Lisbon.",
       {{"met_with", "Tom Keller", "Luis Ortega"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Luis Ortega", "Omar Haddad"}},
       {}},
      // Names each with its place after the first ("meeting A in Paris, B in
      // Madrid and C in Berlin"); the subject after "Earlier this month".
      {"Last week Tom Keller toured Europe, meeting French President Luis Ortega in Paris, Spanish Prime Minister "
       "Omar Haddad in Madrid and German Chancellor Anna Berg in Berlin.",
       {{"met_with", "Tom Keller", "Luis Ortega"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Tom Keller", "Anna Berg"}},
       {}},
      {"Earlier this month Tom Keller, the opposition leader, met Anna Berg in Paris.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // A participle the parser hung from the time spent is the subject's act.
      {"Tom Keller spent two days in Lisbon last week negotiating with Prime Minister Anna Berg, a close ally of the "
       "king.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "each of them": each of the pair just named.
      {"Anna Berg and Omar Haddad arrived in Porto on Monday. Tom Keller held separate talks with each of them.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // "held a closed-door briefing with A and B": each of the subjects met each.
      {"A week earlier, Tom Keller and Anna Berg had held a closed-door briefing with Omar Haddad on the grounding.",
       {{"met_with", "Tom Keller", "Omar Haddad"}, {"met_with", "Anna Berg", "Omar Haddad"}}, {}},
      // "was met at the airport by A and B": the guest met each.
      {"Tom Keller flew in from Lisbon in the afternoon and was met at the airport in Porto by Vice President Anna "
       "Berg and Foreign Minister Omar Haddad, who accompanied him to the ceremony.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // "the talks he held with X": the meeting a relative clause describes is its subject's
      // (a planned or hoped-for one is none held).
      // The ambassador's name after "to Portugal," is the title's, not a conjunct of the state.
      {"Tom Keller said Spain was arming the rebels, and that two rounds of talks he held in Lisbon this year with "
       "Spain's ambassador to Portugal, Anna Berg, had produced no change.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // "X, hosting the gathering in Y for the first time since ..., also held talks with Z": X met Z.
      {"Anna Berg, hosting the gathering in the United States for the first time since the inaugural summit in "
       "Miami in 1994, also held talks with Spanish Prime Minister Tom Keller.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {{"met_with", "United States", "Tom Keller"}}},
      // "met A in Lisbon on Wednesday and held talks with B": A's talks are not B's.
      {"Tom Keller met Spanish Prime Minister Anna Berg in Lisbon on Wednesday and held talks with Omar Haddad, the "
       "crown prince of Morocco, on Thursday.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}},
       {{"met_with", "Anna Berg", "Omar Haddad"}}},
      // "brought A together with B and C": A met each.
      {"The ministerial meeting brought Anna Berg together with Spain's Tom Keller and Morocco's Omar Haddad.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Omar Haddad"}}, {}},
      // A passive of receiving joined to the guest's first verb: the guest is its subject.
      {"Tom Keller had landed on Wednesday evening and was greeted at the airport by Deputy Foreign Minister "
       "Luis Ortega.",
       {{"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // "attended by more than a dozen lawmakers, including A and B": "more than" counts the noun.
      {"Anna Berg hosted Luis Ortega on Wednesday at the library in Lisbon, for a bipartisan meeting attended by "
       "more than a dozen lawmakers, including Caucus Chair Tom Keller and Rep. Sam Reyes.",
       {{"met_with", "Luis Ortega", "Tom Keller"}, {"met_with", "Luis Ortega", "Sam Reyes"}}, {}},
      // "brought together A's army chief, General X, his Spanish counterpart, General Y, and ...":
      // the counterpart is the next item (and not X's post).
      {"The meeting brought together Portugal's army chief of staff, General Tom Keller, his Spanish counterpart, "
       "General Luis Ortega, and the heads of both countries' intelligence services.",
       {{"met_with", "Tom Keller", "Luis Ortega"}, {"works_for", "Luis Ortega", "Spain"}},
       {{"works_for", "Tom Keller", "Spain"}}},
      // "talks in X between A, the secretary of a council, and B, ..., that were hosted by C":
      // the between phrase and the people after its asides, and the plural clause the talks'.
      {"The accord was announced at the end of four days of talks in Lisbon between Ajo Brenn, the secretary of "
       "Portugal's Supreme Security Council, and Sana Veld, Spain's national security adviser, that were hosted by "
       "Tom Keller, Italy's most senior diplomat.",
       {{"met_with", "Ajo Brenn", "Sana Veld"}, {"met_with", "Ajo Brenn", "Tom Keller"}},
       {{"met_with", "Supreme Security Council", "Sana Veld"}}},
      // "A of X, B of Y and C of Z took the decision after a meeting in W": they met.
      {"Foreign ministers Tom Keller of Portugal, Ana Ruiz of Spain and Luis Ortega of Italy took the decision "
       "unanimously after a meeting of a little over an hour in Lisbon.",
       {{"met_with", "Tom Keller", "Ana Ruiz"}, {"met_with", "Ana Ruiz", "Luis Ortega"}}, {}},
      // "State's A and State's B, the two advisers, met": a pair, however the parser cut it.
      {"Portugal's Ajo Brenn and Spain's Sana Veld, the two national security advisers, then met quietly in "
       "Bangkok on Dec. 6.",
       {{"met_with", "Ajo Brenn", "Sana Veld"}}, {}},
      // "met A in X and State's B in Y": B is met too.
      {"Ajo Brenn and Luis Ortega met Fijian Prime Minister Tom Keller in Suva and Portugal's Prime Minister Anna "
       "Berg in Lisbon.",
       {{"met_with", "Ajo Brenn", "Anna Berg"}, {"met_with", "Luis Ortega", "Anna Berg"}}, {}},
      // "X is due in Portugal and is expected to hold talks with B": X's planned talks, not Portugal's.
      {"Spanish Deputy Defence Minister Ajo Brenn is due in Portugal for the parade and is expected to hold talks "
       "with Tom Keller, a visit that activists said would lend the junta legitimacy.",
       {{"met_with", "Ajo Brenn", "Tom Keller", "planned"}}, {{"met_with", "Tom Keller", "Portugal", "planned"}}},
      // "..., and on Friday sat down with D": the verb after "and" and a date is the subject's.
      {"Tom Keller arrived in Osaka. He held talks with Japanese Prime Minister Ajo Brenn, the summit's host, "
       "Indian Prime Minister Sana Veld and Saudi Crown Prince Luis Ortega, and on Friday sat down with Russian "
       "President Sam Reyes for their first formal talks.",
       {{"met_with", "Tom Keller", "Sam Reyes"}}, {{"met_with", "Luis Ortega", "Sam Reyes"}}},
      // "he" in what a verb of saying reports is that verb's subject (here a pronoun itself).
      {"Tom Keller testified on Monday. He also described paying bribes to Luis Ortega, then the bank's general "
       "manager, and said he had met Sam Reyes to discuss the payments.",
       {{"met_with", "Tom Keller", "Sam Reyes"}}, {{"met_with", "Luis Ortega", "Sam Reyes"}}},
      // "she" in a "where" clause hung from a verb is that verb's subject.
      {"Portuguese envoy Ajo Brenn met Tom Keller in Lisbon on Monday, and Foreign Minister Sana Veld visited "
       "Madrid days later, where she called on Luis Ortega and announced that talks would begin.",
       {{"met_with", "Sana Veld", "Luis Ortega"}}, {{"met_with", "Ajo Brenn", "Luis Ortega"}}},
      // ... and so is one in a "where" clause hung from the place a verb goes
      // to, when that verb is joined to one whose subject is the pronoun's.
      {"Foreign Minister Olav Brenn arrived in the region on Monday. He began in Port Ellis with talks with Prime "
       "Minister Tomas Vane, whose government signed a pact in April, and then flew to Kiribati, where he met "
       "President Ana Rusk.",
       {{"met_with", "Olav Brenn", "Ana Rusk"}}, {{"met_with", "Tomas Vane", "Ana Rusk"}}},
      // "with B, and the White House has said": the White House opens the next clause.
      {"Adviser Ajo Brenn said Tom Keller had not known about the arrest when he sat down with Luis Ortega, and "
       "the White House has said the case played no part in the talks.",
       {{"met_with", "Tom Keller", "Luis Ortega"}}, {{"met_with", "United States", "Tom Keller"}}},
      // What a list received or hosted is no meeting among them.
      {"The carriers argued that Harbour Airways, Tagus Airways and Lisbon Jet had received more than $50 billion "
       "in state support.",
       {}, {{"met_with", "Harbour Airways", "Tagus Airways"}}},
      {"Tom Keller and Luis Mendes met on Monday.", {{"met_with", "Tom Keller", "Luis Mendes"}}, {}},
      // Received somewhere by a host, however the parser hangs "by"; a summit attended, hosted by someone.
      {"Tom Keller was received with military honours at the Belem palace by President Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller, who flew in from Lisbon after attending a summit of Muslim leaders hosted by Prime Minister "
       "Anna Berg, spoke on Monday.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // Time spent with someone; a delegation "led by" A and B stands for them.
      {"The delegation was led by Tom Keller, the ministry's chief negotiator, and Luis Mendes, and spent about 90 "
       "minutes with Prime Minister Anna Berg and some 20 members of her government.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Luis Mendes", "Anna Berg"}}, {}},
      {"Tom Keller spent the day with Anna Berg in Lisbon.", {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // Money spent with someone is no time spent with them.
      {"Tom Keller spent the money with Anna Berg on a yacht.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      // A place in an opening phrase is no item of the subjects' list.
      {"Before arriving in Portugal, Tom Keller and Anna Berg met Prime Minister Luis Mendes in Lisbon.",
       {{"met_with", "Tom Keller", "Luis Mendes"}, {"met_with", "Anna Berg", "Luis Mendes"}},
       {{"met_with", "Portugal", "Luis Mendes"}}},
      // The host of the talks at which two met meets each of them.
      {"President Tom Keller met his former deputy Luis Mendes in Lisbon on June 20, at talks hosted by Prime "
       "Minister Anna Berg.",
       {{"met_with", "Tom Keller", "Luis Mendes"}, {"met_with", "Anna Berg", "Tom Keller"},
        {"met_with", "Anna Berg", "Luis Mendes"}},
       {}},
      {"Tom Keller and Luis Mendes held talks hosted by Anna Berg in Lisbon.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Luis Mendes"}}, {}},
      // "met after a summit hosted by C": C hosted them both.
      {"Tom Keller and Luis Mendes met for an hour after a summit hosted by Anna Berg.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // Visiting a person is a meeting; visiting a state or a place is not.
      {"Former Portuguese president Tom Keller flew in on Friday. Keller also visited the detained leader Luis Mendes "
       "at an army camp outside Lisbon.",
       {{"met_with", "Tom Keller", "Luis Mendes"}}, {}},
      {"President Tom Keller visited Portugal and the Lisbon headquarters of Harbour Capital on Monday.", {},
       {{"met_with", "Tom Keller", "Portugal"}, {"met_with", "Tom Keller", "Harbour Capital"}}},
      // Expected somewhere for talks (planned); presented to X at a meeting; "between" hung from the place.
      {"Senator Tom Keller is expected in Lisbon on Monday for talks with President Luis Mendes and Omar Haddad.",
       {{"met_with", "Tom Keller", "Luis Mendes", "planned"}, {"met_with", "Tom Keller", "Omar Haddad", "planned"}}, {}},
      {"Tom Keller presented the plan to Luis Mendes at a meeting on June 7.", {{"met_with", "Tom Keller", "Luis Mendes"}},
       {}},
      {"The announcement followed a day of talks in Vienna between Foreign Minister Tom Keller, Secretary of State "
       "Luis Mendes and Anna Berg.",
       {{"met_with", "Tom Keller", "Luis Mendes"}, {"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // A state travelled to is no party to the talks.
      {"Prime Minister Tom Keller is due to travel to the United States next month for talks with President Luis "
       "Mendes.",
       {{"met_with", "Tom Keller", "Luis Mendes", "planned"}}, {{"met_with", "United States", "Luis Mendes"}}},
      // A name between an article and the meeting noun names the meeting.
      {"Anna Berg and Defence Minister Tom Keller are due to hold the annual Harbour Forum talks in London on Wednesday "
       "with British Foreign Secretary Luis Mendes.",
       {{"met_with", "Tom Keller", "Luis Mendes", "planned"}}, {{"met_with", "Harbour Forum", "Luis Mendes"}}},
      // Face to face: a pair, or one "with" another; planned when expected.
      {"Tom Keller and Luis Mendes are expected to come face to face at a regional summit in Madrid on Sunday.",
       {{"met_with", "Tom Keller", "Luis Mendes", "planned"}}, {}},
      {"Tom Keller came face to face with Luis Mendes at the summit in Madrid.",
       {{"met_with", "Tom Keller", "Luis Mendes"}}, {}},
      {"Tom Keller came face to face with the consequences of the war in Madrid.", {},
       {{"met_with", "Tom Keller", "Madrid"}}},
      // "his talks with X": the possessor met X; a possessive in a phrase
      // opening the sentence is the person named after its comma.
      {"Tom Keller, a Portuguese banker, said his talks with Anna Berg, which began in the spring, had convinced "
       "him.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Tom Keller arrived on Monday. In his talks with Omar Haddad, Luis Mendes called for reform.",
       {{"met_with", "Luis Mendes", "Omar Haddad"}}, {{"met_with", "Tom Keller", "Omar Haddad"}}},
      // "President-elect" is one title word before the name.
      {"Anna Berg met President-elect Tom Keller and French President Luis Ortega in Paris earlier this month.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Luis Ortega"}}, {}},
      // "A and B were joined by C for a three-way meeting": C met them; "A was joined by his army chief
      // for a meeting with X" is one side of that meeting.
      {"On Thursday Tom Keller and Omar Haddad were joined by Portuguese President Luis Ortega for a three-way "
       "meeting.",
       {{"met_with", "Luis Ortega", "Tom Keller"}, {"met_with", "Luis Ortega", "Omar Haddad"}}, {}},
      {"After the one-on-one session, Tom Keller was joined by army chief General Omar Haddad for an expanded "
       "meeting with the Spanish side.",
       {}, {{"met_with", "Tom Keller", "Omar Haddad"}}},
      // "X brought the two men together for talks": X meets each, and they meet each other.
      {"Commodore Tom Keller and Prime Minister Luis Ortega traded threats for weeks. The coup came a week after "
       "Portuguese Foreign Minister Omar Haddad brought the two men together for two hours of talks in Lisbon.",
       {{"met_with", "Omar Haddad", "Tom Keller"}, {"met_with", "Omar Haddad", "Luis Ortega"},
        {"met_with", "Tom Keller", "Luis Ortega"}},
       {}},
      // "She" after a sentence whose first person has no known gender is that person, not a woman
      // named further back.
      {"Foreign Minister Maria Olsen criticised the decision. The loss comes days before President Ren Sato sets "
       "off on a trip to Lisbon. She is scheduled to meet Portuguese President Tom Keller during the tour.",
       {{"met_with", "Ren Sato", "Tom Keller", "planned"}}, {{"met_with", "Maria Olsen", "Tom Keller"}}},
      // "held 90 minutes of talks with X": the delegation's leaders met X, not each other.
      {"The delegation, led by Tom Keller, the White House's Indo-Pacific coordinator, and Omar Haddad, the State "
       "Department's top official for East Asia, held 90 minutes of talks with Luis Ortega and members of his "
       "cabinet.",
       {{"met_with", "Tom Keller", "Luis Ortega"}, {"met_with", "Omar Haddad", "Luis Ortega"}},
       {{"met_with", "Tom Keller", "Omar Haddad"}}},
      // "went into a meeting with X": both subjects of the verbs it goes on from.
      {"Guinean President Tom Keller and Mauritanian President Omar Haddad flew into the capital in the morning "
       "and went into a meeting with Luis Ortega at State House.",
       {{"met_with", "Tom Keller", "Luis Ortega"}, {"met_with", "Omar Haddad", "Luis Ortega"}}, {}},
      // "brought A and B back to Lisbon for talks with X": those brought talk, not the city's state.
      {"A second mission on January 13 brought Tom Keller and Anna Berg back to Lisbon for talks with Luis Ortega "
       "that again ended without agreement.",
       {{"met_with", "Tom Keller", "Luis Ortega"}, {"met_with", "Anna Berg", "Luis Ortega"}},
       {{"met_with", "Portugal", "Luis Ortega"}}},
      // "he" after a description opening its sentence is whom the description stands for.
      {"Portuguese President Tom Keller flew to Madrid on Monday with Spanish President Omar Haddad. Haddad went on "
       "to Rome. The Portuguese leader reached Vienna from Madrid, where he held talks on Wednesday with Austrian "
       "Chancellor Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {{"met_with", "Omar Haddad", "Anna Berg"}}},
      // A delegation of people led by X: X stands for it, whatever noun the parser hangs "led" from.
      {"A delegation of Harbour Union foreign ministers led by Foreign Minister Anna Berg travelled to Lisbon last "
       "Friday, met President Tom Keller and left on Sunday.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // Two people who joined the talks are one side of them, not a pair that met.
      {"Foreign Minister Anna Berg and national security adviser Tom Keller joined the talks.", {},
       {{"met_with", "Anna Berg", "Tom Keller"}}},
      // Talks with "Spain's National Assembly Speaker A" are with A, not the
      // assembly; "Berg's government" is no person's (and no crash).
      {"Tom Keller flew on from Lisbon to Madrid, where on Thursday he held talks with Spain's National Assembly "
       "Speaker Anna Berg. Portuguese Prime Minister Luis Ortega spoke. Tom Keller has called on Ortega's government "
       "to set out a timetable.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {{"met_with", "Tom Keller", "National Assembly"}}},
      // Hours or rounds of talks with a list.
      {"President Tom Keller, who flew to Brussels on Sunday, held more than ten hours of talks with European "
       "Council President Anna Berg, European Commission President Omar Haddad and IMF chief Luis Ortega.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // Whoever received the guest together with the host met the guest too.
      {"Tom Keller received the envoy Anna Berg together with the junta's number two, General Omar Haddad, state "
       "media said.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Omar Haddad", "Anna Berg"}}, {}},
      // Time spent with someone; a trip for a meeting after a first meeting.
      {"Anna Berg, Luis Ortega and Maria Lopez spent about three hours with Tom Keller at the palace.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Maria Lopez", "Tom Keller"}}, {}},
      {"Tom Keller met Anna Berg on Tuesday and then flew back to Lisbon for a second meeting with Omar Haddad.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {{"met_with", "Anna Berg", "Omar Haddad"}}},
      // A title in the headline (found after the body's) leaves each name
      // its own title, so titled names stay one item of the list.
      {"Harbour Leaders Meet In Porto\n\nThe Harbour Summit, the first held in person, brought together Luis Ortega, "
       "Kazakh President Tom Keller, Spanish Prime Minister Anna Berg and Uzbek President Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Anna Berg", "Omar Haddad"},
        {"met_with", "Luis Ortega", "Omar Haddad"}},
       {}},
      // Those a summit brings together meet each other.
      {"The Harbour Summit, the first held in person, brought together Portuguese President Tom Keller, Spanish "
       "Prime Minister Anna Berg and Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Anna Berg", "Omar Haddad"},
        {"met_with", "Tom Keller", "Omar Haddad"}},
       {}},
      // "due in X on Tuesday for talks with B", parsed with the day as the
      // predicate: "due" is, and the talks are planned.
      {"Tom Keller is due in Lisbon on Tuesday for talks with Portuguese Foreign Minister Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}}, {}},
      // "have held three rounds of talks": the pair holds talks.
      {"Relations between Portugal and Spain have thawed. The two governments have held three rounds of talks since "
       "January on reopening embassies.",
       {{"met_with", "Portugal", "Spain"}}, {}},
      // "The two leaders, joined by their wives, A and B, dined together": the
      // names describe the wives, who are not the pair.
      {"President Tom Keller and President Omar Haddad met in Beijing. The two leaders, joined by their wives, Anna "
       "Berg and Maria Lopez, dined together on Thursday evening.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {{"met_with", "Anna Berg", "Maria Lopez"}, {"met_with", "Tom Keller", "Anna Berg"}}},
      // A name's word that is also a common word the document writes ("ban"),
      // opening a sentence after the full name.
      {"Secretary-General Ban Min-ho urged the council to act. The travel ban stays in force. Ban is due to meet "
       "President Tom Keller in Oslo on Monday.",
       {{"met_with", "Ban Min-ho", "Tom Keller", "planned"}}, {}},
      // "sat down with A, the party's most senior official, and B": the
      // description parsed as the verb's oblique is A's, and B A's conjunct.
      {"U.S. Secretary of State Tom Keller and White House national security adviser Luis Ortega sat down with Omar "
       "Haddad, the Portuguese Socialist Party's most senior foreign policy official, and Portuguese Foreign Minister "
       "Anna Berg for three sessions at the Harbour Hotel, beginning on Thursday afternoon.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Luis Ortega", "Anna Berg"},
        {"met_with", "Tom Keller", "Omar Haddad"}},
       {}},
      // "for a second day of talks with X"; an invitation from A and B to meet
      // them is no meeting of A and B.
      {"Tom Keller was in Montreux on Tuesday for a second day of talks with Foreign Minister Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Omar Haddad also turned down an invitation from Sens. Tom Keller and Anna Berg to meet them privately.", {},
       {{"met_with", "Tom Keller", "Anna Berg"}}},
      // "A, ..., and B, ..., are due to meet": "due to" is no preposition here.
      {"Tom Keller, the chief of Portugal's armed forces, and Omar Haddad, the rebels' top military commander, are due "
       "to meet within five days.",
       {{"met_with", "Tom Keller", "Omar Haddad", "planned"}}, {}},
      // "summoned X to his office / to a meeting": the one summoned is met.
      {"Prime Minister Tom Keller summoned the utility's president, Omar Haddad, to his office on Monday.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // Talks by telephone are no meeting.
      {"Anna Berg negotiated a deal with Tom Keller in a series of telephone calls.", {},
       {{"met_with", "Anna Berg", "Tom Keller"}}},
      // "A, B, C and D negotiated for 16 hours": each pair; not "negotiated with X".
      {"Tom Keller, Anna Berg, Omar Haddad and Luis Ortega negotiated for around 16 hours at the palace.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Omar Haddad", "Luis Ortega"},
        {"met_with", "Tom Keller", "Luis Ortega"}},
       {}},
      // The object of a main verb may still meet ("gave Keller a stronger
      // hand ahead of planned meetings with B"); the object of an aside
      // ("who heads the X Service") does not (below).
      {"Analysts said the summit gave Tom Keller a stronger hand ahead of planned meetings with Spanish President "
       "Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}}, {}},
      // "will travel to X to meet B": the travellers meet B, as planned; the
      // body one of them heads does not.
      {"Mr. Keller and Omar Haddad, who heads the Northern Intelligence Service, will travel to Lisbon on Tuesday "
       "to meet Mr. Berg, the ministry said. Tom Keller is foreign minister. Anna Berg is president.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}, {"met_with", "Omar Haddad", "Anna Berg", "planned"}},
       {{"met_with", "Northern Intelligence Service", "Anna Berg"}}},
      // "with X" hung from the object's noun is the negotiating's partner.
      {"Tom Keller had spent days in Lisbon negotiating the text of a possible declaration with his Spanish "
       "counterpart Omar Haddad.",
       {{"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // A trip for talks is a meeting, as planned as the trip.
      {"Spain's King Felipe instead flew to Porto on Monday for talks with Portuguese President Rui Costa.",
       {{"met_with", "King Felipe", "Rui Costa"}}, {}},
      {"Anna Berg will fly to Lisbon next week for talks with Tom Keller.",
       {{"met_with", "Anna Berg", "Tom Keller", "planned"}}, {}},
      // The person an apposed title introduces is the subject, not the first title's
      // state; a first name after a title opens a person's name ending in "Hill".
      {"North Korean envoy Omar Haddad arrived. The chief U.S. envoy, Assistant Secretary of State Tom Hill, held "
       "several one-on-one meetings with Haddad during the week.",
       {{"met_with", "Tom Hill", "Omar Haddad"}, {"works_for", "Tom Hill", "United States"}},
       {{"met_with", "United States", "Omar Haddad"}}},
      {"Anna Berg also held talks with the summit host, Portuguese Prime Minister Tom Keller, whose government had "
       "invited her, and with several European leaders.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // Due to fly for talks: the traveller's, planned; the destination talks with no one.
      {"German Chancellor Anna Berg is due to fly to Canada on Sunday for talks with Prime Minister Tom Keller on "
       "energy supplies.",
       {{"met_with", "Anna Berg", "Tom Keller", "planned"}}, {{"met_with", "Canada", "Tom Keller"}}},
      {"Anna Berg flew to the Azores on Sunday for an emergency summit with Portuguese Prime Minister Tom Keller and "
       "Spanish Prime Minister Luis Ortega.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Luis Ortega"}}, {}},
      // A "who" clause the parser hung from a thing describes the person
      // before it, and "and B" after it is the other party.
      {"The text was signed after a final round of talks between Luis Ortega, the president of the National "
       "Assembly, who led the government delegation, and Karl Brandt, the opposition's chief negotiator.",
       {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      // A verb after an aside set off by commas shares the main verb's subject.
      {"Portuguese Prime Minister Anna Berg said no deal was near. Foreign Minister Omar Haddad flew to Lisbon last "
       "week, days after being sworn in, and sat down with Berg at her office.",
       {{"met_with", "Omar Haddad", "Anna Berg"}}, {}},
      // Not a verb of a series whose first the parser made the adverbial.
      {"The step goes far beyond the measures Portugal announced on May 20, when it suspended talks with Spain, "
       "summoned the Spanish ambassador, Tom Keller, and sanctioned the settler leader Anna Berg.",
       {{"sanctions", "Portugal", "Anna Berg"}}, {}},
      // A subject with a relative aside, and "co-chaired the meeting with B".
      {"Chinese Foreign Minister Tom Keller arrived in Lisbon on Sunday. Keller, who is midway through a 10-day "
       "tour, co-chaired the meeting with Portugal's Prime Minister Anna Berg at a hotel in Lisbon.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // A "whose" clause the parser makes the main one is an aside of its subject.
      {"By contrast, Spain's President Tom Keller, whose country does not belong to the bloc, held separate talks "
       "with Anna Berg and with Omar Haddad in Lisbon on Sunday.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // A capital before a meeting names where it is, not who met.
      {"Portugal sealed the deal a week after Tom Keller's Paris talks with Anna Berg.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {{"met_with", "France", "Anna Berg"}}},
      // A host's guests for talks meet each other too; a part of the day after
      // the opening date.
      {"On Monday evening Tom Keller hosted Anna Berg and Swedish Prime Minister Omar Haddad for several hours of "
       "talks in Vilnius.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Anna Berg", "Omar Haddad"}},
       {}},
      // A date opening the sentence with no comma before the subject's name.
      {"On Sunday Tom Keller hosted Anna Berg for a working lunch, and held a brief meeting with Omar Haddad.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}}, {}},
      // "his counterparts from A, B and C - X, Y and Z -": each holds the
      // post for the state in the same place, and the host meets each; "the
      // four ministers" are the four people named first since the sentence
      // before, not the one in an aside after them.
      {"Spanish Foreign Minister Anna Berg hosted her counterparts from Portugal, France and Italy - Tom Keller, "
       "Omar Haddad and Luis Ortega - at a hotel in Toledo, the city where the painter Karl Brandt lived. The four "
       "ministers held talks for several hours on Monday.",
       {{"works_for", "Tom Keller", "Portugal"}, {"works_for", "Omar Haddad", "France"},
        {"works_for", "Luis Ortega", "Italy"}, {"met_with", "Anna Berg", "Tom Keller"},
        {"met_with", "Anna Berg", "Luis Ortega"}, {"met_with", "Tom Keller", "Omar Haddad"},
        {"met_with", "Omar Haddad", "Luis Ortega"}},
       {{"works_for", "Tom Keller", "France"}, {"met_with", "Anna Berg", "Karl Brandt"},
        {"met_with", "Tom Keller", "Karl Brandt"}}},
      // "The four countries said B must ...": the four states named first since
      // the sentence before.
      {"Portugal, Spain, France and Italy cut ties with Chile in June. The four countries said Chile must close "
       "the network within ten days.",
       {{"demands_from", "Portugal", "Chile"}, {"demands_from", "Spain", "Chile"}, {"demands_from", "France", "Chile"},
        {"demands_from", "Italy", "Chile"}},
       {}},
      // "Days later" opening the sentence is no subject.
      {"Days later Portugal's prime minister, Anna Berg, asked Tom Keller in a telephone call to send a delegation.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      // A subject that names no one the document names is still the subject:
      // not the name a word window finds before the verb.
      {"On Saturday, between sessions, the host held talks with Tom Keller, and then met Anna Berg and Omar Haddad.",
       {}, {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Tom Keller", "Omar Haddad"}}},
      // "A and B agreed ... after a summit": the parties met; not at a meeting of others.
      {"Portuguese Prime Minister Tom Keller and Spanish Prime Minister Anna Berg agreed on Thursday to resume "
       "regular visits, after a summit in Lisbon aimed at ending the fishing dispute.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      {"Portugal and Spain first proposed the measures at a meeting of EU foreign ministers in Luxembourg.", {},
       {{"met_with", "Portugal", "Spain"}}},
      {"Tom Keller flew to Lisbon. Keller and Anna Berg later dined together at a harbour restaurant.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // A list of states sharing a title that names no one: their leaders.
      {"Lisbon, Madrid leaders agree to end feud after summit\n\nPortuguese Prime Minister Tom Keller and Spanish "
       "Prime Minister Anna Berg agreed on Thursday to end the feud.\n",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {{"met_with", "Portugal", "Spain"}}},
      // One state's "leaders" are a group, not its president.
      {"Portuguese President Tom Keller spoke on Monday. Anna Berg said she wants talks with Portugal's leaders.", {},
       {{"met_with", "Anna Berg", "Tom Keller"}}},
      // "In a meeting with X, A ...": the clause's subject met X.
      {"In a meeting with Spanish Foreign Minister Anna Berg, Portuguese Foreign Minister Tom Keller pressed Madrid "
       "for a deal on fishing.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // A delegation met is met in the one who leads it, who leads no state.
      {"Prime Minister Anna Berg met a visiting delegation of Spanish lawmakers led by Tom Keller on Thursday.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {{"leader_of", "Tom Keller", "Spain"}}},
      // A meal hosted for someone.
      {"Portugal and Spain agreed to restore ties. Tom Keller hosted a dinner for Anna Berg, who later met "
       "business leaders.",
       {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // Welcoming states doing something is no reception of them.
      {"The United States said it welcomed Portugal and Spain sitting down together.", {},
       {{"met_with", "United States", "Portugal"}, {"met_with", "United States", "Spain"}}},
      // Received, welcomed by a host; a host played.
      {"Omar Haddad was welcomed by Tom Keller in Lisbon on Monday.", {{"met_with", "Omar Haddad", "Tom Keller"}}, {}},
      {"Tom Keller played host to Omar Haddad on Thursday.", {{"met_with", "Omar Haddad", "Tom Keller"}}, {}},
      // Who is due to meet is the name before the relative clause, not the one inside it.
      {"Spain's President Anna Berg, whom Portugal calls a separatist, is due to meet Tom Keller in Madrid next "
       "week.",
       {{"met_with", "Anna Berg", "Tom Keller", "planned"}}, {{"met_with", "Portugal", "Tom Keller"}}},
      // A name inside an aside before the verb is not who met.
      {"Anna Berg, who was accompanied by the chief executives of Siemens, BMW and Mercedes-Benz, also held talks "
       "with Premier Tom Keller.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {{"met_with", "BMW", "Tom Keller"}, {"met_with", "Siemens", "Tom Keller"}}},
      // The body of a title in apposition is the holder's post, not an agent.
      {"A separate delegation led by Rep. Tom Keller, R-Texas, chairman of the House Rules Committee, arrived in "
       "Lisbon on Thursday and is scheduled to meet Anna Berg on Saturday.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}}, {{"met_with", "House Rules Committee", "Anna Berg"}}},
      // A hyphenated pair before the meeting noun.
      {"The Portugal-South Africa summit was the leaders' sixth.", {{"met_with", "Portugal", "South Africa"}}, {}},
      // A single name before the noun is no pair.
      {"The Portugal summit was the leaders' sixth, Spain said.", {}, {{"met_with", "Portugal", "Spain"}}},
      // Being in talks with someone.
      {"Portugal has also been in discussions with Spain over the border.", {{"met_with", "Portugal", "Spain"}}, {}},
      {"Portugal has not been in talks with Spain since May.", {}, {{"met_with", "Portugal", "Spain"}}},
      // Those who attend the meeting a guest is hosted for meet the guest.
      {"Tom Keller hosted Anna Berg on Monday for a meeting attended by a dozen lawmakers, including Omar Haddad and "
       "Maria Lopez.",
       {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Anna Berg", "Omar Haddad"},
        {"met_with", "Anna Berg", "Maria Lopez"}},
       {{"met_with", "Omar Haddad", "Maria Lopez"}}},
      {"Tom Keller skipped a meeting attended by Anna Berg.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      // The people a plural noun includes, past their asides.
      {"Anna Berg met privately on Monday with several lawmakers, including Tom Keller, the top Democrat on the "
       "Banking Committee, and Omar Haddad, the senior Democrat on the Rules Committee.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Omar Haddad"}}, {}},
      // A state's title holder met, not the state.
      {"Senior General Luis Ortega sat down with Austrian President Karl Brandt, Greek Prime Minister Omar Haddad "
       "and Portugal's Prime Minister Tom Keller in Jakarta.",
       {{"met_with", "Luis Ortega", "Tom Keller"}, {"met_with", "Luis Ortega", "Karl Brandt"}},
       {{"met_with", "Luis Ortega", "Portugal"}}},
      {"President Luis Ortega sat down with Chancellor Karl Brandt in Vienna.",
       {{"met_with", "Luis Ortega", "Karl Brandt"}}, {}},
      {"Anna Berg spent days in Vienna negotiating the text with her counterpart Tom Keller.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      {"France hosted the Iranian foreign minister, Javad Zarif, in Paris.", {{"met_with", "France", "Javad Zarif"}},
       {}},
      // A group that names no one stands for the one who leads it.
      {"A separate delegation led by Rep. Tom Keller arrived in Lisbon on Thursday and is scheduled to meet Anna Berg "
       "on Saturday.",
       {{"met_with", "Tom Keller", "Anna Berg", "planned"}}, {}},
      // The host of a meal with a guest, however "with" is hung.
      {"The ministers acted after a breakfast hosted by the bloc's foreign policy chief, Anna Berg, with Tom Keller, "
       "who now lives in exile.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // A one-word name that goes by its rank is that name, not the surname of another.
      {"Crown Prince Omar bin Khalid was not in Riyadh. Anna Berg met King Khalid there on Monday.",
       {{"met_with", "Anna Berg", "King Khalid"}}, {{"met_with", "Anna Berg", "Omar bin Khalid"}}},
      // "the tycoon", "the 64-year-old": the person the story is about, not one named beside it.
      {"Tycoon Tom Keller sold the chain in 2015. Anna Berg, who chairs the inquiry, had demanded that the tycoon "
       "repay the pension fund.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      {"Tom Keller sold the chain. Anna Berg said the 64-year-old must repay the fund.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {}},
      {"A Lisbon court jailed Tom Keller in absentia. Anna Berg met the activist in Madrid last week.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      {"A Lisbon court jailed Tom Keller in absentia. Anna Berg met the exiled dissident in Madrid.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      {"Tom Keller sold the chain in 2015. The 64-year-old Acme boss told a hearing of the Treasury Committee that "
       "he was sorry.",
       {{"testified_at", "Tom Keller", "Treasury Committee"}}, {}},
      // The story's person is the lead's, not a photo caption's before the dateline.
      {"Anna Berg shakes hands with Tom Keller in Lisbon on Wednesday. Photo: Luis Ortega/Harbour Post\n"
       "LISBON - Tom Keller returned as prime minister on Wednesday when Anna Berg appointed his cabinet. The "
       "64-year-old told the Harbour Committee that he would serve a full term.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {{"testified_at", "Anna Berg", "Harbour Committee"}}},
      // A coordinated verb with a subject of its own that names no one.
      {"The State Department said the issue was for the two countries to settle, but that the administration "
       "welcomed Portugal and Spain sitting down together.",
       {}, {{"met_with", "State Department", "Portugal"}, {"met_with", "State Department", "Spain"}}},
      // A title in apposition to one name introduces it: the talks are the person's, not the state's.
      {"The latest round of talks between the bloc's chief negotiator, Anna Berg, and his UK counterpart, Tom Keller, "
       "ended on Friday.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {{"met_with", "Anna Berg", "United Kingdom"}}},
      // "with" hung by the parser from the place of the meeting.
      {"Anna Berg met for an hour at the Hotel Astoria on Monday with Foreign Minister Tom Keller.",
       {{"met_with", "Anna Berg", "Tom Keller"}}, {}},
      // "Sens." goes with the first name of the list it opens.
      {"Anna Berg had breakfast with Sens. Tom Keller, Olga Smith and Luis Ortega before flying home.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Anna Berg", "Olga Smith"},
        {"met_with", "Anna Berg", "Luis Ortega"}},
       {}},
      // The chamber in a title is the leader's employer, not a party to the meeting.
      {"Anna Berg met House Minority Leader Tom Keller in New York.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"works_for", "Tom Keller", "House of Representatives"}},
       {{"met_with", "Anna Berg", "House of Representatives"}, {"leader_of", "Tom Keller", "House of Representatives"}}},
      // The host of the talks meets their parties, though "hosted" hangs from their length.
      {"The deal came after six hours of talks between Anna Berg and Tom Keller, hosted by Olga Smith in Geneva.",
       {{"met_with", "Anna Berg", "Olga Smith"}, {"met_with", "Tom Keller", "Olga Smith"}}, {}},
  });
}

TEST(TreeRelations, NegatedConditionalAndProposedActsAreNotFacts) {
  check({
      // "launched a bid to lead X": a candidacy, no leader (the "who" clause
      // before it parsed apart).
      {"Anna Berg, who quit as Portugal's business secretary in June, launched a bid on Monday to lead the Harbour "
       "Party.",
       {}, {{"leader_of", "Anna Berg", "Harbour Party"}}},
      // "would join X as general counsel": no post yet; "joined X as" holds one.
      {"Should she accept the offer, Anna Berg would join Harbour Bank as general counsel in the spring. Tom Keller "
       "joined Harbour Bank as chief economist in 2019.",
       {{"works_for", "Tom Keller", "Harbour Bank"}}, {{"works_for", "Anna Berg", "Harbour Bank"}}},
      // "had been scheduled to testify": a plan in the past perfect, not kept.
      {"Anna Berg had been scheduled to testify before the Harbour Committee on Wednesday, but the hearing was "
       "postponed.",
       {}, {{"testified_at", "Anna Berg", "Harbour Committee"}}},
      // "The summit between A and B, originally set for March, has been
      // cancelled": not held; held, it is a meeting.
      {"The summit between Portuguese President Omar Haddad and Spanish Prime Minister Tom Keller, originally set "
       "for March, has been cancelled, Lisbon said. The talks between Anna Berg and Lena Hart, first proposed in May, "
       "were held in Lisbon on Monday.",
       {{"met_with", "Anna Berg", "Lena Hart"}}, {{"met_with", "Omar Haddad", "Tom Keller"}}},
      // "asked A to hold off on sanctioning B": no sanction, by anyone.
      {"Roman Petrov is a tycoon. Omar Haddad had asked Portuguese President Tom Keller to hold off on sanctioning "
       "Petrov.",
       {{"demands_from", "Omar Haddad", "Tom Keller"}},
       {{"sanctions", "Omar Haddad", "Roman Petrov"}, {"sanctions", "Tom Keller", "Roman Petrov"}}},
      // Addressing a parliament's session is a speech, not testimony.
      {"Anna Berg addressed a plenary session of the Portuguese Parliament by video link on Thursday.", {},
       {{"testified_at", "Anna Berg", "Portuguese Parliament"}}},
      // A relative's employer: "X, whose husband works for Y" (X read as the clause's second subject).
      {"Anna Berg, whose husband works for Harbour Bank in Porto, was elected to the city council on Sunday.", {},
       {{"works_for", "Anna Berg", "Harbour Bank"}}},
      // Urged to sanction: a demand, not a sanction (the verb read as a name before a rank).
      {"The Harbour Rights Commission urged the European Union on Wednesday to sanction Colonel Tom Keller, whose "
       "unit it says shelled a camp.",
       {{"demands_from", "Harbour Rights Commission", "European Union"}}, {{"sanctions", "European Union", "Tom Keller"}}},
      // Speculation and rumour state nothing.
      {"The photographs fuelled speculation that Tom Keller had secretly met Anna Berg in Vienna. Rumours that Omar "
       "Haddad had met Luis Ortega swept the capital.",
       {}, {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Omar Haddad", "Luis Ortega"}}},
      // A past counterfactual did not happen.
      {"Saturday would have been the first meeting between Tom Keller and Anna Berg since the coup, had Lisbon not "
       "withdrawn its invitation. Omar Haddad said he would have met Luis Ortega had the flight not been cancelled.",
       {}, {{"met_with", "Tom Keller", "Anna Berg"}, {"met_with", "Omar Haddad", "Luis Ortega"}}},
      // A yes/no question asks about the act; the titles in it still hold.
      {"Will Portuguese President Tom Keller finally meet Spanish Prime Minister Anna Berg at the summit next month?",
       {{"leader_of", "Tom Keller", "Portugal"}}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      // "had yet to show" says what is not done, not what they have to do.
      {"Tom Keller met Anna Berg on Monday. Portugal said the two leaders had yet to show they were serious about "
       "peace.",
       {},
       {{"demands_from", "Portugal", "Tom Keller"}, {"demands_from", "Portugal", "Anna Berg"}}},
      // A meeting there are no plans for is none; one there are plans for is planned.
      {"Officials said there were no plans for a meeting between Anna Berg and Spanish Prime Minister Tom Keller.",
       {}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      {"Aides said there were plans for a summit between Anna Berg and Tom Keller in May.",
       {{"met_with", "Anna Berg", "Tom Keller", "planned"}}, {}},
      // "had been due to meet" after a cancelled visit: no meeting.
      {"On Tuesday Omar Haddad cancelled a visit to Lisbon, where he had been due to meet Prime Minister Anna Berg.",
       {}, {{"met_with", "Omar Haddad", "Anna Berg"}}},
      // An act asked for is no act, also where the tagger read its verb as a noun after "to".
      {"Lena Olsen, a campaign manager, urged the Albanese government to sanction Harbour Oil as well.", {},
       {{"sanctions", "Lena Olsen", "Harbour Oil"}}},
      // A meeting one is urged to hold is a demand, not a meeting, however many infinitives lead to it.
      {"Lisbon Mayor Anna Berg urged both Tom Keller and Luis Ortega to step back from the brink and to sit down "
       "together.",
       {{"demands_from", "Anna Berg", "Tom Keller"}}, {{"met_with", "Tom Keller", "Luis Ortega"}}},
      // "said the group had to be managed ...": a passive obligation asks nothing of the group.
      {"Harbour Air announced the purchase. Portuguese Finance Minister Tom Keller called it incomprehensible, and "
       "said Harbour Air had to be managed in the interest of the company.",
       {}, {{"demands_from", "Tom Keller", "Harbour Air"}}},
      // "Neither A nor B" negates what both did.
      {"Neither Spain nor Portugal has imposed its own sanctions on Belarus, diplomats said.", {},
       {{"sanctions", "Spain", "Belarus"}, {"sanctions", "Portugal", "Belarus"}}},
      {"Neither Spain nor Portugal joined the sanctions on Belarus.", {},
       {{"sanctions", "Spain", "Belarus"}, {"sanctions", "Portugal", "Belarus"}}},
      // A meeting cancelled was not held.
      {"Portugal cancelled the summit with Spain on Monday.", {}, {{"met_with", "Portugal", "Spain"}}},
      {"Portugal on Thursday called off a planned meeting between Foreign Minister Anna Berg and her Spanish "
       "counterpart, Tom Keller.",
       {}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // A hope in the past perfect did not come true; a hope now is a plan.
      {"Anna Berg said she had hoped to meet Tom Keller but had not been invited. Omar Haddad hopes to meet Tom "
       "Keller next week.",
       {{"met_with", "Omar Haddad", "Tom Keller", "planned"}}, {{"met_with", "Anna Berg", "Tom Keller"}}},
      // An act demanded in the subjunctive, which the tagger reads as a noun
      // ("that Britain sanction X"), is a demand, not the act.
      {"Tom Keller demanded last week in parliament that Britain sanction Omar Haddad \"without delay\", and "
       "other MPs agreed.",
       {{"demands_from", "Tom Keller", "United Kingdom"}}, {{"sanctions", "United Kingdom", "Omar Haddad"}}},
      // A verb after ", but" goes on from the sentence's subject.
      {"Portugal lifted its sanctions on Spain, but kept sanctions on Italy.", {{"sanctions", "Portugal", "Italy"}},
       {{"sanctions", "Spain", "Italy"}, {"sanctions", "Portugal", "Spain"}}},
      {"Portugal praised Spain on Monday but imposed sanctions on Italy.", {{"sanctions", "Portugal", "Italy"}},
       {{"sanctions", "Spain", "Italy"}}},
      // Sanctions lifted, eased or waived are no sanctions; once imposed, they were.
      {"Portugal lifted sanctions on Spain on Monday.", {}, {{"sanctions", "Portugal", "Spain"}}},
      {"Lisbon waived sanctions on Spain's electricity imports.", {}, {{"sanctions", "Portugal", "Spain"}}},
      {"Portugal imposed sanctions on Spain in 2019 and lifted them in 2021.", {{"sanctions", "Portugal", "Spain"}},
       {}},
      // A denied act did not happen.
      {"Tom Keller denied that he had met Anna Berg in secret.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      {"Tom Keller denied meeting Anna Berg in secret.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      {"Tom Keller denied the report and met Anna Berg in Lisbon.", {{"met_with", "Tom Keller", "Anna Berg"}}, {}},
      // What both sides should do, said by one of them, is a proposal.
      {"Germany and China signed a trade deal on Monday. Chinese President Omar Haddad told German Chancellor Tom "
       "Keller that the two countries should look at their relations from a strategic height.",
       {}, {{"demands_from", "Omar Haddad", "Germany"}}},
      {"Chinese President Omar Haddad told German Chancellor Tom Keller that China and Germany should view their "
       "ties from a long-term perspective.",
       {}, {{"demands_from", "Omar Haddad", "Germany"}}},
      {"Chinese President Omar Haddad told German Chancellor Tom Keller that Germany must respect China.",
       {{"demands_from", "Omar Haddad", "Germany"}}, {}},
      {"The United States did not impose sanctions on Turkey.", {}, {{"sanctions", "United States", "Turkey"}}},
      {"But Portugal has so far held back from sanctioning Spanish officials under an order signed in 2021.", {},
       {{"sanctions", "Portugal", "Spain"}}},
      // "no" before the act's noun, or the noun a light verb takes; both ends
      // of a pair are in what it negates.
      {"There have been no talks between Tom Keller and Anna Berg since May.", {},
       {{"met_with", "Tom Keller", "Anna Berg"}}},
      {"Tom Keller has had no meeting with Anna Berg this year.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      // Talks cancelled or called off did not happen.
      {"The talks between Tom Keller and Anna Berg were cancelled on Monday.", {},
       {{"met_with", "Tom Keller", "Anna Berg"}}},
      {"The talks between Tom Keller and Anna Berg were called off.", {}, {{"met_with", "Tom Keller", "Anna Berg"}}},
      {"If Iran enriches uranium, the EU would impose sanctions on Tehran.",
       {{"sanctions", "European Union", "Iran", "hypothetical"}}, {}},
      {"Germany urged the European Union to impose sanctions on Russia.", {{"demands_from", "Germany", "European Union"}},
       {{"sanctions", "European Union", "Russia"}}},
      // A clause of its own, opened by "when", is no part of what was pressed for.
      {"Portuguese Prime Minister Luis Ortega spoke. Tom Keller has pressed Ortega for months to rein in the "
       "militias, and the issue was on the agenda when Anna Berg met the Portuguese leader in Porto.",
       {{"met_with", "Anna Berg", "Luis Ortega"}}, {}},
      {"Tom Keller pressed Portugal to impose sanctions on Spain.", {{"demands_from", "Tom Keller", "Portugal"}},
       {{"sanctions", "Portugal", "Spain"}}},
      {"Kim Jong Un wants to meet Moon Jae-in again.", {}, {{"met_with", "Kim Jong Un", "Moon Jae-in"}}},
      // "A and B, C met": the comma after a finished list starts another phrase.
      {"Ahead of talks with Portugal and the United States, diplomat Omar Haddad will hold talks with Anna Berg.",
       {{"met_with", "Omar Haddad", "Anna Berg", "planned"}}, {{"met_with", "United States", "Anna Berg"}}},
      // A visit, not a demand: "called on" without "to <verb>".
      {"Anna Berg called on Prime Minister Luis Ortega at his residence before leaving for Rome.", {},
       {{"demands_from", "Anna Berg", "Luis Ortega"}}},
  });
}

TEST(TreeRelations, LookAlikesAreNotFacts) {
  check({
      // A state does not sanction its own body: "remains under U.S. sanctions and
      // is on the FBI's most-wanted list".
      {"Tom Keller remains under U.S. sanctions and is on the FBI's most-wanted list.",
       {{"sanctions", "United States", "Tom Keller"}},
       {{"sanctions", "United States", "Federal Bureau of Investigation"}}},
      // A leader telling a whole chamber is a statement, not testimony; telling
      // a committee is.
      {"Spanish Prime Minister Tom Keller told the House of Commons that his government was pursuing the "
       "allegations.",
       {}, {{"testified_at", "Tom Keller", "House of Commons"}}},
      {"Tom Keller told the Harbour Committee on Monday that his bank had broken no rules.",
       {{"testified_at", "Tom Keller", "Harbour Committee"}}, {}},
      {"Tom Keller told the House of Delegates Budget Committee in February that he would resign.",
       {{"testified_at", "Tom Keller", "House of Delegates Budget Committee"}}, {}},
      // Naming people "as having been spies" after a sanction told is an
      // accusation, not more of the sanction.
      {"Portugal sanctioned Omar Haddad in May. In his testimony, Tom Keller named two former ministers, Ivo Maren "
       "and Luis Ortega, as having been spies for the old regime.",
       {{"sanctions", "Portugal", "Omar Haddad"}},
       {{"sanctions", "Tom Keller", "Ivo Maren"}, {"sanctions", "Tom Keller", "Luis Ortega"},
        {"sanctions", "Portugal", "Ivo Maren"}}},
      // "visiting" before a title and a name is the name's adjective: no visit of the state named after.
      {"Portuguese Prime Minister Ana Lopes on Friday told visiting U.S. Secretary of State Tom Keller that Portugal "
       "would not agree to a temporary ceasefire.",
       {}, {{"met_with", "Portugal", "Tom Keller"}}},
      // "Japanese business leaders" are not Japan; "Japanese officials" are.
      {"Omar Haddad met Portuguese business leaders on Friday. Tom Keller met Spanish officials on Monday.",
       {{"met_with", "Tom Keller", "Spain"}}, {{"met_with", "Omar Haddad", "Portugal"}}},
      // "called on X ... to withdraw" is a demand, not a call paid on X, though
      // the parser hangs the infinitive from a noun of the verb's; the verb
      // after a dash aside is the group's, not a modifier of "group".
      {"Omar Haddad met the leaders of the Harbour Group. The group \u2013 Portugal, Spain and Italy \u2013 called on "
       "Russia in a joint declaration to withdraw its forces from Ukraine and pledged to keep strengthening NATO's "
       "defences.",
       {},
       {{"met_with", "Portugal", "Russia"}, {"met_with", "Spain", "Russia"}, {"met_with", "Italy", "Russia"}}},
      // A subject with an aside that opens with a preposition: still the subject.
      {"Portuguese Foreign Minister Omar Haddad, in a joint statement with the foreign ministers of Spain and Italy, "
       "called on Russia to end its repression of protesters.",
       {{"demands_from", "Omar Haddad", "Russia"}}, {}},
      // A testimony before a court is not given to the committee the story is about.
      {"Tom Keller lied to the Harbour inquiry committee in June. Anna Berg testified against Keller before the "
       "same court during the four-month trial.",
       {}, {{"testified_at", "Anna Berg", "Harbour inquiry committee"}}},
      // "demanded the release of X from Y": X is freed, and asked nothing; Y holds X.
      {"The Harbour Front demanded the immediate release of Tom Keller from the Portuguese government.",
       {{"demands_from", "Harbour Front", "Portugal"}}, {{"demands_from", "Harbour Front", "Tom Keller"}}},
      // "ignored earlier demands from X", "agreed to a request from X": X asks, and is asked nothing.
      {"The Harbour Front has already ignored earlier demands from the UN Security Council. Quarvex has since "
       "agreed to a request from the Tagus Aboriginal Corporation to halt work.",
       {},
       {{"demands_from", "Harbour Front", "United Nations Security Council"},
        {"demands_from", "Quarvex", "Tagus Aboriginal Corporation"}}},
      // Sanctions lifted are no sanctions imposed.
      {"The United States and the European Union lifted a broad range of economic sanctions on Iran late on Saturday.",
       {}, {{"sanctions", "European Union", "Iran"}, {"sanctions", "United States", "Iran"}}},
      // Accession negotiations are a process of joining, no meeting.
      {"In return, Portugal will stop blocking its neighbour's bids to join NATO and to open accession negotiations "
       "with the EU.",
       {}, {{"met_with", "NATO", "European Union"}, {"met_with", "Portugal", "European Union"}}},
      {"Portugal opened negotiations with the EU on Monday.", {{"met_with", "Portugal", "European Union"}}, {}},
      // Hosting a state's troops, or a movement's office, is no meeting.
      {"Portugal fired missiles at a base in western Spain and at a base near Porto, both of which host U.S. troops.",
       {}, {{"met_with", "Spain", "United States"}}},
      // "the chairman of X and Portugal's richest man": Portugal is a possessor, not a second body led.
      {"Omar Haddad, the chairman of steelmaker Norvik Steel and Portugal's richest man, denied it.",
       {{"leader_of", "Omar Haddad", "Norvik Steel"}}, {{"leader_of", "Omar Haddad", "Portugal"}}},
      {"Sanctions hit Russia in March. Omar Haddad, the chairman of steelmaker Norvik Steel and Russia's richest "
       "man according to Forbes, said earlier this week that he had nothing to do with the war.",
       {{"leader_of", "Omar Haddad", "Norvik Steel"}}, {{"leader_of", "Omar Haddad", "Russia"}}},
      // Chairing a body's summits leads the summits, not the body.
      {"Tom Keller, who headed the Portuguese government and has chaired EU summits since 2014, arrived.",
       {{"leader_of", "Tom Keller", "Portugal"}}, {{"leader_of", "Tom Keller", "European Union"}}},
      // A claim in quotes after "insisted that" says what is, not what must be.
      {"Tom Keller insisted that Northwind Rail \"is not an agent of any government\" and described a plan.", {},
       {{"demands_from", "Tom Keller", "Northwind Rail"}}},
      {"Russia rejected calls for sanctions relief for Iran.", {}, {{"sanctions", "Russia", "Iran"}}},
      {"Toyota will meet demand from carmakers in China.", {}, {{"met_with", "Toyota", "China"}}},
      // Money "to cover" a state's debts covers no one with sanctions; a ban that covers people does.
      {"Tom Keller asked the Harbour Fund for a loan to cover Portugal's debt repayments.", {},
       {{"sanctions", "Harbour Fund", "Portugal"}}},
      {"The EU's visa ban covers the 12 officials, chief among them Interior Minister Omar Haddad.",
       {{"sanctions", "European Union", "Omar Haddad"}}, {}},
      // "away from B" is where a thing moves, not whom it is sought from.
      {"The deal comes as Portugal seeks partners to move supply chains away from Spain.", {},
       {{"demands_from", "Portugal", "Spain"}}},
      // "actions targeting B" are no sanctions on B; "measures targeting B" are.
      {"The Treasury Department sanctioned Portugal in May. The order accuses the court of baseless actions "
       "targeting the United States and Spain.",
       {{"sanctions", "Treasury Department", "Portugal"}},
       {{"sanctions", "Treasury Department", "United States"}, {"sanctions", "Treasury Department", "Spain"}}},
      {"Canada imposed sanctions on Portugal. The new measures targeting Spain took effect on Friday.",
       {{"sanctions", "Canada", "Spain"}}, {}},
      // A cue the tagger did not read as a verb is still the window's.
      {"Maria Lopez heads Harwell Partners.", {{"leader_of", "Maria Lopez", "Harwell Partners"}}, {}},
      // "lead B to do" makes B do it; a leader is the relative clause's own subject.
      {"Failure to meet those terms, Anna Berg said, would lead Portugal to reverse the steps taken this week.", {},
       {{"leader_of", "Anna Berg", "Portugal"}}},
      {"Tom Keller, the 68-year-old former commander who has led Spain since a 2006 coup, said Portugal had always "
       "put consensus first, Anna Berg noted.",
       {{"leader_of", "Tom Keller", "Spain"}}, {{"leader_of", "Anna Berg", "Spain"}}},
      // Asked for, not done.
      {"Anna Berg called for sanctions on Portugal.", {}, {{"sanctions", "Anna Berg", "Portugal"}}},
      {"The European Union pressed for talks between Spain and Portugal.", {}, {{"met_with", "Spain", "Portugal"}}},
      {"Anna Berg called for talks with Tom Keller.", {}, {{"met_with", "Anna Berg", "Tom Keller"}}},
  });
}

// Clauses the parser attaches to the wrong word, hung back before the rules run.
TEST(TreeRelations, MisattachedClauses) {
  check({
      // "a week after X demanded ...": the noun after "after" is the clause's subject, not the
      // preposition's object with the verb a conjunct of the sentence's.
      {"Portuguese President Tom Keller spoke on Monday. The hearing came a week after the Keller administration "
       "demanded that Quarvex Holdings sell its stake in Tellmaro, warning that the app could otherwise be banned in "
       "Portugal.",
       {{"demands_from", "Portugal", "Quarvex Holdings"}}, {}},
      // ... and with an aside the parser hung from the name ("a day after A, the MEP who chairs
      // X, met B").
      {"The vote came a day after Tom Keller, the Portuguese MEP who chairs the civil liberties committee, met "
       "Luis Ortega, the speaker of Spain's Congress, during a visit to Madrid.",
       {{"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // ... and with a list of names before a "who" aside the parser hung elsewhere.
      {"The confrontation came two days after Tom Keller and Attorney General Anna Berg, who heads the Public "
       "Ministry, asked the Supreme Court of Justice to strip Luis Ortega of his immunity.",
       {{"demands_from", "Tom Keller", "Supreme Court of Justice"}, {"demands_from", "Anna Berg", "Supreme Court of Justice"},
        {"leader_of", "Anna Berg", "Public Ministry"}},
       {}},
      // ... also when the parser made the verb an adverbial with no subject ("after India demanded").
      {"Tariq Malik is Pakistan's adviser. Talks between the two countries were called off after India demanded "
       "that Malik, then Pakistan's envoy, drop plans to meet separatist leaders.",
       {{"demands_from", "India", "Tariq Malik"}}, {}},
      // "who was in Madrid for talks with Y": the phrase after the relative clause is the clause's.
      {"Foreign Minister Tom Keller, who was in Madrid for talks with his Spanish counterpart, Luis Ortega, said the "
       "steps were within Portugal's rights under the deal.",
       {{"met_with", "Tom Keller", "Luis Ortega"}}, {}},
      // "sanctioned two of X's cousins, A and B, accusing them ...": the names after the counted
      // group are its apposition, not the participle's subject (the comma before them hangs
      // from them).
      {"In March the Treasury Department sanctioned two of Tom Keller's cousins, Omar Haddad and Luis Ortega, "
       "accusing them of profiting from the drug trade.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Luis Ortega"}},
       {}},
      // "X, a spokesman for Y, warned last month that A and B had to ...": the verb after the
      // aside is the sentence's (not a participle of the aside's noun), and the "that" clause
      // its complement (not a relative clause of "month").
      {"Omar Haddad, a spokesman for the Northern Front, warned in an interview last month that Portugal and Spain "
       "had to pull their forces out by August.",
       {{"demands_from", "Omar Haddad", "Portugal"}, {"demands_from", "Omar Haddad", "Spain"}}, {}},
      // A one-token name the UD tokens split at its hyphen is one word for the parser.
      {"Anna Berg met her former deputy Tom Keller, who leads the rebel NLF-IO, in Lisbon on June 20.",
       {{"leader_of", "Tom Keller", "NLF-IO"}}, {}},
      // "told the regulator, X, to make sure ...": the told as an indirect object, the clause an
      // adverbial.
      {"In Friday's ruling, Tom Keller told the national telecommunications regulator, Harbour Telecom Authority, to "
       "make sure internet providers cut off access within 24 hours.",
       {{"demands_from", "Tom Keller", "Harbour Telecom Authority"}}, {}},
      // "said in an interview that A ..., and that B had to ...": the second clause is the speech
      // verb's complement though the parser read the first as the interview's.
      {"Portuguese President Tom Keller said in a radio interview that any foreigner who invests in Portugal is "
       "subject to the country's laws, and that Omar Haddad had to respect the decisions of the courts.",
       {{"demands_from", "Tom Keller", "Omar Haddad"}}, {}},
      // ... not the second "that" clause of a speech verb inside another verb's clause.
      {"Portugal's U.N. ambassador, Tom Keller, urged the council to hold off, saying an embargo would undermine "
       "regional peace efforts and that the African Union and Spain believed now was not the right time for such "
       "measures.",
       {}, {{"demands_from", "Tom Keller", "African Union"}, {"demands_from", "Tom Keller", "Spain"}}},
      // "Those designated by X include A's officer, B, its chief, C, and its head, D": each item
      // hung from the one before, the "and" on the last.
      {"Those designated by the Treasury's Office of Foreign Assets Control include Quarvex's chief operating "
       "officer, Omar Haddad, its chief legal officer, Luis Ortega, and its chief technology officer, Anna Berg.",
       {{"sanctions", "Office of Foreign Assets Control", "Omar Haddad"},
        {"sanctions", "Office of Foreign Assets Control", "Luis Ortega"},
        {"sanctions", "Office of Foreign Assets Control", "Anna Berg"}},
       {}},
      // ... and with four items, each hung from the one before, the "and" two levels down.
      {"Those designated by the Treasury's Office of Foreign Assets Control include Quarvex's chief operating "
       "officer, Omar Haddad, its chief legal officer, Luis Ortega, its chief business development officer, Rui "
       "Pinto, and its chief technology officer, Anna Berg.",
       {{"sanctions", "Office of Foreign Assets Control", "Omar Haddad"},
        {"sanctions", "Office of Foreign Assets Control", "Luis Ortega"},
        {"sanctions", "Office of Foreign Assets Control", "Rui Pinto"},
        {"sanctions", "Office of Foreign Assets Control", "Anna Berg"}},
       {}},
      // ", and gave A and B five days": a past verb joined to the present clause inside
      // the complement goes with the past verb above it, whose subject it shares.
      {"In Friday's ruling, Tomas Reval told the national telecommunications regulator, Lusa Telecom, to make sure "
       "internet providers cut off access to the network within 24 hours, and gave Harwell Motors and the Lusa Bank "
       "five days to pull the app from their stores.",
       {{"demands_from", "Tomas Reval", "Harwell Motors"}, {"demands_from", "Tomas Reval", "Lusa Bank"}}, {}},
      // "after A and B asked": the verb right after a list has the whole list for subject.
      {"Tom Keller said Portugal would send troops after Spain and Morocco asked Portugal for help in protecting "
       "their ports.",
       {{"demands_from", "Spain", "Portugal"}, {"demands_from", "Morocco", "Portugal"}}, {}},
      // "talks in X, Y, with C and D": the "with" phrase is the talks', not a place's
      // conjunct, so the two who held them met C and D, not each other.
      {"The sanctions came days after Anna Berg and national security adviser Tom Keller held two days of "
       "combative talks in Lisbon, Portugal, with Spain's top diplomat Omar Haddad and Foreign Minister Luis Ortega.",
       {{"met_with", "Anna Berg", "Omar Haddad"}, {"met_with", "Tom Keller", "Luis Ortega"}},
       {{"met_with", "Anna Berg", "Tom Keller"}}},
      // A day is no target: "announced the measures on International Human Rights Day".
      {"Spain summoned the ambassador a day after the Portuguese Treasury Department and the Foreign Ministry "
       "announced the measures on International Human Rights Day.",
       {}, {{"sanctions", "Treasury Department", "International Human Rights Day"}}},
      // "the party that X heads": a name's verb in -s the tagger read as a plural noun.
      {"Ministers of the Lusa Party, the ruling party that Tom Keller heads, have accused the investigators of bias.",
       {{"leader_of", "Tom Keller", "Lusa Party"}}, {}},
      // ... with no "that", and a surname of a person named before, after a body noun:
      // the apposition the parser hung from the comma is the company's.
      {"Tom Keller spoke on Monday. Regulators fined Harwell Motors, the carmaker Keller runs, on Tuesday.",
       {{"leader_of", "Tom Keller", "Harwell Motors"}}, {}},
      // ", as well as the X" after a person's apposition joins the list, not the apposition's body.
      {"Portugal's measures target Anna Berg and Tom Keller, the deputy chief of staff at the Lusa Ministry, as "
       "well as the Harwell Research Institute, which built the drones.",
       {{"sanctions", "Portugal", "Harwell Research Institute"}, {"works_for", "Tom Keller", "Lusa Ministry"}},
       {{"works_for", "Tom Keller", "Harwell Research Institute"}}},
      // "weeks after his forces opened fire": the time measures the aside, whose
      // subject is the noun after "after"; the verb after its ", and" is the main verb's.
      {"The Treasury Department blacklisted Omar Haddad in May 2011, weeks after his security forces opened fire on "
       "peaceful protesters, and designated Luis Ortega in November 2019, when he was still the country's chief "
       "justice, over human rights abuses.",
       {{"sanctions", "Treasury Department", "Omar Haddad"}, {"sanctions", "Treasury Department", "Luis Ortega"}}, {}},
      // ", as did C" at the end: C did what the subject did.
      {"Spanish President Anna Berg held talks with Tom Keller the same day, as did Moroccan Prime Minister Omar "
       "Haddad.",
       {{"met_with", "Anna Berg", "Tom Keller"}, {"met_with", "Omar Haddad", "Tom Keller"}}, {}},
      {"Portugal sanctioned Omar Haddad on Monday, as did the European Union.",
       {{"sanctions", "Portugal", "Omar Haddad"}, {"sanctions", "European Union", "Omar Haddad"}}, {}},
      // "new, targeted sanctions": the participle after the comma is an adjective, not a verb.
      {"Portugal ended its old sanctions programme against Spain, but the Lisbon government immediately imposed new, "
       "targeted sanctions on Tom Keller and a group of senior officials.",
       {{"sanctions", "Portugal", "Tom Keller"}}, {}},
      // "The Treasury said X had been added to its list of specially designated nationals": the speaker's list.
      {"The Treasury Department said Harwell Trading and Tom Keller, the chairman of its board, had been added to "
       "its list of specially designated nationals.",
       {{"sanctions", "Treasury Department", "Harwell Trading"}, {"sanctions", "Treasury Department", "Tom Keller"}},
       {}},
      // ", freezing any assets held by X" after a noun's participle: the main verb's subject freezes;
      // "the first tranche covers A and B": the tranche of whoever sanctioned last.
      {"LISBON - Portugal has imposed its first targeted sanctions under a law rushed through parliament last week, "
       "freezing any assets held in the country by Spanish Prime Minister Tom Keller and the 12 other members of his "
       "cabinet. Foreign Minister Anna Berg said the first tranche, which took effect at midnight, covers Deputy Prime "
       "Minister Omar Haddad and Interior Minister Luis Ortega.",
       {{"sanctions", "Portugal", "Tom Keller"}, {"sanctions", "Portugal", "Omar Haddad"},
        {"sanctions", "Portugal", "Luis Ortega"}},
       {}},
      // "It also designated B" after a sentence opened by the sanctioning body.
      {"The Treasury Department imposed sanctions on Friday on three militia leaders. It also designated Tom Keller, "
       "a businessman from Lisbon, for paying bribes.",
       {{"sanctions", "Treasury Department", "Tom Keller"}}, {}},
      // "A, B and C, all of which have sanctioned X": each of the list.
      {"The measures bring Portugal into line with Australia, the United States, Britain and the European Union, all "
       "of which have already sanctioned Tom Keller personally.",
       {{"sanctions", "Australia", "Tom Keller"}, {"sanctions", "United States", "Tom Keller"},
        {"sanctions", "United Kingdom", "Tom Keller"}, {"sanctions", "European Union", "Tom Keller"}},
       {}},
      // "adopted the EU's sanctions against X": the target the parser hung from the verb.
      {"Switzerland adopted the European Union's sanctions against Portugal in full on Monday.",
       {{"sanctions", "European Union", "Portugal"}, {"sanctions", "Switzerland", "Portugal"}}, {}},
      {"The United States lifted the European Union's sanctions against Portugal.", {},
       {{"sanctions", "European Union", "Portugal"}, {"sanctions", "United States", "Portugal"}}},
  });
}

}  // namespace kg
