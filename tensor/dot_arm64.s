//go:build arm64

#include "textflag.h"

// NEON lane loops of the dot kernels (dot.go, dot_arm64.go). The 16
// canonical float lanes are four q registers (lanes 0..3, 4..7, 8..11,
// 12..15); FMUL rounds every product before FADD adds it (never FMLA), and
// each lane adds in increasing element order. Linux runs arm64 code with
// FPCR.FZ clear, so subnormals are computed exactly, as on amd64. The eight
// Q8_0 block lanes are two q registers (blocks 0..3, 4..7 of each group).
//
// Go's assembler lacks the floating-point vector and widening integer
// instructions used here, so they are emitted as WORDs by these macros
// (register numbers, A64 encodings):
#define FMUL4S(d, n, m) WORD $(0x6E20DC00 | (m)<<16 | (n)<<5 | (d))   // FMUL Vd.4S, Vn.4S, Vm.4S
#define FADD4S(d, n, m) WORD $(0x4E20D400 | (m)<<16 | (n)<<5 | (d))   // FADD Vd.4S, Vn.4S, Vm.4S
#define FCVTL4S(d, n) WORD $(0x0E217800 | (n)<<5 | (d))               // FCVTL Vd.4S, Vn.4H (low half)
#define FCVTL24S(d, n) WORD $(0x4E217800 | (n)<<5 | (d))              // FCVTL2 Vd.4S, Vn.8H (high half)
#define SMULL8H(d, n, m) WORD $(0x0E20C000 | (m)<<16 | (n)<<5 | (d))  // SMULL Vd.8H, Vn.8B, Vm.8B
#define SMULL28H(d, n, m) WORD $(0x4E20C000 | (m)<<16 | (n)<<5 | (d)) // SMULL2 Vd.8H, Vn.16B, Vm.16B
#define SADDLP4S(d, n) WORD $(0x4E602800 | (n)<<5 | (d))              // SADDLP Vd.4S, Vn.8H
#define SADALP4S(d, n) WORD $(0x4E606800 | (n)<<5 | (d))              // SADALP Vd.4S, Vn.8H
#define SCVTF4S(d, n) WORD $(0x4E21D800 | (n)<<5 | (d))               // SCVTF Vd.4S, Vn.4S

// ZERO4 clears V0..V3.
#define ZERO4 \
	VEOR V0.B16, V0.B16, V0.B16 \
	VEOR V1.B16, V1.B16, V1.B16 \
	VEOR V2.B16, V2.B16, V2.B16 \
	VEOR V3.B16, V3.B16, V3.B16

// ZERO16 clears V0..V15.
#define ZERO16 \
	ZERO4 \
	VEOR V4.B16, V4.B16, V4.B16 \
	VEOR V5.B16, V5.B16, V5.B16 \
	VEOR V6.B16, V6.B16, V6.B16 \
	VEOR V7.B16, V7.B16, V7.B16 \
	VEOR V8.B16, V8.B16, V8.B16 \
	VEOR V9.B16, V9.B16, V9.B16 \
	VEOR V10.B16, V10.B16, V10.B16 \
	VEOR V11.B16, V11.B16, V11.B16 \
	VEOR V12.B16, V12.B16, V12.B16 \
	VEOR V13.B16, V13.B16, V13.B16 \
	VEOR V14.B16, V14.B16, V14.B16 \
	VEOR V15.B16, V15.B16, V15.B16

// func f32LanesNEON(a, b []float32) (acc [16]float32)
TEXT ·f32LanesNEON(SB), NOSPLIT, $0-112
	MOVD a_base+0(FP), R1
	MOVD a_len+8(FP), R3
	MOVD b_base+24(FP), R2
	MOVD $acc+48(FP), R0
	ZERO4

