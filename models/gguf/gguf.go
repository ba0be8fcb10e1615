// Package gguf reads and writes GGUF, the model file format of llama.cpp
// and ggml (version 3; versions 2 and 3 are read).
//
// A GGUF file is, all integers little-endian:
//
//	magic        "GGUF"
//	version      uint32 (3)
//	tensor count uint64
//	kv count     uint64
//	metadata     kv count × (key string, value type uint32, value)
//	tensor infos tensor count × (name string, n_dims uint32,
//	             dims n_dims × uint64 (innermost first), type uint32,
//	             offset uint64 from the data section)
//	padding      zeros to the alignment
//	data         the tensors, each at an offset that is a multiple of the
//	             alignment (general.alignment, default 32)
//
// A string is a uint64 byte length and the bytes (UTF-8). A value is one of
// the scalar types below, a string, or an array: element type uint32,
// count uint64, elements (arrays may nest). Tensor dims count elements with
// the first dim contiguous: a weight matrix of R rows of C elements has dims
// [C, R]; its row bytes are C/BlockSize(type)·TypeSize(type).
//
// Parse checks the whole header against the file's size before anything
// is used: every length, count, dimension and tensor range. A malformed or
// truncated file is an error wrapping ErrFormat, never a panic.
package gguf

import (
	"errors"
	"fmt"
)

// Magic opens every GGUF file; Version is the version Writer writes.
const (
	Magic   = "GGUF"
	Version = 3
	// DefaultAlignment is the data alignment when general.alignment is
	// absent.
	DefaultAlignment = 32
	// MaxDims is ggml's GGML_MAX_DIMS.
	MaxDims = 4
)

// ErrFormat is wrapped by every error about a malformed, truncated or
// unsupported file.
var ErrFormat = errors.New("gguf: malformed file")

// Type is a ggml tensor element type.
type Type uint32

// The ggml types (ggml.h's enum ggml_type); the gaps are types ggml
// removed.
const (
	F32     Type = 0
	F16     Type = 1
	Q4_0    Type = 2
	Q4_1    Type = 3
	Q5_0    Type = 6
	Q5_1    Type = 7
	Q8_0    Type = 8
	Q8_1    Type = 9
	Q2_K    Type = 10
	Q3_K    Type = 11
	Q4_K    Type = 12
	Q5_K    Type = 13
	Q6_K    Type = 14
	Q8_K    Type = 15
	IQ2_XXS Type = 16
	IQ2_XS  Type = 17
	IQ3_XXS Type = 18
	IQ1_S   Type = 19
	IQ4_NL  Type = 20
	IQ3_S   Type = 21
	IQ2_S   Type = 22
	IQ4_XS  Type = 23
	I8      Type = 24
	I16     Type = 25
	I32     Type = 26
	I64     Type = 27
	F64     Type = 28
	IQ1_M   Type = 29
	BF16    Type = 30
	TQ1_0   Type = 34
	TQ2_0   Type = 35
	MXFP4   Type = 39
)

// typeInfo is a type's name, elements per block and bytes per block.
type typeInfo struct {
	name        string
	block, size int
}

// types is the one table of every known type (ggml.c's type_traits).
var types = map[Type]typeInfo{
	F32: {"F32", 1, 4}, F16: {"F16", 1, 2}, BF16: {"BF16", 1, 2}, F64: {"F64", 1, 8},
	I8: {"I8", 1, 1}, I16: {"I16", 1, 2}, I32: {"I32", 1, 4}, I64: {"I64", 1, 8},
	Q4_0: {"Q4_0", 32, 18}, Q4_1: {"Q4_1", 32, 20}, Q5_0: {"Q5_0", 32, 22}, Q5_1: {"Q5_1", 32, 24},
	Q8_0: {"Q8_0", 32, 34}, Q8_1: {"Q8_1", 32, 36},
	Q2_K: {"Q2_K", 256, 84}, Q3_K: {"Q3_K", 256, 110}, Q4_K: {"Q4_K", 256, 144}, Q5_K: {"Q5_K", 256, 176},
	Q6_K: {"Q6_K", 256, 210}, Q8_K: {"Q8_K", 256, 292},
	IQ2_XXS: {"IQ2_XXS", 256, 66}, IQ2_XS: {"IQ2_XS", 256, 74}, IQ3_XXS: {"IQ3_XXS", 256, 98},
	IQ1_S: {"IQ1_S", 256, 50}, IQ4_NL: {"IQ4_NL", 32, 18}, IQ3_S: {"IQ3_S", 256, 110},
	IQ2_S: {"IQ2_S", 256, 82}, IQ4_XS: {"IQ4_XS", 256, 136}, IQ1_M: {"IQ1_M", 256, 56},
	TQ1_0: {"TQ1_0", 256, 54}, TQ2_0: {"TQ2_0", 256, 66}, MXFP4: {"MXFP4", 32, 17},
}

func (t Type) String() string {
	if ti, ok := types[t]; ok {
		return ti.name
	}
	return fmt.Sprintf("type(%d)", uint32(t))
}

// Known reports whether t is a ggml type this package knows the size of.
func (t Type) Known() bool { _, ok := types[t]; return ok }

// BlockSize is the number of elements in one block of t (1 for plain
// types).
func (t Type) BlockSize() int { return types[t].block }

// TypeSize is the number of bytes in one block of t.
func (t Type) TypeSize() int { return types[t].size }

// RowSize returns the bytes of a row of n elements of t, or an error if n is
// not a whole number of blocks.
func (t Type) RowSize(n int) (int, error) {
	ti, ok := types[t]
	if !ok {
		return 0, fmt.Errorf("%w: unknown tensor type %d", ErrFormat, uint32(t))
	}
	if n%ti.block != 0 {
		return 0, fmt.Errorf("%w: a row of %d %s elements is not a whole number of %d-element blocks", ErrFormat, n, ti.name, ti.block)
	}
	return n / ti.block * ti.size, nil
}

// ParseType returns the type named s (as printed by String, any case).
func ParseType(s string) (Type, error) {
	for t, ti := range types {
		if equalFold(ti.name, s) {
			return t, nil
		}
	}
	return 0, fmt.Errorf("gguf: unknown tensor type %q", s)
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'a' <= x && x <= 'z' {
			x -= 'a' - 'A'
		}
		if 'a' <= y && y <= 'z' {
			y -= 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// TensorInfo describes one tensor of a file.
type TensorInfo struct {
	Name string
	Type Type
	// Dims counts elements per dimension, innermost (contiguous) first.
	Dims []uint64
	// Offset is the tensor's byte offset from the start of the data
	// section.
	Offset uint64
}

// Elements returns the number of elements.
func (ti *TensorInfo) Elements() uint64 {
	n := uint64(1)
	for _, d := range ti.Dims {
		n *= d
	}
	return n
}

// Size returns the tensor's byte size (its dims are validated by Parse).
func (ti *TensorInfo) Size() uint64 {
	t := types[ti.Type]
	if t.block == 0 {
		return 0
	}
	return ti.Elements() / uint64(t.block) * uint64(t.size)
}

// Tensor is a tensor of a parsed file with its bytes.
type Tensor struct {
	TensorInfo
	// Data is the tensor's bytes (a view into the file's memory).
	Data []byte
}
