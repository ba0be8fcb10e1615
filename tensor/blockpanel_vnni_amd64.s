//go:build amd64

#include "textflag.h"
#include "qblock_amd64.h"

// Panel lane loops with AVX-512 VNNI's VPDPBUSD on ymm registers (EVEX,
// so Y16..Y31 are available): four dependent-free byte products summed
// into each int32 lane, unsigned bytes by signed bytes, without the
// int16 saturation of VPMADDUBSW. The unsigned operand is w offset to
// [0, 255]: w XOR 0x80 = w + 128 for Q8_0, the stored nibble q + 8 itself
// for Q4_0. Then Σ (w + c)·x − c·Σx = Σ w·x exactly (every term an
// integer below 2^21 in magnitude), where Σx comes once per block and step
// from VPDPBUSD against ones and serves the four rows. The block sums are
// thus the exact integers of the AVX2 loops, and the float steps after
// them are those of blockpanel_amd64.s.
//
// Registers: Y16..Y23 x's quants of the step's eight blocks, Y24 0x80
// bytes, Y25 0x01 bytes, Y13 c·Σx of the eight blocks (int32), Y14 x's
// scales, Y4..Y11 one row's partial sums, Y0..Y2 scratch.

// PANELSETUP loads the arguments and zeroes the lanes: SI, R8, R9, R10
// rows 0..3; DI x; CX the end of x; AX the lanes.
#define PANELSETUP \
	MOVQ w_base+0(FP), SI        \
	MOVQ stride+24(FP), BX       \
	MOVQ x_base+32(FP), DI       \
	MOVQ x_len+40(FP), CX        \
	LEAQ acc+56(FP), AX          \
	LEAQ (SI)(BX*1), R8          \
	LEAQ (SI)(BX*2), R9          \
	LEAQ (R8)(BX*2), R10         \
	LEAQ (DI)(CX*1), CX          \
	VXORPS Y0, Y0, Y0            \
	VMOVUPS Y0, 0(AX)            \
	VMOVUPS Y0, 32(AX)           \
	VMOVUPS Y0, 64(AX)           \
	VMOVUPS Y0, 96(AX)           \
	MOVL $0x80808080, DX         \
	VPBROADCASTD DX, Y24         \
	MOVL $0x01010101, DX         \
	VPBROADCASTD DX, Y25

// XSTEP loads x's eight blocks: quants into Y16..Y23, scales widened into
// Y14, and Y13 = Σx·2^shift per block.
#define XSUM(j, xr, dst) \
	VMOVDQU32 (2+34*j)(DI), xr \
	VPXOR dst, dst, dst        \
	VPDPBUSD xr, Y25, dst

#define XSTEP(shift) \
	XSUM(0, Y16, Y4)          \
	XSUM(1, Y17, Y5)          \
	XSUM(2, Y18, Y6)          \
	XSUM(3, Y19, Y7)          \
	XSUM(4, Y20, Y8)          \
	XSUM(5, Y21, Y9)          \
	XSUM(6, Y22, Y10)         \
	XSUM(7, Y23, Y11)         \
	QSUMSI                    \
	VPSLLD $shift, Y5, Y13    \
	GATHERD8(DI, 34, X12)     \
	VCVTPH2PS X12, Y14

// ROWSCALE is blockpanel_amd64.s's: p = float32(float32(dw·dx)·float32(s))
// of eight blocks added to the lanes at off(AX).
#define ROWSCALE(wp, wsize, off) \
	GATHERD8(wp, wsize, X12) \
	VCVTPH2PS X12, Y12       \
	VMULPS Y14, Y12, Y12     \
	VMULPS Y5, Y12, Y12      \
	VADDPS off(AX), Y12, Y12 \
	VMOVUPS Y12, off(AX)

// ROWSUMS turns one row's partial sums in Y4..Y11 into its eight exact
// block sums as float32 in Y5.
#define ROWSUMS \
	QSUMSI               \
	VPSUBD Y13, Y5, Y5   \
	VCVTDQ2PS Y5, Y5

