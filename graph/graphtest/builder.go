package graphtest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// Builder assembles one article and what it states, computing ids, evidence
// and code-point offsets the way an extractor would, so that
// graph.ValidateArticleGraph accepts the result. Text is written sentence by
// sentence with Say; entities, events and claims then point at the sentences
// that state them.
//
// A Builder is fixture code: misuse (a name that is not in the sentence it is
// said to be mentioned in, an id the article does not hold) is a bug in the
// test and panics with a message saying what is wrong.
type Builder struct {
	url, published, title, source, fingerprint string
	sentences                                  []Sentence
	runes                                      int // length of the text so far, in code points
	entities                                   []graph.EntityReport
	events                                     []graph.EventReport
	claims                                     []graph.Claim
	merges                                     []graph.Merge
}

// Sentence is a piece of the article text written by Builder.Say.
type Sentence struct {
	Text       string
	Start, End int // code-point offsets in the article text, End exclusive
}

// NewArticle starts an article read from url and published on published
// (YYYY-MM-DD, or "" when unknown). Its id is graph.ArticleID of the URL.
func NewArticle(url, published string) *Builder {
	return &Builder{url: url, published: published, title: url}
}

// Title sets the article's title (default: its URL).
func (b *Builder) Title(title string) *Builder {
	b.title = title
	return b
}

// Source sets where the article was read from.
func (b *Builder) Source(source string) *Builder {
	b.source = source
	return b
}

// Fingerprint fixes the fingerprint. By default it is derived from the title,
// date and text, as a loader would, so editing the text changes it.
func (b *Builder) Fingerprint(fp string) *Builder {
	b.fingerprint = fp
	return b
}

// ID returns the article's id.
func (b *Builder) ID() string { return graph.ArticleID(b.url, "", "", "") }

// Say appends a sentence to the text, separated from the previous one by a
// space, and returns it for use as evidence.
func (b *Builder) Say(text string) Sentence {
	if len(b.sentences) > 0 {
		b.runes++ // the separating space
	}
	n := utf8.RuneCountInString(text)
	s := Sentence{Text: text, Start: b.runes, End: b.runes + n}
	b.runes += n
	b.sentences = append(b.sentences, s)
	return s
}

// Entity lists an entity and returns its id. An empty ID is derived from the
// type and name (graph.CountryID when Code is set). Each sentence given holds
// one mention: the first of the entity's name and aliases found in it.
func (b *Builder) Entity(e graph.Entity, in ...Sentence) string {
	if e.ID == "" {
		if e.Type == graph.Country && e.Code != "" {
			e.ID = graph.CountryID(e.Code)
		} else {
			e.ID = graph.EntityID(e.Type, e.Name)
		}
	}
	if b.entityIndex(e.ID) >= 0 {
		panic(fmt.Sprintf("graphtest: entity %s listed twice in %s", e.ID, b.url))
	}
	b.entities = append(b.entities, graph.EntityReport{Entity: e, ArticleID: b.ID()})
	for _, s := range in {
		surface := ""
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if findWord(s.Text, form) >= 0 {
				surface = form
				break
			}
		}
		if surface == "" {
			panic(fmt.Sprintf("graphtest: sentence %q names %s by none of its names", s.Text, e.ID))
		}
		b.Mention(e.ID, surface, s)
	}
	return e.ID
}

// Person lists a person named name, mentioned in the given sentences.
func (b *Builder) Person(name string, in ...Sentence) string {
	return b.Entity(graph.Entity{Type: graph.Person, Name: name}, in...)
}

// Country lists the country with ISO code code and name name; aliases are
// other names the sentences may use for it ("Valdorian").
func (b *Builder) Country(code, name string, aliases []string, in ...Sentence) string {
	return b.Entity(graph.Entity{Type: graph.Country, Name: name, Code: code, Aliases: aliases}, in...)
}

// Organization lists an organisation named name.
func (b *Builder) Organization(name string, in ...Sentence) string {
	return b.Entity(graph.Entity{Type: graph.Organization, Name: name}, in...)
}

// Location lists a place named name.
func (b *Builder) Location(name string, in ...Sentence) string {
	return b.Entity(graph.Entity{Type: graph.Location, Name: name, Kind: "city"}, in...)
}

// Mention records that s names the listed entity id as surface, at the
// first place surface occurs in s as a word. As an extractor writes it, the
// mention's offsets are those of the surface form and its evidence is the
// sentence.
func (b *Builder) Mention(id, surface string, s Sentence) {
	i := b.entityIndex(id)
	if i < 0 {
		panic(fmt.Sprintf("graphtest: mention of %s, which %s does not list", id, b.url))
	}
	at := findWord(s.Text, surface)
	if at < 0 {
		panic(fmt.Sprintf("graphtest: %q is not in sentence %q", surface, s.Text))
	}
	start := s.Start + utf8.RuneCountInString(s.Text[:at])
	b.entities[i].Mentions = append(b.entities[i].Mentions, graph.Mention{
		Text: surface, Start: start, End: start + utf8.RuneCountInString(surface),
		Evidence: b.evidence(s), Confidence: 0.9,
	})
}

