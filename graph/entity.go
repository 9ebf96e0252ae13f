package graph

import (
	"strings"
	"unicode"
)

// EntityType is the kind of a named thing. Events are not entities in the
// store; the extraction output lists them beside entities with type "Event".
type EntityType string

// The entity types of knowledge model version 1.
const (
	Person       EntityType = "Person"
	Country      EntityType = "Country"
	Organization EntityType = "Organization"
	Location     EntityType = "Location"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Country, Organization, Location}

// Valid reports whether t is one of EntityTypes.
func (t EntityType) Valid() bool {
	switch t {
	case Person, Country, Organization, Location:
		return true
	}
	return false
}

// Entity is a person, country, organisation or place as the graph knows it
// across all articles.
type Entity struct {
	ID      string
	Type    EntityType
	Name    string   // canonical: the fullest form any source gave
	Aliases []string // other surface forms, sorted, without Name
	// Kind refines Type where a gazetteer knows it: "city", "region",
	// "government body", "armed forces", "international organization", "media".
	Kind string
	// Code is the ISO 3166-1 alpha-2 code of a country.
	Code string
	// Articles is how many articles mention the entity (read only).
	Articles int
}

// Mention is one place an article names an entity.
type Mention struct {
	Text string // the surface form as written
	// Start and End are the offsets of Text in the article's Text, in code
	// points as Evidence counts them, End exclusive; they lie inside the
	// evidence sentence.
	Start, End int
	Evidence   Evidence // the sentence the mention is in
	Confidence float64
}

// EntityReport is one article's view of an entity: how it named it and where.
type EntityReport struct {
	Entity    Entity
	ArticleID string
	Mentions  []Mention
}

// EntitySearch asks for entities whose name or aliases match Query, best
// match first. An empty Query lists entities by how many articles mention them.
type EntitySearch struct {
	Query string
	Types []EntityType // none means all
	Page
}

// EntityPage is one page of entities.
type EntityPage struct {
	Entities []Entity
	PageInfo
}

// SearchKey folds a name or a search query for matching: lower case,
// accents removed with FoldRune, every run of other characters than letters
// and digits one space. "Zelénskyy" and "zelenskyy", "St. Petersburg" and
// "st petersburg" have one key. Backends index and match names by it, so a
// search finds the same entities in each.
func SearchKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		r = unicode.ToLower(FoldRune(r))
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}
