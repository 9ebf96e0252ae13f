package main

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/geokg/geokg/graph/graphio"
	"github.com/geokg/geokg/loader"
)

// progress shows how a load, copy or import is going: one redrawn line on a
// terminal, a log line every logEvery otherwise (a log file full of
// carriage returns helps no one).
type progress struct {
	w        io.Writer
	terminal bool
	log      *slog.Logger
	verb     string // what the log lines say is going on
	now      func() time.Time

	mu    sync.Mutex // the line and log lines written through Write share w
	total int
	known bool
	last  time.Time
	line  string // what is on screen; "" when nothing
}

const (
	drawEvery = 100 * time.Millisecond
	logEvery  = 10 * time.Second
	barWidth  = 24
)

func newProgress(w io.Writer, terminal bool, log *slog.Logger, total int, known bool) *progress {
	return &progress{w: w, terminal: terminal, log: log, verb: "loading", total: total, known: known, now: time.Now}
}

// written is the progress callback of graphio's copies and imports, which
// report articles written, and the total when they know it; offset counts
// those written before, by earlier files of one import.
func (p *progress) written(start time.Time, offset int) func(graphio.Progress) {
	return func(g graphio.Progress) {
		p.mu.Lock()
		if g.Known {
			p.total, p.known = offset+g.Total, true
		}
		p.mu.Unlock()
		done := offset + g.Written
		p.update(loader.Progress{Done: done, Written: done, Elapsed: p.now().Sub(start)})
	}
}

// update is the loader's Progress callback; it runs on the loading
// goroutine, so it only draws when enough time has passed.
func (p *progress) update(pr loader.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	every := logEvery
	if p.terminal {
		every = drawEvery
	}
	if now.Sub(p.last) < every {
		return
	}
	p.last = now
	if p.terminal {
		p.line = p.render(pr)
		io.WriteString(p.w, clearLine+p.line)
		return
	}
	if pr.Elapsed < logEvery {
		return // a short load needs no progress lines, only its summary
	}
	attrs := []any{"done", pr.Done, "skipped", pr.Skipped, "rate", fmt.Sprintf("%.1f/s", rate(pr))}
	if p.known {
		attrs = append(attrs, "total", p.total, "eta", eta(pr, p.total).String())
	}
	p.log.Info(p.verb, attrs...)
}

// clearLine returns the cursor to the start of the line and erases it.
const clearLine = "\r\x1b[K"

// finish clears the progress line so the summary starts on a clean line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.line != "" {
		io.WriteString(p.w, clearLine)
		p.line = ""
	}
}

// Write lets log lines pass above the progress line: the line is cleared,
// the log line written, and the progress line drawn again below it. On a
// terminal the load's logger writes here.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.line == "" {
		return p.w.Write(b)
	}
	io.WriteString(p.w, clearLine)
	n, err := p.w.Write(b)
	io.WriteString(p.w, p.line)
	return n, err
}

// render renders one progress line, e.g.
// "[=========>              ] 412/1000  41%  205.3 articles/s  ETA 3s  2 skipped".
func (p *progress) render(pr loader.Progress) string {
	var b strings.Builder
	if p.known && p.total > 0 {
		done := min(pr.Done, p.total)
		fill := done * barWidth / p.total
		b.WriteString("[" + strings.Repeat("=", fill))
		if fill < barWidth {
			b.WriteString(">" + strings.Repeat(" ", barWidth-fill-1))
		}
		fmt.Fprintf(&b, "] %d/%d %3d%%  %.1f articles/s  ETA %s", pr.Done, p.total, done*100/p.total, rate(pr), eta(pr, p.total))
	} else {
		fmt.Fprintf(&b, "%d articles  %.1f articles/s", pr.Done, rate(pr))
	}
	if pr.Skipped > 0 {
		fmt.Fprintf(&b, "  %d skipped", pr.Skipped)
	}
	return b.String()
}

func rate(pr loader.Progress) float64 {
	if pr.Elapsed <= 0 {
		return 0
	}
	return float64(pr.Done) / pr.Elapsed.Seconds()
}

// eta estimates the time left from the average rate so far, which a
// sample of the last few seconds would make jumpier without making better.
func eta(pr loader.Progress, total int) time.Duration {
	r := rate(pr)
	left := total - pr.Done
	if r <= 0 || left <= 0 {
		return 0
	}
	return time.Duration(float64(left) / r * float64(time.Second)).Round(time.Second)
}
