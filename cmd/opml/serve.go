package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/demo"
)

func init() {
	register("serve", "run a submitter or validator agent against a deployed oracle until interrupted", runServe)
}

func runServe(args []string) error {
	fs := newFlags("serve", "serve --role submitter|validator --rpc URL --key HEX --oracle ADDR --db PATH [--confirmations N] [--cheat MODE] [--poll D]")
	role := fs.String("role", "", "submitter (answers requests, defends its results) or validator (checks every result, challenges wrong ones)")
	rpc := fs.String("rpc", "", "JSON-RPC `URL` of the chain")
	keyHex := fs.String("key", "", "the agent's funded private key (`HEX`)")
	oracle := fs.String("oracle", "", "address of the AIOracle contract")
	db := fs.String("db", "", "the agent's database `PATH` (created if missing; restarting on it resumes every open game)")
	cheat := fs.String("cheat", "none", "for demonstrations: none | output | node:K | step:S | silent | sock-puppet (submitter), false-challenge (validator)")
	poll := fs.Duration("poll", 2*time.Second, "how often to look for new events")
	fromBlock := fs.Uint64("from-block", 0, "with a new database: the block to start reading the oracle's events from (its deployment block)")
	confirmations := fs.Uint64("confirmations", 0, "act on events only once their block is this many blocks below the head (reorganisations deeper than that are undone too)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	var r agent.Role
	switch *role {
	case "submitter":
		r = agent.Submitter
	case "validator":
		r = agent.Validator
	default:
		return &exitError{code: 2, msg: fmt.Sprintf("--role %q: want submitter or validator", *role)}
	}
	if err := requireFlags(fs, "rpc", "key", "oracle", "db"); err != nil {
		return err
	}
	oracleAddr, err := parseAddress("oracle", *oracle)
	if err != nil {
		return err
	}
	key, err := parseKey("key", *keyHex)
	if err != nil {
		return err
	}
	c, err := agent.ParseCheat(*cheat)
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ch, err := chain.Dial(ctx, *rpc, key)
	if err != nil {
		return err
	}
	defer ch.Close()
	sys, err := contracts.SystemAt(ctx, ch, oracleAddr)
	if err != nil {
		return err
	}
	var models []*agent.Model
	for _, phases := range []int{1, 2} {
		m, err := demo.MNISTModel(phases)
		if err != nil {
			return err
		}
		ok, err := agent.Registered(ctx, ch, sys, m)
		if err != nil {
			return err
		}
		if ok {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		return fmt.Errorf("no model this agent serves (mnist-int8, mnist-int8-2phase) is registered in %s", sys.ModelRegistry)
	}
	logf := func(format string, args ...any) {
		fmt.Printf("%s %s %s: %s\n", time.Now().Format("15:04:05"), *role, ch.From().Hex()[:10], fmt.Sprintf(format, args...))
	}
	a, err := agent.New(agent.Config{Chain: ch, System: sys, Role: r, Models: models, DBPath: *db, FromBlock: *fromBlock,
		Confirmations: *confirmations, Cheat: c, Logf: logf})
	if err != nil {
		return err
	}
	defer a.Close()
	names := make([]string, len(models))
	for i, m := range models {
		names[i] = m.Name
	}
	logf("serving %s on %s (oracle %s)", strings.Join(names, ", "), *rpc, sys.AIOracle)
	if err := a.Run(ctx, *poll); err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}
