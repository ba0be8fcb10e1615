package demo

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
)

// ModelName is the name narration gives the shipped int8 MNIST model played with the given number of phases:
// "mnist-int8" (one VM level over the whole inference) or "mnist-int8-2phase" (graph nodes, then the VM steps of
// one node). Its id on chain is the hash of its registration (ModelID).
func ModelName(phases int) string {
	if phases == 2 {
		return "mnist-int8-2phase"
	}
	return "mnist-int8"
}

// ModelID returns the id of the shipped int8 MNIST model's registration when played with the given number of
// phases (1 or 2).
func ModelID(phases int) (*big.Int, error) {
	m, err := MNISTModel(phases)
	if err != nil {
		return nil, err
	}
	return m.ID(), nil
}

// describeDigit says what an MNIST graph's output is: a digit (one little-endian int32).
func describeDigit(output []byte) string {
	if d, err := decodeDigit(output); err == nil {
		return fmt.Sprintf("digit %d", d)
	}
	return fmt.Sprintf("output %x", output)
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
	exe := host.Shipped()
	for i, build := range []func(*host.Image, *graph.Graph) (*game.ModelInfo, error){game.SinglePhaseModel, game.MultiPhaseModel} {
		info, err := build(exe, gm.Graph)
		if err != nil {
			return out, fmt.Errorf("demo: registration of MNIST int8 (%d-phase): %w", i+1, err)
		}
		out[i] = &agent.Model{Name: ModelName(i + 1), Graph: gm.Graph, Executor: exe, Info: info, Describe: describeDigit}
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

// TiledMNISTModel returns the shipped int8 MNIST model played with two phases, its nodes tiled under a budget of
// tileSteps VM steps per run (named "mnist-int8-2phase-tiles-N").
func TiledMNISTModel(tileSteps uint64) (*agent.Model, error) {
	ms, err := mnistModels()
	if err != nil {
		return nil, err
	}
	return TiledModel(ms[1], tileSteps)
}

// TiledModel returns the two-phase model m registered with its nodes tiled under a budget of tileSteps VM steps
// per run (its name gets "-tiles-N").
func TiledModel(m *agent.Model, tileSteps uint64) (*agent.Model, error) {
	t := *m
	var err error
	if t.Info, err = game.TiledMultiPhaseModel(m.Executor, m.Graph, nil, tileSteps); err != nil {
		return nil, fmt.Errorf("demo: registration of %s tiled under %d steps: %w", m.Name, tileSteps, err)
	}
	t.Name = fmt.Sprintf("%s-tiles-%d", m.Name, tileSteps)
	return &t, nil
}
