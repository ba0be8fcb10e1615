package tensor

// The pure-Go lane loops of the block formats, shared by every GOARCH
// (their float arithmetic goes through fadd and fmul, soft float on MIPS).

// The table's forms of the pure-Go lane loops, which accumulate into *acc
// (the tails call them so): lanes from +0, returned by value.

func q8LanesGoV(w, x []byte) (acc [BlockLanes]float32) {
	q8LanesGo(&acc, w, x)
	return acc
}

func q4LanesGoV(w, x []byte) (acc [BlockLanes]float32) {
	q4LanesGo(&acc, w, x)
	return acc
}

func q8LanesGo(acc *[BlockLanes]float32, w, x []byte) {
	x = x[:len(w)]
	for b := 0; b*Q8_0BlockBytes < len(w); b++ {
		wb := w[b*Q8_0BlockBytes : (b+1)*Q8_0BlockBytes]
		xb := x[b*Q8_0BlockBytes : (b+1)*Q8_0BlockBytes]
		acc[b%BlockLanes] = fadd(acc[b%BlockLanes], blockProduct(wb, xb, q8BlockSum(wb[2:], xb[2:])))
	}
}

// q8BlockSum returns the exact Σ int32(w[j])·int32(x[j]) of two blocks'
// 32 quants (at most 32·128·128 = 2^19 in magnitude).
func q8BlockSum(wq, xq []byte) int32 {
	wq, xq = wq[:QBlock], xq[:QBlock]
	var s0, s1, s2, s3 int32
	for j := 0; j < QBlock; j += 4 {
		s0 += int32(int8(wq[j])) * int32(int8(xq[j]))
		s1 += int32(int8(wq[j+1])) * int32(int8(xq[j+1]))
		s2 += int32(int8(wq[j+2])) * int32(int8(xq[j+2]))
		s3 += int32(int8(wq[j+3])) * int32(int8(xq[j+3]))
	}
	return s0 + s1 + s2 + s3
}

func q4LanesGo(acc *[BlockLanes]float32, w, x []byte) {
	for b := 0; b*Q4_0BlockBytes < len(w); b++ {
		wb := w[b*Q4_0BlockBytes : (b+1)*Q4_0BlockBytes]
		xb := x[b*Q8_0BlockBytes : (b+1)*Q8_0BlockBytes]
		acc[b%BlockLanes] = fadd(acc[b%BlockLanes], blockProduct(wb, xb, q4BlockSum(wb[2:], xb[2:])))
	}
}
