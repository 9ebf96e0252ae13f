package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// singleVictims are nouns that name one person killed or hurt: "an officer
// was killed", "wounding a policeman". Titles ("the mayor") are read from
// the role lexicon.
var singleVictims = setOf("person", "man", "woman", "boy", "girl", "child", "baby", "soldier", "civilian", "officer",
	"policeman", "policewoman", "constable", "journalist", "reporter", "photographer", "cameraman", "worker", "resident",
	"guard", "bodyguard", "teenager", "pilot", "peacekeeper", "demonstrator", "protester", "protestor", "student",
	"fighter", "militant", "rebel", "sailor", "passenger", "driver", "farmer", "villager", "teacher", "nurse", "doctor",
	"medic", "paramedic", "gendarme", "trooper", "marine", "hostage", "prisoner", "detainee", "inmate", "miner",
	"fisherman", "bystander", "pedestrian", "employee", "volunteer", "infant", "youth", "herder", "trader", "monk",
	"priest", "imam", "pastor", "pupil", "migrant", "refugee", "patient", "tourist", "pilgrim", "worshipper",
	"rescuer", "firefighter", "member", "lawmaker", "serviceman", "servicewoman", "vigilante", "militiaman",
	"official", "commander", "contractor", "activist", "lawyer", "judge", "prosecutor", "cleric", "chief", "leader",
	"politician", "councillor", "councilor", "candidate", "diplomat", "aid worker", "security guard", "reservist",
	"conscript", "settler", "shepherd", "aide")

// victimAux are the words that may stand between a victim and its
// casualty word: "an officer was reportedly shot dead", "hacked to death".
var victimAux = setOf("was", "had", "has", "been", "also", "later", "reportedly", "allegedly", "shot", "fatally",
	"critically", "seriously", "slightly", "lightly", "badly", "hacked", "stabbed", "beaten", "burned", "burnt",
	"to", "being")

// oneVictimAfter reads one victim named in the singular right after a
// casualty word at i ("shot dead the mayor of X", "wounding a policeman",
// "the killing of a journalist"), with a second group joined by "and"
// ("killed a soldier and two civilians"). A victim followed by something
// the rule cannot count ("the mayor's bodyguards", "a guard, a driver and
// ...") gives no figure: a wrong figure is worse than none.
func (d *doc) oneVictimAfter(j, hi int) (graph.Count, int, int, bool) {
	end, ok := d.oneVictimAt(j, hi, true)
	if !ok {
		return graph.Count{}, 0, 0, false
	}
	c := graph.Count{Value: 1, Min: 1}
	switch nx := d.tok(end); {
	case nx.text == "'s" || nx.text == "’s" || nx.text == "'" || nx.text == "’":
		return graph.Count{}, 0, 0, false // "killed the mayor's bodyguards"
	case nx.lower == "and":
		if end2, ok := d.oneVictimAt(end+1, hi, true); ok {
			c.Value, c.Min, end = 2, 2, end2
			break
		}
		n, lo2, hi2, ok := d.countAt(end+1, hi)
		if ok && otherWords[d.tok(hi2).lower] {
			hi2++ // "killed a commander and two other people"
		}
		if !ok || lo2 != end+1 || n.Vague || n.Qualifier != "" || !victimNouns[d.tok(hi2).lower] {
			if w := d.tok(end + 1); w.lower == "his" || w.lower == "her" || w.lower == "their" || w.kind == tokNumber || numberWords[w.lower] > 0 {
				return graph.Count{}, 0, 0, false // "the mayor and his two guards"
			}
			break // "killed a soldier and wounded two": one toll each
		}
		c.Value, c.Min, end = 1+n.Value, 1+n.Min, hi2+1
	case nx.text == ",":
		if w := d.tok(end + 1); w.lower == "a" || w.lower == "an" || w.kind == tokNumber || numberWords[w.lower] > 0 {
			return graph.Count{}, 0, 0, false // "killed a guard, two drivers and ..."
		}
	}
	c.Text = d.spanText(j, end)
	return c, j, end, true
}

// oneVictimBefore reads one victim named in the singular just before a
// casualty word at key: "an officer was killed", "a Thai soldier was
// wounded", "a police constable died".
func (d *doc) oneVictimBefore(key, lo int) (graph.Count, int, int, bool) {
	h := key - 1
	for h >= lo && victimAux[d.toks[h].lower] {
		h--
	}
	if h < lo || !d.singleVictimHead(h) {
		return graph.Count{}, 0, 0, false
	}
	kw := d.toks[key].lower
	left := key == h+1 && (kw == "dead" || kw == "wounded" || kw == "injured")
	if kw != "died" && !left && !d.wordBetween(h+1, key, pastPassives) {
		return graph.Count{}, 0, 0, false // "a soldier killed his wife": the soldier killed
	}
	for k := h - 1; k >= lo && k >= h-7; k-- {
		w := d.toks[k].lower
		if w == "a" || w == "an" || w == "the" {
			if left && !leaveWords[d.tok(k-1).lower] && !d.wordBetween(h+1, key, pastPassives) {
				return graph.Count{}, 0, 0, false
			}
			if end, ok := d.oneVictimAt(k, h+1, true); ok && end == h+1 {
				return graph.Count{Value: 1, Min: 1, Text: d.spanText(k, h+1)}, k, h + 1, true
			}
			return graph.Count{}, 0, 0, false
		}
		if !d.victimModifier(k) {
			break
		}
	}
	return graph.Count{}, 0, 0, false
}

