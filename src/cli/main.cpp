// The kg executable: finds the subcommand and runs it. Everything else lives
// in the library and in one file per command.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "command.hpp"
#include "kg/error.hpp"

namespace {

void print_overview() {
  std::cout << "usage: kg COMMAND [options]\n\n"
               "Builds a knowledge graph from news articles and answers questions about it.\n\n"
               "commands:\n";
  for (const auto& c : kg::cli::commands()) {
    std::string name(c.name);
    name.resize(12, ' ');
    std::cout << "  " << name << c.summary << "\n";
  }
  std::cout << "\n`kg help COMMAND` (or `kg COMMAND --help`) tells more. -q silences notes and summaries.\n"
               "The graph file defaults to $KG_GRAPH, else graphs/kg.json.\n";
}

const kg::cli::Command* find_command(const std::string& name) {
  for (const auto& c : kg::cli::commands())
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kg::cli;
  std::ios::sync_with_stdio(false);
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    print_overview();
    return argc < 2 ? kExitUsage : kExitOk;
  }
  if (std::string(argv[1]) == "help") {  // kg help [COMMAND]
    if (argc < 3) {
      print_overview();
      return kExitOk;
    }
    if (const Command* c = find_command(argv[2])) {
      std::cout << c->help;
      return kExitOk;
    }
    std::cerr << "kg help: unknown command '" << argv[2] << "' (see kg --help)\n";
    return kExitUsage;
  }
  if (std::string(argv[1]) == "--version") {
    std::cout << "kg 0.1.0\n";
    return kExitOk;
  }
  const std::string name = argv[1];
  const Command* c = find_command(name);
  if (!c) {
    std::cerr << "kg: unknown command '" << name << "' (see kg --help)\n";
    return kExitUsage;
  }
  Args args(std::vector<std::string>(argv + 2, argv + argc));
  try {
    if (args.flag({"-h", "--help"})) {
      std::cout << c->help;
      return kExitOk;
    }
    set_running(c->name, args.flag({"-q", "--quiet"}));
    return c->run(args);
  } catch (const UsageError& e) {
    const std::string_view help = c->help;
    std::cerr << "kg " << name << ": " << e.message << "\n" << help.substr(0, help.find('\n')) << "\n";
    return kExitUsage;
  } catch (const kg::Error& e) {
    std::cerr << "kg " << name << ": " << e.what() << "\n";
    return kExitFailure;
  } catch (const std::bad_alloc&) {
    std::cerr << "kg " << name << ": out of memory\n";
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "kg " << name << ": " << e.what() << "\n";
    return kExitFailure;
  }
}
