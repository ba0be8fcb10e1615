package demo

import (
	"bytes"
	"context"
	"time"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
)

// copier is the third party of the copy-submit cheat: it watches the mempool (here: the honest submitter's
// transactions before they are sent) and sends copies of the submitter's commit and reveal first, to take the
// fee and the bond for work it never did. A copied commit holds the submitter's address, so the copy it is
// worthless: revealing it from another account fails.
type copier struct {
	d     *run
	chain *chain.Chain
}

// frontRun sends a copy of tx first, if it is the submitter's commit or reveal.
func (c *copier) frontRun(tx contracts.Tx) {
	if tx.To != c.d.sys.AIOracle || len(tx.Data) < 4 {
		return
	}
	methods := c.d.sys.Oracle(c.chain).ABI().GetABI().Methods
	var what string
	switch {
	case bytes.Equal(tx.Data[:4], methods["commit"].ID):
		what = "commit"
	case bytes.Equal(tx.Data[:4], methods["reveal"].ID):
		what = "reveal"
	default:
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := (contracts.Tx{To: tx.To, Data: tx.Data, Value: tx.Value}).Send(ctx, c.chain); err != nil {
		c.d.say("copier", "front-ran the submitter's %s with a copy: refused (%v): the commitment holds the submitter's address, so only the submitter can reveal it",
			what, err)
		return
	}
	c.d.say("copier", "front-ran the submitter's %s with a copy, mined first", what)
}
