package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/executor/program"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// Any model file on the oracle: the registration of ONNX and opml graphs (`model register`), and the lists of
// inputs and outputs every command prints.

// ioReport is one input or output of a registration.
type ioReport struct {
	Name   string `json:"name"`
	DType  string `json:"dtype"`
	Shape  []int  `json:"shape"`
	Tensor uint32 `json:"tensor_id"`
	Bytes  uint32 `json:"bytes"`
	Offset uint32 `json:"offset"` // where the single-phase executor finds it in its I/O region
}

func ioReports(list []game.TensorIO) []ioReport {
	out := make([]ioReport, len(list))
	for i, t := range list {
		shape := t.Shape
		if shape == nil {
			shape = []int{}
		}
		out[i] = ioReport{Name: t.Name, DType: t.DType.String(), Shape: shape, Tensor: t.ID, Bytes: t.Size, Offset: t.Offset}
	}
	return out
}

// graphModelReport is what `model register` prints of an ONNX or opml model's registration.
type graphModelReport struct {
	File          string     `json:"file"`
	Kind          string     `json:"kind"`
	Phases        int        `json:"phases"`
	ID            string     `json:"id"`
	InputBytes    uint32     `json:"input_bytes"`
	OutputBytes   uint32     `json:"output_bytes"`
	Inputs        []ioReport `json:"inputs"`
	Outputs       []ioReport `json:"outputs"`
	Nodes         int        `json:"nodes"`
	StartState    string     `json:"program_state,omitempty"` // single-phase: the hash of the registered executor state
	GraphState    string     `json:"graph_state,omitempty"`
	NodesRoot     string     `json:"nodes_root,omitempty"`
	ExecutorImage string     `json:"executor_image"`
}

type graphRegistrationResult struct {
	info   *game.ModelInfo
	report *graphModelReport
}

// graphRegistration opens a model file and computes its registration (a GGUF model's generation of length L).
func graphRegistration(path string, phases int, tileSteps uint64, length int) (*graphRegistrationResult, error) {
	m, err := load.Open(path, load.Options{TileSteps: tileSteps, Length: length})
	if err != nil {
		return nil, err
	}
	defer m.Close()
	info, _, err := m.Registration(host.Shipped(), phases)
	if err != nil {
		return nil, err
	}
	r := &graphModelReport{File: path, Kind: m.Kind, Phases: phases, ID: contracts.ModelID(info).String(),
		InputBytes: info.InputSize, OutputBytes: info.OutputSize, Inputs: ioReports(info.Inputs), Outputs: ioReports(info.Outputs),
		Nodes: len(m.Graph.Nodes), ExecutorImage: hex32(program.Hash())}
	if phases == 1 {
		r.StartState = hex32(vm.HashEncoded(info.ProgramStateData, vm.StatusRunning))
	} else {
		r.GraphState, r.NodesRoot = hex32(info.GraphState), hex32(info.NodesRoot)
	}
	return &graphRegistrationResult{info: info, report: r}, nil
}

// print writes the report for people.
func (r *graphModelReport) print() {
	fmt.Fprintf(stdout, "model id      %s (%s, %d-phase)\n", r.ID, r.Kind, r.Phases)
	fmt.Fprintf(stdout, "request       %d bytes: the inputs concatenated in order\n", r.InputBytes)
	for _, in := range r.Inputs {
		fmt.Fprintf(stdout, "  input       %s %s%v (%d bytes)\n", in.Name, in.DType, in.Shape, in.Bytes)
	}
	fmt.Fprintf(stdout, "output        %d bytes: the outputs concatenated in order\n", r.OutputBytes)
	for _, o := range r.Outputs {
		fmt.Fprintf(stdout, "  output      %s %s%v (%d bytes)\n", o.Name, o.DType, o.Shape, o.Bytes)
	}
	if r.Phases == 1 {
		fmt.Fprintf(stdout, "start state   %s (graph-mode executor, inputs empty)\n", r.StartState)
	} else {
		fmt.Fprintf(stdout, "graph         %d nodes\ngraph state   %s\nnodes root    %s\n", r.Nodes, r.GraphState, r.NodesRoot)
	}
	fmt.Fprintf(stdout, "executor      %s\n", r.ExecutorImage)
}

