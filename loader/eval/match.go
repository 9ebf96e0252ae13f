package eval

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The matching rules below are those of the shared scorer
// (shared/tools/score.py), ported one for one so that both give the same
// figures for the same predictions. Each function names its counterpart.

// entityTypes are the entity types scored ("Event" is scored apart).
var entityTypes = []string{"Person", "Country", "Organization", "Location"}

// coarse maps relation types to the coarse classes of "relations:coarse".
var coarse = map[string]string{
	"CONDEMNED": "DISAPPROVE", "CRITICIZED": "DISAPPROVE",
	"ATTACKED": "ATTACK", "PERPETRATED": "ATTACK",
}

var (
	reDash  = regexp.MustCompile(`[‐-―\-/]`)
	rePoss  = regexp.MustCompile(`'s(\W|$)`)
	reSpace = regexp.MustCompile(`\s+`)
)

// normName is score.py's norm: accents and case folded, dashes and
// punctuation to spaces, "'s" and a leading "the " dropped.
func normName(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue // a combining mark
		}
		b.WriteRune(r)
	}
	s = strings.ToLower(b.String())
	s = strings.ReplaceAll(s, "’", "'")
	s = reDash.ReplaceAllString(s, " ")
	s = rePoss.ReplaceAllString(s, "$1")
	s = strings.Map(func(r rune) rune {
		if isWordRune(r) || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, s)
	s = strings.TrimSpace(reSpace.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

// isWordRune is Python's \w: letters, digits and the underscore.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r)
}

// names is every normalised name of an entity: its name and aliases.
func names(e obj) map[string]bool {
	out := map[string]bool{normName(e.str("name")): true}
	for _, a := range e.list("aliases") {
		out[normName(a)] = true
	}
	delete(out, "")
	return out
}

// etype is score.py's etype: "person" and "PERSON" are "Person".
func etype(e obj) string {
	t := strings.TrimSpace(e.str("type"))
	if t == "" {
		return t
	}
	r := []rune(t)
	return strings.ToUpper(string(r[:1])) + strings.ToLower(string(r[1:]))
}

func evtype(e obj) string {
	t := e.str("event_type")
	if t == "" {
		t = e.str("eventType")
	}
	return strings.ToLower(strings.TrimSpace(t))
}

func isEntityType(t string) bool {
	for _, x := range entityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// matchEntities is score.py's match_entities: greedy and one to one, first
// by the predicted name among the gold names, then by any shared name.
func matchEntities(gold, pred []obj) map[string]string {
	m := make(map[string]string)
	used := make(map[string]bool)
	var gents, pents []obj
	for _, g := range gold {
		if isEntityType(etype(g)) {
			gents = append(gents, g)
		}
	}
	for _, p := range pred {
		if isEntityType(etype(p)) {
			pents = append(pents, p)
		}
	}
	for phase := 0; phase < 2; phase++ {
		for _, p := range pents {
			pid := p.str("id")
			if _, done := m[pid]; done {
				continue
			}
			pn := normName(p.str("name"))
			pnames := names(p)
			for _, g := range gents {
				gid := g.str("id")
				if used[gid] || etype(g) != etype(p) {
					continue
				}
				gn := names(g)
				ok := gn[pn]
				if phase == 1 {
					ok = false
					for n := range pnames {
						if gn[n] {
							ok = true
							break
						}
					}
				}
				if ok {
					m[pid] = gid
					used[gid] = true
					break
				}
			}
		}
	}
	return m
}

// matchEvents is score.py's match_events: same event type, then the best
// score from a shared place (2), shared participants (2 each) and shared
// name words (the share of the gold name's words); a score of 1 or more
// matches.
func matchEvents(gold, pred []obj, emap map[string]string) map[string]string {
	var gev, pev []obj
	for _, g := range gold {
		if etype(g) == "Event" {
			gev = append(gev, g)
		}
	}
	for _, p := range pred {
		if etype(p) == "Event" {
			pev = append(pev, p)
		}
	}
	m := make(map[string]string)
	used := make(map[string]bool)
	for _, p := range pev {
		pparts := make(map[string]bool)
		for _, x := range p.list("participants") {
			if g, ok := emap[x]; ok {
				pparts[g] = true
			}
		}
		ploc := emap[p.str("location")]
		ptoks := wordSet(normName(p.str("name")))
		var best obj
		bestScore := 0.0
		for _, g := range gev {
			if used[g.str("id")] || evtype(g) != evtype(p) {
				continue
			}
			score := 0.0
			if ploc != "" && ploc == g.str("location") {
				score += 2
			}
			for _, x := range uniq(g.list("participants")) {
				if pparts[x] {
					score += 2
				}
			}
			gtoks := wordSet(normName(g.str("name")))
			if len(ptoks) > 0 && len(gtoks) > 0 {
				shared := 0
				for t := range ptoks {
					if gtoks[t] {
						shared++
					}
				}
				score += float64(shared) / float64(max(1, len(gtoks)))
			}
			if score > bestScore {
				best, bestScore = g, score
			}
		}
		if best != nil && bestScore >= 1 {
			m[p.str("id")] = best.str("id")
			used[best.str("id")] = true
		}
	}
	return m
}

func wordSet(s string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

func uniq(xs []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// relKey is score.py's rel_key: both ends mapped to gold ids, the type
// coarsened on request, symmetric relations with their ends sorted. ok is
// false when an end does not map.
func relKey(r obj, idmap map[string]string, coarsen bool) (k [3]string, ok bool) {
	s, ok1 := idmap[r.str("source")]
	t, ok2 := idmap[r.str("target")]
	if !ok1 || !ok2 {
		return k, false
	}
	ty := strings.ToUpper(r.str("type"))
	if coarsen {
		if c, ok := coarse[ty]; ok {
			ty = c
		}
	}
	if ty == "MET_WITH" {
		ends := []string{s, t}
		sort.Strings(ends)
		s, t = ends[0], ends[1]
	}
	return [3]string{s, ty, t}, true
}
