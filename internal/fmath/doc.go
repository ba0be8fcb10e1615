// Package fmath owns the floating-point primitives whose results must be
// bit-identical on every architecture opml runs on: natively on amd64 and
// arm64 and inside the MIPS32 fault-proof VM (GOARCH=mips, GOMIPS=softfloat).
//
// Two families live here:
//
//   - Soft-float binary32 arithmetic (Add32, Mul32 and the dot product
//     Dot32) on IEEE-754 bit patterns using only 32-bit integer operations.
//     It rounds exactly like hardware float32 (to nearest, ties to even, with
//     subnormals) and is the fast path of the tensor kernels when compiled
//     for MIPS, where Go's runtime soft-float is about ten times slower.
//   - Elementary functions (Exp, Log, Sqrt, Rsqrt, Tanh, Sigmoid, Silu, Gelu,
//     Sin, Cos in float32; Exp64, Log64, SinCos64 in float64) computed with
//     +, −, ×, ÷, explicit conversions and integer bit manipulation only. Every product is wrapped in an explicit conversion so
//     that no compiler may fuse it into an FMA (Go does that on arm64 and
//     others otherwise), and no function from package math with an assembly
//     implementation is called, so the results do not depend on GOARCH.
//
// NaN results are always the canonical quiet NaN CanonicalNaN32 (0x7FC00000);
// CPUs disagree on NaN signs and payloads, and commitments must not.
package fmath
