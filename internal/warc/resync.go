package warc

import (
	"bytes"
	"errors"
)

// resynchronise moves the stream to the next record after a damaged one.
// In a gzipped file that is the next gzip member (records are written one
// per member); in a plain file, the next line that starts "WARC/1.". It
// returns io.EOF when there is none.
func (r *Reader) resynchronise() error {
	r.resync = false
	if r.gz == nil {
		if next, _ := r.br.Peek(len(recordStart)); bytes.Equal(next, recordStart) && r.position() > r.start {
			return nil
		}
		if err := skipTo(r.br, lineThenStart); err != nil {
			return err
		}
		_, err := r.br.Discard(1)
		return err
	}
	if r.gz.err == nil {
		// A damaged record in a sound member: go to the first member that
		// starts after it, if it has been decompressed already, else to
		// the end of the current member.
		from := max(r.position(), r.start+1)
		for _, s := range r.gz.starts {
			if s.pos >= from {
				_, err := r.br.Discard(int(s.pos - r.position()))
				return err
			}
		}
		_, _ = r.br.Discard(r.br.Buffered())
		if err := r.gz.finishMember(); err == nil {
			r.br.Reset(r.gz)
			return nil
		}
	}
	var ge *gzipError
	if err := r.gz.err; !errors.As(err, &ge) {
		return err // a read error of the file
	}
	r.br.Reset(r.gz)
	return r.gz.resync()
}
