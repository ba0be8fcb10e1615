// Package load opens any model file opml serves: an ONNX graph (.onnx), an opml model file (.opml) or a LLaMA
// GGUF model (.gguf, unrolled into a generation graph of a fixed length). One table, keyed by the kind of file,
// gives the graph and what a client needs to know of it: its inputs' and outputs' names, dtypes and shapes.
// `opml infer`, `opml model register`, `opml serve`, `opml ask` and `opml demo` all open models through it.
package load

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/modelfile"
	"github.com/opml-dev/opml/models/onnx"
	"github.com/opml-dev/opml/tensor"
)

// DefaultLength is the total length (prompt + generated tokens) a GGUF model's generation graph has unless
// Options.Length says otherwise: 16 + 16.
const DefaultLength = 32

// Options tune how a file becomes a graph.
type Options struct {
	// Length is a GGUF model's generation length L (prompt and generated tokens); 0 is DefaultLength, or with
	// Prompt the prompt's tokens and Generate more.
	Length int
	// Prompt and Generate, for a GGUF model: the prompt's tokens (Model.Prompt) and how many tokens follow them.
	Prompt   string
	Generate int
	// Dims and Shapes fix an ONNX model's symbolic dimensions (onnx.Options).
	Dims   map[string]int
	Shapes map[string][]int
	// Progress, if set, is told how far the hashing of a GGUF model's weights has got.
	Progress func(done, total int64)
	// TileSteps is the two-phase registration's VM step budget per node run (0: game.DefaultTileSteps).
	TileSteps uint64
}

// IO is one graph input or output as a client sees it.
type IO struct {
	Name  string
	DType tensor.DType
	Shape []int
}

// Spec returns its dtype and shape.
func (io IO) Spec() graph.Spec { return graph.Spec{DType: io.DType, Shape: io.Shape} }

func (io IO) String() string { return fmt.Sprintf("%s %v", io.Name, io.Spec()) }

// Model is an opened model file.
type Model struct {
	Path string
	Kind string // "onnx", "opml" or "gguf"
	Name string // the file's base name without its extension
	// Graph is what the oracle runs; Inputs and Outputs list its inputs and outputs in order.
	Graph           *graph.Graph
	Inputs, Outputs []IO
	// Llama is a GGUF model's generation graph (Graph is its graph), with the tokenizer; nil for other kinds.
	Llama *llama.GenGraph
	// Prompt is Options.Prompt's tokens (GGUF models given a prompt).
	Prompt []int32
	// Open is how long reading the file took, Build how long making the graph took.
	Open, Build time.Duration
	// TileSteps is Options.TileSteps: the budget Registration tiles the nodes under.
	TileSteps uint64
	close     func() error
}

// kinds is the loader table: one row per kind of model file.
var kinds = []struct {
	kind, ext string
	open      func(m *Model, o Options) error
}{
	{"onnx", ".onnx", openONNX},
	{"opml", ".opml", openOPML},
	{"gguf", ".gguf", openGGUF},
}

// Kinds returns the extensions Open knows.
func Kinds() []string {
	var out []string
	for _, k := range kinds {
		out = append(out, k.ext)
	}
	return out
}

// KindOf returns the kind of the model file at path by its extension (GGUF and opml files are also known by
// their magic), or "" if it is none of Kinds.
func KindOf(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	for _, k := range kinds {
		if k.ext == ext {
			return k.kind
		}
	}
	switch magic := fileMagic(path); {
	case strings.HasPrefix(magic, "GGUF"):
		return "gguf"
	case magic == modelfile.Magic:
		return "opml"
	}
	return ""
}

// fileMagic returns the first 8 bytes of the file at path ("" if it cannot be read).
func fileMagic(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var magic [8]byte
	n, _ := io.ReadFull(f, magic[:])
	return string(magic[:n])
}

