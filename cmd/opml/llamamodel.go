package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/executor/program"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/load"
)

// LLaMA generations as registrable models: `opml model id FILE.gguf` and `opml model register FILE.gguf` unroll a
// generation of --length tokens into a graph (llama.GenerationGraph) and register it two-phase, its weights'
// commitments read from (or written to) the sidecar next to the file.

func init() {
	register("model register", "register a model (.onnx, .opml, or a LLaMA .gguf's generation graph) on the embedded chain or --rpc", modelRegister)
}

// defaultGenLength is the total length (prompt + generated tokens) a GGUF model is registered for unless --length
// says otherwise: the dispute target, 16 + 16.
const defaultGenLength = 32

// llamaRegistration is a GGUF model's registration and how it was computed.
type llamaRegistration struct {
	Info   *game.ModelInfo
	Graph  *llama.GenGraph
	Report *llama.CommitReport
	// Load, Build and Commit are the times of opening the file, building the graph and getting the weights'
	// commitments; Register that of the node records and roots.
	Load, Build, Commit, Register time.Duration
}

// isGGUF reports whether the file at path starts with GGUF's magic.
func isGGUF(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [4]byte
	_, err = io.ReadFull(f, magic[:])
	return err == nil && string(magic[:]) == "GGUF"
}

// registerGGUF computes the two-phase registration of the generation graph of length L of the GGUF model at path
// (opened through models/load).
func registerGGUF(path string, length int, prog *progress.Reporter) (*llamaRegistration, error) {
	return registerGGUFTiled(path, length, 0, prog)
}

// registerGGUFTiled is registerGGUF with its nodes tiled under a budget of tileSteps VM steps per run (0:
// game.DefaultTileSteps).
func registerGGUFTiled(path string, length int, tileSteps uint64, prog *progress.Reporter) (*llamaRegistration, error) {
	if !isGGUF(path) {
		return nil, fmt.Errorf("%s: not a GGUF model file (LLaMA generations register from .gguf files)", path)
	}
	r := &llamaRegistration{}
	prog.Status("opening %s and building the generation graph of length %d", path, length)
	m, err := load.Open(path, load.Options{Length: length})
	if err != nil {
		prog.Done()
		return nil, err
	}
	defer m.Close()
	r.Graph, r.Load, r.Build = m.Llama, m.Open, m.Build
	start := time.Now()
	weights, rep, err := m.WeightCommitments(func(done, total int64) { prog.Count("hashing the weights: bytes", done, total) })
	if err != nil {
		prog.Done()
		return nil, err
	}
	r.Report, r.Commit = rep, time.Since(start)
	start = time.Now()
	prog.Status("node records and the graph state")
	r.Info, err = game.TiledMultiPhaseModel(host.Shipped(), r.Graph.Graph, weights, tileSteps)
	prog.Done()
	if err != nil {
		return nil, err
	}
	r.Register = time.Since(start)
	return r, nil
}

// llamaModelReport is `model id FILE.gguf --json` and the registration part of `model register --json`.
type llamaModelReport struct {
	File          string  `json:"file"`
	TwoPhase      string  `json:"two_phase"` // decimal, as dApps pass it to requestCallback
	Length        int     `json:"length"`    // prompt + generated tokens
	InputBytes    uint32  `json:"input_bytes"`
	OutputBytes   uint32  `json:"output_bytes"`
	Nodes         uint32  `json:"nodes"`
	TiledNodes    int     `json:"tiled_nodes"` // nodes played as tiles (their estimated VM run exceeds the budget)
	Tiles         int     `json:"tiles"`       // their tiles in all
	Tensors       uint32  `json:"tensors"`
	InputID       uint32  `json:"input_id"`
	OutputID      uint32  `json:"output_id"`
	GraphState    string  `json:"graph_state"`
	NodesRoot     string  `json:"nodes_root"`
	ExecutorImage string  `json:"executor_image"` // keccak256 of the shipped executor
	Weights       int     `json:"weights"`
	WeightBytes   int64   `json:"weight_bytes"`
	Cache         string  `json:"commitments_cache"`
	CacheHit      bool    `json:"cache_hit"`
	HashedBytes   int64   `json:"hashed_bytes"`
	CacheNote     string  `json:"cache_note,omitempty"`
	LoadSeconds   float64 `json:"load_seconds"`
	BuildSeconds  float64 `json:"graph_seconds"`
	CommitSeconds float64 `json:"commit_seconds"`
	RecordSeconds float64 `json:"register_seconds"`
	CPUSeconds    float64 `json:"cpu_seconds"`
	PeakRSS       int64   `json:"peak_rss_bytes"`
}

