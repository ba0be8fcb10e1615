package chain

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// ErrNoCode is wrapped by the error of a call to an address that holds no contract.
var ErrNoCode = errors.New("no contract at this address")

// ErrBadURL is wrapped by Dial's error for an endpoint it cannot use (not http, https, ws, wss or an IPC path).
var ErrBadURL = errors.New("not a JSON-RPC endpoint URL")

// RevertError is a call or transaction the chain refused, with the contract's reason decoded (by the decoder
// SetRevertDecoder installed: the oracle's custom errors once contracts' decoder is installed; Error(string) and
// Panic(uint256) always). It wraps the node's error, so RevertData still finds the raw data.
type RevertError struct {
	Reason string
	Data   []byte
	err    error
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }
func (e *RevertError) Unwrap() error { return e.err }

var (
	decoderMu     sync.RWMutex
	revertDecoder func([]byte) string
)

// SetRevertDecoder installs the function that names the reason in revert data (contracts.RevertReason decodes the
// custom errors of every opml contract). Package chain cannot know the contracts' errors itself: they live above
// it.
func SetRevertDecoder(decode func(data []byte) string) {
	decoderMu.Lock()
	defer decoderMu.Unlock()
	revertDecoder = decode
}

// RevertReason names the reason in revert data with the installed decoder, or as Error(string)/Panic(uint256).
func RevertReason(data []byte) string {
	decoderMu.RLock()
	decode := revertDecoder
	decoderMu.RUnlock()
	if decode != nil {
		return decode(data)
	}
	if len(data) < 4 {
		return fmt.Sprintf("no reason given (0x%x)", data)
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	return fmt.Sprintf("unknown error %#x", data)
}

// decodeRevert turns an error carrying revert data into a *RevertError; other errors pass through.
func decodeRevert(err error) error {
	var re *RevertError
	if err == nil || errors.As(err, &re) {
		return err
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	return &RevertError{Reason: RevertReason(data), Data: data, err: err}
}

// checkURL refuses endpoints ethclient cannot dial, before dialing.
func checkURL(raw string) error {
	if raw == "" {
		return fmt.Errorf("chain: dial: %w: empty", ErrBadURL)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("chain: dial %q: %w: %v", raw, ErrBadURL, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ws", "wss":
		if u.Host == "" {
			return fmt.Errorf("chain: dial %q: %w: no host", raw, ErrBadURL)
		}
	case "":
		// An IPC socket path (geth.ipc).
	default:
		return fmt.Errorf("chain: dial %q: %w: scheme %q (want http, https, ws or wss)", raw, ErrBadURL, u.Scheme)
	}
	return nil
}
