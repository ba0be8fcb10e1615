package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/modelfile"
	"github.com/opml-dev/opml/models/onnx"
	"github.com/opml-dev/opml/models/safetensors"
)

func init() {
	register("model inspect", "print a model file's graph, tensors and commitments", modelInspect)
	register("model import", "convert an ONNX or safetensors model into an opml model file", modelImport)
}

// inspectTensor is one tensor in `model inspect --json`.
type inspectTensor struct {
	ID         int    `json:"id"`
	Name       string `json:"name"`
	Kind       string `json:"kind"`
	DType      string `json:"dtype"`
	Shape      []int  `json:"shape"`
	Bytes      int    `json:"bytes"`
	Commitment string `json:"commitment,omitempty"` // weights only
}

type inspectParam struct {
	Type  string  `json:"type"` // "int" or "float"
	Int   *int32  `json:"int,omitempty"`
	Float *string `json:"float,omitempty"` // decimal, exact for float32
	Bits  string  `json:"bits"`
}

type inspectNode struct {
	Index  int            `json:"index"`
	Op     string         `json:"op"`
	Params []inspectParam `json:"params"`
	Inputs []int          `json:"inputs"`
	Output int            `json:"output"`
	// Descriptor is the node's descriptor commitment, a leaf of the graph
	// descriptor commitment.
	Descriptor string `json:"descriptor_commitment"`
}

type inspectReport struct {
	File            string            `json:"file"`
	FileBytes       int64             `json:"file_bytes"`
	Version         int               `json:"format_version"`
	Name            string            `json:"name"`
	Metadata        map[string]string `json:"metadata"`
	GraphCommitment string            `json:"graph_commitment"`
	WeightsRoot     string            `json:"weights_root"`
	WeightCount     int               `json:"weight_count"`
	WeightBytes     int               `json:"weight_bytes"`
	Input           int               `json:"input"`  // the first input
	Output          int               `json:"output"` // the first output
	Inputs          []int             `json:"inputs"`
	Outputs         []int             `json:"outputs"`
	Tensors         []inspectTensor   `json:"tensors"`
	Nodes           []inspectNode     `json:"nodes"`
}

func hex32(h [32]byte) string { return fmt.Sprintf("0x%x", h) }

