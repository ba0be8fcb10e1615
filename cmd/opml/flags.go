package main

import (
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"github.com/opml-dev/opml/models/llama"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/internal/keys"
	"github.com/opml-dev/opml/internal/logging"
)

// The flag machinery of every command: newFlags makes a command's flag set (with the common flags), parse reads
// the command line (flags before or after arguments, then the --config file), and a checker collects every
// problem with the values so the command reports them all at once before doing anything.

// flagInfo is what the help needs beyond the flag set.
type flagInfo struct {
	usage string // the usage line after "opml "
	about string // an optional paragraph under it
	// passthrough: arguments after the first positional one belong to it (vm run PROGRAM ARGS...), not to us.
	passthrough bool
}

var (
	flagMeta = map[*flag.FlagSet]*flagInfo{}
	// lastFlags is the flag set the running command made last: the one whose help --help prints.
	lastFlags *flag.FlagSet
	// flagsFailed marks flag sets whose own Parse failed (commands that call fs.Parse directly).
	flagsFailed = map[*flag.FlagSet]bool{}
)

// commonFlagNames are the flags every command has.
var commonFlagNames = map[string]bool{"config": true, "log-level": true, "log-format": true}

// newFlags returns a command's flag set; usageLine is its usage after "opml ". Parse it with parse.
func newFlags(name, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the CLI prints errors and help itself (finish)
	fs.Usage = func() { flagsFailed[fs] = true }
	fs.String("config", "", "read flag values from a TOML `FILE` (flags given on the command line win)")
	fs.String("log-level", "info", "log records at this level and above: debug, info, warn, error")
	fs.String("log-format", "text", "logs as text (key=value) or json (one object a line), on stderr")
	flagMeta[fs] = &flagInfo{usage: usageLine}
	lastFlags = fs
	return fs
}

// passthrough marks fs as a command whose arguments after the first positional one are passed on verbatim.
func passthrough(fs *flag.FlagSet) { flagMeta[fs].passthrough = true }

// describe adds a paragraph under a command's usage line in its help.
func describe(fs *flag.FlagSet, about string) { flagMeta[fs].about = about }

// usageError is bad usage: one line per problem, exit status 2.
type usageError struct{ problems []string }

func (e *usageError) Error() string { return strings.Join(e.problems, "; ") }

// checker collects the problems found in a command's flags and arguments.
type checker struct {
	problems []string
	// bad are the flags whose value could not be read: later checks of them (against the value left behind) would
	// only repeat the problem.
	bad map[string]bool
}

func (c *checker) addf(format string, args ...any) {
	p := fmt.Sprintf(format, args...)
	if name, ok := strings.CutPrefix(p, "--"); ok {
		name = name[:strings.IndexFunc(name+" ", func(r rune) bool { return r == ' ' || r == ':' })]
		if c.bad[name] {
			return
		}
	}
	c.problems = append(c.problems, p)
}

// badFlag notes a problem with flag --name's value and ignores later ones.
func (c *checker) badFlag(name, format string, args ...any) {
	c.addf(format, args...)
	if c.bad == nil {
		c.bad = map[string]bool{}
	}
	c.bad[name] = true
}

// check adds a problem unless ok.
func (c *checker) check(ok bool, format string, args ...any) {
	if !ok {
		c.addf(format, args...)
	}
}

// require adds a problem for each of the named flags left empty.
func (c *checker) require(fs *flag.FlagSet, names ...string) {
	for _, n := range names {
		if f := fs.Lookup(n); f == nil || f.Value.String() == "" {
			c.addf("--%s is required", n)
		}
	}
}

// noArgs adds a problem if there are positional arguments.
func (c *checker) noArgs(fs *flag.FlagSet) {
	if fs.NArg() > 0 {
		c.addf("%s takes no arguments, got %s (flags start with --)", fs.Name(), quoteAll(fs.Args()))
	}
}

// nArgs adds a problem unless there are exactly n positional arguments, described by what.
func (c *checker) nArgs(fs *flag.FlagSet, n int, what string) {
	switch {
	case fs.NArg() == 0:
		c.addf("%s takes %s (got none)", fs.Name(), what)
	case fs.NArg() < n:
		c.addf("%s takes %s (got only %s)", fs.Name(), what, quoteAll(fs.Args()))
	case fs.NArg() > n:
		c.addf("%s takes %s; extra arguments %s", fs.Name(), what, quoteAll(fs.Args()[n:]))
	}
}

// err is nil if no problem was found, else a *usageError listing them.
func (c *checker) err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return &usageError{problems: c.problems}
}

func quoteAll(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, " ")
}

