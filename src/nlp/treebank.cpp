#include "treebank.hpp"

#include <fstream>
#include <string_view>

#include "kg/error.hpp"

namespace kg::nlp {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::vector<TreebankSentence> read_treebank(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path + ": cannot open the treebank");
  std::vector<TreebankSentence> out;
  TreebankSentence current;
  std::size_t line_no = 0;
  const auto fail = [&](const std::string& what) {
    throw Error(path + ":" + std::to_string(line_no) + ": " + what);
  };
  const auto flush = [&] {
    if (current.tokens.empty()) return;
    for (const auto& t : current.tokens)
      if (t.head >= static_cast<int>(current.tokens.size())) fail("head out of range in " + current.id);
    out.push_back(std::move(current));
    current = {};
  };
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      const std::string_view l = line;
      if (l.starts_with("# sent_id = ")) current.id = l.substr(12);
      if (l.starts_with("# text = ")) current.text = l.substr(9);
      continue;
    }
    const auto cols = split_tabs(line);
    if (cols.size() != 10) fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    if (!all_digits(cols[0])) continue;  // "1-2" multiword token or "8.1" empty node
    if (!all_digits(cols[6])) fail("head is not a number");
    TreebankToken t;
    t.form = cols[1];
    t.lemma = cols[2];
    t.upos = cols[3];
    t.xpos = cols[4];
    t.head = std::stoi(std::string(cols[6])) - 1;
    t.deprel = cols[7];
    t.misc = cols[9];
    if (std::stoul(std::string(cols[0])) != current.tokens.size() + 1) fail("word ids are not 1, 2, 3, ...");
    current.tokens.push_back(std::move(t));
  }
  flush();
  return out;
}

}  // namespace kg::nlp
