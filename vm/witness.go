package vm

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Witness is everything needed to execute one step without the emulator: the pre-state encoding, the proof
// (memory proofs in access order, or the thread popped by a switch step) and the oracle datum the step reads.
type Witness struct {
	Step          uint64 // steps executed before this one: the witness is for step Step+1
	State         []byte // canonical pre-state encoding
	PreStateHash  [32]byte
	Proof         []byte
	Oracle        *OracleRead // nil unless the step reads preimage data
	PostStateHash [32]byte    // what the emulator computed
}

// OracleRead is one answer of the preimage oracle.
type OracleRead struct {
	Key    [32]byte
	Offset uint32
	Data   [32]byte
	Length uint32
}

// provingMemory is the emulator's memory seen by a step that records a proof for every access.
type provingMemory struct {
	m     *Memory
	proof *[]byte
}

func (p provingMemory) access(addr uint32, modify func(*[32]byte)) ([32]byte, error) {
	proof := p.m.MerkleProof(addr)
	*p.proof = append(*p.proof, proof[:]...)
	return directMemory{p.m}.access(addr, modify)
}

func (p provingMemory) zeroRegion(addr uint32, k int) error {
	proof := p.m.MerkleProof(addr)
	*p.proof = append(*p.proof, proof[:]...)
	p.m.zeroRegion(addr, k)
	return nil
}

// provingThreads records the thread a switch step pops.
type provingThreads struct {
	emulatorThreads
	proof *[]byte
}

func (p provingThreads) pop() (Thread, [32]byte, error) {
	t, rest, err := p.emulatorThreads.pop()
	if err == nil {
		*p.proof = append(*p.proof, EncodeThread(&t)...)
		*p.proof = append(*p.proof, rest[:]...)
	}
	return t, rest, err
}

// recordingOracle remembers the answer it passes on.
type recordingOracle struct {
	oracle Oracle
	read   **OracleRead
}

func (r recordingOracle) ReadPreimage(key [32]byte, offset uint32) ([32]byte, uint32, error) {
	if r.oracle == nil {
		return [32]byte{}, 0, errNoOracle
	}
	dat, n, err := r.oracle.ReadPreimage(key, offset)
	if err == nil {
		*r.read = &OracleRead{Key: key, Offset: offset, Data: dat, Length: n}
	}
	return dat, n, err
}

// ProveStep executes one step and returns its witness.
func (e *Emulator) ProveStep() (*Witness, error) {
	w := &Witness{Step: e.State.Step, PreStateHash: e.StateHash()}
	w.State = e.State.Encode()
	err := e.stepWith(provingMemory{e.Mem, &w.Proof}, recordingOracle{e.Oracle, &w.Oracle},
		provingThreads{emulatorThreads{e}, &w.Proof})
	if err != nil {
		return nil, err
	}
	w.PostStateHash = e.StateHash()
	return w, nil
}

// witnessMemory serves a stateless step's accesses from the proofs in a witness.
type witnessMemory struct {
	root  *[32]byte
	proof *[]byte
}

// next takes the next memory proof and checks it for the leaf holding addr.
func (w witnessMemory) next(addr uint32) (leaf [32]byte, proof []byte, err error) {
	if len(*w.proof) < ProofSize {
		return leaf, nil, fmt.Errorf("witness has no memory proof for the access at %#x", addr)
	}
	proof = (*w.proof)[:ProofSize]
	*w.proof = (*w.proof)[ProofSize:]
	leaf, ok := VerifyProof(*w.root, addr, proof)
	if !ok {
		return leaf, nil, fmt.Errorf("memory proof for %#x does not match the memory root", addr)
	}
	return leaf, proof, nil
}

func (w witnessMemory) access(addr uint32, modify func(*[32]byte)) ([32]byte, error) {
	leaf, p, err := w.next(addr)
	if err != nil {
		return [32]byte{}, err
	}
	if modify != nil {
		updated := leaf
		modify(&updated)
		*w.root = RootFromProof(updated, addr, p)
	}
	return leaf, nil
}

func (w witnessMemory) zeroRegion(addr uint32, k int) error {
	_, p, err := w.next(addr)
	if err != nil {
		return err
	}
	*w.root = rootFromNode(zeroHashes[k-5], addr, k-5, p)
	return nil
}

// witnessThreads serves a switch step's popped thread from the witness.
type witnessThreads struct{ proof *[]byte }

func (witnessThreads) swapped()            {}
func (witnessThreads) pushed(bool, Thread) {}

