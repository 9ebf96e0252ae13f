package extract

import "github.com/geokg/geokg/graph"

// timesApart reports whether a mention's own date and an event's cannot
// be one time: the earlier told by its month or year, the later by its
// day. "A bombing in December 2024" is not Thursday's bombing, and "the
// levy imposed last year" is not the tariff raised on Monday. Two days
// apart are left to the other cues: talks run over days.
func timesApart(m *eventMention, e *event) bool {
	if m.date == nil || m.date.bound || e.date == nil || m.mod != graph.Asserted || e.mod != graph.Asserted {
		return false // a plan or offer is dated by whoever answers it
	}
	a, b := m.date.date, *e.date
	if b.Start < a.Start {
		a, b = b, a
	}
	if a.Precision != graph.Month && a.Precision != graph.Year || b.Precision != graph.Day {
		return false // "seized Goma in January and Bukavu in February": one offensive
	}
	return dateEnd(a) < b.Start
}

// dateEnd returns the last day a date covers.
func dateEnd(dt graph.Date) string {
	if dt.End != "" {
		return dt.End
	}
	return dt.Start
}
