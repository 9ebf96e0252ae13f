package extract

import "github.com/geokg/geokg/graph"

// exclusionThreats: "X has refused to rule out new strikes on Y" keeps
// force against Y open without a condition, a threat made to Y. With a
// condition the threat is read by conditionalThreats.
func (d *doc) exclusionThreats(si int) {
	s := d.sents[si]
	for j := s.lo; j+1 < s.hi; j++ {
		if !d.refusedRuleOut(j) {
			continue
		}
		if d.threatModality(si) == graph.Conditional {
			return // only once a refusal is found: most sentences have none
		}
		hi := d.stanceObjectEnd(j) // not past ", saying ...": the side clause names others
		// the force must head what is not excluded, not come later in it:
		// "did not rule out talks on a truce to halt the strikes" threatens no one
		if !d.punitiveAfter(j+1, min(j+6, hi)) {
			continue
		}
		src := d.subjectBefore(j, si)
		if src == nil {
			src = d.coordinatedSubject(j, si)
		}
		if src == nil {
			continue
		}
		if dst := d.punishedActor(j+1, hi, src); dst != nil && dst != src {
			d.addThreat(src, dst, graph.Asserted, si)
		}
	}
}