// oneVictimAt reads "a", "an" (or "the", when definite is allowed), a few
// modifiers and a noun naming one person, and returns where it ends.
func (d *doc) oneVictimAt(i, hi int, definite bool) (int, bool) {
	switch d.tok(i).lower {
	case "a", "an":
	case "the":
		if !definite {
			return 0, false
		}
	default:
		return 0, false
	}
	for k := i + 1; k < hi && k <= i+7; k++ {
		if d.singleVictimHead(k) {
			if nx := d.tok(k + 1).lower; singleVictims[nx] || d.roleHeadAt(k+1) {
				continue // "a police officer", "a security guard": the last noun heads it
			}
			return k + 1, true
		}
		if !d.victimModifier(k) {
			return 0, false
		}
	}
	return 0, false
}

// singleVictimHead reports whether token k is a noun naming one person.
func (d *doc) singleVictimHead(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	return singleVictims[d.toks[k].lower] || d.roleHeadAt(k)
}

// roleHeadAt reports whether token k is a singular title word: "mayor",
// "governor".
func (d *doc) roleHeadAt(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].cap || strings.HasSuffix(d.toks[k].lower, "s") {
		return false
	}
	n, c := d.roleAt(k, k+1)
	return n == 1 && c != roleMod
}

// victimModifier reports whether token k may stand between a determiner
// and a victim noun: an adjective ("local"), a nationality or place
// ("Thai", "Kosovo") or an age ("19-year-old").
func (d *doc) victimModifier(k int) bool {
	t := d.tok(k)
	switch {
	case t.kind == tokNumber:
		return d.tok(k+1).text == "-" && !d.tok(k+1).space
	case t.text == "-":
		return !t.space
	case t.kind != tokWord:
		return false
	}
	w := t.lower
	if killedWords[w] || injuredWords[w] || victimNouns[w] && !singleVictims[w] && w != "police" || victimAux[w] {
		return false
	}
	return !closedWords[w]
}

// closedWords end a victim's noun phrase: "a bomb near a soldier" names no victim.
var closedWords = setOf("a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those", "and",
	"or", "of", "who", "whom", "which", "by", "in", "on", "at", "for", "with", "from", "near", "into", "as", "after",
	"before", "when", "while", "is", "are", "were", "be", "said", "says", "told", "killed", "one", "another")

// pastPassives between a victim and its casualty word make the victim
// the one struck: "an officer was killed".
var pastPassives = setOf("was", "were", "been")

// leaveWords tell a toll as what an event left: "leaving a soldier dead".
var leaveWords = setOf("left", "leaving", "leave", "leaves")

// singleKeys are the casualty words a victim named in the singular may
// follow: "hurt the economy" or "lives" name no one.
var singleKeys = setOf("killed", "killing", "kills", "slain", "massacred", "wounded", "wounding", "injured", "injuring", "death", "dead")

// asideStart returns where the aside closed at k opens ("two aides — the
// lawyer X and Y — were shot dead", "(BNP)"), or -1.
func (d *doc) asideStart(k, lo int) int {
	closer := d.tok(k).text
	open := ""
	switch closer {
	case "—", "–", "--":
		open = closer
	case ")":
		open = "("
	default:
		return -1
	}
	for j := k - 1; j >= lo && j >= k-40; j-- {
		if d.toks[j].text == open {
			return j
		}
	}
	return -1
}

// singleKey reports whether the casualty word at i may take a victim named
// in the singular at j: "dead" only as "shot dead", "death" only as "the
// death of".
func (d *doc) singleKey(i, j int) bool {
	switch w := d.toks[i].lower; {
	case !singleKeys[w]:
		return false
	case w == "dead":
		return d.tok(i-1).lower == "shot" && j == i+1
	case w == "death":
		return j == i+2
	}
	return true
}

// earlierCause reports whether a toll stands in a clause that tells what
// came before the event named ahead of it: "fighting erupted after a
// soldier was wounded by a landmine" gives the fighting no wounded.
func (d *doc) earlierCause(m *eventMention, c countExpr) bool {
	if m.hi > c.lo {
		return false
	}
	for k := m.hi; k < c.lo; k++ {
		switch d.toks[k].lower {
		case "after", "before":
			return true
		case "since":
			if !d.sinceTime(k) {
				return true
			}
		}
	}
	return false
}

// sinceTime reports whether "since" at k opens a time ("since September",
// "since 2023", "since early March"), which bounds a campaign, rather than
// an earlier event ("since the coup").
func (d *doc) sinceTime(k int) bool {
	j := k + 1
	switch d.tok(j).lower {
	case "early", "late", "mid", "last":
		j++
	}
	t := d.tok(j)
	return d.dateTokenAt(j) || t.kind == tokNumber && len(t.text) == 4
}

// cumulative reports whether a toll is a running total rather than one
// event's: "has since killed 40,000", "have been killed since the vote",
// "died in violence in the prisons since 2021", "killed dozens this year".
// Only the toll's own clause counts: "killing two soldiers, the deadliest
// attack since the deal" is one strike's toll.
func (d *doc) cumulative(c countExpr) bool {
	if d.tok(c.key-1).lower == "since" {
		return true
	}
	hi := d.sents[c.sent].hi
	for k := max(c.key, c.hi) + 1; k < hi; k++ {
		switch t := d.toks[k]; t.lower {
		case ",", ";", ":", "—", "–", "(", "and", "but", "while", "when", "after", "as":
			return false
		case "since":
			return true
		case "so":
			return d.tok(k+1).lower == "far"
		case "this":
			return d.tok(k+1).lower == "year"
		}
	}
	return false
}
