package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// rec formats one WARC record.
func rec(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:x>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, contentType, len(block), block)
}

func httpResponse(body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
}

// member gzips s as one gzip member.
func member(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

type got struct {
	offset int64
	typ    string
	block  string
	err    error
}

// readAll reads every record, reading the blocks of the response records.
func readAll(t *testing.T, data []byte) ([]got, error) {
	t.Helper()
	r := NewReader(bytes.NewReader(data))
	var out []got
	for r.Next() {
		rec := r.Record()
		g := got{offset: rec.Offset, typ: rec.Type, err: rec.Err}
		if rec.Err == nil && rec.Type == "response" {
			block, err := r.ReadBlock(nil, 1<<20)
			g.block, g.err = string(block), err
		}
		out = append(out, g)
		if len(out) > 100 {
			t.Fatal("no progress")
		}
	}
	return out, r.Err()
}

func TestReaderPlainAndGzip(t *testing.T) {
	records := []string{
		rec("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		rec("request", "https://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n"),
		rec("response", "https://a.example/1", "application/http; msgtype=response", httpResponse("<p>one</p>")),
		rec("metadata", "https://a.example/1", "application/warc-fields", "fetchTimeMs: 12\r\n"),
		rec("response", "<https://a.example/2>", "application/http; msgtype=response", httpResponse("<p>two</p>")),
	}
	var plain, gz bytes.Buffer
	var plainOffsets, gzOffsets []int64
	for _, r := range records {
		plainOffsets = append(plainOffsets, int64(plain.Len()))
		gzOffsets = append(gzOffsets, int64(gz.Len()))
		plain.WriteString(r)
		gz.Write(member(r))
	}
	for name, tc := range map[string]struct {
		data    []byte
		offsets []int64
	}{"plain": {plain.Bytes(), plainOffsets}, "gzip": {gz.Bytes(), gzOffsets}} {
		t.Run(name, func(t *testing.T) {
			out, err := readAll(t, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != len(records) {
				t.Fatalf("got %d records, want %d: %+v", len(out), len(records), out)
			}
			for i, g := range out {
				if g.err != nil || g.offset != tc.offsets[i] {
					t.Errorf("record %d: offset %d err %v, want offset %d", i, g.offset, g.err, tc.offsets[i])
				}
			}
			if out[2].block != httpResponse("<p>one</p>") || out[4].block != httpResponse("<p>two</p>") {
				t.Errorf("blocks: %q, %q", out[2].block, out[4].block)
			}
			// Random access: a reader started at a record's offset reads it.
			r := NewReader(bytes.NewReader(tc.data[tc.offsets[4]:]))
			if !r.Next() || r.Record().TargetURI != "https://a.example/2" {
				t.Errorf("reading from offset %d: %+v", tc.offsets[4], r.Record())
			}
		})
	}
}

func TestReaderDamage(t *testing.T) {
	ok1 := rec("response", "https://a.example/1", "application/http", httpResponse("<p>one</p>"))
	ok2 := rec("response", "https://a.example/2", "application/http", httpResponse("<p>two</p>"))
	badHeader := "WARC/1.1\r\nWARC-Type response\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n"
	noLength := "WARC/1.1\r\nWARC-Type: response\r\n\r\nabcd\r\n\r\n"
	wrongLength := strings.Replace(rec("response", "https://a.example/x", "application/http", httpResponse("<p>x</p>")),
		"Content-Length: ", "Content-Length: 1", 1) // ten times and more too long: eats the next record
	shortBlock := httpResponse("<p>yyyyyyyyyyyyyyyyyy</p>")
	shortLength := strings.Replace(rec("response", "https://a.example/y", "application/http", shortBlock),
		fmt.Sprintf("Content-Length: %d", len(shortBlock)), fmt.Sprintf("Content-Length: %d", len(shortBlock)-8), 1)
	garbage := "this is not a WARC record\r\n"

	for _, tc := range []struct {
		name  string
		parts []string
		want  []string // "ok" or the sentinel's text, per record yielded
	}{
		{"malformed header", []string{ok1, badHeader, ok2}, []string{"ok", "malformed", "ok"}},
		{"no content length", []string{ok1, noLength, ok2}, []string{"ok", "malformed", "ok"}},
		{"garbage between records", []string{ok1, garbage, ok2}, []string{"ok", "malformed", "ok"}},
		{"short content length", []string{ok1, shortLength, ok2}, []string{"ok", "malformed", "ok"}},
		{"truncated at the end", []string{ok1, ok2[:len(ok2)/2]}, []string{"ok", "truncated"}},
		{"truncated header", []string{ok1, ok2[:20]}, []string{"ok", "truncated"}},
		{"content length past the end", []string{ok1, wrongLength}, []string{"ok", "truncated"}},
	} {
		for _, gz := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s gzip=%v", tc.name, gz), func(t *testing.T) {
				var data []byte
				for _, p := range tc.parts {
					if gz {
						data = append(data, member(p)...)
					} else {
						data = append(data, p...)
					}
				}
				out, err := readAll(t, data)
				if err != nil {
					t.Fatal(err)
				}
				var codes []string
				for _, g := range out {
					codes = append(codes, outcome(g.err))
				}
				if fmt.Sprint(codes) != fmt.Sprint(tc.want) {
					t.Errorf("got %v, want %v (%+v)", codes, tc.want, out)
				}
			})
		}
	}
}

