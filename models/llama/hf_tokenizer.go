package llama

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// hfTokenizerFile is the part of a Hugging Face tokenizer.json opml reads
// and writes.
type hfTokenizerFile struct {
	Version     string           `json:"version"`
	AddedTokens []hfAddedToken   `json:"added_tokens"`
	Normalizer  json.RawMessage  `json:"normalizer"`
	PreTok      json.RawMessage  `json:"pre_tokenizer"`
	PostProc    json.RawMessage  `json:"post_processor"`
	Decoder     json.RawMessage  `json:"decoder"`
	Model       hfTokenizerModel `json:"model"`
}

type hfAddedToken struct {
	ID         int32  `json:"id"`
	Content    string `json:"content"`
	SingleWord bool   `json:"single_word"`
	LStrip     bool   `json:"lstrip"`
	RStrip     bool   `json:"rstrip"`
	Normalized bool   `json:"normalized"`
	Special    bool   `json:"special"`
}

type hfTokenizerModel struct {
	Type         string            `json:"type"`
	Dropout      *float64          `json:"dropout"`
	UnkToken     string            `json:"unk_token"`
	FuseUnk      bool              `json:"fuse_unk"`
	ByteFallback bool              `json:"byte_fallback"`
	Vocab        map[string]int32  `json:"vocab"`
	Merges       []json.RawMessage `json:"merges"`
}

// ReadHFTokenizer reads a Hugging Face tokenizer.json of the LLaMA kind (a
// BPE model with byte fallback converted from SentencePiece) as a
// SentencePiece vocabulary: added special tokens are control tokens (the
// model's unk_token unknown), <0xXX> pieces bytes, the rest normal; each
// piece's score is minus the rank of the first merge that produces it
// (pieces no merge produces score below all of them, by id). SentencePiece
// merging by these scores gives the BPE's tokens whenever the merges list
// every split of every piece, as transformers' LlamaConverter writes them.
// bos and eos (from config.json) override the ids found by content.
func ReadHFTokenizer(r io.Reader, bos, eos *int32) (*Tokenizer, error) {
	var f hfTokenizerFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: tokenizer.json: %v", ErrFormat, err)
	}
	if f.Model.Type != "BPE" {
		return nil, fmt.Errorf("%w: tokenizer.json model type %q (opml reads LLaMA's BPE with byte fallback)", ErrFormat, f.Model.Type)
	}
	n := len(f.Model.Vocab)
	for _, a := range f.AddedTokens {
		if _, ok := f.Model.Vocab[a.Content]; !ok {
			n = max(n, int(a.ID)+1)
		}
	}
	if n == 0 || n > 1<<24 {
		return nil, fmt.Errorf("%w: tokenizer.json has %d tokens", ErrFormat, n)
	}
	v := Vocab{Pieces: make([]string, n), Scores: make([]float32, n), Types: make([]TokenType, n), BOS: -1, EOS: -1, UNK: -1,
		AddBOS: true, AddSpacePrefix: true}
	filled := make([]bool, n)
	set := func(id int32, p string) error {
		if id < 0 || int(id) >= n || (filled[id] && v.Pieces[id] != p) {
			return fmt.Errorf("%w: tokenizer.json token id %d (%q) is out of range or taken", ErrFormat, id, p)
		}
		v.Pieces[id], filled[id] = p, true
		return nil
	}
	for p, id := range f.Model.Vocab {
		if err := set(id, p); err != nil {
			return nil, err
		}
	}
	special := map[string]bool{}
	for _, a := range f.AddedTokens {
		if err := set(a.ID, a.Content); err != nil {
			return nil, err
		}
		if a.Special {
			special[a.Content] = true
		}
	}
	for id, ok := range filled {
		if !ok {
			return nil, fmt.Errorf("%w: tokenizer.json has no token %d", ErrFormat, id)
		}
	}
	rank := map[string]int{}
	for i, raw := range f.Model.Merges {
		a, b, err := parseMerge(raw)
		if err != nil {
			return nil, err
		}
		if _, ok := rank[a+b]; !ok {
			rank[a+b] = i
		}
	}
	for id, p := range v.Pieces {
		switch {
		case p == f.Model.UnkToken:
			v.Types[id], v.UNK = TokenUnknown, int32(id)
		case special[p]:
			v.Types[id] = TokenControl
		default:
			if _, ok := parseByteToken(p); ok && f.Model.ByteFallback {
				v.Types[id] = TokenByte
			} else {
				v.Types[id] = TokenNormal
			}
		}
		if r, ok := rank[p]; ok {
			v.Scores[id] = -float32(r)
		} else if v.Types[id] == TokenNormal {
			v.Scores[id] = -float32(len(f.Model.Merges) + id)
		}
		if p == "<s>" {
			v.BOS = int32(id)
		}
		if p == "</s>" {
			v.EOS = int32(id)
		}
	}
	if bos != nil {
		v.BOS = *bos
	}
	if eos != nil {
		v.EOS = *eos
	}
	if v.UNK < 0 {
		v.UNK = 0
	}
	t, err := NewTokenizer(v)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return t, nil
}

