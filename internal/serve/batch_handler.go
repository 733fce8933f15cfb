package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/lede-news/lede/internal/render"
)

// batchLine is one output line of /v1/batch: the input line's number
// (from 1, blank lines counted) and its article or its error.
type batchLine struct {
	Line    int             `json:"line"`
	Article json.RawMessage `json:"article,omitempty"`
	Error   *apiError       `json:"error,omitempty"`
}

// handleBatch serves POST /v1/batch: NDJSON in, one {"html", "url"}
// object a line; NDJSON out, one line per non-blank input line, in input
// order, written as soon as it is ready. The whole batch holds one
// extraction slot and runs its lines one at a time, each within the
// timeout; memory holds one input line (at most MaxBody bytes) and its
// article. A line over MaxBody or not a valid request gets an error line
// and the stream goes on.
func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodPost) {
		return
	}
	switch mediaType(r.Header.Get("Content-Type")) {
	case "application/x-ndjson", "application/jsonl", "application/json", "application/x-jsonlines":
	default:
		writeError(w, errorf(codeUnsupportedMedia, "send application/x-ndjson: one JSON object {\"html\": …, \"url\": …} a line"))
		return
	}
	if f, aerr := parseFormat(r.URL.Query()); aerr != nil || f != render.JSON {
		writeError(w, errorf(codeBadRequest, "format: a batch is written as JSON lines only"))
		return
	}
	if !s.slots.acquire(r.Context()) {
		s.shedError(w)
		return
	}
	defer s.slots.release()

	rc := http.NewResponseController(w)
	_ = rc.EnableFullDuplex() // read lines while answers are written (HTTP/1.1)
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)

	br := bufio.NewReaderSize(r.Body, 64<<10)
	var buf []byte
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for n := 1; ; n++ {
		// Each line gets its own read and write deadlines, so a long
		// batch outlives the server's per-request timeouts but a stalled
		// client does not.
		_ = rc.SetReadDeadline(time.Now().Add(s.cfg.Timeout + 10*time.Second))
		var tooLong bool
		var err error
		buf, tooLong, err = readLine(br, buf[:0], s.cfg.MaxBody)
		if err != nil && !errors.Is(err, io.EOF) {
			_ = enc.Encode(batchLine{Line: n, Error: readError(err)})
			return
		}
		if tooLong || len(bytes.TrimSpace(buf)) > 0 {
			_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.Timeout + 10*time.Second))
			if enc.Encode(s.batchLine(r.Context(), n, buf, tooLong)) != nil {
				return // the client is gone
			}
			_ = rc.Flush()
		}
		if errors.Is(err, io.EOF) {
			return
		}
	}
}

// batchLine extracts the article of one input line.
func (s *Server) batchLine(parent context.Context, n int, data []byte, tooLong bool) batchLine {
	if tooLong {
		return batchLine{Line: n, Error: errorf(codeTooLarge, fmt.Sprintf("line over %d bytes", s.cfg.MaxBody))}
	}
	req, aerr := decodeJSON(data)
	if aerr == nil {
		aerr = checkURL(req.URL)
	}
	if aerr != nil {
		return batchLine{Line: n, Error: aerr}
	}
	ctx, cancel := context.WithTimeout(parent, s.cfg.Timeout)
	defer cancel()
	page, opts, aerr := s.prepare(ctx, req)
	if aerr != nil {
		return batchLine{Line: n, Error: aerr}
	}
	done := s.start(ctx, page, opts, nil)
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		// Wait for the extraction to end all the same: the batch holds
		// one slot, and must not run two extractions in it.
		<-done
		res = result{err: ctx.Err()}
	}
	if res.err != nil {
		return batchLine{Line: n, Error: s.extractError(ctx, res.art, res.err)}
	}
	var out bytes.Buffer
	if err := render.Write(&out, res.art, render.JSON); err != nil {
		return batchLine{Line: n, Error: errorf(codeInternal, err.Error())}
	}
	return batchLine{Line: n, Article: out.Bytes()}
}

// readLine appends the next line of br (without its newline) to buf. A
// line over max bytes is read to its end but not kept: tooLong is true
// and buf holds what fitted. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline
				tooLong = true
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, err
	}
}
