package extract

// reporterActs are what a speaker goes on to do after the clause they
// report, joined by "and": "X said Y would respond and accused Z of ...".
var reporterActs = setOf("accused", "warned", "urged", "condemned", "criticised", "criticized", "denounced",
	"demanded", "blamed", "called", "asked", "pressed", "appealed", "rejected", "dismissed", "threatened")

// blameActs go on with the teller even after a perfect in the reported
// clause: "X said Kyiv had accepted the truce and accused Russia of ..."
// is X's charge; a state that has just done something seldom accuses in
// the same breath.
var blameActs = setOf("accused", "blamed", "criticised", "criticized", "condemned", "denounced")

// reportVerbs open the clause a speaker reports.
var reportVerbs = setOf("said", "says", "told")

// reportedActVerb returns where the "said" stands when "and" joins the
// act at verb k to a "said" whose reported clause names another actor, or
// -1: in "the minister said Peru stood with Bolivia and warned Chile", the
// minister (the subject before "said") warns, not Peru. A perfect in the
// reported clause ("said Russia had massed troops and warned ...") may go
// on with the reported subject, so it is left alone.
func (d *doc) reportedActVerb(k, si int) int {
	if !reporterActs[d.toks[k].lower] {
		return -1
	}
	j := k - 1
	if d.tok(j).lower == "also" || d.tok(j).lower == "then" {
		j--
	}
	s := d.sents[si]
	if j <= s.lo || d.toks[j].lower != "and" {
		return -1
	}
	actor := false
	for i := j - 1; i > s.lo; i-- {
		t := d.toks[i]
		if t.text == ";" || t.text == ":" {
			return -1
		}
		if d.spanAt[i] != 0 {
			if _, e := d.actorAt(i); e != nil {
				actor = true
			}
			continue
		}
		switch t.lower {
		case "had", "has", "have":
			if !blameActs[d.toks[k].lower] {
				return -1
			}
		}
		if reportVerbs[t.lower] {
			if !actor {
				return -1
			}
			return i
		}
		if reporterActs[t.lower] {
			return -1 // "accused X of ... and warned": the verb shares that subject, found as before
		}
	}
	return -1
}
