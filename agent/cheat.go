package agent

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/game"
)

// Cheat modes. An honest agent has Mode "".
const (
	// CheatOutput: the submitter posts a wrong output with a claim that contains it (a lie about the final
	// state), and defends it in games.
	CheatOutput = "output"
	// CheatNode: the submitter computes node Cheat.Node wrongly (multi-phase models).
	CheatNode = "node"
	// CheatStep: the submitter's VM run goes wrong from step Cheat.Step on (single-phase models).
	CheatStep = "step"
	// CheatSilent: the submitter posts a wrong output like CheatOutput and then never moves in a game.
	CheatSilent = "silent"
	// CheatFalseChallenge: the validator challenges results with a wrong output of its own and plays it.
	CheatFalseChallenge = "false-challenge"
)

// Cheat makes an agent dishonest, for demonstrations and tests: what it lies about. The zero Cheat is honest.
type Cheat struct {
	Mode string // "" (honest) or one of the Cheat… constants
	Node int    // CheatNode: the 0-based node computed wrongly
	Step uint64 // CheatStep: the first wrong VM step
}

// ParseCheat reads a cheat in the command-line form "none", "output", "node:K", "step:S", "silent" or
// "false-challenge".
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
	case CheatOutput, CheatSilent, CheatFalseChallenge:
		return noArg(Cheat{Mode: name})
	case CheatNode:
		if !hasArg {
			return Cheat{}, fmt.Errorf("agent: cheat %q needs a node index (node:K)", s)
		}
		k, err := strconv.Atoi(arg)
		if err != nil || k < 0 {
			return Cheat{}, fmt.Errorf("agent: cheat %q: node index %q is not a number ≥ 0", s, arg)
		}
		return Cheat{Mode: CheatNode, Node: k}, nil
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
	return Cheat{}, fmt.Errorf("agent: unknown cheat %q (want none, output, node:K, step:S, silent or false-challenge)", s)
}

// String is the form ParseCheat reads.
func (c Cheat) String() string {
	switch c.Mode {
	case "":
		return "none"
	case CheatNode:
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
	case CheatOutput, CheatNode, CheatStep, CheatSilent:
		if role != Submitter {
			return fmt.Errorf("agent: cheat %s is a submitter's; a %s cannot play it", c, role)
		}
	case CheatFalseChallenge:
		if role != Validator {
			return fmt.Errorf("agent: cheat %s is a validator's; a %s cannot play it", c, role)
		}
	default:
		return fmt.Errorf("agent: unknown cheat mode %q", c.Mode)
	}
	if c.Mode == CheatNode && c.Node < 0 {
		return fmt.Errorf("agent: cheat node:%d: negative node", c.Node)
	}
	if c.Mode == CheatStep && (c.Step < 1 || c.Step >= game.VMSteps) {
		return fmt.Errorf("agent: cheat step:%d: out of 1..2^32-1", c.Step)
	}
	return nil
}

// lie is the computation a cheat posts and plays (nil: the honest one).
func (c Cheat) lie() *game.Lie {
	switch c.Mode {
	case CheatOutput, CheatSilent, CheatFalseChallenge:
		return &game.Lie{Node: -1, Output: true}
	case CheatNode:
		return &game.Lie{Node: c.Node}
	case CheatStep:
		return &game.Lie{Node: -1, Step: c.Step}
	}
	return nil
}

// silent reports whether the cheat never moves in a game.
func (c Cheat) silent() bool { return c.Mode == CheatSilent }