// parseMerge reads a merge written as "a b" or as ["a", "b"].
func parseMerge(raw json.RawMessage) (string, string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		a, b, ok := strings.Cut(s, " ")
		if !ok {
			return "", "", fmt.Errorf("%w: tokenizer.json merge %q is not two pieces", ErrFormat, s)
		}
		return a, b, nil
	}
	var pair []string
	if err := json.Unmarshal(raw, &pair); err != nil || len(pair) != 2 {
		return "", "", fmt.Errorf("%w: tokenizer.json merge %s is not two pieces", ErrFormat, raw)
	}
	return pair[0], pair[1], nil
}

// WriteHFTokenizer writes v as a Hugging Face tokenizer.json as
// transformers converts LLaMA's SentencePiece model: a BPE with byte
// fallback whose merges are every split of every normal piece into two
// pieces, in piece order (decreasing score) and, within a piece, by the
// split point.
func WriteHFTokenizer(w io.Writer, v Vocab) error {
	f := hfTokenizerFile{Version: "1.0", Model: hfTokenizerModel{Type: "BPE", UnkToken: v.Pieces[v.UNK], FuseUnk: true,
		ByteFallback: true, Vocab: map[string]int32{}}}
	f.Normalizer = json.RawMessage(`{"type":"Sequence","normalizers":[{"type":"Prepend","prepend":"▁"},{"type":"Replace","pattern":{"String":" "},"content":"▁"}]}`)
	f.PreTok = json.RawMessage(`null`)
	f.PostProc = json.RawMessage(fmt.Sprintf(`{"type":"TemplateProcessing","single":[{"SpecialToken":{"id":"<s>","type_id":0}},{"Sequence":{"id":"A","type_id":0}}],"pair":[{"SpecialToken":{"id":"<s>","type_id":0}},{"Sequence":{"id":"A","type_id":0}},{"SpecialToken":{"id":"<s>","type_id":1}},{"Sequence":{"id":"B","type_id":1}}],"special_tokens":{"<s>":{"id":"<s>","ids":[%d],"tokens":["<s>"]}}}`, v.BOS))
	f.Decoder = json.RawMessage(`{"type":"Sequence","decoders":[{"type":"Replace","pattern":{"String":"▁"},"content":" "},{"type":"ByteFallback"},{"type":"Fuse"},{"type":"Strip","content":" ","start":1,"stop":0}]}`)
	index := map[string]int{}
	for id, p := range v.Pieces {
		f.Model.Vocab[p] = int32(id)
		if v.Types[id] == TokenNormal {
			index[p] = id
		}
		if v.Types[id] == TokenControl || v.Types[id] == TokenUnknown {
			f.AddedTokens = append(f.AddedTokens, hfAddedToken{ID: int32(id), Content: p, Special: true})
		}
	}
	ids := make([]int, 0, len(index))
	for _, id := range index {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		if v.Scores[ids[a]] != v.Scores[ids[b]] {
			return v.Scores[ids[a]] > v.Scores[ids[b]]
		}
		return ids[a] < ids[b]
	})
	for _, id := range ids {
		p := v.Pieces[id]
		for i := range p {
			if i == 0 || !utf8.RuneStart(p[i]) {
				continue
			}
			if _, ok := index[p[:i]]; !ok {
				continue
			}
			if _, ok := index[p[i:]]; !ok {
				continue
			}
			m, _ := json.Marshal([]string{p[:i], p[i:]})
			f.Model.Merges = append(f.Model.Merges, m)
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&f); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
