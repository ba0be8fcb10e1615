package mnist

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/opml-dev/opml/internal/fmath"
)

// Config describes a training run. Train's result depends on nothing else:
// the same Config gives bit-identical weights on any machine and any
// GOMAXPROCS.
type Config struct {
	Hidden       int      // hidden units
	Epochs       int      // passes over the training data
	BatchSize    int      // examples per gradient step
	LearningRate float32  // step size at the start; it decays linearly to 0 over the run
	Momentum     float32  // heavy-ball momentum coefficient
	WeightDecay  float32  // L2 coefficient added to the weight gradients (not the biases)
	MaxShift     int      // each example is shifted by up to ±MaxShift pixels in x and y (0: no augmentation)
	Seed         uint64   // seeds initialisation, shuffling and augmentation
	Data         *Dataset // training examples; nil means LoadTrain()

	// Progress, if set, is called after each epoch with the model so far.
	Progress func(epoch int, m *MLP)
}

// DefaultConfig is the configuration the shipped weights were trained with.
func DefaultConfig() Config {
	return Config{
		Hidden:       64,
		Epochs:       20,
		BatchSize:    64,
		LearningRate: 0.05,
		Momentum:     0.9,
		WeightDecay:  1e-4,
		MaxShift:     1,
		Seed:         1,
	}
}

func (c *Config) validate() error {
	switch {
	case c.Hidden < 1 || c.Hidden > 1<<14:
		return fmt.Errorf("mnist: hidden size %d out of range [1, 16384]", c.Hidden)
	case c.Epochs < 0:
		return fmt.Errorf("mnist: negative epoch count %d", c.Epochs)
	case c.BatchSize < 1:
		return fmt.Errorf("mnist: batch size %d < 1", c.BatchSize)
	case c.MaxShift < 0 || c.MaxShift >= Rows:
		return fmt.Errorf("mnist: shift %d out of range [0, %d)", c.MaxShift, Rows)
	case !(c.LearningRate > 0) || !(c.Momentum >= 0 && c.Momentum < 1) || !(c.WeightDecay >= 0):
		return errors.New("mnist: learning rate must be > 0, momentum in [0,1), weight decay ≥ 0")
	case c.Data != nil:
		return c.Data.Validate()
	}
	return nil
}

// Train trains an MLP with stochastic gradient descent with momentum on the
// softmax cross-entropy loss, averaged over each mini-batch.
//
// The run is deterministic. Initialisation: W1 uniform in ±sqrt(6/Pixels)
// (He), W2 uniform in ±sqrt(6/(Hidden+Digits)) (Glorot), biases 0, drawn in
// storage order from the seeded generator. Each epoch draws a Fisher–Yates
// permutation of the examples and then, example by example in batch order, a
// shift (dx, dy); the last partial batch is used as it is. Work is split
// across goroutines by hidden unit (first layer, back-propagation, weight
// updates) or by example (output layer); a value is always computed whole by
// one goroutine, in a fixed order, so the split cannot change any bit. The
// softmax uses fmath.Exp and the initialisation scales fmath.Sqrt, which are
// bit-identical on every architecture.
func Train(cfg Config) (*MLP, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	data := cfg.Data
	if data == nil {
		var err error
		if data, err = LoadTrain(); err != nil {
			return nil, err
		}
	}
	t := newTrainer(cfg, data)
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		t.epoch()
		if cfg.Progress != nil {
			cfg.Progress(epoch, t.model())
		}
	}
	return t.model(), nil
}

type trainer struct {
	cfg     Config
	data    *Dataset
	rng     *rng
	workers int
	h       int

	w1t, v1t, g1t []float32 // first layer, input-major: [i*h+j]
	b1, vb1       []float32
	w2, v2        []float32 // [k*h+j]
	b2, vb2       []float32

	step, steps int

	// Per-batch buffers.
	order   []int32
	nzStart []int32   // example n's non-zero inputs are nzIdx/nzVal[nzStart[n]:nzStart[n+1]]
	nzIdx   []int32   // input index, ascending within an example
	nzVal   []float32 // input value
	hid     []float32 // [n*h+j] hidden activations after ReLU
	dHid    []float32 // [n*h+j] loss gradient at the hidden pre-activations
	dOut    []float32 // [n*Digits+k] loss gradient at the logits, already divided by the batch size
}