#define Q8ROW(wp, off) \
	VPXORD 2(wp), Y24, Y0         \
	VPXOR Y4, Y4, Y4              \
	VPDPBUSD Y16, Y0, Y4          \
	VPXORD 36(wp), Y24, Y1        \
	VPXOR Y5, Y5, Y5              \
	VPDPBUSD Y17, Y1, Y5          \
	VPXORD 70(wp), Y24, Y2        \
	VPXOR Y6, Y6, Y6              \
	VPDPBUSD Y18, Y2, Y6          \
	VPXORD 104(wp), Y24, Y0       \
	VPXOR Y7, Y7, Y7              \
	VPDPBUSD Y19, Y0, Y7          \
	VPXORD 138(wp), Y24, Y1       \
	VPXOR Y8, Y8, Y8              \
	VPDPBUSD Y20, Y1, Y8          \
	VPXORD 172(wp), Y24, Y2       \
	VPXOR Y9, Y9, Y9              \
	VPDPBUSD Y21, Y2, Y9          \
	VPXORD 206(wp), Y24, Y0       \
	VPXOR Y10, Y10, Y10           \
	VPDPBUSD Y22, Y0, Y10         \
	VPXORD 240(wp), Y24, Y1       \
	VPXOR Y11, Y11, Y11           \
	VPDPBUSD Y23, Y1, Y11         \
	ROWSUMS                       \
	ROWSCALE(wp, 34, off)

// func q8x4LanesVNNI(w []byte, stride int, x []byte) (acc [4][8]float32)
TEXT ·q8x4LanesVNNI(SB), NOSPLIT, $0-184
	PANELSETUP

q8x4loop:
	XSTEP(7)
	Q8ROW(SI, 0)
	Q8ROW(R8, 32)
	Q8ROW(R9, 64)
	Q8ROW(R10, 96)
	ADDQ $272, SI
	ADDQ $272, R8
	ADDQ $272, R9
	ADDQ $272, R10
	ADDQ $272, DI
	CMPQ DI, CX
	JB   q8x4loop

	VZEROUPPER
	RET

// Q4DOT spreads a Q4_0 block's 16 bytes at wq into its 32 nibbles q + 8
// in element order (Y3 holds 0x0F bytes) and adds their products with xr
// into dst.
#define Q4DOT(wq, xr, dst) \
	VMOVDQU wq, X0             \
	VPSRLW $4, X0, X2          \
	VINSERTI128 $1, X2, Y0, Y0 \
	VPAND Y3, Y0, Y0           \
	VPXOR dst, dst, dst        \
	VPDPBUSD xr, Y0, dst

#define Q4ROW(wp, off) \
	Q4DOT(2(wp), Y16, Y4)    \
	Q4DOT(20(wp), Y17, Y5)   \
	Q4DOT(38(wp), Y18, Y6)   \
	Q4DOT(56(wp), Y19, Y7)   \
	Q4DOT(74(wp), Y20, Y8)   \
	Q4DOT(92(wp), Y21, Y9)   \
	Q4DOT(110(wp), Y22, Y10) \
	Q4DOT(128(wp), Y23, Y11) \
	ROWSUMS                  \
	ROWSCALE(wp, 18, off)

// func q4x4LanesVNNI(w []byte, stride int, x []byte) (acc [4][8]float32)
TEXT ·q4x4LanesVNNI(SB), NOSPLIT, $0-184
	PANELSETUP
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X3
	VPBROADCASTD X3, Y3

q4x4loop:
	XSTEP(3)
	Q4ROW(SI, 0)
	Q4ROW(R8, 32)
	Q4ROW(R9, 64)
	Q4ROW(R10, 96)
	ADDQ $144, SI
	ADDQ $144, R8
	ADDQ $144, R9
	ADDQ $144, R10
	ADDQ $272, DI
	CMPQ DI, CX
	JB   q4x4loop

	VZEROUPPER
	RET
