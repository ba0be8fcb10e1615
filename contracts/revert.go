package contracts

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/opml-dev/opml/contracts/bindings"
)

// revertDecoders decode the custom errors of every contract of the oracle, each with the prefix its binding
// gives the error's type name. Libraries' errors surface through the contracts that use them.
var revertDecoders = []struct {
	prefix string
	decode func([]byte) (any, error)
}{
	{"AIOracle", bindings.NewAIOracle().UnpackError},
	{"DisputeGame", bindings.NewDisputeGame().UnpackError},
	{"MIPS", bindings.NewMIPS().UnpackError},
	{"ModelRegistry", bindings.NewModelRegistry().UnpackError},
	{"DigitConsumer", bindings.NewDigitConsumer().UnpackError},
	{"MerkleLib", bindings.NewMerkleLib().UnpackError},
	{"StateLib", bindings.NewStateLib().UnpackError},
}

// RevertReason names the reason encoded in revert data: an Error(string) message, or a custom error of one of
// the oracle's contracts as Name(field=value, ...) with byte arrays in hex.
func RevertReason(data []byte) string {
	if len(data) < 4 {
		return fmt.Sprintf("no reason given (0x%x)", data)
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	for _, d := range revertDecoders {
		if v, err := d.decode(data); err == nil && v != nil {
			return formatCustomError(d.prefix, v)
		}
	}
	return fmt.Sprintf("unknown error %#x", data)
}

// formatCustomError writes a decoded custom error as Name(field=value, ...), byte arrays in hex.
func formatCustomError(prefix string, v any) string {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if rv.Kind() != reflect.Struct {
		return fmt.Sprint(v)
	}
	var b strings.Builder
	b.WriteString(strings.TrimPrefix(rv.Type().Name(), prefix))
	b.WriteByte('(')
	for i := 0; i < rv.NumField(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		f := rv.Field(i)
		fmt.Fprintf(&b, "%s=", rv.Type().Field(i).Name)
		if f.Kind() == reflect.Array && f.Type().Elem().Kind() == reflect.Uint8 {
			fmt.Fprintf(&b, "%#x", f.Interface())
		} else {
			fmt.Fprint(&b, f.Interface())
		}
	}
	b.WriteByte(')')
	return b.String()
}
