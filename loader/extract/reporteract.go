package extract

// reporterActs are what a speaker goes on to do after the clause they
// report, joined by "and": "X said Y would respond and accused Z of ...".
var reporterActs = setOf("accused", "warned", "urged", "condemned", "criticised", "criticized", "denounced",
	"demanded", "blamed")

// reportVerbs open the clause a speaker reports.
var reportVerbs = setOf("said", "says", "told")

// reporterOfAct returns who acts at the verb k when "and" joins it to a
// "said" whose reported clause names another actor: in "the minister said
// Peru stood with Bolivia and warned Chile", the minister warns, not Peru.
// A perfect in the reported clause ("said Russia had massed troops and
// warned ...") may go on with the reported subject, so it is left alone.
func (d *doc) reporterOfAct(k, si int) *entity {
	if !reporterActs[d.toks[k].lower] {
		return nil
	}
	j := k - 1
	if d.tok(j).lower == "also" || d.tok(j).lower == "then" {
		j--
	}
	s := d.sents[si]
	if j <= s.lo || d.toks[j].lower != "and" {
		return nil
	}
	actor := false
	for i := j - 1; i > s.lo; i-- {
		t := d.toks[i]
		if t.text == ";" || t.text == ":" {
			return nil
		}
		if d.spanAt[i] != 0 {
			if _, e := d.actorAt(i); e != nil {
				actor = true
			}
			continue
		}
		switch t.lower {
		case "had", "has", "have":
			return nil
		}
		if reportVerbs[t.lower] {
			if !actor {
				return nil
			}
			return d.subjectBefore(i, si)
		}
		if reporterActs[t.lower] {
			return nil // "accused X of ... and warned": the verb shares that subject, found as before
		}
	}
	return nil
}
