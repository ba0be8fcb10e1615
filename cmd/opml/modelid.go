package main

import (
	"fmt"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/load"
)

func init() {
	register("model id", "print the oracle's model ids of a model file (the hash of its registration, single- and two-phase)", modelID)
}

// modelIDReport is `model id --json`.
type modelIDReport struct {
	File        string `json:"file"`
	SinglePhase string `json:"single_phase"` // decimal, as dApps pass it to requestCallback
	TwoPhase    string `json:"two_phase"`
}

// modelID computes the registrations a model file gets on the shipped executor, and their ids: a dApp checks that
// the model id it asks is the model it means (docs/security.md, "Threat model").
func modelID(args []string) error {
	fs := newFlags("model id", "model id [--json] [--length L] FILE.opml|FILE.onnx|FILE.gguf")
	describe(fs, "A LLaMA .gguf file is registered as its generation graph of --length tokens (two-phase; see model register).")
	asJSON := fs.Bool("json", false, "print a JSON object")
	length := fs.Int("length", defaultGenLength, "for a .gguf model: the generation's total length `L` (prompt and generated tokens)")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.nArgs(fs, 1, "one model file")
	checkModelFile(chk, fs)
	chk.check(*length >= 2, "--length %d: want at least 2 (a prompt token and a generated one)", *length)
	if err := chk.err(); err != nil {
		return err
	}
	if isGGUF(fs.Arg(0)) {
		return ggufModelID(fs.Arg(0), *length, *asJSON)
	}
	m, err := load.Open(fs.Arg(0), load.Options{})
	if err != nil {
		return err
	}
	defer m.Close()
	exe := host.Shipped()
	single, _, err := m.Registration(exe, 1)
	if err != nil {
		return err
	}
	multi, _, err := m.Registration(exe, 2)
	if err != nil {
		return err
	}
	r := modelIDReport{File: fs.Arg(0), SinglePhase: contracts.ModelID(single).String(), TwoPhase: contracts.ModelID(multi).String()}
	if *asJSON {
		return writeJSON(r)
	}
	fmt.Printf("single-phase  %s\ntwo-phase     %s\n", r.SinglePhase, r.TwoPhase)
	return nil
}
