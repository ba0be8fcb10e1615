package llama

import (
	"container/heap"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// TokenType is a vocabulary entry's type, numbered as GGUF's
// tokenizer.ggml.token_type (and SentencePiece's piece types).
type TokenType int32

// The token types.
const (
	TokenNormal      TokenType = 1
	TokenUnknown     TokenType = 2
	TokenControl     TokenType = 3
	TokenUserDefined TokenType = 4
	TokenUnused      TokenType = 5
	TokenByte        TokenType = 6
)

// ErrTokenizer is wrapped by errors about an invalid vocabulary.
var ErrTokenizer = errors.New("llama: invalid tokenizer")

// spaceMark is SentencePiece's visible space, U+2581 "▁".
const spaceMark = "\u2581"

// Vocab is a SentencePiece vocabulary: pieces with scores and types, and the
// special token ids.
type Vocab struct {
	Pieces []string
	Scores []float32
	Types  []TokenType
	BOS    int32
	EOS    int32
	UNK    int32
	// AddBOS puts BOS before the text's tokens; AddSpacePrefix puts a
	// space before the text (llama.cpp's add_space_prefix, SentencePiece's
	// add_dummy_prefix). Both are true for LLaMA.
	AddBOS         bool
	AddSpacePrefix bool
}

// Tokenizer encodes text to token ids and decodes them back exactly as
// llama.cpp's SentencePiece (SPM) tokenizer does for LLaMA models:
//
//   - Encode puts BOS first (when AddBOS), prefixes the text with a space
//     (when AddSpacePrefix) and replaces every space by "▁";
//   - the text is split into UTF-8 characters (an invalid byte is a
//     character of its own), and adjacent symbols whose concatenation is a
//     vocabulary piece are merged, highest piece score first and, among
//     equal scores, leftmost first, until no adjacent pair forms a piece;
//   - every final symbol is its piece's id; a symbol that is no piece
//     (a character absent from the vocabulary) becomes one byte token
//     "<0xXX>" per UTF-8 byte (id byte+3 in LLaMA's vocabulary).
//
// Decode is the inverse: pieces with "▁" turned back into spaces, byte
// tokens reassembled into their bytes, control tokens dropped and the
// unknown token shown as "▅" (as llama.cpp's token_to_piece).
type Tokenizer struct {
	Vocab
	index   map[string]int32
	byteTok [256]int32
}

// NewTokenizer checks v and builds its lookup tables.
func NewTokenizer(v Vocab) (*Tokenizer, error) {
	n := len(v.Pieces)
	if n == 0 || len(v.Scores) != n || len(v.Types) != n {
		return nil, fmt.Errorf("%w: %d pieces, %d scores, %d types", ErrTokenizer, n, len(v.Scores), len(v.Types))
	}
	for _, id := range []int32{v.BOS, v.EOS, v.UNK} {
		if id < 0 || int(id) >= n {
			return nil, fmt.Errorf("%w: special token id %d outside the %d-token vocabulary", ErrTokenizer, id, n)
		}
	}
	t := &Tokenizer{Vocab: v, index: make(map[string]int32, n)}
	for i := range t.byteTok {
		t.byteTok[i] = -1
	}
	for i, p := range v.Pieces {
		// The last of duplicate pieces wins, as in llama.cpp, which
		// assigns token_to_id[piece] = id in id order (real
		// vocabularies have no duplicates).
		t.index[p] = int32(i)
		if v.Types[i] == TokenByte {
			b, ok := parseByteToken(p)
			if !ok {
				return nil, fmt.Errorf("%w: byte token %d is %q, not <0xXX>", ErrTokenizer, i, p)
			}
			t.byteTok[b] = int32(i)
		}
	}
	// llama.cpp falls back to the piece of the byte itself when there is
	// no <0xXX> token.
	for b := range t.byteTok {
		if t.byteTok[b] < 0 {
			if id, ok := t.index[string([]byte{byte(b)})]; ok {
				t.byteTok[b] = id
			}
		}
	}
	return t, nil
}

// parseByteToken reads "<0xXX>" (upper- or lower-case hex).
func parseByteToken(p string) (byte, bool) {
	if len(p) != 6 || p[:3] != "<0x" || p[5] != '>' {
		return 0, false
	}
	var b byte
	for _, c := range []byte(p[3:5]) {
		switch {
		case '0' <= c && c <= '9':
			b = b<<4 | (c - '0')
		case 'A' <= c && c <= 'F':
			b = b<<4 | (c - 'A' + 10)
		case 'a' <= c && c <= 'f':
			b = b<<4 | (c - 'a' + 10)
		default:
			return 0, false
		}
	}
	return b, true
}

// Size returns the number of tokens.
func (t *Tokenizer) Size() int { return len(t.Pieces) }

// Lookup returns the id of piece p.
func (t *Tokenizer) Lookup(p string) (int32, bool) {
	id, ok := t.index[p]
	return id, ok
}

// symbol is a run of the text in the merge; prev and next link the live
// symbols (-1 at the ends); n == 0 marks a symbol merged into its left
// neighbour.
type symbol struct {
	start, n   int
	prev, next int
}

type bigram struct {
	left, right int
	score       float32
	size        int
}

// bigramQueue pops the highest score first and, among equal scores, the
// leftmost.
type bigramQueue []bigram

func (q bigramQueue) Len() int { return len(q) }
func (q bigramQueue) Less(i, j int) bool {
	if q[i].score != q[j].score {
		return q[i].score > q[j].score
	}
	return q[i].left < q[j].left
}
func (q bigramQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *bigramQueue) Push(x any)   { *q = append(*q, x.(bigram)) }
func (q *bigramQueue) Pop() any {
	old := *q
	b := old[len(old)-1]
	*q = old[:len(old)-1]
	return b
}

// Encode returns the tokens of text (BOS first when AddBOS).
func (t *Tokenizer) Encode(text string) []int32 {
	var out []int32
	if t.AddBOS {
		out = append(out, t.BOS)
	}
	if text == "" {
		return out
	}
	if t.AddSpacePrefix {
		text = " " + text
	}
	return t.encodeSPM(strings.ReplaceAll(text, " ", spaceMark), out)
}

// encodeSPM appends the tokens of an escaped text to out.
func (t *Tokenizer) encodeSPM(text string, out []int32) []int32 {
	var syms []symbol
	for off := 0; off < len(text); {
		// llama.cpp's unicode_len_utf8: the length its lead byte
		// announces, cut at the end of the text (continuation bytes
		// and invalid lead bytes count as one).
		n := min(utf8LenFromLead(text[off]), len(text)-off)
		syms = append(syms, symbol{start: off, n: n, prev: len(syms) - 1, next: len(syms) + 1})
		off += n
	}
	syms[len(syms)-1].next = -1
	var q bigramQueue
	revMerge := map[string][2]int{}
	tryAdd := func(l, r int) {
		if l < 0 || r < 0 {
			return
		}
		s := text[syms[l].start : syms[l].start+syms[l].n+syms[r].n]
		id, ok := t.index[s]
		if !ok {
			return
		}
		heap.Push(&q, bigram{left: l, right: r, score: t.Scores[id], size: len(s)})
		revMerge[s] = [2]int{l, r}
	}
	for i := 1; i < len(syms); i++ {
		tryAdd(i-1, i)
	}
	for q.Len() > 0 {
		b := heap.Pop(&q).(bigram)
		l, r := &syms[b.left], &syms[b.right]
		if l.n == 0 || r.n == 0 || l.n+r.n != b.size {
			continue // stale: one side has merged since
		}
		l.n += r.n
		r.n = 0
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = b.left
		}
		tryAdd(l.prev, b.left)
		tryAdd(b.left, l.next)
	}
	var resegment func(s symbol)
	resegment = func(s symbol) {
		piece := text[s.start : s.start+s.n]
		if id, ok := t.index[piece]; ok {
			out = append(out, id)
			return
		}
		if lr, ok := revMerge[piece]; ok {
			resegment(syms[lr[0]])
			resegment(syms[lr[1]])
			return
		}
		for i := 0; i < len(piece); i++ {
			id := t.byteTok[piece[i]]
			if id < 0 {
				id = t.UNK
			}
			out = append(out, id)
		}
	}
	for i := 0; i >= 0; i = syms[i].next {
		resegment(syms[i])
	}
	return out
}

