package contracts_test

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts/bindings"
)

// Hand-built models and claims for the oracle's tests: registrations with MNIST's shapes whose VM states are
// initial states (docs/vm.md, "Initial state") over made-up memory, and claims built in Go from docs/vm.md and
// docs/executor.md, independently of StateLib and MerkleLib. The games over them are played by FakeGame, whose
// winners the tests name; the real game is played on real models in twophase_test.go and failure_test.go.

// The executor's layout (docs/executor.md, "Memory layout"): the graph input at 0x90000000, the output at
// 0xD0000000.
const (
	fxInputAddr  = 0x9000_0000
	fxInputLog2  = 10 // 784 bytes pad to 1024
	fxOutputAddr = 0xD000_0000
	fxInputSize  = 784
)

func fxPair(a, b [32]byte) [32]byte { return crypto.Keccak256Hash(a[:], b[:]) }

// fxZeroRoot is the root of 2^log2 zero bytes: Z0 = 32 zero bytes, Z(i+1) = H(Zi ‖ Zi).
func fxZeroRoot(log2 int) [32]byte {
	var z [32]byte
	for i := 5; i < log2; i++ {
		z = fxPair(z, z)
	}
	return z
}

// fxBytesRoot is the Merkle root of data zero-padded to 2^log2 bytes, leaves its 32-byte words.
func fxBytesRoot(data []byte, log2 int) [32]byte {
	padded := make([]byte, 1<<log2)
	copy(padded, data)
	level := make([][32]byte, len(padded)/32)
	for i := range level {
		copy(level[i][:], padded[32*i:])
	}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = fxPair(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

// fxHashUp hashes node at index (among the nodes of its level) up to the root with siblings, lowest first.
func fxHashUp(node [32]byte, index uint64, siblings [][32]byte) [32]byte {
	for _, s := range siblings {
		if index&1 == 0 {
			node = fxPair(node, s)
		} else {
			node = fxPair(s, node)
		}
		index >>= 1
	}
	return node
}

// fxSiblings are the 32 − 10 nodes beside the input region's path: arbitrary but fixed hashes, by name.
func fxSiblings(name string) [][32]byte {
	s := make([][32]byte, 32-fxInputLog2)
	for i := range s {
		s[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("%s sibling %d", name, i)))
	}
	return s
}

// fxInitialState is a VM's initial state (docs/vm.md, "Initial state") with memory root root: heap 0x7F000000,
// thread 1, next thread id 2, pc at an aligned address with nextPC after it, the stack pointer set, everything
// else zero.
func fxInitialState(root [32]byte) []byte {
	data := make([]byte, 312)
	copy(data, root[:])
	binary.BigEndian.PutUint32(data[68:], 0x7F00_0000) // heap
	binary.BigEndian.PutUint32(data[96:], 2)           // nextTID
	binary.BigEndian.PutUint32(data[164:], 1)          // tid
	binary.BigEndian.PutUint32(data[168:], 0x0040_1000)
	binary.BigEndian.PutUint32(data[172:], 0x0040_1004)
	binary.BigEndian.PutUint32(data[184+4*29:], 0x7FFF_EF00) // sp
	return data
}

// fxStateHash is the hash of a running state's encoding (docs/vm.md): keccak256, first byte 3.
func fxStateHash(data []byte) [32]byte {
	h := crypto.Keccak256Hash(data)
	h[0] = 3
	return h
}

// fxSingleInfo is a single-phase model with MNIST's shapes named name (different names, different models):
// 784 one-byte pixels in, outputSize bytes out (4: one int32 digit). The memory root is that of a memory whose
// 1024-byte input region is zero and whose other nodes are fxSiblings(name).
func fxSingleInfo(name string, outputSize uint32) bindings.ModelRegistryModelInfo {
	root := fxHashUp(fxZeroRoot(fxInputLog2), fxInputAddr>>fxInputLog2, fxSiblings(name))
	return bindings.ModelRegistryModelInfo{InputSize: fxInputSize, OutputSize: outputSize, ProgramStateData: fxInitialState(root),
		ExecutorStateData: []byte{}, Inputs: fxIO("image", 5, fxInputSize, 0), Outputs: fxIO("digit", 6, outputSize, 0)}
}

// fxStartState is the start of a request's game on fxSingleInfo(name): the registered state with the input's
// region root in place.
func fxStartState(name string, input []byte) [32]byte {
	data := fxSingleInfo(name, 4).ProgramStateData
	root := fxHashUp(fxBytesRoot(input, fxInputLog2), fxInputAddr>>fxInputLog2, fxSiblings(name))
	copy(data, root[:])
	return fxStateHash(data)
}

// fxDigit is the MNIST graph's output for digit d: one little-endian int32.
func fxDigit(d int32) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(d)) }

