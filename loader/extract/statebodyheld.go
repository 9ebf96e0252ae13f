package extract

// forceBackers are verbs whose object is a state's force taken as a body
// in its own right: "Egypt backed the Sudanese army". Joining an army is
// left out: "he joined the Latvian army in 2010" tells of a career.
var forceBackers = setOf("backed", "backs", "back", "backing", "supported", "supports", "support", "supporting",
	"armed", "arms", "trained", "trains", "funded", "funds", "fund", "train", "equip", "equipped", "equips",
	// the target of a charge is a body too: "accused the Congolese army of".
	"accused", "accuses", "accusing", "blamed", "blames", "condemned", "condemns", "criticized", "criticised")

// forceAfter are words that may follow such a force when it stands as a
// noun of its own, not as the modifier of another ("army officers").
var forceAfter = setOf("in", "on", "and", "with", "to", "as", "against", "during", "since", "for", "after",
	"which", "that", "who", "over", "at", "from", "of", "amid", "but", "or")

// forceIrregularActs are common irregular past verbs a body acts by, too
// short for the "-ed" test: "the cabinet held an emergency meeting".
var forceIrregularActs = setOf("held", "met", "took", "gave", "made", "sent", "won", "lost", "led", "set")

// stateForceHeld reports whether a state's force ending at end, whose state
// is named from stateLo, is the object of support ("backed the Sudanese
// army in the war") or the agent of a passive ("an election organised by
// Myanmar's military"): a body either way, though it neither speaks nor
// acts as subject.
func (d *doc) stateForceHeld(stateLo, end int) bool {
	if next := d.tok(end); next.kind == tokWord && !next.cap && !forceAfter[next.lower] {
		return false
	}
	p := d.beforeThe(stateLo - 1)
	return d.tok(p).lower == "by" || forceBackers[d.tok(p).lower]
}
