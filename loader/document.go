package loader

import (
	"sort"

	"github.com/geokg/geokg/graph"
)

// Document is the JSON form of one extracted article: what `geokg extract`
// prints, one per line, and what scoring tools read. Events are listed among
// the entities with type "Event". The format is documented in
// docs/extract-format.md; add fields, never rename or drop them.
type Document struct {
	Article   DocArticle    `json:"article"`
	Entities  []DocEntity   `json:"entities"`
	Relations []DocRelation `json:"relations"`
}

// DocArticle identifies the article a document was extracted from.
type DocArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Source    string `json:"source,omitempty"`
}

// DocEntity is an entity or, with Type "Event", an event. Exactly one of
// the embedded field sets is present, so an entity's JSON never carries event
// keys and an event's JSON always carries all of them (null when unknown).
type DocEntity struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Confidence float64  `json:"confidence,omitempty"`
	*EntityFields
	*EventFields
}

// EntityFields are the keys of a person, country, organisation or place.
type EntityFields struct {
	Kind string `json:"kind,omitempty"`
	Code string `json:"code,omitempty"`
	// Mentions are the places the article names the entity: each surface
	// form with its own offsets.
	Mentions []DocSpan `json:"mentions"`
}

// EventFields are the keys of an event.
type EventFields struct {
	EventType     string    `json:"event_type"`
	CAMEO         string    `json:"cameo"`
	Date          *string   `json:"date"` // YYYY-MM-DD, only when known to the day
	DateStart     string    `json:"date_start,omitempty"`
	DateEnd       string    `json:"date_end,omitempty"`
	DatePrecision string    `json:"date_precision,omitempty"`
	DateText      string    `json:"date_text,omitempty"`
	Location      *string   `json:"location"`
	Participants  []string  `json:"participants"`
	Perpetrator   *string   `json:"perpetrator"`
	Killed        *int      `json:"killed"`
	KilledText    string    `json:"killed_text,omitempty"`
	KilledMin     *int      `json:"killed_min,omitempty"`
	Injured       *int      `json:"injured"`
	InjuredText   string    `json:"injured_text,omitempty"`
	InjuredMin    *int      `json:"injured_min,omitempty"`
	Duration      string    `json:"duration,omitempty"`
	Modality      string    `json:"modality"`
	Evidence      []DocSpan `json:"evidence"`
}

// DocSpan is a piece of the article text with its code-point offsets.
type DocSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// DocRelation is one claim.
type DocRelation struct {
	ID         string  `json:"id"`
	Source     string  `json:"source"`
	Type       string  `json:"type"`
	Target     string  `json:"target"`
	Modality   string  `json:"modality"`
	Confidence float64 `json:"confidence"`
	Evidence   string  `json:"evidence"`
	// EvidenceStart and EvidenceEnd are the code-point offsets of Evidence in
	// the article text.
	EvidenceStart int    `json:"evidence_start"`
	EvidenceEnd   int    `json:"evidence_end"`
	Speaker       string `json:"speaker,omitempty"`
	Role          string `json:"role,omitempty"`
}

// NewDocument renders an article graph in the extraction format.
func NewDocument(g graph.ArticleGraph) Document {
	a := g.Article
	d := Document{
		Article:   DocArticle{ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published, Source: a.Source},
		Entities:  make([]DocEntity, 0, len(g.Entities)+len(g.Events)),
		Relations: make([]DocRelation, 0, len(g.Claims)),
	}
	for _, r := range g.Entities {
		e := r.Entity
		de := DocEntity{
			ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: nonNil(e.Aliases),
			EntityFields: &EntityFields{Kind: e.Kind, Code: e.Code, Mentions: []DocSpan{}},
		}
		for _, m := range r.Mentions {
			de.EntityFields.Mentions = append(de.EntityFields.Mentions, DocSpan{Text: m.Text, Start: m.Start, End: m.End})
		}
		d.Entities = append(d.Entities, de)
	}
	for _, r := range g.Events {
		d.Entities = append(d.Entities, eventDoc(r))
	}
	for _, c := range g.Claims {
		r := c.Relation
		d.Relations = append(d.Relations, DocRelation{
			ID: r.ID, Source: r.SourceID, Type: string(r.Type), Target: r.TargetID,
			Modality: string(r.Modality), Confidence: c.Confidence,
			Evidence: c.Evidence.Sentence, EvidenceStart: c.Evidence.Start, EvidenceEnd: c.Evidence.End,
			Speaker: c.SpeakerID, Role: r.Role,
		})
	}
	return d
}

func eventDoc(r graph.EventReport) DocEntity {
	e := r.Event
	f := &EventFields{
		EventType: string(e.Type), CAMEO: e.Type.CAMEO(),
		DateStart: e.Date.Start, DateEnd: e.Date.End, DatePrecision: string(e.Date.Precision), DateText: e.Date.Phrase,
		Location: optional(e.LocationID), Participants: append([]string{}, e.ParticipantIDs...), Perpetrator: optional(e.PerpetratorID),
		Duration: e.Duration, Modality: string(e.Modality), Evidence: []DocSpan{},
	}
	f.Date = optional(e.Date.Day())
	f.Killed, f.KilledText, f.KilledMin = countFields(e.Killed)
	f.Injured, f.InjuredText, f.InjuredMin = countFields(e.Injured)
	for _, ev := range r.Evidence {
		f.Evidence = append(f.Evidence, DocSpan{Text: ev.Sentence, Start: ev.Start, End: ev.End})
	}
	sort.Strings(f.Participants)
	return DocEntity{ID: e.ID, Type: "Event", Name: e.Name, Aliases: []string{}, Confidence: e.Confidence, EventFields: f}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func countFields(c *graph.Count) (value *int, text string, min *int) {
	if c == nil {
		return nil, "", nil
	}
	if n, ok := c.Number(); ok {
		value = &n
	}
	m := c.Min
	return value, c.Text, &m
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
