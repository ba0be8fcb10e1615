package contracts

import (
	"errors"
	"strings"

	"github.com/opml-dev/opml/chain"
)

// Every chain error that carries revert data names the contracts' custom errors (chain.RevertError), in every
// program that uses the contracts.
func init() { chain.SetRevertDecoder(RevertReason) }

// RevertError is a call or transaction the contracts rejected, with the decoded reason (RevertReason).
type RevertError = chain.RevertError

// IsRevert reports whether err is a revert with the custom error name (its name without the contract's prefix,
// e.g. "StartAlreadySet").
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && strings.HasPrefix(re.Reason, name+"(")
}