func outcome(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrMalformed):
		return "malformed"
	case errors.Is(err, ErrTruncated):
		return "truncated"
	case errors.Is(err, ErrGzip):
		return "gzip"
	case errors.Is(err, ErrTooLarge):
		return "too large"
	}
	return err.Error()
}

func TestReaderCorruptGzipMember(t *testing.T) {
	ok1 := member(rec("response", "https://a.example/1", "application/http", httpResponse("<p>one</p>")))
	bad := member(rec("response", "https://a.example/bad", "application/http", httpResponse(strings.Repeat("<p>bad</p>", 50))))
	bad[len(bad)/2] ^= 0xff // in the deflate data
	badCRC := member(rec("response", "https://a.example/crc", "application/http", httpResponse("<p>crc</p>")))
	badCRC[len(badCRC)-6] ^= 0xff
	ok2 := member(rec("response", "https://a.example/2", "application/http", httpResponse("<p>two</p>")))
	var data []byte
	for _, p := range [][]byte{ok1, bad, badCRC, ok2, []byte("trailing junk")} {
		data = append(data, p...)
	}
	for name, wrap := range map[string]func([]byte) io.Reader{
		"seekable": func(b []byte) io.Reader { return bytes.NewReader(b) },
		"stream":   func(b []byte) io.Reader { return io.MultiReader(bytes.NewReader(b)) },
	} {
		t.Run(name, func(t *testing.T) {
			r := NewReader(wrap(data))
			var codes []string
			var offsets []int64
			for r.Next() {
				rec := r.Record()
				err := rec.Err
				if err == nil {
					_, err = r.ReadBlock(nil, 1<<20)
				}
				codes = append(codes, outcome(err))
				offsets = append(offsets, rec.Offset)
			}
			if r.Err() != nil {
				t.Fatal(r.Err())
			}
			want := []string{"ok", "gzip", "gzip", "ok", "gzip"}
			if fmt.Sprint(codes) != fmt.Sprint(want) {
				t.Errorf("got %v, want %v", codes, want)
			}
			wantOff := []int64{0, int64(len(ok1)), int64(len(ok1) + len(bad)), int64(len(ok1) + len(bad) + len(badCRC)), int64(len(ok1) + len(bad) + len(badCRC) + len(ok2))}
			if fmt.Sprint(offsets) != fmt.Sprint(wantOff) {
				t.Errorf("offsets %v, want %v", offsets, wantOff)
			}
		})
	}
}

func TestReadBlockTooLarge(t *testing.T) {
	big := rec("response", "https://a.example/big", "application/http", httpResponse(strings.Repeat("x", 5000)))
	ok := rec("response", "https://a.example/2", "application/http", httpResponse("<p>two</p>"))
	r := NewReader(strings.NewReader(big + ok))
	var codes []string
	for r.Next() {
		_, err := r.ReadBlock(nil, 1000)
		codes = append(codes, outcome(err))
	}
	if fmt.Sprint(codes) != "[too large ok]" {
		t.Errorf("got %v", codes)
	}
}

func TestReaderEmpty(t *testing.T) {
	for _, data := range []string{"", "\r\n\r\n"} {
		r := NewReader(strings.NewReader(data))
		if r.Next() || r.Err() != nil {
			t.Errorf("%q: a record or an error: %+v %v", data, r.Record(), r.Err())
		}
	}
}

type failingReader struct{ data []byte }

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReaderReadError(t *testing.T) {
	ok := rec("response", "https://a.example/1", "application/http", httpResponse("<p>one</p>"))
	r := NewReader(&failingReader{data: []byte(ok + ok[:30])})
	n := 0
	for r.Next() {
		if r.Record().Err != nil {
			t.Errorf("record error %v, want the stream to stop", r.Record().Err)
		}
		n++
	}
	if n != 1 || r.Err() == nil || !strings.Contains(r.Err().Error(), "disk on fire") {
		t.Errorf("%d records, err %v", n, r.Err())
	}
}
