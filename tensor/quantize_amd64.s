//go:build amd64

#include "textflag.h"

// QuantizeRowQ8_0 with AVX2 (quantize.go): per block of 32 values the
// exact integer maximum of the magnitudes' bit patterns, d = amax/127 by
// VDIVSS, d stored as binary16 by VCVTPS2PH rounding to nearest even, id =
// 1/d by VDIVSS, and each q from p = x·id by the integer rounding of
// roundHalfAwayBits, lane by lane (VPSRLVD and VPSLLVD give 0 for counts
// of 32 or more, as Go's shifts do). A p that is not finite gives q = 0
// with no test: its exponent 255 makes the shift count 150 − 255 wrap to
// a huge unsigned one. That covers d = 0 too, where 1/d = +Inf makes every
// p ±Inf or NaN and quantizeBlockQ8_0 writes zeros. A block holding a NaN
// or an infinity stops the loop: the Go code writes it.

DATA q8abs<>+0(SB)/4, $0x7fffffff
DATA q8mant<>+0(SB)/4, $0x007fffff
DATA q8one<>+0(SB)/4, $0x00800000
DATA q8ff<>+0(SB)/4, $0x000000ff
DATA q8bias<>+0(SB)/4, $150
DATA q8ones<>+0(SB)/4, $1
DATA q8f127<>+0(SB)/4, $0x42fe0000
DATA q8f1<>+0(SB)/4, $0x3f800000
GLOBL q8abs<>(SB), RODATA|NOPTR, $4
GLOBL q8mant<>(SB), RODATA|NOPTR, $4
GLOBL q8one<>(SB), RODATA|NOPTR, $4
GLOBL q8ff<>(SB), RODATA|NOPTR, $4
GLOBL q8bias<>(SB), RODATA|NOPTR, $4
GLOBL q8ones<>(SB), RODATA|NOPTR, $4
GLOBL q8f127<>(SB), RODATA|NOPTR, $4
GLOBL q8f1<>(SB), RODATA|NOPTR, $4

DATA q8perm<>+0(SB)/4, $0
DATA q8perm<>+4(SB)/4, $4
DATA q8perm<>+8(SB)/4, $1
DATA q8perm<>+12(SB)/4, $5
DATA q8perm<>+16(SB)/4, $2
DATA q8perm<>+20(SB)/4, $6
DATA q8perm<>+24(SB)/4, $3
DATA q8perm<>+28(SB)/4, $7
GLOBL q8perm<>(SB), RODATA|NOPTR, $32

// QROUND replaces the products p in y by their quants (int32), with
// Y5, Y6, Y7 scratch. Constants: Y8 0xFF, Y9 150, Y10 0x7FFFFF, Y11
// 0x800000, Y12 ones.
#define QROUND(y) \
	VPSRLD $23, y, Y5           \
	VPAND Y8, Y5, Y5            \
	VPSUBD Y5, Y9, Y5           \
	VPSUBD Y12, Y5, Y6          \
	VPSLLVD Y6, Y12, Y6         \
	VPAND Y10, y, Y7            \
	VPOR Y11, Y7, Y7            \
	VPADDD Y6, Y7, Y7           \
	VPSRLVD Y5, Y7, Y7          \
	VPSRAD $31, y, Y6           \
	VPXOR Y6, Y7, Y7            \
	VPSUBD Y6, Y7, y

// func quantizeBlocksAVX2(dst []byte, x []float32) (done int)
TEXT ·quantizeBlocksAVX2(SB), NOSPLIT, $0-56
	MOVQ dst_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ x_len+32(FP), CX
	SHRQ $5, CX                  // blocks
	XORQ AX, AX
	VPBROADCASTD q8abs<>(SB), Y15
	VPBROADCASTD q8ones<>(SB), Y12
	VPBROADCASTD q8one<>(SB), Y11
	VPBROADCASTD q8mant<>(SB), Y10
	VPBROADCASTD q8bias<>(SB), Y9
	VPBROADCASTD q8ff<>(SB), Y8
	VMOVDQU q8perm<>(SB), Y14

qloop:
	CMPQ AX, CX
	JAE  qdone
	VMOVUPS 0(SI), Y0
	VMOVUPS 32(SI), Y1
	VMOVUPS 64(SI), Y2
	VMOVUPS 96(SI), Y3
	VPAND Y15, Y0, Y4
	VPAND Y15, Y1, Y5
	VPMAXUD Y5, Y4, Y4
	VPAND Y15, Y2, Y5
	VPAND Y15, Y3, Y6
	VPMAXUD Y6, Y5, Y5
	VPMAXUD Y5, Y4, Y4
	VEXTRACTI128 $1, Y4, X5
	VPMAXUD X5, X4, X4
	VPSHUFD $0x4e, X4, X5
	VPMAXUD X5, X4, X4
	VPSHUFD $0xb1, X4, X5
	VPMAXUD X5, X4, X4           // amax bits in every lane
	VMOVD X4, DX
	CMPL DX, $0x7f800000
	JAE  qdone                   // a NaN or an infinity: the Go code's
	VDIVSS q8f127<>(SB), X4, X4  // d = amax / 127
	VCVTPS2PH $0, X4, X5
	VPEXTRW $0, X5, DX
	MOVW DX, 0(DI)
	VMOVSS q8f1<>(SB), X5
	VDIVSS X4, X5, X4            // id = 1 / d
	VBROADCASTSS X4, Y4
	VMULPS Y4, Y0, Y0
	VMULPS Y4, Y1, Y1
	VMULPS Y4, Y2, Y2
	VMULPS Y4, Y3, Y3
	QROUND(Y0)
	QROUND(Y1)
	QROUND(Y2)
	QROUND(Y3)
	VPACKSSDW Y1, Y0, Y0
	VPACKSSDW Y3, Y2, Y2
	VPACKSSWB Y2, Y0, Y0
	VPERMD Y0, Y14, Y0
	VMOVDQU Y0, 2(DI)
	ADDQ $128, SI
	ADDQ $34, DI
	INCQ AX
	JMP  qloop

qdone:
	MOVQ AX, done+48(FP)
	VZEROUPPER
	RET
