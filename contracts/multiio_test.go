package contracts_test

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
)

// multiIOGraph is a graph of two inputs and two outputs: a F32[4] and idx I32[1] in; relu(a) and a[idx] out. An
// index out of range fails the second output's node, so the run fails there while the first output has a value.
func multiIOGraph(t *testing.T) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	a := b.Input("a", tensor.F32, 4)
	idx := b.Input("idx", tensor.I32, 1)
	relu := b.Node("relu", graph.OpRelu, nil, a)
	pick := b.Node("pick", graph.OpGather, graph.Ints(0), a, idx)
	g, err := b.Build(relu, pick)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// multiIORequest is the request input for a and idx: their bytes concatenated.
func multiIORequest(a []float32, idx int32) []byte {
	out := make([]byte, 0, 20)
	for _, v := range a {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
	}
	return binary.LittleEndian.AppendUint32(out, uint32(idx))
}

// TestRegistryMultiIO: a graph of two inputs and two outputs registered single- and two-phase. For a request whose
// run succeeds and one whose second output fails, ModelRegistry.gameStart gives game.StartValue's start, and
// checkClaim accepts the honest claim (a failure as failed) as game.VerifyClaim does, and refuses a claim whose
// second output is changed.
func TestRegistryMultiIO(t *testing.T) {
	e := newAIEnv(t)
	g := multiIOGraph(t)
	exe := host.Shipped()
	for phases, build := range map[int]func(*host.Image, *graph.Graph) (*game.ModelInfo, error){1: game.SinglePhaseModel, 2: game.MultiPhaseModel} {
		info, err := build(exe, g)
		if err != nil {
			t.Fatal(err)
		}
		if len(info.Inputs) != 2 || len(info.Outputs) != 2 || info.InputSize != 20 || info.OutputSize != 20 {
			t.Fatalf("%d-phase registration lists %+v and %+v", phases, info.Inputs, info.Outputs)
		}
		id := e.register(contracts.ModelInfo(info))
		for _, tc := range []struct {
			name   string
			input  []byte
			failed bool
		}{
			{"ok", multiIORequest([]float32{1, -2, 3, -4}, 2), false},
			{"index out of range", multiIORequest([]float32{1, -2, 3, -4}, 9), true},
		} {
			what := func(s string) string {
				return tc.name + ", " + map[int]string{1: "single", 2: "two"}[phases] + "-phase: " + s
			}
			c, err := game.NewComputation(exe, g, info, tc.input, nil)
			if err != nil {
				t.Fatal(err)
			}
			out := c.Output()
			if (out == nil) != tc.failed {
				t.Fatalf("%s", what("the run's failure is not as expected"))
			}
			claim, err := c.Claim()
			if err != nil {
				t.Fatal(err)
			}
			if err := game.VerifyClaim(info, out, claim); err != nil {
				t.Fatalf("%s", what(err.Error()))
			}
			ret, err := e.call(oeDeployer, e.registry, nil, e.reg.PackCheckClaim(id, out, claim.Claim, claim.EndState, claim.Siblings))
			if err != nil {
				t.Fatalf("%s", what("checkClaim: "+err.Error()))
			}
			if failed, err := e.reg.UnpackCheckClaim(ret); err != nil || failed != tc.failed {
				t.Fatalf("%s", what("checkClaim says failed"))
			}
			if !tc.failed {
				wrong := bytes.Clone(out)
				wrong[len(wrong)-1] ^= 1
				if err := game.VerifyClaim(info, wrong, claim); err == nil {
					t.Errorf("%s", what("VerifyClaim accepts a changed second output"))
				}
				_, err := e.call(oeDeployer, e.registry, nil, e.reg.PackCheckClaim(id, wrong, claim.Claim, claim.EndState, claim.Siblings))
				if err == nil || !strings.Contains(err.Error(), "BadClaimProof") {
					t.Errorf("%s", what("checkClaim accepts a changed second output: "+errString(err)))
				}
			}
			sibs, start, err := c.StartProof()
			if err != nil {
				t.Fatal(err)
			}
			ret, err = e.call(oeDeployer, e.registry, nil, e.reg.PackGameStart(id, tc.input, sibs))
			if err != nil {
				t.Fatalf("%s", what("gameStart: "+err.Error()))
			}
			got, err := e.reg.UnpackGameStart(ret)
			if err != nil || got.Start != start {
				t.Fatalf("%s", what("gameStart differs from game.StartValue"))
			}
			if _, err := e.call(oeDeployer, e.registry, nil, e.reg.PackGameStart(id, tc.input, sibs[:len(sibs)-1])); err == nil {
				t.Errorf("%s", what("gameStart accepts a sibling too few"))
			}
		}
	}
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}
