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
	"github.com/opml-dev/opml/models/mnist"
)

func init() {
	register("ask", "ask the example dApp (DigitConsumer) for the digit in a picture and wait for the oracle's answer", runAsk)
}

func runAsk(args []string) error {
	fs := newFlags("ask", "ask --rpc URL --key HEX --consumer ADDR (--input FILE | --image N) [--fee WEI] [--wait D]")
	rpc := fs.String("rpc", "", "JSON-RPC `URL` of the chain")
	keyHex := fs.String("key", "", "the asking account's funded private key (`HEX`)")
	consumer := fs.String("consumer", "", "address of the DigitConsumer contract (opml chain dev prints it)")
	input := fs.String("input", "", "a PNG/JPEG picture of a digit")
	image := fs.Int("image", -1, "instead of --input: index of an MNIST test image")
	fee := fs.String("fee", "", "fee in wei (default: the oracle's minimum)")
	wait := fs.Duration("wait", 15*time.Minute, "how long to wait for the answer (0: do not wait)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if err := requireFlags(fs, "rpc", "key", "consumer"); err != nil {
		return err
	}
	to, err := parseAddress("consumer", *consumer)
	if err != nil {
		return err
	}
	if (*input == "") == (*image < 0) {
		return &exitError{code: 2, msg: "give exactly one of --input and --image"}
	}
	key, err := parseKey("key", *keyHex)
	if err != nil {
		return err
	}
	var pixels []byte
	if *input != "" {
		data, err := os.ReadFile(*input)
		if err != nil {
			return err
		}
		if pixels, err = mnist.FromImage(data); err != nil {
			return fmt.Errorf("%s: %w (want a PNG or JPEG picture of a digit)", *input, err)
		}
	} else {
		test, err := mnist.LoadTest()
		if err != nil {
			return err
		}
		if *image >= test.Len() {
			return &exitError{code: 2, msg: fmt.Sprintf("--image %d: the MNIST test set has images 0..%d", *image, test.Len()-1)}
		}
		pixels = test.Image(*image)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := chain.Dial(ctx, *rpc, key)
	if err != nil {
		return err
	}
	defer c.Close()
	dc := contracts.NewDigitConsumer(c, to)
	value := new(big.Int)
	if *fee != "" {
		if _, ok := value.SetString(*fee, 10); !ok || value.Sign() < 0 {
			return &exitError{code: 2, msg: fmt.Sprintf("--fee %q is not an amount of wei", *fee)}
		}
	} else {
		if _, err := dc.Oracle(ctx); err != nil {
			return fmt.Errorf("no DigitConsumer at %s: %w", to, err)
		}
		if value, err = dc.Fee(ctx); err != nil {
			return err
		}
	}
	receipt, err := dc.AskTx(pixels, value).Send(ctx, c)
	if err != nil {
		return contracts.Describe(err)
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
	fmt.Printf("request %v sent (tx %s, fee %v wei)\n", id, receipt.TxHash, value)
	if *wait == 0 {
		return nil
	}
	deadline := time.After(*wait)
	for {
		ans, err := dc.Answer(ctx, id)
		if err != nil {
			return err
		}
		if ans.Delivered {
			switch {
			case ans.NoResult:
				return fmt.Errorf("request %v: no result was left standing; the fee can be reclaimed from the DigitConsumer", id)
			case ans.Failed:
				return fmt.Errorf("request %v: the model's run failed on this picture", id)
			case !ans.Valid:
				return fmt.Errorf("request %v: the oracle delivered %x, which is not a digit", id, ans.Output)
			}
			fmt.Printf("request %v: the oracle answered %d\n", id, ans.Digit)
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline:
			return fmt.Errorf("request %v: no answer within %v (results are final once entries close, a challenge window and a game clock after the first)", id, *wait)
		case <-time.After(500 * time.Millisecond):
		}
	}
}
