package extract

import (
	"iter"

	"github.com/geokg/geokg/graph"
)

// walk yields the tokens from lo to hi one word or one name at a time: a
// token outside every span comes with a nil span; a span comes once, at the
// first position the walk reaches in it (lo may fall inside a name, as
// "Leyen" in "von der Leyen"), and the walk goes on after its end. Rules
// read a phrase name by name this way and stop it with break, so a word
// inside a name ("and" in "Trinidad and Tobago") never ends a list.
func (d *doc) walk(lo, hi int) iter.Seq2[int, *span] {
	return func(yield func(int, *span) bool) {
		hi = min(hi, len(d.toks))
		for j := max(lo, 0); j < hi; j++ {
			sp, _ := d.spanEntity(j)
			if !yield(j, sp) {
				return
			}
			if sp != nil {
				j = sp.hi - 1
			}
		}
	}
}

// walkBack is walk from hi-1 down to lo: a span comes once, at the last
// position the walk reaches in it, and the walk goes on before its start.
func (d *doc) walkBack(lo, hi int) iter.Seq2[int, *span] {
	return func(yield func(int, *span) bool) {
		lo = max(lo, 0)
		for j := min(hi, len(d.toks)) - 1; j >= lo; j-- {
			sp, _ := d.spanEntity(j)
			if !yield(j, sp) {
				return
			}
			if sp != nil {
				j = sp.lo
			}
		}
	}
}

// actorOf returns the entity a span names when it can act: a person,
// organisation or country (not media, not a place); nil for no span.
func actorOf(sp *span) *entity {
	if sp == nil || sp.ent == nil || sp.ent.media {
		return nil
	}
	switch sp.ent.typ {
	case graph.Person, graph.Country, graph.Organization:
		return sp.ent
	}
	return nil
}
