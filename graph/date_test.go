package graph_test

import (
	"errors"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

func TestDateValidate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		d     graph.Date
		valid bool
	}{
		{"unknown", graph.Date{}, true},
		{"unknown_with_phrase", graph.Date{Phrase: "some day"}, true},
		{"day", graph.Date{Start: "2025-04-13", End: "2025-04-13", Precision: graph.Day}, true},
		{"week", graph.Date{Start: "2025-04-07", End: "2025-04-13", Precision: graph.Week}, true},
		{"month", graph.Date{Start: "2025-04-01", End: "2025-04-30", Precision: graph.Month}, true},
		{"year", graph.Date{Start: "2025-01-01", End: "2025-12-31", Precision: graph.Year}, true},
		{"end_without_start", graph.Date{End: "2025-04-13"}, false},
		{"bad_start", graph.Date{Start: "13/04/2025", End: "2025-04-13", Precision: graph.Day}, false},
		{"bad_end", graph.Date{Start: "2025-04-13", End: "2025-04-31", Precision: graph.Day}, false},
		{"missing_end", graph.Date{Start: "2025-04-13", Precision: graph.Day}, false},
		{"ends_before_start", graph.Date{Start: "2025-04-13", End: "2025-04-12", Precision: graph.Week}, false},
		{"unknown_precision", graph.Date{Start: "2025-04-13", End: "2025-04-13", Precision: "hour"}, false},
		{"no_precision", graph.Date{Start: "2025-04-13", End: "2025-04-13"}, false},
	} {
		err := tc.d.Validate()
		if tc.valid && err != nil {
			t.Errorf("%s: got %v, want valid", tc.name, err)
		}
		if !tc.valid && !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: got %v, want %v", tc.name, err, graph.ErrInvalid)
		}
	}
}

func TestDateDay(t *testing.T) {
	d := graph.DayDate(time.Date(2025, 4, 13, 23, 59, 0, 0, time.UTC), "on Sunday")
	if d.Start != "2025-04-13" || d.End != d.Start || d.Precision != graph.Day || d.Phrase != "on Sunday" || d.Validate() != nil {
		t.Errorf("DayDate: got %+v, want 2025-04-13 to the day", d)
	}
	if got := d.Day(); got != "2025-04-13" {
		t.Errorf("Day: got %q, want 2025-04-13", got)
	}
	month := graph.Date{Start: "2025-04-01", End: "2025-04-30", Precision: graph.Month}
	if got := month.Day(); got != "" {
		t.Errorf("Day of a month: got %q, want none", got)
	}
	if month.IsZero() || !(graph.Date{}).IsZero() {
		t.Error("IsZero: a month is known, an empty date is not")
	}
}

func TestCountNumber(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    *graph.Count
		n    int
		ok   bool
	}{
		{"nil", nil, 0, false},
		{"vague", &graph.Count{Vague: true, Min: 24, Text: "dozens"}, 0, false},
		{"qualified", &graph.Count{Value: 34, Qualifier: "at least", Min: 34}, 34, true},
		{"zero", &graph.Count{Value: 0, Text: "no one"}, 0, true},
	} {
		if n, ok := tc.c.Number(); n != tc.n || ok != tc.ok {
			t.Errorf("%s: got %d, %v; want %d, %v", tc.name, n, ok, tc.n, tc.ok)
		}
	}
}
