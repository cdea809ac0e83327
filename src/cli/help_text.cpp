// Reading options back out of a command's help text.
#include "help_text.hpp"

#include <algorithm>
#include <cctype>

#include "kg/text.hpp"

namespace kg::cli {
namespace {

bool option_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// "text|json" (optionally followed by ']' or ')') -> {"text", "json"}; empty when not a list of choices.
std::vector<std::string> choices_of(std::string_view word) {
  while (!word.empty() && (word.back() == ']' || word.back() == ')' || word.back() == ',')) word.remove_suffix(1);
  if (word.find('|') == std::string_view::npos) return {};
  std::vector<std::string> out;
  for (auto part : split(word, '|')) {
    if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) {
          return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                 c == '.' || c == '-' || c == '_';
        }))
      return {};
    out.emplace_back(part);
  }
  return out;
}

bool is_value_word(std::string_view word) {
  while (!word.empty() && (word.back() == ']' || word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  if (word.empty()) return false;
  return std::all_of(word.begin(), word.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_' ||
           c == '.' || c == '|';
  });
}

}  // namespace

std::vector<HelpOption> help_options(std::string_view help) {
  std::vector<HelpOption> out;
  std::vector<std::string_view> words;
  for (auto line : split(help, '\n'))
    for (auto w : split(line, ' '))
      if (!w.empty()) words.push_back(w);
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    while (!w.empty() && (w.front() == '[' || w.front() == '(' || w.front() == '`')) w.remove_prefix(1);
    // "[--compact|--pretty]": each alternative is an option of its own.
    if (const auto bar = w.find("|-"); bar != std::string_view::npos) {
      words.push_back(w.substr(bar + 1));
      w = w.substr(0, bar);
    }
    if (w.size() < 2 || w[0] != '-' || w == "--" || !std::isalpha(static_cast<unsigned char>(w[w[1] == '-' ? 2 : 1])))
      continue;
    std::size_t end = 0;
    while (end < w.size() && option_char(w[end])) ++end;
    std::string name(w.substr(0, end));
    while (!name.empty() && name.back() == '-') name.pop_back();
    if (name.size() < 2) continue;
    HelpOption o{name, false, {}};
    std::string_view rest = w.substr(end);
    if (rest.starts_with("=")) rest.remove_prefix(1);
    // "-o, --output FILE": the short form takes what the long one takes.
    const std::size_t ahead = rest == "," && i + 2 < words.size() && words[i + 1].starts_with("--") ? i + 2 : i + 1;
    if (ahead == i + 2) rest = {};
    const std::string_view next = !rest.empty() ? rest : (ahead < words.size() ? words[ahead] : std::string_view{});
    // A value follows only when written on the same line of the usage or option list.
    if (rest.empty() && w.back() != ']' && !next.empty()) {
      o.choices = choices_of(next);
      o.takes_value = !o.choices.empty() || is_value_word(next);
    }
    const auto it = std::find_if(out.begin(), out.end(), [&](const HelpOption& x) { return x.name == o.name; });
    if (it == out.end()) {
      out.push_back(std::move(o));
    } else {
      it->takes_value = it->takes_value || o.takes_value;
      if (it->choices.empty()) it->choices = o.choices;
    }
  }
  return out;
}

std::string usage_line(std::string_view help) {
  std::string_view first = help.substr(0, help.find('\n'));
  if (first.starts_with("usage: ")) first.remove_prefix(7);
  return std::string(first);
}

}  // namespace kg::cli
