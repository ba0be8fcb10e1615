//go:build amd64

#include "textflag.h"
#include "qblock_amd64.h"

// Panel lane loops of the block formats (blockpanel.go): four rows of w,
// row r at SI + r·stride, against one row x at DI, eight blocks a step.
// Per row and step the block sums, scales and lane additions are exactly
// those of q8LanesAVX2 / q4LanesAVX2 (IEEE multiplication and addition
// commute, so operand order inside VMULPS and VADDPS changes no bit). The
// lanes of row r live at acc + 32·r.

// PANELSETUP loads the arguments, zeroes the lanes and sets the int16 ones
// in Y15. SI, R8, R9, R10: rows 0..3; DI: x; CX: end of x; AX: the lanes.
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
	VPCMPEQW Y15, Y15, Y15       \
	VPSRLW   $15, Y15, Y15

// XSCALES leaves the eight x blocks' scales, widened, in Y14.
#define XSCALES \
	GATHERD8(DI, 34, X13) \
	VCVTPH2PS X13, Y14

// ROWSCALE adds p = float32(float32(dw·dx)·float32(s)) of eight blocks to
// the lanes at off(AX): w's scales at wp (blocks of wsize bytes), x's in
// Y14, the block sums in Y5.
#define ROWSCALE(wp, wsize, off) \
	GATHERD8(wp, wsize, X12) \
	VCVTPH2PS X12, Y12       \
	VMULPS Y14, Y12, Y12     \
	VMULPS Y5, Y12, Y12      \
	VADDPS off(AX), Y12, Y12 \
	VMOVUPS Y12, off(AX)

#define Q8ROW(wp, off) \
	QBLOCK(2(wp), 2(DI), Y4)       \
	QBLOCK(36(wp), 36(DI), Y5)     \
	QBLOCK(70(wp), 70(DI), Y6)     \
	QBLOCK(104(wp), 104(DI), Y7)   \
	QBLOCK(138(wp), 138(DI), Y8)   \
	QBLOCK(172(wp), 172(DI), Y9)   \
	QBLOCK(206(wp), 206(DI), Y10)  \
	QBLOCK(240(wp), 240(DI), Y11)  \
	QSUMS                          \
	ROWSCALE(wp, 34, off)

// func q8x4LanesAVX2(w []byte, stride int, x []byte) (acc [4][8]float32)
TEXT ·q8x4LanesAVX2(SB), NOSPLIT, $0-184
	PANELSETUP

q8x4loop:
	XSCALES
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

// Q4ROW is Q8ROW for Q4_0 rows; Q4BLOCK needs 0x0F bytes in Y3 and 8s
// in Y12, which ROWSCALE reuses.
#define Q4ROW(wp, off) \
	MOVL $0x08080808, DX           \
	VMOVD DX, X12                  \
	VPBROADCASTD X12, Y12          \
	Q4BLOCK(2(wp), 2(DI), Y4)      \
	Q4BLOCK(20(wp), 36(DI), Y5)    \
	Q4BLOCK(38(wp), 70(DI), Y6)    \
	Q4BLOCK(56(wp), 104(DI), Y7)   \
	Q4BLOCK(74(wp), 138(DI), Y8)   \
	Q4BLOCK(92(wp), 172(DI), Y9)   \
	Q4BLOCK(110(wp), 206(DI), Y10) \
	Q4BLOCK(128(wp), 240(DI), Y11) \
	QSUMS                          \
	ROWSCALE(wp, 18, off)

// func q4x4LanesAVX2(w []byte, stride int, x []byte) (acc [4][8]float32)
TEXT ·q4x4LanesAVX2(SB), NOSPLIT, $0-184
	PANELSETUP
	MOVL $0x0f0f0f0f, DX
	VMOVD DX, X3
	VPBROADCASTD X3, Y3

q4x4loop:
	XSCALES
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
