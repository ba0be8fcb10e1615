// Command hashes runs the standard library's hash functions (SHA-2 family, SHA-1, MD5, HMAC, CRC-32 with three
// polynomials, CRC-64, Adler-32, FNV) over generated messages of every length up to a few blocks and over one
// large buffer, feeding it both at once and in uneven pieces.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
)

func message(n int, seed uint32) []byte {
	b := make([]byte, n)
	x := seed | 1
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x >> 11)
	}
	return b
}

func main() {
	makers := []struct {
		name string
		new  func() hash.Hash
	}{
		{"sha256", sha256.New},
		{"sha224", sha256.New224},
		{"sha512", sha512.New},
		{"sha384", sha512.New384},
		{"sha512/256", sha512.New512_256},
		{"sha1", sha1.New},
		{"md5", md5.New},
		{"crc32-ieee", func() hash.Hash { return crc32.NewIEEE() }},
		{"crc32-castagnoli", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
		{"crc32-koopman", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) }},
		{"crc64-ecma", func() hash.Hash { return crc64.New(crc64.MakeTable(crc64.ECMA)) }},
		{"crc64-iso", func() hash.Hash { return crc64.New(crc64.MakeTable(crc64.ISO)) }},
		{"adler32", func() hash.Hash { return adler32.New() }},
		{"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64", func() hash.Hash { return fnv.New64() }},
		{"fnv128a", func() hash.Hash { return fnv.New128a() }},
		{"hmac-sha256", func() hash.Hash { return hmac.New(sha256.New, []byte("key")) }},
	}

	// Lengths 0..300 cover every padding case of 64- and 128-byte blocks; the digests of all of them are
	// chained into one summary per function.
	for _, m := range makers {
		chain := sha256.New()
		for n := 0; n <= 300; n++ {
			h := m.new()
			h.Write(message(n, uint32(n)+7))
			chain.Write(h.Sum(nil))
		}
		fmt.Printf("%-17s lengths 0..300: %x\n", m.name, chain.Sum(nil)[:12])
	}

	big := message(1<<16, 99)
	for _, m := range makers {
		whole := m.new()
		whole.Write(big)
		pieces := m.new()
		for off, step := 0, 1; off < len(big); step = step*2 + 3 {
			end := min(off+step, len(big))
			pieces.Write(big[off:end])
			off = end
		}
		a, b := whole.Sum(nil), pieces.Sum(nil)
		fmt.Printf("%-17s 64 KiB: %s pieces-agree=%v\n", m.name, hex.EncodeToString(a), hex.EncodeToString(a) == hex.EncodeToString(b))
	}

	fmt.Printf("sha256(\"\"): %x\n", sha256.Sum256(nil))
	fmt.Printf("sha256(\"abc\"): %x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("md5(\"abc\"): %x\n", md5.Sum([]byte("abc")))
	fmt.Printf("crc32(\"123456789\"): %08x castagnoli %08x\n", crc32.ChecksumIEEE([]byte("123456789")),
		crc32.Checksum([]byte("123456789"), crc32.MakeTable(crc32.Castagnoli)))
	mac := hmac.New(sha512.New, []byte("secret"))
	mac.Write([]byte("message"))
	tag := mac.Sum(nil)
	fmt.Println("hmac equal:", hmac.Equal(tag, tag), hmac.Equal(tag, tag[:10]))
	// Iterated hashing: a long serial dependency chain.
	d := sha256.Sum256([]byte("seed"))
	for i := 0; i < 5000; i++ {
		d = sha256.Sum256(d[:])
	}
	fmt.Printf("sha256^5000(seed): %x\n", d)
}
