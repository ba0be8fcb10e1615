// Package keys loads the private key an operator's opml signs with, from where operators keep keys: an encrypted
// keystore directory in go-ethereum's format (what `geth account new`, `cast wallet new` and `opml account new`
// write) unlocked with a password file, or an environment variable — never a command-line argument, which any
// user of the machine can read with ps. A hex key given directly is still accepted, for development keys.
package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EnvKey is the environment variable holding a hex private key, read when no other source is given.
const EnvKey = "OPML_KEY"

// Sentinel errors; every error of the package wraps one.
var (
	ErrNoKey       = errors.New("no key given")
	ErrBadKey      = errors.New("not a private key")
	ErrNoAccount   = errors.New("no such account in the keystore")
	ErrAmbiguous   = errors.New("the keystore holds several accounts")
	ErrBadPassword = errors.New("wrong password")
)

// Source says where a key comes from: Hex, or Keystore (with Account when it holds several keys, and
// PasswordFile), or else the environment variable Env (EnvKey if empty).
type Source struct {
	Hex          string
	Keystore     string // a keystore directory, or one key file
	Account      string // the address of the key to use in Keystore
	PasswordFile string // its first line is the password
	Env          string
}

// Given reports whether any source was named: a flag, or the environment variable being set.
func (s Source) Given() bool {
	return s.Hex != "" || s.Keystore != "" || os.Getenv(s.env()) != ""
}

func (s Source) env() string {
	if s.Env != "" {
		return s.Env
	}
	return EnvKey
}

// Check reports every inconsistency of s that Load would meet, without reading files, for validating flags.
func (s Source) Check() []error {
	var errs []error
	if s.Hex != "" && s.Keystore != "" {
		errs = append(errs, errors.New("give a key or a keystore, not both"))
	}
	if s.Keystore == "" && (s.Account != "" || s.PasswordFile != "") {
		errs = append(errs, errors.New("an account or password file needs a keystore"))
	}
	if s.Keystore != "" && s.PasswordFile == "" {
		errs = append(errs, errors.New("a keystore needs a password file"))
	}
	if s.Account != "" && !common.IsHexAddress(s.Account) {
		errs = append(errs, fmt.Errorf("account %q is not an address", s.Account))
	}
	if s.Hex != "" {
		if _, err := FromHex(s.Hex); err != nil {
			errs = append(errs, fmt.Errorf("key: %w (want 64 hex digits)", ErrBadKey))
		}
	}
	return errs
}

// Load returns the key s names.
func (s Source) Load() (*ecdsa.PrivateKey, error) {
	if errs := s.Check(); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	switch {
	case s.Hex != "":
		return FromHex(s.Hex)
	case s.Keystore != "":
		return FromKeystore(s.Keystore, s.Account, s.PasswordFile)
	}
	if v := os.Getenv(s.env()); v != "" {
		k, err := FromHex(strings.TrimSpace(v))
		if err != nil {
			return nil, fmt.Errorf("$%s: %w", s.env(), err)
		}
		return k, nil
	}
	return nil, ErrNoKey
}

// FromHex reads a private key written in hex, with or without 0x.
func FromHex(h string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(h), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadKey, err)
	}
	return k, nil
}

// ReadPassword returns the first line of a password file (geth's convention), without its line ending.
func ReadPassword(file string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimRight(line, "\r"), nil
}

// Account is one key file of a keystore.
type Account struct {
	Address common.Address
	File    string
}

// List returns the accounts of a keystore directory (or the one of a key file), sorted by address. Files that
// are not key files (a README, an editor's backup) are skipped, as go-ethereum does.
func List(path string) ([]Account, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	files := []string{path}
	if fi.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("keystore: %w", err)
		}
		files = files[:0]
		for _, e := range entries {
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && !strings.HasSuffix(e.Name(), "~") {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
	}
	var out []Account
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("keystore: %w", err)
		}
		var head struct {
			Address string `json:"address"`
		}
		if json.Unmarshal(data, &head) != nil || !common.IsHexAddress(head.Address) {
			if !fi.IsDir() {
				return nil, fmt.Errorf("keystore: %s is not a key file", f)
			}
			continue
		}
		out = append(out, Account{Address: common.HexToAddress(head.Address), File: f})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address.Cmp(out[j].Address) < 0 })
	return out, nil
}

// FromKeystore decrypts the key of account (may be empty when the keystore holds one key) with the password in
// passwordFile.
func FromKeystore(path, account, passwordFile string) (*ecdsa.PrivateKey, error) {
	accts, err := List(path)
	if err != nil {
		return nil, err
	}
	var pick *Account
	switch {
	case account != "":
		want := common.HexToAddress(account)
		for i := range accts {
			if accts[i].Address == want {
				pick = &accts[i]
			}
		}
		if pick == nil {
			return nil, fmt.Errorf("%w: %s in %s", ErrNoAccount, want, path)
		}
	case len(accts) == 0:
		return nil, fmt.Errorf("%w: %s holds no key files", ErrNoAccount, path)
	case len(accts) > 1:
		return nil, fmt.Errorf("%w (%d): choose one with its address", ErrAmbiguous, len(accts))
	default:
		pick = &accts[0]
	}
	password, err := ReadPassword(passwordFile)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(pick.File)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	k, err := keystore.DecryptKey(data, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%w for %s (%s)", ErrBadPassword, pick.Address, passwordFile)
	}
	if err != nil {
		return nil, fmt.Errorf("keystore: %s: %w", pick.File, err)
	}
	return k.PrivateKey, nil
}

// Store encrypts key with password into a new key file in dir (created if missing) under go-ethereum's file
// name, and returns the file. light uses go-ethereum's light scrypt parameters (4 MiB, fast; for tests and
// development keys) instead of the standard ones (256 MiB, about a second).
func Store(dir string, key *ecdsa.PrivateKey, password string, light bool) (string, error) {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	accts, err := List(dir)
	if err == nil {
		for _, a := range accts {
			if a.Address == addr {
				return "", fmt.Errorf("keystore: %s already holds %s (%s)", dir, addr, a.File)
			}
		}
	}
	ks := keystore.NewKeyStore(dir, n, p)
	a, err := ks.ImportECDSA(key, password)
	if err != nil {
		return "", fmt.Errorf("keystore: %w", err)
	}
	return a.URL.Path, nil
}

// Hex writes a key as 0x-prefixed hex.
func Hex(key *ecdsa.PrivateKey) string { return "0x" + hex.EncodeToString(crypto.FromECDSA(key)) }
