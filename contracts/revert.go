package contracts

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// revertDecoders decode the custom errors of every contract of the oracle, each with the prefix its binding
// gives the error's type name. Libraries' errors surface through the contracts that use them.
var revertDecoders = []struct {
	prefix string
	decode func([]byte) (any, error)
	abi    abi.ABI // for the errors' parameter names as the Solidity source spells them
}{
	{"AIOracle", bindings.NewAIOracle().UnpackError, bindings.NewAIOracle().GetABI()},
	{"DisputeGame", bindings.NewDisputeGame().UnpackError, bindings.NewDisputeGame().GetABI()},
	{"MIPS", bindings.NewMIPS().UnpackError, bindings.NewMIPS().GetABI()},
	{"ModelRegistry", bindings.NewModelRegistry().UnpackError, bindings.NewModelRegistry().GetABI()},
	{"DigitConsumer", bindings.NewDigitConsumer().UnpackError, bindings.NewDigitConsumer().GetABI()},
	{"MerkleLib", bindings.NewMerkleLib().UnpackError, bindings.NewMerkleLib().GetABI()},
	{"StateLib", bindings.NewStateLib().UnpackError, bindings.NewStateLib().GetABI()},
}

// weiErrors are the custom errors whose amounts are wei: written in ETH (or wei when tiny), as people read them.
var weiErrors = map[string]bool{"FeeTooLow": true, "BondTooLow": true}

// formatAmount writes wei as ETH, or as wei below a gwei (where ETH would be a row of zeros).
func formatAmount(wei *big.Int) string {
	if wei.CmpAbs(big.NewInt(1_000_000_000)) < 0 {
		return wei.String() + " wei"
	}
	return chain.FormatEther(wei)
}

// RevertReason names the reason encoded in revert data: an Error(string) message, or a custom error of one of
// the oracle's contracts as Name(field=value, ...) with the fields named as in the Solidity source (requestId=7),
// addresses checksummed, byte arrays in hex and amounts in ETH.
func RevertReason(data []byte) string {
	if len(data) < 4 {
		return fmt.Sprintf("no reason given (0x%x)", data)
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	for _, d := range revertDecoders {
		if v, err := d.decode(data); err == nil && v != nil {
			return formatCustomError(d.prefix, d.abi, v)
		}
	}
	return fmt.Sprintf("unknown error %#x", data)
}

// formatCustomError writes a decoded custom error as Name(field=value, ...): the fields named by the ABI's
// inputs, byte arrays in hex, amounts of weiErrors in ETH.
func formatCustomError(prefix string, contract abi.ABI, v any) string {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if rv.Kind() != reflect.Struct {
		return fmt.Sprint(v)
	}
	name := strings.TrimPrefix(rv.Type().Name(), prefix)
	var inputs abi.Arguments
	if e, ok := contract.Errors[name]; ok && len(e.Inputs) == rv.NumField() {
		inputs = e.Inputs
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i := 0; i < rv.NumField(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		f := rv.Field(i)
		field := rv.Type().Field(i).Name
		if inputs != nil && inputs[i].Name != "" {
			field = inputs[i].Name
		}
		fmt.Fprintf(&b, "%s=", field)
		amount, isAmount := f.Interface().(*big.Int)
		addr, isAddr := f.Interface().(common.Address)
		switch {
		case isAddr:
			b.WriteString(addr.Hex())
		case f.Kind() == reflect.Array && f.Type().Elem().Kind() == reflect.Uint8:
			fmt.Fprintf(&b, "%#x", f.Interface())
		case isAmount && amount != nil && weiErrors[name]:
			b.WriteString(formatAmount(amount))
		default:
			fmt.Fprint(&b, f.Interface())
		}
	}
	b.WriteByte(')')
	return b.String()
}
