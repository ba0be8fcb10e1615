package vm

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
)

// Memory geometry. The Merkle tree has 32-byte leaves and depth 27 over the 4 GiB address space; pages of 4 KiB
// are the unit of allocation and of lazy hashing (a page is the sub-tree of height 7 below its root).
const (
	LeafSize      = 32
	TreeDepth     = 27
	ProofSize     = (TreeDepth + 1) * 32 // the leaf, then one sibling per level
	PageAddrBits  = 12
	PageSize      = 1 << PageAddrBits
	leavesPerPage = PageSize / LeafSize // 128
	pageDepth     = 7                   // height of a page's sub-tree
	upperDepth    = TreeDepth - pageDepth
	dirBits       = 8 // a page directory covers 2^8 pages (1 MiB)
	dirCount      = 1 << (32 - PageAddrBits - dirBits)
)

// zeroHashes[h] is the root of an all-zero sub-tree of height h (h = 0 is a zero leaf).
var zeroHashes = func() (z [TreeDepth + 1][32]byte) {
	for h := range z {
		z[h] = merkle.ZeroHash(h)
	}
	return z
}()

// ZeroHash returns the root of an all-zero sub-tree of the given height (0 = one leaf, 27 = all of memory):
// merkle.ZeroHash.
func ZeroHash(height int) [32]byte { return zeroHashes[height] }

type page struct {
	data [PageSize]byte
	// dirtyLeaves marks leaves written since root was computed; dirty says any bit is set.
	dirtyLeaves [leavesPerPage / 64]uint64
	dirty       bool
	root        [32]byte
	// nodes caches the page's internal nodes in heap order (1 = page root, node k has children 2k, 2k+1,
	// leaves are 128..255 and live in data). It is kept only for pages that proofs were asked for.
	nodes *[leavesPerPage][32]byte
	// decoded caches the page's instructions for the fast interpreter; any write drops it.
	decoded *decodedPage
	// shared marks a page that a checkpoint holds too (Emulator.Checkpoint): it is clean and never written
	// again; a memory about to write it installs a private copy first (own).
	shared bool
}

// Memory is the VM's sparse byte-addressed memory with a lazily hashed binary Merkle tree over it.
type Memory struct {
	// dirs is a two-level page table: page i is dirs[i>>dirBits][i&(1<<dirBits-1)]; nil pages are all zero.
	// (A flat table of a million pointers would cost the garbage collector a scan of 8 MiB per memory.)
	dirs       [dirCount]*pageDir
	dirtyPages []uint32
	// upper holds the tree nodes above the pages, by generalized index in the upper tree (1 = memory root, the
	// children of g are 2g and 2g+1, and index g ≥ 1<<upperDepth is the root of page g − 1<<upperDepth).
	// Absent nodes are zero sub-trees.
	upper map[uint32][32]byte
	// restored lists pages whose roots changed without a write (restored from a snapshot, or cleared) and are not
	// yet hashed into upper.
	restored  []uint32
	pageCount int
}

type pageDir [1 << dirBits]*page

// NewMemory returns an all-zero memory.
func NewMemory() *Memory {
	return &Memory{upper: make(map[uint32][32]byte)}
}

// page returns page idx (address >> PageAddrBits), or nil if it was never written.
func (m *Memory) page(idx uint32) *page {
	if d := m.dirs[idx>>dirBits]; d != nil {
		return d[idx&(1<<dirBits-1)]
	}
	return nil
}

// PageCount returns the number of pages that have been touched.
func (m *Memory) PageCount() int { return m.pageCount }

func (m *Memory) allocPage(idx uint32) *page {
	p := &page{root: zeroHashes[pageDepth]}
	d := m.dirs[idx>>dirBits]
	if d == nil {
		d = new(pageDir)
		m.dirs[idx>>dirBits] = d
	}
	d[idx&(1<<dirBits-1)] = p
	m.pageCount++
	return p
}

