package main

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

// onchainReport is what `vm verify --onchain` printed, parsed.
type onchainReport struct {
	chainPost, goPost        string
	execGas, calldata, txGas uint64
	execHow                  string
}

var (
	reChainPost = regexp.MustCompile(`(?m)^on-chain post-state: (\S+)`)
	reGoPost    = regexp.MustCompile(`(?m)^Go stateless step: +(\S+)`)
	reExecGas   = regexp.MustCompile(`(?m)^execution gas: +(\d+) \((.*)\)$`)
	reCalldata  = regexp.MustCompile(`(?m)^calldata: +(\d+) bytes`)
	reTxGas     = regexp.MustCompile(`(?m)^transaction gas: +(\d+)`)
)

func parseOnchainReport(t *testing.T, out string) onchainReport {
	t.Helper()
	var r onchainReport
	num := func(re *regexp.Regexp) uint64 {
		m := re.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("output lacks %s:\n%s", re, out)
		}
		n, err := strconv.ParseUint(m[1], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for re, dst := range map[*regexp.Regexp]*string{reChainPost: &r.chainPost, reGoPost: &r.goPost} {
		m := re.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("output lacks %s:\n%s", re, out)
		}
		*dst = m[1]
	}
	r.execGas, r.calldata, r.txGas = num(reExecGas), num(reCalldata), num(reTxGas)
	r.execHow = reExecGas.FindStringSubmatch(out)[2]
	return r
}

// checkOnchainOK requires a successful on-chain verification whose figures make sense: the same post-state
// from MIPS.step, the Go step and the witness, non-zero execution gas, and a transaction that paid at least the
// base, the calldata and the execution.
func checkOnchainOK(t *testing.T, wfile string, out, errOut string, code int) onchainReport {
	t.Helper()
	if code != 0 {
		t.Fatalf("vm verify --onchain: exit %d\n%s\n%s", code, out, errOut)
	}
	r := parseOnchainReport(t, out)
	var w struct {
		Post string `json:"post_state_hash"`
	}
	data, _ := os.ReadFile(wfile)
	if err := json.Unmarshal(data, &w); err != nil {
		t.Fatal(err)
	}
	if r.chainPost != r.goPost || r.chainPost != w.Post {
		t.Fatalf("post-states: on chain %s, Go %s, witness %s", r.chainPost, r.goPost, w.Post)
	}
	if r.execGas == 0 || r.execGas > 1_000_000 || r.calldata < 4+32*5+vm.StateSize+vm.ProofSize {
		t.Fatalf("implausible figures: %+v", r)
	}
	if r.txGas < 21000+4*r.calldata+r.execGas {
		t.Fatalf("transaction gas %d is below 21000 + calldata + execution (%d bytes, %d gas)", r.txGas, r.calldata, r.execGas)
	}
	return r
}

func TestVerifyOnChain(t *testing.T) {
	dir := t.TempDir()
	for _, step := range []string{"0", "12345", "40000"} {
		wfile := filepath.Join(dir, "w"+step+".json")
		if _, errOut, code := runOpml(t, "vm", "witness", "--step", step, "--out", wfile, "examples/hello"); code != 0 {
			t.Fatalf("vm witness: exit %d: %s", code, errOut)
		}
		out, errOut, code := runOpml(t, "vm", "verify", "--onchain", wfile)
		r := checkOnchainOK(t, wfile, out, errOut, code)
		if !strings.Contains(r.execHow, "in process") {
			t.Fatalf("the embedded chain has no tracer, yet the gas came from %q", r.execHow)
		}
		t.Logf("hello step %s: execution gas %d, calldata %d bytes, transaction gas %d", step, r.execGas, r.calldata, r.txGas)
	}
}

// tamper rewrites one field of a witness file with edit.
func tamper(t *testing.T, src, dst string, edit func(w map[string]any)) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var w map[string]any
	if err := json.Unmarshal(data, &w); err != nil {
		t.Fatal(err)
	}
	edit(w)
	data, _ = json.Marshal(w)
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// flipHex flips the low bit of the byte at index i of a 0x-hex string.
func flipHex(s string, i int) string {
	b, _ := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	b[i] ^= 1
	return "0x" + hex.EncodeToString(b)
}

