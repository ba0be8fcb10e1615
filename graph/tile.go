package graph

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/opml-dev/opml/tensor"
)

// Tiles. A node whose VM run would be too long to dispute in one VM level is split into tiles (docs/game.md,
// "Tiles"): tile t of a node with tile size 2^L bytes is bytes [t·2^L, (t+1)·2^L) of the node output's canonical
// bytes, so the tiles, concatenated, are the output bit for bit, and each tile is an aligned sub-tree of the
// output region: the output's commitment is the Merkle tree over the tile roots (the last tile zero-padded,
// absent tiles the zero sub-tree of height L−5). The executor computes one tile when the tile word at TileAddr
// names it (EncodeTile), writing it where it lies in the output region, OutputAddr + t·2^L.
//
// An op is tileable when a block of its output can be computed from slices of its operands by the op's own
// kernel: every tiled element is then computed by exactly the code path, and in the canonical order, of the
// whole node (the kernels' reductions are per element and batch-invariant). Its table row's tiling views the
// output as rows × cols (row-major) and slices the operands for a block of rows and columns; a wide tiling
// (convolution planes, softmax rows) computes whole rows and keeps the columns the tile covers. The ops without a
// tiling (data movement, normalizations over rows, reductions, pooling, attention, sampling) are cheap per byte
// of output or not yet sliced: their nodes are never tiled (docs/game.md lists them).

// TileAddr is where the executor reads the tile word of a node run (a 32-byte region after the node descriptor's
// region): all zero for a whole node.
const TileAddr = 0x80010000

// MinTileLog2 is the smallest tile: one 32-byte leaf of the memory tree.
const MinTileLog2 = 5

// EncodeTile returns the tile word for tile t of size 2^log2: log2 and t as big-endian uint32s, then zeros (the
// contract builds it with shifts).
func EncodeTile(log2 uint8, t uint32) [32]byte {
	var w [32]byte
	binary.BigEndian.PutUint32(w[0:], uint32(log2))
	binary.BigEndian.PutUint32(w[4:], t)
	return w
}

// DecodeTile reads a tile word: ok false for the zero word (a whole node).
func DecodeTile(w []byte) (log2 uint8, t uint32, ok bool, err error) {
	if len(w) < 32 {
		return 0, 0, false, fmt.Errorf("%w: tile word of %d bytes", ErrGraph, len(w))
	}
	l := binary.BigEndian.Uint32(w[0:])
	t = binary.BigEndian.Uint32(w[4:])
	for _, b := range w[8:32] {
		if b != 0 {
			return 0, 0, false, fmt.Errorf("%w: malformed tile word", ErrGraph)
		}
	}
	if l == 0 && t == 0 {
		return 0, 0, false, nil
	}
	if l < MinTileLog2 || l > 28 {
		return 0, 0, false, fmt.Errorf("%w: tile of 2^%d bytes", ErrGraph, l)
	}
	return uint8(l), t, true, nil
}

// Tiles returns how many tiles of 2^log2 bytes hold an output of n bytes.
func Tiles(n int, log2 uint8) int { return (n + 1<<log2 - 1) >> log2 }

// tiling is how an op's output splits into blocks computed from slices of the operands.
type tiling struct {
	// view returns the output as rows × cols, and group: full-row blocks never span a multiple of group rows
	// (0: no constraint); ok false when this node cannot be tiled (params or shapes the slicing does not cover).
	view func(p Params, in []Spec, out Spec) (rows, cols, group int, ok bool)
	// block returns the operand slices and params of the node that computes output rows [r0, r1) and columns
	// [c0, c1), or, when wide, whole rows of which the columns [c0, c1) are kept.
	block func(p Params, in []Spec, r0, r1, c0, c1 int) (ops []slice, q Params)
	wide  bool
}

// slice is a row range [lo, hi) of an operand viewed as rows of equal byte length, given the shape shape; with
// planes > 0, the operand is viewed as that many planes of rows rows each, and the slice is rows [lo, hi) of each of
// planes [p0, p1), in order (the rows of some channels of an image).
type slice struct {
	rows           int // the operand's row count in this view (its bytes / rows is a row's bytes), per plane
	lo, hi         int
	shape          []int
	planes, p0, p1 int
}

// whole is the whole operand s.
func whole(s Spec) slice { return slice{rows: 1, lo: 0, hi: 1, shape: s.Shape} }

