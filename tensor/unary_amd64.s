//go:build amd64

#include "textflag.h"

// erfSeriesAVX512 evaluates fmath.Erf's |x| <= 2.5 branch on 64 floats at a
// time, eight zmm registers of eight float64 lanes (eight independent
// Horner chains keep the multiply and add units busy): a = |x|, p =
// Horner(a², c) with VMULPD then VADDPD (each rounded, no FMA), r = 2/√π ·
// (a · p), the sign bit of x put on r, rounded once to float32 — the
// scalar operations lane by lane (erf64 negates r for x < 0 and keeps −0
// for x = −0, which this matches: a = +0 gives r = +0, signed by x).
// Lanes with |x| > 2.5 or NaN are garbage here; the Go wrapper recomputes
// them. Only AVX-512F instructions are used (the sign operations are
// VPANDQ and VPXORQ, not the AVX-512DQ VANDPD and VXORPD).

// func erfSeriesAVX512(dst, src *float32, groups int, c *float64, nc int, twoBySqrtPi float64)
TEXT ·erfSeriesAVX512(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ groups+16(FP), CX
	MOVQ c+24(FP), R8
	MOVQ nc+32(FP), R9
	VBROADCASTSD twoBySqrtPi+40(FP), Z24
	MOVQ $0x8000000000000000, AX
	VPBROADCASTQ AX, Z25
	MOVQ $0x7FFFFFFFFFFFFFFF, AX
	VPBROADCASTQ AX, Z26
	LEAQ -8(R8)(R9*8), R10 // &c[nc-1]
	VBROADCASTSD (R10), Z27
	TESTQ CX, CX
	JZ erfdone

erfgroup:
	VCVTPS2PD 0(SI), Z0
	VPANDQ Z26, Z0, Z0
	VMULPD Z0, Z0, Z1
	VMOVAPD Z27, Z2
	VCVTPS2PD 32(SI), Z3
	VPANDQ Z26, Z3, Z3
	VMULPD Z3, Z3, Z4
	VMOVAPD Z27, Z5
	VCVTPS2PD 64(SI), Z6
	VPANDQ Z26, Z6, Z6
	VMULPD Z6, Z6, Z7
	VMOVAPD Z27, Z8
	VCVTPS2PD 96(SI), Z9
	VPANDQ Z26, Z9, Z9
	VMULPD Z9, Z9, Z10
	VMOVAPD Z27, Z11
	VCVTPS2PD 128(SI), Z12
	VPANDQ Z26, Z12, Z12
	VMULPD Z12, Z12, Z13
	VMOVAPD Z27, Z14
	VCVTPS2PD 160(SI), Z15
	VPANDQ Z26, Z15, Z15
	VMULPD Z15, Z15, Z16
	VMOVAPD Z27, Z17
	VCVTPS2PD 192(SI), Z18
	VPANDQ Z26, Z18, Z18
	VMULPD Z18, Z18, Z19
	VMOVAPD Z27, Z20
	VCVTPS2PD 224(SI), Z21
	VPANDQ Z26, Z21, Z21
	VMULPD Z21, Z21, Z22
	VMOVAPD Z27, Z23
	MOVQ R10, R11
	MOVQ R9, DX
	DECQ DX
	JZ erfpolydone

erfhorner:
	SUBQ $8, R11
	VBROADCASTSD (R11), Z28
	VMULPD Z1, Z2, Z2
	VMULPD Z4, Z5, Z5
	VMULPD Z7, Z8, Z8
	VMULPD Z10, Z11, Z11
	VMULPD Z13, Z14, Z14
	VMULPD Z16, Z17, Z17
	VMULPD Z19, Z20, Z20
	VMULPD Z22, Z23, Z23
	VADDPD Z28, Z2, Z2
	VADDPD Z28, Z5, Z5
	VADDPD Z28, Z8, Z8
	VADDPD Z28, Z11, Z11
	VADDPD Z28, Z14, Z14
	VADDPD Z28, Z17, Z17
	VADDPD Z28, Z20, Z20
	VADDPD Z28, Z23, Z23
	DECQ DX
	JNZ erfhorner

erfpolydone:
	VMULPD Z2, Z0, Z2
	VMULPD Z2, Z24, Z2
	VCVTPS2PD 0(SI), Z0
	VPANDQ Z25, Z0, Z0
	VPXORQ Z0, Z2, Z2
	VCVTPD2PS Z2, Y2
	VMOVUPS Y2, 0(DI)
	VMULPD Z5, Z3, Z5
	VMULPD Z5, Z24, Z5
	VCVTPS2PD 32(SI), Z3
	VPANDQ Z25, Z3, Z3
	VPXORQ Z3, Z5, Z5
	VCVTPD2PS Z5, Y5
	VMOVUPS Y5, 32(DI)
	VMULPD Z8, Z6, Z8
	VMULPD Z8, Z24, Z8
	VCVTPS2PD 64(SI), Z6
	VPANDQ Z25, Z6, Z6
	VPXORQ Z6, Z8, Z8
	VCVTPD2PS Z8, Y8
	VMOVUPS Y8, 64(DI)
	VMULPD Z11, Z9, Z11
	VMULPD Z11, Z24, Z11
	VCVTPS2PD 96(SI), Z9
	VPANDQ Z25, Z9, Z9
	VPXORQ Z9, Z11, Z11
	VCVTPD2PS Z11, Y11
	VMOVUPS Y11, 96(DI)
	VMULPD Z14, Z12, Z14
	VMULPD Z14, Z24, Z14
	VCVTPS2PD 128(SI), Z12
	VPANDQ Z25, Z12, Z12
	VPXORQ Z12, Z14, Z14
	VCVTPD2PS Z14, Y14
	VMOVUPS Y14, 128(DI)
	VMULPD Z17, Z15, Z17
	VMULPD Z17, Z24, Z17
	VCVTPS2PD 160(SI), Z15
	VPANDQ Z25, Z15, Z15
	VPXORQ Z15, Z17, Z17
	VCVTPD2PS Z17, Y17
	VMOVUPS Y17, 160(DI)
	VMULPD Z20, Z18, Z20
	VMULPD Z20, Z24, Z20
	VCVTPS2PD 192(SI), Z18
	VPANDQ Z25, Z18, Z18
	VPXORQ Z18, Z20, Z20
	VCVTPD2PS Z20, Y20
	VMOVUPS Y20, 192(DI)
	VMULPD Z23, Z21, Z23
	VMULPD Z23, Z24, Z23
	VCVTPS2PD 224(SI), Z21
	VPANDQ Z25, Z21, Z21
	VPXORQ Z21, Z23, Z23
	VCVTPD2PS Z23, Y23
	VMOVUPS Y23, 224(DI)
	ADDQ $256, SI
	ADDQ $256, DI
	DECQ CX
	JNZ erfgroup

erfdone:
	VZEROUPPER
	RET

// func canonicalNaNsAVX512(x *float32, groups int)
// Replaces every NaN among 16·groups floats by 0x7FC00000 (masked store of
// the lanes VCMPPS finds unordered).
TEXT ·canonicalNaNsAVX512(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), DI
	MOVQ groups+8(FP), CX
	MOVL $0x7FC00000, AX
	VPBROADCASTD AX, Z1
	TESTQ CX, CX
	JZ nandone

nanloop:
	VMOVUPS (DI), Z0
	VCMPPS $3, Z0, Z0, K1
	KORTESTW K1, K1
	JZ nannext
	VMOVUPS Z1, K1, (DI)

nannext:
	ADDQ $64, DI
	DECQ CX
	JNZ nanloop

nandone:
	VZEROUPPER
	RET

// func reluAVX512(dst, src *float32, groups int)
// dst = max(x, +0) over 16·groups floats (VMAXPS returns its second source,
// +0, for x ≤ 0, −0 included, and for NaN), then the lanes VCMPPS finds
// unordered take the canonical NaN: Relu's bits.
TEXT ·reluAVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ groups+16(FP), CX
	MOVL $0x7FC00000, AX
	VPBROADCASTD AX, Z1
	VPXORD Z2, Z2, Z2
	TESTQ CX, CX
	JZ reludone

reluloop:
	VMOVUPS (SI), Z0
	VMAXPS Z2, Z0, Z3
	VCMPPS $3, Z0, Z0, K1
	VMOVUPS Z1, K1, Z3
	VMOVUPS Z3, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ reluloop

reludone:
	VZEROUPPER
	RET

// func clipAVX512(dst, src *float32, groups int, lo, hi float32)
// dst = min(max(x, lo), hi) over 16·groups floats with VMAXPS and VMINPS,
// whose answers agree with Go's max and min except for zeros of both
// signs and NaN bounds (the caller excludes the bounds where they differ:
// clipSIMDAgrees); NaN lanes take the canonical NaN.
TEXT ·clipAVX512(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ groups+16(FP), CX
	VBROADCASTSS lo+24(FP), Z2
	VBROADCASTSS hi+28(FP), Z3
	MOVL $0x7FC00000, AX
	VPBROADCASTD AX, Z1
	TESTQ CX, CX
	JZ clipdone

cliploop:
	VMOVUPS (SI), Z0
	VMAXPS Z2, Z0, Z4
	VMINPS Z3, Z4, Z4
	VCMPPS $3, Z0, Z0, K1
	VMOVUPS Z1, K1, Z4
	VMOVUPS Z4, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ cliploop

clipdone:
	VZEROUPPER
	RET
