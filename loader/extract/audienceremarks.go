package extract

import "github.com/geokg/geokg/graph"

// audienceNouns are the listeners a speaker is told addressing in person.
var audienceNouns = setOf("reporters", "journalists", "supporters")

// audienceMoods stand between the verb and the listeners: "told cheering
// supporters".
var audienceMoods = setOf("cheering", "jubilant", "flag-waving", "chanting")

// audienceRemarksMention builds the statement of sentence si when a speaker
// is told addressing reporters or supporters at a named place on a named
// day: "told reporters in Lima on Tuesday", "told cheering supporters in
// Porto late on Saturday", "Speaking to journalists in Accra on Friday, the
// minister said". Placed and dated, the remarks are an occasion of their
// own; "told reporters" alone only names where a quote came from, so both
// the place and the day are required.
func (d *doc) audienceRemarksMention(si int) *eventMention {
	s := d.sents[si]
	for k := s.lo; k+1 < s.hi; k++ {
		v, opening := k, false
		switch d.toks[k].lower {
		case "told":
		case "speaking", "spoke":
			if d.tok(k+1).lower != "to" {
				continue
			}
			opening = k == s.lo
			k++
		default:
			continue
		}
		a := k + 1
		if audienceMoods[d.tok(a).lower] {
			a++
		}
		if !audienceNouns[d.tok(a).lower] || d.tok(a+1).lower != "in" {
			continue
		}
		place, end := d.audiencePlace(a + 2)
		if place == nil || !d.dayAfterPlace(end) {
			continue
		}
		var who *entity
		if opening {
			who = d.speakerAfterOpening(end, s.hi)
		} else {
			who = d.subjectBefore(v, si)
		}
		if who == nil || who.typ != graph.Person {
			return nil
		}
		return &eventMention{lo: v, hi: a + 1, sent: si, typ: graph.Statement, verb: true, noun: "remarks",
			mod: graph.Asserted, parts: []*entity{who}, loc: place}
	}
	return nil
}

// audiencePlace returns the place (a city or other Location) named at k
// and the end of its name; nil and k when none starts there.
func (d *doc) audiencePlace(k int) (*entity, int) {
	sp, ok := d.spanEntity(k)
	if !ok || sp.lo != k || sp.ent == nil || sp.ent.typ != graph.Location {
		return nil, k
	}
	return sp.ent, sp.hi
}

// dayAfterPlace reports whether a day follows the place ending at k:
// "on Tuesday", "late on Monday", "on Tuesday evening".
func (d *doc) dayAfterPlace(k int) bool {
	if w := d.tok(k).lower; w == "late" || w == "early" {
		k++
	}
	if d.tok(k).lower != "on" {
		return false
	}
	return isWeekday(d.tok(k + 1).lower)
}

// speakerAfterOpening returns who speaks in the main clause after an
// opening participle phrase ending before k: "Speaking to reporters in
// Quito on Thursday, Vidal said".
func (d *doc) speakerAfterOpening(k, hi int) *entity {
	for j := k; j < hi && j < k+8; j++ {
		if d.toks[j].text == "," {
			return d.addresseeAt(j + 1)
		}
	}
	return nil
}

// speechOccasionNouns name gatherings a speaker is told addressing: "said at
// a graduation ceremony", "told an industry conference". Summits and
// assemblies, meetings in their own right (gatherings), are left out.
var speechOccasionNouns = setPlus(crowdNouns, "convention")

// occasionSpeech finds in sentence si a speaker who "said at" or "told" a
// gathering held at a named place: "told a farmers' conference in Lagos",
// "said at a memorial ceremony in Kigali". What is news there is the
// speech. A meeting mention the gathering's noun already made is taken
// over, as the gathering only frames the speech; the speech is returned
// when no mention stood there.
func (d *doc) occasionSpeech(si, start int) *eventMention {
	s := d.sents[si]
	for k := s.lo; k+2 < s.hi; k++ {
		w := d.toks[k].lower
		a := k + 1
		switch {
		case w == "told":
		case w == "said" && d.tok(k+1).lower == "at":
			a++
		default:
			continue
		}
		if !indefiniteArticles[d.tok(a).lower] {
			continue
		}
		n := a + 1
		for n < s.hi && n < a+6 && d.toks[n].kind == tokWord && !speechOccasionNouns[d.toks[n].lower] {
			n++
		}
		if !speechOccasionNouns[d.tok(n).lower] {
			continue
		}
		place := d.occasionPlace(n+1, s.hi)
		if place == nil {
			return nil
		}
		who := d.subjectBefore(k, si)
		if who == nil || who.typ != graph.Person {
			return nil
		}
		for _, m := range d.evs[start:] {
			if m.lo <= n && n < m.hi {
				if m.typ != graph.Meeting {
					return nil
				}
				m.typ, m.parts, m.loc = graph.Statement, []*entity{who}, place
				return nil
			}
		}
		return &eventMention{lo: k, hi: n + 1, sent: si, typ: graph.Statement, verb: true, noun: d.toks[n].text,
			mod: graph.Asserted, parts: []*entity{who}, loc: place}
	}
	return nil
}

// occasionPlace returns the place named by "in" a few words after a
// gathering's noun: "a ceremony for new officers in Kigali".
func (d *doc) occasionPlace(k, hi int) *entity {
	for j := k; j < hi && j < k+6; j++ {
		t := d.toks[j]
		if t.kind != tokWord {
			return nil
		}
		if t.lower == "in" {
			place, _ := d.audiencePlace(j + 1)
			return place
		}
	}
	return nil
}

// holdsStatement reports whether the mentions from start on, those of the
// sentence being read, already hold a statement: a sentence reports one
// statement, and the trigger that found it reads it best.
func (d *doc) holdsStatement(start int) bool {
	for _, m := range d.evs[start:] {
		if m.typ == graph.Statement {
			return true
		}
	}
	return false
}

// addAudienceRemarks puts the remarks of sentence si, if any, among the
// sentence's mentions from start on, in text order. Sentences that
// already hold a statement keep only it.
func (d *doc) addAudienceRemarks(si, start int) {
	if d.holdsStatement(start) {
		return
	}
	m := d.audienceRemarksMention(si)
	if m == nil {
		m = d.occasionSpeech(si, start)
	}
	if m == nil {
		m = d.addressedAudienceMention(si)
	}
	if m != nil {
		d.insertMention(start, m)
	}
}