f32loop:
	VLD1.P 64(R1), [V4.S4, V5.S4, V6.S4, V7.S4]
	VLD1.P 64(R2), [V16.S4, V17.S4, V18.S4, V19.S4]
	FMUL4S(4, 4, 16)
	FMUL4S(5, 5, 17)
	FMUL4S(6, 6, 18)
	FMUL4S(7, 7, 19)
	FADD4S(0, 0, 4)
	FADD4S(1, 1, 5)
	FADD4S(2, 2, 6)
	FADD4S(3, 3, 7)
	SUBS $16, R3, R3
	BNE  f32loop

	VST1 [V0.S4, V1.S4, V2.S4, V3.S4], (R0)
	RET

// ROWF32 multiplies row base's next 16 values with x in V16..V19 and adds
// them to the row's lanes in registers a..a+3.
#define ROWF32(base, a) \
	VLD1.P 64(base), [V20.S4, V21.S4, V22.S4, V23.S4] \
	FMUL4S(20, 20, 16) \
	FMUL4S(21, 21, 17) \
	FMUL4S(22, 22, 18) \
	FMUL4S(23, 23, 19) \
	FADD4S(a, a, 20)   \
	FADD4S(a+1, a+1, 21) \
	FADD4S(a+2, a+2, 22) \
	FADD4S(a+3, a+3, 23)

// func f32x4LanesNEON(w []float32, stride int, x []float32) (acc [4][16]float32)
TEXT ·f32x4LanesNEON(SB), NOSPLIT, $0-312
	MOVD w_base+0(FP), R4
	MOVD stride+24(FP), R8
	MOVD x_base+32(FP), R2
	MOVD x_len+40(FP), R3
	MOVD $acc+56(FP), R0
	LSL  $2, R8, R8
	ADD  R8, R4, R5
	ADD  R8, R5, R6
	ADD  R8, R6, R7
	ZERO16

f32x4loop:
	VLD1.P 64(R2), [V16.S4, V17.S4, V18.S4, V19.S4]
	ROWF32(R4, 0)
	ROWF32(R5, 4)
	ROWF32(R6, 8)
	ROWF32(R7, 12)
	SUBS $16, R3, R3
	BNE  f32x4loop

	MOVD R0, R9
	VST1.P [V0.S4, V1.S4, V2.S4, V3.S4], 64(R9)
	VST1.P [V4.S4, V5.S4, V6.S4, V7.S4], 64(R9)
	VST1.P [V8.S4, V9.S4, V10.S4, V11.S4], 64(R9)
	VST1   [V12.S4, V13.S4, V14.S4, V15.S4], (R9)
	RET

// WIDEN16 loads 16 binary16 values from base and widens them exactly
// (FCVTL) into V20..V23.
#define WIDEN16(base) \
	VLD1.P 32(base), [V24.H8, V25.H8] \
	FCVTL4S(20, 24)  \
	FCVTL24S(21, 24) \
	FCVTL4S(22, 25)  \
	FCVTL24S(23, 25)

// func f16LanesNEON(w []uint16, x []float32) (acc [16]float32)
TEXT ·f16LanesNEON(SB), NOSPLIT, $0-112
	MOVD w_base+0(FP), R1
	MOVD w_len+8(FP), R3
	MOVD x_base+24(FP), R2
	MOVD $acc+48(FP), R0
	ZERO4

f16loop:
	VLD1.P 64(R2), [V16.S4, V17.S4, V18.S4, V19.S4]
	WIDEN16(R1)
	FMUL4S(20, 20, 16)
	FMUL4S(21, 21, 17)
	FMUL4S(22, 22, 18)
	FMUL4S(23, 23, 19)
	FADD4S(0, 0, 20)
	FADD4S(1, 1, 21)
	FADD4S(2, 2, 22)
	FADD4S(3, 3, 23)
	SUBS $16, R3, R3
	BNE  f16loop

	VST1 [V0.S4, V1.S4, V2.S4, V3.S4], (R0)
	RET

#define ROWF16(base, a) \
	WIDEN16(base)      \
	FMUL4S(20, 20, 16) \
	FMUL4S(21, 21, 17) \
	FMUL4S(22, 22, 18) \
	FMUL4S(23, 23, 19) \
	FADD4S(a, a, 20)   \
	FADD4S(a+1, a+1, 21) \
	FADD4S(a+2, a+2, 22) \
	FADD4S(a+3, a+3, 23)