// own returns page idx (p) ready to be written: a page shared with a checkpoint is replaced by a private copy
// (a shared page is clean, so its root and cached nodes stay valid for the copy).
func (m *Memory) own(idx uint32, p *page) *page {
	if !p.shared {
		return p
	}
	c := &page{data: p.data, root: p.root}
	if p.nodes != nil {
		nodes := *p.nodes
		c.nodes = &nodes
	}
	m.dirs[idx>>dirBits][idx&(1<<dirBits-1)] = c
	return c
}

// restorePage installs a page whose Merkle root is already known (from a snapshot).
func (m *Memory) restorePage(idx uint32, data []byte, root [32]byte) {
	p := m.page(idx)
	if p == nil {
		p = m.allocPage(idx)
	}
	p = m.own(idx, p)
	copy(p.data[:], data)
	p.root = root
	p.nodes = nil
	p.decoded = nil
	m.restored = append(m.restored, idx)
}

// pageForWrite returns the page holding addr, allocating it, and marks the leaf at addr dirty.
func (m *Memory) pageForWrite(addr uint32) *page {
	idx := addr >> PageAddrBits
	p := m.page(idx)
	if p == nil {
		p = m.allocPage(idx)
	}
	p = m.own(idx, p)
	leaf := (addr & (PageSize - 1)) >> 5
	p.dirtyLeaves[leaf>>6] |= 1 << (leaf & 63)
	p.decoded = nil
	if !p.dirty {
		p.dirty = true
		m.dirtyPages = append(m.dirtyPages, idx)
	}
	return p
}

// Word returns the big-endian word at a 4-aligned address.
func (m *Memory) Word(addr uint32) uint32 {
	p := m.page(addr >> PageAddrBits)
	if p == nil {
		return 0
	}
	return binary.BigEndian.Uint32(p.data[addr&(PageSize-1):])
}

// SetWord stores a big-endian word at a 4-aligned address.
func (m *Memory) SetWord(addr, v uint32) {
	p := m.pageForWrite(addr)
	binary.BigEndian.PutUint32(p.data[addr&(PageSize-1):], v)
}

// Leaf returns the 32-byte leaf holding addr.
func (m *Memory) Leaf(addr uint32) (leaf [32]byte) {
	if p := m.page(addr >> PageAddrBits); p != nil {
		off := addr & (PageSize - 1) &^ 31
		copy(leaf[:], p.data[off:off+32])
	}
	return leaf
}

// SetLeaf replaces the 32-byte leaf holding addr.
func (m *Memory) SetLeaf(addr uint32, leaf [32]byte) {
	p := m.pageForWrite(addr)
	off := addr & (PageSize - 1) &^ 31
	copy(p.data[off:off+32], leaf[:])
}

// ReadBytes copies n bytes starting at addr (wrapping at 4 GiB is an error).
func (m *Memory) ReadBytes(addr uint32, n int) ([]byte, error) {
	if uint64(addr)+uint64(n) > 1<<32 {
		return nil, fmt.Errorf("read of %d bytes at %#x runs past the end of memory", n, addr)
	}
	out := make([]byte, n)
	for done := 0; done < n; {
		a := addr + uint32(done)
		off := a & (PageSize - 1)
		k := min(n-done, int(PageSize-off))
		if p := m.page(a >> PageAddrBits); p != nil {
			copy(out[done:done+k], p.data[off:])
		}
		done += k
	}
	return out, nil
}

// WriteBytes copies data into memory at addr.
func (m *Memory) WriteBytes(addr uint32, data []byte) error {
	if uint64(addr)+uint64(len(data)) > 1<<32 {
		return fmt.Errorf("write of %d bytes at %#x runs past the end of memory", len(data), addr)
	}
	for done := 0; done < len(data); {
		a := addr + uint32(done)
		off := a & (PageSize - 1)
		k := min(len(data)-done, int(PageSize-off))
		p := m.page(a >> PageAddrBits)
		if p == nil {
			if isZero(data[done : done+k]) {
				done += k
				continue // writing zeros to an untouched page changes nothing
			}
			p = m.allocPage(a >> PageAddrBits)
		}
		p = m.own(a>>PageAddrBits, p)
		copy(p.data[off:], data[done:done+k])
		m.markRangeDirty(a>>PageAddrBits, p, off, uint32(k))
		done += k
	}
	return nil
}

