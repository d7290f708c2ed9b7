// Subcommand registration for the `pdserve` binary. Each Register*Command adds a
// CLI11 subcommand and the function that runs it; Run() calls the one the user chose.
// Main thread only.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

namespace pdserve::cli {

class CommandRegistry {
 public:
  void Add(CLI::App* subcommand, std::function<int()> run) {
    commands_.emplace_back(subcommand, std::move(run));
  }
  int Run(const CLI::App& app) const {
    for (const auto& [sub, run] : commands_) {
      if (sub->parsed()) return run();
    }
    return 2;
  }

 private:
  std::vector<std::pair<CLI::App*, std::function<int()>>> commands_;
};

void RegisterGenerateCommand(CLI::App& app, CommandRegistry& registry);

}  // namespace pdserve::cli
