package game

import (
	"fmt"

	"github.com/opml-dev/opml/vm"
)

// GameOracle answers the preimage reads of the VM runs the oracle's games are over (docs/game.md, "Preimages"):
// every local key (type 1) reads as the empty stream, which DisputeGame.loadLocalData loads on chain for any
// game, and keccak256 keys are answered from Preimages (nil: none known). The Go VM and MIPS.sol then agree on
// every step, and every step can be proven.
type GameOracle struct {
	Preimages *vm.PreimageStore
}

// ReadPreimage implements vm.Oracle.
func (o GameOracle) ReadPreimage(key [32]byte, offset uint32) ([32]byte, uint32, error) {
	if key[0] == vm.KeyTypeLocal {
		return vm.StreamChunk(nil, offset)
	}
	if o.Preimages == nil {
		return [32]byte{}, 0, fmt.Errorf("game: the run reads preimage %#x, which no party can prove", key)
	}
	return o.Preimages.ReadPreimage(key, offset)
}