func (m *Memory) markRangeDirty(idx uint32, p *page, off, n uint32) {
	for leaf := off >> 5; leaf <= (off+n-1)>>5; leaf++ {
		p.dirtyLeaves[leaf>>6] |= 1 << (leaf & 63)
	}
	p.decoded = nil
	if !p.dirty {
		p.dirty = true
		m.dirtyPages = append(m.dirtyPages, idx)
	}
}

// zeroRegion clears the aligned region of 2^k bytes at addr (PageAddrBits ≤ k ≤ 32): its pages are dropped and
// the upper-tree nodes inside it forgotten, so that it reads as zeros and hashes as a zero sub-tree once flush has
// recomputed the path above it.
func (m *Memory) zeroRegion(addr uint32, k int) {
	first, end := uint64(addr>>PageAddrBits), uint64(addr>>PageAddrBits)+1<<(k-PageAddrBits)
	for idx := first; idx < end; {
		di := idx >> dirBits
		d := m.dirs[di]
		if d == nil {
			idx = (di + 1) << dirBits
			continue
		}
		if idx&(1<<dirBits-1) == 0 && end-idx >= 1<<dirBits { // the whole directory
			for _, p := range d {
				if p != nil {
					m.pageCount--
				}
			}
			m.dirs[di] = nil
			idx += 1 << dirBits
			continue
		}
		if d[idx&(1<<dirBits-1)] != nil {
			d[idx&(1<<dirBits-1)] = nil
			m.pageCount--
		}
		idx++
	}
	// The nodes above the pages, up to the region's root, at heights pageDepth+1 .. k-5 (about one per page).
	top := k - 5
	if nodes := 1<<(top-pageDepth) - 1; nodes > len(m.upper) {
		for g := range m.upper {
			h := TreeDepth - (bits.Len32(g) - 1)
			if h <= top && uint64(g-1<<(TreeDepth-h))<<(h+5)>>k == uint64(addr)>>k {
				delete(m.upper, g)
			}
		}
	} else {
		for h := pageDepth + 1; h <= top; h++ {
			lo := addr>>(h+5) + 1<<(TreeDepth-h)
			for g := lo; g < lo+1<<(top-h); g++ {
				delete(m.upper, g)
			}
		}
	}
	m.restored = append(m.restored, uint32(first))
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// leafAt returns leaf i of the page (0..127) as a pointer into its data.
func (p *page) leafAt(i uint32) *[32]byte { return (*[32]byte)(p.data[32*i : 32*i+32]) }

// rehash brings the page root up to date. With cached nodes only the paths above dirty leaves are recomputed.
func (p *page) rehash() {
	switch {
	case p.nodes == nil:
		p.root = pageRoot(&p.data)
	case p.dirtyLeaves == [2]uint64{^uint64(0), ^uint64(0)}:
		p.buildNodes()
		p.root = p.nodes[1]
	default:
		p.updateNodes()
		p.root = p.nodes[1]
	}
	p.dirtyLeaves = [2]uint64{}
	p.dirty = false
}

// pageRoot hashes a whole page without keeping its internal nodes.
func pageRoot(data *[PageSize]byte) [32]byte { return merkle.RootAt(data[:], pageDepth) }

// buildNodes computes all the cached internal nodes, a level at a time (in heap order a level's nodes are
// contiguous, and their children are the next level in order).
func (p *page) buildNodes() {
	nodes := unsafe.Slice(&p.nodes[0][0], PageSize)
	keccak.HashPairs(nodes[32*leavesPerPage/2:], p.data[:])
	for n := leavesPerPage / 4; n >= 1; n /= 2 {
		keccak.HashPairs(nodes[32*n:64*n], nodes[64*n:128*n])
	}
}

// updateNodes recomputes the cached internal nodes above the dirty leaves.
func (p *page) updateNodes() {
	// dirty holds the heap indices of nodes to recompute at the current level, as a bit set over 128 slots.
	var dirty [2]uint64
	for i := 0; i < 2; i++ { // parents of dirty leaves: node 64 + leaf/2
		for w := p.dirtyLeaves[i]; w != 0; w &= w - 1 {
			leaf := uint32(i*64 + bits.TrailingZeros64(w))
			k := 64 + leaf/2
			dirty[k>>6] |= 1 << (k & 63)
		}
	}
	for levelStart := uint32(64); levelStart >= 1; levelStart /= 2 {
		var next [2]uint64
		for i := 0; i < 2; i++ {
			for w := dirty[i]; w != 0; w &= w - 1 {
				k := uint32(i*64 + bits.TrailingZeros64(w))
				if k >= 64 {
					leaf := 2 * (k - 64)
					p.nodes[k] = keccak.HashPair(p.leafAt(leaf), p.leafAt(leaf+1))
				} else {
					p.nodes[k] = keccak.HashPair(&p.nodes[2*k], &p.nodes[2*k+1])
				}
				if k > 1 {
					parent := k / 2
					next[parent>>6] |= 1 << (parent & 63)
				}
			}
		}
		dirty = next
	}
}

// ensureNodes makes the page keep its internal nodes (for proofs) and brings them up to date.
func (p *page) ensureNodes() {
	if p.nodes != nil {
		if p.dirty {
			p.rehash()
		}
		return
	}
	p.nodes = new([leavesPerPage][32]byte)
	p.dirtyLeaves = [2]uint64{^uint64(0), ^uint64(0)}
	p.rehash()
}

// MerkleRoot returns the root of the memory tree, hashing only what changed since the last call.
func (m *Memory) MerkleRoot() [32]byte {
	m.flush()
	return m.upperNode(1)
}

// flush rehashes dirty pages (in parallel when there are many) and the upper-tree paths above them.
func (m *Memory) flush() {
	if len(m.dirtyPages) == 0 && len(m.restored) == 0 {
		return
	}
	// A page cleared after it was written is gone (or back, written again, and listed twice).
	dirty := m.dirtyPages
	m.dirtyPages = nil
	slices.Sort(dirty)
	dirty = slices.Compact(dirty)
	pages := make([]*page, 0, len(dirty))
	for _, idx := range dirty {
		if p := m.page(idx); p != nil {
			pages = append(pages, p)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(pages)/64+1)
	if workers > 1 {
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(pages); i += workers {
					pages[i].rehash()
				}
			}(w)
		}
		wg.Wait()
	} else {
		for _, p := range pages {
			p.rehash()
		}
	}
	// Recompute the upper tree level by level; parents of a sorted list stay sorted.
	changed := append(dirty, m.restored...)
	m.restored = nil
	slices.Sort(changed)
	level := make([]uint32, 0, len(changed))
	for _, idx := range changed {
		g := (idx + 1<<upperDepth) >> 1
		if len(level) == 0 || level[len(level)-1] != g {
			level = append(level, g)
		}
	}
	for height := pageDepth + 1; height <= TreeDepth; height++ {
		next := level[:0:0]
		for _, g := range level {
			l, r := m.upperNode(2*g), m.upperNode(2*g+1)
			if l == zeroHashes[height-1] && r == zeroHashes[height-1] {
				delete(m.upper, g)
			} else {
				m.upper[g] = keccak.HashPair(&l, &r)
			}
			if parent := g >> 1; parent >= 1 && (len(next) == 0 || next[len(next)-1] != parent) {
				next = append(next, parent)
			}
		}
		level = next
	}
}

