package graph

import (
	"cmp"
	"encoding/json"
	"sort"
	"strings"
)

// EntityDigest is what SummarizeEntity needs of an entity's reports.
type EntityDigest struct{ w entityDigest }

type entityDigest struct {
	digestHead
	N        int `json:"n"` // reports folded in
	Articles int `json:"articles"`
	// Names counts the names of every report; Own those of the reports
	// made under ID itself.
	Names tally `json:"names"`
	Own   tally `json:"own,omitempty"`
	// The type of the first report, and of the first under ID itself.
	Type    *placed[entityAt, EntityType] `json:"type,omitempty"`
	OwnType *placed[entityAt, EntityType] `json:"ownType,omitempty"`
	// The first kind and code given.
	Kind *placed[entityAt, string] `json:"kind,omitempty"`
	Code *placed[entityAt, string] `json:"code,omitempty"`
	// Forms maps every name, alias and surface form, folded to lower case,
	// to its first spelling.
	Forms map[string]placed[entityAt, string] `json:"forms"`
}

// entityAt is where a report, or one of its forms, stands in the order the
// entity rules read: by article, then place in the article, then place in
// the report's forms (its name, its aliases, its mentions' texts).
type entityAt struct {
	Article string `json:"a"`
	Pos     int    `json:"p"`
	Form    int    `json:"f,omitempty"`
}

func (x entityAt) before(y entityAt) bool {
	return cmp.Or(strings.Compare(x.Article, y.Article), cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.Form, y.Form)) < 0
}

// NewEntityDigest returns the digest of entity id with no report in it.
func NewEntityDigest(id string) *EntityDigest {
	return &EntityDigest{w: entityDigest{digestHead: newHead("entity", id)}}
}

// ParseEntityDigest reads a digest MarshalJSON wrote for entity id. It fails
// when the data is not such a digest, or one of another version of the
// rules: the store then builds the digest again from the reports.
func ParseEntityDigest(id string, data []byte) (*EntityDigest, error) {
	var d EntityDigest
	if err := parseDigest("entity", data, &d.w); err != nil {
		return nil, err
	}
	return &d, d.w.check("entity", id)
}

// Add folds in a report of the entity. pos is the report's place among
// its article's reports (any numbering that keeps their order), and
// newArticle says whether no report of its article has been folded in yet.
func (d *EntityDigest) Add(r EntityReport, pos int, newArticle bool) {
	w := &d.w
	w.N++
	if newArticle {
		w.Articles++
	}
	e := r.Entity
	at := entityAt{Article: r.ArticleID, Pos: pos}
	w.Names.add(e.Name)
	if e.ID == w.ID {
		w.Own.add(e.Name)
		if e.Type != "" {
			keepFirst(&w.OwnType, at, e.Type)
		}
	}
	keepFirst(&w.Type, at, e.Type)
	if e.Kind != "" {
		keepFirst(&w.Kind, at, e.Kind)
	}
	if e.Code != "" {
		keepFirst(&w.Code, at, e.Code)
	}
	form := func(f string) {
		at.Form++
		f = strings.TrimSpace(f)
		if f == "" {
			return
		}
		k := strings.ToLower(f)
		if prev, ok := w.Forms[k]; ok && !at.before(prev.At) {
			return
		}
		if w.Forms == nil {
			w.Forms = make(map[string]placed[entityAt, string])
		}
		w.Forms[k] = placed[entityAt, string]{At: at, V: f}
	}
	form(e.Name)
	for _, a := range e.Aliases {
		form(a)
	}
	for _, m := range r.Mentions {
		form(m.Text)
	}
}

// Len is how many reports the digest holds.
func (d *EntityDigest) Len() int { return d.w.N }

// Entity returns the entity summarised by the rules of SummarizeEntity.
func (d *EntityDigest) Entity() Entity {
	w := &d.w
	out := Entity{ID: w.ID, Kind: value(w.Kind), Code: value(w.Code), Articles: w.Articles}
	out.Type = value(w.OwnType)
	if out.Type == "" {
		out.Type = value(w.Type)
	}
	if len(w.Own) > 0 {
		out.Name = mostCommon(w.Own)
	} else {
		out.Name = longest(w.Names)
	}
	name := strings.ToLower(out.Name)
	for k, f := range w.Forms {
		if k != name {
			out.Aliases = append(out.Aliases, f.V)
		}
	}
	sort.Strings(out.Aliases)
	return out
}

// MarshalJSON writes the digest for a store to keep.
func (d *EntityDigest) MarshalJSON() ([]byte, error) { return json.Marshal(&d.w) }
