package batch

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"
)

// A Journal is a resumable output file. Lines go to PATH.partial; every
// CheckpointEvery documents the journal ends its compression frame, syncs
// the file and records in PATH.checkpoint how many documents and bytes are
// safely written. Commit renames the partial file to PATH and removes the
// checkpoint. After a crash (even kill -9) OpenJournal with resume set cuts
// the partial file back to the last checkpoint and reports how many
// documents to skip, so that the resumed run writes exactly the lines an
// uninterrupted run would have written next.
//
// Checkpoints fall on document counts, never on time, so an interrupted
// and resumed run writes the same bytes as an uninterrupted one, also when
// compressed: the frames end at the same documents.
type Journal struct {
	path    string
	f       *os.File
	written int64 // bytes of the partial file that are complete frames
	frame   *frameWriter
	buf     *bufio.Writer
	key     string
	every   int
	pending int // documents since the last checkpoint
	docs    int // documents in the file, checkpointed or not
	sum     Summary
	start   time.Time     // when this journal was opened
	before  time.Duration // run time of the runs resumed, up to their last checkpoint
}

// Checkpoint is what PATH.checkpoint records.
type Checkpoint struct {
	Version   int     `json:"version"`
	Key       string  `json:"key"`       // the run's inputs and settings; a resume must match it
	Documents int     `json:"documents"` // lines safely written
	Bytes     int64   `json:"bytes"`     // size of the partial file holding them
	Summary   Summary `json:"summary"`   // of those documents
}

const checkpointVersion = 1

// DefaultCheckpointEvery is how many documents a checkpoint covers when
// the caller does not say.
const DefaultCheckpointEvery = 1000

// ErrCheckpointMismatch is returned by OpenJournal when the checkpoint was
// written by a run with other inputs or settings.
var ErrCheckpointMismatch = errors.New("the checkpoint belongs to a run with other inputs or settings")

// OpenJournal starts the output of a run at path. key identifies the run
// (its inputs and the settings that change its output); every is the
// number of documents between checkpoints. With resume set and a
// checkpoint of the same key beside path, the journal continues it: Resumed
// returns the state to continue from. Without a checkpoint a resumed run
// starts afresh.
func OpenJournal(path, key string, every int, resume bool) (*Journal, error) {
	if every <= 0 {
		every = DefaultCheckpointEvery
	}
	j := &Journal{path: path, key: key, every: every, sum: Summary{Errors: map[string]int{}}, start: time.Now()}
	var cp *Checkpoint
	if resume {
		var err error
		if cp, err = readCheckpoint(j.checkpointPath()); err != nil {
			return nil, err
		}
		if cp != nil && cp.Key != key {
			return nil, fmt.Errorf("%s: %w; remove it or run without --resume", j.checkpointPath(), ErrCheckpointMismatch)
		}
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if cp != nil {
		flags = os.O_WRONLY
	}
	f, err := os.OpenFile(j.partialPath(), flags, 0o644)
	if err != nil {
		if cp != nil && errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("resuming: %s is gone although %s names it", j.partialPath(), j.checkpointPath())
		}
		return nil, err
	}
	if cp != nil {
		info, err := f.Stat()
		if err == nil && info.Size() < cp.Bytes {
			err = fmt.Errorf("resuming: %s holds %d bytes, fewer than the %d its checkpoint names", j.partialPath(), info.Size(), cp.Bytes)
		}
		if err == nil {
			err = f.Truncate(cp.Bytes)
		}
		if err == nil {
			_, err = f.Seek(cp.Bytes, io.SeekStart)
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		j.written, j.docs, j.sum, j.before = cp.Bytes, cp.Documents, cp.Summary, cp.Summary.Elapsed
		if j.sum.Errors == nil {
			j.sum.Errors = map[string]int{}
		}
	} else if err := os.Remove(j.checkpointPath()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		f.Close()
		return nil, err
	}
	j.f = f
	j.frame = newFrameWriter(f, compressionOf(path))
	j.frame.w.n = j.written
	j.buf = bufio.NewWriterSize(j.frame, 256<<10)
	return j, nil
}

// Resumed returns how many documents the file holds and their summary; at
// the start that is what a resumed run skips of its input.
func (j *Journal) Resumed() (int, Summary) { return j.docs, j.sum }

// Elapsed is the run time of the whole output: the runs resumed, up to
// their last checkpoint, and this one.
func (j *Journal) Elapsed() time.Duration { return j.before + time.Since(j.start) }

// Write adds bytes of the current document's line.
func (j *Journal) Write(p []byte) (int, error) { return j.buf.Write(p) }

// Done records that a document's line is complete, with its result for
// the summary, and writes a checkpoint every so many documents.
func (j *Journal) Done(r Result) error {
	j.docs++
	j.pending++
	j.sum.add(r)
	if j.pending < j.every {
		return nil
	}
	return j.checkpoint()
}

// checkpoint ends the frame, syncs the file and records the state.
func (j *Journal) checkpoint() error {
	if err := j.buf.Flush(); err != nil {
		return err
	}
	if err := j.frame.End(); err != nil {
		return err
	}
	if err := j.f.Sync(); err != nil {
		return err
	}
	j.written = j.frame.Offset()
	j.pending = 0
	j.sum.Elapsed = j.before + time.Since(j.start)
	cp := Checkpoint{Version: checkpointVersion, Key: j.key, Documents: j.docs, Bytes: j.written, Summary: j.sum}
	return writeFileAtomic(j.checkpointPath(), cp)
}

// Commit ends the output: the partial file becomes path and the checkpoint
// goes away.
func (j *Journal) Commit() error {
	err := j.buf.Flush()
	if err == nil {
		err = j.frame.End()
	}
	if err == nil {
		err = j.f.Sync()
	}
	if cerr := j.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(j.partialPath(), j.path)
	}
	if err == nil {
		err = os.Remove(j.checkpointPath())
		if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", j.path, err)
	}
	return nil
}

// Close stops writing without committing: the partial file and the last
// checkpoint stay for a later resume. It is a no-op after Commit.
func (j *Journal) Close() { j.f.Close() }

func (j *Journal) partialPath() string    { return j.path + ".partial" }
func (j *Journal) checkpointPath() string { return j.path + ".checkpoint" }

// readCheckpoint reads a checkpoint file; a missing one is nil.
func readCheckpoint(path string) (*Checkpoint, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var cp Checkpoint
	if err := json.Unmarshal(b, &cp); err != nil {
		return nil, fmt.Errorf("%s: not a checkpoint: %w", path, err)
	}
	if cp.Version != checkpointVersion {
		return nil, fmt.Errorf("%s: checkpoint version %d, want %d", path, cp.Version, checkpointVersion)
	}
	return &cp, nil
}

// writeFileAtomic writes v as JSON to path through an AtomicFile, so a
// crash leaves the old file or the new one.
func writeFileAtomic(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	f, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}
