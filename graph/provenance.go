package graph

// Modality says how a source states something.
type Modality string

// Modalities. "has not ruled out a meeting" is Possible, "denied meeting" is
// Denied, "would agree only if" is Conditional.
const (
	Asserted    Modality = "asserted"
	Possible    Modality = "possible"
	Denied      Modality = "denied"
	Conditional Modality = "conditional"
)

// Modalities lists every modality in a stable order.
var Modalities = []Modality{Asserted, Possible, Denied, Conditional}

// Valid reports whether m is one of Modalities.
func (m Modality) Valid() bool {
	switch m {
	case Asserted, Possible, Denied, Conditional:
		return true
	}
	return false
}

// Evidence is the sentence of an article that states something.
type Evidence struct {
	ArticleID string
	Sentence  string
	// Start and End are offsets of Sentence in the article's Text, counted in
	// Unicode code points (what Python's str and most editors count), End
	// exclusive.
	Start, End int
}
