package extract

import "github.com/geokg/geokg/graph"

// heldGround names ground or posts an armed side holds; a strike on them
// attacks the side that holds them.
var heldGround = setOf("positions", "position", "areas", "area", "territory", "territories", "bases", "base",
	"posts", "outposts", "strongholds", "stronghold", "towns", "villages", "districts", "parts", "trenches")

// groundHoldVerbs tell who holds ground: "positions held by X", "X-controlled
// areas".
var groundHoldVerbs = setOf("held", "controlled", "occupied")

// heldTarget returns the side that holds the ground an attack struck, as
// its object tells: "attacked positions held by the X", "air strikes on
// X-controlled areas". Nil when the object names no holder so.
func (d *doc) heldTarget(m *eventMention) *entity {
	_, chi := d.clause(m.lo)
	for k := m.hi; k < chi && k < m.hi+8; k++ {
		if k > m.hi && d.trigAt[k] {
			return nil // what follows another event word is that event's
		}
		if d.toks[k].text == "," {
			return nil
		}
		if !groundHoldVerbs[d.toks[k].lower] {
			continue
		}
		if heldGround[d.tok(k-1).lower] && d.tok(k+1).lower == "by" {
			j := d.pastThe(k + 2)
			if sp, e := d.actorAt(j); e != nil && sp.lo == j && e.typ != graph.Person {
				return e // "positions held by the X"
			}
			return nil
		}
		if d.tok(k-1).text == "-" && heldGround[d.tok(k+1).lower] {
			if _, e := d.actorAt(k - 2); e != nil && e.typ != graph.Person {
				return e // "X-controlled areas"
			}
			return nil
		}
	}
	return nil
}
