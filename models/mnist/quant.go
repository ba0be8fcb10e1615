package mnist

import (
	"errors"
	"fmt"
)

// MLPInt8 is the quantized model. Its inference path, Logits, uses integer
// arithmetic only, so it gives the same result on every platform:
//
//  1. Input. Pixel p (0..255) becomes x = requant(p, InMul, InShift),
//     clamped to [0, 127]. (x ≈ (p/255)/InScale.)
//  2. Hidden unit j. acc = B1[j] + Σ_i W1[j*Pixels+i]·x[i], int8×int8
//     products summed in int32 (|acc| < 2^31 always: 784·127·127 ≈ 2^23.6,
//     and Quantize bounds the bias). h[j] = 0 if acc ≤ 0, else
//     min(127, requant(acc, Mul1[j], Shift1[j])). (h ≈ hidden/HidScale.)
//  3. Output k. acc = B2[k] + Σ_j W2[k*Hidden+j]·h[j] in int32, and the
//     logit is requant(acc, Mul2[k], Shift2[k]), an int32 on the common
//     scale OutScale for all ten outputs.
//  4. The digit is the index of the largest logit, the lowest on ties.
//
// requant(a, m, s) = (int64(a)·int64(m) + 2^(s-1)) >> s with an arithmetic
// shift: a·m/2^s rounded to nearest, halves rounded up. Quantize chooses
// every m in [2^30, 2^31) and s in [1, 62] so that m/2^s is the real scale
// ratio to 31 significant bits.
//
// The float32 scales say what the integers mean (real = integer × scale);
// inference does not use them.
type MLPInt8 struct {
	Hidden int

	InScale float32 // real input per unit of x: calibrated max input / 127
	InMul   int32
	InShift uint8

	W1       []int8    // Hidden × Pixels, row j scaled by Scale1[j]; values in [-127, 127]
	Scale1   []float32 // weight scale per hidden unit: max |row| / 127
	B1       []int32   // bias in units of Scale1[j]·InScale
	Mul1     []int32
	Shift1   []uint8
	HidScale float32 // real hidden activation per unit of h: calibrated max activation / 127

	W2       []int8    // Digits × Hidden, row k scaled by Scale2[k]
	Scale2   []float32 // weight scale per output
	B2       []int32   // bias in units of Scale2[k]·HidScale
	Mul2     []int32
	Shift2   []uint8
	OutScale float32 // real logit per unit of the integer logits
}

// DefaultCalibrationSize is the number of training examples whose activations
// fix the activation scales (the first ones of the training set).
const DefaultCalibrationSize = 10000

// requant multiplies a by m/2^shift, rounding to nearest with halves up.
func requant(a, m int32, shift uint8) int32 {
	return int32((int64(a)*int64(m) + int64(1)<<(shift-1)) >> shift)
}

// Logits returns the integer logits for one image of Pixels raw pixel values
// (0 = background, 255 = ink), following the steps in the type comment, or
// nil if pixels does not have Pixels values or q is malformed.
func (q *MLPInt8) Logits(pixels []byte) []int32 {
	if len(pixels) != Pixels || !q.shapeOK() {
		return nil
	}
	var x [Pixels]int32
	for i, p := range pixels {
		x[i] = min(max(requant(int32(p), q.InMul, q.InShift), 0), 127)
	}
	hidden := make([]int32, q.Hidden)
	for j := range hidden {
		row := q.W1[j*Pixels : (j+1)*Pixels]
		acc := q.B1[j]
		for i, w := range row {
			acc += int32(w) * x[i]
		}
		if acc > 0 {
			hidden[j] = min(requant(acc, q.Mul1[j], q.Shift1[j]), 127)
		}
	}
	logits := make([]int32, Digits)
	for k := range logits {
		row := q.W2[k*q.Hidden : (k+1)*q.Hidden]
		acc := q.B2[k]
		for j, w := range row {
			acc += int32(w) * hidden[j]
		}
		logits[k] = requant(acc, q.Mul2[k], q.Shift2[k])
	}
	return logits
}

