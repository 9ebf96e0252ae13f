package graph

import (
	"fmt"
	"time"
)

// Precision is how exactly a date is known.
type Precision string

// Precisions, finest first.
const (
	Day   Precision = "day"
	Week  Precision = "week"
	Month Precision = "month"
	Year  Precision = "year"
)

// DateLayout is the one date format geokg reads and writes.
const DateLayout = "2006-01-02"

// Date is when something happened, as exactly as the text allows: "on Sunday"
// resolves to a day, "earlier this month" only to a month. Start and End are
// the first and last day the phrase can mean, so range filters work at every
// precision.
type Date struct {
	Start     string // YYYY-MM-DD
	End       string // YYYY-MM-DD, equal to Start at day precision
	Precision Precision
	Phrase    string // the words the date was resolved from
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Start == "" }

// Day returns the calendar day when the date is known to the day, else "".
func (d Date) Day() string {
	if d.Precision == Day {
		return d.Start
	}
	return ""
}

// Validate checks that a known date has well-formed bounds in order.
func (d Date) Validate() error {
	if d.IsZero() {
		if d.End != "" {
			return fmt.Errorf("date has an end %q but no start: %w", d.End, ErrInvalid)
		}
		return nil
	}
	start, err := time.Parse(DateLayout, d.Start)
	if err != nil {
		return fmt.Errorf("date start %q: %w", d.Start, ErrInvalid)
	}
	end, err := time.Parse(DateLayout, d.End)
	if err != nil {
		return fmt.Errorf("date end %q: %w", d.End, ErrInvalid)
	}
	if end.Before(start) {
		return fmt.Errorf("date ends %s before it starts %s: %w", d.End, d.Start, ErrInvalid)
	}
	switch d.Precision {
	case Day, Week, Month, Year:
	default:
		return fmt.Errorf("date precision %q: %w", d.Precision, ErrInvalid)
	}
	return nil
}

// DayDate returns a date known to the day.
func DayDate(t time.Time, phrase string) Date {
	s := t.Format(DateLayout)
	return Date{Start: s, End: s, Precision: Day, Phrase: phrase}
}
