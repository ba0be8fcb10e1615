package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/models/modelfile"
)

// writeIDX writes the first n test images as an IDX file.
func writeIDX(t *testing.T, n int) (string, []byte) {
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	buf.Write([]byte{0, 0, 8, 3, 0, 0, 0, byte(n), 0, 0, 0, 28, 0, 0, 0, 28})
	for i := 0; i < n; i++ {
		buf.Write(test.Image(i))
	}
	p := filepath.Join(t.TempDir(), "images.idx")
	os.WriteFile(p, buf.Bytes(), 0o644)
	return p, test.Labels[:n]
}

func TestInferNativeAndVM(t *testing.T) {
	idx, labels := writeIDX(t, 3)
	for _, model := range []string{"mnist", "mnist-int8"} {
		out, errOut, code := runOpml(t, "infer", "--model", model, "--input", idx, "--vm", "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", model, code, errOut)
		}
		var res struct {
			Predictions []struct {
				Digit            int32  `json:"digit"`
				VMDigit          *int32 `json:"vm_digit"`
				VMSteps          uint64 `json:"vm_steps"`
				OutputCommitment string `json:"output_commitment"`
			}
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Predictions) != 3 {
			t.Fatalf("%s: %d predictions for 3 images", model, len(res.Predictions))
		}
		for i, p := range res.Predictions {
			if p.VMDigit == nil || *p.VMDigit != p.Digit || p.VMSteps == 0 || !strings.HasPrefix(p.OutputCommitment, "0x") {
				t.Fatalf("%s image %d: %+v", model, i, p)
			}
			if p.Digit != int32(labels[i]) {
				t.Errorf("%s image %d: predicted %d, label %d", model, i, p.Digit, labels[i])
			}
		}
	}
	// Plain output: one digit per line.
	out, _, code := runOpml(t, "infer", "--model", "mnist", "--input", idx)
	if code != 0 || strings.Fields(out)[0] != "7" || len(strings.Fields(out)) != 3 {
		t.Fatalf("plain infer: exit %d, %q", code, out)
	}
}

// writeDigitPNG writes test image i as a dark-on-white RGB picture, 3× larger, as a person would photograph it.
func writeDigitPNG(t *testing.T, i int) string {
	t.Helper()
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewRGBA(image.Rect(0, 0, 84, 84))
	for y := 0; y < 84; y++ {
		for x := 0; x < 84; x++ {
			v := 255 - test.Image(i)[(y/3)*28+x/3]
			img.Set(x, y, color.RGBA{v, v, v, 255})
		}
	}
	p := filepath.Join(t.TempDir(), "digit.png")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

func TestInferPNG(t *testing.T) {
	p := writeDigitPNG(t, 0)
	out, errOut, code := runOpml(t, "infer", "--model", "mnist", "--input", p)
	if code != 0 || strings.TrimSpace(out) != "7" {
		t.Fatalf("infer on a PNG of a 7: exit %d, %q %s", code, out, errOut)
	}
}

func TestInferBadInput(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("hello"), 0o644)
	trunc := filepath.Join(dir, "trunc.idx")
	os.WriteFile(trunc, []byte{0, 0, 8, 3, 0, 0, 0, 5, 0, 0, 0, 28, 0, 0, 0, 28, 1, 2, 3}, 0o644)
	wrong := filepath.Join(dir, "wrong.idx")
	os.WriteFile(wrong, append([]byte{0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 5}, make([]byte, 25)...), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"infer", "--model", "mnist", "--input", text}, "not a PNG or JPEG"},
		{[]string{"infer", "--model", "mnist", "--input", trunc}, trunc},
		{[]string{"infer", "--model", "mnist", "--input", wrong}, "5x5"},
		{[]string{"infer", "--model", "gpt5", "--input", text}, "unknown model"},
		{[]string{"infer", "--model", "mnist"}, "--input is required"},
	} {
		_, errOut, code := runOpml(t, c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want it to mention %q", c.args, code, errOut, c.want)
		}
	}
}

