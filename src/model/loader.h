// LoadModel: builds a ready-to-run Model from a Hugging Face model directory
// (config.json + *.safetensors, sharded or not) on the chosen device.
//
// "auto" reads weights by mmap and converts them to the backend's compute dtype;
// "dummy" builds the model from config.json alone with random weights (benchmarks),
// as SGLang's and vLLM's --load-format dummy does. Call from any one thread; the
// returned Model is then owned by its caller (the engine loop).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "common/status.h"
#include "model/model.h"

namespace pdserve::model {

struct ModelLoadOptions {
  std::filesystem::path model_path;
  std::string device = "cpu";       // "cpu" (CUDA arrives with the CUDA backend)
  std::string load_format = "auto";  // "auto" | "dummy"
  int num_threads = 0;              // CPU compute threads; 0 = hardware concurrency
  uint64_t dummy_seed = 0;          // seed of dummy weights
};

StatusOr<std::unique_ptr<Model>> LoadModel(const ModelLoadOptions& options);

}  // namespace pdserve::model
