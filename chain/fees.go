package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// FeeCaps bound what a Chain's transactions may pay per gas (EIP-1559): an operator's protection against a fee
// spike. Nil fields are no bound. Without caps a transaction offers the node's suggested tip plus twice the base
// fee, as go-ethereum's bind does.
type FeeCaps struct {
	MaxFeePerGas   *big.Int // the most per gas, base fee and tip together (maxFeePerGas)
	MaxPriorityFee *big.Int // the most tip per gas (maxPriorityFeePerGas)
}

// ErrFeeCap is wrapped by the error of a transaction not sent because the chain's base fee is above the cap.
var ErrFeeCap = errors.New("base fee above the fee cap")

// SetFeeCaps bounds the fees of every transaction sent through c and the Chains sharing its connection.
func (c *Chain) SetFeeCaps(caps FeeCaps) {
	c.conn.mu.Lock()
	defer c.conn.mu.Unlock()
	c.conn.caps = caps
}

// applyFeeCaps sets opts' fees within the caps (nothing when there are none: bind then suggests them).
func (c *Chain) applyFeeCaps(ctx context.Context, opts *bind.TransactOpts) error {
	caps := c.conn.caps
	if caps.MaxFeePerGas == nil && caps.MaxPriorityFee == nil {
		return nil
	}
	head, err := c.conn.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("fees: latest header: %w", err)
	}
	if head.BaseFee == nil {
		return errors.New("fees: the chain has no base fee (before London): fee caps need EIP-1559")
	}
	tip, err := c.conn.client.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("fees: suggested tip: %w", err)
	}
	if caps.MaxPriorityFee != nil && tip.Cmp(caps.MaxPriorityFee) > 0 {
		tip = new(big.Int).Set(caps.MaxPriorityFee)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	if caps.MaxFeePerGas != nil && feeCap.Cmp(caps.MaxFeePerGas) > 0 {
		feeCap = new(big.Int).Set(caps.MaxFeePerGas)
	}
	if feeCap.Cmp(head.BaseFee) < 0 {
		return fmt.Errorf("%w: block %v's base fee is %s, the cap %s", ErrFeeCap, head.Number, FormatGwei(head.BaseFee), FormatGwei(feeCap))
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	opts.GasFeeCap, opts.GasTipCap = feeCap, tip
	return nil
}

// Units of ether amounts, in wei.
var (
	Gwei  = big.NewInt(1e9)
	Ether = big.NewInt(1e18)
)

// ParseAmount reads an amount of wei written as a whole number of wei ("1500000000") or with a unit: "wei",
// "gwei" or "ether"/"eth", with decimals ("1.5gwei", "0.1 ether").
func ParseAmount(s string) (*big.Int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	unit := big.NewInt(1)
	for _, u := range []struct {
		suffix string
		wei    *big.Int
	}{{"gwei", Gwei}, {"ether", Ether}, {"eth", Ether}, {"wei", big.NewInt(1)}} {
		if strings.HasSuffix(t, u.suffix) {
			t, unit = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.wei
			break
		}
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok || t == "" || strings.ContainsAny(t, "/eE") || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not an amount (want wei, or a number with gwei or ether)", s)
	}
	r.Mul(r, new(big.Rat).SetInt(unit))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q is not a whole number of wei", s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// FormatGwei writes wei as gwei with up to 9 decimals ("1.5 gwei").
func FormatGwei(wei *big.Int) string { return formatUnit(wei, Gwei, 9) + " gwei" }

// FormatEther writes wei as ether with up to 18 decimals ("0.1 ETH").
func FormatEther(wei *big.Int) string { return formatUnit(wei, Ether, 18) + " ETH" }

func formatUnit(wei, unit *big.Int, decimals int) string {
	if wei == nil {
		return "0"
	}
	s := new(big.Rat).SetFrac(wei, unit).FloatString(decimals)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
