#include "backend/cuda/cuda_device.h"

#include <cuda_runtime.h>

namespace pdserve::backend::cuda {

StatusOr<std::vector<CudaDeviceInfo>> ListCudaDevices() {
  int count = 0;
  cudaError_t err = cudaGetDeviceCount(&count);
  if (err == cudaErrorNoDevice || err == cudaErrorInsufficientDriver) {
    cudaGetLastError();
    return std::vector<CudaDeviceInfo>{};
  }
  if (err != cudaSuccess) {
    return UnavailableError("cudaGetDeviceCount: {}", cudaGetErrorString(err));
  }
  std::vector<CudaDeviceInfo> devices;
  for (int i = 0; i < count; ++i) {
    cudaDeviceProp prop{};
    err = cudaGetDeviceProperties(&prop, i);
    if (err != cudaSuccess) {
      return UnavailableError("cudaGetDeviceProperties({}): {}", i, cudaGetErrorString(err));
    }
    devices.push_back(CudaDeviceInfo{i, prop.name, prop.major, prop.minor,
                                     prop.multiProcessorCount,
                                     static_cast<int64_t>(prop.totalGlobalMem),
                                     static_cast<int64_t>(prop.l2CacheSize)});
  }
  return devices;
}

}  // namespace pdserve::backend::cuda