// parse reads args into fs: flags may come before or after positional arguments (`--` ends the flags), `--name
// value` and `--name=value` both work, -h/--help anywhere returns flag.ErrHelp. Every bad flag is noted in the
// returned checker rather than stopping at the first; then the --config file fills the flags the command line left
// unset, and the common --log-* flags install slog's default logger.
func parse(fs *flag.FlagSet, args []string) (*checker, error) {
	meta := flagMeta[fs]
	if meta == nil {
		meta = &flagInfo{}
	}
	chk := &checker{}
	var positional []string
	type setting struct{ name, value string }
	var settings []setting
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' || isNumber(a) {
			positional = append(positional, a)
			if meta.passthrough {
				positional = append(positional, args[i+1:]...)
				break
			}
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		name, value, hasValue := strings.Cut(name, "=")
		if name == "h" || name == "help" {
			return nil, flag.ErrHelp
		}
		f := fs.Lookup(name)
		if f == nil {
			chk.addf("unknown flag --%s", name)
			continue
		}
		if isBoolFlag(f) {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if i+1 >= len(args) {
				chk.badFlag(name, "--%s needs a value", name)
				continue
			}
			i++
			value = args[i]
		}
		settings = append(settings, setting{name, value})
	}
	for _, s := range settings {
		if err := fs.Set(s.name, s.value); err != nil {
			chk.badFlag(s.name, "--%s %q: %s", s.name, s.value, valueProblem(fs.Lookup(s.name), err))
		}
	}
	// Parse only records the positional arguments (fs.Args) and marks fs parsed.
	if err := fs.Parse(append([]string{"--"}, positional...)); err != nil {
		return nil, err
	}
	if file := fs.Lookup("config").Value.String(); file != "" {
		applyConfig(fs, file, chk)
	}
	setupLogging(fs, chk)
	return chk, nil
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// isNumber reports whether a starts like a negative number (an argument, not a flag).
func isNumber(a string) bool {
	_, err := strconv.ParseFloat(a, 64)
	return err == nil
}

// valueProblem says why a flag value was refused, in words rather than the flag package's "parse error".
func valueProblem(f *flag.Flag, err error) string {
	msg := err.Error()
	if !strings.Contains(msg, "parse error") && !strings.Contains(msg, "value out of range") {
		return msg
	}
	switch f.Value.(type) {
	case interface{ IsBoolFlag() bool }:
		return "want true or false"
	}
	kind := strings.TrimPrefix(fmt.Sprintf("%T", f.Value), "*flag.")
	switch kind {
	case "intValue", "int64Value":
		return "want a whole number"
	case "uintValue", "uint64Value":
		return "want a whole number ≥ 0"
	case "float64Value":
		return "want a number"
	case "durationValue":
		return "want a duration like 30s, 5m or 1h"
	}
	return msg
}

// setupLogging makes slog's default logger from --log-level and --log-format, on stderr.
func setupLogging(fs *flag.FlagSet, chk *checker) {
	l, err := logging.New(os.Stderr, fs.Lookup("log-level").Value.String(), fs.Lookup("log-format").Value.String())
	if err != nil {
		for _, e := range strings.Split(err.Error(), "\n") {
			chk.addf("%s", strings.TrimPrefix(e, "logging: "))
		}
		return
	}
	slog.SetDefault(l)
}

// keyFlags are the flags that name the key a command signs with (internal/keys): a keystore, the environment
// variable OPML_KEY, or --key HEX (for development keys only: any user of the machine sees it in ps).
type keyFlags struct{ src keys.Source }

func addKeyFlags(fs *flag.FlagSet, purpose string) *keyFlags {
	k := &keyFlags{}
	fs.StringVar(&k.src.Keystore, "keystore", "", purpose+": a keystore `DIR` (or key file) in go-ethereum's format; needs --password-file")
	fs.StringVar(&k.src.PasswordFile, "password-file", "", "the keystore's password: the first line of `FILE`")
	fs.StringVar(&k.src.Account, "account", "", "the `ADDRESS` of the key to use when the keystore holds several")
	fs.StringVar(&k.src.Hex, "key", "", purpose+": a private key in `HEX` (development keys only: other users see it in ps; prefer --keystore or $"+keys.EnvKey+")")
	return k
}

// given reports whether a key was named (a flag, or $OPML_KEY).
func (k *keyFlags) given() bool { return k.src.Given() }

// check notes inconsistent key flags; with required, a missing key too.
func (k *keyFlags) check(chk *checker, required bool) {
	for _, e := range k.src.Check() {
		chk.addf("%s", keyFlagWords(e.Error()))
	}
	if required && !k.given() {
		chk.addf("needs a key: --keystore DIR --password-file FILE, or $%s, or --key HEX", keys.EnvKey)
	}
}

