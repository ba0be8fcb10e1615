package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/npy"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// `opml ask --model`: a dApp user asks any registered model through the oracle itself (no callback): the
// registration on chain lists the model's inputs and outputs, so .npy tensors go in and come out, and a LLaMA
// generation is asked with a prompt.

// asksModel reports whether ask's arguments name a model (the any-model form) rather than the DigitConsumer.
func asksModel(args []string) bool {
	return slices.ContainsFunc(args, func(a string) bool {
		return a == "--model" || a == "-model" || strings.HasPrefix(a, "--model=") || strings.HasPrefix(a, "-model=")
	})
}

func askModel(args []string) error {
	fs := newFlags("ask", "ask --model ID|FILE (--input [NAME=]FILE.npy ... | --prompt TEXT -n N [--temp T --top-p P --seed S] [--tokenizer FILE.gguf]) --rpc URL --oracle ADDR [--out DIR] [--length L] [--fee AMOUNT] [--wait D] [--json] (key: --keystore DIR --password-file F | $OPML_KEY)")
	describe(fs, "Asks a registered model through the oracle (no callback) and prints each output the oracle finalizes. The "+
		"registration lists the model's inputs and outputs: the request is the inputs' bytes concatenated in order.")
	model := fs.String("model", "", "the model: its id (decimal or 0x hex), or its file (.onnx, .opml, .gguf), whose registration on chain is used")
	rpc := fs.String("rpc", "", "JSON-RPC `URL` of the chain")
	oracle := fs.String("oracle", "", "`ADDRESS` of the AIOracle contract")
	key := addKeyFlags(fs, "the asking account's funded key")
	tx := addTxFlags(fs)
	var inputs inputFlags
	fs.Var(&inputs, "input", "an input tensor as `NAME=FILE.npy` (repeatable; a bare FILE.npy for a one-input model)")
	out := fs.String("out", "", "write every output as `DIR`/<name>.npy")
	prompt := fs.String("prompt", "", "for a LLaMA generation: the prompt `TEXT` to continue")
	sf := addSamplerFlags(fs)
	n := fs.Int("n", 0, "with --prompt: the `N` tokens to print (at most the registered length less the prompt)")
	tokenizer := fs.String("tokenizer", "", "with --prompt and a model id: the .gguf `FILE` whose tokenizer to use")
	length := fs.Int("length", defaultGenLength, "with --model FILE.gguf: the generation length `L` it is registered with")
	fee := fs.String("fee", "", "fee (wei, or with a unit: 1gwei, 0.001ether; default: the oracle's minimum)")
	wait := fs.Duration("wait", 15*time.Minute, "how long to wait for the answer (0: do not wait)")
	asJSON := fs.Bool("json", false, "print one object on stdout at the end (no narration or countdown; wei amounts as decimal strings)")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "rpc", "oracle", "model")
	key.check(chk, true)
	tx.check(chk)
	oracleAddr := chk.address("oracle", *oracle)
	chk.check((len(inputs) == 0) != (*prompt == ""), "give --input tensors or a --prompt")
	chk.check(*prompt == "" || *n >= 1, "--prompt needs -n N ≥ 1 (the tokens to generate)")
	sf.check(chk)
	chk.check(*wait >= 0, "--wait %v: want 0 or more", *wait)
	var value *big.Int
	if *fee != "" {
		if value, err = chain.ParseAmount(*fee); err != nil {
			chk.addf("--fee: %v", err)
		}
	}
	id, isID := parseModelID(*model)
	if !isID && *model != "" {
		if _, err := os.Stat(*model); err != nil {
			chk.addf("--model: %v", fileProblem(*model, err))
		}
	}
	if *prompt != "" && isID && *tokenizer == "" {
		chk.addf("--prompt with a model id needs --tokenizer FILE.gguf (or give the model's file as --model)")
	}
	named, bare, err := readInputs(inputs)
	if err != nil {
		chk.addf("%v", err)
	}
	if err := chk.err(); err != nil {
		return err
	}
	k, err := key.load()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := chain.Dial(ctx, *rpc, k)
	if err != nil {
		return err
	}
	defer c.Close()
	tx.apply(c)
	sys, err := contracts.SystemAt(ctx, c, oracleAddr)
	if err != nil {
		return err
	}
	var file *load.Model
	if !isID {
		if file, err = load.Open(*model, load.Options{Length: *length}); err != nil {
			return err
		}
		defer file.Close()
		if id, err = registeredID(ctx, c, sys, file); err != nil {
			return err
		}
	}
	info, err := sys.Registry(c).Model(ctx, id)
	if err != nil {
		return fmt.Errorf("model %s: %w", contracts.ShortID(id), err)
	}
	var input []byte
	var tok *llama.Tokenizer
	var promptTokens []int32
	if *prompt != "" {
		tokFile := *tokenizer
		if tokFile == "" {
			tokFile = *model
		}
		if tok, err = openTokenizer(tokFile); err != nil {
			return err
		}
		if input, promptTokens, err = generationRequest(info, tok, *prompt, *n, sf.sampler()); err != nil {
			return err
		}
	} else if input, err = tensorRequest(info, named, bare); err != nil {
		return err
	}
	o := sys.Oracle(c)
	if value == nil {
		if value, err = o.EstimateFee(ctx, id, 0); err != nil {
			return err
		}
	}
	receipt, err := o.RequestTx(id, input, common.Address{}, 0, nil, value).Send(ctx, c)
	if err != nil {
		return err
	}
	var reqID *big.Int
	for _, l := range receipt.Logs {
		if ev, err := o.ABI().UnpackAICallbackRequestEvent(l); err == nil {
			reqID = ev.RequestId
		}
	}
	if reqID == nil {
		return fmt.Errorf("the request emitted no AICallbackRequest event (tx %s)", receipt.TxHash)
	}
	say := func(format string, args ...any) {
		if !*asJSON {
			fmt.Fprintf(stdout, format+"\n", args...)
		}
	}
	res := &askModelResult{RequestID: reqID.String(), Model: id.String(), AskTx: receipt.TxHash.Hex(), FeeWei: value.String(), Games: []uint64{}}
	say("request %v sent to model %s (tx %s, fee %s)", reqID, contracts.ShortID(id), receipt.TxHash, chain.FormatEther(value))
	if *wait == 0 {
		return res.write(*asJSON)
	}
	output, err := awaitOutput(ctx, c, o, reqID, receipt.BlockNumber, *wait, *asJSON)
	if err != nil {
		return err
	}
	if tok != nil {
		res.Generation, err = readGeneration(info, tok, output, promptTokens, *n)
		if err == nil {
			say("request %v: the oracle answered tokens %v\n%s", reqID, res.Generation.Tokens, res.Generation.Text)
		}
	} else {
		var ts []*tensor.Tensor
		res.Outputs, ts, err = readOutputs(info, output, *out)
		if err == nil {
			say("request %v: the oracle answered", reqID)
			for i, a := range res.Outputs {
				say("%s", outputLine(a, info.Outputs[i], ts[i]))
			}
		}
	}
	if err != nil {
		return err
	}
	h, err := o.History(ctx, reqID, receipt.BlockNumber.Uint64())
	if err != nil {
		return err
	}
	res.noteHistory(h)
	say("%s", historyLine(h))
	return res.write(*asJSON)
}