func (w witnessThreads) pop() (Thread, [32]byte, error) {
	if len(*w.proof) < ThreadSize+32 {
		return Thread{}, [32]byte{}, errors.New("witness has no thread for the switch step")
	}
	t, err := DecodeThread((*w.proof)[:ThreadSize])
	rest := [32]byte((*w.proof)[ThreadSize : ThreadSize+32])
	*w.proof = (*w.proof)[ThreadSize+32:]
	return t, rest, err
}

// witnessOracle answers the one read a witness carries.
type witnessOracle struct{ read *OracleRead }

func (w witnessOracle) ReadPreimage(key [32]byte, offset uint32) ([32]byte, uint32, error) {
	if w.read == nil || w.read.Key != key || w.read.Offset != offset {
		return [32]byte{}, 0, fmt.Errorf("witness has no oracle data for key %x at offset %d", key, offset)
	}
	if w.read.Length > 32 {
		return [32]byte{}, 0, fmt.Errorf("oracle data length %d exceeds 32", w.read.Length)
	}
	return w.read.Data, w.read.Length, nil
}

// StatelessStep computes the post-state hash from a witness alone: the Go twin of the on-chain verifier. Bytes of
// the proof after those the step uses are ignored, as on chain.
func StatelessStep(w *Witness) ([32]byte, error) {
	s, err := DecodeState(w.State)
	if err != nil {
		return [32]byte{}, err
	}
	proof := w.Proof
	st := stepper{s: s, mem: witnessMemory{&s.MemRoot, &proof}, oracle: witnessOracle{w.Oracle},
		threads: witnessThreads{&proof}}
	if err := st.step(); err != nil {
		return [32]byte{}, err
	}
	return s.Hash(), nil
}

// witnessJSON is the file form of a witness (`opml vm witness`).
type witnessJSON struct {
	Step          uint64      `json:"step"`
	PreStateHash  string      `json:"pre_state_hash"`
	PostStateHash string      `json:"post_state_hash"`
	State         string      `json:"state"`
	Proof         string      `json:"proof"`
	Oracle        *oracleJSON `json:"oracle,omitempty"`
}

type oracleJSON struct {
	Key    string `json:"key"`
	Offset uint32 `json:"offset"`
	Data   string `json:"data"`
	Length uint32 `json:"length"`
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

func unhex(field, s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, fmt.Errorf("witness field %q is not hex: %w", field, err)
	}
	return b, nil
}

func unhex32(field, s string) (out [32]byte, err error) {
	b, err := unhex(field, s)
	if err != nil {
		return out, err
	}
	if len(b) != 32 {
		return out, fmt.Errorf("witness field %q has %d bytes, want 32", field, len(b))
	}
	return [32]byte(b), nil
}

// MarshalJSON writes the witness with 0x-hex fields.
func (w *Witness) MarshalJSON() ([]byte, error) {
	j := witnessJSON{Step: w.Step, PreStateHash: hex0x(w.PreStateHash[:]), PostStateHash: hex0x(w.PostStateHash[:]),
		State: hex0x(w.State), Proof: hex0x(w.Proof)}
	if o := w.Oracle; o != nil {
		j.Oracle = &oracleJSON{Key: hex0x(o.Key[:]), Offset: o.Offset, Data: hex0x(o.Data[:]), Length: o.Length}
	}
	return json.Marshal(j)
}

// UnmarshalJSON parses a witness, checking every field.
func (w *Witness) UnmarshalJSON(data []byte) error {
	var j witnessJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("witness is not valid JSON: %w", err)
	}
	var err error
	if w.State, err = unhex("state", j.State); err != nil {
		return err
	}
	if len(w.State) != StateSize {
		return fmt.Errorf("witness state has %d bytes, want %d", len(w.State), StateSize)
	}
	if w.Proof, err = unhex("proof", j.Proof); err != nil {
		return err
	}
	if w.PreStateHash, err = unhex32("pre_state_hash", j.PreStateHash); err != nil {
		return err
	}
	if w.PostStateHash, err = unhex32("post_state_hash", j.PostStateHash); err != nil {
		return err
	}
	w.Step = j.Step
	w.Oracle = nil
	if o := j.Oracle; o != nil {
		r := &OracleRead{Offset: o.Offset, Length: o.Length}
		if r.Key, err = unhex32("oracle.key", o.Key); err != nil {
			return err
		}
		if r.Data, err = unhex32("oracle.data", o.Data); err != nil {
			return err
		}
		w.Oracle = r
	}
	return nil
}

// ParseWitness reads a witness file's contents.
func ParseWitness(data []byte) (*Witness, error) {
	if !json.Valid(data) {
		return nil, errors.New("witness is not valid JSON")
	}
	w := new(Witness)
	if err := json.Unmarshal(data, w); err != nil {
		return nil, err
	}
	return w, nil
}
