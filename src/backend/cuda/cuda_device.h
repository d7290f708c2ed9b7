// CUDA device discovery: which GPUs this process can use and what they are.
// The CUDA backend builds on it; callers without a GPU get an empty list (not an
// error), so GPU tests can skip cleanly. Any thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"

namespace pdserve::backend::cuda {

struct CudaDeviceInfo {
  int index = 0;
  std::string name;
  int compute_major = 0;
  int compute_minor = 0;
  int multiprocessors = 0;
  int64_t total_memory_bytes = 0;
  int64_t l2_bytes = 0;
};

// Lists visible devices. No driver or no device → empty vector.
StatusOr<std::vector<CudaDeviceInfo>> ListCudaDevices();

}  // namespace pdserve::backend::cuda