// parseModelID reads a model id in decimal or 0x hex.
func parseModelID(s string) (*big.Int, bool) {
	id, ok := new(big.Int).SetString(s, 0)
	return id, ok && id.Sign() > 0
}

// readInputs reads --input tensors: named ones, or one bare.
func readInputs(inputs []string) (map[string]*tensor.Tensor, *tensor.Tensor, error) {
	named := map[string]*tensor.Tensor{}
	var bare *tensor.Tensor
	for _, in := range inputs {
		name, file, ok := cutInput(in)
		t, err := npy.ReadFile(file)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case !ok && len(inputs) > 1:
			return nil, nil, fmt.Errorf("with several inputs, name each (--input NAME=%s)", file)
		case !ok:
			bare = t
		case named[name] != nil:
			return nil, nil, fmt.Errorf("input %s given twice", name)
		default:
			named[name] = t
		}
	}
	return named, bare, nil
}

// registeredID returns the id of the registration of an opened model file that is registered (two-phase first).
func registeredID(ctx context.Context, c *chain.Chain, sys *contracts.System, m *load.Model) (*big.Int, error) {
	for _, phases := range []int{2, 1} {
		if phases == 1 && m.Llama != nil && m.SinglePhaseFits() != nil {
			break
		}
		info, _, err := m.Registration(host.Shipped(), phases)
		if err != nil {
			return nil, err
		}
		id := contracts.ModelID(info)
		ok, err := sys.Registry(c).Registered(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			return id, nil
		}
	}
	return nil, fmt.Errorf("%s is not registered in %s (opml model register registers it)", m.Path, sys.ModelRegistry)
}