func utf8LenFromLead(b byte) int {
	return [16]int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}[b>>4]
}

// Piece returns the bytes token id stands for in decoded text (llama.cpp's
// token_to_piece without special tokens): a normal or user-defined piece
// with "▁" as space, a byte token's byte, "▅" for the unknown token, and
// nothing for control and unused tokens or ids outside the vocabulary.
func (t *Tokenizer) Piece(id int32) string {
	if id < 0 || int(id) >= len(t.Pieces) {
		return ""
	}
	p := t.Pieces[id]
	switch t.Types[id] {
	case TokenNormal:
		return strings.ReplaceAll(p, spaceMark, " ")
	case TokenUserDefined:
		return p
	case TokenUnknown:
		return "\u2585"
	case TokenByte:
		b, _ := parseByteToken(p)
		return string([]byte{b})
	}
	return ""
}

// Decode returns the text of tokens: their pieces concatenated, less the
// space Encode prefixed (removed from the first piece when AddSpacePrefix,
// as SentencePiece's decoder does; BOS and other control tokens decode to
// nothing). Decode(Encode(s)) == s for every s whose characters all have
// pieces or byte tokens.
func (t *Tokenizer) Decode(tokens []int32) string {
	var sb strings.Builder
	first := true
	for _, id := range tokens {
		p := t.Piece(id)
		if p == "" {
			continue
		}
		if first && t.AddSpacePrefix && p[0] == ' ' {
			p = p[1:]
		}
		first = false
		sb.WriteString(p)
	}
	return sb.String()
}

// TextStream turns pieces into text as they are generated, holding back the
// bytes of an unfinished UTF-8 character until it is complete.
type TextStream struct {
	pending []byte
}

// Push appends piece and returns the text that is complete so far.
func (s *TextStream) Push(piece string) string {
	s.pending = append(s.pending, piece...)
	n := len(s.pending)
	// Hold back a trailing incomplete (but so far valid) sequence.
	for back := 1; back <= 3 && back <= n; back++ {
		c := s.pending[n-back]
		if c < 0x80 {
			break
		}
		if c >= 0xC0 { // a lead byte
			if utf8LenFromLead(c) > back && !utf8.FullRune(s.pending[n-back:]) {
				n -= back
			}
			break
		}
	}
	out := string(s.pending[:n])
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return out
}

// Flush returns what is held back.
func (s *TextStream) Flush() string {
	out := string(s.pending)
	s.pending = s.pending[:0]
	return out
}
