package eval

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Count is one metric's tallies: true positives, predictions and gold items.
// For an event attribute, Pred is the matched events whose gold value is
// known, so P is the share of those the extractor got right.
type Count struct {
	TP, Pred, Gold int
}

// P, R and F1 follow score.py's prf: precision is 1 when nothing was
// predicted and nothing was to be found, recall 1 when nothing was to be
// found.
func (c Count) P() float64 {
	if c.Pred == 0 {
		if c.Gold == 0 {
			return 1
		}
		return 0
	}
	return float64(c.TP) / float64(c.Pred)
}

// R is the recall.
func (c Count) R() float64 {
	if c.Gold == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.Gold)
}

// F1 is the harmonic mean of P and R.
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Report holds the micro-averaged tallies over scored articles, keyed like
// score.py: "entities", "entities:Person", "events", "event:date",
// "relations", "relations:coarse", "relations:modality", "rel:MET_WITH", ...
type Report struct {
	Articles int
	Counts   map[string]Count
}

func (r *Report) add(doc map[string]Count) {
	for k, c := range doc {
		t := r.Counts[k]
		t.TP += c.TP
		t.Pred += c.Pred
		t.Gold += c.Gold
		r.Counts[k] = t
	}
}

// Table writes one line per metric, as score.py prints them.
func (r Report) Table(w io.Writer) error {
	for _, k := range sortedKeys(r.Counts) {
		c := r.Counts[k]
		if _, err := fmt.Fprintf(w, "%-28s P %.3f  R %.3f  F1 %.3f   (tp %d, pred %d, gold %d)\n",
			k, round3(c.P()), round3(c.R()), round3(c.F1()), c.TP, c.Pred, c.Gold); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	return nil
}

// Metric is one line of the report in score.py's --json form.
type Metric struct {
	TP   int     `json:"tp"`
	Pred int     `json:"pred"`
	Gold int     `json:"gold"`
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
}

// Metrics returns the report keyed by metric, rounded to three places.
func (r Report) Metrics() map[string]Metric {
	out := make(map[string]Metric, len(r.Counts))
	for k, c := range r.Counts {
		out[k] = Metric{TP: c.TP, Pred: c.Pred, Gold: c.Gold, P: round3(c.P()), R: round3(c.R()), F1: round3(c.F1())}
	}
	return out
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// Check compares the report with floors and returns every metric below its
// floor, wrapped in graph.ErrInvalid. A floor is keyed by metric name with
// an optional measure: "entities" and "entities.f1" are F1, "event:date.p"
// is precision, "relations.r" recall. A metric the report lacks fails.
func (r Report) Check(floors map[string]float64) error {
	var errs []error
	for _, key := range sortedFloorKeys(floors) {
		min := floors[key]
		name, measure := key, "f1"
		if i := strings.LastIndexByte(key, '.'); i >= 0 {
			switch key[i+1:] {
			case "p", "r", "f1":
				name, measure = key[:i], key[i+1:]
			}
		}
		c, ok := r.Counts[name]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: no such metric", key))
			continue
		}
		got := map[string]float64{"p": c.P(), "r": c.R(), "f1": c.F1()}[measure]
		if got < min {
			errs = append(errs, fmt.Errorf("%s %.3f is below the floor %.3f", key, got, min))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", graph.ErrInvalid, errors.Join(errs...))
	}
	return nil
}

func sortedFloorKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