// tensorRequest encodes the request input from .npy tensors matched to the registration's inputs by name.
func tensorRequest(info *game.ModelInfo, named map[string]*tensor.Tensor, bare *tensor.Tensor) ([]byte, error) {
	if bare != nil {
		if len(info.Inputs) != 1 {
			return nil, &exitError{2, fmt.Sprintf("the model has %d inputs (%s): name each as --input NAME=FILE.npy", len(info.Inputs), ioList(info.Inputs))}
		}
		named = map[string]*tensor.Tensor{info.Inputs[0].Name: bare}
	}
	var input []byte
	for _, in := range info.Inputs {
		t, ok := named[in.Name]
		if !ok {
			return nil, &exitError{2, fmt.Sprintf("missing --input %s=FILE.npy (%v); the model takes %s", in.Name, in.Spec(), ioList(info.Inputs))}
		}
		if !graph.SpecOf(t).Equal(in.Spec()) {
			return nil, &exitError{2, fmt.Sprintf("input %s is %v; the model takes %v", in.Name, graph.SpecOf(t), in.Spec())}
		}
		delete(named, in.Name)
		input = append(input, t.Bytes()...)
	}
	for name := range named {
		return nil, &exitError{2, fmt.Sprintf("the model has no input named %s (it takes %s)", name, ioList(info.Inputs))}
	}
	return input, nil
}

func ioList(list []game.TensorIO) string {
	var s []string
	for _, t := range list {
		s = append(s, fmt.Sprintf("%s %v", t.Name, t.Spec()))
	}
	return strings.Join(s, ", ")
}

// openTokenizer reads a GGUF model's tokenizer.
func openTokenizer(path string) (*llama.Tokenizer, error) {
	m, err := llama.OpenGGUF(path)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	return m.Tokenizer, nil
}

// generationRequest encodes a generation request (the sampler's settings and the prompt) for a registered LLaMA
// generation graph: its one input is I32[8+L], its one output I32[L].
func generationRequest(info *game.ModelInfo, tok *llama.Tokenizer, prompt string, n int, s llama.Sampler) ([]byte, []int32, error) {
	if len(info.Inputs) != 1 || len(info.Outputs) != 1 || info.Inputs[0].DType != tensor.I32 || len(info.Inputs[0].Shape) != 1 {
		return nil, nil, errors.New("--prompt: the model is not a LLaMA generation (one I32 request in, token ids out)")
	}
	length := info.Inputs[0].Shape[0] - llm.HeaderWords
	tokens := tok.Encode(prompt)
	if len(tokens)+n > length {
		return nil, nil, &exitError{2, fmt.Sprintf("--prompt is %d tokens; with -n %d that is more than the %d the model is registered for", len(tokens), n, length)}
	}
	words, err := llm.EncodeRequest(tokens, s, length)
	if err != nil {
		return nil, nil, err
	}
	t, err := tensor.FromInt32(words, len(words))
	if err != nil {
		return nil, nil, err
	}
	return t.Bytes(), tokens, nil
}