func TestVerifyOnChainTampered(t *testing.T) {
	dir := t.TempDir()
	wfile := filepath.Join(dir, "w.json")
	if _, errOut, code := runOpml(t, "vm", "witness", "--step", "20000", "--out", wfile, "examples/hello"); code != 0 {
		t.Fatalf("vm witness: exit %d: %s", code, errOut)
	}
	bad := filepath.Join(dir, "bad.json")
	cases := []struct {
		name       string
		edit       func(w map[string]any)
		wantStderr string
		bothReject bool
	}{
		{"sibling of the fetch proof", func(w map[string]any) { w["proof"] = flipHex(w["proof"].(string), 32*5+7) }, "both reject it", true},
		{"fetched leaf", func(w map[string]any) { w["proof"] = flipHex(w["proof"].(string), 3) }, "both reject it", true},
		{"truncated proof", func(w map[string]any) { p := w["proof"].(string); w["proof"] = p[:2+2*500] }, "both reject it", true},
		{"claimed post-state", func(w map[string]any) { w["post_state_hash"] = flipHex(w["post_state_hash"].(string), 31) }, "the witness claims", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tamper(t, wfile, bad, c.edit)
			out, errOut, code := runOpml(t, "vm", "verify", "--onchain", bad)
			if code == 0 {
				t.Fatalf("exit 0 for a tampered witness:\n%s", out)
			}
			if !strings.Contains(errOut, c.wantStderr) {
				t.Fatalf("stderr %q does not say %q", errOut, c.wantStderr)
			}
			if c.bothReject {
				if !strings.Contains(out, "on-chain post-state: none: MIPS.step reverted") || !strings.Contains(out, "Go stateless step:   none:") {
					t.Fatalf("output does not show both rejections:\n%s", out)
				}
			} else {
				r := parseOnchainReport(t, out)
				if r.chainPost != r.goPost {
					t.Fatalf("on chain %s, Go %s", r.chainPost, r.goPost)
				}
			}
		})
	}
	flagCases := []struct {
		args []string
		want string
	}{
		{[]string{"vm", "verify", "--preimage", wfile, wfile}, "need --onchain"},
		{[]string{"vm", "verify", "--onchain", "--rpc", "http://127.0.0.1:1", wfile}, "needs a key"},
		{[]string{"vm", "verify", "--onchain", "--rpc", "http://127.0.0.1:1", "--key", "zz", wfile}, "--key"},
		{[]string{"vm", "verify", "--onchain", "--rpc", "http://127.0.0.1:1", "--key", hex.EncodeToString(crypto.FromECDSA(chain.DevKeys()[0])), wfile}, "127.0.0.1:1"},
		{[]string{"vm", "verify", "--onchain", "--local-context", "0x12", wfile}, "--local-context"},
	}
	for _, c := range flagCases {
		_, errOut, code := runOpml(t, c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Fatalf("opml %v: exit %d, stderr %q, want it to mention %q", c.args, code, errOut, c.want)
		}
	}
}

