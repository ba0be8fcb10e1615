package mnist

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // decode JPEG as well as PNG
	_ "image/png"
)

// The largest picture FromImage reads: 16384 pixels on a side and 16.8 million pixels (4096×4096) in all, which
// takes about 250 MB to decode and preprocess.
const (
	MaxImageSide   = 1 << 14
	MaxImagePixels = 1 << 24
)

// ErrImageTooLarge is wrapped by FromImage's error for a picture over the size limits.
var ErrImageTooLarge = errors.New("image too large")

func checkImageSize(w, h int) error {
	switch {
	case w <= 0 || h <= 0:
		return fmt.Errorf("image size %dx%d: empty", w, h)
	case w > MaxImageSide || h > MaxImageSide || int64(w)*int64(h) > MaxImagePixels:
		return fmt.Errorf("%w: %dx%d pixels (the limit is %d on a side and %d pixels in all, 4096x4096)", ErrImageTooLarge, w, h, MaxImageSide, MaxImagePixels)
	}
	return nil
}

// FromImage turns a picture of one handwritten digit (PNG or JPEG, any size, grayscale, RGB or with alpha) into
// the 28×28 raw pixels the models read, the way the MNIST set was made: the digit's bounding box is scaled so its
// longer side is 20 pixels, then placed in a 28×28 frame so its centre of mass is at the centre. Dark-on-light
// pictures are inverted (MNIST is light ink on black). Every step is integer arithmetic, so the pixels are the same
// on every machine.
//
// The size is read from the header first: pictures larger than MaxImageSide on a side or MaxImagePixels in all are
// refused before decoding, so a small file claiming a huge image cannot make the decoder allocate gigabytes.
func FromImage(data []byte) ([]byte, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if err := checkImageSize(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if err := checkImageSize(w, h); err != nil {
		return nil, err
	}
	gray := make([]int64, w*h)
	var sum int64
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, bl, a := img.At(b.Min.X+x, b.Min.Y+y).RGBA() // 16-bit, alpha-premultiplied
			// Composite over white, then luma (ITU-R 601 weights) in 8 bits.
			white := 0xFFFF - int64(a)
			l := (299*(int64(r)+white) + 587*(int64(g)+white) + 114*(int64(bl)+white)) / 1000
			gray[y*w+x] = l >> 8
			sum += l >> 8
		}
	}
	if sum > int64(w*h)*127 { // mostly light: dark ink on light paper
		for i := range gray {
			gray[i] = 255 - gray[i]
		}
	}
	// Bounding box of the ink.
	const inkThreshold = 32
	x0, y0, x1, y1 := w, h, -1, -1
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if gray[y*w+x] > inkThreshold {
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
			}
		}
	}
	if x1 < 0 {
		return nil, errors.New("the image has no digit in it (no ink found)")
	}
	bw, bh := x1-x0+1, y1-y0+1
	// Scale the box so its longer side is 20 pixels, keeping the aspect ratio.
	tw, th := 20, 20
	if bw > bh {
		th = max(1, (20*bh+bw/2)/bw)
	} else {
		tw = max(1, (20*bw+bh/2)/bh)
	}
	digit := areaResize(gray, w, x0, y0, bw, bh, tw, th)
	// Place it so the centre of mass is at (14, 14).
	var mass, mx, my int64
	for y := 0; y < th; y++ {
		for x := 0; x < tw; x++ {
			v := digit[y*tw+x]
			mass += v
			mx += int64(2*x+1) * v
			my += int64(2*y+1) * v
		}
	}
	if mass == 0 {
		return nil, errors.New("the image has no digit in it (no ink found)")
	}
	// offset = round(14 − centre), centre = m/(2·mass)
	offX := floorDiv(28*mass-mx+mass, 2*mass)
	offY := floorDiv(28*mass-my+mass, 2*mass)
	out := make([]byte, Pixels)
	for y := 0; y < th; y++ {
		for x := 0; x < tw; x++ {
			px, py := int64(x)+offX, int64(y)+offY
			if px >= 0 && px < 28 && py >= 0 && py < 28 {
				out[py*28+px] = byte(min(digit[y*tw+x], 255))
			}
		}
	}
	return out, nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// areaResize scales the sw×sh box at (sx0, sy0) of a w-wide image to tw×th by exact area averaging: each target
// pixel is the mean of the source area it covers, with fractional pixels weighted by their overlap.
func areaResize(src []int64, w, sx0, sy0, sw, sh, tw, th int) []int64 {
	// Coordinates are scaled so both grids are integers: a source pixel spans tw units across, a target one sw.
	overlap := func(s, t, sScale, tScale int) int64 {
		lo := max(s*sScale, t*tScale)
		hi := min((s+1)*sScale, (t+1)*tScale)
		return int64(max(0, hi-lo))
	}
	out := make([]int64, tw*th)
	area := int64(sw) * int64(sh)
	for ty := 0; ty < th; ty++ {
		syLo, syHi := ty*sh/th, ((ty+1)*sh+th-1)/th
		for tx := 0; tx < tw; tx++ {
			sxLo, sxHi := tx*sw/tw, ((tx+1)*sw+tw-1)/tw
			var acc int64
			for sy := syLo; sy < syHi; sy++ {
				oy := overlap(sy, ty, th, sh)
				if oy == 0 {
					continue
				}
				for sx := sxLo; sx < sxHi; sx++ {
					acc += src[(sy0+sy)*w+sx0+sx] * overlap(sx, tx, tw, sw) * oy
				}
			}
			out[ty*tw+tx] = (acc + area/2) / area
		}
	}
	return out
}
