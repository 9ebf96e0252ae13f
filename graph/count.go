package graph

// Count is a casualty figure as a source wrote it. "at least 34" is
// Value 34 with Qualifier "at least"; "dozens" has no Value and a Min of 24.
type Count struct {
	Value     int    // the number as written; meaningful only when Exact or Qualifier says so
	Qualifier string // "", "at least", "more than", "about", "up to"
	Min       int    // the lower bound the words imply
	Vague     bool   // true when no number was written ("dozens", "scores")
	Text      string // the words as written
}

// Number returns the written figure, or false when the text gave none.
func (c *Count) Number() (int, bool) {
	if c == nil || c.Vague {
		return 0, false
	}
	return c.Value, true
}
