package extract

import (
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// countExpr is a casualty figure: who was killed or injured and how many.
type countExpr struct {
	lo, hi  int // the figure's tokens
	sent    int
	key     int // token index of the casualty word
	injured bool
	count   graph.Count
}

var killedWords = setOf("killed", "killing", "kills", "dead", "deaths", "died", "die", "death", "fatalities", "lives", "slain", "massacred")
var injuredWords = setOf("injured", "injuring", "wounded", "wounding", "hurt", "injuries", "injury", "casualties", "wounds")

var qualifiers = map[string]string{
	"at least": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
	"about": "about", "around": "about", "some": "about", "approximately": "about", "roughly": "about",
	"nearly": "about", "almost": "about", "an estimated": "about", "up to": "up to", "as many as": "up to",
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
	"thousand": 1000, "a thousand": 1000,
}

// vague figures: the words and the least they mean.
// yearPreps before a four-digit number make it a year, not a figure.
var yearPreps = setOf("in", "since", "of", "by", "until", "from", "to", "early", "late", "mid", "and")

// activeKills take their victims as object: "killed 14", "wounding 30".
var activeKills = setOf("killed", "killing", "kills", "wounded", "wounding", "injured", "injuring")

// tollTails may follow a bare figure right after an active casualty verb,
// which already says it counts people: "killed 14 on Monday", "wounding 12
// near the border".
var tollTails = setOf("on", "at", "overnight", "near", "across", "when", "after", "during", "while", "last",
	"this", "yesterday", "outside", "inside", "before", "late", "early", "there")

// otherWords may stand between a figure and its victims: "two other crew members".
var otherWords = setOf("other", "further", "additional")

var vagueCounts = map[string]int{"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3, "many": 2}

var victimNouns = setOf("people", "civilians", "persons", "soldiers", "children", "others", "residents", "troops",
	"servicemen", "police", "policemen", "officers", "women", "men", "fighters", "militants", "palestinians",
	"israelis", "ukrainians", "russians", "citizens", "workers", "protesters", "demonstrators", "individuals",
	"more", "person", "man", "woman", "boy", "girl", "child", "baby", "soldier", "civilian", "officer",
	"policeman", "journalist", "worker", "resident", "guard", "teenager", "pilot", "crew", "members",
	"peacekeepers", "peacekeeper", "passengers", "patients", "students", "refugees", "migrants", "journalists",
	"staff", "villagers", "pilgrims", "tourists", "firefighters", "rescuers", "medics", "doctors", "nurses",
	"personnel", "troopers", "gendarmes", "agents", "commandos", "marines", "sailors", "airmen", "militiamen",
	"rebels", "insurgents", "jihadists", "gunmen", "attackers", "assailants", "hostages", "prisoners", "detainees",
	"inmates", "miners", "farmers", "fishermen", "shoppers", "worshippers", "worshipers", "bystanders",
	"pedestrians", "employees", "volunteers", "infants", "minors", "teenagers", "babies", "relatives", "guards",
	"cadets", "recruits", "bodies", "victims", "casualties", "lawmakers", "protestors", "youths", "herders",
	"traders", "drivers", "monks", "priests", "schoolchildren", "pupils", "nationals",
	// one victim: "left one demonstrator dead"
	"demonstrator", "protester", "protestor", "student", "fighter", "militant", "rebel", "sailor", "passenger",
	"driver", "farmer", "villager", "teacher", "nurse", "doctor", "medic", "gendarme", "trooper", "marine",
	"hostage", "prisoner", "detainee", "inmate", "miner", "fisherman", "bystander", "pedestrian", "employee",
	"volunteer", "infant", "youth", "herder", "trader", "monk", "priest", "pupil", "migrant", "refugee",
	"patient", "tourist", "pilgrim", "worshipper", "rescuer", "firefighter", "member", "victim", "lawmaker",
	"reporter", "photographer", "cameraman", "policewoman", "serviceman", "servicewoman",
	"vigilante", "vigilantes", "militiaman", "official", "officials", "commander", "commanders", "contractor", "contractors",
	"reservist", "reservists", "conscript", "conscripts", "paramedic", "paramedics", "bodyguard", "bodyguards",
	"settler", "settlers", "activist", "activists", "aide", "aides", "cleric", "clerics", "shepherd", "shepherds",
	"mourners", "commuters", "travellers", "travelers", "crewmen", "seafarers", "labourers", "laborers")

// findCounts finds "at least 34 people were killed", "killed 15", "over 75
// injured", "the killing of nine herders", "dozens wounded".
func (d *doc) findCounts() {
	for si, s := range d.sents {
		used := make(map[int]bool)
		for i := s.lo; i < s.hi; i++ {
			w := d.toks[i].lower
			inj := injuredWords[w]
			if !killedWords[w] && !inj {
				continue
			}
			if inj && d.tok(i-1).lower == "many" && d.tok(i-2).lower == "as" {
				// "six died and as many were hurt": the same figure.
				for k := len(d.counts) - 1; k >= 0 && d.counts[k].sent == si; k-- {
					if c := d.counts[k]; !c.injured {
						c.injured, c.key = true, i
						c.count.Text = "as many"
						d.counts = append(d.counts, c)
						break
					}
				}
				continue
			}
			if c, lo, hi, ok := d.tollRise(i, s.hi); ok && w == "death" && !used[lo] {
				used[lo] = true // "the death toll rose to 31"
				d.counts = append(d.counts, countExpr{lo: lo, hi: hi, sent: si, key: i, count: c})
				continue
			}
			// Active or nominal: "killed at least 41", "killing of nine herders", "deaths: 14".
			j := i + 1
			if d.tok(j).lower == "of" {
				j++
			}
			c, lo, hi, ok := d.countAt(j, s.hi)
			if !ok && j == i+1 && activeKills[w] {
				c, lo, hi, ok = d.readCount(j, s.hi, true)
				ok = ok && !c.Vague && tollTails[d.tok(hi).lower]
			}
			if ok && !used[lo] {
				if i+1 == lo || d.tok(i+1).lower == "of" {
					used[lo] = true
					if hi2, sum, ok := d.jointCountAfter(lo, hi, c); ok {
						// "killing 17 soldiers and a local vigilante": one toll.
						hi, c = hi2, sum
					}
					d.counts = append(d.counts, countExpr{lo: lo, hi: hi, sent: si, key: i, injured: inj, count: c})
					continue
				}
			}
			if c, lo, hi, ok := d.oneVictimAfter(j, s.hi); ok && !used[lo] && d.singleKey(i, j) {
				// "shot dead the mayor of X", "wounding a policeman": one.
				used[lo] = true
				d.counts = append(d.counts, countExpr{lo: lo, hi: hi, sent: si, key: i, injured: inj, count: c})
				continue
			}
			// Passive or adjectival: "34 people were killed", "over 75 injured", "14 deaths".
			found := false
			limit := i - 14
			for k := i - 1; k >= s.lo && k >= limit; k-- {
				if open := d.asideStart(k, s.lo); open >= 0 {
					// "two aides — the lawyer X and Y — were shot dead": the
					// aside does not part the victims from their verb.
					limit -= k - open
					k = open
					continue
				}
				if killedWords[d.toks[k].lower] || injuredWords[d.toks[k].lower] {
					break
				}
				c, lo, hi, ok := d.countAt(k, i)
				if !ok || used[lo] {
					continue
				}
				if lo2 := d.qualifiedStart(lo); lo2 != lo {
					// counted from its qualifier already
					continue
				}
				if d.tok(lo-1).text == "-" && numberWords[d.tok(lo-2).lower] >= 20 {
					continue // "Ninety-eight": read from its tens
				}
				if d.tok(lo-1).lower == "including" || d.tok(lo-1).lower == "among" {
					continue // "40 people, including 11 police officers, were hurt": a part of the toll
				}
				used[lo] = true
				if lo0, sum, ok := d.jointCount(lo, c); ok {
					// "nine Thai soldiers and at least three Cambodian troops
					// died": one toll for both sides.
					used[lo0] = true
					lo, c = lo0, sum
				}
				d.counts = append(d.counts, countExpr{lo: lo, hi: hi, sent: si, key: i, injured: inj, count: c})
				found = true
				break
			}
			if found || !singleKeys[w] && w != "died" {
				continue
			}
			if c, lo, hi, ok := d.oneVictimBefore(i, s.lo); ok && !used[lo] {
				// "an officer was killed", "a police constable died": one.
				used[lo] = true
				d.counts = append(d.counts, countExpr{lo: lo, hi: hi, sent: si, key: i, injured: inj, count: c})
			}
		}
	}
}

// qualifiedStart returns where a figure's qualifier begins, lo if none.
func (d *doc) qualifiedStart(lo int) int {
	for q := range qualifiers {
		n := strings.Count(q, " ") + 1
		if lo-n < 0 {
			continue
		}
		if d.lowerIs(lo-n, lo, q) {
			return lo - n
		}
	}
	return lo
}

func (d *doc) joinLower(lo, hi int) string {
	if hi-lo == 1 {
		return d.toks[lo].lower // most calls: no copy
	}
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].lower)
	}
	return b.String()
}

