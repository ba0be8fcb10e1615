package llama

import (
	"container/heap"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The corpus the synthetic vocabulary is learned from: the first 110 kB of
// Mark Twain's The Adventures of Tom Sawyer (public domain; paragraphs on
// one line each) and a few sentences in other languages and scripts.
var (
	//go:embed corpus_en.txt
	corpusEN string
	//go:embed corpus_intl.txt
	corpusIntl string
)

// LLaMA's vocabulary layout: <unk>, <s>, </s>, then the 256 byte tokens.
const (
	unkID        = 0
	bosID        = 1
	eosID        = 2
	firstByteID  = 3
	firstPieceID = firstByteID + 256
	// RealVocab is LLaMA-2's vocabulary size.
	RealVocab = 32000
)

// SynthVocab returns a SentencePiece vocabulary of n tokens (n ≥ 512)
// laid out as LLaMA-2's: <unk> (0), <s> (1), </s> (2), the byte tokens
// <0x00>..<0xFF> (3..258), then pieces by decreasing score. The pieces are
// learned by byte-pair encoding from an embedded English corpus with a few
// lines in other languages (SentencePiece-style units: a word with its "▁",
// punctuation runs, single digits), completed by concatenations of learned
// pieces, and end with single characters, so real text tokenizes into
// sensible pieces, digits one by one, and characters outside the corpus
// (emoji, most CJK) through byte fallback. Below 32000 tokens only ASCII
// pieces are kept. The result is a pure function of n.
func SynthVocab(n int) (Vocab, error) {
	if n < 512 || n > 1<<20 {
		return Vocab{}, fmt.Errorf("llama: synthetic vocabularies have 512 to 2^20 tokens, not %d", n)
	}
	learned := learnedPieces()
	ascii := n < RealVocab
	var chars []string
	for _, c := range learned.chars {
		if !ascii || (len(c) == 1 || c == spaceMark) {
			chars = append(chars, c)
		}
	}
	var merges []string
	for _, p := range learned.merges {
		if !ascii || isASCIIPiece(p) {
			merges = append(merges, p)
		}
	}
	room := n - firstPieceID - len(chars)
	if room < 0 {
		return Vocab{}, fmt.Errorf("llama: %d tokens cannot hold the %d characters", n, len(chars))
	}
	if len(merges) > room {
		merges = merges[:room]
	}
	pieces := append([]string(nil), merges...)
	pieces = appendFill(pieces, room-len(merges))
	pieces = append(pieces, chars...)

	v := Vocab{BOS: bosID, EOS: eosID, UNK: unkID, AddBOS: true, AddSpacePrefix: true}
	add := func(p string, score float32, t TokenType) {
		v.Pieces = append(v.Pieces, p)
		v.Scores = append(v.Scores, score)
		v.Types = append(v.Types, t)
	}
	add("<unk>", 0, TokenUnknown)
	add("<s>", 0, TokenControl)
	add("</s>", 0, TokenControl)
	for b := 0; b < 256; b++ {
		add(fmt.Sprintf("<0x%02X>", b), 0, TokenByte)
	}
	for i, p := range pieces {
		add(p, -float32(i), TokenNormal)
	}
	if len(v.Pieces) != n {
		return Vocab{}, fmt.Errorf("llama: synthetic vocabulary came out with %d tokens, want %d", len(v.Pieces), n)
	}
	return v, nil
}

func isASCIIPiece(p string) bool {
	p = strings.ReplaceAll(p, spaceMark, " ")
	for i := 0; i < len(p); i++ {
		if p[i] >= 0x80 {
			return false
		}
	}
	return true
}

// appendFill appends up to k new pieces, each the concatenation of two
// learned pieces (the second not starting a word), enumerated by the sum of
// their ranks so that frequent pieces combine first.
func appendFill(pieces []string, k int) []string {
	if k <= 0 {
		return pieces
	}
	have := make(map[string]bool, len(pieces)+k)
	for _, p := range pieces {
		have[p] = true
	}
	base := pieces
	for sum := 1; k > 0 && sum < 2*len(base); sum++ {
		for i := max(0, sum-len(base)+1); i <= sum && i < len(base) && k > 0; i++ {
			a, b := base[i], base[sum-i]
			if strings.HasPrefix(b, spaceMark) || utf8.RuneCountInString(a)+utf8.RuneCountInString(b) > 16 || !sameClass(a, b) {
				continue
			}
			p := a + b
			if have[p] {
				continue
			}
			have[p] = true
			pieces = append(pieces, p)
			k--
		}
	}
	return pieces
}

// sameClass reports whether two pieces are both letters or both
// punctuation (ignoring "▁"), so that fill pieces look like learned ones.
func sameClass(a, b string) bool {
	ca, cb := pieceClass(a), pieceClass(b)
	return ca != 0 && ca == cb
}

func pieceClass(p string) int {
	c := 0
	for _, r := range strings.TrimPrefix(p, spaceMark) {
		k := runeClass(r)
		if c != 0 && k != c {
			return 0
		}
		c = k
	}
	return c
}

// Rune classes of the pre-tokenization.
const (
	classLetter = 1
	classPunct  = 2
	classDigit  = 3
	classSpace  = 4
)

func runeClass(r rune) int {
	switch {
	case string(r) == spaceMark:
		return classSpace
	case unicode.IsDigit(r):
		return classDigit
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return classLetter
	}
	return classPunct
}

type learned struct {
	merges []string // pieces in the order BPE learned them
	chars  []string // single characters, most frequent first
}

// learnedPieces runs the byte-pair encoding once per process.
var learnedPieces = sync.OnceValue(func() learned {
	units := map[string]int{}
	charCount := map[string]int{}
	for _, line := range strings.Split(corpusEN+corpusIntl, "\n") {
		if line == "" {
			continue
		}
		text := strings.ReplaceAll(" "+line, " ", spaceMark)
		for _, u := range splitUnits(text) {
			units[u]++
		}
		for _, r := range text {
			charCount[string(r)]++
		}
	}
	for c := rune(0x21); c < 0x7F; c++ {
		charCount[string(c)] += 0 // every printable ASCII character is a piece
	}
	var l learned
	for c := range charCount {
		l.chars = append(l.chars, c)
	}
	slices.SortFunc(l.chars, func(a, b string) int {
		if charCount[a] != charCount[b] {
			return charCount[b] - charCount[a]
		}
		return strings.Compare(a, b)
	})
	l.merges = bpe(units, 40000)
	return l
})

// splitUnits cuts escaped text into pre-tokenization units: an optional
// "▁" followed by a run of letters or of punctuation; every digit alone.
func splitUnits(text string) []string {
	var units []string
	start, class := 0, 0
	for i, r := range text {
		c := runeClass(r)
		switch {
		case c == classSpace || c == classDigit:
			if i > start {
				units = append(units, text[start:i])
			}
			start, class = i, c
			if c == classDigit {
				units = append(units, string(r))
				start, class = i+utf8.RuneLen(r), 0
			}
		case class == classSpace || class == 0 || class == c:
			class = c
		default:
			units = append(units, text[start:i])
			start, class = i, c
		}
	}
	if start < len(text) {
		units = append(units, text[start:])
	}
	return units
}

// pair is two adjacent symbols.
type pair struct{ a, b string }

type pairItem struct {
	p     pair
	count int
}

// pairHeap pops the most frequent pair, the lexicographically smallest
// among equals.
type pairHeap []pairItem

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count > h[j].count
	}
	if h[i].p.a != h[j].p.a {
		return h[i].p.a < h[j].p.a
	}
	return h[i].p.b < h[j].p.b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pairItem)) }
