package keys

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestKeystoreRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ks")
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("s3cret\r\nignored second line\n"), 0o600)
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	if _, err := Store(dir, k1, "s3cret", true); err != nil {
		t.Fatal(err)
	}
	if _, err := Store(dir, k1, "s3cret", true); err == nil {
		t.Fatal("the same key stored twice")
	}
	os.WriteFile(filepath.Join(dir, "README"), []byte("not a key"), 0o644)
	got, err := Source{Keystore: dir, PasswordFile: pw}.Load()
	if err != nil || !got.Equal(k1) {
		t.Fatalf("Load from a one-key keystore: %v", err)
	}
	if _, err := Store(dir, k2, "s3cret", true); err != nil {
		t.Fatal(err)
	}
	if _, err := (Source{Keystore: dir, PasswordFile: pw}).Load(); !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("two keys, no account: %v", err)
	}
	addr2 := crypto.PubkeyToAddress(k2.PublicKey)
	if got, err := (Source{Keystore: dir, Account: addr2.Hex(), PasswordFile: pw}).Load(); err != nil || !got.Equal(k2) {
		t.Fatalf("Load by account: %v", err)
	}
	wrong := filepath.Join(t.TempDir(), "wrong")
	os.WriteFile(wrong, []byte("guess\n"), 0o600)
	if _, err := (Source{Keystore: dir, Account: addr2.Hex(), PasswordFile: wrong}).Load(); !errors.Is(err, ErrBadPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	if _, err := (Source{Keystore: dir, Account: "0x0000000000000000000000000000000000000001", PasswordFile: pw}).Load(); !errors.Is(err, ErrNoAccount) {
		t.Fatalf("unknown account: %v", err)
	}
	accts, err := List(dir)
	if err != nil || len(accts) != 2 {
		t.Fatalf("List: %v %v", accts, err)
	}
}

func TestSourceCheckAndEnv(t *testing.T) {
	if errs := (Source{Hex: "0x01", Keystore: "d", Account: "nope"}).Check(); len(errs) != 4 {
		t.Fatalf("want 4 problems (key and keystore, no password file, bad account, bad key), got %v", errs)
	}
	k, _ := crypto.GenerateKey()
	t.Setenv("OPML_TEST_KEY", Hex(k))
	s := Source{Env: "OPML_TEST_KEY"}
	if !s.Given() {
		t.Fatal("the environment variable does not count as given")
	}
	if got, err := s.Load(); err != nil || !got.Equal(k) {
		t.Fatalf("Load from the environment: %v", err)
	}
	t.Setenv("OPML_TEST_KEY", "")
	if _, err := s.Load(); !errors.Is(err, ErrNoKey) {
		t.Fatalf("no key anywhere: %v", err)
	}
}
