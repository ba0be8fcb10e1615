package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/agent/monitor"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
)

func init() {
	register("serve", "run a submitter or validator agent against a deployed oracle until interrupted", runServe)
}

func runServe(args []string) error {
	fs := newFlags("serve", "serve --role submitter|validator --rpc URL --oracle ADDR --db PATH [--confirmations N] [--cheat MODE] [--poll D] [--http HOST:PORT] [--resync] (key: --keystore DIR --password-file F | $OPML_KEY)")
	describe(fs, "Settings can live in a --config file (a [serve] table of these flags); logs go to stderr (--log-format json for collectors).")
	role := fs.String("role", "", "submitter (answers requests, defends its results) or validator (checks every result, disputes wrong ones)")
	rpc := fs.String("rpc", "", "JSON-RPC `URL` of the chain (waited for, with backoff, if it does not answer yet)")
	key := addKeyFlags(fs, "the agent's funded key")
	tx := addTxFlags(fs)
	oracle := fs.String("oracle", "", "`ADDRESS` of the AIOracle contract")
	db := fs.String("db", "", "the agent's database `PATH` (created if missing; restarting on it resumes every open game)")
	cheat := fs.String("cheat", "none", "for demonstrations: none | output | node:K | step:S | silent (submitter), false-challenge (validator)")
	confirmations := fs.Uint64("confirmations", 0, "act on events only once their block is `N` blocks below the head (reorganisations deeper than that are undone too)")
	poll := fs.Duration("poll", 2*time.Second, "how often to look for new events")
	fromBlock := fs.Uint64("from-block", 0, "with a new database: the block to start reading the oracle's events from (its deployment block)")
	resync := fs.Bool("resync", false, "start the database over: forget what it holds (say, of a development chain since restarted) and read the oracle's events again")
	httpAddr := fs.String("http", "", "serve /metrics (Prometheus), /healthz and a live dashboard at / on `HOST:PORT` (say 127.0.0.1:9100)")
	var modelFiles inputFlags
	fs.Var(&modelFiles, "model", "serve the model `FILE` (.onnx, .opml, .gguf; repeatable) in every registration of it found on chain (default: the shipped MNIST)")
	length := fs.Int("length", defaultGenLength, "for .gguf models: the generation's total length `L` they are registered with")
	tileSteps := fs.Uint64("tile-steps", 0, "the VM step budget per node run the two-phase models were registered with (model register --tile-steps; 0: 2^28)")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	var r agent.Role
	switch *role {
	case "submitter":
		r = agent.Submitter
	case "validator":
		r = agent.Validator
	case "":
		chk.addf("--role is required (submitter or validator)")
	default:
		chk.addf("--role %q: want submitter or validator", *role)
	}
	chk.require(fs, "rpc", "oracle", "db")
	oracleAddr := chk.address("oracle", *oracle)
	key.check(chk, true)
	tx.check(chk)
	chk.check(*poll > 0, "--poll %v: want a positive duration", *poll)
	if *httpAddr != "" {
		if _, _, err := net.SplitHostPort(*httpAddr); err != nil {
			chk.addf("--http %q: want HOST:PORT, like 127.0.0.1:9100", *httpAddr)
		}
	}
	c, err := agent.ParseCheat(*cheat)
	if err != nil {
		chk.addf("--cheat: %s", strings.TrimPrefix(err.Error(), "agent: "))
	}
	if err := chk.err(); err != nil {
		return err
	}
	k, err := key.load()
	if err != nil {
		return err
	}

	var ln net.Listener
	if *httpAddr != "" {
		// Bound before anything else, so that a busy port is the first thing reported.
		if ln, err = monitor.Listen(*httpAddr); err != nil {
			return err
		}
		defer ln.Close()
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ch, err := chain.DialRetry(ctx, *rpc, k, &chain.Health{URL: *rpc, Backoff: chain.Backoff{Min: time.Second, Max: time.Minute}})
	if err != nil {
		return err
	}
	defer ch.Close()
	tx.apply(ch)
	sys, err := contracts.SystemAt(ctx, ch, oracleAddr)
	if err != nil {
		return err
	}
	models, closeModels, err := servedModels(ctx, ch, sys, modelFiles, *length, *tileSteps)
	if err != nil {
		return err
	}
	defer closeModels()
	log := slog.Default().With("role", *role, "account", ch.From().Hex())
	a, err := agent.New(agent.Config{Chain: ch, System: sys, Role: r, Models: models, DBPath: *db, FromBlock: *fromBlock,
		Confirmations: *confirmations, Cheat: c, Log: log, Resync: *resync})
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.CheckFunds(ctx); err != nil {
		return err
	}
	names := make([]string, len(models))
	for i, m := range models {
		names[i] = m.Name
	}
	log.Info(fmt.Sprintf("serving %s on %s (oracle %s)", strings.Join(names, ", "), *rpc, sys.AIOracle))
	if ln != nil {
		mon := monitor.New(a, *poll)
		go func() {
			if err := mon.Serve(ctx, ln, log); err != nil {
				log.Error("monitor stopped", "err", err.Error())
			}
		}()
		log.Info(fmt.Sprintf("monitor on http://%s/ (metrics at /metrics, health at /healthz)", ln.Addr()))
	}
	if err := a.Run(ctx, *poll); err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}
