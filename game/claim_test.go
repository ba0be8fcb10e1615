package game

import (
	"bytes"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
)

func TestStartValue(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	single, err := SinglePhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	multi, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	s := g.Tensors[g.Input()].Spec()
	for seed := range 3 {
		input := testImage(seed)
		in, err := tensor.FromBytes(s.DType, input, s.Shape...)
		if err != nil {
			t.Fatal(err)
		}
		// Independently: the graph-mode emulator with the input written, and the native graph state after no node.
		e, err := exe.GraphEmulator(g, in)
		if err != nil {
			t.Fatal(err)
		}
		values := nativeValues(t, g, input)
		r0, err := graph.StateRoot(g, graph.Commitments(values), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			name string
			info *ModelInfo
			want Hash
		}{
			{"single-phase", single, e.StateHash()},
			{"multi-phase", multi, r0},
		} {
			sibs, start, err := StartProof(exe, g, tt.info, input)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if start != tt.want {
				t.Errorf("%s, image %d: start %x, want %x", tt.name, seed, start, tt.want)
			}
			if again, err := StartValue(tt.info, input, sibs); err != nil || again != start {
				t.Errorf("%s: StartValue = %x, %v", tt.name, again, err)
			}
		}
	}

	input := testImage(0)
	// A registration whose input region already holds data cannot start a game.
	in, _ := tensor.FromBytes(s.DType, input, s.Shape...)
	filled, err := exe.GraphEmulator(g, in)
	if err != nil {
		t.Fatal(err)
	}
	dirty := *single
	dirty.ProgramStateData = encodeAtStart(filled)
	multiDirty := *multi
	multiDirty.GraphState[5] ^= 1
	for _, info := range []*ModelInfo{single, multi} {
		sibs, _, err := StartProof(exe, g, info, input)
		if err != nil {
			t.Fatal(err)
		}
		other := bytes.Clone(input)
		other[0]++
		tests := []struct {
			name  string
			info  *ModelInfo
			input []byte
			sibs  []Hash
		}{
			{"long input", info, append(bytes.Clone(input), 0), sibs},
			{"sibling changed", info, input, append([]Hash{{1}}, sibs[1:]...)},
			{"sibling missing", info, input, sibs[1:]},
			{"sibling extra", info, input, append(slicesClone(sibs), Hash{})},
			{"no phases", &ModelInfo{InputSize: info.InputSize}, input, sibs},
		}
		if info == single {
			tests = append(tests, struct {
				name  string
				info  *ModelInfo
				input []byte
				sibs  []Hash
			}{"input region not empty", &dirty, input, sibs})
		} else {
			tests = append(tests, struct {
				name  string
				info  *ModelInfo
				input []byte
				sibs  []Hash
			}{"input leaf not empty", &multiDirty, input, sibs})
		}
		for _, tt := range tests {
			if _, err := StartValue(tt.info, tt.input, tt.sibs); err == nil {
				t.Errorf("phases %d, %s: no error", info.Phases(), tt.name)
			}
		}
		// The same siblings serve any input.
		if _, err := StartValue(info, other, sibs); err != nil {
			t.Errorf("phases %d: another input: %v", info.Phases(), err)
		}
		// A shorter input is the model's input zero-padded: the same start.
		padded := bytes.Clone(input)
		padded[len(padded)-1] = 0
		want, err := StartValue(info, padded, sibs)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := StartValue(info, padded[:len(padded)-1], sibs); err != nil || got != want {
			t.Errorf("phases %d: a short input starts at %x (%v), its zero-padded twin at %x", info.Phases(), got, err, want)
		}
	}
}

func slicesClone(h []Hash) []Hash { return append([]Hash(nil), h...) }

func TestVerifyClaim(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	input := testImage(2)
	for _, mk := range []func(*host.Image, *graph.Graph) (*ModelInfo, error){SinglePhaseModel, MultiPhaseModel} {
		info, err := mk(exe, g)
		if err != nil {
			t.Fatal(err)
		}
		honest, err := NewComputation(exe, g, info, input, nil)
		if err != nil {
			t.Fatal(err)
		}
		liar, err := NewComputation(exe, g, info, input, &Lie{Node: -1})
		if err != nil {
			t.Fatal(err)
		}
		hc, err := honest.Claim()
		if err != nil {
			t.Fatal(err)
		}
		lc, err := liar.Claim()
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyClaim(info, honest.Output(), hc); err != nil {
			t.Errorf("phases %d: the honest claim: %v", info.Phases(), err)
		}
		if err := VerifyClaim(info, liar.Output(), lc); err != nil {
			t.Errorf("phases %d: the liar's claim: %v", info.Phases(), err)
		}
		if hc.Claim == lc.Claim || bytes.Equal(honest.Output(), liar.Output()) {
			t.Errorf("phases %d: the liar claims the honest claim or output", info.Phases())
		}
		tamper := func(f func(c *ClaimProof)) *ClaimProof {
			c := *hc
			c.EndState = bytes.Clone(hc.EndState)
			c.Siblings = slicesClone(hc.Siblings)
			f(&c)
			return &c
		}
		tests := []struct {
			name   string
			output []byte
			claim  *ClaimProof
		}{
			{"another output", liar.Output(), hc},
			{"the honest output with the liar's claim", honest.Output(), lc},
			{"short output", honest.Output()[1:], hc},
			{"claim changed", honest.Output(), tamper(func(c *ClaimProof) { c.Claim[7] ^= 1 })},
			{"sibling changed", honest.Output(), tamper(func(c *ClaimProof) { c.Siblings[0][0] ^= 1 })},
			{"sibling missing", honest.Output(), tamper(func(c *ClaimProof) { c.Siblings = c.Siblings[1:] })},
			{"no claim", honest.Output(), nil},
		}
		if info.Phases() == 1 {
			rehash := func(c *ClaimProof) { c.Claim, _ = stateHash(c.EndState) }
			tests = append(tests, []struct {
				name   string
				output []byte
				claim  *ClaimProof
			}{
				{"end state changed", honest.Output(), tamper(func(c *ClaimProof) { c.EndState[100] ^= 1 })},
				{"end state exited 1", honest.Output(), tamper(func(c *ClaimProof) { c.EndState[77] = 1; rehash(c) })},
				{"end state faulted", honest.Output(), tamper(func(c *ClaimProof) { c.EndState[79] = 2; rehash(c) })},
				{"end state running", honest.Output(), tamper(func(c *ClaimProof) { c.EndState[78] = 0; rehash(c) })},
				{"end state truncated", honest.Output(), tamper(func(c *ClaimProof) { c.EndState = c.EndState[:311] })},
			}...)
		} else {
			tests = append(tests, struct {
				name   string
				output []byte
				claim  *ClaimProof
			}{"end state given", honest.Output(), tamper(func(c *ClaimProof) { c.EndState = make([]byte, 312) })})
		}
		for _, tt := range tests {
			err := VerifyClaim(info, tt.output, tt.claim)
			if err == nil {
				t.Errorf("phases %d, %s: accepted", info.Phases(), tt.name)
			} else if !strings.HasPrefix(err.Error(), "game: ") {
				t.Errorf("phases %d, %s: error %q lacks context", info.Phases(), tt.name, err)
			}
		}
	}
}
