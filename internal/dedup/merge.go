package dedup

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Merger deduplicates JSON Lines written by 'lede batch' (one shard each)
// into one output, as if the shards had been one run: the lines in the
// order the shards are added, fingerprints recomputed from each line's
// "text", each judged against the kept ones before it, "duplicate" and
// "duplicate_of" rewritten (a shard's own marks are replaced). It reads a line at a time.
//
// A line takes part when it has a "text" and no "error" or "filtered": the
// lines of the articles lede batch keeps. Lines are written as they were read, except
// that the duplicate fields are removed and, for a duplicate, added at the
// end, where lede batch writes them; so merging the outputs of shards run
// with --dedup mark gives the bytes one run over all their inputs gives.
// Shards run with --dedup drop have lost the dropped texts, which the
// merge can then not compare with later shards' texts.
type Merger struct {
	w     *bufio.Writer
	mode  Mode
	index *Index
	sum   MergeSummary
}

// MergeSummary counts the lines of a merge.
type MergeSummary struct {
	Lines    int  // lines read
	Articles int  // lines with an article (text and no error)
	Exact    int  // exact duplicates found
	Near     int  // near duplicates found
	Dropped  bool // duplicates were left out
}

// String gives the summary as one line: "12 lines, 10 articles, 3
// duplicates (2 exact, 1 near)", with " dropped" when they were.
func (s MergeSummary) String() string {
	str := fmt.Sprintf("%d lines, %d articles, %d duplicates (%d exact, %d near)", s.Lines, s.Articles, s.Exact+s.Near, s.Exact, s.Near)
	if s.Dropped {
		str += " dropped"
	}
	return str
}

// ErrBadLine is wrapped by Add for a line that is not a JSON object.
var ErrBadLine = errors.New("not a JSON object")

// NewMerger returns a Merger writing to w; mode is Mark or Drop (Off is
// taken as Mark).
func NewMerger(w io.Writer, mode Mode) *Merger {
	if mode != Drop {
		mode = Mark
	}
	return &Merger{w: bufio.NewWriterSize(w, 256<<10), mode: mode, index: New(0), sum: MergeSummary{Dropped: mode == Drop}}
}

// MaxLineBytes is the longest line Add reads: far more than lede batch
// writes for a page of the largest size it reads (16 MiB).
const MaxLineBytes = 1 << 28

// ErrLineTooLong is wrapped by Add for a line longer than MaxLineBytes.
var ErrLineTooLong = errors.New("line longer than 256 MiB")

// Add reads the lines of one shard, named name in errors, and writes them.
func (m *Merger) Add(name string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 256<<10)
	var line []byte
	for n := 1; ; n++ {
		var err error
		if line, err = readLine(br, line[:0]); errors.Is(err, ErrLineTooLong) {
			return fmt.Errorf("dedup: %s line %d: %w", name, n, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if lerr := m.line(bytes.TrimRight(line, "\r\n")); lerr != nil {
				return fmt.Errorf("dedup: %s line %d: %w", name, n, lerr)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("dedup: reading %s: %w", name, err)
		}
	}
}

// readLine appends the next line of br, with its newline, to buf.
func readLine(br *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		frag, err := br.ReadSlice('\n')
		if len(buf)+len(frag) > MaxLineBytes {
			return buf, ErrLineTooLong
		}
		buf = append(buf, frag...)
		if err != bufio.ErrBufferFull {
			return buf, err
		}
	}
}

// Index returns the index of the articles kept so far: a batch run that
// resumes after the lines it wrote continues with it.
func (m *Merger) Index() *Index { return m.index }

// Flush writes what is buffered and returns the summary so far.
func (m *Merger) Flush() (MergeSummary, error) {
	if err := m.w.Flush(); err != nil {
		return m.sum, fmt.Errorf("dedup: writing output: %w", err)
	}
	return m.sum, nil
}

// member is one name and value of a line's object, the value as written.
type member struct {
	name  string
	value json.RawMessage
}

// line judges and writes one line.
func (m *Merger) line(line []byte) error {
	m.sum.Lines++
	members, err := parseObject(line)
	if err != nil {
		return err
	}
	var source, text string
	hasText, hasError, filtered, marked := false, false, false, false
	for _, mb := range members {
		var err error
		switch mb.name {
		case "source":
			err = json.Unmarshal(mb.value, &source)
		case "text":
			hasText = true
			err = json.Unmarshal(mb.value, &text)
		case "error":
			var e string
			err = json.Unmarshal(mb.value, &e)
			hasError = e != ""
		case "filtered":
			var f string
			err = json.Unmarshal(mb.value, &f)
			filtered = f != ""
		case "duplicate", "duplicate_of":
			marked = true
		}
		if err != nil {
			return fmt.Errorf("%q: %w", mb.name, err)
		}
	}
	var v Verdict
	if hasText && !hasError && !filtered {
		m.sum.Articles++
		if v, err = m.index.Add(source, Of(text)); err != nil {
			return err
		}
		switch v.Kind {
		case Exact:
			m.sum.Exact++
		case Near:
			m.sum.Near++
		}
	}
	switch {
	case v.Kind != Unique && m.mode == Drop:
		return nil
	case v.Kind == Unique && !marked:
		m.w.Write(line)
		return m.w.WriteByte('\n')
	}
	return m.rewrite(members, v)
}

// rewrite writes the members but the duplicate fields, then those of v.
func (m *Merger) rewrite(members []member, v Verdict) error {
	m.w.WriteByte('{')
	first := true
	field := func(name string, value []byte) {
		if !first {
			m.w.WriteByte(',')
		}
		first = false
		m.w.Write(jsonString(name))
		m.w.WriteByte(':')
		m.w.Write(value)
	}
	for _, mb := range members {
		if mb.name != "duplicate" && mb.name != "duplicate_of" {
			field(mb.name, mb.value)
		}
	}
	if v.Kind != Unique {
		field("duplicate", jsonString(v.Kind.String()))
		field("duplicate_of", jsonString(v.Of))
	}
	m.w.WriteByte('}')
	return m.w.WriteByte('\n')
}

// parseObject splits a JSON object into its members, values as written.
func parseObject(line []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, ErrBadLine
	}
	var members []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadLine, err)
		}
		var mb member
		mb.name, _ = tok.(string)
		if err := dec.Decode(&mb.value); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadLine, err)
		}
		members = append(members, mb)
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return nil, ErrBadLine
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the object", ErrBadLine)
	}
	return members, nil
}

// jsonString encodes s as lede batch does (no HTML escaping).
func jsonString(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
