//go:build amd64

#include "textflag.h"
#include "qblock_amd64.h"

// AVX2 lane loops of the dot kernels (dot.go, dot_amd64.go). The canonical
// float lanes 0..15 live in two ymm registers (lanes 0..7, 8..15); every
// product is rounded by VMULPS before VADDPS adds it, so no FMA is ever
// formed, and each lane adds its products in increasing element order.
// The block lanes 0..7 of the Q8_0 kernels are one ymm register, one lane
// per block of a group of eight.

// func f32LanesAVX2(a, b []float32) (acc [16]float32)
TEXT ·f32LanesAVX2(SB), NOSPLIT, $0-112
	MOVQ a_base+0(FP), SI
	MOVQ a_len+8(FP), CX
	MOVQ b_base+24(FP), DX
	LEAQ acc+48(FP), DI
	SHLQ $2, CX
	XORQ AX, AX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1

f32loop:
	VMOVUPS (SI)(AX*1), Y2
	VMOVUPS 32(SI)(AX*1), Y3
	VMULPS  (DX)(AX*1), Y2, Y2
	VMULPS  32(DX)(AX*1), Y3, Y3
	VADDPS  Y2, Y0, Y0
	VADDPS  Y3, Y1, Y1
	ADDQ    $64, AX
	CMPQ    AX, CX
	JB      f32loop

	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VZEROUPPER
	RET

// ROW4 multiplies the 16 x values in Y8, Y9 with 16 values of row r at
// (base)(AX) and adds them to that row's lanes in acc0, acc1.
#define ROW4F32(base, acc0, acc1) \
	VMULPS (base)(AX*1), Y8, Y10   \
	VMULPS 32(base)(AX*1), Y9, Y11 \
	VADDPS Y10, acc0, acc0         \
	VADDPS Y11, acc1, acc1

// ZERO8 clears the accumulators Y0..Y7.
#define ZERO8 \
	VXORPS Y0, Y0, Y0 \
	VXORPS Y1, Y1, Y1 \
	VXORPS Y2, Y2, Y2 \
	VXORPS Y3, Y3, Y3 \
	VXORPS Y4, Y4, Y4 \
	VXORPS Y5, Y5, Y5 \
	VXORPS Y6, Y6, Y6 \
	VXORPS Y7, Y7, Y7

// func f32x4LanesAVX2(w []float32, stride int, x []float32) (acc [4][16]float32)
TEXT ·f32x4LanesAVX2(SB), NOSPLIT, $0-312
	MOVQ w_base+0(FP), R8
	MOVQ stride+24(FP), BX
	MOVQ x_base+32(FP), DX
	MOVQ x_len+40(FP), CX
	LEAQ acc+56(FP), DI
	SHLQ $2, BX
	SHLQ $2, CX
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	LEAQ (R10)(BX*1), R11
	XORQ AX, AX
	ZERO8

f32x4loop:
	VMOVUPS (DX)(AX*1), Y8
	VMOVUPS 32(DX)(AX*1), Y9
	ROW4F32(R8, Y0, Y1)
	ROW4F32(R9, Y2, Y3)
	ROW4F32(R10, Y4, Y5)
	ROW4F32(R11, Y6, Y7)
	ADDQ $64, AX
	CMPQ AX, CX
	JB   f32x4loop

	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	VMOVUPS Y6, 192(DI)
	VMOVUPS Y7, 224(DI)
	VZEROUPPER
	RET

// func f16LanesAVX2(w []uint16, x []float32) (acc [16]float32)
// VCVTPH2PS widens binary16 exactly (subnormals included).
TEXT ·f16LanesAVX2(SB), NOSPLIT, $0-112
	MOVQ w_base+0(FP), SI
	MOVQ w_len+8(FP), CX
	MOVQ x_base+24(FP), DX
	LEAQ acc+48(FP), DI
	SHLQ $2, CX
	XORQ AX, AX                // offset into x
	XORQ BX, BX                // offset into w
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1

f16loop:
	VCVTPH2PS (SI)(BX*1), Y2
	VCVTPH2PS 16(SI)(BX*1), Y3
	VMULPS    (DX)(AX*1), Y2, Y2
	VMULPS    32(DX)(AX*1), Y3, Y3
	VADDPS    Y2, Y0, Y0
	VADDPS    Y3, Y1, Y1
	ADDQ      $32, BX
	ADDQ      $64, AX
	CMPQ      AX, CX
	JB        f16loop

	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VZEROUPPER
	RET

#define ROW4F16(base, acc0, acc1) \
	VCVTPH2PS (base)(BX*1), Y10   \
	VCVTPH2PS 16(base)(BX*1), Y11 \
	VMULPS Y8, Y10, Y10           \
	VMULPS Y9, Y11, Y11           \
	VADDPS Y10, acc0, acc0        \
	VADDPS Y11, acc1, acc1