func TestMNISTTrainShort(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := runOpml(t, "mnist", "train", "--hidden", "8", "--epochs", "1", "--out", dir)
	if code != 0 || !strings.Contains(out, "int8") {
		t.Fatalf("mnist train: exit %d: %s %s", code, out, errOut)
	}
	if _, err := mnist.LoadFile(filepath.Join(dir, mnist.Float32File)); err != nil {
		t.Fatal(err)
	}
	if _, err := mnist.LoadInt8File(filepath.Join(dir, mnist.Int8File)); err != nil {
		t.Fatal(err)
	}
	// The files it writes are models the other commands take: infer (opml files and MNIST weights), model inspect,
	// and registration on chain.
	png := writeDigitPNG(t, 0)
	for _, file := range []string{"mnist-int8.opml", "mnist-f32.opml", mnist.Int8File, mnist.Float32File} {
		out, errOut, code := runOpml(t, "infer", "--model", filepath.Join(dir, file), "--input", png)
		if d := strings.TrimSpace(out); code != 0 || len(d) != 1 || d[0] < '0' || d[0] > '9' {
			t.Fatalf("infer --model %s: exit %d, %q %s", file, code, out, errOut)
		}
	}
	out, errOut, code = runOpml(t, "model", "inspect", filepath.Join(dir, "mnist-int8.opml"), "--json")
	var report struct {
		Name     string            `json:"name"`
		Metadata map[string]string `json:"metadata"`
	}
	if err := json.Unmarshal([]byte(out), &report); code != 0 || err != nil || report.Name != "mnist-int8" || report.Metadata["hidden"] != "8" {
		t.Fatalf("model inspect: exit %d, %v: %s %s", code, err, out, errOut)
	}
	g, err := modelfile.ReadFile(filepath.Join(dir, "mnist-int8.opml"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	sys, err := contracts.DeploySystem(ctx, c, contracts.DefaultSystemParams())
	if err != nil {
		t.Fatal(err)
	}
	// `opml model id` prints the ids the registrations get.
	idOut, idErr, code := runOpml(t, "model", "id", "--json", filepath.Join(dir, "mnist-int8.opml"))
	var ids map[string]string
	if err := json.Unmarshal([]byte(idOut), &ids); code != 0 || err != nil {
		t.Fatalf("model id: exit %d, %v: %s %s", code, err, idOut, idErr)
	}
	for i, build := range []func(*host.Image, *graph.Graph) (*game.ModelInfo, error){game.SinglePhaseModel, game.MultiPhaseModel} {
		info, err := build(host.Shipped(), g)
		if err != nil {
			t.Fatalf("registration info (%d-phase): %v", i+1, err)
		}
		if want := ids[[]string{"single_phase", "two_phase"}[i]]; contracts.ModelID(info).String() != want {
			t.Fatalf("model id printed %s for the %d-phase registration, want %s", want, i+1, contracts.ModelID(info))
		}
		m := &agent.Model{Name: fmt.Sprintf("trained-%d", i+1), Graph: g, Executor: host.Shipped(), Info: info}
		if err := agent.Register(ctx, c, sys, m); err != nil {
			t.Fatalf("registering the trained model (%d-phase): %v", i+1, err)
		}
	}
}

// TestInferModelFile: the shipped int8 model written as an opml model file infers the same digits, natively and
// in the VM, as the built-in one.
func TestInferModelFile(t *testing.T) {
	q, err := mnist.ShippedInt8()
	if err != nil {
		t.Fatal(err)
	}
	gm, err := q.Graph()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "mnist-int8.opml")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := modelfile.Write(f, gm.Graph); err != nil {
		t.Fatal(err)
	}
	f.Close()
	idx, _ := writeIDX(t, 3)
	want, _, code := runOpml(t, "infer", "--model", "mnist-int8", "--input", idx, "--json")
	if code != 0 {
		t.Fatal("built-in model failed")
	}
	got, errOut, code := runOpml(t, "infer", "--model", file, "--input", idx, "--json", "--vm")
	if code != 0 {
		t.Fatalf("model file: exit %d: %s", code, errOut)
	}
	var w, g struct {
		Predictions []struct {
			Digit            int32
			OutputCommitment string `json:"output_commitment"`
			VMDigit          *int32 `json:"vm_digit"`
		}
	}
	json.Unmarshal([]byte(want), &w)
	json.Unmarshal([]byte(got), &g)
	if len(g.Predictions) != 3 || len(w.Predictions) != 3 {
		t.Fatalf("predictions: %s / %s", got, want)
	}
	for i := range w.Predictions {
		if g.Predictions[i].Digit != w.Predictions[i].Digit || g.Predictions[i].OutputCommitment != w.Predictions[i].OutputCommitment ||
			g.Predictions[i].VMDigit == nil || *g.Predictions[i].VMDigit != w.Predictions[i].Digit {
			t.Fatalf("image %d: model file %+v, built-in %+v", i, g.Predictions[i], w.Predictions[i])
		}
	}
}