// awaitOutput waits for request id to be final and returns the output the oracle delivered (its
// AICallbackResult event); quiet (--json) says nothing on the way.
func awaitOutput(ctx context.Context, c *chain.Chain, o *contracts.Oracle, id, from *big.Int, wait time.Duration, quiet bool) ([]byte, error) {
	deadline := time.After(wait)
	reporter := progress.ForStderr(quiet)
	defer reporter.Done()
	st, err := newStages(ctx, c, o, id, func(format string, args ...any) {
		reporter.Done()
		if !quiet {
			fmt.Fprintf(stdout, format+"\n", args...)
		}
	}, reporter)
	if err != nil {
		return nil, err
	}
	for {
		r, err := o.Request(ctx, id)
		if err != nil {
			return nil, err
		}
		if err := st.note(ctx, r); err != nil {
			return nil, err
		}
		if r.Status.Final() {
			switch {
			case r.Status == contracts.StatusNoResult:
				return nil, fmt.Errorf("request %v: no result was left standing; the fee was refunded", id)
			case r.Failed:
				return nil, fmt.Errorf("request %v: the model's run failed on this input", id)
			}
			logs, err := c.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, Addresses: []common.Address{o.Addr}})
			if err != nil {
				return nil, err
			}
			for _, l := range logs {
				if ev, err := o.ABI().UnpackAICallbackResultEvent(&l); err == nil && ev.RequestId.Cmp(id) == 0 {
					return ev.Output, nil
				}
			}
			return nil, fmt.Errorf("request %v is final but no AICallbackResult event carries its output", id)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-deadline:
			return nil, fmt.Errorf("request %v: no answer within %v (results are final once entries close: a challenge window and a game clock after the first)", id, wait)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// readOutputs splits a delivered result into its outputs, and with dir writes each as dir/<name>.npy.
func readOutputs(info *game.ModelInfo, output []byte, dir string) ([]askedOutput, []*tensor.Tensor, error) {
	ts, err := game.SplitTensors(info.Outputs, output)
	if err != nil {
		return nil, nil, err
	}
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, err
		}
	}
	outs := make([]askedOutput, len(ts))
	for i, t := range ts {
		o := info.Outputs[i]
		outs[i] = askedOutput{Name: o.Name, DType: o.DType.String(), Shape: o.Shape, Commitment: hex32(graph.CommitTensor(t))}
		if dir != "" {
			outs[i].File = filepath.Join(dir, outputFile(o.Name))
			if err := npy.WriteFile(outs[i].File, t); err != nil {
				return nil, nil, err
			}
		}
	}
	return outs, ts, nil
}

// outputLine is the narration of one output: its spec and commitment, then its file or (when small) its values.
func outputLine(a askedOutput, o game.TensorIO, t *tensor.Tensor) string {
	line := fmt.Sprintf("%s %v %s", a.Name, o.Spec(), a.Commitment)
	if a.File != "" {
		return line + " -> " + a.File
	}
	if t.Len() <= 16 {
		return line + " " + formatValues(t)
	}
	return line
}

// readGeneration reads the first n generated tokens of a delivered generation (up to an EOS) and their text.
func readGeneration(info *game.ModelInfo, tok *llama.Tokenizer, output []byte, prompt []int32, n int) (*askedGenerated, error) {
	ts, err := game.SplitTensors(info.Outputs, output)
	if err != nil {
		return nil, err
	}
	ids, err := ts[0].Int32s()
	if err != nil {
		return nil, err
	}
	gen := ids[min(len(ids), len(prompt)):min(len(ids), len(prompt)+n)]
	if i := slices.Index(gen, tok.EOS); i >= 0 {
		gen = gen[:i+1]
	}
	return &askedGenerated{PromptTokens: prompt, Tokens: gen, Text: tok.Decode(gen)}, nil
}
