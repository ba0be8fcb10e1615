package agent

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/game"
)

// Cheat modes. An honest agent has Mode "".
const (
	// CheatOutput: the submitter posts a wrong output with a claim that contains it (a lie about the final
	// state), and defends it in games.
	CheatOutput = "output"
	// CheatNode: the submitter computes node Cheat.Node wrongly (multi-phase models); in tile Cheat.Tile of it
	// when the node is tiled.
	CheatNode = "node"
	// CheatStep: the submitter's VM run goes wrong from step Cheat.Step on (single-phase models).
	CheatStep = "step"
	// CheatSilent: the submitter posts a wrong output like CheatOutput and then never moves in a game.
	CheatSilent = "silent"
	// CheatFalseChallenge: the validator posts a wrong output against honest results and plays it.
	CheatFalseChallenge = "false-challenge"
	// CheatSockPuppet: the submitter posts a wrong output like CheatOutput and throws every game against its
	// partner account (Cheat.Partner), which plays CheatSock: the stall of issue 11, where one party's
	// accounts eliminate each other's wrong results to keep a wrong claim alive.
	CheatSockPuppet = "sock-puppet"
	// CheatSock: the partner of a CheatSockPuppet submitter: on every request its partner posted on, it posts
	// another wrong output and pairs it with its partner's entry in a game, which the partner throws.
	CheatSock = "sock"
	// CheatCopySubmit: a third party that front-runs the honest submitter's transactions with copies of them
	// (played by the demo, which sees the transactions before they are mined; not an agent's cheat).
	CheatCopySubmit = "copy-submit"
)

// Cheat makes an agent dishonest, for demonstrations and tests: what it lies about. The zero Cheat is honest.
type Cheat struct {
	Mode    string         // "" (honest) or one of the Cheat… constants
	Node    int            // CheatNode: the 0-based node computed wrongly
	Tile    int            // CheatNode: the tile of a tiled node whose bytes are wrong (node:K:S)
	Step    uint64         // CheatStep: the first wrong VM step
	Partner common.Address // CheatSockPuppet, CheatSock: the cheater's other account
}

// ParseCheat reads a cheat in the command-line form "none", "output", "node:K", "node:K:S", "step:S", "silent",
// "false-challenge", "sock-puppet" or "copy-submit".
func ParseCheat(s string) (Cheat, error) {
	name, arg, hasArg := strings.Cut(strings.TrimSpace(s), ":")
	noArg := func(c Cheat) (Cheat, error) {
		if hasArg {
			return Cheat{}, fmt.Errorf("agent: cheat %q takes no argument", name)
		}
		return c, nil
	}
	switch name {
	case "", "none":
		return noArg(Cheat{})
	case CheatOutput, CheatSilent, CheatFalseChallenge, CheatSockPuppet, CheatCopySubmit:
		return noArg(Cheat{Mode: name})
	case CheatNode:
		if !hasArg {
			return Cheat{}, fmt.Errorf("agent: cheat %q needs a node index (node:K)", s)
		}
		node, tile, hasTile := strings.Cut(arg, ":")
		k, err := strconv.Atoi(node)
		if err != nil || k < 0 {
			return Cheat{}, fmt.Errorf("agent: cheat %q: node index %q is not a number ≥ 0", s, node)
		}
		c := Cheat{Mode: CheatNode, Node: k}
		if hasTile {
			if c.Tile, err = strconv.Atoi(tile); err != nil || c.Tile < 0 {
				return Cheat{}, fmt.Errorf("agent: cheat %q: tile index %q is not a number ≥ 0", s, tile)
			}
		}
		return c, nil
	case CheatStep:
		if !hasArg {
			return Cheat{}, fmt.Errorf("agent: cheat %q needs a step (step:S)", s)
		}
		step, err := strconv.ParseUint(arg, 10, 64)
		if err != nil || step < 1 || step >= game.VMSteps {
			// Step 0 is the agreed start: a lie there is not a lie the game can play.
			return Cheat{}, fmt.Errorf("agent: cheat %q: step %q is not a number in 1..2^32-1", s, arg)
		}
		return Cheat{Mode: CheatStep, Step: step}, nil
	}
	return Cheat{}, fmt.Errorf("agent: unknown cheat %q (want none, output, node:K, node:K:S, step:S, silent, false-challenge, sock-puppet or copy-submit)", s)
}

// String is the form ParseCheat reads.
func (c Cheat) String() string {
	switch c.Mode {
	case "":
		return "none"
	case CheatNode:
		if c.Tile > 0 {
			return fmt.Sprintf("node:%d:%d", c.Node, c.Tile)
		}
		return fmt.Sprintf("node:%d", c.Node)
	case CheatStep:
		return fmt.Sprintf("step:%d", c.Step)
	}
	return c.Mode
}

// check reports whether c is a cheat role can play.
func (c Cheat) check(role Role) error {
	switch c.Mode {
	case "":
		return nil
	case CheatOutput, CheatNode, CheatStep, CheatSilent, CheatSockPuppet, CheatSock:
		if role != Submitter {
			return fmt.Errorf("agent: cheat %s is a submitter's; a %s cannot play it", c, role)
		}
	case CheatFalseChallenge:
		if role != Validator {
			return fmt.Errorf("agent: cheat %s is a validator's; a %s cannot play it", c, role)
		}
	case CheatCopySubmit:
		return fmt.Errorf("agent: cheat %s is played by the demo, which sees transactions before they are mined; an agent cannot play it", c)
	default:
		return fmt.Errorf("agent: unknown cheat mode %q", c.Mode)
	}
	if c.Mode == CheatNode && (c.Node < 0 || c.Tile < 0) {
		return fmt.Errorf("agent: cheat %s: negative node or tile", c)
	}
	if c.Mode == CheatStep && (c.Step < 1 || c.Step >= game.VMSteps) {
		return fmt.Errorf("agent: cheat step:%d: out of 1..2^32-1", c.Step)
	}
	if (c.Mode == CheatSockPuppet || c.Mode == CheatSock) && c.Partner == (common.Address{}) {
		return fmt.Errorf("agent: cheat %s needs the partner account", c)
	}
	return nil
}

// lie is the computation a cheat posts and plays (nil: the honest one).
func (c Cheat) lie() *game.Lie {
	switch c.Mode {
	case CheatOutput, CheatSilent, CheatFalseChallenge, CheatSockPuppet:
		return &game.Lie{Node: -1, Output: true}
	case CheatSock:
		return &game.Lie{Node: -1, Output: true, Salt: 1}
	case CheatNode:
		return &game.Lie{Node: c.Node, Tile: c.Tile}
	case CheatStep:
		return &game.Lie{Node: -1, Step: c.Step}
	}
	return nil
}

// silent reports whether the cheat never moves in a game.
func (c Cheat) silent() bool { return c.Mode == CheatSilent }

// throws reports whether the cheat loses on purpose a game against opponent (by never moving in it).
func (c Cheat) throws(opponent common.Address) bool {
	return c.Mode == CheatSockPuppet && opponent == c.Partner
}

// answersAlone reports whether the cheat posts on a request without waiting for another's entry: every
// submitter but the sock, which posts only where its partner did.
func (c Cheat) answersAlone() bool { return c.Mode != CheatSock }
