// The block formats' exact integer sums for the AVX2 lane loops
// (dot_amd64.s, blockpanel_amd64.s).

// Exact int8 products with VPMADDUBSW. It multiplies unsigned bytes u by
// signed bytes s and adds adjacent pairs into int16 with saturation, so
// each block's products are arranged as u = |w| and s = x·sign(w): then
// u·s = w·x in every position (w = 0 gives u = s = 0; w = −128 gives
// VPSIGNB's −(−128) = 0x80 = 128 as the unsigned byte, its true magnitude),
// and x·sign(w) cannot wrap because x ∈ [−127, 127] (DotQ8_0 clamps x's
// −128). So |u·s| ≤ 128·127 = 16256 and a pair sum is at most 32512 in
// magnitude, inside int16's [−32768, 32767]: VPMADDUBSW never saturates.
// VPMADDWD by ones then adds pairs of int16 into int32 exactly; the
// eight int32 of a block sum to at most 32·16256 < 2^19 in magnitude, which
// VCVTDQ2PS converts to float32 exactly.

// QBLOCK leaves in dst the eight int32 partial sums of the block whose
// quants are at (wq) and (xq). Y15 holds sixteen int16 ones.
#define QBLOCK(wq, xq, dst) \
	VMOVDQU wq, Y0         \
	VMOVDQU xq, Y1         \
	VPSIGNB Y0, Y0, Y2     \
	VPSIGNB Y0, Y1, Y1     \
	VPMADDUBSW Y1, Y2, Y2  \
	VPMADDWD Y15, Y2, dst

// QSUMSI turns the partial sums of blocks 0..7 in Y4..Y11 into Y5 = the
// eight block sums as int32 (integer additions: any order is exact), and
// QSUMS into float32 (exact: |s| < 2^24).
#define QSUMSI \
	VPHADDD Y5, Y4, Y4            \
	VPHADDD Y7, Y6, Y6            \
	VPHADDD Y9, Y8, Y8            \
	VPHADDD Y11, Y10, Y10         \
	VPHADDD Y6, Y4, Y4            \
	VPHADDD Y10, Y8, Y8           \
	VPERM2I128 $0x20, Y8, Y4, Y5  \
	VPERM2I128 $0x31, Y8, Y4, Y6  \
	VPADDD Y6, Y5, Y5

#define QSUMS \
	QSUMSI \
	VCVTDQ2PS Y5, Y5

// GATHERD8 loads the binary16 scales of eight blocks of size bytes at base
// into the words of xr, through DX, R11, R12 and R13: eight independent
// scalar loads packed four to a quadword (a chain of eight VPINSRW into
// one register ran at a third of the speed of the rest of the loops).
#define GATHERD8(base, size, xr) \
	MOVWQZX (0*size)(base), R11 \
	MOVWQZX (1*size)(base), DX  \
	SHLQ $16, DX                \
	ORQ DX, R11                 \
	MOVWQZX (2*size)(base), R13 \
	SHLQ $32, R13               \
	ORQ R13, R11                \
	MOVWQZX (3*size)(base), DX  \
	SHLQ $48, DX                \
	ORQ DX, R11                 \
	MOVWQZX (4*size)(base), R12 \
	MOVWQZX (5*size)(base), R13 \
	SHLQ $16, R13               \
	ORQ R13, R12                \
	MOVWQZX (6*size)(base), DX  \
	SHLQ $32, DX                \
	ORQ DX, R12                 \
	MOVWQZX (7*size)(base), R13 \
	SHLQ $48, R13               \
	ORQ R13, R12                \
	VMOVQ R11, xr               \
	VPINSRQ $1, R12, xr, xr

// Q4BLOCK is QBLOCK for a Q4_0 block: its 16 bytes at wq hold elements
// 0..15 in the low nibbles and 16..31 in the high ones, each as q+8. The
// nibbles are spread into 32 bytes in element order (Y3 holds 0x0F bytes)
// and 8 is subtracted (Y12 holds 8s), giving w ∈ [−8, 7].
#define Q4BLOCK(wq, xq, dst) \
	VMOVDQU wq, X0            \
	VPSRLW $4, X0, X2         \
	VINSERTI128 $1, X2, Y0, Y0 \
	VPAND Y3, Y0, Y0          \
	VPSUBB Y12, Y0, Y0        \
	VMOVDQU xq, Y1            \
	VPSIGNB Y0, Y0, Y2        \
	VPSIGNB Y0, Y1, Y1        \
	VPMADDUBSW Y1, Y2, Y2     \
	VPMADDWD Y15, Y2, dst
