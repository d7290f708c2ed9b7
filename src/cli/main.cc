// The `pdserve` binary: parses the command line and dispatches to a subcommand.
// Each subcommand lives in its own file (generate_command.cc, ...) and registers its
// options on the CLI11 app here.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "common/logging.h"

int main(int argc, char** argv) {
  CLI::App app{"pdserve: prefill/decode disaggregated LLM serving"};
  app.require_subcommand(1);
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error, off");
  pdserve::cli::CommandRegistry registry;
  pdserve::cli::RegisterGenerateCommand(app, registry);
  CLI11_PARSE(app, argc, argv);
  if (!pdserve::SetLogLevel(log_level)) {
    std::fprintf(stderr, "error: unknown --log-level '%s'\n", log_level.c_str());
    return 2;
  }
  return registry.Run(app);
}