// shapeOK reports whether q's slices have the sizes Hidden implies.
func (q *MLPInt8) shapeOK() bool {
	if q == nil || q.Hidden < 1 {
		return false
	}
	h := q.Hidden
	return len(q.W1) == h*Pixels && len(q.B1) == h && len(q.Mul1) == h && len(q.Shift1) == h &&
		len(q.W2) == Digits*h && len(q.B2) == Digits && len(q.Mul2) == Digits && len(q.Shift2) == Digits
}

// Predict returns the digit for one image of raw pixels, the lowest index on
// ties, or -1 if pixels does not have Pixels values or q is malformed.
func (q *MLPInt8) Predict(pixels []byte) int {
	logits := q.Logits(pixels)
	if logits == nil {
		return -1
	}
	return argmax(logits)
}

// Accuracy returns the fraction of d that q classifies correctly (0 if d is
// not valid).
func (q *MLPInt8) Accuracy(d *Dataset) float64 {
	if d.Validate() != nil {
		return 0
	}
	correct := 0
	for n := range d.Len() {
		if q.Predict(d.Image(n)) == int(d.Labels[n]) {
			correct++
		}
	}
	return float64(correct) / float64(d.Len())
}

// Quantize converts m to int8. Weights get one symmetric scale per output
// row (max |w| / 127); the input and hidden activation scales are the largest
// values seen when m runs over calib, divided by 127; biases are quantized to
// int32 in units of weight scale × input scale of their layer. The output
// scale is the smallest of the ten output rows' scales divided by a power of
// two chosen as large as possible (up to 2^8) while no logit can overflow
// int32. All of this arithmetic is done in float64 with basic operations only,
// so the quantized model is itself the same on every platform.
func Quantize(m *MLP, calib *Dataset) (*MLPInt8, error) {
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("mnist: quantize: %w", err)
	}
	if err := calib.Validate(); err != nil {
		return nil, fmt.Errorf("mnist: quantize: calibration set: %w", err)
	}
	h := m.Hidden

	// Calibration: largest input and largest hidden activation.
	var maxPixel byte
	var maxHidden float32
	img := make([]float32, Pixels)
	hidden := make([]float32, h)
	for n := range calib.Len() {
		for i, p := range calib.Image(n) {
			maxPixel = max(maxPixel, p)
			img[i] = PixelScale(p)
		}
		m.hidden(img, hidden)
		for _, v := range hidden {
			maxHidden = max(maxHidden, v)
		}
	}
	if maxPixel == 0 || !(maxHidden > 0) {
		return nil, errors.New("mnist: quantize: calibration produced an all-zero input or hidden layer")
	}

	q := &MLPInt8{
		Hidden: h,
		W1:     make([]int8, h*Pixels), Scale1: make([]float32, h), B1: make([]int32, h),
		Mul1: make([]int32, h), Shift1: make([]uint8, h),
		W2: make([]int8, Digits*h), Scale2: make([]float32, Digits), B2: make([]int32, Digits),
		Mul2: make([]int32, Digits), Shift2: make([]uint8, Digits),
	}
	sx := float64(PixelScale(maxPixel)) / 127
	sh := float64(maxHidden) / 127
	q.InScale, q.HidScale = float32(sx), float32(sh)
	var err error
	if q.InMul, q.InShift, err = multiplier((1.0 / 255) / sx); err != nil {
		return nil, fmt.Errorf("mnist: quantize input: %w", err)
	}

	for j := range h {
		s := quantizeRow(m.W1[j*Pixels:(j+1)*Pixels], q.W1[j*Pixels:(j+1)*Pixels])
		q.Scale1[j] = float32(s)
		if q.B1[j], err = quantizeBias(m.B1[j], s*sx); err != nil {
			return nil, fmt.Errorf("mnist: quantize hidden bias %d: %w", j, err)
		}
		if q.Mul1[j], q.Shift1[j], err = multiplier(s * sx / sh); err != nil {
			return nil, fmt.Errorf("mnist: quantize hidden unit %d: %w", j, err)
		}
	}

	rowScale := make([]float64, Digits)
	minScale := 0.0
	for k := range Digits {
		s := quantizeRow(m.W2[k*h:(k+1)*h], q.W2[k*h:(k+1)*h])
		q.Scale2[k] = float32(s)
		rowScale[k] = s * sh
		if k == 0 || rowScale[k] < minScale {
			minScale = rowScale[k]
		}
		if q.B2[k], err = quantizeBias(m.B2[k], rowScale[k]); err != nil {
			return nil, fmt.Errorf("mnist: quantize output bias %d: %w", k, err)
		}
	}
	// Largest possible |accumulator| times its ratio to the common scale,
	// which must stay below 2^31 after up to 8 extra fractional bits.
	worst := 0.0
	for k := range Digits {
		acc := float64(127*127*float64(h)) + abs64(float64(q.B2[k]))
		worst = max(worst, acc*rowScale[k]/minScale)
	}
	if worst >= 1<<30 {
		return nil, fmt.Errorf("mnist: quantize: output logits could overflow int32 (bound %.0f)", worst)
	}
	out := minScale
	for range 8 {
		if worst*2 >= 1<<30 {
			break
		}
		worst *= 2
		out /= 2
	}
	q.OutScale = float32(out)
	for k := range Digits {
		if q.Mul2[k], q.Shift2[k], err = multiplier(rowScale[k] / out); err != nil {
			return nil, fmt.Errorf("mnist: quantize output %d: %w", k, err)
		}
	}
	return q, nil
}

