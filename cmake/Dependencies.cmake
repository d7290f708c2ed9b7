# Third-party dependencies, all from the system's package manager (scripts/setup.sh
# installs them on Debian/Ubuntu). CUDA is detected here and is optional.
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 QUIET)
find_package(PkgConfig REQUIRED)
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)

# OpenBLAS (CPU GEMMs). Debian ships it under a multiarch folder; pkg-config knows where.
pkg_check_modules(OPENBLAS REQUIRED IMPORTED_TARGET openblas)

if(NOT TARGET CLI11::CLI11)
  find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
endif()

if(PDSERVE_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(PDSERVE_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# CUDA: AUTO builds the CUDA backend when nvcc is present, for Hopper (sm_90a).
set(PDSERVE_WITH_CUDA OFF)
if(NOT PDSERVE_CUDA STREQUAL "OFF")
  include(CheckLanguage)
  check_language(CUDA)
  if(CMAKE_CUDA_COMPILER)
    if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
      set(CMAKE_CUDA_ARCHITECTURES 90a)
    endif()
    enable_language(CUDA)
    # CMake releases older than the CUDA toolkit may not know nvcc accepts C++20;
    # ask for it directly.
    set(CMAKE_CUDA_STANDARD 20)
    set(CMAKE_CUDA_STANDARD_REQUIRED OFF)
    find_package(CUDAToolkit REQUIRED)
    set(PDSERVE_WITH_CUDA ON)
  elseif(PDSERVE_CUDA STREQUAL "ON")
    message(FATAL_ERROR "PDSERVE_CUDA=ON but no CUDA compiler was found")
  endif()
endif()
message(STATUS "pdserve: CUDA backend ${PDSERVE_WITH_CUDA}")
