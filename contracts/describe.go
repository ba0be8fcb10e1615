package contracts

import (
	"errors"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
)

func crypto256(b []byte) []byte { return crypto.Keccak256(b) }

// RevertError is a call or transaction the contracts rejected, with the decoded reason (RevertReason).
type RevertError struct {
	Reason string
	Err    error
}

func (e *RevertError) Error() string { return "reverted: " + e.Reason }
func (e *RevertError) Unwrap() error { return e.Err }

// Is reports whether the revert is the custom error name (its name without the contract prefix, e.g.
// "StartAlreadySet").
func (e *RevertError) Named(name string) bool {
	return len(e.Reason) > len(name) && e.Reason[:len(name)] == name && e.Reason[len(name)] == '('
}

// Describe turns an error carrying revert data into a *RevertError with the reason decoded; other errors are
// returned as they are.
func Describe(err error) error {
	if err == nil {
		return nil
	}
	var re *RevertError
	if errors.As(err, &re) {
		return err
	}
	if data, ok := chain.RevertData(err); ok {
		return &RevertError{Reason: RevertReason(data), Err: err}
	}
	return err
}

// IsRevert reports whether err is a revert with the custom error name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(Describe(err), &re) && re.Named(name)
}