// inspect summarizes a model read from path.
func inspect(path string) (*inspectReport, error) {
	m, err := modelfile.ReadModelFile(path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	g := m.Graph
	gc, err := g.Commitment()
	if err != nil {
		return nil, err
	}
	r := &inspectReport{
		File: path, FileBytes: st.Size(), Version: modelfile.Version, Name: m.Name, Metadata: m.Metadata,
		GraphCommitment: hex32(gc), Input: g.Input(), Output: g.Output(), Inputs: g.Inputs, Outputs: g.Outputs,
	}
	if r.Metadata == nil {
		r.Metadata = map[string]string{}
	}
	commits := make([][32]byte, len(g.Tensors))
	for id := range g.Tensors {
		ti := &g.Tensors[id]
		size, err := ti.Spec().ByteSize()
		if err != nil {
			return nil, err
		}
		it := inspectTensor{ID: id, Name: ti.Name, Kind: ti.Kind.String(), DType: ti.DType.String(), Shape: ti.Shape, Bytes: size}
		if ti.Kind == graph.Weight {
			commits[id] = graph.CommitTensor(ti.Value)
			it.Commitment = hex32(commits[id])
			r.WeightCount++
			r.WeightBytes += size
		}
		r.Tensors = append(r.Tensors, it)
	}
	// The graph state before any node with a zero input leaf: it commits
	// to every weight at its tensor id. With the input's commitment in its
	// leaf (graph.StateProof) it is the graph state after 0 nodes.
	root, err := graph.StateRoot(g, commits, 0)
	if err != nil {
		return nil, err
	}
	r.WeightsRoot = hex32(root)
	for i, n := range g.Nodes {
		d, err := graph.Describe(g, i)
		if err != nil {
			return nil, err
		}
		in := inspectNode{Index: i, Op: n.Op.String(), Params: []inspectParam{}, Inputs: n.Inputs, Output: n.Output,
			Descriptor: hex32(d.DescriptorCommitment())}
		for _, p := range n.Params {
			ip := inspectParam{Bits: fmt.Sprintf("0x%08x", p.Bits)}
			if p.Float {
				s := strconv.FormatFloat(float64(math.Float32frombits(p.Bits)), 'g', -1, 32)
				ip.Type, ip.Float = "float", &s
			} else {
				v := int32(p.Bits)
				ip.Type, ip.Int = "int", &v
			}
			in.Params = append(in.Params, ip)
		}
		r.Nodes = append(r.Nodes, in)
	}
	return r, nil
}

func (r *inspectReport) writeText(w io.Writer) {
	name := r.Name
	if name == "" {
		name = "(unnamed)"
	}
	fmt.Fprintf(w, "model %s: %s, %d bytes, format version %d\n", name, r.File, r.FileBytes, r.Version)
	keys := make([]string, 0, len(r.Metadata))
	for k := range r.Metadata {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "  %s: %s\n", k, r.Metadata[k])
	}
	fmt.Fprintf(w, "graph commitment  %s\n", r.GraphCommitment)
	fmt.Fprintf(w, "weights root      %s (graph state before any node, input leaf zero)\n", r.WeightsRoot)
	fmt.Fprintf(w, "weights           %d tensors, %d bytes\n", r.WeightCount, r.WeightBytes)
	label := func(id int) string { return fmt.Sprintf("%d:%s", id, r.Tensors[id].Name) }
	labels := func(ids []int) string {
		var s []string
		for _, id := range ids {
			s = append(s, label(id))
		}
		return strings.Join(s, " ")
	}
	fmt.Fprintf(w, "\nnodes (%d, in execution order; inputs %s, outputs %s):\n", len(r.Nodes), labels(r.Inputs), labels(r.Outputs))
	for _, n := range r.Nodes {
		var params []string
		for _, p := range n.Params {
			if p.Float != nil {
				params = append(params, *p.Float)
			} else {
				params = append(params, strconv.Itoa(int(*p.Int)))
			}
		}
		op := n.Op
		if len(params) > 0 {
			op += "(" + strings.Join(params, ", ") + ")"
		}
		var ins []string
		for _, id := range n.Inputs {
			ins = append(ins, label(id))
		}
		out := r.Tensors[n.Output]
		fmt.Fprintf(w, "  %3d  %-28s %s -> %s %s%v\n", n.Index, op, strings.Join(ins, " "), label(n.Output), out.DType, out.Shape)
	}
	fmt.Fprintf(w, "\ntensors (%d):\n", len(r.Tensors))
	for _, t := range r.Tensors {
		fmt.Fprintf(w, "  %3d  %-24s %-11s %-5s %-18s %10d B", t.ID, t.Name, t.Kind, t.DType, fmt.Sprint(t.Shape), t.Bytes)
		if t.Commitment != "" {
			fmt.Fprintf(w, "  %s", t.Commitment)
		}
		fmt.Fprintln(w)
	}
}

func modelInspect(args []string) error {
	fs := newFlags("model inspect", "model inspect [--json] FILE")
	asJSON := fs.Bool("json", false, "print a machine-readable JSON report")
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
	r, err := inspect(fs.Arg(0))
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(r)
	}
	r.writeText(os.Stdout)
	return nil
}

// dimFlags collects repeated --dim name=N flags.
type dimFlags map[string]int

func (d dimFlags) String() string { return fmt.Sprint(map[string]int(d)) }

