package extract

import "github.com/geokg/geokg/graph"

// plannedMeetings joins a meeting not held to the plan told just before it:
// "renewed his offer to meet his rival" and "saw no reason yet for a
// meeting", or "called off a planned summit" and "both had earlier agreed
// to meet in Vienna", tell one plan. Coreference keeps
// them apart because the proposer joins the meeting only when the proposal
// folds into it, and because a plan offered, ruled out or called off
// changes mood from one telling to the next. The later telling joins only
// the latest plan, when it names no party the plan lacks (or none at all),
// no other place or day, and nothing that marks another meeting ("a new
// round", "the next summit").
func (d *doc) plannedMeetings() {
	var plan *event
	d.dropEvents(func(_ int, e *event) bool {
		if e.typ != graph.Meeting || e.mod == graph.Asserted {
			return false
		}
		if plan != nil && d.samePlan(plan, e) {
			d.foldInto(e, plan)
			return true
		}
		plan = e
		return false
	})
}

// samePlan reports whether planned meeting e, told after plan, retells it.
func (d *doc) samePlan(plan, e *event) bool {
	first := e.mentions[0]
	if first.sent <= plan.last().sent || first.sent-plan.last().sent > 6 {
		return false
	}
	if d.marksNew(first) || visitApart(plan, first) {
		return false
	}
	if plan.date != nil && e.date != nil && plan.date.Precision == graph.Day && e.date.Precision == graph.Day && plan.date.Start != e.date.Start {
		return false
	}
	if plan.loc != nil && e.loc != nil && !placesMeet(plan.loc, e.loc) && !placedAt(plan, e.loc) {
		return false
	}
	if len(e.parts) == 0 {
		return true // "the two leaders had agreed to meet": the plan just told
	}
	return d.partiesCovered(e.parts, plan.parts, plan.loc)
}
