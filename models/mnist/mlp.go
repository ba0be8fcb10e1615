package mnist

// MLP is the float32 model: Pixels inputs scaled to [0,1], one ReLU hidden
// layer of Hidden units, Digits outputs (logits of a softmax).
//
// Weights are stored one output row at a time: W1[j*Pixels+i] connects input
// i to hidden unit j, W2[k*Hidden+j] connects hidden unit j to output k.
type MLP struct {
	Hidden int
	W1     []float32 // Hidden × Pixels
	B1     []float32 // Hidden
	W2     []float32 // Digits × Hidden
	B2     []float32 // Digits
}

// NewMLP returns a zero MLP with hidden hidden units.
func NewMLP(hidden int) *MLP {
	return &MLP{
		Hidden: hidden,
		W1:     make([]float32, hidden*Pixels),
		B1:     make([]float32, hidden),
		W2:     make([]float32, Digits*hidden),
		B2:     make([]float32, Digits),
	}
}

// PixelScale is the float input of a pixel value p: float32(p) / 255.
func PixelScale(p byte) float32 { return float32(p) / 255 }

// Logits computes the Digits output logits for one image of Pixels inputs.
// Every sum starts from the bias and adds the terms in index order, each
// product rounded to float32 first: this is the canonical float forward pass.
// It returns nil if img does not have Pixels values or m is malformed.
func (m *MLP) Logits(img []float32) []float32 {
	if len(img) != Pixels || !m.shapeOK() {
		return nil
	}
	hidden := make([]float32, m.Hidden)
	for j := range hidden {
		row := m.W1[j*Pixels : (j+1)*Pixels]
		acc := m.B1[j]
		for i, x := range img {
			acc = float32(acc + float32(row[i]*x))
		}
		if acc > 0 {
			hidden[j] = acc
		}
	}
	logits := make([]float32, Digits)
	for k := range logits {
		row := m.W2[k*m.Hidden : (k+1)*m.Hidden]
		acc := m.B2[k]
		for j, h := range hidden {
			acc = float32(acc + float32(row[j]*h))
		}
		logits[k] = acc
	}
	return logits
}

// shapeOK reports whether m's slices have the sizes Hidden implies.
func (m *MLP) shapeOK() bool {
	return m != nil && m.Hidden > 0 && len(m.W1) == m.Hidden*Pixels && len(m.B1) == m.Hidden &&
		len(m.W2) == Digits*m.Hidden && len(m.B2) == Digits
}

// Predict returns the most likely digit for img (Pixels values in [0,1]), the
// lowest index on ties, or -1 if img does not have Pixels values or m is
// malformed.
func (m *MLP) Predict(img []float32) int {
	logits := m.Logits(img)
	if logits == nil {
		return -1
	}
	return argmax(logits)
}

// Accuracy returns the fraction of d that m classifies correctly (0 if d is
// not valid).
func (m *MLP) Accuracy(d *Dataset) float64 {
	if d.Validate() != nil {
		return 0
	}
	img := make([]float32, Pixels)
	correct := 0
	for n := range d.Len() {
		for i, p := range d.Image(n) {
			img[i] = PixelScale(p)
		}
		if m.Predict(img) == int(d.Labels[n]) {
			correct++
		}
	}
	return float64(correct) / float64(d.Len())
}

// argmax returns the index of the largest logit, the lowest on ties.
func argmax[T int32 | float32](logits []T) int {
	best := 0
	for k, v := range logits {
		if v > logits[best] {
			best = k
		}
	}
	return best
}