// rowsOf is rows [lo, hi) of s viewed as rows of its last axis (or of its first axis, first true), reshaped to
// [hi−lo, rest...].
func rowsOf(s Spec, lo, hi int, first bool) slice {
	if first {
		return slice{rows: s.Shape[0], lo: lo, hi: hi, shape: append([]int{hi - lo}, s.Shape[1:]...)}
	}
	k := lastDim(s.Shape)
	return slice{rows: s.Elements() / k, lo: lo, hi: hi, shape: []int{hi - lo, k}}
}

// Tileable reports whether node d can be tiled.
func (d *NodeDesc) Tileable() bool {
	def := d.Node.Op.def()
	if def == nil || def.tile.view == nil {
		return false
	}
	_, _, _, ok := def.tile.view(d.Node.Params, d.Inputs, d.Output)
	return ok
}

// EvalTile computes tile t (of 2^log2 bytes) of node d's output from its operands' canonical bytes: the output
// bytes [t·2^log2, min((t+1)·2^log2, size)), equal to those bytes of d.Eval's result. Only the operand slices
// the tile needs are decoded.
func (d *NodeDesc) EvalTile(operands [][]byte, log2 uint8, t uint32) ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	def := d.Node.Op.def()
	if !d.Tileable() {
		return nil, fmt.Errorf("%w: a %v node cannot be tiled", ErrGraph, d.Node.Op)
	}
	if len(operands) != len(d.Inputs) {
		return nil, fmt.Errorf("%w: %v node got %d operands, want %d", ErrGraph, d.Node.Op, len(operands), len(d.Inputs))
	}
	size, err := d.Output.ByteSize()
	if err != nil {
		return nil, err
	}
	elems := d.Output.Elements()
	es := size / elems
	if log2 < MinTileLog2 || int(t) >= Tiles(size, log2) || 1<<log2 < es {
		return nil, fmt.Errorf("%w: tile %d of 2^%d bytes of a %d-byte output", ErrGraph, t, log2, size)
	}
	lo := int(t) << log2 / es
	hi := min(lo+1<<log2/es, elems)
	_, cols, group, _ := def.tile.view(d.Node.Params, d.Inputs, d.Output)
	out := make([]byte, 0, (hi-lo)*es)
	for _, b := range blocks(lo, hi, cols, group) {
		ops, q := def.tile.block(d.Node.Params, d.Inputs, b.r0, b.r1, b.c0, b.c1)
		args := make([]*tensor.Tensor, len(ops))
		for i, s := range ops {
			if args[i], err = sliceOperand(d.Node.Op, d.Inputs[i], operands[i], s); err != nil {
				return nil, fmt.Errorf("tile %d: operand %d: %w", t, i, err)
			}
		}
		v, err := EvalOp(d.Node.Op, q, args)
		if err != nil {
			return nil, fmt.Errorf("tile %d: %w", t, err)
		}
		vb := v.Bytes()
		if !def.tile.wide {
			out = append(out, vb...)
			continue
		}
		for r := 0; r < b.r1-b.r0; r++ {
			out = append(out, vb[(r*cols+b.c0)*es:(r*cols+b.c1)*es]...)
		}
	}
	if len(out) != (hi-lo)*es {
		return nil, fmt.Errorf("%w: tile %d has %d bytes, want %d", ErrGraph, t, len(out), (hi-lo)*es)
	}
	return out, nil
}

// sliceOperand decodes the slice s of an operand of spec sp with canonical bytes b.
func sliceOperand(op Op, sp Spec, b []byte, s slice) (*tensor.Tensor, error) {
	n, err := sp.ByteSize()
	if err != nil {
		return nil, err
	}
	planes, p0, p1 := 1, 0, 1
	if s.planes > 0 {
		planes, p0, p1 = s.planes, s.p0, s.p1
	}
	if len(b) != n || s.rows <= 0 || n%(planes*s.rows) != 0 || s.lo < 0 || s.hi > s.rows || s.lo >= s.hi ||
		p0 < 0 || p1 > planes || p0 >= p1 {
		return nil, fmt.Errorf("%w: rows [%d, %d) of %d of planes [%d, %d) of %d of a %d-byte operand", ErrGraph,
			s.lo, s.hi, s.rows, p0, p1, planes, len(b))
	}
	plane := n / planes
	row := plane / s.rows
	part := b[p0*plane+s.lo*row : p0*plane+s.hi*row]
	if p1-p0 > 1 {
		part = make([]byte, 0, (p1-p0)*(s.hi-s.lo)*row)
		for p := p0; p < p1; p++ {
			part = append(part, b[p*plane+s.lo*row:p*plane+s.hi*row]...)
		}
	}
	if op.TakesRaw() {
		return tensor.FromRaw(sp.DType, part, s.shape...)
	}
	return tensor.FromBytes(sp.DType, part, s.shape...)
}

