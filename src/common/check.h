// CHECK(cond) << "message": aborts the process on a programming error (a broken
// invariant), printing file, line and message. Never use it for bad input, I/O or
// network failures: those return a Status. Safe from any thread.
#pragma once

#include <sstream>
#include <string>

namespace pdserve::internal {

class CheckFailure {
 public:
  CheckFailure(const char* file, int line, const char* condition);
  [[noreturn]] ~CheckFailure();
  std::ostream& stream() { return stream_; }

 private:
  std::ostringstream stream_;
};

}  // namespace pdserve::internal

#define CHECK(cond)                                                  \
  if (__builtin_expect(static_cast<bool>(cond), 1)) {                \
  } else                                                             \
    ::pdserve::internal::CheckFailure(__FILE__, __LINE__, #cond).stream()

#define CHECK_EQ(a, b) CHECK((a) == (b)) << #a " = " << (a) << ", " #b " = " << (b) << " "
#define CHECK_LE(a, b) CHECK((a) <= (b)) << #a " = " << (a) << ", " #b " = " << (b) << " "
#define CHECK_LT(a, b) CHECK((a) < (b)) << #a " = " << (a) << ", " #b " = " << (b) << " "
#define CHECK_GE(a, b) CHECK((a) >= (b)) << #a " = " << (a) << ", " #b " = " << (b) << " "
#define CHECK_OK(expr) \
  do { auto pdserve_check_status_ = (expr); CHECK(pdserve_check_status_.ok()) << pdserve_check_status_.ToString(); } while (0)