func newTrainer(cfg Config, data *Dataset) *trainer {
	h := cfg.Hidden
	t := &trainer{
		cfg: cfg, data: data, rng: newRNG(cfg.Seed), h: h,
		workers: max(1, runtime.GOMAXPROCS(0)),
		w1t:     make([]float32, Pixels*h), v1t: make([]float32, Pixels*h), g1t: make([]float32, Pixels*h),
		b1: make([]float32, h), vb1: make([]float32, h),
		w2: make([]float32, Digits*h), v2: make([]float32, Digits*h),
		b2: make([]float32, Digits), vb2: make([]float32, Digits),
		order:   make([]int32, data.Len()),
		nzStart: make([]int32, cfg.BatchSize+1),
		hid:     make([]float32, cfg.BatchSize*h),
		dHid:    make([]float32, cfg.BatchSize*h),
		dOut:    make([]float32, cfg.BatchSize*Digits),
	}
	batches := (data.Len() + cfg.BatchSize - 1) / cfg.BatchSize
	t.steps = batches * cfg.Epochs
	a1 := fmath.Sqrt(float32(6) / Pixels)
	for j := range h {
		for i := range Pixels {
			t.w1t[i*h+j] = float32(float32(float32(2*t.rng.uniform())-1) * a1)
		}
	}
	a2 := fmath.Sqrt(float32(6) / float32(h+Digits))
	for k := range t.w2 {
		t.w2[k] = float32(float32(float32(2*t.rng.uniform())-1) * a2)
	}
	return t
}

// model copies the weights out in the canonical output-row-major layout.
func (t *trainer) model() *MLP {
	m := NewMLP(t.h)
	for j := range t.h {
		for i := range Pixels {
			m.W1[j*Pixels+i] = t.w1t[i*t.h+j]
		}
	}
	copy(m.B1, t.b1)
	copy(m.W2, t.w2)
	copy(m.B2, t.b2)
	return m
}

func (t *trainer) epoch() {
	for i := range t.order {
		t.order[i] = int32(i)
	}
	t.rng.shuffle(t.order)
	for lo := 0; lo < len(t.order); lo += t.cfg.BatchSize {
		hi := min(lo+t.cfg.BatchSize, len(t.order))
		t.batch(t.order[lo:hi])
	}
}

func (t *trainer) batch(examples []int32) {
	nb := len(examples)
	// The learning rate of this step, decayed linearly towards 0.
	lr := float32(float64(t.cfg.LearningRate) * float64(t.steps-t.step) / float64(t.steps))
	t.step++

	// Gather the batch as sparse inputs (MNIST images are ~80 % zero, and a
	// zero input adds exactly nothing to a sum, so skipping it changes no bit
	// once the ReLU has mapped -0 to +0).
	t.nzIdx, t.nzVal = t.nzIdx[:0], t.nzVal[:0]
	s := t.cfg.MaxShift
	for n, ex := range examples {
		t.nzStart[n] = int32(len(t.nzIdx))
		img := t.data.Image(int(ex))
		var dx, dy int
		if s > 0 {
			dx, dy = t.rng.intn(2*s+1)-s, t.rng.intn(2*s+1)-s
		}
		// Moving every ink pixel by (dx, dy) keeps them in ascending index
		// order; pixels moved off the image are dropped.
		for i, p := range img {
			if p == 0 {
				continue
			}
			r, c := i/Cols+dy, i%Cols+dx
			if r < 0 || r >= Rows || c < 0 || c >= Cols {
				continue
			}
			t.nzIdx = append(t.nzIdx, int32(r*Cols+c))
			t.nzVal = append(t.nzVal, PixelScale(p))
		}
	}
	t.nzStart[nb] = int32(len(t.nzIdx))

	t.parallel(t.h, func(a, b int) { t.forwardHidden(nb, a, b) })
	t.parallel(nb, func(a, b int) { t.forwardOutput(examples, a, b) })
	t.parallel(t.h, func(a, b int) { t.backwardHidden(nb, a, b, lr) })

	// Output biases: ten values, summed over the batch in example order.
	for k := range Digits {
		var g float32
		for n := range nb {
			g = float32(g + t.dOut[n*Digits+k])
		}
		t.vb2[k] = float32(float32(t.cfg.Momentum*t.vb2[k]) + g)
		t.b2[k] = float32(t.b2[k] - float32(lr*t.vb2[k]))
	}
}

// parallel runs fn over [0,n) split into t.workers contiguous ranges and
// waits. Callers make sure each range writes only its own values.
func (t *trainer) parallel(n int, fn func(a, b int)) {
	w := min(t.workers, n)
	if w <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := range w {
		a, b := p*n/w, (p+1)*n/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(a, b)
		}()
	}
	wg.Wait()
}

