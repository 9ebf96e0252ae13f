package extract

// "Agreed to step up defence cooperation" or "agreed to speed up talks on
// the border" is an agreement on the pace of something: the agreement is
// the act, even when the thing sped up ("talks", "patrols") is an event
// word that would otherwise be what is agreed.

// paceVerbs, after "agreed to", set how fast or how far something goes.
var paceVerbs = setOf("accelerate", "intensify", "expedite", "fast-track")

// pacePhrases are two-word pace verbs: "step up", "speed up".
var pacePhrases = setOf("step up", "speed up", "ramp up", "scale up")

// agreedPace reports whether the infinitive after "agreed to" at to sets
// the pace of what follows.
func (d *doc) agreedPace(to int) bool {
	w := d.tok(to + 1).lower
	return paceVerbs[w] || pacePhrases[w+" "+d.tok(to+2).lower]
}
