package extract

// agreedTerms are what parties settle when they "agree on" something
// that is no event of its own: "agreed on anchovy quotas for next year".
var agreedTerms = setOf("quota", "quotas", "terms", "text", "roadmap", "framework", "timetable", "timeline",
	"budget", "price", "prices", "mechanism", "measures", "steps", "rules", "principles", "guidelines", "limits",
	"arrangement", "arrangements", "allocation", "allocations", "catch", "catches", "wording", "details",
	"conditions", "modalities", "border", "borders", "boundary", "share", "shares", "sharing", "levels", "cuts", "cut")

// agreedOn reports whether "agreed on" at hi settles terms: "Peru and
// Chile have agreed on anchovy and hake quotas". An event word after "on"
// is itself what is agreed ("agreed on a ceasefire"), and is left to its
// own trigger.
func (d *doc) agreedOn(hi int) bool {
	if d.tok(hi).lower != "on" {
		return false
	}
	s := d.sents[d.sentOf[hi]]
	for k := hi + 1; k < s.hi && k < hi+7; k++ {
		t := d.toks[k]
		if agreedTerms[t.lower] {
			return true
		}
		if _, n := d.lex.triggers.longest(d.toks, k, s.hi); n > 0 || t.kind != tokWord || t.lower == "how" || t.lower == "whether" || t.lower == "need" {
			return false
		}
	}
	return false
}