func (d dimFlags) Set(s string) error {
	name, val, ok := strings.Cut(s, "=")
	n, err := strconv.Atoi(val)
	if !ok || name == "" || err != nil || n <= 0 {
		return errors.New("want name=N with N > 0")
	}
	d[name] = n
	return nil
}

func modelImport(args []string) error {
	fs := newFlags("model import",
		"model import --from onnx|safetensors [--name NAME] [--dim NAME=N]... [--layers L1,L2,...] [--activation A] [--batch N] [--softmax] [--argmax] IN OUT")
	from := fs.String("from", "", "source format: onnx or safetensors")
	name := fs.String("name", "", "model name stored in the file (default: IN's base name)")
	dims := dimFlags{}
	fs.Var(dims, "dim", "ONNX: size of a symbolic input dimension, as `NAME=N` (repeatable)")
	layers := fs.String("layers", "", "safetensors: MLP layers, each with NAME.weight [out, in] and optional NAME.bias")
	activation := fs.String("activation", "relu", "safetensors: activation between layers (relu, gelu, silu, none)")
	batch := fs.Int("batch", 1, "safetensors: rows of the MLP input")
	softmax := fs.Bool("softmax", false, "safetensors: end the MLP with a softmax")
	argmax := fs.Bool("argmax", false, "safetensors: end the MLP with an argmax")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.nArgs(fs, 2, "an input and an output file")
	switch *from {
	case "onnx":
	case "safetensors":
		chk.check(*layers != "", "--from safetensors needs --layers (safetensors files hold weights, not the architecture)")
		chk.check(*batch >= 1, "--batch %d: want at least 1", *batch)
	case "":
		chk.addf("--from is required (onnx or safetensors)")
	default:
		chk.addf("unknown --from %q (want onnx or safetensors)", *from)
	}
	if fs.NArg() >= 1 {
		if _, err := os.Stat(fs.Arg(0)); err != nil {
			chk.addf("%v", fileProblem(fs.Arg(0), err))
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	in, out := fs.Arg(0), fs.Arg(1)
	prog := progress.ForStderr(false)
	defer prog.Done()
	m := &modelfile.Model{Name: *name, Metadata: map[string]string{"source": *from, "source_file": filepath.Base(in)}}
	if m.Name == "" {
		m.Name = strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
	}
	switch *from {
	case "onnx":
		prog.Status("model import: reading %s", in)
		b, err := os.ReadFile(in)
		if err != nil {
			return err
		}
		prog.Status("model import: decoding %d MB of ONNX", len(b)>>20)
		om, err := onnx.Decode(b)
		if err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
		if om.Producer != "" {
			m.Metadata["producer"] = om.Producer
		}
		prog.Status("model import: converting %d ONNX nodes", len(om.Graph.Nodes))
		if m.Graph, err = onnx.Convert(om, onnx.Options{Dims: dims}); err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
	case "safetensors":
		prog.Status("model import: reading %s", in)
		f, err := safetensors.ReadFile(in)
		if err != nil {
			return err
		}
		spec := safetensors.MLPSpec{Layers: strings.Split(*layers, ","), Activation: *activation, Batch: *batch, Softmax: *softmax, Argmax: *argmax}
		if m.Graph, err = safetensors.MLP(f.Tensors, spec); err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
		m.Metadata["architecture"] = fmt.Sprintf("mlp layers=%s activation=%s batch=%d softmax=%v argmax=%v",
			*layers, *activation, *batch, *softmax, *argmax)
	default:
		return &exitError{2, fmt.Sprintf("model import: unknown --from %q (onnx or safetensors)", *from)}
	}
	prog.Status("model import: writing %s (committing to every weight)", out)
	if err := modelfile.WriteFile(out, m); err != nil {
		return err
	}
	gc, err := m.Graph.Commitment()
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d nodes, %d tensors, graph commitment %s\n", out, len(m.Graph.Nodes), len(m.Graph.Tensors), hex32(gc))
	return nil
}

var _ flag.Value = dimFlags{}
