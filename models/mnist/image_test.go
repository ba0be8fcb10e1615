package mnist

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"runtime"
	"strings"
	"testing"
)

// render draws MNIST pixels as a picture a person would make: dark ink on white paper, scaled up, in RGB.
func render(t *testing.T, pixels []byte, scale int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 28*scale+17, 28*scale))
	for y := 0; y < img.Bounds().Dy(); y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			img.Set(x, y, color.White)
		}
	}
	for y := 0; y < 28*scale; y++ {
		for x := 0; x < 28*scale; x++ {
			v := 255 - pixels[(y/scale)*28+x/scale]
			img.Set(x+9, y, color.RGBA{v, v, v, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFromImageRecognizesRenderedDigits: test digits, re-drawn as larger dark-on-light RGB pictures, come back
// through FromImage and are still recognized by the shipped model.
func TestFromImageRecognizesRenderedDigits(t *testing.T) {
	test, err := LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	m, err := LoadFile("weights/mlp-f32.bin")
	if err != nil {
		t.Fatal(err)
	}
	const n = 200
	direct, viaImage := 0, 0
	for i := 0; i < n; i++ {
		px, err := FromImage(render(t, test.Image(i), 3))
		if err != nil {
			t.Fatal(err)
		}
		img := make([]float32, Pixels)
		orig := make([]float32, Pixels)
		for j := range img {
			img[j], orig[j] = PixelScale(px[j]), PixelScale(test.Image(i)[j])
		}
		if m.Predict(img) == int(test.Labels[i]) {
			viaImage++
		}
		if m.Predict(orig) == int(test.Labels[i]) {
			direct++
		}
	}
	t.Logf("accuracy on %d test digits: %d direct, %d through rendered PNGs", n, direct, viaImage)
	if viaImage < direct-n/20 {
		t.Fatalf("preprocessing loses too much: %d correct through PNGs vs %d direct", viaImage, direct)
	}
}

func TestFromImageErrors(t *testing.T) {
	if _, err := FromImage([]byte("not an image")); err == nil {
		t.Fatal("text accepted as an image")
	}
	blank := image.NewGray(image.Rect(0, 0, 10, 10))
	var buf bytes.Buffer
	png.Encode(&buf, blank)
	if _, err := FromImage(buf.Bytes()); err == nil {
		t.Fatal("an image without ink accepted")
	}
}

// TestFromImageRefusesHugeBeforeDecoding: a 69-byte PNG whose header claims 100000×100000 pixels is refused from
// its header, without the 10 GB the decoder would allocate.
func TestFromImageRefusesHugeBeforeDecoding(t *testing.T) {
	data, err := os.ReadFile("testdata/huge.png")
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = FromImage(data)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrImageTooLarge) || !strings.Contains(err.Error(), "100000x100000") {
		t.Fatalf("err = %v, want ErrImageTooLarge naming the size", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Fatalf("allocated %d bytes to refuse it", grew)
	}
}