// lowerIs reports whether joinLower(lo, hi) == q without building the
// string: countAt tries every qualifier at every figure.
func (d *doc) lowerIs(lo, hi int, q string) bool {
	for k := lo; k < hi; k++ {
		if k > lo {
			if q == "" || q[0] != ' ' {
				return false
			}
			q = q[1:]
		}
		w := d.toks[k].lower
		if !strings.HasPrefix(q, w) {
			return false
		}
		q = q[len(w):]
	}
	return q == ""
}

// countAt reads a figure starting at i: an optional qualifier, then digits,
// number words or a vague quantity. It returns the count and its tokens.
func (d *doc) countAt(i, hi int) (graph.Count, int, int, bool) {
	return d.readCount(i, hi, false)
}

// readCount is countAt; bare figures, whose sentence already says what
// they count ("the death toll rose to 31 on Tuesday"), may stand before
// any word.
func (d *doc) readCount(i, hi int, bare bool) (graph.Count, int, int, bool) {
	if i >= hi || i < 0 {
		return graph.Count{}, 0, 0, false
	}
	qual := ""
	j := i
	for q, norm := range qualifiers {
		n := strings.Count(q, " ") + 1
		if j+n <= hi && d.lowerIs(j, j+n, q) {
			if len(q) > len(qual) {
				qual = norm
				j = i + n
			}
		}
	}
	if j >= hi {
		return graph.Count{}, 0, 0, false
	}
	t := d.toks[j]
	end := j + 1
	value, vague, least := 0, false, 0
	switch {
	case t.kind == tokNumber:
		n, err := strconv.Atoi(strings.ReplaceAll(t.text, ",", ""))
		if err != nil || strings.Contains(t.text, ":") {
			return graph.Count{}, 0, 0, false
		}
		value = n
		if h := d.tok(end); h.text == "-" && !h.space && d.tok(end+1).kind == tokWord {
			return graph.Count{}, 0, 0, false // "a 23-year-old activist": an age
		}
		if p := d.tok(j - 1); p.cap && months[p.lower] != 0 {
			return graph.Count{}, 0, 0, false // "Dec 9 (AFP) - insurgents killed": a day
		}
		if d.inDatePhrase(j) {
			return graph.Count{}, 0, 0, false // "Jan 6, 2026 (AFP)": part of a date
		}
		if len(t.text) == 4 && n >= 1900 && n <= 2100 && (yearPreps[d.tok(j-1).lower] || d.tok(end).text == ",") {
			return graph.Count{}, 0, 0, false // "in 2020, killed ...": a year
		}
		if m := d.tok(end).lower; m == "million" || m == "thousand" || m == "hundred" {
			value *= map[string]int{"million": 1000000, "thousand": 1000, "hundred": 100}[m]
			end++
		}
	case t.lower == "one" && d.noOne(j):
		return graph.Count{}, 0, 0, false // "no one was hurt": nobody, not one
	case numberWords[t.lower] > 0:
		value = numberWords[t.lower]
		if u := numberWords[d.tok(end).lower]; u > 0 && u < 10 && value >= 20 && value < 100 {
			value += u
			end++
		} else if d.tok(end).text == "-" && !d.tok(end).space && value >= 20 && value < 100 {
			if u := numberWords[d.tok(end+1).lower]; u > 0 && u < 10 {
				value += u // "Ninety-eight"
				end += 2
			}
		}
		if m := d.tok(end).lower; m == "hundred" || m == "thousand" {
			value *= numberWords[m]
			end++
		}
		if d.tok(end).lower == "dozen" && value < 10 {
			value *= 12 // "two dozen"
			end++
		}
	case t.lower == "a" && d.tok(end).lower == "dozen":
		value = 12 // "at least a dozen civilians": the figure is written
		end++
	case (t.lower == "tens" || t.lower == "hundreds") && d.tok(end).lower == "of" && d.tok(end+1).lower == "thousands":
		vague, least = true, map[string]int{"tens": 20000, "hundreds": 200000}[t.lower]
		end += 2 // "tens of thousands"
	case vagueCounts[t.lower] > 0:
		vague, least = true, vagueCounts[t.lower]
		if t.lower == "many" || t.lower == "several" {
			return graph.Count{}, 0, 0, false
		}
	default:
		return graph.Count{}, 0, 0, false
	}
	// A figure must count people, not drones or percent: followed by a
	// victim noun, a casualty word, "and", or nothing of its own.
	nx := d.tok(end)
	if otherWords[nx.lower] && victimNouns[d.tok(end+1).lower] {
		nx = d.tok(end + 1) // "two other crew members"
	}
	if nx.cap && d.spanAt[min(end, len(d.toks)-1)] != 0 && end < len(d.toks) {
		// "14 NATO peacekeepers", "three Israeli soldiers": look past the name.
		sp := d.spans[d.spanAt[end]-1]
		nx = d.tok(int(sp.hi))
		if int(sp.hi) == end+1 && victimNouns[d.tok(end).lower] {
			// "400 Palestinians since then": the name is who was counted.
			nx = d.tok(end)
		}
	} else if nx.cap && len(nx.lower) > 3 && strings.HasSuffix(nx.lower, "s") && !d.tok(end+1).cap {
		nx = d.tok(end + 1) // "70 Azerbaijanis since then": a people the lexicon lacks
	} else if nx.kind == tokWord && !nx.cap && !victimNouns[nx.lower] && victimNouns[d.tok(end+1).lower] && d.tok(end+1).lower != "more" {
		nx = d.tok(end + 1) // "two election officials", "three aid workers"
	}
	if nx.text == "%" || nx.lower == "percent" || nx.lower == "per" || nx.lower == "km" || nx.lower == "days" || nx.lower == "years" || nx.lower == "drones" || nx.lower == "missiles" {
		return graph.Count{}, 0, 0, false
	}
	if !bare && nx.kind == tokWord && !victimNouns[nx.lower] && !killedWords[nx.lower] && !injuredWords[nx.lower] &&
		nx.lower != "and" && nx.lower != "were" && nx.lower != "was" && nx.lower != "have" && nx.lower != "had" &&
		nx.lower != "others" && nx.lower != "of" && nx.lower != "in" && nx.lower != "since" && nx.lower != "people" && nx.lower != "are" && nx.lower != "as" {
		return graph.Count{}, 0, 0, false
	}
	if !vague {
		least = value
		if qual == "more than" {
			least = value + 1
		}
		if qual == "about" || qual == "up to" {
			least = 0
		}
	}
	c := graph.Count{Value: value, Qualifier: qual, Min: least, Vague: vague, Text: d.spanText(i, end)}
	return c, i, end, true
}

