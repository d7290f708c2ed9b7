// ForwardBatch: one step of work for the model, built by the engine from the
// scheduler's plan. Tokens of all sequences are concatenated ("ragged" batch): each
// sequence contributes `num_new_tokens` tokens whose K/V are written into its pages at
// positions [context_len - num_new_tokens, context_len), and whose queries attend to
// every position < their own (causal) in that sequence's pages. A prefill chunk, a
// whole prompt and a decode step (num_new_tokens == 1) are the same thing here.
//
// Plain data, built and read on the engine thread.
#pragma once

#include <cstdint>
#include <vector>

namespace pdserve::model {

struct SequenceInBatch {
  int32_t num_new_tokens = 0;  // query tokens of this sequence in this step
  int32_t context_len = 0;     // tokens in the sequence's KV after this step
  // Page ids holding positions [0, context_len): position p lives in page
  // page_ids[p / page_size] at slot p % page_size. Must cover context_len.
  std::vector<int32_t> page_ids;
  // Whether the model returns logits for this sequence's last new token.
  bool need_logits = false;
};

struct ForwardBatch {
  std::vector<int32_t> token_ids;  // concatenated new tokens, sum of num_new_tokens
  std::vector<SequenceInBatch> sequences;

  int32_t num_tokens() const { return static_cast<int32_t>(token_ids.size()); }
  int32_t num_logit_rows() const {
    int32_t n = 0;
    for (const auto& s : sequences) n += s.need_logits ? 1 : 0;
    return n;
  }
};

}  // namespace pdserve::model