// fxEndState is a well-formed final state of a single-phase run (docs/vm.md, "State encoding"): exited (byte
// 78) with exit code `code` (byte 77), fault `fault` (byte 79), its memory all zero but for output at the output
// region, and a step counter (bytes 80..87) taken from name so that different names give different states. It
// returns the encoding and the output region's siblings (the zero sub-trees beside its path).
func fxEndState(name string, output []byte, code, fault byte) ([]byte, [][32]byte) {
	log2 := 5
	for 1<<log2 < len(output) {
		log2++
	}
	sibs := make([][32]byte, 32-log2)
	for i := range sibs {
		sibs[i] = fxZeroRoot(log2 + i)
	}
	data := make([]byte, 312)
	root := fxHashUp(fxBytesRoot(output, log2), fxOutputAddr>>log2, sibs)
	copy(data, root[:])
	data[77], data[78], data[79] = code, 1, fault
	copy(data[80:88], crypto.Keccak256([]byte(name)))
	return data, sibs
}

// fxFinalHash is the state hash of an encoding (docs/vm.md, "State hash"): keccak256 with its first byte the
// status, 0 exited with code 0, 1 exited otherwise, 2 faulted, 3 running.
func fxFinalHash(data []byte) [32]byte {
	h := crypto.Keccak256Hash(data)
	switch {
	case data[79] != 0:
		h[0] = 2
	case data[78] == 0:
		h[0] = 3
	case data[77] != 0:
		h[0] = 1
	default:
		h[0] = 0
	}
	return h
}

// fxClaim is a single-phase claim of output named name: an end state that exited 0 with output in its output
// region, its hash and the output region's siblings.
func fxClaim(name string, output []byte) bindings.OracleEntriesClaimProof {
	data, sibs := fxEndState(name, output, 0, 0)
	return bindings.OracleEntriesClaimProof{Claim: fxFinalHash(data), EndState: data, Siblings: sibs}
}

// fxFailedClaim is a single-phase claim that the run failed: an end state that faulted (or exited with code 1).
func fxFailedClaim(name string, code, fault byte) bindings.OracleEntriesClaimProof {
	data, _ := fxEndState(name, nil, code, fault)
	return bindings.OracleEntriesClaimProof{Claim: fxFinalHash(data), EndState: data, Siblings: [][32]byte{}}
}

// fxImage is a 784-byte input that depends on seed.
func fxImage(seed byte) []byte {
	img := make([]byte, fxInputSize)
	for i := range img {
		img[i] = byte(i)*seed + 3
	}
	return img
}

// fxMultiInfo is a multi-phase model with MNIST's shapes over a made-up graph of 13 tensors (a tree of height
// 4), named name: the registered graph state has the input leaf (3) zero with fxGraphSiblings(name+" input")
// beside it.
func fxMultiInfo(name string) bindings.ModelRegistryModelInfo {
	root := crypto.Keccak256Hash([]byte(name + " executor memory"))
	return bindings.ModelRegistryModelInfo{InputSize: fxInputSize, OutputSize: 4, ProgramStateData: []byte{},
		ExecutorStateData: fxInitialState(root),
		GraphState:        fxHashUp([32]byte{}, fxMultiInput, fxGraphSiblings(name+" input")),
		NodesRoot:         crypto.Keccak256Hash([]byte(name + " nodes")),
		NumNodes:          8, NumTensors: 13, Inputs: fxIO("image", 5, fxInputSize, fxMultiInput), Outputs: fxIO("digit", 6, 4, fxMultiOutput)}
}

// fxIO is a list of one input or output of size bytes (one-dimensional, of the given dtype) with tensor id id.
func fxIO(name string, dtype uint8, size uint32, id uint32) []bindings.ModelRegistryTensorIO {
	n := size
	if dtype == 6 {
		n = size / 4
	}
	return []bindings.ModelRegistryTensorIO{{Name: name, Dtype: dtype, Shape: []uint32{n}, Id: id, Size: size}}
}

const (
	fxMultiInput  = 3
	fxMultiOutput = 12
	fxMultiHeight = 4 // 13 leaves pad to 16
)

// fxGraphSiblings are made-up siblings of one leaf of a graph state (of height fxMultiHeight), by name.
func fxGraphSiblings(name string) [][32]byte {
	s := make([][32]byte, fxMultiHeight)
	for i := range s {
		s[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("%s graph sibling %d", name, i)))
	}
	return s
}

// fxNoOutput is StateLib.NO_OUTPUT, computed here.
var fxNoOutput = crypto.Keccak256Hash([]byte("opml: no output"))

// fxMultiClaim is a multi-phase claim of output (nil: of a failed run, leaf NO_OUTPUT, its siblings followed by
// the output's index 0): a graph state root whose leaf fxMultiOutput is the output's commitment, the other leaves
// made up from name.
func fxMultiClaim(name string, output []byte) bindings.OracleEntriesClaimProof {
	sibs := fxGraphSiblings(name)
	leaf := fxNoOutput
	if output != nil {
		leaf = fxBytesRoot(output, 5)
	}
	c := bindings.OracleEntriesClaimProof{Claim: fxHashUp(leaf, fxMultiOutput, sibs), EndState: []byte{}, Siblings: sibs}
	if output == nil {
		c.Siblings = append(slices.Clone(sibs), [32]byte{})
	}
	return c
}