// upperNode returns a node of the upper tree by generalized index (page roots included); flush first.
func (m *Memory) upperNode(g uint32) [32]byte {
	if g >= 1<<upperDepth {
		if p := m.page(g - 1<<upperDepth); p != nil {
			return p.root
		}
		return zeroHashes[pageDepth]
	}
	if n, ok := m.upper[g]; ok {
		return n
	}
	return zeroHashes[TreeDepth-(bits.Len32(g)-1)]
}

// MerkleProof returns the 896-byte proof for the leaf holding addr: the leaf, then its 27 siblings bottom-up.
func (m *Memory) MerkleProof(addr uint32) (proof [ProofSize]byte) {
	m.flush()
	idx := addr >> PageAddrBits
	leaf := (addr & (PageSize - 1)) >> 5
	out := proof[:0]
	if p := m.page(idx); p != nil {
		p.ensureNodes()
		out = append(out, p.leafAt(leaf)[:]...)
		out = append(out, p.leafAt(leaf ^ 1)[:]...)
		for k := 64 + leaf/2; k > 1; k /= 2 {
			out = append(out, p.nodes[k^1][:]...)
		}
	} else {
		for h := 0; h < pageDepth+1; h++ {
			out = append(out, zeroHashes[max(h-1, 0)][:]...)
		}
	}
	for g := idx + 1<<upperDepth; g > 1; g >>= 1 {
		n := m.upperNode(g ^ 1)
		out = append(out, n[:]...)
	}
	return proof
}

