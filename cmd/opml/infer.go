package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/npy"
	"github.com/opml-dev/opml/tensor"
)

func init() {
	register("infer", "run a model (ONNX, opml model file, mnist) on .npy tensors or pictures, natively or in the VM", infer)
}

// inputFlags collects repeated --input values.
type inputFlags []string

func (f *inputFlags) String() string { return strings.Join(*f, ",") }

func (f *inputFlags) Set(s string) error { *f = append(*f, s); return nil }

func infer(args []string) error {
	fs := newFlags("infer", "infer --model FILE.onnx|FILE.opml|mnist|mnist-int8 --input [NAME=]FILE.npy [--input NAME=FILE.npy ...] [--out DIR] [--dim NAME=N]... [--vm] [--json]\n"+
		"       opml infer --model mnist|mnist-int8|FILE.opml --input PICTURE.png|IMAGES.idx [--vm] [--json]")
	model := fs.String("model", "mnist", "an ONNX file, an opml model file, or a shipped model: mnist (float32), mnist-int8")
	var inputs inputFlags
	fs.Var(&inputs, "input", "an input tensor as `NAME=FILE.npy` (repeatable; a bare FILE.npy for a one-input model), or a PNG/JPEG/IDX picture for digit models")
	out := fs.String("out", "", "write every output as `DIR`/<name>.npy")
	dims := dimFlags{}
	fs.Var(dims, "dim", "ONNX: size of a symbolic dimension the inputs do not fix, as `NAME=N` (repeatable)")
	inVM := fs.Bool("vm", false, "also run every node inside the VM (as a dispute would) and require identical bytes")
	asJSON := fs.Bool("json", false, "print JSON: outputs with their commitments and the claim (with --vm, VM steps)")
	describe(fs, fmt.Sprintf("Tensor inputs are numpy .npy files; pictures (digit models) are PNG or JPEG of up to %dx%d pixels, or IDX\nfiles of 28x28 images.", 4096, 4096))
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(len(inputs) > 0, "--input is required")
	if err := chk.err(); err != nil {
		return err
	}
	tensorMode := false
	for _, in := range inputs {
		_, file, _ := cutInput(in)
		if strings.HasSuffix(strings.ToLower(file), ".npy") {
			tensorMode = true
		}
	}
	if !tensorMode {
		if len(inputs) != 1 || *out != "" || len(dims) > 0 {
			return &usageError{[]string{"pictures take one --input and no --out or --dim (tensor inputs are .npy files)"}}
		}
		return inferPictures(*model, inputs[0], *inVM, *asJSON)
	}
	return inferTensors(*model, inputs, *out, dims, *inVM, *asJSON)
}

