package agent

import (
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
)

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
	return &RevertError{Reason: contracts.RevertReason(data), err: err}
}
