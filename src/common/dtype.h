// DType: element types of tensors in checkpoints and on devices, with their sizes and
// names as safetensors spells them ("F32", "BF16", ...). Conversions between the
// 16-bit float formats and float32 live here so every module converts the same way.
// Pure functions; any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>

namespace pdserve {

enum class DType { kF32, kF16, kBF16, kF64, kI64, kI32, kI16, kI8, kU8, kBool };

size_t DTypeSize(DType dtype);
std::string_view DTypeName(DType dtype);  // safetensors spelling: "F32", "BF16", ...
std::optional<DType> DTypeFromName(std::string_view name);

inline float Bf16ToFloat(uint16_t bits) {
  uint32_t u = static_cast<uint32_t>(bits) << 16;
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// Round-to-nearest-even, NaN preserved (quiet).
inline uint16_t FloatToBf16(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>((u >> 16) | 0x40);
  u += 0x7fffu + ((u >> 16) & 1u);
  return static_cast<uint16_t>(u >> 16);
}

float Fp16ToFloat(uint16_t bits);
uint16_t FloatToFp16(float f);

// Converts `count` elements of `dtype` (F32, F16 or BF16) at `src` into float32.
// Returns false for any other dtype.
bool ConvertToFloat32(DType dtype, const void* src, size_t count, float* dst);

}  // namespace pdserve
