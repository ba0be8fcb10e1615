package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/mnist"
)

func init() {
	register("ask", "ask a registered model (--model: .npy tensors or a prompt), or the example DigitConsumer for a digit, and wait for the answer", runAsk)
}

func runAsk(args []string) error {
	if asksModel(args) {
		return askModel(args)
	}
	fs := newFlags("ask", "ask --rpc URL --consumer ADDR (--input FILE | --image N) [--fee AMOUNT] [--wait D] (key: --keystore DIR --password-file F | $OPML_KEY)")
	rpc := fs.String("rpc", "", "JSON-RPC `URL` of the chain")
	key := addKeyFlags(fs, "the asking account's funded key")
	tx := addTxFlags(fs)
	consumer := fs.String("consumer", "", "`ADDRESS` of the DigitConsumer contract (opml chain dev prints it)")
	input := fs.String("input", "", "a PNG/JPEG picture of a digit")
	image := fs.Int("image", -1, "instead of --input: index of an MNIST test image (0..9999)")
	fee := fs.String("fee", "", "fee (wei, or with a unit: 1gwei, 0.001ether; default: the oracle's minimum)")
	wait := fs.Duration("wait", 15*time.Minute, "how long to wait for the answer (0: do not wait)")
	asJSON := fs.Bool("json", false, "print one object on stdout at the end (no narration or countdown; wei amounts as decimal strings)")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "rpc", "consumer")
	key.check(chk, true)
	tx.check(chk)
	to := chk.address("consumer", *consumer)
	chk.check((*input == "") != (*image < 0), "give exactly one of --input FILE and --image N")
	if *image >= 0 {
		checkTestImage(chk, "image", *image)
	}
	var value *big.Int
	if *fee != "" {
		if value, err = chain.ParseAmount(*fee); err != nil {
			chk.addf("--fee: %v", err)
		}
	}
	chk.check(*wait >= 0, "--wait %v: want 0 or more", *wait)
	var pixels []byte
	if *input != "" && len(chk.problems) == 0 {
		if pixels, err = readPicture(*input); err != nil {
			chk.addf("--input: %v", err)
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	if *input == "" {
		test, _ := mnist.LoadTest()
		pixels = test.Image(*image)
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
	dc := contracts.NewDigitConsumer(c, to)
	if value == nil {
		if _, err := dc.Oracle(ctx); err != nil {
			return fmt.Errorf("--consumer %s is not a DigitConsumer: %w", to, err)
		}
		if value, err = dc.Fee(ctx); err != nil {
			return err
		}
	}
	receipt, err := dc.AskTx(pixels, value).Send(ctx, c)
	if err != nil {
		return err
	}
	var id *big.Int
	for _, l := range receipt.Logs {
		if ev, err := bindings.NewDigitConsumer().UnpackAskedEvent(l); err == nil {
			id = ev.RequestId
		}
	}
	if id == nil {
		return fmt.Errorf("the request emitted no Asked event (tx %s)", receipt.TxHash)
	}
	w := &asker{ctx: ctx, c: c, dc: dc, id: id, asJSON: *asJSON, progress: progress.ForStderr(*asJSON), sent: receipt}
	w.result.RequestID, w.result.AskTx, w.result.FeeWei = id.String(), receipt.TxHash.Hex(), value.String()
	w.say("request %v sent (tx %s, fee %s)", id, receipt.TxHash, chain.FormatEther(value))
	if *wait == 0 {
		return w.finish(nil)
	}
	return w.finish(w.await(*wait))
}

// readPicture reads a picture of a digit for --input; its errors start with the file name.
func readPicture(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fileProblem(path, err)
	}
	px, err := mnist.FromImage(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (want a PNG or JPEG picture of a digit)", path, err)
	}
	return px, nil
}