func (h *pairHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

// bpe learns up to limit merges from units (weighted by their counts):
// repeatedly the most frequent adjacent pair (ties: smallest strings) is
// merged everywhere, until no pair occurs twice. It returns each new piece
// once, in the order first learned.
func bpe(counts map[string]int, limit int) []string {
	keys := make([]string, 0, len(counts))
	for u := range counts {
		keys = append(keys, u)
	}
	slices.Sort(keys)
	syms := make([][]string, len(keys))
	weight := make([]int, len(keys))
	pc := map[pair]int{}
	where := map[pair]map[int]bool{}
	for i, u := range keys {
		for _, r := range u {
			syms[i] = append(syms[i], string(r))
		}
		weight[i] = counts[u]
	}
	addPairs := func(i, sign int) {
		s := syms[i]
		for j := 0; j+1 < len(s); j++ {
			p := pair{s[j], s[j+1]}
			pc[p] += sign * weight[i]
			if sign > 0 {
				if where[p] == nil {
					where[p] = map[int]bool{}
				}
				where[p][i] = true
			}
		}
	}
	for i := range syms {
		addPairs(i, 1)
	}
	h := make(pairHeap, 0, len(pc))
	for p, c := range pc {
		h = append(h, pairItem{p, c})
	}
	heap.Init(&h)
	seen := map[string]bool{}
	var out []string
	for h.Len() > 0 && len(out) < limit {
		it := heap.Pop(&h).(pairItem)
		if pc[it.p] != it.count {
			continue // stale
		}
		if it.count < 2 {
			break
		}
		merged := it.p.a + it.p.b
		if !seen[merged] {
			seen[merged] = true
			out = append(out, merged)
		}
		units := make([]int, 0, len(where[it.p]))
		for i := range where[it.p] {
			units = append(units, i)
		}
		slices.Sort(units)
		touched := map[pair]bool{}
		for _, i := range units {
			addPairs(i, -1)
			for j := 0; j+1 < len(syms[i]); j++ {
				touched[pair{syms[i][j], syms[i][j+1]}] = true
			}
			s := syms[i][:0:0]
			for j := 0; j < len(syms[i]); j++ {
				if j+1 < len(syms[i]) && syms[i][j] == it.p.a && syms[i][j+1] == it.p.b {
					s = append(s, merged)
					j++
				} else {
					s = append(s, syms[i][j])
				}
			}
			syms[i] = s
			addPairs(i, 1)
			for j := 0; j+1 < len(s); j++ {
				touched[pair{s[j], s[j+1]}] = true
			}
		}
		delete(where, it.p)
		for p := range touched {
			if c := pc[p]; c > 0 {
				heap.Push(&h, pairItem{p, c})
			}
		}
	}
	return out
}
