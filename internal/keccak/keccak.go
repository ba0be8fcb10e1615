// Package keccak implements Ethereum's Keccak-256 (the original Keccak padding, not SHA3-256), tuned for the
// shapes opml hashes most: pairs of 32-byte Merkle nodes and short state encodings.
package keccak

import (
	"encoding/binary"
	"hash"
)

var roundConstants = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

// rate is the sponge rate of Keccak-256 in bytes.
const rate = 136

// HashPair returns keccak256(left ‖ right): one permutation, no allocation.
func HashPair(left, right *[32]byte) (out [32]byte) {
	var a [25]uint64
	for i := 0; i < 4; i++ {
		a[i] = binary.LittleEndian.Uint64(left[8*i:])
		a[4+i] = binary.LittleEndian.Uint64(right[8*i:])
	}
	a[8] = 0x01              // padding start right after the 64 bytes
	a[rate/8-1] = 0x80 << 56 // padding end at the last byte of the rate
	permute(&a)
	for i := 0; i < 4; i++ {
		binary.LittleEndian.PutUint64(out[8*i:], a[i])
	}
	return out
}

// Sum256 returns keccak256(data).
func Sum256(data []byte) (out [32]byte) {
	var d Digest
	d.Write(data)
	d.sumInto(&out)
	return out
}

// Digest is a streaming Keccak-256 hasher. The zero value is ready to use.
type Digest struct {
	a   [25]uint64
	buf [rate]byte
	n   int
}

var _ hash.Hash = (*Digest)(nil)

// New returns a new Keccak-256 hasher.
func New() *Digest { return new(Digest) }

func (d *Digest) absorbBlock(block []byte) {
	for i := 0; i < rate/8; i++ {
		d.a[i] ^= binary.LittleEndian.Uint64(block[8*i:])
	}
	permute(&d.a)
}

// Write absorbs p. It never fails.
func (d *Digest) Write(p []byte) (int, error) {
	n := len(p)
	if d.n > 0 {
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
		if d.n < rate {
			return n, nil
		}
		d.absorbBlock(d.buf[:])
		d.n = 0
	}
	for len(p) >= rate {
		d.absorbBlock(p[:rate])
		p = p[rate:]
	}
	d.n = copy(d.buf[:], p)
	return n, nil
}

func (d *Digest) sumInto(out *[32]byte) {
	a := d.a
	var block [rate]byte
	copy(block[:], d.buf[:d.n])
	block[d.n] ^= 0x01
	block[rate-1] ^= 0x80
	for i := 0; i < rate/8; i++ {
		a[i] ^= binary.LittleEndian.Uint64(block[8*i:])
	}
	permute(&a)
	for i := 0; i < 4; i++ {
		binary.LittleEndian.PutUint64(out[8*i:], a[i])
	}
}

// Sum appends the hash of what was written to b; the state is not changed.
func (d *Digest) Sum(b []byte) []byte {
	var out [32]byte
	d.sumInto(&out)
	return append(b, out[:]...)
}

// Sum32 returns the hash of what was written; the state is not changed.
func (d *Digest) Sum32() (out [32]byte) {
	d.sumInto(&out)
	return out
}

// Reset clears the hasher.
func (d *Digest) Reset() { *d = Digest{} }

// Size is 32.
func (d *Digest) Size() int { return 32 }

// BlockSize is the sponge rate, 136.
func (d *Digest) BlockSize() int { return rate }
