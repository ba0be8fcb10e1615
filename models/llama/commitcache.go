package llama

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
)

// The commitments of a generation graph's weights are the Merkle roots of
// their bytes (graph.Commit): 7 GB for a 7B Q8_0 model, half a minute of
// hashing on two cores. They are computed once and kept in a sidecar next
// to the model file (CommitmentsPath), which records the file's identity —
// its size, modification time and the keccak256 of its header (a GGUF
// file's metadata and tensor directory; the first MiB of other formats) —
// and one entry per weight (its GGUF name, dtype, shape and commitment). A
// sidecar that does not match the file is recomputed; one that cannot be
// read is ignored with a note and rewritten.

// commitCacheFormat and commitCacheVersion mark the sidecar's format: a
// change in how weights become graph tensors changes the version.
const (
	commitCacheFormat  = "opml weight commitments"
	commitCacheVersion = 1
	otherHeaderBytes   = 1 << 20
)

// CommitmentsPath returns the path of the commitments sidecar of the model
// file at path.
func CommitmentsPath(path string) string { return path + ".opml-commitments.json" }

// CommitReport says where the commitments of CachedWeightCommitments came
// from.
type CommitReport struct {
	Sidecar string // its path
	// Hit reports that every commitment came from the sidecar.
	Hit bool
	// Computed is the number of weights hashed now, HashedBytes their size.
	Computed    int
	HashedBytes int64
	// Note says why the sidecar was not used or could not be written ("" if
	// it was used, or written).
	Note string
}

// commitCache is the sidecar's JSON.
type commitCache struct {
	Format  string        `json:"format"`
	Version int           `json:"version"`
	File    fileIdentity  `json:"file"`
	Weights []cachedEntry `json:"weights"`
}

type fileIdentity struct {
	Size         int64  `json:"size"`
	MTimeNS      int64  `json:"mtime_ns"`
	HeaderKeccak string `json:"header_keccak"`
}

type cachedEntry struct {
	Name       string `json:"name"`
	DType      string `json:"dtype"`
	Shape      []int  `json:"shape"`
	Commitment string `json:"commitment"`
}

// key identifies a weight in the cache: its name, dtype and shape.
func (e cachedEntry) key() string { return fmt.Sprintf("%s %s %v", e.Name, e.DType, e.Shape) }

// WeightCommitments returns graph.Commit of every weight of gg by tensor id
// (zero for other tensors), hashing each weight's bytes in place with
// internal/merkle (multi-lane keccak on GOMAXPROCS goroutines). progress,
// if set, is called with the bytes hashed and the total after each weight.
func (gg *GenGraph) WeightCommitments(progress func(done, total int64)) [][32]byte {
	out := make([][32]byte, len(gg.Tensors))
	gg.hashWeights(out, func(int) bool { return true }, progress)
	return out
}

// hashWeights computes the commitments of the weights selected by want
// into out and returns how many and how many bytes.
func (gg *GenGraph) hashWeights(out [][32]byte, want func(id int) bool, progress func(done, total int64)) (int, int64) {
	var total, done int64
	var ids []int
	for id, ti := range gg.Tensors {
		if ti.Kind == graph.Weight && want(id) {
			ids = append(ids, id)
			total += int64(len(ti.Value.RawBytes()))
		}
	}
	for _, id := range ids {
		b := gg.Tensors[id].Value.RawBytes()
		out[id] = merkle.Root(b)
		done += int64(len(b))
		if progress != nil {
			progress(done, total)
		}
	}
	return len(ids), total
}

// CachedWeightCommitments returns WeightCommitments of gg, whose model was
// opened from path, reading them from the sidecar CommitmentsPath(path)
// where it matches the file and hashing (and writing back) the others. An
// error means the model file itself could not be read.
func (gg *GenGraph) CachedWeightCommitments(path string, progress func(done, total int64)) ([][32]byte, *CommitReport, error) {
	id, err := gg.Model.fileIdentity(path)
	if err != nil {
		return nil, nil, err
	}
	rep := &CommitReport{Sidecar: CommitmentsPath(path)}
	cached := map[string][32]byte{}
	if c, err := readCommitCache(rep.Sidecar); err != nil {
		if !os.IsNotExist(err) {
			rep.Note = fmt.Sprintf("ignored %s: %v", rep.Sidecar, err)
		}
	} else if c.File != id {
		rep.Note = fmt.Sprintf("%s is of another version of the file (size, time or header changed): recomputed", rep.Sidecar)
	} else {
		for _, e := range c.Weights {
			h, _ := hex.DecodeString(strings.TrimPrefix(e.Commitment, "0x"))
			cached[e.key()] = [32]byte(h)
		}
	}
	out := make([][32]byte, len(gg.Tensors))
	entries := make([]cachedEntry, 0)
	entryOf := func(id int) cachedEntry {
		ti := &gg.Tensors[id]
		return cachedEntry{Name: gg.WeightNames[id], DType: ti.DType.String(), Shape: ti.Shape}
	}
	rep.Computed, rep.HashedBytes = gg.hashWeights(out, func(id int) bool {
		h, ok := cached[entryOf(id).key()]
		out[id] = h
		return !ok
	}, progress)
	rep.Hit = rep.Computed == 0
	if rep.Hit {
		return out, rep, nil
	}
	for id, ti := range gg.Tensors {
		if ti.Kind == graph.Weight {
			e := entryOf(id)
			e.Commitment = fmt.Sprintf("0x%x", out[id])
			entries = append(entries, e)
		}
	}
	if err := writeCommitCache(rep.Sidecar, &commitCache{Format: commitCacheFormat, Version: commitCacheVersion, File: id, Weights: entries}); err != nil {
		rep.Note = strings.TrimPrefix(rep.Note+"; ", "; ") + fmt.Sprintf("could not write the commitments cache: %v", err)
	}
	return out, rep, nil
}

// fileIdentity returns the identity of the model file at path: its size,
// modification time and the keccak256 of its header.
func (m *Model) fileIdentity(path string) (fileIdentity, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileIdentity{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fileIdentity{}, err
	}
	if fi.IsDir() {
		return fileIdentity{}, fmt.Errorf("%s is a directory: the commitments cache keys a model file", path)
	}
	n := m.headerBytes
	if n <= 0 {
		n = otherHeaderBytes
	}
	n = min(n, fi.Size())
	h := keccak.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, n)); err != nil {
		return fileIdentity{}, fmt.Errorf("%s: %w", path, err)
	}
	return fileIdentity{Size: fi.Size(), MTimeNS: fi.ModTime().UnixNano(), HeaderKeccak: fmt.Sprintf("0x%x", h.Sum(nil))}, nil
}

// readCommitCache reads and checks a sidecar.
func readCommitCache(path string) (*commitCache, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c commitCache
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("not a commitments cache (%v)", err)
	}
	if c.Format != commitCacheFormat || c.Version != commitCacheVersion {
		return nil, fmt.Errorf("format %q version %d (want %q version %d)", c.Format, c.Version, commitCacheFormat, commitCacheVersion)
	}
	for _, e := range c.Weights {
		if h, err := hex.DecodeString(strings.TrimPrefix(e.Commitment, "0x")); err != nil || len(h) != 32 || !strings.HasPrefix(e.Commitment, "0x") {
			return nil, fmt.Errorf("weight %s: commitment %q is not 32 bytes of hex", e.Name, e.Commitment)
		}
	}
	return &c, nil
}

// writeCommitCache writes a sidecar atomically (a temporary file renamed).
func writeCommitCache(path string, c *commitCache) error {
	b, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(append(b, '\n'))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
