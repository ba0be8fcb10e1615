package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
)

// TestRevertReasonWords: custom errors read as the Solidity source declares them (requestId, not RequestId), with
// amounts in ETH (tiny ones in wei) and addresses and hashes in hex.
func TestRevertReasonWords(t *testing.T) {
	oracle := bindings.NewAIOracle().GetABI()
	pack := func(name string, args ...any) []byte {
		e := oracle.Errors[name]
		data, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(append([]byte{}, e.ID[:4]...), data...)
	}
	gwei := big.NewInt(1_000_000_000)
	winner := common.HexToAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")
	for _, tt := range []struct {
		data []byte
		want string
	}{
		{pack("FeeTooLow", big.NewInt(1), new(big.Int).Mul(big.NewInt(1_200_000), gwei)), "FeeTooLow(sent=1 wei, minimum=0.0012 ETH)"},
		{pack("BondTooLow", new(big.Int).Mul(big.NewInt(50_000_000), gwei), new(big.Int).Mul(big.NewInt(100_000_000), gwei)), "BondTooLow(sent=0.05 ETH, minimum=0.1 ETH)"},
		{pack("UnknownRequest", big.NewInt(999)), "UnknownRequest(requestId=999)"},
		{pack("NotAParty", big.NewInt(3), winner), "NotAParty(gameId=3, winner=" + winner.Hex() + ")"},
	} {
		if got := contracts.RevertReason(tt.data); got != tt.want {
			t.Errorf("RevertReason = %q, want %q", got, tt.want)
		}
	}
}