// RegionRoot returns the Merkle root of the aligned region of 2^k bytes (5 ≤ k ≤ 32) that contains addr.
// It is the node of the memory tree at height k−5 above that region's leaves.
func (m *Memory) RegionRoot(addr uint32, k int) ([32]byte, error) {
	if k < 5 || k > 32 {
		return [32]byte{}, fmt.Errorf("region size 2^%d is not between 2^5 and 2^32", k)
	}
	m.flush()
	height := k - 5
	if height >= pageDepth {
		g := (addr >> PageAddrBits) + 1<<upperDepth
		return m.upperNode(g >> (height - pageDepth)), nil
	}
	p := m.page(addr >> PageAddrBits)
	if p == nil {
		return zeroHashes[height], nil
	}
	leaf := (addr & (PageSize - 1)) >> 5
	if height == 0 {
		return *p.leafAt(leaf), nil
	}
	p.ensureNodes()
	return p.nodes[(128+leaf)>>height], nil
}

// RegionProof returns the siblings above the aligned region of 2^k bytes that contains addr, bottom-up
// (27 − (k − 5) hashes): with the region's root they prove it against the memory root.
func (m *Memory) RegionProof(addr uint32, k int) ([][32]byte, error) {
	if k < 5 || k > 32 {
		return nil, fmt.Errorf("region size 2^%d is not between 2^5 and 2^32", k)
	}
	full := m.MerkleProof(addr)
	height := k - 5
	out := make([][32]byte, 0, TreeDepth-height)
	for h := height; h < TreeDepth; h++ {
		out = append(out, [32]byte(full[32*(h+1):32*(h+2)]))
	}
	return out, nil
}

// VerifyProof checks a memory proof for the leaf holding addr against root and returns the leaf.
func VerifyProof(root [32]byte, addr uint32, proof []byte) ([32]byte, bool) {
	if len(proof) != ProofSize {
		return [32]byte{}, false
	}
	leaf := [32]byte(proof[:32])
	return leaf, RootFromProof(leaf, addr, proof) == root
}

// RootFromProof computes the memory root that results from the leaf holding addr being leaf, given the
// siblings in proof (its first 32 bytes, the old leaf, are ignored).
func RootFromProof(leaf [32]byte, addr uint32, proof []byte) [32]byte {
	return rootFromNode(leaf, addr, 0, proof)
}

// rootFromNode computes the memory root that results from the node at the given height above the leaf holding
// addr being node (height 0: the leaf itself), given the siblings in the leaf's proof from that height up.
func rootFromNode(node [32]byte, addr uint32, height int, proof []byte) [32]byte {
	index := addr >> (5 + height)
	for h := height; h < TreeDepth; h++ {
		sib := (*[32]byte)(proof[32*(h+1) : 32*(h+2)])
		if index&1 == 1 {
			node = keccak.HashPair(sib, &node)
		} else {
			node = keccak.HashPair(&node, sib)
		}
		index >>= 1
	}
	return node
}

func keccakPair(a, b *[32]byte) [32]byte { return keccak.HashPair(a, b) }