// servedModels opens the model files an agent serves (none: the shipped MNIST) and returns every registration of
// them (single- and two-phase; GGUF models of length L, single-phase only if tiny; two-phase ones tiled under tileSteps) that is
// registered on chain. The returned function closes the files.
func servedModels(ctx context.Context, c *chain.Chain, sys *contracts.System, files []string, length int, tileSteps uint64) ([]*agent.Model, func(), error) {
	var opened []*load.Model
	closeAll := func() {
		for _, m := range opened {
			m.Close()
		}
	}
	var candidates []*agent.Model
	if len(files) == 0 {
		for _, phases := range []int{1, 2} {
			m, err := demo.MNISTModel(phases)
			if err != nil {
				return nil, closeAll, err
			}
			candidates = append(candidates, m)
		}
	}
	for _, f := range files {
		m, err := load.Open(f, load.Options{Length: length, TileSteps: tileSteps})
		if err != nil {
			closeAll()
			return nil, func() {}, err
		}
		opened = append(opened, m)
		for _, phases := range []int{1, 2} {
			if phases == 1 && m.Llama != nil && m.SinglePhaseFits() != nil {
				continue // a generation too big for one VM run is registered two-phase only
			}
			sm, err := demo.ServedModel(m, phases)
			if err != nil {
				closeAll()
				return nil, func() {}, err
			}
			candidates = append(candidates, sm)
		}
	}
	var models []*agent.Model
	var names []string
	for _, m := range candidates {
		names = append(names, m.Name)
		ok, err := agent.Registered(ctx, c, sys, m)
		if err != nil {
			closeAll()
			return nil, func() {}, err
		}
		if ok {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		closeAll()
		hint := ""
		if len(files) > 0 {
			// A registration binds the tile budget (and a generation's length): other values give another model id.
			budget := tileSteps
			if budget == 0 {
				budget = game.DefaultTileSteps
			}
			hint = fmt.Sprintf(" (a registration binds its --tile-steps, here %d, and a generation's --length, here %d: serve with the values it was registered with)", budget, length)
		}
		return nil, func() {}, fmt.Errorf("no model this agent serves (%s) is registered in %s%s", strings.Join(names, ", "), sys.ModelRegistry, hint)
	}
	return models, closeAll, nil
}

// openDemoModel opens `demo --model`'s file and its request: named .npy inputs, or a GGUF model's prompt of gen
// tokens to generate (the graph's length is the prompt's tokens and gen).
func openDemoModel(o *demo.Options, path string, named map[string]*tensor.Tensor, bare *tensor.Tensor, prompt string, gen int) error {
	opts := load.Options{}
	if prompt != "" {
		opts.Prompt, opts.Generate = prompt, gen
	}
	m, err := load.Open(path, opts)
	if err != nil {
		return err
	}
	switch {
	case m.Llama != nil && prompt == "":
		m.Close()
		return &exitError{2, path + " is a LLaMA model: ask it with --prompt TEXT -n N"}
	case m.Llama == nil && prompt != "":
		m.Close()
		return &exitError{2, path + " is not a LLaMA model: give its inputs with --input NAME=FILE.npy"}
	}
	if bare != nil {
		if len(m.Inputs) != 1 {
			m.Close()
			return &exitError{2, fmt.Sprintf("%s has %d inputs: name each as --input NAME=FILE.npy", path, len(m.Inputs))}
		}
		named = map[string]*tensor.Tensor{m.Inputs[0].Name: bare}
	}
	if o.Cheat.Mode == agent.CheatNode && o.Cheat.Node >= len(m.Graph.Nodes) {
		m.Close()
		return &exitError{2, fmt.Sprintf("--cheat node:%d: the model has nodes 0..%d", o.Cheat.Node, len(m.Graph.Nodes)-1)}
	}
	if m.Llama == nil {
		if _, err := m.Request(named); err != nil {
			m.Close()
			return &exitError{2, err.Error()}
		}
	}
	o.Model, o.Inputs, o.Prompt = m, named, prompt
	return nil
}

// printModelDemo prints the last line of a demo on a model other than MNIST.
func printModelDemo(s *demo.Summary) {
	fmt.Fprintln(stdout)
	for _, o := range s.Outputs {
		fmt.Fprintf(stdout, "output %s %s%v %s correct %v\n", o.Name, o.DType, o.Shape, o.Commitment, o.Correct)
	}
	if s.Tokens != nil {
		fmt.Fprintf(stdout, "tokens %v %q\n", s.Tokens, s.Text)
	}
	fmt.Fprintf(stdout, "winner %s · cheater slashed %v · dApp got the correct output %v · %d rounds · %d VM steps in the disputed run · %d gas (%d in the dispute) · phases %v · peak RSS %s · %.1f s\n",
		s.Winner, s.CheaterSlashed, s.DeliveredCorrect, s.Rounds, s.VMSteps, s.GasUsed, s.DisputeGas, s.PhaseSeconds,
		sizeString(s.PeakRSS), s.WallSeconds)
}
