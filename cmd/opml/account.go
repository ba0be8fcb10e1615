package main

import (
	"bufio"
	"crypto/ecdsa"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/internal/keys"
)

// Operators keep their keys in an encrypted keystore (go-ethereum's format, which geth and Foundry's cast also
// read and write) and point commands at it with --keystore DIR --password-file FILE.

func init() {
	register("account new", "create a key in an encrypted keystore and print its address", accountNew)
	register("account import", "encrypt an existing private key (from $OPML_KEY or stdin) into a keystore", accountImport)
	register("account list", "list the addresses in a keystore", accountList)
}

// storeFlags are the flags of the commands that write a keystore.
type storeFlags struct{ dir, passwordFile *string }

func addStoreFlags(fs *flag.FlagSet) *storeFlags {
	return &storeFlags{
		dir:          fs.String("keystore", "", "the keystore `DIR` (created if missing)"),
		passwordFile: fs.String("password-file", "", "encrypt with the first line of `FILE` as the password"),
	}
}

// store checks the flags, then encrypts key into the keystore and prints its address and file.
func (s *storeFlags) store(fs *flag.FlagSet, chk *checker, light bool, key func() (*ecdsa.PrivateKey, error)) error {
	chk.noArgs(fs)
	chk.require(fs, "keystore", "password-file")
	var password string
	if *s.passwordFile != "" {
		var err error
		if password, err = keys.ReadPassword(*s.passwordFile); err != nil {
			chk.addf("--password-file: %v", fileProblem(*s.passwordFile, errorsUnwrapAll(err)))
		} else if password == "" {
			chk.addf("--password-file %s: the first line is empty (a keystore needs a password)", *s.passwordFile)
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	k, err := key()
	if err != nil {
		return err
	}
	file, err := keys.Store(*s.dir, k, password, light)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "address %s\nkey file %s\n", crypto.PubkeyToAddress(k.PublicKey), file)
	return nil
}

// errorsUnwrapAll returns the innermost error of a chain of single wraps.
func errorsUnwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok || u.Unwrap() == nil {
			return err
		}
		err = u.Unwrap()
	}
}

func accountNew(args []string) error {
	fs := newFlags("account new", "account new --keystore DIR --password-file FILE [--light-kdf]")
	s := addStoreFlags(fs)
	light := fs.Bool("light-kdf", false, "weaker but fast key derivation (4 MiB scrypt instead of 256 MiB): for test and development keys only")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	return s.store(fs, chk, *light, crypto.GenerateKey)
}

func accountImport(args []string) error {
	fs := newFlags("account import", "account import --keystore DIR --password-file FILE [--light-kdf] < KEYFILE   (or with $OPML_KEY set)")
	describe(fs, "The private key (hex) is read from $"+keys.EnvKey+" if set, else from the first line of stdin: never from the command line,\nwhich other users of the machine can read.")
	s := addStoreFlags(fs)
	light := fs.Bool("light-kdf", false, "weaker but fast key derivation: for test and development keys only")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	return s.store(fs, chk, *light, func() (*ecdsa.PrivateKey, error) {
		src := "$" + keys.EnvKey
		h := os.Getenv(keys.EnvKey)
		if h == "" {
			src = "stdin"
			line, err := bufio.NewReader(os.Stdin).ReadString('\n')
			if err != nil && line == "" {
				return nil, &exitError{code: 2, msg: "no key: set $" + keys.EnvKey + " or write the hex key on stdin"}
			}
			h = strings.TrimSpace(line)
		}
		k, err := keys.FromHex(h)
		if err != nil {
			return nil, &exitError{code: 2, msg: fmt.Sprintf("the key from %s is not a private key (want 64 hex digits)", src)}
		}
		return k, nil
	})
}

func accountList(args []string) error {
	fs := newFlags("account list", "account list --keystore DIR")
	dir := fs.String("keystore", "", "the keystore `DIR`")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "keystore")
	if err := chk.err(); err != nil {
		return err
	}
	accts, err := keys.List(*dir)
	if err != nil {
		return err
	}
	for _, a := range accts {
		fmt.Fprintf(stdout, "%s %s\n", a.Address, a.File)
	}
	return nil
}
