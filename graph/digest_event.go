package graph

import (
	"cmp"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
)

// EventDigest is what SummarizeEvent needs of an event's reports.
type EventDigest struct{ w eventDigest }

type eventDigest struct {
	digestHead
	N        int `json:"n"` // reports folded in
	Articles int `json:"articles"`
	// The type of the first report, and of the last made under ID itself.
	Type    *placed[eventAt, EventType] `json:"type,omitempty"`
	OwnType *placed[eventAt, EventType] `json:"ownType,omitempty"`
	// How often each name, place, perpetrator, participant and modality
	// was given.
	Names        tally `json:"names"`
	Places       tally `json:"places,omitempty"`
	Perpetrators tally `json:"perpetrators,omitempty"`
	Participants tally `json:"participants,omitempty"`
	Modalities   tally `json:"modalities"`
	// Dates by precision rank, then by range ("start/end"): how often each
	// was given and its first phrasing.
	Dates map[int]map[string]*dateVote `json:"dates,omitempty"`
	// Casualty figures by what they say (see countKey).
	Killed   map[string]*countVote    `json:"killed,omitempty"`
	Injured  map[string]*countVote    `json:"injured,omitempty"`
	Duration *placed[eventAt, string] `json:"duration,omitempty"`

	Confidences confidences `json:"conf"`
}

// eventAt is where a report stands in the order the event rules read: the
// most confident first, then by article, then by place in the article.
type eventAt struct {
	Confidence float64 `json:"c"`
	Article    string  `json:"a"`
	Pos        int     `json:"p"`
}

func (x eventAt) before(y eventAt) bool {
	return cmp.Or(cmp.Compare(y.Confidence, x.Confidence), strings.Compare(x.Article, y.Article), cmp.Compare(x.Pos, y.Pos)) < 0
}

// dateVote is one date range: how many reports gave it, and the first of
// them.
type dateVote struct {
	N     int                   `json:"n"`
	First placed[eventAt, Date] `json:"first"`
}

// countVote is one casualty figure: how many reports gave it, and the
// first of those that give it the highest lower bound.
type countVote struct {
	N    int                    `json:"n"`
	Best placed[eventAt, Count] `json:"best"`
}

// NewEventDigest returns the digest of event id with no report in it.
func NewEventDigest(id string) *EventDigest {
	return &EventDigest{w: eventDigest{digestHead: newHead("event", id)}}
}

// ParseEventDigest reads a digest MarshalJSON wrote for event id. It fails
// when the data is not such a digest, or one of another version of the
// rules: the store then builds the digest again from the reports.
func ParseEventDigest(id string, data []byte) (*EventDigest, error) {
	var d EventDigest
	if err := parseDigest("event", data, &d.w); err != nil {
		return nil, err
	}
	return &d, d.w.check("event", id)
}

// Add folds in a report of the event, whose place, perpetrator and
// participants are the ids they read as now. pos is the report's place
// among its article's reports (any numbering that keeps their order), and
// newArticle says whether no report of its article has been folded in yet.
func (d *EventDigest) Add(r EventReport, pos int, newArticle bool) {
	w := &d.w
	w.N++
	if newArticle {
		w.Articles++
	}
	e := r.Event
	at := eventAt{Confidence: e.Confidence, Article: r.ArticleID, Pos: pos}
	keepFirst(&w.Type, at, e.Type)
	if e.ID == w.ID {
		keepLast(&w.OwnType, at, e.Type)
	}
	w.Names.add(e.Name)
	if e.LocationID != "" {
		w.Places.add(e.LocationID)
	}
	if e.PerpetratorID != "" {
		w.Perpetrators.add(e.PerpetratorID)
	}
	for _, p := range e.ParticipantIDs {
		if p != "" {
			w.Participants.add(p)
		}
	}
	w.Modalities.add(string(e.Modality))
	if !e.Date.IsZero() {
		rank := precisionRank[e.Date.Precision]
		if w.Dates == nil {
			w.Dates = make(map[int]map[string]*dateVote)
		}
		if w.Dates[rank] == nil {
			w.Dates[rank] = make(map[string]*dateVote)
		}
		k := e.Date.Start + "/" + e.Date.End
		v := w.Dates[rank][k]
		if v == nil {
			v = &dateVote{First: placed[eventAt, Date]{At: at, V: e.Date}}
			w.Dates[rank][k] = v
		} else if at.before(v.First.At) {
			v.First = placed[eventAt, Date]{At: at, V: e.Date}
		}
		v.N++
	}
	voteCount(&w.Killed, at, e.Killed)
	voteCount(&w.Injured, at, e.Injured)
	if e.Duration != "" {
		keepFirst(&w.Duration, at, e.Duration)
	}
	w.Confidences.add(e.Confidence)
}

