package demo

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/tensor"
)

// ServedModel returns an opened model as the agents serve it, registered with the given number of phases.
func ServedModel(m *load.Model, phases int) (*agent.Model, error) {
	exe := host.Shipped()
	info, _, err := m.Registration(exe, phases)
	if err != nil {
		return nil, fmt.Errorf("demo: registration of %s (%d-phase): %w", m.Path, phases, err)
	}
	name := m.Name
	if phases == 2 {
		name += "-2phase"
	}
	served := &agent.Model{Name: name, Graph: m.Graph, Executor: exe, Info: info, Describe: Describer(m, info)}
	if m.Llama != nil {
		// A LLaMA model's weights are gigabytes: the agents take their commitments from the cache, not hashing again.
		if served.Weights, _, err = m.WeightCommitments(nil); err != nil {
			return nil, err
		}
	}
	return served, nil
}

// Describer says what a model's output is in narration: a LLaMA generation's tokens and text, other models'
// outputs by name with their first values.
func Describer(m *load.Model, info *game.ModelInfo) func([]byte) string {
	return func(out []byte) string {
		ts, err := game.SplitTensors(info.Outputs, out)
		if err != nil {
			return fmt.Sprintf("output %s", shortHash(out))
		}
		if m.Llama != nil && len(ts) == 1 {
			if ids, err := ts[0].Int32s(); err == nil {
				return fmt.Sprintf("tokens %v %q", ids, m.Llama.Model.Tokenizer.Decode(ids))
			}
		}
		var parts []string
		for i, t := range ts {
			parts = append(parts, fmt.Sprintf("%s=%s", info.Outputs[i].Name, previewValues(t)))
		}
		return strings.Join(parts, " ")
	}
}

// previewValues shows a tensor's first values.
func previewValues(t *tensor.Tensor) string {
	const most = 6
	var vals []string
	if f, err := t.Float32s(); err == nil {
		for _, v := range f[:min(most, len(f))] {
			vals = append(vals, fmt.Sprintf("%.4g", v))
		}
	} else if v, err := t.Int64s(); err == nil {
		for _, x := range v[:min(most, len(v))] {
			vals = append(vals, fmt.Sprint(x))
		}
	} else {
		return shortHash(t.Bytes())
	}
	if t.Len() > most {
		vals = append(vals, "…")
	}
	return "[" + strings.Join(vals, " ") + "]"
}

// OutputSummary is one graph output of the request in the summary: the delivered value's commitment (the
// correct one's when nothing was delivered).
type OutputSummary struct {
	Name       string `json:"name"`
	DType      string `json:"dtype"`
	Shape      []int  `json:"shape"`
	Commitment string `json:"commitment"`
	Correct    bool   `json:"correct"` // the delivered value is the honest one
}

// request is what the dApp asks of a model other than the shipped MNIST: the input bytes and the honest output.
type request struct {
	input, want []byte
	what        string // narration: what is asked
}

// prepareRequest builds the request of a loaded model from the options: its named input tensors, or a LLaMA
// model's prompt (with o.Sampler), and computes the honest output natively.
func prepareRequest(m *load.Model, o Options) (*request, error) {
	var ins []*tensor.Tensor
	r := &request{}
	if m.Llama != nil {
		if len(m.Prompt) == 0 {
			return nil, fmt.Errorf("demo: %s is a LLaMA model: ask it with a prompt", m.Path)
		}
		s := o.Sampler
		if s.TopP == 0 {
			s.TopP = 1 // the zero Sampler: greedy
		}
		req, err := m.Llama.Request(m.Prompt, s)
		if err != nil {
			return nil, err
		}
		ins = []*tensor.Tensor{req}
		how := "a greedy continuation"
		if s.Temperature > 0 {
			how = fmt.Sprintf("a continuation sampled at temperature %g, top-p %g, seed %d,", s.Temperature, s.TopP, s.Seed)
		}
		r.what = fmt.Sprintf("%s of %q (%d prompt tokens, %d to generate)", how, o.Prompt, len(m.Prompt),
			m.Llama.Length-len(m.Prompt))
	} else {
		if _, err := m.Request(o.Inputs); err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		var names []string
		for _, in := range m.Inputs {
			ins = append(ins, o.Inputs[in.Name])
			names = append(names, in.String())
		}
		r.what = "the outputs of " + m.Name + " on " + strings.Join(names, ", ")
	}
	r.input = game.JoinTensors(ins)
	vals, err := graph.Run(m.Graph, ins...)
	if err != nil {
		return nil, fmt.Errorf("demo: the native run of %s: %w", m.Path, err)
	}
	var outs []*tensor.Tensor
	for _, id := range m.Graph.Outputs {
		outs = append(outs, vals[id])
	}
	r.want = game.JoinTensors(outs)
	return r, nil
}

// askTensors deploys the TensorConsumer dApp for the model and has the requester ask it.
func (d *run) askTensors(ctx context.Context) error {
	tc, err := contracts.DeployTensorConsumer(ctx, d.base, d.sys, d.model.ID())
	if err != nil {
		return err
	}
	d.tensors, d.dapp = tc, tc.Addr
	user := contracts.NewTensorConsumer(d.base.As(d.keys["requester"]), tc.Addr)
	fee, err := user.Fee(ctx)
	if err != nil {
		return err
	}
	receipt, err := user.AskTx(d.req.input, fee).Send(ctx, d.base.As(d.keys["requester"]))
	if err != nil {
		return fmt.Errorf("demo: the dApp's request: %w", err)
	}
	if err := d.requestFrom(receipt.Logs); err != nil {
		return err
	}
	d.say("dApp", "TensorConsumer %s asks model %s for %s, fee %s ETH: request %v", short(tc.Addr), contracts.ShortID(d.model.ID()),
		d.req.what, eth(fee), d.requestID)
	d.say("dApp", "(the correct answer, computed natively here for reference: %s)", d.model.Describe(d.req.want))
	return nil
}

// summarizeTensors fills in what the dApp got from a model other than MNIST.
func (d *run) summarizeTensors(ctx context.Context, s *Summary) error {
	ans, err := d.tensors.Answer(ctx, d.requestID)
	if err != nil {
		return err
	}
	s.Model, s.ModelID = d.model.Name, d.model.ID().String()
	s.ResultDelivered = ans.Delivered && !ans.Failed
	got := d.req.want
	if s.ResultDelivered {
		got = ans.Output
		s.DeliveredCorrect = bytes.Equal(ans.Output, d.req.want)
	}
	info := d.model.Info
	outs, err := game.SplitTensors(info.Outputs, got)
	if err != nil {
		return err
	}
	wants, err := game.SplitTensors(info.Outputs, d.req.want)
	if err != nil {
		return err
	}
	for i, t := range outs {
		o := info.Outputs[i]
		shape := o.Shape
		if shape == nil {
			shape = []int{}
		}
		s.Outputs = append(s.Outputs, OutputSummary{Name: o.Name, DType: o.DType.String(), Shape: shape,
			Commitment: fmt.Sprintf("0x%x", graph.CommitTensor(t)), Correct: s.ResultDelivered && bytes.Equal(t.Bytes(), wants[i].Bytes())})
	}
	if lm := d.o.Model.Llama; lm != nil && s.ResultDelivered {
		gen, _, err := lm.Generated(outs[0], len(d.o.Model.Prompt))
		if err != nil {
			return err
		}
		s.Tokens, s.Text = gen, lm.Model.Tokenizer.Decode(gen)
	}
	return nil
}
