package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/internal/keccak"
)

// PreimageStore is an Oracle over data held in memory: keccak256 preimages and local data by key.
type PreimageStore struct {
	data map[[32]byte][]byte
}

// NewPreimageStore returns an empty store.
func NewPreimageStore() *PreimageStore { return &PreimageStore{data: make(map[[32]byte][]byte)} }

// Keccak256Key returns the oracle key of a keccak256 preimage: the hash with its first byte set to 2.
func Keccak256Key(data []byte) [32]byte {
	k := keccak.Sum256(data)
	k[0] = KeyTypeKeccak256
	return k
}

// LocalKey returns the local key with the given identifier (bound to a dispute on chain).
func LocalKey(ident uint64) (k [32]byte) {
	k[0] = KeyTypeLocal
	binary.BigEndian.PutUint64(k[24:], ident)
	return k
}

// AddKeccak256 stores data under its keccak256 key and returns the key.
func (p *PreimageStore) AddKeccak256(data []byte) [32]byte {
	k := Keccak256Key(data)
	p.data[k] = data
	return k
}

// AddLocal stores data under a local key.
func (p *PreimageStore) AddLocal(key [32]byte, data []byte) error {
	if key[0] != KeyTypeLocal {
		return fmt.Errorf("key %x is not a local key", key)
	}
	p.data[key] = data
	return nil
}

// ReadPreimage returns the 32 bytes of the stream uint64(len) ‖ data from offset and how many exist.
func (p *PreimageStore) ReadPreimage(key [32]byte, offset uint32) (dat [32]byte, n uint32, err error) {
	data, ok := p.data[key]
	if !ok {
		return dat, 0, fmt.Errorf("preimage oracle has no data for key %x", key)
	}
	return StreamChunk(data, offset)
}

// StreamChunk returns the 32 bytes of the stream uint64(len) ‖ data starting at offset, and how many exist.
func StreamChunk(data []byte, offset uint32) (dat [32]byte, n uint32, err error) {
	total := uint64(len(data)) + 8
	if uint64(offset) >= total {
		return dat, 0, nil
	}
	var prefix [8]byte
	binary.BigEndian.PutUint64(prefix[:], uint64(len(data)))
	for i := uint64(0); i < 32 && uint64(offset)+i < total; i++ {
		pos := uint64(offset) + i
		if pos < 8 {
			dat[i] = prefix[pos]
		} else {
			dat[i] = data[pos-8]
		}
		n++
	}
	return dat, n, nil
}
