package extract

import (
	"fmt"
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

func TestWalk(t *testing.T) {
	// Ten tokens; names on 1-2 and 4-6.
	spans := [][2]int{{1, 3}, {4, 7}}
	tests := []struct {
		name   string
		lo, hi int
		stop   int // break on reaching this position (-1: never)
		want   []string
	}{
		{"whole text", 0, 10, -1, []string{"0", "1-3", "3", "4-7", "7", "8", "9"}},
		{"from inside a name", 5, 10, -1, []string{"5:4-7", "7", "8", "9"}},
		{"end inside a name yields it whole", 0, 5, -1, []string{"0", "1-3", "3", "4-7"}},
		{"end past the text", 8, 40, -1, []string{"8", "9"}},
		{"start before the text", -3, 2, -1, []string{"0", "1-3"}},
		{"empty range", 6, 6, -1, nil},
		{"break on a name", 0, 10, 4, []string{"0", "1-3", "3", "4-7"}},
		{"break on a word", 0, 10, 3, []string{"0", "1-3", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := walkDoc(t, 10, spans...)
			var got []string
			for j, sp := range d.walk(tt.lo, tt.hi) {
				switch {
				case sp == nil:
					got = append(got, fmt.Sprint(j))
				case sp.lo == j:
					got = append(got, fmt.Sprintf("%d-%d", sp.lo, sp.hi))
				default:
					got = append(got, fmt.Sprintf("%d:%d-%d", j, sp.lo, sp.hi))
				}
				if j == tt.stop {
					break
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("walk(%d, %d) got %v, want %v", tt.lo, tt.hi, got, tt.want)
			}
		})
	}
}

func TestWalkBack(t *testing.T) {
	// Ten tokens; names on 1-2 and 4-6.
	spans := [][2]int{{1, 3}, {4, 7}}
	tests := []struct {
		name   string
		lo, hi int
		stop   int // break on reaching this position (-1: never)
		want   []string
	}{
		{"whole text", 0, 10, -1, []string{"9", "8", "7", "4-7", "3", "1-3", "0"}},
		{"from inside a name", 0, 6, -1, []string{"5:4-7", "3", "1-3", "0"}},
		{"start inside a name yields it whole", 5, 10, -1, []string{"9", "8", "7", "4-7"}},
		{"end past the text", 8, 40, -1, []string{"9", "8"}},
		{"start before the text", -3, 2, -1, []string{"1:1-3", "0"}},
		{"empty range", 6, 6, -1, nil},
		{"break on a name", 0, 10, 6, []string{"9", "8", "7", "4-7"}},
		{"break on a word", 0, 10, 8, []string{"9", "8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := walkDoc(t, 10, spans...)
			var got []string
			for j, sp := range d.walkBack(tt.lo, tt.hi) {
				switch {
				case sp == nil:
					got = append(got, fmt.Sprint(j))
				case sp.hi-1 == j:
					got = append(got, fmt.Sprintf("%d-%d", sp.lo, sp.hi))
				default:
					got = append(got, fmt.Sprintf("%d:%d-%d", j, sp.lo, sp.hi))
				}
				if j == tt.stop {
					break
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("walkBack(%d, %d) got %v, want %v", tt.lo, tt.hi, got, tt.want)
			}
		})
	}
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
