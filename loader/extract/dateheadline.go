package extract

import "github.com/geokg/geokg/graph"

// headlineDates dates an event the headline names and the body tells with
// no time of its own by the day of the lede: "Drone attack sparks fire at
// refinery" over "debris fell on the refinery overnight, the governor
// said" reports the news of that day. Only a happening counts: talks,
// truces and tariffs a headline names are often older or still ahead.
func (d *doc) headlineDates() {
	lede := d.pastLedeDate()
	if lede == nil {
		return
	}
	for _, e := range d.events {
		if e.date != nil || e.mod != graph.Asserted || !headlineHappenings[e.typ] || e.war() {
			continue
		}
		for _, m := range e.mentions {
			if d.sents[m.sent].heading || d.headline(m.sent) {
				day := lede.date
				e.date = &day
				break
			}
		}
	}
}

// headline reports whether sentence si is the article's title: a first
// paragraph of one line with no full stop.
func (d *doc) headline(si int) bool {
	if si != 0 || len(d.sents) < 2 || d.sents[1].para == d.sents[0].para {
		return false
	}
	return d.toks[d.sents[0].hi-1].text != "."
}

var headlineHappenings = map[graph.EventType]bool{graph.Attack: true, graph.Protest: true, graph.OtherEvent: true}
