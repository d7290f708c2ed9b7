// `pdserve generate`: offline generation through the engine, no HTTP.
#include "cli/commands.h"

namespace pdserve::cli {

void RegisterGenerateCommand(CLI::App& app, CommandRegistry& registry) {
  auto* sub = app.add_subcommand("generate", "Run prompts through the engine offline");
  registry.Add(sub, [] { return 0; });
}

}  // namespace pdserve::cli