// keyFlagWords turns internal/keys' words into the flags' names.
func keyFlagWords(s string) string {
	r := strings.NewReplacer("give a key or a keystore", "give --key or --keystore", "an account or password file needs a keystore",
		"--account and --password-file need --keystore", "a keystore needs a password file", "--keystore needs --password-file",
		"account ", "--account ", "key: ", "--key: ")
	return r.Replace(s)
}

// load reads the key (decrypting a keystore); its errors are usage errors: they name the file or variable.
func (k *keyFlags) load() (*ecdsa.PrivateKey, error) {
	key, err := k.src.Load()
	if err != nil {
		return nil, &exitError{code: 2, msg: keyFlagWords(err.Error())}
	}
	return key, nil
}

// requireFlags refuses an empty value for any of the named flags of fs.
func requireFlags(fs *flag.FlagSet, names ...string) error {
	var chk checker
	chk.require(fs, names...)
	return chk.err()
}

// parseKey reads a private key given in hex (with or without 0x) for flag --name.
func parseKey(name, hexKey string) (*ecdsa.PrivateKey, error) {
	key, err := keys.FromHex(hexKey)
	if err != nil {
		return nil, &exitError{code: 2, msg: fmt.Sprintf("--%s: %v", name, errors.Unwrap(err))}
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

// address notes a bad address for flag --name (empty is left to require) and returns it.
func (c *checker) address(name, s string) common.Address {
	if s != "" && !common.IsHexAddress(s) {
		c.addf("--%s %q is not an address (want 0x and 40 hex digits)", name, s)
	}
	return common.HexToAddress(s)
}

// txFlags cap the fees of the transactions a command sends (chain.FeeCaps).
type txFlags struct {
	maxFee, maxTip string
	caps           chain.FeeCaps
}

func addTxFlags(fs *flag.FlagSet) *txFlags {
	t := &txFlags{}
	fs.StringVar(&t.maxFee, "max-fee-per-gas", "", "never offer more than `AMOUNT` per gas, base fee and tip together (wei, or with gwei: 50gwei); no transaction is sent while the base fee is above it")
	fs.StringVar(&t.maxTip, "max-priority-fee", "", "never tip more than `AMOUNT` per gas (wei, or 2gwei)")
	return t
}

// check parses the caps, noting bad amounts.
func (t *txFlags) check(chk *checker) {
	parse := func(name, s string) *big.Int {
		if s == "" {
			return nil
		}
		v, err := chain.ParseAmount(s)
		if err != nil {
			chk.addf("--%s: %v", name, err)
		}
		return v
	}
	t.caps.MaxFeePerGas = parse("max-fee-per-gas", t.maxFee)
	t.caps.MaxPriorityFee = parse("max-priority-fee", t.maxTip)
	if f, p := t.caps.MaxFeePerGas, t.caps.MaxPriorityFee; f != nil && p != nil && p.Cmp(f) > 0 {
		chk.addf("--max-priority-fee %s is above --max-fee-per-gas %s", t.maxTip, t.maxFee)
	}
}

// apply sets the caps on c.
func (t *txFlags) apply(c *chain.Chain) { c.SetFeeCaps(t.caps) }

// samplerFlags choose how a LLaMA generation picks its tokens (llama.Sampler): greedy unless --temp says otherwise.
type samplerFlags struct {
	temp, topP float64
	seed       uint64
}

func addSamplerFlags(fs *flag.FlagSet) *samplerFlags {
	s := &samplerFlags{}
	fs.Float64Var(&s.temp, "temp", 0, "sampling temperature (0: greedy)")
	fs.Float64Var(&s.topP, "top-p", 1, "nucleus sampling: keep the most likely tokens up to this probability mass")
	fs.Uint64Var(&s.seed, "seed", 0, "seed of the sampler's random draws")
	return s
}

// check notes settings the sampler refuses.
func (s *samplerFlags) check(chk *checker) {
	chk.check(s.temp >= 0 && s.temp <= 100, "--temp %v: want 0 (greedy) to 100", s.temp)
	chk.check(s.topP > 0 && s.topP <= 1, "--top-p %v: want more than 0, at most 1", s.topP)
}

func (s *samplerFlags) sampler() llama.Sampler {
	return llama.Sampler{Temperature: s.temp, TopP: s.topP, Seed: s.seed}
}

// fileProblem words an error opening a file the user named: "FILE: no such file", not a syscall's path error.
func fileProblem(path string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: no such file", path)
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", path, pe.Err)
	}
	return err
}
