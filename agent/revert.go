package agent

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// revertDecoders decode the custom errors of every contract an agent's transaction may reach, each with the
// prefix its binding gives the error's type name.
var revertDecoders = []struct {
	prefix string
	decode func([]byte) (any, error)
}{
	{"AIOracle", bindings.NewAIOracle().UnpackError},
	{"DisputeGame", bindings.NewDisputeGame().UnpackError},
	{"MIPS", bindings.NewMIPS().UnpackError},
	{"ModelRegistry", bindings.NewModelRegistry().UnpackError},
}

// RevertError is a call or transaction the chain refused, with the contract's reason decoded.
type RevertError struct {
	Reason string // a custom error as Name(field=value, ...), or an Error(string) message
	err    error
}

func (e *RevertError) Error() string { return "reverted: " + e.Reason }
func (e *RevertError) Unwrap() error { return e.err }

// describe turns an error carrying revert data into a *RevertError naming the reason; other errors pass
// through.
func describe(err error) error {
	data, ok := chain.RevertData(err)
	if !ok {
		return err
	}
	return &RevertError{Reason: revertReason(data), err: err}
}

// revertReason names the custom error or Error(string) reason encoded in data.
func revertReason(data []byte) string {
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