// func f16x4LanesAVX2(w []uint16, stride int, x []float32) (acc [4][16]float32)
TEXT ·f16x4LanesAVX2(SB), NOSPLIT, $0-312
	MOVQ w_base+0(FP), R8
	MOVQ stride+24(FP), R12
	MOVQ x_base+32(FP), DX
	MOVQ x_len+40(FP), CX
	LEAQ acc+56(FP), DI
	SHLQ $1, R12
	SHLQ $2, CX
	LEAQ (R8)(R12*1), R9
	LEAQ (R9)(R12*1), R10
	LEAQ (R10)(R12*1), R11
	XORQ AX, AX
	XORQ BX, BX
	ZERO8

f16x4loop:
	VMOVUPS (DX)(AX*1), Y8
	VMOVUPS 32(DX)(AX*1), Y9
	ROW4F16(R8, Y0, Y1)
	ROW4F16(R9, Y2, Y3)
	ROW4F16(R10, Y4, Y5)
	ROW4F16(R11, Y6, Y7)
	ADDQ $32, BX
	ADDQ $64, AX
	CMPQ AX, CX
	JB   f16x4loop

	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	VMOVUPS Y6, 192(DI)
	VMOVUPS Y7, 224(DI)
	VZEROUPPER
	RET

// QSCALE adds p = float32(float32(dw·dx)·float32(s)) of eight blocks to the
// lanes in Y14, with the scales of w blocks of wsize bytes at SI and of x
// blocks at DI, and the sums in Y5.
#define QSCALE(wsize) \
	GATHERD8(SI, wsize, X12) \
	GATHERD8(DI, 34, X13)    \
	VCVTPH2PS X12, Y12       \
	VCVTPH2PS X13, Y13       \
	VMULPS Y13, Y12, Y12     \
	VMULPS Y5, Y12, Y12      \
	VADDPS Y12, Y14, Y14

// func q8LanesAVX2(w, x []byte) (acc [8]float32)
TEXT ·q8LanesAVX2(SB), NOSPLIT, $0-80
	MOVQ w_base+0(FP), SI
	MOVQ w_len+8(FP), CX
	MOVQ x_base+24(FP), DI
	LEAQ acc+48(FP), AX
	VXORPS Y14, Y14, Y14
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15   // sixteen int16 ones
	LEAQ (SI)(CX*1), CX      // end of w

q8loop:
	QBLOCK(2(SI), 2(DI), Y4)
	QBLOCK(36(SI), 36(DI), Y5)
	QBLOCK(70(SI), 70(DI), Y6)
	QBLOCK(104(SI), 104(DI), Y7)
	QBLOCK(138(SI), 138(DI), Y8)
	QBLOCK(172(SI), 172(DI), Y9)
	QBLOCK(206(SI), 206(DI), Y10)
	QBLOCK(240(SI), 240(DI), Y11)
	QSUMS
	QSCALE(34)
	ADDQ $272, SI
	ADDQ $272, DI
	CMPQ SI, CX
	JB   q8loop

	VMOVUPS Y14, (AX)
	VZEROUPPER
	RET

// func q4LanesAVX2(w, x []byte) (acc [8]float32)
TEXT ·q4LanesAVX2(SB), NOSPLIT, $0-80
	MOVQ w_base+0(FP), SI
	MOVQ w_len+8(FP), CX
	MOVQ x_base+24(FP), DI
	LEAQ acc+48(FP), AX
	VXORPS Y14, Y14, Y14
	VPCMPEQW Y15, Y15, Y15
	VPSRLW   $15, Y15, Y15   // sixteen int16 ones
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X3
	VPBROADCASTD X3, Y3      // 0x0F bytes
	LEAQ (SI)(CX*1), CX      // end of w

q4loop:
	MOVL $0x08080808, DX
	VMOVD DX, X12
	VPBROADCASTD X12, Y12    // 8s (Y12 is reused by QSCALE)
	Q4BLOCK(2(SI), 2(DI), Y4)
	Q4BLOCK(20(SI), 36(DI), Y5)
	Q4BLOCK(38(SI), 70(DI), Y6)
	Q4BLOCK(56(SI), 104(DI), Y7)
	Q4BLOCK(74(SI), 138(DI), Y8)
	Q4BLOCK(92(SI), 172(DI), Y9)
	Q4BLOCK(110(SI), 206(DI), Y10)
	Q4BLOCK(128(SI), 240(DI), Y11)
	QSUMS
	QSCALE(18)
	ADDQ $144, SI
	ADDQ $272, DI
	CMPQ SI, CX
	JB   q4loop

	VMOVUPS Y14, (AX)
	VZEROUPPER
	RET
