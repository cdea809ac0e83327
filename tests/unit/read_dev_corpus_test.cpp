// The shared dev corpus through the readers: every format yields the
// documents expected, the text validate.py defines, and every gold evidence
// string verbatim. Skipped when ../shared/corpus/dev is absent.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "kg/read.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kDev = fs::path(KG_SHARED_DIR) / "corpus" / "dev";

std::map<std::string, kg::Document> read_dev(kg::Diagnostics& diags) {
  std::map<std::string, kg::Document> docs;
  kg::read_inputs({kDev.string()}, {}, [&](kg::Document&& d) {
    const std::string id = d.info.id;
    docs.emplace(id, std::move(d));
  }, diags);
  return docs;
}

std::vector<std::string> gold_lines() {
  std::ifstream in(kDev / "gold.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

TEST(ReadDevCorpus, EveryDocumentOfEveryFormat) {
  if (!fs::exists(kDev / "gold.jsonl")) GTEST_SKIP() << "no " << kDev;
  kg::Diagnostics diags;
  const auto docs = read_dev(diags);
  for (const auto& d : diags) ADD_FAILURE() << d.to_string();
  const auto gold = gold_lines();
  EXPECT_EQ(docs.size(), gold.size());
  std::size_t evidence = 0, names = 0;
  for (const auto& line : gold) {
    rapidjson::Document g;
    g.Parse(line.c_str());
    ASSERT_FALSE(g.HasParseError());
    const std::string id = g["doc"].GetString();
    const auto it = docs.find(id);
    ASSERT_NE(it, docs.end()) << id << " was not read";
    const std::string& text = it->second.text;
    for (const auto& r : g["relations"].GetArray()) {
      if (!r.HasMember("evidence") || !r["evidence"].IsString()) continue;
      const std::string ev = r["evidence"].GetString();
      EXPECT_NE(text.find(ev), std::string::npos) << id << ": evidence not in the text: " << ev;
      ++evidence;
    }
    for (const auto& e : g["entities"].GetArray()) {
      bool found = text.find(e["name"].GetString()) != std::string::npos;
      if (e.HasMember("aliases"))
        for (const auto& a : e["aliases"].GetArray()) found = found || text.find(a.GetString()) != std::string::npos;
      EXPECT_TRUE(found) << id << ": no form of " << e["name"].GetString() << " in the text";
      ++names;
    }
  }
  EXPECT_GT(evidence, 600u);
  EXPECT_GE(names, 757u);  // the revised gold (judgement calls in SCHEMA.md) names 757
}

TEST(ReadDevCorpus, MetadataOfEachFormat) {
  if (!fs::exists(kDev / "gold.jsonl")) GTEST_SKIP() << "no " << kDev;
  kg::Diagnostics diags;
  const auto docs = read_dev(diags);
  const auto& html = docs.at("dev-15-pompeo-helsinki-testimony.html").info;
  EXPECT_EQ(html.title, "Pompeo defends Trump's Putin meeting before skeptical senators");
  EXPECT_EQ(html.date, "2018-07-25T19:42:00Z");
  EXPECT_EQ(html.url, "https://www.capitolledger.example/politics/2018/07/25/pompeo-senate-helsinki");
  EXPECT_EQ(html.author, "Teresa Lund");
  EXPECT_EQ(html.site, "The Capitol Ledger");
  EXPECT_EQ(docs.at("dev-17-pichai-house-judiciary.html").info.date, "2018-12-11T18:15:00-08:00");
  const auto& item = docs.at("dev-feed.rss#1").info;
  EXPECT_EQ(item.title, "Trump steps into North Korea, agrees with Kim to restart nuclear talks");
  EXPECT_EQ(item.date, "2019-06-30T09:40:00Z");
  EXPECT_EQ(item.url, "https://northwind-wire.example/asia/2019/06/30/trump-kim-dmz");
  EXPECT_EQ(item.author, "Grace Kwon");
  const auto& rec = docs.at("dev-articles.jsonl#1").info;
  EXPECT_EQ(rec.date, "2020-11-06T15:20:00Z");
  EXPECT_EQ(rec.site, "Eastgate News");
  const auto& txt = docs.at("dev-01-singapore-summit.txt").info;
  EXPECT_EQ(txt.title, "Trump, Kim pledge \"new relations\" in Singapore but leave nuclear details for later");
  EXPECT_EQ(txt.date, "2018-06-12");
  EXPECT_EQ(txt.site, "Meridian Wire");
  EXPECT_EQ(docs.at("dev-14-kim-putin-vladivostok.txt").info.date, "2019-04-26");
}

// validate.py --dump is the definition of the expected text.
TEST(ReadDevCorpus, TextEqualsValidateDump) {
  if (!fs::exists(kDev / "validate.py") || !fs::exists("/usr/bin/python3")) GTEST_SKIP() << "no validate.py";
  kg::Diagnostics diags;
  const auto docs = read_dev(diags);
  const std::string script =
      "import sys, json; sys.path.insert(0, sys.argv[1]); import validate; "
      "docs = validate.load_documents(sys.argv[1]); "
      "print(json.dumps({k: v[0] for k, v in docs.items()}))";
  const std::string cmd = "/usr/bin/python3 -c '" + script + "' '" + kDev.string() + "'";
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[65536];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  ASSERT_EQ(::pclose(p), 0);
  rapidjson::Document want;
  want.Parse(out.c_str(), out.size());
  ASSERT_TRUE(want.IsObject());
  std::size_t compared = 0;
  for (const auto& m : want.GetObject()) {
    const std::string id = m.name.GetString();
    ASSERT_TRUE(docs.count(id)) << id;
    EXPECT_EQ(docs.at(id).text, std::string(m.value.GetString(), m.value.GetStringLength())) << id;
    ++compared;
  }
  EXPECT_EQ(compared, docs.size());
}

}  // namespace
