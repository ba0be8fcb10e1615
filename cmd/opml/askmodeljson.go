package main

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts"
)

// askModelResult is `opml ask --model ... --json`'s object.
type askModelResult struct {
	RequestID   string          `json:"request_id"`
	Model       string          `json:"model"`
	AskTx       string          `json:"ask_tx"`
	FeeWei      string          `json:"fee_wei"`
	Disputed    bool            `json:"disputed"`
	Games       []uint64        `json:"games"`
	Entries     int             `json:"entries"`
	FinalizedTx string          `json:"finalized_tx,omitempty"`
	DeliveredTx string          `json:"delivered_tx,omitempty"` // the transaction that delivered the result
	Outputs     []askedOutput   `json:"outputs,omitempty"`
	Generation  *askedGenerated `json:"generation,omitempty"`
}

// askedOutput is one output tensor of an answer.
type askedOutput struct {
	Name       string `json:"name"`
	DType      string `json:"dtype"`
	Shape      []int  `json:"shape"`
	Commitment string `json:"commitment"`
	File       string `json:"file,omitempty"`
}

// askedGenerated is the answer to a LLaMA prompt.
type askedGenerated struct {
	PromptTokens []int32 `json:"prompt_tokens"`
	Tokens       []int32 `json:"tokens"`
	Text         string  `json:"text"`
}

// noteHistory records whether the request was disputed and which transaction delivered its result.
func (r *askModelResult) noteHistory(h *contracts.RequestHistory) {
	r.Disputed, r.Games, r.Entries = h.Disputed(), h.Games, h.Entries
	if r.Games == nil {
		r.Games = []uint64{}
	}
	if h.FinalizedTx != (common.Hash{}) {
		r.FinalizedTx = h.FinalizedTx.Hex()
	}
	tx := h.ResultTx
	if h.DeliveredTx != (common.Hash{}) {
		tx = h.DeliveredTx
	}
	if tx != (common.Hash{}) {
		r.DeliveredTx = tx.Hex()
	}
}

// write prints the object with --json.
func (r *askModelResult) write(asJSON bool) error {
	if !asJSON {
		return nil
	}
	return writeJSON(r)
}
