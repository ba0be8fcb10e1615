// Command bigmath exercises math/big: factorials, Fibonacci numbers, modular exponentiation and inverses,
// long division, GCD, primality tests, square roots, rationals and arbitrary-precision floats.
package main

import (
	"crypto/sha256"
	"fmt"
	"math/big"
)

// digest shortens a big number to its digit count, digit sum and a hash prefix.
func digest(x *big.Int) string {
	s := x.String()
	sum := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			sum += int(c - '0')
		}
	}
	h := sha256.Sum256(x.Bytes())
	return fmt.Sprintf("%d digits, digit sum %d, sha256 %x", len(s), sum, h[:8])
}

func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 1000; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("1000!:", digest(f))
	fmt.Println("1000! trailing zeros:", f.TrailingZeroBits())
	mf := new(big.Int).MulRange(1, 300)
	fmt.Println("300! =", mf.String()[:40], "...", mf.String()[len(mf.String())-10:])

	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 2000; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(2000):", digest(a))

	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10) // 2^127 - 1
	g := big.NewInt(3)
	e := new(big.Int).Sub(p, big.NewInt(1))
	fmt.Println("Fermat 3^(p-1) mod p:", new(big.Int).Exp(g, e, p))
	e2, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	fmt.Println("3^e2 mod p:", new(big.Int).Exp(g, e2, p))
	m2048 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 2048), big.NewInt(159))
	r := new(big.Int).Exp(big.NewInt(65537), e2, m2048)
	fmt.Println("65537^e2 mod (2^2048-159):", digest(r))
	inv := new(big.Int).ModInverse(big.NewInt(123456789), p)
	check := new(big.Int).Mul(inv, big.NewInt(123456789))
	fmt.Println("inverse:", inv, "check:", check.Mod(check, p))

	q, rem := new(big.Int).QuoRem(f, mf, new(big.Int))
	fmt.Println("1000!/300!:", digest(q), "rem", rem)
	odd := new(big.Int).Add(f, big.NewInt(12345))
	q2, m2 := new(big.Int).DivMod(odd, new(big.Int).Neg(a), new(big.Int))
	fmt.Println("DivMod by -fib:", digest(q2), digest(m2))
	q3, r3 := new(big.Int).QuoRem(new(big.Int).Neg(odd), big.NewInt(1000000007), new(big.Int))
	fmt.Println("QuoRem negative:", digest(q3), r3)

	gcd := new(big.Int).GCD(nil, nil, f, a)
	x, y := new(big.Int), new(big.Int)
	gcd2 := new(big.Int).GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println("gcd(1000!, fib2000):", digest(gcd), "gcd(240,46):", gcd2, x, y)

	primes := 0
	for n := int64(1_000_000); n < 1_001_000; n++ {
		if big.NewInt(n).ProbablyPrime(10) {
			primes++
		}
	}
	fmt.Println("primes in [1e6, 1e6+1000):", primes, "M127 prime:", p.ProbablyPrime(20))

	sq := new(big.Int).Sqrt(f)
	fmt.Println("isqrt(1000!):", digest(sq))

	rat := new(big.Rat)
	for k := int64(1); k <= 60; k++ {
		rat.Add(rat, big.NewRat(1, k*k))
	}
	fmt.Println("sum 1/k^2, k<=60:", rat.FloatString(30))
	fmt.Println("denominator bits:", rat.Denom().BitLen())

	two := new(big.Float).SetPrec(400).SetInt64(2)
	root := new(big.Float).SetPrec(400).Sqrt(two)
	fmt.Println("sqrt(2) @400 bits:", root.Text('g', 100))
	piApprox := new(big.Float).SetPrec(300)
	// Machin: pi = 16 atan(1/5) - 4 atan(1/239), with atan as a series in big.Float.
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(300).Quo(big.NewFloat(1).SetPrec(300), new(big.Float).SetPrec(300).SetInt64(n))
		x2 := new(big.Float).SetPrec(300).Mul(x, x)
		term := new(big.Float).SetPrec(300).Set(x)
		sum := new(big.Float).SetPrec(300).Set(x)
		for k := int64(1); k < 120; k++ {
			term.Mul(term, x2)
			t := new(big.Float).SetPrec(300).Quo(term, new(big.Float).SetPrec(300).SetInt64(2*k+1))
			if k%2 == 1 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	piApprox.Sub(new(big.Float).Mul(big.NewFloat(16), atanInv(5)), new(big.Float).Mul(big.NewFloat(4), atanInv(239)))
	fmt.Println("pi:", piApprox.Text('f', 80))
	fl, acc := piApprox.Float64()
	fmt.Println("pi as float64:", fl, acc)
}