// Event lists an event reported in the given sentences and returns its id.
// An empty ID is graph.EventID of its type, day, place and actors; an empty
// Modality is asserted; a zero Confidence is 0.8.
func (b *Builder) Event(e graph.Event, in ...Sentence) string {
	if e.ID == "" {
		actors := append([]string(nil), e.ParticipantIDs...)
		if e.PerpetratorID != "" {
			actors = append(actors, e.PerpetratorID)
		}
		e.ID = graph.EventID(e.Type, e.Date.Day(), e.LocationID, actors, e.Name)
	}
	if e.Modality == "" {
		e.Modality = graph.Asserted
	}
	if e.Confidence == 0 {
		e.Confidence = 0.8
	}
	for _, id := range append([]string{e.LocationID, e.PerpetratorID}, e.ParticipantIDs...) {
		if id != "" && b.entityIndex(id) < 0 && b.eventIndex(id) < 0 {
			panic(fmt.Sprintf("graphtest: event %s refers to %s, which %s does not list", e.ID, id, b.url))
		}
	}
	if b.eventIndex(e.ID) >= 0 {
		panic(fmt.Sprintf("graphtest: event %s listed twice in %s", e.ID, b.url))
	}
	r := graph.EventReport{Event: e, ArticleID: b.ID()}
	for _, s := range in {
		r.Evidence = append(r.Evidence, b.evidence(s))
	}
	b.events = append(b.events, r)
	return e.ID
}

// Claim records that sentence s states c.Relation and returns the relation's
// id. The builder fills the relation id, the article and the evidence; an
// empty Modality is asserted and a zero Confidence is 0.7.
func (b *Builder) Claim(s Sentence, c graph.Claim) string {
	r := &c.Relation
	if r.Modality == "" {
		r.Modality = graph.Asserted
	}
	r.ID = graph.RelationID(r.Type, r.SourceID, r.TargetID, r.Modality)
	if c.Confidence == 0 {
		c.Confidence = 0.7
	}
	c.ArticleID = b.ID()
	c.Evidence = b.evidence(s)
	b.claims = append(b.claims, c)
	return r.ID
}

// Relate records a plain asserted claim: s states that source t target.
func (b *Builder) Relate(s Sentence, t graph.RelationType, source, target string) string {
	return b.Claim(s, graph.Claim{Relation: graph.Relation{Type: t, SourceID: source, TargetID: target}})
}

// Merge records a merge decided while this article was resolved.
func (b *Builder) Merge(fromID, intoID, rule string, names ...string) {
	b.merges = append(b.merges, graph.Merge{
		ID: graph.MergeID(fromID, intoID), FromID: fromID, IntoID: intoID,
		Names: names, Rule: rule, ArticleID: b.ID(),
	})
}

// Text returns the article text written so far.
func (b *Builder) Text() string {
	parts := make([]string, len(b.sentences))
	for i, s := range b.sentences {
		parts[i] = s.Text
	}
	return strings.Join(parts, " ")
}

// Graph returns the article graph. Each call returns a fresh copy, so a test
// may change one without affecting others.
func (b *Builder) Graph() graph.ArticleGraph {
	text := b.Text()
	fp := b.fingerprint
	if fp == "" {
		h := sha256.Sum256([]byte(b.title + "\x00" + b.published + "\x00" + text))
		fp = "graphtest:" + hex.EncodeToString(h[:8])
	}
	g := graph.ArticleGraph{
		Article: graph.Article{
			ID: b.ID(), Title: b.title, URL: b.url, Published: b.published,
			Text: text, Source: b.source, Fingerprint: fp,
		},
		Entities: make([]graph.EntityReport, len(b.entities)),
		Events:   make([]graph.EventReport, len(b.events)),
		Claims:   append([]graph.Claim(nil), b.claims...),
		Merges:   make([]graph.Merge, len(b.merges)),
	}
	for i, r := range b.entities {
		r.Entity.Aliases = append([]string(nil), r.Entity.Aliases...)
		r.Mentions = append([]graph.Mention(nil), r.Mentions...)
		g.Entities[i] = r
	}
	for i, r := range b.events {
		r.Event.ParticipantIDs = append([]string(nil), r.Event.ParticipantIDs...)
		r.Event.Killed = copyCount(r.Event.Killed)
		r.Event.Injured = copyCount(r.Event.Injured)
		r.Evidence = append([]graph.Evidence(nil), r.Evidence...)
		g.Events[i] = r
	}
	for i, m := range b.merges {
		m.Names = append([]string(nil), m.Names...)
		g.Merges[i] = m
	}
	return g
}

func (b *Builder) evidence(s Sentence) graph.Evidence {
	return graph.Evidence{ArticleID: b.ID(), Sentence: s.Text, Start: s.Start, End: s.End}
}

func (b *Builder) entityIndex(id string) int {
	for i, r := range b.entities {
		if r.Entity.ID == id {
			return i
		}
	}
	return -1
}

func (b *Builder) eventIndex(id string) int {
	for i, r := range b.events {
		if r.Event.ID == id {
			return i
		}
	}
	return -1
}

func copyCount(c *graph.Count) *graph.Count {
	if c == nil {
		return nil
	}
	cp := *c
	return &cp
}

// findWord returns the byte index of the first occurrence of form in text
// that is not part of a longer word ("Valdoria" is not in "Valdorian"),
// or -1.
func findWord(text, form string) int {
	if form == "" {
		return -1
	}
	for from := 0; ; {
		i := strings.Index(text[from:], form)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(form):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		from = i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
