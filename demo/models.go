package demo

import (
	"fmt"
	"strings"
	"sync"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/program"
	"github.com/opml-dev/opml/models/mnist"
)

// ModelID returns the id the shipped int8 MNIST model is registered under when played with the given number of
// phases: "mnist-int8" (one VM level over the whole inference) or "mnist-int8-2phase" (graph nodes, then the VM
// steps of one node), left-aligned in 32 bytes.
func ModelID(phases int) [32]byte {
	if phases == 2 {
		return contracts.ModelID("mnist-int8-2phase")
	}
	return contracts.ModelID("mnist-int8")
}

var mnistModels = sync.OnceValues(func() ([2]*agent.Model, error) {
	var out [2]*agent.Model
	q, err := mnist.ShippedInt8()
	if err != nil {
		return out, err
	}
	gm, err := q.Graph()
	if err != nil {
		return out, err
	}
	elf := program.ELF()
	for i, build := range []func([]byte, *graph.Graph) (*game.ModelInfo, error){game.SinglePhaseModel, game.MultiPhaseModel} {
		info, err := build(elf, gm.Graph)
		if err != nil {
			return out, fmt.Errorf("demo: registration of MNIST int8 (%d-phase): %w", i+1, err)
		}
		id := ModelID(i + 1)
		out[i] = &agent.Model{ID: id, Name: strings.TrimRight(string(id[:]), "\x00"), Graph: gm.Graph, ELF: elf, Info: info}
	}
	return out, nil
})

// MNISTModel returns the shipped int8 MNIST model as the agents serve it, played with 1 or 2 phases.
func MNISTModel(phases int) (*agent.Model, error) {
	if phases != 1 && phases != 2 {
		return nil, fmt.Errorf("demo: %d phases (want 1 or 2)", phases)
	}
	ms, err := mnistModels()
	if err != nil {
		return nil, err
	}
	return ms[phases-1], nil
}
