package extract

import "github.com/geokg/geokg/graph"

// victimMembers name people who belong to an armed group or a state's forces:
// a strike that killed them attacked the group ("killed a senior Hezbollah
// commander", "killed four fighters of the SDF").
var victimMembers = setOf("commander", "commanders", "members", "member", "fighters", "fighter", "militants", "militant",
	"operatives", "operative", "leader", "leaders", "soldiers", "soldier", "troops", "officers", "officer", "guards")

// stateMembers are the members a demonym makes a state's: "two Indian
// soldiers"; "two Indian fishermen" are not the state.
var stateMembers = setOf("soldiers", "soldier", "troops", "officers", "officer", "guards")

// killedMembers returns the groups whose members the attack at m killed,
// as its sentence tells after the trigger: "An airstrike on a flat killed
// a senior Hezbollah commander", "killing four fighters of the Kurdish-led
// SDF", "killed 30 Boko Haram militants".
func (d *doc) killedMembers(m *eventMention) []*entity {
	s := d.sents[m.sent]
	var out []*entity
	for k := m.hi; k < s.hi && k < m.hi+20; k++ {
		w := d.toks[k].lower
		if k > m.hi && d.trigAt[k] && !killedWords[w] {
			return out // what follows another event word is that event's
		}
		if w != "killed" && w != "killing" && w != "kills" {
			continue
		}
		if e := d.memberGroup(k+1, s.hi); e != nil {
			out = appendUnique(out, e)
		}
	}
	return out
}

// memberGroup returns the group named in the object of a verb of killing
// that starts at k: "a senior Hezbollah commander", "at least six members
// of the Revolutionary Guards", "two Indian soldiers".
func (d *doc) memberGroup(k, hi int) *entity {
	for n := 0; n < 5 && k < hi; n++ {
		t := d.toks[k]
		if d.spanAt[k] != 0 {
			break
		}
		if t.kind == tokNumber || numberWords[t.lower] > 0 || vagueCounts[t.lower] > 0 || determiners[t.lower] ||
			t.lower == "at" || t.lower == "least" || t.lower == "senior" || t.lower == "top" || t.lower == "of" && n > 0 && vagueCounts[d.tok(k-1).lower] > 0 {
			k++
			continue
		}
		if victimMembers[t.lower] && d.tok(k+1).lower == "of" {
			// "six members of the Revolutionary Guards"
			j := d.pastThe(k + 2)
			for j < hi && d.spanAt[j] == 0 && d.toks[j].kind == tokWord && !d.toks[j].cap && j < k+5 {
				j++ // "fighters of the Kurdish-led ..."
			}
			sp, e := d.actorAt(j)
			if sp != nil && sp.lo == j && d.tok(sp.hi).text == "-" {
				_, e = d.actorAt(sp.hi + 2) // "the Kurdish-led SDF"
			}
			if e != nil && e.typ == graph.Organization {
				return e
			}
			return nil
		}
		break
	}
	sp, e := d.actorAt(k)
	if e == nil || sp.lo != k || e.typ == graph.Person {
		return nil
	}
	j := sp.hi
	if d.tok(j).lower == "'s" {
		return nil
	}
	if !victimMembers[d.tok(j).lower] {
		return nil
	}
	if e.typ == graph.Country && !stateMembers[d.tok(j).lower] {
		return nil
	}
	return e
}

// launchWords send weapons at a target: "Russia launched 90 drones".
var launchWords = setOf("launched", "launch", "launches", "launching")

// launchTarget returns the state a launch of weapons was aimed at when its
// clause names no target: "the country" it was launched at or across
// ("launched 90 drones at the country overnight"), else the state whose
// body reports it ("Ukraine's air force said Russia launched 90 drones
// overnight": at Ukraine). Nil when neither is told.
func (d *doc) launchTarget(m *eventMention) *entity {
	if !m.verb || m.perp == nil || len(m.targets) > 0 || m.loc != nil || !launchWords[d.toks[m.lo].lower] {
		return nil
	}
	_, chi := d.clause(m.lo)
	for k := m.hi; k < chi && k < m.hi+18; k++ {
		if w := d.toks[k].lower; (w == "country" || w == "nation") && d.tok(k-1).lower == "the" {
			switch d.tok(k - 2).lower {
			case "at", "across", "on", "against", "throughout":
				if c := d.mainCountry(m.lo); c != m.perp {
					return c
				}
				return nil
			}
		}
	}
	spk := d.speakerOf(m.sent)
	if spk == nil || spk == m.perp {
		return nil
	}
	if st := d.speakingState(spk); st != nil && st != m.perp && st.typ == graph.Country {
		return st
	}
	return nil
}
