package demo

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
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

// RegisterModel registers m in the system's model registry, signed by c.
func RegisterModel(ctx context.Context, c *chain.Chain, sys *contracts.System, m *agent.Model) error {
	calldata := bindings.NewModelRegistry().PackRegister(m.ID, RegistryInfo(m.Info))
	if _, err := c.Transact(ctx, sys.ModelRegistry, calldata); err != nil {
		return fmt.Errorf("demo: register %s: %w", m.Name, err)
	}
	return nil
}

// RegistryInfo is info as the registry contract takes it.
func RegistryInfo(info *game.ModelInfo) bindings.ModelRegistryModelInfo {
	return bindings.ModelRegistryModelInfo{
		InputSize: info.InputSize, OutputSize: info.OutputSize,
		ProgramStateData: info.ProgramStateData, ExecutorStateData: info.ExecutorStateData,
		GraphState: info.GraphState, NodesRoot: info.NodesRoot,
		NumNodes: info.NumNodes, NumTensors: info.NumTensors, InputId: info.InputID, OutputId: info.OutputID,
	}
}

// Registered reports whether m is registered in the system's registry with exactly the registration this build
// computes from the model (an agent serves a model id only then: other commitments would make it lose games
// it should win). A different registration under m's id is an error.
func Registered(ctx context.Context, c *chain.Chain, sys *contracts.System, m *agent.Model) (bool, error) {
	reg := bindings.NewModelRegistry()
	ok, err := chain.Call(ctx, c, sys.ModelRegistry, reg.PackRegistered(m.ID), reg.UnpackRegistered)
	if err != nil || !ok {
		return false, err
	}
	got, err := chain.Call(ctx, c, sys.ModelRegistry, reg.PackGetModel(m.ID), reg.UnpackGetModel)
	if err != nil {
		return false, err
	}
	want := RegistryInfo(m.Info)
	// Compare field by field: the chain returns empty byte strings where the registration had none.
	if !bytes.Equal(got.ProgramStateData, want.ProgramStateData) || !bytes.Equal(got.ExecutorStateData, want.ExecutorStateData) {
		return false, fmt.Errorf("demo: %s is registered in %s with another executor state than this build's model", m.Name, sys.ModelRegistry)
	}
	got.ProgramStateData, got.ExecutorStateData, want.ProgramStateData, want.ExecutorStateData = nil, nil, nil, nil
	if !reflect.DeepEqual(got, want) {
		return false, fmt.Errorf("demo: %s is registered in %s with other commitments than this build's model", m.Name, sys.ModelRegistry)
	}
	return true, nil
}
