package tensor

import "fmt"

// Elementwise chains: a run of F32 elementwise ops, each reading the one
// before's output, evaluated block by block so that the intermediate
// tensors never leave the cache. Every step applies, element by element,
// the loop its whole-tensor op runs (Binary's row kernels, Unary's slice
// forms, Relu's loop) and canonicalizes NaNs as that op does, so the bits
// of the chain's output are those of running the ops one by one.

// ElemOp is an F32 elementwise op in the slice form RunChain applies.
type ElemOp struct {
	unary  func(dst, src []float32)
	binary BinaryOp
}

// UnaryElem returns op with params p as an ElemOp.
func UnaryElem(op UnaryOp, p ...float32) ElemOp {
	f := unarySlice(op, p)
	if f == nil {
		g := unaryF32(op, p)
		f = func(dst, src []float32) {
			dst = dst[:len(src)]
			for i, x := range src {
				dst[i] = g(x)
			}
		}
	}
	return ElemOp{unary: f}
}

// ReluElem returns Relu as an ElemOp.
func ReluElem() ElemOp {
	if f := reluSets[KernelPath()]; f != nil {
		return ElemOp{unary: f}
	}
	return ElemOp{unary: reluGo}
}

// BinaryElem returns op as an ElemOp, for the ops with an F32 result
// (Add, Sub, Mul, Div, Pow, Max, Min, PRelu).
func BinaryElem(op BinaryOp) (ElemOp, bool) {
	if op < BinAdd || op > BinPRelu {
		return ElemOp{}, false
	}
	return ElemOp{binary: op}, true
}

// ChainStep is one op of a chain and its operands: nil for the previous
// step's output, else an F32 tensor with the chain's element count or a
// single element (used for every element).
type ChainStep struct {
	Op   ElemOp
	Args []*Tensor
}

// chainBlock is the number of elements a chain carries through all its
// steps at a time (two blocks stay in L1).
const chainBlock = 2048

// RunChain evaluates steps in order on tensors of the given shape and
// returns the last step's output. The first step has no nil operand.
func RunChain(shape []int, steps []ChainStep) (*Tensor, error) {
	if err := checkShape(F32, shape); err != nil {
		return nil, err
	}
	n := numElements(shape)
	type step struct {
		unary func(dst, src []float32)
		row   func(d, x, y []float32)
		args  []*Tensor
	}
	ss := make([]step, len(steps))
	for k, s := range steps {
		if (s.Op.unary == nil) == (s.Op.binary == 0) || (s.Op.unary != nil && len(s.Args) != 1) || (s.Op.binary != 0 && len(s.Args) != 2) {
			return nil, fmt.Errorf("tensor: chain step %d has %d operands for its op", k, len(s.Args))
		}
		vec := make([]bool, len(s.Args))
		for j, a := range s.Args {
			switch {
			case a == nil && k > 0:
				vec[j] = true
			case a == nil || a.dtype != F32 || (a.Len() != n && a.Len() != 1):
				return nil, fmt.Errorf("tensor: chain step %d operand %d is not an f32 tensor of %d or 1 elements", k, j, n)
			default:
				vec[j] = a.Len() == n
			}
		}
		ss[k] = step{unary: s.Op.unary, args: s.Args}
		if s.Op.binary != 0 {
			ss[k].row = rowKernelF32(s.Op.binary, vec[0], vec[1])
		} else if !vec[0] {
			return nil, fmt.Errorf("tensor: chain step %d: unary op of one element in a chain of %d", k, n)
		}
	}
	out := newTensorUninit(F32, shape)
	parallelFor((n+chainBlock-1)/chainBlock, grainFor(chainBlock*len(ss), 1), func(lo, hi int) {
		buf := getScratch(2 * chainBlock)
		for b := lo; b < hi; b++ {
			b0, b1 := b*chainBlock, min(b*chainBlock+chainBlock, n)
			prev, cur := buf[:b1-b0], buf[chainBlock:chainBlock+b1-b0]
			operand := func(a *Tensor) []float32 {
				switch {
				case a == nil:
					return prev
				case len(a.f32) == 1:
					return a.f32
				}
				return a.f32[b0:b1]
			}
			for k, s := range ss {
				if k == len(ss)-1 {
					cur = out.f32[b0:b1]
				}
				if s.unary != nil {
					s.unary(cur, operand(s.args[0]))
				} else {
					s.row(cur, operand(s.args[0]), operand(s.args[1]))
				}
				canonicalizeNaNs(cur)
				prev, cur = cur, prev
			}
		}
		putScratch(buf)
	})
	return out, nil
}