// noOne reports whether "one" at j closes "no one" or "no-one". Such a
// sentence gives no figure: batches disagree whether it means a toll of
// zero, and none is safer than a wrong one.
func (d *doc) noOne(j int) bool {
	p := d.tok(j - 1)
	if p.text == "-" && !p.space {
		p = d.tok(j - 2)
	}
	return p.lower == "no"
}

// jointCount reads a figure of victims joined by "and" before the one at
// lo ("20 soldiers and four police officers were killed") and returns where
// it starts and the sum of both. Both must be exact or bounded from below.
func (d *doc) jointCount(lo int, c graph.Count) (int, graph.Count, bool) {
	and := d.qualifiedStart(lo) - 1
	if d.tok(and).lower != "and" || c.Vague || c.Qualifier == "up to" || c.Qualifier == "about" {
		return 0, c, false
	}
	for k := and - 1; k >= 0 && k >= and-4; k-- {
		first, lo2, hi2, ok := d.countAt(k, and)
		if !ok || first.Vague || first.Qualifier == "up to" || first.Qualifier == "about" || k != d.qualifiedStart(lo2) {
			continue
		}
		victims := false
		for j := hi2; j < and; j++ {
			w := d.toks[j].lower
			if killedWords[w] || injuredWords[w] || d.toks[j].kind != tokWord {
				return 0, c, false // "Twelve died and 30 were hurt": two tolls
			}
			if victimNouns[w] {
				victims = true
			}
		}
		if !victims {
			return 0, c, false
		}
		sum := graph.Count{Value: first.Value + c.Value, Min: first.Min + c.Min, Text: d.spanText(k, and+1) + " " + c.Text}
		if first.Qualifier != "" || c.Qualifier != "" {
			sum.Qualifier = "at least"
		}
		return k, sum, true
	}
	return 0, c, false
}