// countKey is what a casualty figure says: its qualifier and number, or
// its words when it gives no number. Figures that say the same are one
// vote.
func countKey(c *Count) string {
	if n, ok := c.Number(); ok {
		return c.Qualifier + " " + strconv.Itoa(n)
	}
	return c.Text
}

func voteCount(votes *map[string]*countVote, at eventAt, c *Count) {
	if c == nil {
		return
	}
	if *votes == nil {
		*votes = make(map[string]*countVote)
	}
	k := countKey(c)
	v := (*votes)[k]
	switch {
	case v == nil:
		v = &countVote{Best: placed[eventAt, Count]{At: at, V: *c}}
		(*votes)[k] = v
	case c.Min > v.Best.V.Min || (c.Min == v.Best.V.Min && at.before(v.Best.At)):
		v.Best = placed[eventAt, Count]{At: at, V: *c}
	}
	v.N++
}

// Len is how many reports the digest holds.
func (d *EventDigest) Len() int { return d.w.N }

// Event returns the event summarised by the rules of SummarizeEvent.
func (d *EventDigest) Event() Event {
	w := &d.w
	out := Event{ID: w.ID}
	if w.N == 0 {
		return out
	}
	out.Type = value(w.OwnType)
	if w.OwnType == nil {
		out.Type = value(w.Type)
	}
	out.Name = mostCommon(w.Names)
	out.LocationID = mostCommon(w.Places)
	out.PerpetratorID = mostCommon(w.Perpetrators)
	out.ParticipantIDs = sortedKeys(w.Participants)
	out.Date = consensusDate(w.Dates)
	out.Killed = consensusCount(w.Killed)
	out.Injured = consensusCount(w.Injured)
	out.Duration = value(w.Duration)
	if w.Modalities[string(Asserted)] > 0 {
		out.Modality = Asserted
	} else {
		out.Modality = Modality(mostCommon(w.Modalities))
	}
	out.Confidence = w.Confidences.combine()
	out.Articles = w.Articles
	return out
}

// consensusDate is the range most reports give at the finest precision
// any gives, ties to the smaller range, as its first report phrased it.
func consensusDate(dates map[int]map[string]*dateVote) Date {
	if len(dates) == 0 {
		return Date{}
	}
	best := -1
	for rank := range dates {
		if best < 0 || rank < best {
			best = rank
		}
	}
	votes := make(tally, len(dates[best]))
	for k, v := range dates[best] {
		votes[k] = v.N
	}
	return dates[best][mostCommon(votes)].First.V
}

// consensusCount is the figure most reports give; on a tie the one with
// the higher lower bound, then a number over words.
func consensusCount(votes map[string]*countVote) *Count {
	if len(votes) == 0 {
		return nil
	}
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var best *countVote
	for _, k := range keys {
		v := votes[k]
		switch {
		case best == nil, v.N > best.N,
			v.N == best.N && v.Best.V.Min > best.Best.V.Min,
			v.N == best.N && v.Best.V.Min == best.Best.V.Min && best.Best.V.Vague && !v.Best.V.Vague:
			best = v
		}
	}
	c := best.Best.V
	return &c
}

// MarshalJSON writes the digest for a store to keep.
func (d *EventDigest) MarshalJSON() ([]byte, error) { return json.Marshal(&d.w) }
