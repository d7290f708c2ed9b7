#include "common/dtype.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace pdserve {
namespace {

TEST(DTypeTest, NamesRoundTrip) {
  for (DType d : {DType::kF32, DType::kF16, DType::kBF16, DType::kI64, DType::kBool}) {
    EXPECT_EQ(DTypeFromName(DTypeName(d)), d);
  }
  EXPECT_FALSE(DTypeFromName("F8_E4M3").has_value());
  EXPECT_EQ(DTypeSize(DType::kBF16), 2u);
}

// Every one of the 65536 fp16 bit patterns converts to float and back unchanged
// (NaNs stay NaN); bf16 likewise. The independent reference is the IEEE definition
// itself: the round trip must be exact for every representable value.
TEST(DTypeTest, Fp16AndBf16RoundTripEveryBitPattern) {
  for (uint32_t bits = 0; bits < 65536; ++bits) {
    const auto h = static_cast<uint16_t>(bits);
    float f = Fp16ToFloat(h);
    if (std::isnan(f)) {
      EXPECT_TRUE(std::isnan(Fp16ToFloat(FloatToFp16(f))));
    } else {
      ASSERT_EQ(FloatToFp16(f), h) << "fp16 bits " << bits;
    }
    float g = Bf16ToFloat(h);
    if (std::isnan(g)) {
      EXPECT_TRUE(std::isnan(Bf16ToFloat(FloatToBf16(g))));
    } else {
      ASSERT_EQ(FloatToBf16(g), h) << "bf16 bits " << bits;
    }
  }
}

TEST(DTypeTest, KnownValuesAndRounding) {
  EXPECT_EQ(Fp16ToFloat(0x3c00), 1.0f);
  EXPECT_EQ(Fp16ToFloat(0xc000), -2.0f);
  EXPECT_EQ(Fp16ToFloat(0x0001), std::ldexp(1.0f, -24));
  EXPECT_EQ(FloatToFp16(65520.0f), 0x7c00);  // rounds to +inf
  EXPECT_EQ(Bf16ToFloat(0x3f80), 1.0f);
  // 1 + 2^-8 is halfway between bf16 1.0 and 1+2^-7: ties to even -> 1.0.
  EXPECT_EQ(FloatToBf16(1.0f + std::ldexp(1.0f, -8)), 0x3f80);
  float in[3] = {1.5f, -0.25f, 3.0f};
  uint16_t half[3] = {FloatToFp16(in[0]), FloatToFp16(in[1]), FloatToFp16(in[2])};
  float out[3];
  ASSERT_TRUE(ConvertToFloat32(DType::kF16, half, 3, out));
  EXPECT_EQ(out[0], 1.5f);
  EXPECT_EQ(out[1], -0.25f);
  EXPECT_EQ(out[2], 3.0f);
  EXPECT_FALSE(ConvertToFloat32(DType::kI32, half, 1, out));
}

}  // namespace
}  // namespace pdserve
