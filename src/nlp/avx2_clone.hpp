// KG_AVX2_CLONE before a function: on x86-64 Linux, GCC/Clang compile it
// twice, for AVX2 and for the baseline, and the loader picks the clone once
// (ifunc). Use it on a function with a body of its own that callers in the
// same file call after its definition: Clang makes no clones of a function
// already called, and the callers must see the clones' declaration.
#pragma once

#if defined(__x86_64__) && defined(__linux__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define KG_AVX2_CLONE __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef KG_AVX2_CLONE
#define KG_AVX2_CLONE
#endif
