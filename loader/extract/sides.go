package extract

import (
	"sort"

	"github.com/geokg/geokg/graph"
)

// mainPair returns the two states or bodies named most often before token
// k, each at least twice, leaving out those in skip: who "both sides" or
// "both governments" are when no pair is named together nearby ("Guterres
// urged both sides to exercise restraint" in a report on two foes). A tie
// for second place leaves the pair unknown.
func (d *doc) mainPair(k int, skip []*entity) []*entity {
	var first, second *entity
	n1, n2, n3 := 1, 1, 1
	for _, e := range d.ents {
		if e.typ != graph.Country && e.typ != graph.Organization || e.media || hasEntity(skip, e) {
			continue
		}
		c := sort.Search(len(e.spans), func(i int) bool { return d.spans[e.spans[i]].lo >= k })
		switch {
		case c > n1:
			n3 = n2
			second, n2 = first, n1
			first, n1 = e, c
		case c > n2:
			n3 = n2
			second, n2 = e, c
		case c > n3:
			n3 = c
		}
	}
	if first == nil || second == nil || n2 <= n3 {
		return nil
	}
	return []*entity{first, second}
}

// leadingCountry returns the state named clearly most often before token k
// (by two mentions or more over the next): what "the authorities" are in a
// report on one country. It returns nil when two states are close.
func (d *doc) leadingCountry(k int) *entity {
	var best *entity
	n1, n2 := 0, 0
	for _, e := range d.ents {
		if e.typ != graph.Country {
			continue
		}
		c := sort.Search(len(e.spans), func(i int) bool { return d.spans[e.spans[i]].lo >= k })
		switch {
		case c > n1:
			best, n1, n2 = e, c, n1
		case c > n2:
			n2 = c
		}
	}
	if n1 < n2+2 {
		return nil
	}
	return best
}