// oracleWitness writes the witness of a read(5, ...) step of a hand-made program that wrote key to fd 6; the
// oracle holds data under key.
func oracleWitness(t *testing.T, path string, key [32]byte, data []byte) {
	t.Helper()
	store := vm.NewPreimageStore()
	if key[0] == vm.KeyTypeLocal {
		if err := store.AddLocal(key, data); err != nil {
			t.Fatal(err)
		}
	} else if store.AddKeccak256(data) != key {
		t.Fatal("key is not the data's keccak256 key")
	}
	const codeAt, keyAt, bufAt = 0x10000, 0x20000, 0x20104
	li := vmtest.LoadImm
	sys := func(num uint32, args ...uint32) []uint32 {
		var code []uint32
		for i, v := range args {
			code = append(code, li(uint32(4+i), v)...)
		}
		return append(append(code, li(2, num)...), 12)
	}
	code := append(sys(4004, vm.FdPreimageWrite, keyAt, 32), sys(4003, vm.FdPreimageRead, bufAt, 32)...)
	mem := vm.NewMemory()
	for i, w := range code {
		mem.SetWord(codeAt+uint32(4*i), w)
	}
	for i := 0; i < 8; i++ {
		mem.SetWord(keyAt+uint32(4*i), binary.BigEndian.Uint32(key[4*i:]))
	}
	e, err := vm.NewEmulatorWithState(vm.State{NextTID: 2, Heap: 0x7F000000,
		Thread: vm.Thread{TID: 1, PC: codeAt, NextPC: codeAt + 4}}, mem)
	if err != nil {
		t.Fatal(err)
	}
	e.Oracle = store
	if err := e.Run(uint64(len(code) - 1)); err != nil {
		t.Fatal(err)
	}
	w, err := e.ProveStep()
	if err != nil {
		t.Fatal(err)
	}
	if w.Oracle == nil || w.Oracle.Key != key {
		t.Fatalf("the step did not read the oracle: %+v", w.Oracle)
	}
	out, _ := json.Marshal(w)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyOnChainOracle(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	data := []byte("the preimage a step reads, supplied to vm verify --onchain with --preimage")
	kkey := vm.Keccak256Key(data)
	kw, right, wrong := filepath.Join(dir, "kw.json"), write("right", data), write("wrong", []byte("something else"))
	oracleWitness(t, kw, kkey, data)

	_, errOut, code := runOpml(t, "vm", "verify", "--onchain", kw)
	if code == 0 || !strings.Contains(errOut, "supply its preimage with --preimage") {
		t.Fatalf("without its preimage: exit %d, stderr %q", code, errOut)
	}
	_, errOut, code = runOpml(t, "vm", "verify", "--onchain", "--preimage", wrong, kw)
	if code == 0 || !strings.Contains(errOut, "none hashes to it") {
		t.Fatalf("with the wrong preimage: exit %d, stderr %q", code, errOut)
	}
	out, errOut, code := runOpml(t, "vm", "verify", "--onchain", "--preimage", wrong, "--preimage", right, kw)
	r := checkOnchainOK(t, kw, out, errOut, code)
	if !strings.Contains(out, "oracle:              loaded part 0 of key") {
		t.Fatalf("no oracle load reported:\n%s", out)
	}
	t.Logf("keccak256 oracle read: execution gas %d, calldata %d bytes", r.execGas, r.calldata)

	local := []byte("local data")
	lkey := vm.LocalKey(9)
	lw, lfile := filepath.Join(dir, "lw.json"), write("local", local)
	oracleWitness(t, lw, lkey, local)
	_, errOut, code = runOpml(t, "vm", "verify", "--onchain", lw)
	if code == 0 || !strings.Contains(errOut, "--local "+hex.EncodeToString(lkey[:])+"=FILE") {
		t.Fatalf("without its local data: exit %d, stderr %q", code, errOut)
	}
	out, errOut, code = runOpml(t, "vm", "verify", "--onchain", "--local", "0x"+hex.EncodeToString(lkey[:])+"="+lfile,
		"--local-context", "0x"+strings.Repeat("ab", 32), lw)
	checkOnchainOK(t, lw, out, errOut, code)
	// Local data that is not what the witness read is caught before anything is deployed.
	_, errOut, code = runOpml(t, "vm", "verify", "--onchain", "--local", hex.EncodeToString(lkey[:])+"="+right, lw)
	if code == 0 || !strings.Contains(errOut, "does not give the") {
		t.Fatalf("with the wrong local data: exit %d, stderr %q", code, errOut)
	}
}

func TestVerifyOnChainRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	node, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := node.Stop(); err != nil {
			t.Error(err)
		}
	}()
	key := hex.EncodeToString(crypto.FromECDSA(node.Key))
	dir := t.TempDir()
	wfile := filepath.Join(dir, "w.json")
	if _, errOut, code := runOpml(t, "vm", "witness", "--step", "30000", "--out", wfile, "examples/hello"); code != 0 {
		t.Fatalf("vm witness: exit %d: %s", code, errOut)
	}
	out, errOut, code := runOpml(t, "vm", "verify", "--onchain", "--rpc", node.URL, "--key", key, wfile)
	r := checkOnchainOK(t, wfile, out, errOut, code)
	if !strings.Contains(r.execHow, "debug_traceCall") || !strings.Contains(out, node.URL) {
		t.Fatalf("not measured with anvil's tracer:\n%s", out)
	}
	// The embedded chain, measuring in process, must report the same figures as anvil's tracer.
	out, errOut, code = runOpml(t, "vm", "verify", "--onchain", wfile)
	if e := checkOnchainOK(t, wfile, out, errOut, code); e.execGas != r.execGas || e.txGas != r.txGas || e.calldata != r.calldata {
		t.Fatalf("anvil %+v, embedded chain %+v", r, e)
	}
	t.Logf("on anvil: execution gas %d, calldata %d bytes, transaction gas %d", r.execGas, r.calldata, r.txGas)

	data := []byte("a preimage read on anvil")
	kw, pfile := filepath.Join(dir, "kw.json"), filepath.Join(dir, "pre")
	os.WriteFile(pfile, data, 0o644)
	oracleWitness(t, kw, vm.Keccak256Key(data), data)
	out, errOut, code = runOpml(t, "vm", "verify", "--onchain", "--rpc", node.URL, "--key", key, "--preimage", pfile, kw)
	checkOnchainOK(t, kw, out, errOut, code)

	bad := filepath.Join(dir, "bad.json")
	tamper(t, wfile, bad, func(w map[string]any) { w["proof"] = flipHex(w["proof"].(string), 100) })
	if _, errOut, code := runOpml(t, "vm", "verify", "--onchain", "--rpc", node.URL, "--key", key, bad); code == 0 || !strings.Contains(errOut, "both reject") {
		t.Fatalf("tampered witness on anvil: exit %d, stderr %q", code, errOut)
	}
}

func TestBenchOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and samples every corpus program")
	}
	out, errOut, code := runOpml(t, "bench", "onchain", "--samples", "12", "--window", "3000000")
	if code != 0 {
		t.Fatalf("bench onchain: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, class := range []string{"ALU", "load", "store", "branch", "syscall", "oracle read", "thread switch", "all random samples"} {
		re := regexp.MustCompile(`(?m)^` + class + ` +(\d+) +(\d+) +(\d+) +(\d+) +(\d+) +(\d+)$`)
		m := re.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no row for %q in\n%s", class, out)
		}
		n, _ := strconv.Atoi(m[1])
		med, _ := strconv.Atoi(m[2])
		maxGas, _ := strconv.Atoi(m[3])
		if n == 0 || med == 0 || med > maxGas {
			t.Fatalf("row %q: %v", class, m[1:])
		}
	}
	for _, note := range []string{"median execution gas over", "(target ≤ 25000:", "calldata per step: median", "(target ≤ 2300:"} {
		if !strings.Contains(out, note) {
			t.Fatalf("output lacks %q:\n%s", note, out)
		}
	}
}
