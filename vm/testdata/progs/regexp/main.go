// Command regexp compiles a set of regular expressions and runs matching, submatch extraction, replacement
// and splitting over generated text, printing counts and the first matches.
package main

import (
	"fmt"
	"hash/crc32"
	"regexp"
	"strings"
)

func text() string {
	var b strings.Builder
	x := uint32(12345)
	next := func() uint32 { x = x*1103515245 + 12345; return (x >> 16) & 0x7FFF }
	for i := 0; i < 400; i++ {
		switch next() % 6 {
		case 0:
			fmt.Fprintf(&b, "user%d@example%d.com ", next()%1000, next()%10)
		case 1:
			fmt.Fprintf(&b, "2026-%02d-%02d ", next()%12+1, next()%28+1)
		case 2:
			fmt.Fprintf(&b, "%d.%d.%d.%d ", next()%256, next()%256, next()%256, next()%256)
		case 3:
			fmt.Fprintf(&b, "Word%c%c ", 'a'+rune(next()%26), 'A'+rune(next()%26))
		case 4:
			fmt.Fprintf(&b, "(%d+%d)*%d ", next()%50, next()%50, next()%9)
		default:
			b.WriteString("ünïcödé ☃ 日本語 ")
		}
		if i%20 == 19 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func main() {
	t := text()
	fmt.Printf("text: %d bytes, crc32 %08x\n", len(t), crc32.ChecksumIEEE([]byte(t)))
	patterns := []string{
		`[a-z0-9]+@[a-z0-9]+\.com`,
		`(\d{4})-(\d{2})-(\d{2})`,
		`\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b`,
		`(?i)word[a-z]{2}`,
		`\((\d+)\+(\d+)\)\*(\d)`,
		`[\p{Han}]+`,
		`(?m)^\S+`,
		`a|b|c|d|e`,
		`(x+x+)+y`, // pathological for backtracking engines; linear time here
		`[^\x00-\x7F]+`,
	}
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		all := re.FindAllString(t, -1)
		first := ""
		if len(all) > 0 {
			first = all[0]
		}
		h := crc32.NewIEEE()
		for _, m := range all {
			h.Write([]byte(m))
		}
		fmt.Printf("%-48q subexp=%d matches=%4d crc=%08x first=%q\n", p, re.NumSubexp(), len(all), h.Sum32(), first)
	}

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	swapped := date.ReplaceAllString(t, "${day}/${month}/${year}")
	fmt.Printf("replace: %d bytes, crc32 %08x\n", len(swapped), crc32.ChecksumIEEE([]byte(swapped)))
	months := map[string]int{}
	for _, m := range date.FindAllStringSubmatch(t, -1) {
		months[m[date.SubexpIndex("month")]]++
	}
	fmt.Println("month histogram entries:", len(months), "month 01:", months["01"])

	expr := regexp.MustCompile(`\((\d+)\+(\d+)\)\*(\d)`)
	sum := 0
	for _, idx := range expr.FindAllStringSubmatchIndex(t, -1) {
		var a, b, c int
		fmt.Sscanf(t[idx[2]:idx[3]], "%d", &a)
		fmt.Sscanf(t[idx[4]:idx[5]], "%d", &b)
		fmt.Sscanf(t[idx[6]:idx[7]], "%d", &c)
		sum += (a + b) * c
	}
	fmt.Println("evaluated expressions sum:", sum)

	upper := regexp.MustCompile(`[a-z]+[0-9]*@`).ReplaceAllStringFunc(t, strings.ToUpper)
	fmt.Printf("replace func crc32 %08x\n", crc32.ChecksumIEEE([]byte(upper)))
	parts := regexp.MustCompile(`\s+`).Split(t, -1)
	fmt.Println("split parts:", len(parts), "last:", parts[len(parts)-2])
	prefix, complete := regexp.MustCompile(`hello.*world`).LiteralPrefix()
	fmt.Println("literal prefix:", prefix, complete)
	fmt.Println("longest:", regexp.MustCompile(`a+?`).FindString("aaa"), func() string {
		re := regexp.MustCompile(`a+?`)
		re.Longest()
		return re.FindString("aaa")
	}())
	fmt.Println("quote meta:", regexp.QuoteMeta(`1+1=2? [yes]`))
	for _, bad := range []string{`a(b`, `x**`, `\8`, `[z-a]`} {
		_, err := regexp.Compile(bad)
		fmt.Println("compile error:", err)
	}
	fmt.Println("match bytes:", regexp.MustCompile(`^[0-9a-f]+$`).Match([]byte("deadbeef")))
}