// block is a rectangle of output rows [r0, r1) and columns [c0, c1).
type block struct{ r0, r1, c0, c1 int }

// blocks cuts the flat element range [lo, hi) of a row-major output with cols columns into rectangles: a
// partial first row, runs of full rows (each within one group of rows, if group > 0), a partial last row.
func blocks(lo, hi, cols, group int) []block {
	var out []block
	for lo < hi {
		r, c := lo/cols, lo%cols
		if c != 0 || hi-lo < cols {
			end := min(cols, c+hi-lo)
			out = append(out, block{r, r + 1, c, end})
			lo += end - c
			continue
		}
		r1 := hi / cols
		if group > 0 {
			r1 = min(r1, (r/group+1)*group)
		}
		out = append(out, block{r, r1, 0, cols})
		lo = r1 * cols
	}
	return out
}

// --- the tilings of the op table's rows ---

// matmulTiling: y = x·wᵀ over w [N, K] and x [..., K], viewed as [rows of x, N]: a block takes rows of x and of
// w (and of a bias [N], with linear).
var matmulTiling = tiling{
	view: func(p Params, in []Spec, out Spec) (int, int, int, bool) {
		n := in[0].Shape[0]
		return out.Elements() / n, n, 0, true
	},
	block: func(p Params, in []Spec, r0, r1, c0, c1 int) ([]slice, Params) {
		ops := []slice{rowsOf(in[0], c0, c1, true), rowsOf(in[1], r0, r1, false)}
		if len(in) == 3 {
			ops = append(ops, rowsOf(in[2], c0, c1, true))
		}
		return ops, p
	},
}

// gemmTiling: Gemm with A [M, K] not transposed and B [N, K] transposed (ONNX's Linear export), C absent or [N]
// or [1, N]: as matmul, the rows of A and of B.
var gemmTiling = tiling{
	view: func(p Params, in []Spec, out Spec) (int, int, int, bool) {
		g, err := gemmParams(p)
		if err != nil || g.TransA || !g.TransB {
			return 0, 0, 0, false
		}
		if len(in) == 3 && !(len(in[2].Shape) == 1 || len(in[2].Shape) == 2 && in[2].Shape[0] == 1) {
			return 0, 0, 0, false
		}
		return out.Shape[0], out.Shape[1], 0, true
	},
	block: func(p Params, in []Spec, r0, r1, c0, c1 int) ([]slice, Params) {
		ops := []slice{rowsOf(in[0], r0, r1, true), rowsOf(in[1], c0, c1, true)}
		if len(in) == 3 {
			c := in[2]
			if c.Shape[len(c.Shape)-1] == 1 { // broadcast along the row: keep it whole
				ops = append(ops, whole(c))
			} else {
				ops = append(ops, slice{rows: c.Shape[len(c.Shape)-1], lo: c0, hi: c1, shape: append(append([]int(nil), c.Shape[:len(c.Shape)-1]...), c1-c0)})
			}
		}
		return ops, p
	},
}