// forwardHidden computes hidden units [a,b) for every example of the batch:
// bias, then the inputs in ascending index order, then ReLU.
func (t *trainer) forwardHidden(nb, a, b int) {
	h := t.h
	for n := range nb {
		out := t.hid[n*h+a : n*h+b]
		copy(out, t.b1[a:b])
		for q := t.nzStart[n]; q < t.nzStart[n+1]; q++ {
			i, x := int(t.nzIdx[q]), t.nzVal[q]
			w := t.w1t[i*h+a : i*h+b]
			w = w[:len(out)]
			for j := range out {
				out[j] = float32(out[j] + float32(w[j]*x))
			}
		}
		for j, v := range out {
			if !(v > 0) {
				out[j] = 0
			}
		}
	}
}

// forwardOutput computes logits, softmax and the logit gradient
// (softmax - one-hot) / batch size for examples [a,b) of the batch.
func (t *trainer) forwardOutput(examples []int32, a, b int) {
	h := t.h
	invB := 1 / float32(len(examples))
	var logits [Digits]float32
	for n := a; n < b; n++ {
		hid := t.hid[n*h : (n+1)*h]
		for k := range Digits {
			w := t.w2[k*h : (k+1)*h]
			acc := t.b2[k]
			for j, v := range hid {
				acc = float32(acc + float32(w[j]*v))
			}
			logits[k] = acc
		}
		top := logits[0]
		for _, v := range logits[1:] {
			top = max(top, v)
		}
		var sum float32
		for k, v := range logits {
			e := fmath.Exp(float32(v - top))
			logits[k] = e
			sum = float32(sum + e)
		}
		label := int(t.data.Labels[examples[n]])
		d := t.dOut[n*Digits : (n+1)*Digits]
		for k, e := range logits {
			p := e / sum
			if k == label {
				p = float32(p - 1)
			}
			d[k] = float32(p * invB)
		}
	}
}

// backwardHidden back-propagates into hidden units [a,b) and updates every
// weight and bias attached to them: W1 columns, b1 and W2 columns [a,b).
// The W2 columns are read for the hidden gradient before they are updated.
func (t *trainer) backwardHidden(nb, a, b int, lr float32) {
	h := t.h
	mu, wd := t.cfg.Momentum, t.cfg.WeightDecay
	for n := range nb {
		dOut := t.dOut[n*Digits : (n+1)*Digits]
		hid := t.hid[n*h : (n+1)*h]
		dHid := t.dHid[n*h : (n+1)*h]
		for j := a; j < b; j++ {
			if hid[j] == 0 {
				dHid[j] = 0
				continue
			}
			var s float32
			for k, d := range dOut {
				s = float32(s + float32(t.w2[k*h+j]*d))
			}
			dHid[j] = s
		}
	}

	// Output layer columns [a,b).
	for k := range Digits {
		for j := a; j < b; j++ {
			var g float32
			for n := range nb {
				g = float32(g + float32(t.dOut[n*Digits+k]*t.hid[n*h+j]))
			}
			idx := k*h + j
			g = float32(g + float32(wd*t.w2[idx]))
			t.v2[idx] = float32(float32(mu*t.v2[idx]) + g)
			t.w2[idx] = float32(t.w2[idx] - float32(lr*t.v2[idx]))
		}
	}

	// Hidden biases [a,b).
	for j := a; j < b; j++ {
		var g float32
		for n := range nb {
			g = float32(g + t.dHid[n*h+j])
		}
		t.vb1[j] = float32(float32(mu*t.vb1[j]) + g)
		t.b1[j] = float32(t.b1[j] - float32(lr*t.vb1[j]))
	}

	// First layer columns [a,b): gradient summed over the batch in example
	// order (only non-zero inputs contribute), then the momentum step.
	for i := range Pixels {
		clear(t.g1t[i*h+a : i*h+b])
	}
	for n := range nb {
		dHid := t.dHid[n*h+a : n*h+b]
		for q := t.nzStart[n]; q < t.nzStart[n+1]; q++ {
			i, x := int(t.nzIdx[q]), t.nzVal[q]
			g := t.g1t[i*h+a : i*h+b]
			g = g[:len(dHid)]
			for j, d := range dHid {
				g[j] = float32(g[j] + float32(d*x))
			}
		}
	}
	for i := range Pixels {
		w := t.w1t[i*h+a : i*h+b]
		v := t.v1t[i*h+a : i*h+b][:len(w)]
		g := t.g1t[i*h+a : i*h+b][:len(w)]
		for j := range w {
			gj := float32(g[j] + float32(wd*w[j]))
			v[j] = float32(float32(mu*v[j]) + gj)
			w[j] = float32(w[j] - float32(lr*v[j]))
		}
	}
}