// cutInput splits NAME=FILE; a bare FILE has no name.
func cutInput(s string) (name, file string, named bool) {
	if i := strings.Index(s, "="); i > 0 && !strings.ContainsAny(s[:i], `/\`) {
		return s[:i], s[i+1:], true
	}
	return "", s, false
}

// tensorReport is what `infer --json` prints for tensor inputs.
type tensorReport struct {
	Model           string         `json:"model"`
	GraphCommitment string         `json:"graph_commitment"`
	Nodes           int            `json:"nodes"`
	Inputs          []tensorInfo   `json:"inputs"`
	Outputs         []tensorInfo   `json:"outputs"`
	Claim           string         `json:"claim"`
	NativeSeconds   float64        `json:"native_seconds"`
	VM              *vmCheckReport `json:"vm,omitempty"`
}

type tensorInfo struct {
	Name       string `json:"name"`
	DType      string `json:"dtype"`
	Shape      []int  `json:"shape"`
	Commitment string `json:"commitment"`
	File       string `json:"file,omitempty"`
}

type vmCheckReport struct {
	Nodes     int     `json:"nodes"`
	Steps     uint64  `json:"steps"`
	MaxSteps  uint64  `json:"max_node_steps"`
	Identical bool    `json:"identical"`
	Seconds   float64 `json:"seconds"`
}

func info(name string, t *tensor.Tensor) tensorInfo {
	shape := t.Shape()
	if shape == nil {
		shape = []int{}
	}
	return tensorInfo{Name: name, DType: t.DType().String(), Shape: shape, Commitment: hex32(graph.CommitTensor(t))}
}

// loadTensorModel returns the graph of model for the given input tensors:
// an ONNX file is imported with its symbolic dimensions bound from the
// inputs' shapes; other models have fixed input shapes.
func loadTensorModel(model string, named map[string]*tensor.Tensor, bare *tensor.Tensor, dims dimFlags) (*graph.Graph, []*tensor.Tensor, error) {
	var g *graph.Graph
	switch model {
	case "mnist", "mnist-int8":
		gm, err := loadModel(model)
		if err != nil {
			return nil, nil, err
		}
		g = gm.Graph
	default:
		// Model files open through models/load; an ONNX model's symbolic dimensions are bound from the inputs'
		// shapes, so a bare input is first matched to the one input's name.
		if bare != nil {
			names, err := load.InputNames(model)
			if err != nil {
				return nil, nil, err
			}
			if len(names) != 1 {
				return nil, nil, &exitError{2, fmt.Sprintf("%s has %d inputs (%s): name each as --input NAME=FILE.npy", model, len(names), strings.Join(names, ", "))}
			}
			named = map[string]*tensor.Tensor{names[0]: bare}
		}
		shapes := map[string][]int{}
		for name, t := range named {
			shapes[name] = t.Shape()
		}
		m, err := load.Open(model, load.Options{Dims: dims, Shapes: shapes})
		if err != nil {
			return nil, nil, err
		}
		defer m.Close()
		g = m.Graph
	}
	ins := make([]*tensor.Tensor, len(g.Inputs))
	var missing []string
	used := 0
	for i, id := range g.Inputs {
		ti := &g.Tensors[id]
		t, ok := named[ti.Name]
		if !ok {
			missing = append(missing, fmt.Sprintf("%s (%v)", ti.Name, ti.Spec()))
			continue
		}
		used++
		if !graph.SpecOf(t).Equal(ti.Spec()) {
			return nil, nil, fmt.Errorf("input %s is %v; the model takes %v", ti.Name, graph.SpecOf(t), ti.Spec())
		}
		ins[i] = t
	}
	if len(missing) > 0 {
		return nil, nil, &exitError{2, "infer: missing --input for " + strings.Join(missing, ", ")}
	}
	if used != len(named) {
		var extra []string
		for name := range named {
			if !slicesContainsName(g, name) {
				extra = append(extra, name)
			}
		}
		sort.Strings(extra)
		return nil, nil, &exitError{2, "infer: the model has no input named " + strings.Join(extra, ", ")}
	}
	return g, ins, nil
}

func slicesContainsName(g *graph.Graph, name string) bool {
	for _, id := range g.Inputs {
		if g.Tensors[id].Name == name {
			return true
		}
	}
	return false
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]`)

// outputFile is the file name of an output: its name with characters
// outside [A-Za-z0-9._-] replaced by _.
func outputFile(name string) string {
	s := unsafeName.ReplaceAllString(name, "_")
	if s == "" || s == "." || s == ".." {
		s = "_" + s
	}
	return s + ".npy"
}

func inferTensors(model string, inputs []string, outDir string, dims dimFlags, inVM, asJSON bool) error {
	named := map[string]*tensor.Tensor{}
	var bare *tensor.Tensor
	for _, in := range inputs {
		name, file, ok := cutInput(in)
		t, err := npy.ReadFile(file)
		if err != nil {
			return err
		}
		switch {
		case !ok && len(inputs) > 1:
			return &exitError{2, fmt.Sprintf("infer: with several inputs, name each (--input NAME=%s)", file)}
		case !ok:
			bare = t
		case named[name] != nil:
			return &exitError{2, fmt.Sprintf("infer: input %s given twice", name)}
		default:
			named[name] = t
		}
	}
	g, ins, err := loadTensorModel(model, named, bare, dims)
	if err != nil {
		return err
	}
	start := time.Now()
	vals, err := graph.Run(g, ins...)
	if err != nil {
		return err
	}
	nativeTime := time.Since(start)
	gc, err := g.Commitment()
	if err != nil {
		return err
	}
	claim, err := graph.StateRoot(g, graph.Commitments(vals), len(g.Nodes))
	if err != nil {
		return err
	}
	r := tensorReport{Model: model, GraphCommitment: hex32(gc), Nodes: len(g.Nodes), Claim: hex32(claim), NativeSeconds: nativeTime.Seconds()}
	for i, id := range g.Inputs {
		r.Inputs = append(r.Inputs, info(g.Tensors[id].Name, ins[i]))
	}
	if outDir != "" {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return err
		}
	}
	seen := map[string]bool{}
	for _, id := range g.Outputs {
		ti := info(g.Tensors[id].Name, vals[id])
		if outDir != "" {
			f := outputFile(ti.Name)
			if seen[f] {
				return fmt.Errorf("infer: two outputs write %s", f)
			}
			seen[f] = true
			ti.File = filepath.Join(outDir, f)
			if err := npy.WriteFile(ti.File, vals[id]); err != nil {
				return err
			}
		}
		r.Outputs = append(r.Outputs, ti)
	}
	if inVM {
		if r.VM, err = checkNodesInVM(g, vals); err != nil {
			return err
		}
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	for i, o := range r.Outputs {
		fmt.Printf("%s %s%v %s", o.Name, o.DType, o.Shape, o.Commitment)
		if o.File != "" {
			fmt.Printf(" -> %s", o.File)
		} else if v := vals[g.Outputs[i]]; v.Len() <= 16 {
			fmt.Printf(" %s", formatValues(v))
		}
		fmt.Println()
	}
	fmt.Printf("claim %s (graph state after %d nodes)\n", r.Claim, len(g.Nodes))
	if r.VM != nil {
		fmt.Printf("VM: %d nodes, %d steps (largest node %d), identical to native\n", r.VM.Nodes, r.VM.Steps, r.VM.MaxSteps)
	}
	return nil
}

func formatValues(t *tensor.Tensor) string {
	if f, err := t.Float32s(); err == nil {
		return fmt.Sprint(f)
	}
	if v, err := t.Int64s(); err == nil {
		return fmt.Sprint(v)
	}
	return ""
}

// checkNodesInVM runs every node of g in the VM on the native values of
// its operands (node mode, as the dispute game's VM level does) and
// requires each output's bytes to equal the native output's.
func checkNodesInVM(g *graph.Graph, vals []*tensor.Tensor) (*vmCheckReport, error) {
	start := time.Now()
	exe := host.Shipped()
	steps := make([]uint64, len(g.Nodes))
	errs := make([]error, len(g.Nodes))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				steps[i], errs[i] = runNodeInVM(exe, g, i, vals)
			}
		}()
	}
	for i := range g.Nodes {
		next <- i
	}
	close(next)
	wg.Wait()
	r := &vmCheckReport{Nodes: len(g.Nodes), Identical: true}
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("node %d (%v) in the VM: %w", i, g.Nodes[i].Op, err)
		}
		r.Steps += steps[i]
		r.MaxSteps = max(r.MaxSteps, steps[i])
	}
	r.Seconds = time.Since(start).Seconds()
	return r, nil
}

func runNodeInVM(exe *host.Image, g *graph.Graph, i int, vals []*tensor.Tensor) (uint64, error) {
	n := g.Nodes[i]
	args := make([]*tensor.Tensor, len(n.Inputs))
	for j, in := range n.Inputs {
		args[j] = vals[in]
	}
	e, err := exe.NodeEmulator(g, i, args)
	if err != nil {
		return 0, err
	}
	if err := e.Run(1 << 40); err != nil {
		return 0, err
	}
	want := vals[n.Output].Bytes()
	if err := host.CheckOutput(e, g.Tensors[n.Output].Spec(), graph.Commit(want)); err != nil {
		return e.State.Step, err
	}
	got, err := e.Mem.ReadBytes(graph.OutputAddr, len(want))
	if err != nil {
		return e.State.Step, err
	}
	if string(got) != string(want) {
		return e.State.Step, fmt.Errorf("the VM's output bytes differ from native")
	}
	return e.State.Step, nil
}
