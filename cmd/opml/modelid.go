package main

import (
	"fmt"
	"os"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/executor/program"
	"github.com/opml-dev/opml/models/modelfile"
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
	fs := newFlags("model id", "model id [--json] FILE")
	asJSON := fs.Bool("json", false, "print a JSON object")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.nArgs(fs, 1, "one model file")
	if fs.NArg() >= 1 {
		if _, err := os.Stat(fs.Arg(0)); err != nil {
			chk.addf("%v", fileProblem(fs.Arg(0), err))
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	m, err := modelfile.ReadModelFile(fs.Arg(0))
	if err != nil {
		return err
	}
	elf := program.ELF()
	single, err := game.SinglePhaseModel(elf, m.Graph)
	if err != nil {
		return err
	}
	multi, err := game.MultiPhaseModel(elf, m.Graph)
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
