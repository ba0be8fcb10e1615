//go:build amd64

#include "textflag.h"

// Row loops of the float binary ops (broadcast_rows.go) on AVX-512, 16
// lanes at a time over n (a multiple of 16) elements: d = x op y (vector
// y) or d = x op y[0] (scalar y). VADDPS, VSUBPS, VMULPS and VDIVPS round
// once, as the scalar float32 operations do.

// func rowAddVVAVX512(d, x, y *float32, n int)
TEXT ·rowAddVVAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowaddvvavx512done
rowaddvvavx512loop:
	VMOVUPS (SI), Z0
	VMOVUPS (DX), Z1
	ADDQ $64, DX
	VADDPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowaddvvavx512loop
rowaddvvavx512done:
	VZEROUPPER
	RET

// func rowAddVSAVX512(d, x, y *float32, n int)
TEXT ·rowAddVSAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowaddvsavx512done
	VBROADCASTSS (DX), Z1
rowaddvsavx512loop:
	VMOVUPS (SI), Z0
	VADDPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowaddvsavx512loop
rowaddvsavx512done:
	VZEROUPPER
	RET

// func rowSubVVAVX512(d, x, y *float32, n int)
TEXT ·rowSubVVAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowsubvvavx512done
rowsubvvavx512loop:
	VMOVUPS (SI), Z0
	VMOVUPS (DX), Z1
	ADDQ $64, DX
	VSUBPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowsubvvavx512loop
rowsubvvavx512done:
	VZEROUPPER
	RET

// func rowSubVSAVX512(d, x, y *float32, n int)
TEXT ·rowSubVSAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowsubvsavx512done
	VBROADCASTSS (DX), Z1
rowsubvsavx512loop:
	VMOVUPS (SI), Z0
	VSUBPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowsubvsavx512loop
rowsubvsavx512done:
	VZEROUPPER
	RET

// func rowMulVVAVX512(d, x, y *float32, n int)
TEXT ·rowMulVVAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowmulvvavx512done
rowmulvvavx512loop:
	VMOVUPS (SI), Z0
	VMOVUPS (DX), Z1
	ADDQ $64, DX
	VMULPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowmulvvavx512loop
rowmulvvavx512done:
	VZEROUPPER
	RET

// func rowMulVSAVX512(d, x, y *float32, n int)
TEXT ·rowMulVSAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowmulvsavx512done
	VBROADCASTSS (DX), Z1
rowmulvsavx512loop:
	VMOVUPS (SI), Z0
	VMULPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowmulvsavx512loop
rowmulvsavx512done:
	VZEROUPPER
	RET

// func rowDivVVAVX512(d, x, y *float32, n int)
TEXT ·rowDivVVAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowdivvvavx512done
rowdivvvavx512loop:
	VMOVUPS (SI), Z0
	VMOVUPS (DX), Z1
	ADDQ $64, DX
	VDIVPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowdivvvavx512loop
rowdivvvavx512done:
	VZEROUPPER
	RET

// func rowDivVSAVX512(d, x, y *float32, n int)
TEXT ·rowDivVSAVX512(SB), NOSPLIT, $0-32
	MOVQ d+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $4, CX
	JZ rowdivvsavx512done
	VBROADCASTSS (DX), Z1
rowdivvsavx512loop:
	VMOVUPS (SI), Z0
	VDIVPS Z1, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	DECQ CX
	JNZ rowdivvsavx512loop
rowdivvsavx512done:
	VZEROUPPER
	RET
