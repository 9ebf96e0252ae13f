package extract

import (
	"fmt"
	"iter"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// walkDoc returns a doc of n blank tokens with a span on each [lo, hi)
// pair given.
func walkDoc(t *testing.T, n int, bounds ...[2]int) *doc {
	t.Helper()
	d := &doc{toks: make([]token, n), spanAt: make([]int32, n)}
	for i, b := range bounds {
		d.spans = append(d.spans, span{lo: b[0], hi: b[1]})
		for k := b[0]; k < b[1]; k++ {
			d.spanAt[k] = int32(i + 1)
		}
	}
	return d
}

// walkTrace writes down what a walk yields until it reaches stop (-1:
// never): "j" for a word, "lo-hi" for a name met at its first word in the
// walk's direction (entered), "j:lo-hi" for a name met inside it.
func walkTrace(seq iter.Seq2[int, *span], stop int, entered func(j int, sp *span) bool) []string {
	var got []string
	for j, sp := range seq {
		switch {
		case sp == nil:
			got = append(got, fmt.Sprint(j))
		case entered(j, sp):
			got = append(got, fmt.Sprintf("%d-%d", sp.lo, sp.hi))
		default:
			got = append(got, fmt.Sprintf("%d:%d-%d", j, sp.lo, sp.hi))
		}
		if j == stop {
			break
		}
	}
	return got
}

// walkCase is a walk over ten tokens with names on 1-2 and 4-6.
type walkCase struct {
	name   string
	lo, hi int
	stop   int // break on reaching this position (-1: never)
	want   []string
}

// runWalkCases runs walk, named fn, over each case, a name entered where
// entered says.
func runWalkCases(t *testing.T, fn string, walk func(d *doc, lo, hi int) iter.Seq2[int, *span], entered func(j int, sp *span) bool, tests []walkCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := walkDoc(t, 10, [2]int{1, 3}, [2]int{4, 7})
			if got := walkTrace(walk(d, tt.lo, tt.hi), tt.stop, entered); !slices.Equal(got, tt.want) {
				t.Errorf("%s(%d, %d) got %v, want %v", fn, tt.lo, tt.hi, got, tt.want)
			}
		})
	}
}

func TestWalk(t *testing.T) {
	runWalkCases(t, "walk", (*doc).walk, func(j int, sp *span) bool { return sp.lo == j }, []walkCase{
		{"whole text", 0, 10, -1, []string{"0", "1-3", "3", "4-7", "7", "8", "9"}},
		{"from inside a name", 5, 10, -1, []string{"5:4-7", "7", "8", "9"}},
		{"end inside a name yields it whole", 0, 5, -1, []string{"0", "1-3", "3", "4-7"}},
		{"end past the text", 8, 40, -1, []string{"8", "9"}},
		{"start before the text", -3, 2, -1, []string{"0", "1-3"}},
		{"empty range", 6, 6, -1, nil},
		{"break on a name", 0, 10, 4, []string{"0", "1-3", "3", "4-7"}},
		{"break on a word", 0, 10, 3, []string{"0", "1-3", "3"}},
	})
}

func TestWalkBack(t *testing.T) {
	runWalkCases(t, "walkBack", (*doc).walkBack, func(j int, sp *span) bool { return sp.hi-1 == j }, []walkCase{
		{"whole text", 0, 10, -1, []string{"9", "8", "7", "4-7", "3", "1-3", "0"}},
		{"from inside a name", 0, 6, -1, []string{"5:4-7", "3", "1-3", "0"}},
		{"start inside a name yields it whole", 5, 10, -1, []string{"9", "8", "7", "4-7"}},
		{"end past the text", 8, 40, -1, []string{"9", "8"}},
		{"start before the text", -3, 2, -1, []string{"1:1-3", "0"}},
		{"empty range", 6, 6, -1, nil},
		{"break on a name", 0, 10, 6, []string{"9", "8", "7", "4-7"}},
		{"break on a word", 0, 10, 8, []string{"9", "8"}},
	})
}

func TestActorOf(t *testing.T) {
	tests := []struct {
		name string
		ent  *entity
		want bool
	}{
		{"person", &entity{typ: graph.Person}, true},
		{"country", &entity{typ: graph.Country}, true},
		{"organisation", &entity{typ: graph.Organization}, true},
		{"media outlet", &entity{typ: graph.Organization, media: true}, false},
		{"place", &entity{typ: graph.Location}, false},
		{"unresolved name", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorOf(&span{ent: tt.ent})
			if (got != nil) != tt.want || got != nil && got != tt.ent {
				t.Errorf("actorOf(%s) got %v, want actor %v", tt.name, got, tt.want)
			}
		})
	}
	if got := actorOf(nil); got != nil {
		t.Errorf("actorOf(nil) got %v, want nil", got)
	}
}