// func f16x4LanesNEON(w []uint16, stride int, x []float32) (acc [4][16]float32)
TEXT ·f16x4LanesNEON(SB), NOSPLIT, $0-312
	MOVD w_base+0(FP), R4
	MOVD stride+24(FP), R8
	MOVD x_base+32(FP), R2
	MOVD x_len+40(FP), R3
	MOVD $acc+56(FP), R0
	LSL  $1, R8, R8
	ADD  R8, R4, R5
	ADD  R8, R5, R6
	ADD  R8, R6, R7
	ZERO16

f16x4loop:
	VLD1.P 64(R2), [V16.S4, V17.S4, V18.S4, V19.S4]
	ROWF16(R4, 0)
	ROWF16(R5, 4)
	ROWF16(R6, 8)
	ROWF16(R7, 12)
	SUBS $16, R3, R3
	BNE  f16x4loop

	MOVD R0, R9
	VST1.P [V0.S4, V1.S4, V2.S4, V3.S4], 64(R9)
	VST1.P [V4.S4, V5.S4, V6.S4, V7.S4], 64(R9)
	VST1.P [V8.S4, V9.S4, V10.S4, V11.S4], 64(R9)
	VST1   [V12.S4, V13.S4, V14.S4, V15.S4], (R9)
	RET

// Block sums: SMULL/SMULL2 multiply int8 into int16 exactly (|w·x| ≤
// 128·128 = 2^14 fits), SADDLP/SADALP add pairs into int32, and ADDP
// folds the four int32 of four blocks into one register of four block
// sums. Integer additions are exact in any order.

// Q8SUM leaves in register p the four int32 partial sums of the next block
// of w (quants at R5) and x (R6); both advance by 34 bytes (R7).
#define Q8SUM(p) \
	VLD1.P (R5)(R7), [V20.B16, V21.B16] \
	VLD1.P (R6)(R7), [V24.B16, V25.B16] \
	SMULL8H(22, 20, 24)  \
	SMULL28H(23, 20, 24) \
	SMULL8H(26, 21, 25)  \
	SMULL28H(27, 21, 25) \
	SADDLP4S(p, 22)      \
	SADALP4S(p, 23)      \
	SADALP4S(p, 26)      \
	SADALP4S(p, 27)

// Q4SUM is Q8SUM for a Q4_0 block (16 bytes at R5 advancing by R8 = 18):
// the low nibbles are elements 0..15, the high ones 16..31, each q+8; V30
// holds 0x0F bytes and V31 8s.
#define Q4SUM(p) \
	VLD1.P (R5)(R8), [V20.B16] \
	VUSHR $4, V20.B16, V21.B16 \
	VAND V30.B16, V20.B16, V20.B16 \
	VSUB V31.B16, V20.B16, V20.B16 \
	VSUB V31.B16, V21.B16, V21.B16 \
	VLD1.P (R6)(R7), [V24.B16, V25.B16] \
	SMULL8H(22, 20, 24)  \
	SMULL28H(23, 20, 24) \
	SMULL8H(26, 21, 25)  \
	SMULL28H(27, 21, 25) \
	SADDLP4S(p, 22)      \
	SADALP4S(p, 23)      \
	SADALP4S(p, 26)      \
	SADALP4S(p, 27)

// SCALES8 loads the binary16 scales of eight blocks of size bytes from
// base into the halfwords of v (V28 or V29; scratch R10), advancing base
// past the eight blocks.
#define SCALE1(base, size, lane) \
	MOVHU.P size(base), R10 \
	VMOV R10, lane

