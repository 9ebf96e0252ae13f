package extract

import "github.com/geokg/geokg/graph"

// readyAidVerbs after "ready to" promise help to whom they take: "was ready
// to help fund the army", "stands ready to support Kyiv".
var readyAidVerbs = setOf("help", "fund", "support", "assist", "finance", "arm", "back", "aid", "bankroll")

// readyAidAt reads a readiness to help at "to": the ready actor may aid
// the actor helped ("she said Canada was ready to help fund the Haitian
// police"), a help not yet given. The subject of the readiness, not the
// speaker telling it, is the helper; src stands in when none is found.
func (d *doc) readyAidAt(to, si int, src *entity) {
	j := to + 1
	if !readyAidVerbs[d.tok(j).lower] {
		return
	}
	if readyAidVerbs[d.tok(j+1).lower] {
		j++ // "help fund", "help arm"
	}
	j++
	j = d.pastThe(j)
	if j >= len(d.toks) || d.sentOf[j] != d.sentOf[to] {
		return
	}
	if e := d.subjectBefore(to-1, si); e != nil {
		src = e // "she said Canada was ready to help": Canada, not the speaker
	}
	sp, dst := d.actorAt(j)
	if dst == nil || sp.lo != j || d.isModifierActor(sp) || dst == src {
		return
	}
	d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: graph.Possible, sent: si, conf: 0.5})
}
