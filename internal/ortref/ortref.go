// Package ortref runs ONNX models with ONNX Runtime (the npm package
// onnxruntime-node, CPU) as the reference opml's ONNX import is compared
// with and timed against. It needs node and the project's node_modules
// (scripts/install-deps installs both).
package ortref

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"github.com/opml-dev/opml/tensor"
)

//go:embed ort.mjs
var script []byte

// Case is one model run: the model file, its named inputs, the outputs to
// fetch, the number of intra-op threads and of timed runs.
type Case struct {
	Model   string
	Inputs  []Input
	Outputs []string
	Threads int
	Repeat  int
	// Optimize enables all of ONNX Runtime's graph optimizations (for
	// timing); the default (basic) keeps its arithmetic closest to the
	// model as written.
	Optimize bool
}

// Input is one named input tensor.
type Input struct {
	Name   string
	Tensor *tensor.Tensor
}

// Result is what ONNX Runtime returned for a case: the outputs in the
// order asked, the wall time of every run in milliseconds, or the error
// ONNX Runtime reported.
type Result struct {
	Outputs []*tensor.Tensor
	Times   []float64
	Err     error
}

var types = map[tensor.DType]string{tensor.F32: "float32", tensor.I32: "int32", tensor.I64: "int64", tensor.Bool: "bool"}

// Root returns the directory holding node_modules/onnxruntime-node: dir or
// its nearest ancestor that has it.
func Root(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "node_modules", "onnxruntime-node", "package.json")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("ortref: no node_modules/onnxruntime-node above " + dir + " (run scripts/install-deps)")
		}
		d = parent
	}
}

// Run runs every case with node and onnxruntime-node from root (see Root).
// A case ONNX Runtime rejects has its Err set; Run's own error is for
// failures to run node at all.
func Run(root string, cases []Case) ([]Result, error) {
	dir, err := os.MkdirTemp("", "ortref")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	type jsonInput struct {
		Name string `json:"name"`
		Type string `json:"type"`
		File string `json:"file"`
		Dims []int  `json:"dims"`
	}
	type jsonCase struct {
		Model    string      `json:"model"`
		Inputs   []jsonInput `json:"inputs"`
		Outputs  []string    `json:"outputs"`
		Threads  int         `json:"threads"`
		Repeat   int         `json:"repeat"`
		Optimize bool        `json:"optimize"`
		Out      string      `json:"out"`
	}
	var job struct {
		Cases []jsonCase `json:"cases"`
	}
	for i, c := range cases {
		out := filepath.Join(dir, strconv.Itoa(i))
		if err := os.Mkdir(out, 0o755); err != nil {
			return nil, err
		}
		model, err := filepath.Abs(c.Model)
		if err != nil {
			return nil, err
		}
		jc := jsonCase{Model: model, Outputs: c.Outputs, Threads: max(c.Threads, 1), Repeat: max(c.Repeat, 1), Optimize: c.Optimize, Out: out}
		for k, in := range c.Inputs {
			typ, ok := types[in.Tensor.DType()]
			if !ok {
				return nil, fmt.Errorf("ortref: input %q of type %v", in.Name, in.Tensor.DType())
			}
			f := filepath.Join(out, fmt.Sprintf("in%d.bin", k))
			if err := os.WriteFile(f, in.Tensor.Bytes(), 0o644); err != nil {
				return nil, err
			}
			jc.Inputs = append(jc.Inputs, jsonInput{Name: in.Name, Type: typ, File: f, Dims: in.Tensor.Shape()})
		}
		job.Cases = append(job.Cases, jc)
	}
	jobFile := filepath.Join(dir, "job.json")
	b, _ := json.Marshal(job)
	if err := os.WriteFile(jobFile, b, 0o644); err != nil {
		return nil, err
	}
	scriptFile := filepath.Join(dir, "ort.mjs")
	if err := os.WriteFile(scriptFile, script, 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command("node", scriptFile, root, jobFile)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("ortref: node: %v\n%s", err, out)
	}
	results := make([]Result, len(cases))
	for i := range cases {
		var r struct {
			Outputs []struct {
				Name, Type string
				Dims       []int
			}
			Times []float64
			Error string
		}
		out := filepath.Join(dir, strconv.Itoa(i))
		data, err := os.ReadFile(filepath.Join(out, "result.json"))
		if err != nil {
			return nil, fmt.Errorf("ortref: case %d: %w", i, err)
		}
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("ortref: case %d: %w", i, err)
		}
		results[i].Times = r.Times
		if r.Error != "" {
			results[i].Err = errors.New("onnxruntime: " + r.Error)
			continue
		}
		for k, o := range r.Outputs {
			var dt tensor.DType
			for d, name := range types {
				if name == o.Type {
					dt = d
				}
			}
			if dt == 0 {
				results[i].Err = fmt.Errorf("onnxruntime output %q of type %s", o.Name, o.Type)
				break
			}
			raw, err := os.ReadFile(filepath.Join(out, fmt.Sprintf("%d.bin", k)))
			if err != nil {
				return nil, err
			}
			t, err := tensor.FromBytes(dt, raw, o.Dims...)
			if err != nil {
				return nil, fmt.Errorf("ortref: output %q: %w", o.Name, err)
			}
			results[i].Outputs = append(results[i].Outputs, t)
		}
	}
	return results, nil
}