// convTiling: Conv over x [N, C, (H,) W] and w [OC, C/group, (KH,) KW], any group, viewed as [N·OC·OH output
// rows, OW] ([N·OC, OW] for a 1-D conv): a block lies within one output plane (n, oc) and computes whole output
// rows [oh0, oh1) of it from, of x, the rows those outputs read of image n's channels in oc's group, and row oc of
// w (and of the bias). The sub-convolution has one group and its padding re-cut so that every output keeps its
// taps in order, padding taps included (a tap in the padding of the whole node is in the sub-node's padding, any
// other reads the same element). A conv whose padding reaches past its window (an output row reading padding
// only) is not tiled.
var convTiling = tiling{
	view: func(p Params, in []Spec, out Spec) (int, int, int, bool) {
		c, err := convParams(p, false)
		if err != nil {
			return 0, 0, 0, false
		}
		if len(out.Shape) == 3 {
			return out.Shape[0] * out.Shape[1], out.Shape[2], 1, true
		}
		ext := (in[1].Shape[2]-1)*c.Dilations[0] + 1
		if c.Pads[0] >= ext || c.Pads[2] >= ext {
			return 0, 0, 0, false
		}
		oh := out.Shape[2]
		return out.Shape[0] * out.Shape[1] * oh, out.Shape[3], oh, true
	},
	block: func(p Params, in []Spec, r0, r1, c0, c1 int) ([]slice, Params) {
		c, _ := convParams(p, false)
		x, w := in[0].Shape, in[1].Shape
		oc, cg := w[0], w[1] // output channels; input channels per group
		og := oc / c.Group   // output channels per group
		q := Ints(1, len(c.Strides))
		q = append(q, Ints(c.Strides...)...)
		q = append(q, Ints(c.Dilations...)...)
		var xs slice
		var o int // the output channel
		if len(x) == 3 {
			n := r0 / oc
			o = r0 % oc
			first := n*x[1] + o/og*cg
			xs = slice{rows: 1, lo: 0, hi: 1, shape: []int{1, cg, x[2]}, planes: x[0] * x[1], p0: first, p1: first + cg}
			q = append(q, Ints(c.Pads...)...)
		} else {
			out, _ := tensor.ConvShape(x, w, c)
			oh := out[2]
			plane := r0 / oh
			n, oh0, oh1 := plane/oc, r0%oh, (r1-1)%oh+1
			o = plane % oc
			sh, dh, pt := c.Strides[0], c.Dilations[0], c.Pads[0]
			// Rows [top, bottom) are the taps of output rows [oh0, oh1); those outside [0, H) are padding.
			top, bottom := oh0*sh-pt, (oh1-1)*sh-pt+(w[2]-1)*dh+1
			ih0, ih1 := max(top, 0), min(bottom, x[2])
			first := n*x[1] + o/og*cg
			xs = slice{rows: x[2], lo: ih0, hi: ih1, shape: []int{1, cg, ih1 - ih0, x[3]}, planes: x[0] * x[1], p0: first, p1: first + cg}
			q = append(q, Ints(ih0-top, c.Pads[1], bottom-ih1, c.Pads[3])...)
		}
		ops := []slice{xs, rowsOf(in[1], o, o+1, true)}
		if len(in) == 3 {
			ops = append(ops, rowsOf(in[2], o, o+1, true))
		}
		return ops, q
	},
	wide: true,
}

// convTransposeTiling: ConvTranspose over x [N, C, (H,) W] and w [C, OC/group, (KH,) KW], viewed as [N·OC output
// planes, spatial]: a block is one plane (n, oc), computed whole from image n's channels in oc's group and the
// filter w[those channels, oc's index in its group] with one group (each output's sum runs over the same channels
// and taps, in order).
var convTransposeTiling = tiling{
	view: func(p Params, in []Spec, out Spec) (int, int, int, bool) {
		if _, err := convParams(p, true); err != nil {
			return 0, 0, 0, false
		}
		planes := out.Shape[0] * out.Shape[1]
		return planes, out.Elements() / planes, 1, true
	},
	block: func(p Params, in []Spec, r0, _, _, _ int) ([]slice, Params) {
		c, _ := convParams(p, true)
		x, w := in[0].Shape, in[1].Shape
		og := w[1]           // output channels per group
		cg := x[1] / c.Group // input channels per group
		n, o := r0/(og*c.Group), r0%(og*c.Group)
		g, j := o/og, o%og
		xs := slice{rows: x[0] * x[1], lo: n*x[1] + g*cg, hi: n*x[1] + (g+1)*cg, shape: append([]int{1, cg}, x[2:]...)}
		ws := slice{rows: og, lo: j, hi: j + 1, shape: append([]int{cg, 1}, w[2:]...), planes: w[0], p0: g * cg, p1: (g + 1) * cg}
		q := Ints(1, len(c.Strides))
		for _, v := range [][]int{c.Strides, c.Dilations, c.Pads, c.OutputPadding} {
			q = append(q, Ints(v...)...)
		}
		ops := []slice{xs, ws}
		if len(in) == 3 {
			ops = append(ops, rowsOf(in[2], o, o+1, true))
		}
		return ops, q
	},
	wide: true,
}

// rowsTiling: ops computing each row (the last axis) of their output from the same row of their one operand
// (softmax), viewed as [rows, last axis]: a block takes whole rows, of which a tile keeps the columns it covers.
var rowsTiling = tiling{
	view: func(p Params, in []Spec, out Spec) (int, int, int, bool) {
		k := lastDim(out.Shape)
		return out.Elements() / k, k, 0, k > 0
	},
	block: func(p Params, in []Spec, r0, r1, _, _ int) ([]slice, Params) {
		return []slice{rowsOf(in[0], r0, r1, false)}, p
	},
	wide: true,
}

