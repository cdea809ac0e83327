// What the help text of a command says about its options, read back out of
// it, so shell completion and the man page come from the same text as
// `kg help COMMAND` and cannot drift from it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

struct HelpOption {
  std::string name;                 // "--format", "-g"
  bool takes_value = false;         // written "--name VALUE" (an upper-case word) or with choices
  std::vector<std::string> choices; // "--format text|json" -> {"text", "json"}
};

// Every option the help text names (usage line and option list), in order of
// first appearance, with whether it takes a value and its choices.
std::vector<HelpOption> help_options(std::string_view help);

// The usage line's text after "usage: ".
std::string usage_line(std::string_view help);

}  // namespace kg::cli
