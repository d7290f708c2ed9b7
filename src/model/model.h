// Model: a loaded causal LM ready to run forward passes against its paged KV cache.
//
// Created by LoadModel() (loader.h) from a Hugging Face model directory. The model owns
// its weights and, once AllocateKvCache() has been called, the KV page pool (the
// backend's memory, laid out [layer][k|v][page][page_size][kv_heads][head_dim]).
// Which page holds what is decided elsewhere (kv_cache::PageAllocator in the engine):
// the model only reads and writes the pages a ForwardBatch names.
//
// Threading: one thread (the engine loop) calls Forward/AllocateKvCache; config() and
// kv_cache_info() are immutable after load and may be read from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "common/status.h"
#include "model/forward_batch.h"
#include "model/model_config.h"

namespace pdserve::model {

struct KvCacheInfo {
  int32_t num_layers = 0;
  int32_t num_pages = 0;
  int32_t page_size = 0;
  int32_t num_kv_heads = 0;
  int32_t head_dim = 0;
  int32_t bytes_per_element = 0;  // 4 on CPU (fp32), 2 on CUDA (bf16)
  // Bytes of K (or V) of one page in one layer.
  int64_t page_bytes_per_layer_kv() const {
    return int64_t{page_size} * num_kv_heads * head_dim * bytes_per_element;
  }
};

class Model {
 public:
  virtual ~Model() = default;

  virtual const ModelConfig& config() const = 0;

  // Bytes of KV cache one token needs over all layers (K and V).
  virtual int64_t kv_bytes_per_token() const = 0;

  // Allocates the page pool. Must be called once before Forward().
  virtual Status AllocateKvCache(int32_t num_pages, int32_t page_size) = 0;
  virtual const KvCacheInfo& kv_cache_info() const = 0;

  // Runs one step. On success, `logits` is resized to
  // batch.num_logit_rows() * vocab_size floats, rows in the order of the sequences
  // that have need_logits set. Errors (bad page ids, context beyond the model's
  // maximum) are returned as Status and leave the KV cache of other pages untouched.
  virtual Status Forward(const ForwardBatch& batch, std::vector<float>* logits) = 0;
};

}  // namespace pdserve::model
