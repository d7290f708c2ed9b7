// Status and StatusOr<T>: how every run-time failure in pdserve is reported.
//
// A Status is a code plus a human-readable message; StatusOr<T> holds either a value
// or a non-OK Status. Library exceptions are caught at module edges and turned into a
// Status; CHECK (see check.h) is only for programming errors. The HTTP layer maps
// StatusCode to an HTTP status in exactly one place. Values are plain data: any thread
// may create, copy or read them.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include <fmt/format.h>

namespace pdserve {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller's input is wrong (HTTP 400)
  kNotFound,            // a named thing does not exist (404)
  kAlreadyExists,       // duplicate id (409)
  kOutOfRange,          // e.g. prompt longer than the context (400)
  kResourceExhausted,   // queue full, out of KV pages, out of memory (429/503)
  kFailedPrecondition,  // operation not valid in the current state
  kUnavailable,         // peer down, not ready; retryable (503)
  kDeadlineExceeded,    // timeout (504)
  kAborted,             // aborted by a peer or by the system
  kCancelled,           // cancelled by the client
  kDataLoss,            // corrupt file or frame
  kUnimplemented,       // not supported (yet)
  kUnauthenticated,     // missing/wrong credentials (401)
  kPermissionDenied,    // (403)
  kInternal,            // a bug or an unexpected library failure (500)
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "INVALID_ARGUMENT: message" (or "OK").
  std::string ToString() const;

  // Returns a copy whose message is "context: message" (code kept).
  Status WithContext(std::string_view context) const;

  friend bool operator==(const Status& a, const Status& b) {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Constructors that take fmt-style arguments: InvalidArgumentError("bad {}", x).
#define PDSERVE_DEFINE_ERROR_CTOR(Name, Code)                                           \
  template <typename... Args>                                                         \
  Status Name(fmt::format_string<Args...> format, Args&&... args) {                   \
    return Status(StatusCode::Code, fmt::format(format, std::forward<Args>(args)...)); \
  }
PDSERVE_DEFINE_ERROR_CTOR(InvalidArgumentError, kInvalidArgument)
PDSERVE_DEFINE_ERROR_CTOR(NotFoundError, kNotFound)
PDSERVE_DEFINE_ERROR_CTOR(AlreadyExistsError, kAlreadyExists)
PDSERVE_DEFINE_ERROR_CTOR(OutOfRangeError, kOutOfRange)
PDSERVE_DEFINE_ERROR_CTOR(ResourceExhaustedError, kResourceExhausted)
PDSERVE_DEFINE_ERROR_CTOR(FailedPreconditionError, kFailedPrecondition)
PDSERVE_DEFINE_ERROR_CTOR(UnavailableError, kUnavailable)
PDSERVE_DEFINE_ERROR_CTOR(DeadlineExceededError, kDeadlineExceeded)
PDSERVE_DEFINE_ERROR_CTOR(AbortedError, kAborted)
PDSERVE_DEFINE_ERROR_CTOR(CancelledError, kCancelled)
PDSERVE_DEFINE_ERROR_CTOR(DataLossError, kDataLoss)
PDSERVE_DEFINE_ERROR_CTOR(UnimplementedError, kUnimplemented)
PDSERVE_DEFINE_ERROR_CTOR(UnauthenticatedError, kUnauthenticated)
PDSERVE_DEFINE_ERROR_CTOR(PermissionDeniedError, kPermissionDenied)
PDSERVE_DEFINE_ERROR_CTOR(InternalError, kInternal)
#undef PDSERVE_DEFINE_ERROR_CTOR

template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // Implicit from a non-OK Status (an OK Status here is a bug and becomes kInternal).
  StatusOr(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (std::get<Status>(data_).ok()) {
      data_ = Status(StatusCode::kInternal, "StatusOr constructed from an OK Status");
    }
  }
  StatusOr(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  template <typename U>
    requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::decay_t<U>, Status> &&
             !std::is_same_v<std::decay_t<U>, StatusOr<T>> && !std::is_same_v<std::decay_t<U>, T>)
  StatusOr(U&& value) : data_(T(std::forward<U>(value))) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(data_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }

  // Precondition: ok(). Checked in debug builds.
  T& value() & { assert(ok()); return std::get<T>(data_); }
  const T& value() const& { assert(ok()); return std::get<T>(data_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<Status, T> data_;
};

namespace internal {
inline Status AsStatus(Status s) { return s; }
template <typename T>
Status AsStatus(const StatusOr<T>& s) { return s.status(); }
}  // namespace internal

}  // namespace pdserve

#define PDSERVE_CONCAT_INNER(a, b) a##b
#define PDSERVE_CONCAT(a, b) PDSERVE_CONCAT_INNER(a, b)

// Returns from the current function if `expr` (a Status or StatusOr) is not OK.
#define RETURN_IF_ERROR(expr)                                              \
  do {                                                                     \
    ::pdserve::Status pdserve_status_ = ::pdserve::internal::AsStatus(expr); \
    if (!pdserve_status_.ok()) return pdserve_status_;                     \
  } while (0)

// ASSIGN_OR_RETURN(auto x, FunctionReturningStatusOr());
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(PDSERVE_CONCAT(pdserve_statusor_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return tmp.status();         \
  lhs = std::move(tmp).value()