// hidden computes the float hidden layer of m for img exactly as Logits does.
func (m *MLP) hidden(img, out []float32) {
	for j := range out {
		row := m.W1[j*Pixels : (j+1)*Pixels]
		acc := m.B1[j]
		for i, x := range img {
			acc = float32(acc + float32(row[i]*x))
		}
		out[j] = 0
		if acc > 0 {
			out[j] = acc
		}
	}
}

// quantizeRow writes round(w/s) for s = max|w|/127 into dst and returns s
// (1 for an all-zero row).
func quantizeRow(w []float32, dst []int8) float64 {
	var top float64
	for _, v := range w {
		top = max(top, abs64(float64(v)))
	}
	s := top / 127
	if s == 0 {
		s = 1
	}
	for i, v := range w {
		dst[i] = int8(min(max(roundHalfAway(float64(v)/s), -127), 127))
	}
	return s
}

// quantizeBias returns round(b/scale), refusing values that could overflow
// an int32 accumulator.
func quantizeBias(b float32, scale float64) (int32, error) {
	v := float64(b) / scale
	if !(abs64(v) <= 1<<30) {
		return 0, fmt.Errorf("bias %g is %g units of %g, beyond ±2^30", b, v, scale)
	}
	return int32(roundHalfAway(v)), nil
}

// multiplier expresses ratio > 0 as m/2^shift with m in [2^30, 2^31) and
// shift in [1, 62]. Doubling and halving a float64 are exact, so only the
// final rounding of m loses precision.
func multiplier(ratio float64) (int32, uint8, error) {
	if !(ratio > 0) || ratio > 1<<29 || ratio < 0x1p-31 {
		return 0, 0, fmt.Errorf("scale ratio %g outside the range an int32 multiplier can express", ratio)
	}
	shift := 0
	for ratio < 1<<30 {
		ratio *= 2
		shift++
	}
	for ratio >= 1<<31 {
		ratio /= 2
		shift--
	}
	m := roundHalfAway(ratio)
	if m == 1<<31 {
		m /= 2
		shift--
	}
	if shift < 1 || shift > 62 {
		return 0, 0, fmt.Errorf("scale ratio needs shift %d outside [1, 62]", shift)
	}
	return int32(m), uint8(shift), nil
}

// roundHalfAway rounds to the nearest integer, halves away from zero. Float
// to integer conversion truncates in Go on every platform.
func roundHalfAway(x float64) int64 {
	if x < 0 {
		return -int64(-x + 0.5)
	}
	return int64(x + 0.5)
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
