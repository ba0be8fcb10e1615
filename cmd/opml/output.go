package main

import (
	"encoding/json"
	"regexp"
)

// weiNumber matches a JSON member whose key ends in _wei and whose value is a number.
var weiNumber = regexp.MustCompile(`("[A-Za-z0-9_]*_wei"\s*:\s*)(-?[0-9]+)`)

// writeJSON prints v as indented JSON on stdout, with every amount of wei (a member named *_wei) as a decimal
// string: JSON numbers lose precision past 2^53 in JavaScript and most JSON readers, and wei amounts pass it.
func writeJSON(v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	data = weiNumber.ReplaceAll(data, []byte(`$1"$2"`))
	_, err = stdout.Write(append(data, '\n'))
	return err
}
