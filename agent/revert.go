package agent

import "github.com/opml-dev/opml/contracts"

// RevertError is a call or transaction the chain refused, with the contract's reason decoded.
type RevertError = contracts.RevertError
