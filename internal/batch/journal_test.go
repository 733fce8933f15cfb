package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/lede-news/lede"
)

// pagesDir writes n small pages and returns their directory.
func pagesDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("p%04d.html", i)), []byte(fmt.Sprintf("page %d", i)))
	}
	return dir
}

// runJournal runs a batch over inputs into a journal at out and commits it.
func runJournal(t *testing.T, cfg Config, out string, every int, resume bool, inputs ...string) Summary {
	t.Helper()
	if cfg.Extract == nil {
		cfg.Extract = fakeExtract
	}
	j, err := OpenJournal(out, "key", every, resume)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	sum, err := RunJournal(context.Background(), cfg, inputs, j, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Commit(); err != nil {
		t.Fatal(err)
	}
	return sum
}

// decompressed reads a whole output file, whatever its compression.
func decompressed(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r io.Reader
	switch compressionOf(path) {
	case gzipFrames:
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	case zstdFrames:
		zr, err := zstd.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		r = zr
	default:
		return b
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestJournalMatchesPlainRun(t *testing.T) {
	dir := pagesDir(t, 57)
	var want bytes.Buffer
	if _, err := Run(context.Background(), Config{Extract: fakeExtract}, []string{dir}, &want, nil); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"out.jsonl", "out.jsonl.gz", "out.jsonl.zst"} {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), name)
			sum := runJournal(t, Config{Workers: 2}, out, 10, false, dir)
			if got := decompressed(t, out); !bytes.Equal(got, want.Bytes()) {
				t.Errorf("journal output differs from a plain run:\n%s\nwant\n%s", got, want.Bytes())
			}
			if sum.Documents != 57 {
				t.Errorf("summary counts %d documents, want 57", sum.Documents)
			}
			for _, side := range []string{out + ".partial", out + ".checkpoint"} {
				if _, err := os.Stat(side); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s left after commit", side)
				}
			}
		})
	}
}

// TestJournalResumeAfterCrash writes part of a run, leaves unsynced bytes
// after the last checkpoint as a crash would, and resumes.
func TestJournalResumeAfterCrash(t *testing.T) {
	dir := pagesDir(t, 40)
	for _, name := range []string{"out.jsonl", "out.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			tmp := t.TempDir()
			whole := filepath.Join(tmp, "whole-"+name)
			runJournal(t, Config{}, whole, 8, false, dir)

			out := filepath.Join(tmp, name)
			ctx, cancel := context.WithCancel(context.Background())
			n := 0
			cfg := Config{Workers: 1, Window: 1, Extract: func(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
				if n++; n == 21 { // crash after 20 documents: 16 checkpointed, 4 not
					cancel()
				}
				return fakeExtract(ctx, data, page)
			}}
			j, err := OpenJournal(out, "key", 8, false)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := RunJournal(ctx, cfg, []string{dir}, j, io.Discard); !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted run: %v", err)
			}
			j.Close() // no commit: what is left is what a crash leaves

			j, err = OpenJournal(out, "key", 8, true)
			if err != nil {
				t.Fatal(err)
			}
			if done, _ := j.Resumed(); done != 16 {
				t.Errorf("resumed after %d documents, want the 16 checkpointed", done)
			}
			j.Close()
			sum := runJournal(t, Config{Workers: 2}, out, 8, true, dir)
			if sum.Documents != 40 || sum.Articles != 40 {
				t.Errorf("summary after resume %+v, want 40 documents", sum)
			}
			a, _ := os.ReadFile(whole)
			b, _ := os.ReadFile(out)
			if !bytes.Equal(a, b) {
				t.Errorf("resumed output differs from the uninterrupted run (%d vs %d bytes)", len(b), len(a))
			}
		})
	}
}

func TestJournalRefusesOtherRun(t *testing.T) {
	dir := pagesDir(t, 5)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	j, err := OpenJournal(out, "key", 2, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := RunJournal(context.Background(), Config{Extract: fakeExtract}, []string{dir}, j, io.Discard); err != nil {
		t.Fatal(err)
	}
	j.Close() // not committed: a checkpoint stays
	if _, err := OpenJournal(out, "other key", 2, true); !errors.Is(err, ErrCheckpointMismatch) {
		t.Errorf("resuming another run's checkpoint: %v, want ErrCheckpointMismatch", err)
	}
}

// TestJournalKill9 kills a real process mid-run with SIGKILL and resumes
// its output in another.
func TestJournalKill9(t *testing.T) {
	if os.Getenv("LEDE_JOURNAL_CHILD") != "" {
		journalChild()
		return
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := pagesDir(t, 60)
	tmp := t.TempDir()
	whole := filepath.Join(tmp, "whole.jsonl.gz")
	runJournal(t, Config{}, whole, 5, false, dir)

	out := filepath.Join(tmp, "out.jsonl.gz")
	child := func(resume bool) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestJournalKill9$")
		cmd.Env = append(os.Environ(), "LEDE_JOURNAL_CHILD=1", "LEDE_JOURNAL_DIR="+dir, "LEDE_JOURNAL_OUT="+out,
			"LEDE_JOURNAL_RESUME="+strconv.FormatBool(resume))
		return cmd
	}
	cmd := child(false)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		if cp, _ := readCheckpoint(out + ".checkpoint"); cp != nil && cp.Documents >= 15 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the child wrote no checkpoint")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Kill() // SIGKILL: no deferred code runs
	cmd.Wait()
	if _, err := os.Stat(out); err == nil {
		t.Fatal("the killed run committed its output")
	}
	if outb, err := child(true).CombinedOutput(); err != nil {
		t.Fatalf("resumed run: %v\n%s", err, outb)
	}
	a, _ := os.ReadFile(whole)
	b, _ := os.ReadFile(out)
	if !bytes.Equal(a, b) {
		t.Errorf("output after kill -9 and resume differs from the uninterrupted run (%d vs %d bytes)", len(b), len(a))
	}
}

// journalChild is the process TestJournalKill9 kills: a slow run.
func journalChild() {
	resume := os.Getenv("LEDE_JOURNAL_RESUME") == "true"
	slow := func(ctx context.Context, data []byte, page Page) (*lede.Article, error) {
		if !resume {
			time.Sleep(2 * time.Millisecond)
		}
		return fakeExtract(ctx, data, page)
	}
	j, err := OpenJournal(os.Getenv("LEDE_JOURNAL_OUT"), "key", 5, resume)
	if err == nil {
		_, err = RunJournal(context.Background(), Config{Workers: 2, Extract: slow}, []string{os.Getenv("LEDE_JOURNAL_DIR")}, j, io.Discard)
	}
	if err == nil {
		err = j.Commit()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}
