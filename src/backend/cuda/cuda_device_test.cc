#include "backend/cuda/cuda_device.h"

#include <gtest/gtest.h>

namespace pdserve::backend::cuda {
namespace {

TEST(CudaDeviceTest, ListsDevicesOrNone) {
  auto devices = ListCudaDevices();
  ASSERT_TRUE(devices.ok()) << devices.status().ToString();
  if (devices->empty()) GTEST_SKIP() << "no CUDA device";
  for (const auto& d : *devices) {
    EXPECT_FALSE(d.name.empty());
    EXPECT_GE(d.compute_major, 9) << "pdserve's CUDA backend is built for Hopper (sm_90a)";
    EXPECT_GT(d.total_memory_bytes, 0);
  }
}

}  // namespace
}  // namespace pdserve::backend::cuda
