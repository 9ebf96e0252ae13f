package loader

import (
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// publishedLayouts are the forms a publication date arrives in: ISO days and
// timestamps from JSON feeds and HTML meta tags, RFC 1123 from RSS, and the
// spelled-out forms people type into a "Date:" line. Day-first and
// month-first numeric forms (03/04/2025) are left out on purpose: they are
// ambiguous, and a wrong day silently shifts every relative date in the text.
var publishedLayouts = []string{
	graph.DateLayout,
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 -0700 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006",
	"Mon, 02 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 January 2006",
	"02 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Monday January 2, 2006",
	"Monday 2 January 2006",
	"Mon, January 2, 2006",
	"20060102",
}

// normalizePublished turns a publication date into YYYY-MM-DD. A timestamp
// keeps the calendar day written in its own offset: "2025-04-13T23:30:00-04:00"
// is the 13th, the day the publisher's readers saw, not the UTC day after.
func normalizePublished(s string) (string, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "", nil
	}
	for _, l := range publishedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return checkYear(t, s)
		}
	}
	// People typing a "Date:" line write "April 16th" and "Sept. 3", which
	// no layout spells; read them once cleaned up.
	if c := cleanDate(s); c != s {
		for _, l := range publishedLayouts {
			if t, err := time.Parse(l, c); err == nil {
				return checkYear(t, s)
			}
		}
	}
	return "", kindf(ErrDate, "%q (want YYYY-MM-DD, an RFC 3339 timestamp or a date such as \"April 16, 2025\")", s)
}

func checkYear(t time.Time, s string) (string, error) {
	// Year 0 or 20 000 parse but are typing errors, not news.
	if t.Year() < 1000 || t.Year() > 9999 {
		return "", kindf(ErrDate, "%q: year %d is out of range", s, t.Year())
	}
	return t.Format(graph.DateLayout), nil
}

// cleanDate drops ordinal suffixes ("16th" → "16") and stray periods after
// month abbreviations ("Sept." → "Sep"), and title-cases words, so that
// "april 16th, 2025" and "Sept. 3, 2025" reach the layouts in a form they read.
func cleanDate(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		trail := ""
		if strings.HasSuffix(w, ",") {
			w, trail = strings.TrimSuffix(w, ","), ","
		}
		w = strings.TrimSuffix(w, ".")
		lw := strings.ToLower(w)
		switch {
		case lw == "sept":
			w = "Sep"
		case len(w) > 2 && w[0] >= '0' && w[0] <= '9':
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if strings.HasSuffix(lw, suf) && isDigits(w[:len(w)-2]) {
					w = w[:len(w)-2]
					break
				}
			}
		case len(w) > 0 && w[0] >= 'a' && w[0] <= 'z':
			w = strings.ToUpper(w[:1]) + lw[1:]
		default:
			if len(w) > 1 {
				w = w[:1] + lw[1:]
			}
		}
		words[i] = w + trail
	}
	return strings.Join(words, " ")
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
