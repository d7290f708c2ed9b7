// ModelConfig and GenerationConfig: what config.json and generation_config.json of a
// Hugging Face model directory say, parsed and validated into plain values.
//
// Supported families (architectures[0]): LlamaForCausalLM, MistralForCausalLM,
// Qwen2ForCausalLM, Qwen3ForCausalLM. Parsing rejects unknown architectures and
// inconsistent shapes with a Status that names the field. Plain data; any thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"

namespace pdserve::model {

enum class ModelFamily { kLlama, kMistral, kQwen2, kQwen3 };

struct RopeScaling {
  // "default" (none), "llama3", "linear".
  std::string type = "default";
  double factor = 1.0;
  // llama3 only.
  double low_freq_factor = 1.0;
  double high_freq_factor = 4.0;
  int64_t original_max_position_embeddings = 8192;
};

struct ModelConfig {
  std::string architecture;  // e.g. "LlamaForCausalLM"
  ModelFamily family = ModelFamily::kLlama;
  std::string model_type;    // e.g. "llama"
  int32_t vocab_size = 0;
  int32_t hidden_size = 0;
  int32_t intermediate_size = 0;
  int32_t num_hidden_layers = 0;
  int32_t num_attention_heads = 0;
  int32_t num_key_value_heads = 0;
  int32_t head_dim = 0;  // hidden_size / num_attention_heads unless config.json says
  int64_t max_position_embeddings = 0;
  double rms_norm_eps = 1e-6;
  double rope_theta = 10000.0;
  RopeScaling rope_scaling;
  bool tie_word_embeddings = false;
  bool attention_bias = false;  // q/k/v projections have a bias (Qwen2: always)
  bool qk_norm = false;         // per-head RMSNorm on q and k before RoPE (Qwen3)
  std::optional<int32_t> sliding_window;  // Mistral v0.1; nullopt = full attention
  std::string hidden_act = "silu";
  std::string torch_dtype = "float32";  // dtype the checkpoint declares
  std::vector<int32_t> eos_token_ids;   // from config.json (may be empty)
  std::optional<int32_t> bos_token_id;
};

struct GenerationConfig {
  std::vector<int32_t> eos_token_ids;
  std::optional<int32_t> bos_token_id;
  std::optional<double> temperature;
  std::optional<double> top_p;
  std::optional<int32_t> top_k;
  std::optional<double> repetition_penalty;
  std::optional<int32_t> max_new_tokens;
};

// Parses config.json text. `source` names the file in error messages.
StatusOr<ModelConfig> ParseModelConfig(std::string_view json_text, std::string_view source);
StatusOr<ModelConfig> LoadModelConfig(const std::filesystem::path& model_dir);

// Missing generation_config.json is not an error: an empty GenerationConfig results.
StatusOr<GenerationConfig> ParseGenerationConfig(std::string_view json_text, std::string_view source);
StatusOr<GenerationConfig> LoadGenerationConfig(const std::filesystem::path& model_dir);

}  // namespace pdserve::model
