#include "common/status.h"

#include <memory>

#include <gtest/gtest.h>

namespace pdserve {
namespace {

StatusOr<int> ParsePositive(int x) {
  if (x <= 0) return InvalidArgumentError("expected a positive number, got {}", x);
  return x;
}

StatusOr<int> Doubled(int x) {
  ASSIGN_OR_RETURN(int v, ParsePositive(x));
  return 2 * v;
}

Status CheckBoth(int a, int b) {
  RETURN_IF_ERROR(ParsePositive(a));
  RETURN_IF_ERROR(ParsePositive(b));
  return Status::Ok();
}

TEST(StatusTest, OkAndErrorCarryCodeAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = NotFoundError("tensor '{}' missing", "lm_head.weight");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "tensor 'lm_head.weight' missing");
  EXPECT_EQ(s.ToString(), "NOT_FOUND: tensor 'lm_head.weight' missing");
  EXPECT_EQ(s.WithContext("loading model").message(), "loading model: tensor 'lm_head.weight' missing");
}

TEST(StatusTest, MacrosPropagateErrors) {
  EXPECT_EQ(*Doubled(4), 8);
  StatusOr<int> bad = Doubled(-1);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "expected a positive number, got -1");
  EXPECT_TRUE(CheckBoth(1, 2).ok());
  EXPECT_EQ(CheckBoth(1, 0).code(), StatusCode::kInvalidArgument);
}

TEST(StatusTest, StatusOrFromOkStatusIsInternalError) {
  StatusOr<int> s(Status::Ok());
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInternal);
}

TEST(StatusTest, StatusOrHoldsMoveOnlyValues) {
  StatusOr<std::unique_ptr<int>> p = std::make_unique<int>(7);
  ASSERT_TRUE(p.ok());
  std::unique_ptr<int> owned = std::move(p).value();
  EXPECT_EQ(*owned, 7);
}

}  // namespace
}  // namespace pdserve
