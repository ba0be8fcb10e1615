//go:build amd64

#include "textflag.h"

// AVX-512 lane loops of the float dot kernels: the 16 canonical lanes are
// exactly one zmm register. As in dot_amd64.s, VMULPS rounds every product
// before VADDPS adds it (never an FMA), and each lane adds in increasing
// element order.

// func f32LanesAVX512(a, b []float32) (acc [16]float32)
TEXT ·f32LanesAVX512(SB), NOSPLIT, $0-112
	MOVQ a_base+0(FP), SI
	MOVQ a_len+8(FP), CX
	MOVQ b_base+24(FP), DX
	LEAQ acc+48(FP), DI
	SHLQ $2, CX
	XORQ AX, AX
	VXORPS Z0, Z0, Z0

f32loop:
	VMOVUPS (SI)(AX*1), Z1
	VMULPS  (DX)(AX*1), Z1, Z1
	VADDPS  Z1, Z0, Z0
	ADDQ    $64, AX
	CMPQ    AX, CX
	JB      f32loop

	VMOVUPS Z0, (DI)
	VZEROUPPER
	RET

// ZERO4 clears the accumulators Z0..Z3.
#define ZERO4 \
	VXORPS Z0, Z0, Z0 \
	VXORPS Z1, Z1, Z1 \
	VXORPS Z2, Z2, Z2 \
	VXORPS Z3, Z3, Z3

// func f32x4LanesAVX512(w []float32, stride int, x []float32) (acc [4][16]float32)
TEXT ·f32x4LanesAVX512(SB), NOSPLIT, $0-312
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
	ZERO4

f32x4loop:
	VMOVUPS (DX)(AX*1), Z8
	VMULPS  (R8)(AX*1), Z8, Z10
	VMULPS  (R9)(AX*1), Z8, Z11
	VMULPS  (R10)(AX*1), Z8, Z12
	VMULPS  (R11)(AX*1), Z8, Z13
	VADDPS  Z10, Z0, Z0
	VADDPS  Z11, Z1, Z1
	VADDPS  Z12, Z2, Z2
	VADDPS  Z13, Z3, Z3
	ADDQ    $64, AX
	CMPQ    AX, CX
	JB      f32x4loop

	VMOVUPS Z0, (DI)
	VMOVUPS Z1, 64(DI)
	VMOVUPS Z2, 128(DI)
	VMOVUPS Z3, 192(DI)
	VZEROUPPER
	RET

// func f16LanesAVX512(w []uint16, x []float32) (acc [16]float32)
TEXT ·f16LanesAVX512(SB), NOSPLIT, $0-112
	MOVQ w_base+0(FP), SI
	MOVQ w_len+8(FP), CX
	MOVQ x_base+24(FP), DX
	LEAQ acc+48(FP), DI
	SHLQ $2, CX
	XORQ AX, AX
	XORQ BX, BX
	VXORPS Z0, Z0, Z0

f16loop:
	VCVTPH2PS (SI)(BX*1), Z1
	VMULPS    (DX)(AX*1), Z1, Z1
	VADDPS    Z1, Z0, Z0
	ADDQ      $32, BX
	ADDQ      $64, AX
	CMPQ      AX, CX
	JB        f16loop

	VMOVUPS Z0, (DI)
	VZEROUPPER
	RET

// func f16x4LanesAVX512(w []uint16, stride int, x []float32) (acc [4][16]float32)
TEXT ·f16x4LanesAVX512(SB), NOSPLIT, $0-312
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
	ZERO4

f16x4loop:
	VMOVUPS   (DX)(AX*1), Z8
	VCVTPH2PS (R8)(BX*1), Z10
	VCVTPH2PS (R9)(BX*1), Z11
	VCVTPH2PS (R10)(BX*1), Z12
	VCVTPH2PS (R11)(BX*1), Z13
	VMULPS    Z8, Z10, Z10
	VMULPS    Z8, Z11, Z11
	VMULPS    Z8, Z12, Z12
	VMULPS    Z8, Z13, Z13
	VADDPS    Z10, Z0, Z0
	VADDPS    Z11, Z1, Z1
	VADDPS    Z12, Z2, Z2
	VADDPS    Z13, Z3, Z3
	ADDQ      $32, BX
	ADDQ      $64, AX
	CMPQ      AX, CX
	JB        f16x4loop

	VMOVUPS Z0, (DI)
	VMOVUPS Z1, 64(DI)
	VMOVUPS Z2, 128(DI)
	VMOVUPS Z3, 192(DI)
	VZEROUPPER
	RET
