package mnist

import (
	"math"
	"testing"

	"github.com/opml-dev/opml/graph"
)

// TestGraphsEqualModels: the shipped models as graphs give the models' own logits, bit for bit, and their
// predictions.
func TestGraphsEqualModels(t *testing.T) {
	test, err := LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	q, err := ShippedInt8()
	if err != nil {
		t.Fatal(err)
	}
	fg, err := m.Graph()
	if err != nil {
		t.Fatal(err)
	}
	qg, err := q.Graph()
	if err != nil {
		t.Fatal(err)
	}
	img := make([]float32, Pixels)
	for n := 0; n < 100; n++ {
		pixels := test.Image(n)
		for i, p := range pixels {
			img[i] = PixelScale(p)
		}
		in, err := fg.Input(pixels)
		if err != nil {
			t.Fatal(err)
		}
		vals, err := graph.Run(fg.Graph, in)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := vals[fg.Logits].Float32s()
		for k, want := range m.Logits(img) {
			if math.Float32bits(got[k]) != math.Float32bits(want) {
				t.Fatalf("image %d: float32 graph logit %d = %v, model %v", n, k, got[k], want)
			}
		}
		in, err = qg.Input(pixels)
		if err != nil {
			t.Fatal(err)
		}
		vals, err = graph.Run(qg.Graph, in)
		if err != nil {
			t.Fatal(err)
		}
		gotQ, _ := vals[qg.Logits].Int32s()
		for k, want := range q.Logits(pixels) {
			if gotQ[k] != want {
				t.Fatalf("image %d: int8 graph logit %d = %d, model %d", n, k, gotQ[k], want)
			}
		}
		digit, _ := vals[qg.Graph.Output()].Int32s()
		if int(digit[0]) != q.Predict(pixels) {
			t.Fatalf("image %d: int8 graph predicts %d, model %d", n, digit[0], q.Predict(pixels))
		}
	}
	if _, err := fg.Input(make([]byte, 3)); err == nil {
		t.Fatal("a 3-pixel image was accepted")
	}
}

// TestBatchGraphEqualsSingleImages: a batch of images gives each image's own prediction.
func TestBatchGraphEqualsSingleImages(t *testing.T) {
	test, err := LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	m, _ := Shipped()
	q, _ := ShippedInt8()
	const n = 7
	pixels := test.Images[:n*Pixels]
	for _, build := range []func(int) (*GraphModel, error){m.BatchGraph, q.BatchGraph} {
		batch, err := build(n)
		if err != nil {
			t.Fatal(err)
		}
		single, _ := build(1)
		in, err := batch.Input(pixels)
		if err != nil {
			t.Fatal(err)
		}
		vals, err := graph.Run(batch.Graph, in)
		if err != nil {
			t.Fatal(err)
		}
		digits, _ := vals[batch.Graph.Output()].Int32s()
		for i := 0; i < n; i++ {
			in1, _ := single.Input(test.Image(i))
			v1, err := graph.Run(single.Graph, in1)
			if err != nil {
				t.Fatal(err)
			}
			d1, _ := v1[single.Graph.Output()].Int32s()
			if d1[0] != digits[i] {
				t.Fatalf("image %d: batch says %d, alone %d", i, digits[i], d1[0])
			}
		}
	}
}