// jointCountAfter reads a second group of victims joined by "and" after a
// figure that ends at hi ("killing 17 soldiers and a local vigilante",
// "killed three police officers and two civilians") and returns where it
// ends and the sum of both. A second casualty word after "and" makes two
// tolls ("killing 17 and wounding 30").
func (d *doc) jointCountAfter(lo, hi int, c graph.Count) (int, graph.Count, bool) {
	if c.Vague || c.Qualifier == "up to" || c.Qualifier == "about" {
		return 0, c, false
	}
	and := -1
	victims := false
	for k := hi; k < len(d.toks) && k < hi+5; k++ {
		w := d.toks[k]
		if w.lower == "and" {
			and = k
			break
		}
		if w.kind != tokWord || killedWords[w.lower] || injuredWords[w.lower] {
			return 0, c, false
		}
		if victimNouns[w.lower] {
			victims = true
		}
	}
	if and < 0 || !victims {
		return 0, c, false
	}
	second, end := 0, 0
	switch first := d.tok(and + 1); {
	case first.lower == "a" || first.lower == "an" || first.lower == "one":
		// "and a local vigilante": one more, named by a victim noun
		// within three words.
		for k := and + 2; k < len(d.toks) && k <= and+4; k++ {
			w := d.toks[k]
			if w.kind != tokWord || killedWords[w.lower] || injuredWords[w.lower] {
				break
			}
			if victimNouns[w.lower] && w.lower != "more" && w.lower != "others" {
				second, end = 1, k+1
				break
			}
		}
	default:
		n, lo2, hi2, ok := d.countAt(and+1, min(and+8, len(d.toks)))
		if !ok || lo2 != and+1 || n.Vague || n.Qualifier != "" || !victimNouns[d.tok(hi2).lower] {
			return 0, c, false
		}
		second, end = n.Value, hi2+1
	}
	if second == 0 {
		return 0, c, false
	}
	sum := graph.Count{Value: c.Value + second, Qualifier: c.Qualifier, Min: c.Min + second, Text: d.spanText(lo, end)}
	return end, sum, true
}
