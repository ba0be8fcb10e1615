package main

import (
	"crypto/ecdsa"
	"flag"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// requireFlags refuses an empty value for any of the named flags of fs.
func requireFlags(fs *flag.FlagSet, names ...string) error {
	for _, n := range names {
		if f := fs.Lookup(n); f == nil || f.Value.String() == "" {
			return &exitError{code: 2, msg: "--" + n + " is required"}
		}
	}
	return nil
}

// parseKey reads a private key given in hex (with or without 0x) for flag --name.
func parseKey(name, hexKey string) (*ecdsa.PrivateKey, error) {
	key, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	if err != nil {
		return nil, &exitError{code: 2, msg: fmt.Sprintf("--%s: %v", name, err)}
	}
	return key, nil
}

// parseAddress reads an address for flag --name.
func parseAddress(name, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, &exitError{code: 2, msg: fmt.Sprintf("--%s %q is not an address", name, s)}
	}
	return common.HexToAddress(s), nil
}