// elementwiseTiling: ops computing each output element from the elements at the same index of operands of the
// output's shape (or from a one-element operand, kept whole), viewed as [elements, 1].
var elementwiseTiling = tiling{
	view: func(p Params, in []Spec, out Spec) (int, int, int, bool) {
		n := out.Elements()
		for _, s := range in {
			if s.Elements() != n && s.Elements() != 1 || s.Elements() == n && !sameDims(s.Shape, out.Shape) {
				return 0, 0, 0, false
			}
		}
		return n, 1, 0, true
	},
	block: func(p Params, in []Spec, r0, r1, _, _ int) ([]slice, Params) {
		ops := make([]slice, len(in))
		for i, s := range in {
			if s.Elements() == 1 {
				ops[i] = whole(s)
			} else {
				ops[i] = slice{rows: s.Elements(), lo: r0, hi: r1, shape: []int{r1 - r0}}
			}
		}
		return ops, p
	},
}

// sameDims reports whether two shapes are equal.
func sameDims(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// PlanTiles returns the tile size (log2 bytes) and count for node d under a budget of VM steps per run: none
// (0, 0) when its estimated run (Cost) fits the budget or it cannot be tiled; else the largest tiles whose
// estimated run (TileSteps) fits (tiles of at least 32 bytes; a tile whose smallest block is a whole row, as a
// convolution's output plane, costs its rows, and is no smaller than a row when two rows are over the budget).
func (d *NodeDesc) PlanTiles(budget uint64) (log2 uint8, tiles int) {
	steps := d.Cost().Steps()
	if steps <= budget || !d.Tileable() {
		return 0, 0
	}
	size, err := d.Output.ByteSize()
	if err != nil {
		return 0, 0
	}
	es := size / d.Output.Elements()
	// A tile of an op computing whole rows costs at least the two rows it may touch: where even that is over the
	// budget, smaller tiles than a row would only multiply the runs, so the plan stops at tiles of at most a row.
	floor := uint8(MinTileLog2)
	def := d.Node.Op.def()
	if _, cols, _, _ := def.tile.view(d.Node.Params, d.Inputs, d.Output); def.tile.wide {
		floor = max(floor, uint8(bits.Len(uint(cols*es))-1))
	}
	log2 = uint8(maxLog2(size))
	for log2 > floor {
		if Tiles(size, log2) > 1 && d.TileSteps(log2) <= budget {
			break
		}
		log2--
	}
	if 1<<log2 < es {
		return 0, 0
	}
	return log2, Tiles(size, log2)
}

// TileSteps is the estimated VM run of one tile of 2^log2 bytes of node d: the node's estimated work shared by
// the output elements the tile computes (with, for an op computing whole rows, the two rows it may start and end
// within). It is the estimate PlanTiles holds to the budget; 0 if d cannot be tiled.
func (d *NodeDesc) TileSteps(log2 uint8) uint64 {
	if !d.Tileable() {
		return 0
	}
	size, err := d.Output.ByteSize()
	if err != nil {
		return 0
	}
	elems := d.Output.Elements()
	def := d.Node.Op.def()
	_, cols, _, _ := def.tile.view(d.Node.Params, d.Inputs, d.Output)
	wide := 0
	if def.tile.wide {
		wide = 2 * cols // a tile may start and end within rows it computes whole
	}
	// Integer arithmetic only: the plan is part of the registration, the same on every machine.
	work := d.Cost().Steps() - vmStartSteps
	per := 1 << log2 / (size / elems)
	hi, lo := bits.Mul64(work, uint64(min(per+wide, elems)))
	share, _ := bits.Div64(hi, lo, uint64(elems))
	return vmStartSteps + share
}

// CostliestTile returns the tile of 2^log2 bytes of node d that computes the most output elements, counting the
// whole rows a wide tiling computes (a tile straddling two rows of a convolution or a softmax computes both): the
// tile with the longest run. It is tile 0 for tilings that compute only the tile's elements.
func (d *NodeDesc) CostliestTile(log2 uint8) uint32 {
	if !d.Tileable() {
		return 0
	}
	size, err := d.Output.ByteSize()
	if err != nil {
		return 0
	}
	def := d.Node.Op.def()
	if !def.tile.wide {
		return 0
	}
	elems := d.Output.Elements()
	_, cols, group, _ := def.tile.view(d.Node.Params, d.Inputs, d.Output)
	per := 1 << log2 / (size / elems)
	var best uint32
	most := 0
	for t := range Tiles(size, log2) {
		n := 0
		for _, b := range blocks(t*per, min((t+1)*per, elems), cols, group) {
			n += (b.r1 - b.r0) * cols
		}
		if n > most {
			best, most = uint32(t), n
		}
	}
	return best
}

// maxLog2 is the log2 of the padded size of n bytes.
func maxLog2(n int) int {
	l := 0
	for 1<<l < PaddedSize(n) {
		l++
	}
	return l
}
