// Logging: a thin layer over spdlog so the whole binary shares one logger and one
// format. LOG_INFO("loaded {} tensors", n). Thread-safe (spdlog's mt sinks).
#pragma once

#include <string_view>

#include <spdlog/spdlog.h>

namespace pdserve {

// Sets the global level from a name: trace, debug, info, warn, error, off.
// Returns false if the name is unknown (the level is then unchanged).
bool SetLogLevel(std::string_view level);

}  // namespace pdserve

#define LOG_DEBUG(...) SPDLOG_DEBUG(__VA_ARGS__)
#define LOG_INFO(...) SPDLOG_INFO(__VA_ARGS__)
#define LOG_WARN(...) SPDLOG_WARN(__VA_ARGS__)
#define LOG_ERROR(...) SPDLOG_ERROR(__VA_ARGS__)