#define SCALES8W(base, size) \
	SCALE1(base, size, V28.H[0]) \
	SCALE1(base, size, V28.H[1]) \
	SCALE1(base, size, V28.H[2]) \
	SCALE1(base, size, V28.H[3]) \
	SCALE1(base, size, V28.H[4]) \
	SCALE1(base, size, V28.H[5]) \
	SCALE1(base, size, V28.H[6]) \
	SCALE1(base, size, V28.H[7])

#define SCALES8X(base) \
	SCALE1(base, 34, V29.H[0]) \
	SCALE1(base, 34, V29.H[1]) \
	SCALE1(base, 34, V29.H[2]) \
	SCALE1(base, 34, V29.H[3]) \
	SCALE1(base, 34, V29.H[4]) \
	SCALE1(base, 34, V29.H[5]) \
	SCALE1(base, 34, V29.H[6]) \
	SCALE1(base, 34, V29.H[7])

// QFINISH folds the partial sums of blocks 0..7 in V2..V9 into block sums
// and adds p = float32(float32(dw·dx)·float32(s)) to the lanes V0 (blocks
// 0..3) and V1 (4..7); the scales are in V28 (w) and V29 (x).
#define QFINISH \
	VADDP V3.S4, V2.S4, V2.S4 \
	VADDP V5.S4, V4.S4, V4.S4 \
	VADDP V4.S4, V2.S4, V2.S4 \
	VADDP V7.S4, V6.S4, V6.S4 \
	VADDP V9.S4, V8.S4, V8.S4 \
	VADDP V8.S4, V6.S4, V6.S4 \
	SCVTF4S(2, 2)      \
	SCVTF4S(6, 6)      \
	FCVTL4S(10, 28)    \
	FCVTL24S(11, 28)   \
	FCVTL4S(12, 29)    \
	FCVTL24S(13, 29)   \
	FMUL4S(10, 10, 12) \
	FMUL4S(11, 11, 13) \
	FMUL4S(10, 10, 2)  \
	FMUL4S(11, 11, 6)  \
	FADD4S(0, 0, 10)   \
	FADD4S(1, 1, 11)

// func q8LanesNEON(w, x []byte) (acc [8]float32)
TEXT ·q8LanesNEON(SB), NOSPLIT, $0-80
	MOVD w_base+0(FP), R1
	MOVD w_len+8(FP), R3
	MOVD x_base+24(FP), R2
	MOVD $acc+48(FP), R0
	MOVD $34, R7
	VEOR V0.B16, V0.B16, V0.B16
	VEOR V1.B16, V1.B16, V1.B16

q8loop:
	ADD $2, R1, R5
	ADD $2, R2, R6
	Q8SUM(2)
	Q8SUM(3)
	Q8SUM(4)
	Q8SUM(5)
	Q8SUM(6)
	Q8SUM(7)
	Q8SUM(8)
	Q8SUM(9)
	SCALES8W(R1, 34)
	SCALES8X(R2)
	QFINISH
	SUBS $272, R3, R3
	BNE  q8loop

	VST1 [V0.S4, V1.S4], (R0)
	RET

// func q4LanesNEON(w, x []byte) (acc [8]float32)
TEXT ·q4LanesNEON(SB), NOSPLIT, $0-80
	MOVD w_base+0(FP), R1
	MOVD w_len+8(FP), R3
	MOVD x_base+24(FP), R2
	MOVD $acc+48(FP), R0
	MOVD $34, R7
	MOVD $18, R8
	VMOVI $15, V30.B16
	VMOVI $8, V31.B16
	VEOR V0.B16, V0.B16, V0.B16
	VEOR V1.B16, V1.B16, V1.B16

q4loop:
	ADD $2, R1, R5
	ADD $2, R2, R6
	Q4SUM(2)
	Q4SUM(3)
	Q4SUM(4)
	Q4SUM(5)
	Q4SUM(6)
	Q4SUM(7)
	Q4SUM(8)
	Q4SUM(9)
	SCALES8W(R1, 18)
	SCALES8X(R2)
	QFINISH
	SUBS $144, R3, R3
	BNE  q4loop

	VST1 [V0.S4, V1.S4], (R0)
	RET
