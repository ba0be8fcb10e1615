package llama

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var synthTokenizer = sync.OnceValues(func() (*Tokenizer, error) {
	v, err := SynthVocab(RealVocab)
	if err != nil {
		return nil, err
	}
	return NewTokenizer(v)
})

func testTokenizer(t testing.TB) *Tokenizer {
	tk, err := synthTokenizer()
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func pieces(tk *Tokenizer, ids []int32) []string {
	var ps []string
	for _, id := range ids {
		ps = append(ps, tk.Pieces[id])
	}
	return ps
}

// TestTokenizerRules checks the rules of llama.cpp's SentencePiece
// tokenizer on a hand-made vocabulary.
func TestTokenizerRules(t *testing.T) {
	v := Vocab{BOS: 1, EOS: 2, UNK: 0, AddBOS: true, AddSpacePrefix: true}
	add := func(p string, score float32, typ TokenType) {
		v.Pieces = append(v.Pieces, p)
		v.Scores = append(v.Scores, score)
		v.Types = append(v.Types, typ)
	}
	add("<unk>", 0, TokenUnknown)
	add("<s>", 0, TokenControl)
	add("</s>", 0, TokenControl)
	for b := 0; b < 256; b++ {
		add(string("<0x"+strings.ToUpper(string("0123456789abcdef"[b>>4])+string("0123456789abcdef"[b&15]))+">"), 0, TokenByte)
	}
	for _, p := range []struct {
		s     string
		score float32
	}{{"▁", -1}, {"a", -2}, {"b", -3}, {"c", -4}, {"ab", -5}, {"bc", -6}, {"▁a", -7}, {"é", -9}} {
		add(p.s, p.score, TokenNormal)
	}
	tk, err := NewTokenizer(v)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		// "▁" prefix; ab (score −5) beats bc (−6) and ▁a (−7).
		{"abc", []string{"<s>", "▁", "ab", "c"}},
		// Leftmost first among equal scores: a|b|a|b → ab, ab.
		{"abab", []string{"<s>", "▁", "ab", "ab"}},
		// Spaces become ▁; "▁a" merges when "ab" is not available.
		{"ca a", []string{"<s>", "▁", "c", "a", "▁a"}},
		// No piece: UTF-8 bytes (id = byte + 3).
		{"ü", []string{"<s>", "▁", "<0xC3>", "<0xBC>"}},
		{"é", []string{"<s>", "▁", "é"}},
		{"", []string{"<s>"}},
	} {
		ids := tk.Encode(tc.text)
		if got := pieces(tk, ids); !slices.Equal(got, tc.want) {
			t.Errorf("Encode(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if tc.text == "ü" && (ids[2] != 0xC3+3 || ids[3] != 0xBC+3) {
			t.Errorf("byte tokens %v", ids)
		}
		if got := tk.Decode(ids); got != tc.text {
			t.Errorf("Decode(Encode(%q)) = %q", tc.text, got)
		}
	}
	if got := tk.Piece(0); got != "\u2585" {
		t.Errorf("unknown token decodes as %q", got)
	}
}

func TestTextStream(t *testing.T) {
	var s TextStream
	var out []string
	for _, p := range []string{"a", "\xE2", "\x82", "\xAC b", "\xF0\x9F", "\xA6\x99", "!"} {
		out = append(out, s.Push(p))
	}
	out = append(out, s.Flush())
	if want := []string{"a", "", "", "€ b", "", "🦙", "!", ""}; !slices.Equal(out, want) {
		t.Fatalf("stream %q, want %q", out, want)
	}
	// An invalid byte is not held back forever.
	var s2 TextStream
	if got := s2.Push("\xFFx"); got != "\xFFx" {
		t.Fatalf("invalid byte: %q", got)
	}
}

// FuzzTokenizer: every id is in the vocabulary, and Decode inverts Encode
// for every valid UTF-8 string without "▁" (an invalid lead byte takes the
// next bytes into its character, as in llama.cpp, which can swallow the
// "▁" a space became).
func FuzzTokenizer(f *testing.F) {
	tk := testTokenizer(f)
	for _, s := range []string{"Hello world", " x", "naïve 🦙", "\xff\xfe", "1234", "a\tb\nc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids := tk.Encode(s)
		for _, id := range ids {
			if id < 0 || int(id) >= tk.Size() {
				t.Fatalf("id %d", id)
			}
		}
		if utf8.ValidString(s) && !strings.Contains(s, spaceMark) {
			if got := tk.Decode(ids); got != s {
				t.Fatalf("Decode(Encode(%q)) = %q (%q)", s, got, pieces(tk, ids))
			}
		}
	})
}
