package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// A config file holds flag values in TOML, so an operator's settings live in one reviewed file rather than in a
// long command line (and no secret has to be on it: point keystore and password-file at files). Keys are flag
// names. Top-level keys apply to every command that has the flag; a table named after a command applies to it
// alone and wins over the top level, and there an unknown key is an error. Flags on the command line win over both.
//
//	rpc = "http://127.0.0.1:8545"
//	log-format = "json"
//
//	[serve]
//	role = "validator"
//	oracle = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
//	keystore = "/etc/opml/keystore"
//	password-file = "/etc/opml/password"
//	max-fee-per-gas = "50gwei"
//
//	[chain.dev]
//	port = 8545
//
// Values are strings, numbers or booleans as the flag reads them (durations as "5m"); a repeatable flag takes an
// array.

// applyConfig sets every flag of fs that the command line left unset from file, noting problems in chk.
func applyConfig(fs *flag.FlagSet, file string, chk *checker) {
	var doc map[string]any
	if _, err := toml.DecodeFile(file, &doc); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			chk.addf("--config %s: line %d: %s", file, pe.Position.Line, pe.Message)
		} else if errors.Is(err, os.ErrNotExist) {
			chk.addf("--config %s: no such file", file)
		} else {
			chk.addf("--config %s: %v", file, err)
		}
		return
	}
	onCommandLine := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { onCommandLine[f.Name] = true })

	// The command's own table: [serve], or [chain.dev] for "chain dev".
	var own map[string]any
	table := doc
	path := strings.Fields(fs.Name())
	for i, word := range path {
		t, ok := table[word].(map[string]any)
		if !ok {
			break
		}
		if i == len(path)-1 {
			own = t
		}
		table = t
	}
	values := map[string]any{}
	for k, v := range doc {
		if _, isTable := v.(map[string]any); !isTable && fs.Lookup(flagName(k)) != nil {
			values[flagName(k)] = v
		}
	}
	section := "[" + strings.Join(path, ".") + "]"
	for _, k := range sortedKeys(own) {
		v := own[k]
		if _, isTable := v.(map[string]any); isTable {
			continue // a subcommand's table
		}
		if fs.Lookup(flagName(k)) == nil {
			chk.addf("--config %s: %s has no setting %q (the command's flags are its settings)", file, section, k)
			continue
		}
		values[flagName(k)] = v
	}
	for _, name := range sortedKeys(values) {
		if onCommandLine[name] || name == "config" {
			continue
		}
		for _, s := range configStrings(values[name]) {
			if err := fs.Set(name, s); err != nil {
				chk.addf("--config %s: %s = %q: %s", file, name, s, valueProblem(fs.Lookup(name), err))
			}
		}
	}
}

// flagName accepts TOML's habit of underscores for the flags' dashes.
func flagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// configStrings renders a TOML value as the flag strings it stands for (one per element of an array).
func configStrings(v any) []string {
	if arr, ok := v.([]any); ok {
		var out []string
		for _, e := range arr {
			out = append(out, configStrings(e)...)
		}
		return out
	}
	return []string{fmt.Sprint(v)}
}