// Open opens the model file at path. Close it when done (a GGUF model's weights stay mapped until then).
func Open(path string, o Options) (*Model, error) {
	kind := KindOf(path)
	i := slices.IndexFunc(kinds, func(k struct {
		kind, ext string
		open      func(m *Model, o Options) error
	}) bool {
		return k.kind == kind
	})
	if i < 0 {
		return nil, fmt.Errorf("%s: not a model file opml opens (want %s)", path, strings.Join(Kinds(), ", "))
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	m := &Model{Path: path, Kind: kind, Name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), TileSteps: o.TileSteps}
	if err := kinds[i].open(m, o); err != nil {
		m.Close()
		return nil, err
	}
	if err := m.Graph.Validate(); err != nil {
		m.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m.Inputs, m.Outputs = ioOf(m.Graph, m.Graph.Inputs), ioOf(m.Graph, m.Graph.Outputs)
	return m, nil
}

func ioOf(g *graph.Graph, ids []int) []IO {
	out := make([]IO, len(ids))
	for i, id := range ids {
		ti := &g.Tensors[id]
		out[i] = IO{Name: ti.Name, DType: ti.DType, Shape: slices.Clone(ti.Shape)}
	}
	return out
}

// Close releases what the model holds.
func (m *Model) Close() error {
	if m == nil || m.close == nil {
		return nil
	}
	err := m.close()
	m.close = nil
	return err
}

func openONNX(m *Model, o Options) error {
	start := time.Now()
	data, err := os.ReadFile(m.Path)
	if err != nil {
		return err
	}
	om, err := onnx.Decode(data)
	m.Open = time.Since(start)
	if err != nil {
		return fmt.Errorf("%s: %w", m.Path, err)
	}
	start = time.Now()
	if m.Graph, err = onnx.Convert(om, onnx.Options{Dims: o.Dims, Shapes: o.Shapes}); err != nil {
		return fmt.Errorf("%s: %w", m.Path, err)
	}
	m.Build = time.Since(start)
	return nil
}

func openOPML(m *Model, _ Options) error {
	start := time.Now()
	mf, err := modelfile.ReadModelFile(m.Path)
	if err != nil {
		return err
	}
	m.Open, m.Graph = time.Since(start), mf.Graph
	if mf.Name != "" {
		m.Name = mf.Name
	}
	return nil
}

func openGGUF(m *Model, o Options) error {
	if !isGGUF(m.Path) {
		return fmt.Errorf("%s: not a GGUF model file", m.Path)
	}
	length := o.Length
	if length == 0 {
		length = DefaultLength
	}
	start := time.Now()
	lm, err := llama.OpenGGUF(m.Path)
	if err != nil {
		return err
	}
	m.close = lm.Close
	m.Open = time.Since(start)
	if o.Prompt != "" {
		m.Prompt = lm.Tokenizer.Encode(o.Prompt)
		if o.Length == 0 {
			if o.Generate < 1 {
				return fmt.Errorf("%s: a prompt needs a number of tokens to generate", m.Path)
			}
			length = len(m.Prompt) + o.Generate
		}
		if len(m.Prompt) < 1 || len(m.Prompt) >= length {
			return fmt.Errorf("%s: a prompt of %d tokens in a generation of %d", m.Path, len(m.Prompt), length)
		}
	}
	start = time.Now()
	if m.Llama, err = lm.GenerationGraph(length); err != nil {
		return err
	}
	m.Graph, m.Build = m.Llama.Graph, time.Since(start)
	return nil
}

// isGGUF reports whether the file at path starts with GGUF's magic.
func isGGUF(path string) bool { return strings.HasPrefix(fileMagic(path), "GGUF") }

// WeightCommitments returns the commitment of every weight by tensor id (zero for other tensors): a GGUF
// model's from the sidecar next to its file where it matches (llama.CachedWeightCommitments, which hashes and
// writes back the rest), other models' hashed here. The report is nil except for GGUF models.
func (m *Model) WeightCommitments(progress func(done, total int64)) ([][32]byte, *llama.CommitReport, error) {
	if m.Llama != nil {
		return m.Llama.CachedWeightCommitments(m.Path, progress)
	}
	weights := make([]*tensor.Tensor, len(m.Graph.Tensors))
	for id, ti := range m.Graph.Tensors {
		if ti.Kind == graph.Weight {
			weights[id] = ti.Value
		}
	}
	return graph.Commitments(weights), nil, nil
}

// Registration returns the model's registration played with the given number of phases (1: the whole graph is
// one VM run; 2: graph nodes, then one node's VM run) on the executor image exe. A LLaMA generation registers
// two-phase from its cached weight commitments, and single-phase only where it is small (SinglePhaseFits).
func (m *Model) Registration(exe *host.Image, phases int) (*game.ModelInfo, *llama.CommitReport, error) {
	switch phases {
	case 1:
		if m.Llama != nil {
			if err := m.SinglePhaseFits(); err != nil {
				return nil, nil, err
			}
		}
		info, err := game.SinglePhaseModel(exe, m.Graph)
		return info, nil, err
	case 2:
		weights, rep, err := m.WeightCommitments(nil)
		if err != nil {
			return nil, nil, err
		}
		info, err := game.TiledMultiPhaseModel(exe, m.Graph, weights, m.TileSteps)
		return info, rep, err
	}
	return nil, nil, fmt.Errorf("load: %d phases (want 1 or 2)", phases)
}

// singlePhaseGenerationSteps is the most VM steps a LLaMA generation's estimated run, its sampling steps aside,
// may take to be registered single-phase: half of game.VMSteps. The other half is left for the executor's
// graph-mode work and for sampling, whose cost the request decides (greedy picks are cheap; a temperature's
// softmax over a 32,000-token vocabulary costs about 4 × 10^8 steps per position in soft float, so sampled
// requests of a model this small can still run past game.VMSteps and settle as failed runs).
const singlePhaseGenerationSteps = game.VMSteps / 2

// SinglePhaseFits says why a LLaMA generation cannot be registered single-phase (nil: it can): its one VM run
// would not halt within game.VMSteps. That rules out every model but the tiniest (a 64-wide, 2-layer Q8_0 one runs 12 positions in 2 × 10^9 steps; its
// F32 twin needs 2 × 10^10).
func (m *Model) SinglePhaseFits() error {
	var steps uint64
	for i := range m.Graph.Nodes {
		if m.Llama.Nodes[i].Kind == llama.NodeNext {
			continue
		}
		w, err := graph.Cost(m.Graph, i)
		if err != nil {
			return err
		}
		steps += w.Steps()
	}
	if steps > singlePhaseGenerationSteps {
		return fmt.Errorf("load: %s's generation is about %.1f × 10^9 VM steps as one run, over the %.1f × 10^9 a single-phase game leaves it: play it two-phase (--phases 2)",
			filepath.Base(m.Path), float64(steps)/1e9, float64(singlePhaseGenerationSteps)/1e9)
	}
	return nil
}

// Request returns the bytes of a request's input: the inputs' canonical bytes concatenated in the graph's
// order (game.TensorIO), from tensors named by input name. Every input must be given, with its dtype and shape.
func (m *Model) Request(named map[string]*tensor.Tensor) ([]byte, error) {
	var out []byte
	var missing []string
	for _, in := range m.Inputs {
		t, ok := named[in.Name]
		if !ok {
			missing = append(missing, in.String())
			continue
		}
		if !graph.SpecOf(t).Equal(in.Spec()) {
			return nil, fmt.Errorf("input %s is %v; the model takes %v", in.Name, graph.SpecOf(t), in.Spec())
		}
		out = append(out, t.Bytes()...)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing input %s", strings.Join(missing, ", "))
	}
	for name := range named {
		if !slices.ContainsFunc(m.Inputs, func(in IO) bool { return in.Name == name }) {
			return nil, fmt.Errorf("the model has no input named %s (it takes %s)", name, ioNames(m.Inputs))
		}
	}
	return out, nil
}

func ioNames(list []IO) string {
	var s []string
	for _, io := range list {
		s = append(s, io.String())
	}
	return strings.Join(s, ", ")
}

// InputNames returns the names of the graph inputs of the model file at path, in order, without making its graph
// where the format allows (an ONNX model's symbolic dimensions may wait for its inputs' shapes).
func InputNames(path string) ([]string, error) {
	if KindOf(path) == "onnx" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		om, err := onnx.Decode(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return onnx.InputNames(om), nil
	}
	m, err := Open(path, Options{})
	if err != nil {
		return nil, err
	}
	defer m.Close()
	var names []string
	for _, in := range m.Inputs {
		names = append(names, in.Name)
	}
	return names, nil
}
