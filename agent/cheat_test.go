package agent

import (
	"strings"
	"testing"
)

func TestParseCheat(t *testing.T) {
	tests := []struct {
		in      string
		want    Cheat
		wantErr string
	}{
		{in: "", want: Cheat{}},
		{in: "none", want: Cheat{}},
		{in: "output", want: Cheat{Mode: CheatOutput}},
		{in: " silent ", want: Cheat{Mode: CheatSilent}},
		{in: "false-challenge", want: Cheat{Mode: CheatFalseChallenge}},
		{in: "node:0", want: Cheat{Mode: CheatNode, Node: 0}},
		{in: "node:7", want: Cheat{Mode: CheatNode, Node: 7}},
		{in: "node:7:3", want: Cheat{Mode: CheatNode, Node: 7, Tile: 3}},
		{in: "node:7:-3", wantErr: "tile index"},
		{in: "node:7:x", wantErr: "tile index"},
		{in: "step:1", want: Cheat{Mode: CheatStep, Step: 1}},
		{in: "step:4294967295", want: Cheat{Mode: CheatStep, Step: 1<<32 - 1}},
		{in: "step:4294967296", wantErr: "not a number in 1..2^32-1"},
		{in: "step:0", wantErr: "not a number in 1..2^32-1"},
		{in: "step", wantErr: "needs a step"},
		{in: "step:x", wantErr: "not a number"},
		{in: "node", wantErr: "needs a node index"},
		{in: "node:-1", wantErr: "not a number ≥ 0"},
		{in: "output:3", wantErr: "takes no argument"},
		{in: "none:1", wantErr: "takes no argument"},
		{in: "lie", wantErr: "unknown cheat"},
	}
	for _, tt := range tests {
		got, err := ParseCheat(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseCheat(%q) = %+v, %v; want error containing %q", tt.in, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseCheat(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		// String gives back a form that parses to the same cheat.
		if again, err := ParseCheat(got.String()); err != nil || again != got {
			t.Errorf("ParseCheat(%q.String() = %q) = %+v, %v", tt.in, got.String(), again, err)
		}
	}
}

func TestCheatRoles(t *testing.T) {
	tests := []struct {
		cheat string
		role  Role
		ok    bool
	}{
		{"none", Submitter, true},
		{"none", Validator, true},
		{"output", Submitter, true},
		{"output", Validator, false},
		{"node:2", Submitter, true},
		{"step:9", Validator, false},
		{"silent", Submitter, true},
		{"false-challenge", Validator, true},
		{"false-challenge", Submitter, false},
	}
	for _, tt := range tests {
		c, err := ParseCheat(tt.cheat)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.check(tt.role); (err == nil) != tt.ok {
			t.Errorf("cheat %s as %s: %v, want ok=%v", tt.cheat, tt.role, err, tt.ok)
		}
	}
	if err := (Cheat{Mode: "bogus"}).check(Submitter); err == nil {
		t.Error("unknown mode accepted")
	}
}

func TestCheatLies(t *testing.T) {
	for _, tt := range []struct {
		cheat  Cheat
		node   int
		step   uint64
		output bool
		honest bool
	}{
		{cheat: Cheat{}, honest: true},
		{cheat: Cheat{Mode: CheatOutput}, node: -1, output: true},
		{cheat: Cheat{Mode: CheatSilent}, node: -1, output: true},
		{cheat: Cheat{Mode: CheatFalseChallenge}, node: -1, output: true},
		{cheat: Cheat{Mode: CheatNode, Node: 3}, node: 3},
		{cheat: Cheat{Mode: CheatStep, Step: 1000}, node: -1, step: 1000},
	} {
		l := tt.cheat.lie()
		if (l == nil) != tt.honest {
			t.Errorf("%s: lie %+v", tt.cheat, l)
			continue
		}
		if l != nil && (l.Node != tt.node || l.Step != tt.step || l.Output != tt.output) {
			t.Errorf("%s: lie %+v, want node %d step %d output %v", tt.cheat, *l, tt.node, tt.step, tt.output)
		}
	}
}
