package agent

import "github.com/opml-dev/opml/contracts"

// RevertError is a call or transaction the chain refused, with the contract's reason decoded.
type RevertError = contracts.RevertError

// describe turns an error carrying revert data into a *RevertError naming the reason; other errors pass
// through.
func describe(err error) error { return contracts.Describe(err) }
