package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/demo"
)

func init() {
	register("chain dev", "serve the embedded chain over JSON-RPC (HTTP and WebSocket) on 127.0.0.1 with the contracts deployed", chainDev)
}

func chainDev(args []string) error {
	fs := newFlags("chain dev", "chain dev [--port N] [--block-time D] [--window D] [--clock D] [--k N]")
	port := fs.Int("port", 8545, "JSON-RPC port on 127.0.0.1 (0: a free one)")
	blockTime := fs.Duration("block-time", time.Second, "at most this long before a transaction sent over JSON-RPC is mined")
	def := contracts.DefaultSystemParams()
	window := fs.Duration("window", def.ChallengeWindow, "the oracle's challenge window")
	clock := fs.Duration("clock", def.Clock, "each party's chess clock in a dispute game")
	k := fs.Int("k", def.K, "checkpoints per dissection move")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(*port >= 0 && *port <= 65535, "--port %d: want 0..65535", *port)
	chk.check(*blockTime > 0, "--block-time %v: want a positive duration", *blockTime)
	chk.check(*window >= time.Second, "--window %v: want at least 1s", *window)
	chk.check(*clock >= time.Second, "--clock %v: want at least 1s", *clock)
	chk.check(*k >= 1, "--k %d: want at least 1 checkpoint per move", *k)
	if err := chk.err(); err != nil {
		return err
	}
	params := def
	params.ChallengeWindow, params.Clock, params.K = *window, *clock, *k
	digit, err := demo.ModelID(1)
	if err != nil {
		return err
	}
	params.DigitModel = digit
	c, url, err := chain.ServeEmbedded(*port, *blockTime)
	if err != nil {
		return err
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	sys, err := contracts.DeploySystem(ctx, c, params)
	if err == nil {
		err = registerMNIST(ctx, c, sys)
	}
	cancel()
	if err != nil {
		return err
	}
	fmt.Printf("JSON-RPC        %s (chain id %v; browsers on any origin allowed)\n", url, c.ChainID())
	fmt.Printf("WebSocket       ws%s\n", strings.TrimPrefix(url, "http"))
	fmt.Printf("dev methods     evm_increaseTime, evm_mine, evm_setNextBlockTimestamp, evm_snapshot, evm_revert\n")
	fmt.Printf("PreimageOracle  %s\nMIPS            %s\nDisputeGame     %s\nModelRegistry   %s\nAIOracle        %s\nDigitConsumer   %s\n",
		sys.PreimageOracle, sys.MIPS, sys.DisputeGame, sys.ModelRegistry, sys.AIOracle, sys.DigitConsumer)
	two, err := demo.ModelID(2)
	if err != nil {
		return err
	}
	fmt.Printf("model ids       %v (mnist-int8, single-phase: the DigitConsumer's)\n                %v (mnist-int8-2phase, two-phase)\n", digit, two)
	fmt.Println("funded dev accounts (address, private key):")
	for _, k := range chain.DevKeys() {
		fmt.Printf("  %s 0x%s\n", crypto.PubkeyToAddress(k.PublicKey), hex.EncodeToString(crypto.FromECDSA(k)))
	}
	fmt.Println("ready; Ctrl-C stops the chain")
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	return nil
}

// registerMNIST registers the shipped int8 MNIST model, single- and two-phase.
func registerMNIST(ctx context.Context, c *chain.Chain, sys *contracts.System) error {
	for _, phases := range []int{1, 2} {
		m, err := demo.MNISTModel(phases)
		if err != nil {
			return err
		}
		if err := agent.Register(ctx, c, sys, m); err != nil {
			return err
		}
	}
	return nil
}
