//go:build amd64

#include "textflag.h"

// func dwRowAVX512(acc *float32, blocks int, w *float32, taps int, src *float32, offs *int)
// acc[16b + l] = Σ_t float32(w[t]·src[offs[t] + 16b + l]), summed from +0
// in increasing t, for b < blocks: one output per lane, four blocks at a
// time while they last (independent accumulators), products rounded
// before the add (VMULPS then VADDPS, no FMA). taps must be positive.
TEXT ·dwRowAVX512(SB), NOSPLIT, $0-48
	MOVQ acc+0(FP), DI
	MOVQ blocks+8(FP), CX
	MOVQ w+16(FP), R8
	MOVQ taps+24(FP), R9
	MOVQ src+32(FP), SI
	MOVQ offs+40(FP), R10

dw4:
	CMPQ CX, $4
	JLT dw1
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	XORQ BX, BX

dw4tap:
	MOVQ (R10)(BX*8), AX
	LEAQ (SI)(AX*4), DX
	VBROADCASTSS (R8)(BX*4), Z4
	VMULPS 0(DX), Z4, Z5
	VMULPS 64(DX), Z4, Z6
	VMULPS 128(DX), Z4, Z7
	VMULPS 192(DX), Z4, Z8
	VADDPS Z5, Z0, Z0
	VADDPS Z6, Z1, Z1
	VADDPS Z7, Z2, Z2
	VADDPS Z8, Z3, Z3
	INCQ BX
	CMPQ BX, R9
	JLT dw4tap
	VMOVUPS Z0, 0(DI)
	VMOVUPS Z1, 64(DI)
	VMOVUPS Z2, 128(DI)
	VMOVUPS Z3, 192(DI)
	ADDQ $256, DI
	ADDQ $256, SI
	SUBQ $4, CX
	JMP dw4

dw1:
	TESTQ CX, CX
	JZ dwdone
	VPXORD Z0, Z0, Z0
	XORQ BX, BX

dw1tap:
	MOVQ (R10)(BX*8), AX
	VBROADCASTSS (R8)(BX*4), Z4
	VMULPS (SI)(AX*4), Z4, Z5
	VADDPS Z5, Z0, Z0
	INCQ BX
	CMPQ BX, R9
	JLT dw1tap
	VMOVUPS Z0, (DI)
	ADDQ $64, DI
	ADDQ $64, SI
	DECQ CX
	JMP dw1

dwdone:
	VZEROUPPER
	RET
