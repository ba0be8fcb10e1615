// Command strfmt exercises strings, strconv, unicode/utf8 and fmt, with most weight on floating-point
// formatting and parsing (shortest representation, every verb, rounding) and the float arithmetic under it,
// which GOMIPS=softfloat implements in software.
package main

import (
	"fmt"
	"hash/crc32"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type point struct {
	X, Y int
	Name string
}

func (p point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type money int64

func (m money) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "$%d.%02d", int64(m)/100, int64(m)%100)
}

func main() {
	// Integer verbs, widths and flags.
	for _, v := range []int64{0, 1, -1, 42, -12345, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64} {
		fmt.Printf("%d|%+d|%8d|%-8d|%08d|%x|%X|%#x|%o|%#o|%b|%c|%U\n", v, v, v, v, v, v, v, v, v, v, v&0xFF, rune(v&0x7FF+32), rune(v&0xFFFF))
	}
	fmt.Printf("%v %+v %#v %T\n", point{1, -2, "p"}, struct{ A, B int }{3, 4}, point{5, 6, "q"}, point{})
	fmt.Printf("%q %+q %x % x %X %10.3s| %-10s|\n", "héllo\n", "héllo", "hi", "hi", []byte("hi"), "truncate", "pad")
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%v %v %s\n", []int{1, 2}, map[string]int{"b": 2, "a": 1}, []string{"x", "y"})
	fmt.Printf("%v %s\n", money(12345), money(-250))
	// Malformed directives: fmt reports them inline. The formats are variables so vet leaves them alone.
	for _, bad := range []struct {
		format string
		args   []any
	}{
		{"%!|%z|%d\n", []any{1, "extra"}},
		{"%p %d\n", []any{nil, map[string]int{"b": 2, "a": 1}}},
		{"%d %d\n", []any{1}},
		{"%.*f|%-*d|\n", []any{2, 3.14159, 5, 42}},
	} {
		fmt.Printf(bad.format, bad.args...)
	}
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, nil), fmt.Sprintln("end"))

	// Float formatting: every verb on awkward values.
	vals := []float64{0, 1, -1, 0.1, 0.2 + 0.1, 1.0 / 3, 2.0 / 3, 1e-7, 123456789.125, 1e21, 1e22, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, math.E, -0.0, 100, 1.5, 2.5, 0.000123456}
	negZero := math.Copysign(0, -1)
	vals = append(vals, negZero, math.Inf(1), math.Inf(-1), math.NaN())
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%G|%.0f|%x|%s|%s|%s\n", v, v, v, v, v, v, v, v,
			strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 10, 32), strconv.FormatFloat(v, 'b', -1, 64))
	}
	for _, v := range []float32{0.1, 1.0 / 3, 16777217, 3.4e38, 1e-45} {
		fmt.Printf("float32 %v %g %.10f\n", v, v, v)
	}
	fmt.Printf("complex %v %.2f\n", complex(1.5, -2), complex(math.Pi, math.E))

	// Shortest round trip over many generated values: parse(format(x)) == x.
	x := uint64(0x9E3779B97F4A7C15)
	roundTrips, mismatches := 0, 0
	h := crc32.NewIEEE()
	for i := 0; i < 3000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(back) != math.Float64bits(f) {
			mismatches++
		}
		h.Write([]byte(s))
		f32 := float32(f)
		if !math.IsInf(float64(f32), 0) {
			h.Write([]byte(strconv.FormatFloat(float64(f32), 'g', -1, 32)))
		}
		roundTrips++
	}
	fmt.Printf("float round trips %d, mismatches %d, crc32 %08x\n", roundTrips, mismatches, h.Sum32())

	// Arithmetic in software floating point. Each product is converted explicitly, so no fused
	// multiply-add can change the rounding on any architecture.
	sum, prod := 0.0, 1.0
	for i := 1; i <= 2000; i++ {
		fi := float64(i)
		sum += 1 / (fi * fi)
		prod = float64(prod*(1+1/fi)) / 1.0001
		sum -= float64(float64(sum*1e-9) * 0.5)
	}
	fmt.Println("sum:", sum, "prod:", prod, "sqrt:", math.Sqrt(sum*6), math.Sqrt(2), math.Sqrt(1e-300))
	fmt.Println("floor/ceil/trunc/mod:", math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Mod(7.5, 2), math.Abs(-3))
	negF, bigF, hugeF, oddF := -2.9, 200.7, 1e40, 16777217.0
	fmt.Println("conversions:", int64(float64(1<<62)), int32(negF), uint8(bigF), math.IsInf(float64(float32(hugeF)), 1), int32(float32(oddF)), uint32(float64(1<<32-1)))
	fmt.Println("frexp/ldexp:", func() string { fr, e := math.Frexp(1234.5); return fmt.Sprint(fr, e, math.Ldexp(fr, e)) }())
	fmt.Println("nextafter:", math.Nextafter(1, 2), math.Nextafter32(1, 0), math.Float32bits(0.1))
	fmt.Println("comparisons:", math.NaN() == math.NaN(), negZero == 0, math.Signbit(negZero), 0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))

	// strconv integers and quoting.
	for _, s := range []string{"0", "-0", "123", "-2147483648", "4294967295", "9223372036854775807", "9223372036854775808", "0x1F", "1_000", "abc", ""} {
		i, err1 := strconv.ParseInt(s, 0, 64)
		u, err2 := strconv.ParseUint(s, 10, 32)
		fmt.Printf("parse %q: %d %v | %d %v\n", s, i, err1, u, err2)
	}
	for _, base := range []int{2, 7, 16, 36} {
		fmt.Print(strconv.FormatInt(-987654321987, base), " ", strconv.FormatUint(math.MaxUint64, base), "\n")
	}
	fmt.Println(strconv.Quote("tab\there \x00 ☃ \u2028"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9\x41"`)
	fmt.Println(uq, err, strconv.AppendBool([]byte("b:"), false), strconv.Itoa(-45))
	for _, s := range []string{"1e308", "1e309", "-1e-400", "0x1p-2", "inf", "NaN", "1.7976931348623157e308", "4.9e-324", "2.4703282292062328e-324", ".5e1", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("parse float %q: %v %v\n", s, f, err)
	}

	// strings and unicode.
	text := "The Quick brown fox — jumps over the lazy dog; Ünïcödé ǅ ß 日本語 ☃"
	fmt.Println(strings.ToUpper(text))
	fmt.Println(strings.ToLower(text))
	fmt.Println(strings.ToTitle("ǆ ß"), strings.Fields(" a  b\tc\n"), strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.Repeat("ab", 5), strings.Replace("aaaa", "a", "b", 2), strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<a>"))
	fmt.Println(strings.Index(text, "fox"), strings.LastIndex(text, "o"), strings.IndexRune(text, '日'), strings.IndexFunc(text, unicode.IsDigit))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"), strings.Contains(text, "lazy"), strings.Count(text, ""), strings.TrimFunc("  x  ", unicode.IsSpace))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		} else if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		return r
	}, text))
	fmt.Println(utf8.RuneCountInString(text), len(text), utf8.ValidString(text), utf8.ValidString("\xff"), []rune("añ日"), string([]rune{0x10FFFF, 0xD800}))
	var sb strings.Builder
	for i := 0; i < 500; i++ {
		sb.WriteString(strconv.Itoa(i * i))
		sb.WriteByte(',')
		sb.WriteRune(rune(0x3B1 + i%24))
	}
	fmt.Printf("builder: %d bytes crc32 %08x\n", sb.Len(), crc32.ChecksumIEEE([]byte(sb.String())))
	var n1, n2 int
	var w string
	var fl float64
	c, err := fmt.Sscanf("17 0x1f word 2.5e3", "%d %v %s %g", &n1, &n2, &w, &fl)
	fmt.Println("sscanf:", c, err, n1, n2, w, fl)
}