func (r *llamaRegistration) report(path string) llamaModelReport {
	info := r.Info
	out := llamaModelReport{File: path, TwoPhase: contracts.ModelID(info).String(), Length: r.Graph.Length,
		InputBytes: info.InputSize, OutputBytes: info.OutputSize, Nodes: info.NumNodes, Tensors: info.NumTensors,
		InputID: info.Inputs[0].ID, OutputID: info.Outputs[0].ID, GraphState: hex32(info.GraphState), NodesRoot: hex32(info.NodesRoot),
		ExecutorImage: hex32(program.Hash()), Cache: r.Report.Sidecar, CacheHit: r.Report.Hit,
		HashedBytes: r.Report.HashedBytes, CacheNote: r.Report.Note, LoadSeconds: r.Load.Seconds(),
		BuildSeconds: r.Build.Seconds(), CommitSeconds: r.Commit.Seconds(), RecordSeconds: r.Register.Seconds()}
	if recs, err := game.TiledNodeRecords(r.Graph.Graph, info.TileSteps); err == nil {
		for _, rec := range recs {
			if rec.Tiled() {
				out.TiledNodes++
				out.Tiles += int(rec.Tiles)
			}
		}
	}
	for _, ti := range r.Graph.Tensors {
		if ti.Value != nil {
			out.Weights++
			out.WeightBytes += int64(len(ti.Value.RawBytes()))
		}
	}
	cpu, rss := bench.SelfUsage()
	out.CPUSeconds, out.PeakRSS = cpu.Seconds(), rss
	return out
}

// print writes the report for people.
func (r llamaModelReport) print() {
	cache := "read from " + r.Cache
	if !r.CacheHit {
		cache = fmt.Sprintf("hashed %s, written to %s", sizeString(r.HashedBytes), r.Cache)
	}
	fmt.Fprintf(stdout, "two-phase     %s\n", r.TwoPhase)
	fmt.Fprintf(stdout, "generation    %d tokens (prompt + generated); request %d bytes, output %d bytes (the %d token ids)\n",
		r.Length, r.InputBytes, r.OutputBytes, r.Length)
	fmt.Fprintf(stdout, "graph         %d nodes, %d tensors (input %d, output %d); %d nodes played as %d tiles\n", r.Nodes, r.Tensors, r.InputID, r.OutputID, r.TiledNodes, r.Tiles)
	fmt.Fprintf(stdout, "graph state   %s\nnodes root    %s\nexecutor      %s\n", r.GraphState, r.NodesRoot, r.ExecutorImage)
	fmt.Fprintf(stdout, "weights       %d tensors, %s; commitments %s\n", r.Weights, sizeString(r.WeightBytes), cache)
	if r.CacheNote != "" {
		fmt.Fprintf(stderr, "note: %s\n", r.CacheNote)
	}
	fmt.Fprintf(stdout, "time          load %.2f s, graph %.2f s, commitments %.2f s, records %.2f s; %.2f s of CPU, peak RSS %s\n",
		r.LoadSeconds, r.BuildSeconds, r.CommitSeconds, r.RecordSeconds, r.CPUSeconds, sizeString(r.PeakRSS))
}

// ggufModelID is `model id FILE.gguf`.
func ggufModelID(path string, length int, asJSON bool) error {
	r, err := registerGGUF(path, length, progress.ForStderr(asJSON))
	if err != nil {
		return err
	}
	rep := r.report(path)
	if asJSON {
		return writeJSON(rep)
	}
	rep.print()
	return nil
}

// registerResult is `model register --json`: a GGUF model's report (llamaModelReport), or another model's
// (Graph).
type registerResult struct {
	llamaModelReport
	ID            string            `json:"id"` // the model id, decimal
	Graph         *graphModelReport `json:"graph,omitempty"`
	Chain         string            `json:"chain"` // "embedded" or the RPC URL
	ModelRegistry string            `json:"model_registry"`
	Registered    bool              `json:"newly_registered"` // false: it was registered already
	Gas           uint64            `json:"gas"`
}

