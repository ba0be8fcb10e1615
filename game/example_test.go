package game_test

import (
	"bytes"
	"fmt"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
)

// A multi-phase game's graph level between a liar that corrupts node 4's output and an honest challenger: the
// dissection narrows it to node 4, where the liar's handoff passes every check the contract makes (it proves its
// operands and posts a well-formed end state); the VM level that follows is where it loses.
func ExampleComputation() {
	q, err := mnist.ShippedInt8()
	if err != nil {
		panic(err)
	}
	gm, err := q.Graph()
	if err != nil {
		panic(err)
	}
	exe := host.Shipped()
	info, err := game.MultiPhaseModel(exe, gm.Graph)
	if err != nil {
		panic(err)
	}
	input := make([]byte, info.InputSize) // a blank image
	honest, err := game.NewComputation(exe, gm.Graph, info, input, nil)
	if err != nil {
		panic(err)
	}
	liar, err := game.NewComputation(exe, gm.Graph, info, input, &game.Lie{Node: 4, Output: true})
	if err != nil {
		panic(err)
	}
	fmt.Println("the liar posts another output:", !bytes.Equal(liar.Output(), honest.Output()))

	// The agreed start comes from the request's input; the liar asserts its claim.
	_, start, err := honest.StartProof()
	if err != nil {
		panic(err)
	}
	claim, err := liar.Claim()
	if err != nil {
		panic(err)
	}
	level, err := game.NewLevel(3, uint64(info.NumNodes), start, claim.Claim)
	if err != nil {
		panic(err)
	}
	for !level.Done() {
		positions := level.Checkpoints()
		values := make([]game.Hash, len(positions))
		for i, p := range positions {
			if values[i], err = liar.GraphValue(p); err != nil {
				panic(err)
			}
		}
		if err := level.Dissect(values); err != nil {
			panic(err)
		}
		part, err := game.PickPart(level.Lo, level.Hi, positions, values, honest.GraphValue)
		if err != nil {
			panic(err)
		}
		if err := level.Choose(part); err != nil {
			panic(err)
		}
	}
	fmt.Println("disputed node:", level.Lo)

	h, err := liar.Handoff(int(level.Lo))
	if err != nil {
		panic(err)
	}
	vmStart, _, err := game.VerifyHandoff(info, level.Lo, level.LoValue, level.HiValue, h)
	fmt.Println("handoff accepted:", err == nil)
	honestStart, err := honest.VMValue(int(level.Lo), 0)
	if err != nil {
		panic(err)
	}
	fmt.Println("the VM level starts from the honest node state:", vmStart == honestStart)
	// Output:
	// the liar posts another output: true
	// disputed node: 4
	// handoff accepted: true
	// the VM level starts from the honest node state: true
}
