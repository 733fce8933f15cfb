package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/lede-news/lede/internal/batch"
)

// progress reports a batch run on stderr as it goes: a live bar when
// stderr is a terminal, else a plain line every interval. It measures the
// run in input bytes — file sizes, and a WARC's records by their offsets —
// so the share done and the time left hold for pages and archives alike.
type progress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar // nil when stderr is no terminal
	total    int64                    // bytes of all inputs, 0 when unknown
	interval time.Duration
	start    time.Time
	last     time.Time

	docs, errs int
	done       int64  // bytes of the inputs finished
	file       string // the archive being read, when results come from one
	fileAt     int64  // offset of the last result read from it
	fileSize   int64
}

// newProgress starts a report over inputs. A resumed run counts only the
// documents it reads itself.
func newProgress(w io.Writer, inputs []string) *progress {
	p := &progress{w: w, total: inputsSize(inputs), interval: 10 * time.Second, start: time.Now()}
	p.last = p.start
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		max := p.total
		if max <= 0 {
			max = -1 // a spinner
		}
		p.bar = progressbar.NewOptions64(max,
			progressbar.OptionSetWriter(w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSetWidth(24),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// add counts one delivered result; a skipped WARC record only moves the
// position in its file.
func (p *progress) add(r batch.Result) {
	if r.Skipped == "" {
		p.docs++
	}
	if r.Err != nil {
		p.errs++
	}
	path, offset, inArchive := splitSource(r.Source)
	if p.file != "" && path != p.file {
		p.done += p.fileSize // the archive before is finished
		p.file, p.fileAt = "", 0
	}
	if inArchive {
		if p.file == "" {
			p.file, p.fileSize = path, fileSize(path)
		}
		p.fileAt = offset
	} else {
		p.done += r.Stored
	}
	p.show(false)
}

// show draws the bar, or writes a line when the interval has passed (or
// final is set).
func (p *progress) show(final bool) {
	at := p.done + p.fileAt
	desc := fmt.Sprintf("%d documents, %d errors", p.docs, p.errs)
	if p.bar != nil {
		p.bar.Describe(desc)
		p.bar.Set64(at)
		return
	}
	now := time.Now()
	if !final && now.Sub(p.last) < p.interval {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start)
	line := fmt.Sprintf("progress: %s, %.1f MB read, %.0f documents/s", desc, float64(at)/1e6, float64(p.docs)/elapsed.Seconds())
	if p.total > 0 && at > 0 && at < p.total {
		left := time.Duration(float64(elapsed) * float64(p.total-at) / float64(at))
		line += fmt.Sprintf(", %.0f%% of %.1f MB, about %s left", 100*float64(at)/float64(p.total), float64(p.total)/1e6, left.Round(time.Second))
	}
	fmt.Fprintln(p.w, line)
}

// finish removes the bar; the run's summary line follows it.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}

// splitSource cuts a result's source "PATH#OFFSET" (a record of an
// archive) into its parts.
func splitSource(source string) (path string, offset int64, ok bool) {
	i := strings.LastIndexByte(source, '#')
	if i < 0 {
		return source, 0, false
	}
	n, err := strconv.ParseInt(source[i+1:], 10, 64)
	if err != nil || n < 0 {
		return source, 0, false
	}
	return source[:i], n, true
}

// inputsSize is the size of the files the inputs name, the pages under a
// directory included; 0 when an input is a list on standard input.
func inputsSize(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		if in == "-" {
			return 0
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || p != in && !batch.IsPage(d.Name()) {
				return nil
			}
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
			return nil
		})
	}
	return total
}

func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}