func modelRegister(args []string) error {
	fs := newFlags("model register", "model register FILE.onnx|FILE.opml|FILE.gguf [--phases 1|2] [--length L] [--tile-steps N] [--rpc URL --oracle ADDR (key: --keystore DIR --password-file F | $OPML_KEY)] [--json]")
	describe(fs, "Registers a model and prints its id and commitments: an ONNX or opml graph or a LLaMA GGUF "+
		"model's generation graph, single- or two-phase (a generation single-phase only if it is tiny). Without --rpc it deploys "+
		"the contracts on an embedded chain that ends with the command (to check the registration and its gas); with --rpc "+
		"it registers in the oracle's ModelRegistry there. A GGUF model's weight commitments are kept next to the file.")
	length := fs.Int("length", defaultGenLength, "for a .gguf model: the generation's total length `L`: prompt and generated tokens (every request runs all L positions)")
	phases := fs.Int("phases", 2, "1: the whole graph is one VM run (GGUF models: tiny ones only); 2: graph nodes, then one node's VM run")
	rpc := fs.String("rpc", "", "JSON-RPC `URL` of the chain to register on (needs --oracle and a funded key)")
	oracle := fs.String("oracle", "", "with --rpc: `ADDRESS` of the AIOracle contract (its ModelRegistry is used)")
	key := addKeyFlags(fs, "with --rpc: the registering account's key")
	tx := addTxFlags(fs)
	asJSON := fs.Bool("json", false, "print a JSON object")
	tileSteps := fs.Uint64("tile-steps", 0, "the VM step budget of one node run: longer nodes are played as tiles (0: 2^28); agents must serve with the same")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.nArgs(fs, 1, "one model file (.onnx, .opml or .gguf)")
	chk.check(*tileSteps == 0 || *tileSteps >= 1_000_000, "--tile-steps %d: want at least 1000000 (a run's start alone is about 430000 steps)", *tileSteps)
	checkModelFile(chk, fs)
	chk.check(*length >= 2, "--length %d: want at least 2 (a prompt token and a generated one)", *length)
	chk.check(*phases == 1 || *phases == 2, "--phases %d: want 1 or 2", *phases)
	if *rpc != "" {
		chk.require(fs, "oracle")
		key.check(chk, true)
		tx.check(chk)
	} else {
		chk.check(*oracle == "", "--oracle needs --rpc")
		chk.check(!key.given(), "a key is used only with --rpc")
	}
	oracleAddr := chk.address("oracle", *oracle)
	if err := chk.err(); err != nil {
		return err
	}
	path := fs.Arg(0)
	res := registerResult{Chain: "embedded"}
	var info *game.ModelInfo
	if load.KindOf(path) == "gguf" && *phases == 2 {
		r, err := registerGGUFTiled(path, *length, *tileSteps, progress.ForStderr(*asJSON))
		if err != nil {
			return err
		}
		info, res.llamaModelReport = r.Info, r.report(path)
	} else {
		gr, err := graphRegistration(path, *phases, *tileSteps, *length)
		if err != nil {
			return err
		}
		info, res.Graph = gr.info, gr.report
	}
	res.ID = contracts.ModelID(info).String()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var c *chain.Chain
	var sys *contracts.System
	if *rpc != "" {
		k, err := key.load()
		if err != nil {
			return err
		}
		if c, err = chain.Dial(ctx, *rpc, k); err != nil {
			return err
		}
		tx.apply(c)
		if sys, err = contracts.SystemAt(ctx, c, oracleAddr); err != nil {
			return err
		}
		res.Chain = *rpc
	} else {
		if c, err = chain.NewEmbedded(); err != nil {
			return err
		}
		if sys, err = contracts.DeploySystem(ctx, c, contracts.DefaultSystemParams()); err != nil {
			return err
		}
	}
	defer c.Close()
	reg := sys.Registry(c)
	res.ModelRegistry = sys.ModelRegistry.Hex()
	id := contracts.ModelID(info)
	known, err := reg.Registered(ctx, id)
	if err != nil {
		return err
	}
	if !known {
		receipt, err := reg.RegisterTx(info).Send(ctx, c)
		if err != nil {
			return fmt.Errorf("register %s: %w", path, err)
		}
		res.Registered, res.Gas = true, receipt.GasUsed
	}
	if ok, err := reg.Registered(ctx, id); err != nil || !ok {
		return errors.Join(fmt.Errorf("the registry does not list model %v after registering it", id), err)
	}
	if *asJSON {
		return writeJSON(res)
	}
	if res.Graph != nil {
		res.Graph.print()
	} else {
		res.print()
	}
	what := fmt.Sprintf("registered (%d gas)", res.Gas)
	if !res.Registered {
		what = "already registered"
	}
	where := res.Chain
	if where == "embedded" {
		where = "the embedded chain (it ends with this command: use opml chain dev and --rpc to keep it)"
	}
	fmt.Fprintf(stdout, "registry      %s on %s: %s\n", res.ModelRegistry, where, what)
	return nil
}

// checkModelFile notes a missing or unreadable model file argument.
func checkModelFile(chk *checker, fs *flag.FlagSet) {
	if fs.NArg() >= 1 {
		if _, err := os.Stat(fs.Arg(0)); err != nil {
			chk.addf("%v", fileProblem(fs.Arg(0), err))
		}
	}
}
