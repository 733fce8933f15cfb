package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	iawarc "github.com/internetarchive/gowarc"
	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/warc"
	nlnwa "github.com/nlnwa/gowarc/v3"
)

// readStats is what a reader saw.
type readStats struct {
	records, responses, errors int
	findings                   int // records with validation findings (nlnwa)
	blockBytes                 int64
	page                       *pageExtractor // nil unless -extract
}

func runRead(args []string) error {
	fs := flag.NewFlagSet("read", flag.ContinueOnError)
	reader := fs.String("reader", "lede", "lede, nlnwa or ia")
	extract := fs.Bool("extract", false, "also decode and extract the page of each response record (one goroutine)")
	profile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		usage()
	}
	path := fs.Arg(0)
	if *profile != "" {
		pf, err := os.Create(*profile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	start, cpu0 := time.Now(), cpuTime()
	st := readStats{}
	if *extract {
		st.page = newPageExtractor()
	}
	switch *reader {
	case "lede":
		err = readLede(path, &st)
	case "nlnwa":
		err = readNLNWA(path, &st)
	case "ia":
		err = readIA(path, &st)
	default:
		usage()
	}
	if err != nil {
		return err
	}
	wall, cpu := time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds()
	if st.page != nil {
		fmt.Printf("%-6s extracted %d pages, %.1f MB of HTML: %.1f MB/s of HTML per CPU second\n", *reader, st.page.pages, float64(st.page.html)/1e6, float64(st.page.html)/1e6/cpu)
	}
	fmt.Printf("%-6s %d records, %d responses, %d errors, %d with findings, %.1f MB of blocks, %.1f MB file in %.2fs wall, %.2fs CPU: %.1f MB/s of blocks per CPU second\n",
		*reader, st.records, st.responses, st.errors, st.findings, float64(st.blockBytes)/1e6, float64(fi.Size())/1e6, wall, cpu, float64(st.blockBytes)/1e6/cpu)
	return nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// readLede reads as lede batch does: response blocks into one reused
// buffer, other blocks skipped.
func readLede(path string, st *readStats) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := warc.NewReader(f)
	var buf []byte
	for r.Next() {
		st.records++
		rec := r.Record()
		if rec.Err != nil {
			st.errors++
			continue
		}
		if rec.Type != "response" {
			continue
		}
		st.responses++
		buf, err = r.ReadBlock(buf[:0], 64<<20)
		if err != nil {
			st.errors++
			continue
		}
		st.blockBytes += int64(len(buf))
		st.page.extract(buf)
	}
	return r.Err()
}

// readNLNWA reads with github.com/nlnwa/gowarc/v3 and its default options
// (findings are collected, not fatal), the response blocks through a reused
// buffer.
func readNLNWA(path string, st *readStats) error {
	r, err := nlnwa.NewWarcFileReader(path, 0)
	if err != nil {
		return err
	}
	defer r.Close()
	buf := make([]byte, 64<<10)
	var block bytes.Buffer
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return nil
		}
		st.records++
		if err != nil {
			st.errors++
			if st.errors > 100 {
				return fmt.Errorf("nlnwa: gave up after 100 errors: %w", err)
			}
		}
		if len(rec.Validation) > 0 {
			st.findings++
		}
		if rec.WarcRecord == nil {
			continue
		}
		if rec.WarcRecord.Type() == nlnwa.Response {
			st.responses++
			if rb, err := rec.WarcRecord.Block().RawBytes(); err == nil {
				block.Reset()
				n, err := io.CopyBuffer(&block, onlyReader{rb}, buf)
				st.blockBytes += n
				if err != nil {
					st.errors++
				}
				st.page.extract(block.Bytes())
			}
		}
		rec.Close()
	}
}

// readIA reads with github.com/internetarchive/gowarc (which copies every
// block into a spooled temporary file, in memory up to 1 MB).
func readIA(path string, st *readStats) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := iawarc.NewReader(f)
	if err != nil {
		return err
	}
	defer r.Close()
	var block bytes.Buffer
	for {
		rec, err := r.ReadRecord()
		if errors.Is(err, io.EOF) {
			return nil
		}
		st.records++
		if err != nil {
			st.errors++
			if strings.Contains(err.Error(), "EOF") {
				return nil
			}
			return nil // the reader cannot go on after an error
		}
		if rec.Header.Get("WARC-Type") == "response" {
			st.responses++
			block.Reset()
			n, _ := io.Copy(&block, rec.Content)
			st.blockBytes += n
			st.page.extract(block.Bytes())
		}
		rec.Content.Close()
	}
}

// onlyReader hides WriterTo, so that every reader copies through the same
// buffer.
type onlyReader struct{ io.Reader }

// pageExtractor decodes the HTTP response of a block and extracts its page,
// as lede batch does, to weigh the reader against the whole work.
type pageExtractor struct {
	dec   warc.BodyDecoder
	pages int
	html  int64
}

func newPageExtractor() *pageExtractor {
	return &pageExtractor{dec: warc.BodyDecoder{MaxBytes: lede.DefaultMaxBytes}}
}

func (p *pageExtractor) extract(block []byte) {
	if p == nil {
		return
	}
	resp, err := warc.ParseResponse(block)
	if err != nil || resp.Status != 200 || warc.ClassifyContentType(resp.ContentType) != warc.HTMLYes {
		return
	}
	page, err := p.dec.Decode(resp)
	if err != nil {
		return
	}
	p.pages++
	p.html += int64(len(page))
	_, _ = lede.ExtractBytes(context.Background(), page, lede.Options{ContentType: resp.ContentType})
}
