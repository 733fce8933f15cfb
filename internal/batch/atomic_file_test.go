package batch

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	a, err := CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	a.Write([]byte("half"))
	a.Abort()
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Errorf("after Abort: %q", b)
	}

	a, err = CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	a.Write([]byte("new\n"))
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Errorf("before Commit: %q", b)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	a.Abort() // no-op after Commit
	if b, _ := os.ReadFile(path); string(b) != "new\n" {
		t.Errorf("after Commit: %q", b)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old file's 0600", info.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}

	if _, err := CreateAtomic(filepath.Join(dir, "no/such/dir/out.jsonl")); err == nil {
		t.Error("CreateAtomic in a missing directory: no error")
	}
}

func TestAtomicFileDevice(t *testing.T) {
	a, err := CreateAtomic(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	if _, err := a.Write([]byte("x")); err != nil {
		t.Fatal(err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode().IsRegular() {
		t.Fatalf("%s replaced: %v %v", os.DevNull, info, err)
	}
}
