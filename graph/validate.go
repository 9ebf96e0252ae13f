package graph

import (
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// ValidateArticleGraphs checks every graph of a write with
// ValidateArticleGraph, before anything of it is written; the error names
// the first invalid article.
func ValidateArticleGraphs(graphs []ArticleGraph) error {
	for _, g := range graphs {
		if err := ValidateArticleGraph(g); err != nil {
			return fmt.Errorf("article %s: %w", g.Article.ID, err)
		}
	}
	return nil
}

// ValidateArticleGraph checks that g is self-consistent before any backend
// writes it: known types and modalities, ids of the right kind, every
// reference to a node that the graph itself holds, confidences in [0,1],
// evidence whose offsets point at its sentence in the article text, and
// mentions whose own offsets hold their text inside that sentence. All
// problems are reported together, wrapped in ErrInvalid.
func ValidateArticleGraph(g ArticleGraph) error {
	v := validator{text: g.Article.Text}
	a := g.Article
	if IDType(a.ID) != "Article" {
		v.addf("article id %q is not an article id", a.ID)
	}
	if a.Fingerprint == "" {
		v.addf("article %s has no fingerprint", a.ID)
	}
	if a.Published != "" {
		if _, err := time.Parse(DateLayout, a.Published); err != nil {
			v.addf("article %s published %q is not YYYY-MM-DD", a.ID, a.Published)
		}
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		v.addf("article %s is not valid UTF-8", a.ID)
	}
	nodes := make(map[string]string) // id → kind
	for _, r := range g.Entities {
		e := r.Entity
		if !e.Type.Valid() {
			v.addf("entity %q has unknown type %q", e.ID, e.Type)
		} else if IDType(e.ID) != string(e.Type) {
			v.addf("entity id %q does not name a %s", e.ID, e.Type)
		}
		if e.Name == "" {
			v.addf("entity %q has no name", e.ID)
		}
		if _, dup := nodes[e.ID]; dup {
			v.addf("entity %q is listed twice", e.ID)
		}
		nodes[e.ID] = string(e.Type)
		v.articleRef(a.ID, r.ArticleID, e.ID)
		for _, m := range r.Mentions {
			v.mention(a.ID, m, "mention of "+e.ID)
		}
	}
	for _, r := range g.Events {
		e := r.Event
		if !e.Type.Valid() {
			v.addf("event %q has unknown type %q", e.ID, e.Type)
		}
		if IDType(e.ID) != "Event" {
			v.addf("event id %q is not an event id", e.ID)
		}
		if _, dup := nodes[e.ID]; dup {
			v.addf("event %q is listed twice", e.ID)
		}
		nodes[e.ID] = "Event"
	}
	for _, r := range g.Events {
		e := r.Event
		if e.Name == "" {
			v.addf("event %q has no name", e.ID)
		}
		if err := e.Date.Validate(); err != nil {
			v.addf("event %q: %v", e.ID, err)
		}
		if !e.Modality.Valid() {
			v.addf("event %q has unknown modality %q", e.ID, e.Modality)
		}
		v.confidence(e.Confidence, "event "+e.ID)
		v.ref(nodes, e.LocationID, "location of event "+e.ID)
		v.ref(nodes, e.PerpetratorID, "perpetrator of event "+e.ID)
		for _, p := range e.ParticipantIDs {
			v.ref(nodes, p, "participant of event "+e.ID)
		}
		for _, c := range []*Count{e.Killed, e.Injured} {
			if c != nil && (c.Value < 0 || c.Min < 0) {
				v.addf("event %q has a negative casualty count", e.ID)
			}
		}
		v.articleRef(a.ID, r.ArticleID, e.ID)
		for _, ev := range r.Evidence {
			v.evidence(a.ID, ev, "event "+e.ID)
		}
	}
	for _, c := range g.Claims {
		r := c.Relation
		what := fmt.Sprintf("claim %s %s %s", r.SourceID, r.Type, r.TargetID)
		if !r.Type.Valid() {
			v.addf("%s: unknown relation type", what)
		}
		if !r.Modality.Valid() {
			v.addf("%s: unknown modality %q", what, r.Modality)
		}
		if r.ID != RelationID(r.Type, r.SourceID, r.TargetID, r.Modality) {
			v.addf("%s: id %q is not RelationID of its ends", what, r.ID)
		}
		if r.SourceID == "" || r.TargetID == "" {
			v.addf("%s: missing an end", what)
		}
		v.ref(nodes, r.SourceID, "source of "+what)
		v.ref(nodes, r.TargetID, "target of "+what)
		v.ref(nodes, c.SpeakerID, "speaker of "+what)
		v.confidence(c.Confidence, what)
		v.articleRef(a.ID, c.ArticleID, what)
		v.evidence(a.ID, c.Evidence, what)
	}
	for _, m := range g.Merges {
		if err := ValidateMerge(m); err != nil {
			v.add(err)
		}
	}
	return v.err()
}

// ValidateMerge checks that a merge names two distinct ids of the same kind.
func ValidateMerge(m Merge) error {
	switch {
	case m.FromID == "" || m.IntoID == "":
		return fmt.Errorf("merge %q needs both ids: %w", m.ID, ErrInvalid)
	case m.FromID == m.IntoID:
		return fmt.Errorf("merge %q merges %s into itself: %w", m.ID, m.FromID, ErrConflict)
	case IDType(m.FromID) == "" || IDType(m.FromID) != IDType(m.IntoID):
		return fmt.Errorf("merge %q: %s and %s are not of one kind: %w", m.ID, m.FromID, m.IntoID, ErrInvalid)
	case IDType(m.FromID) == "Article" || IDType(m.FromID) == "Relation" || IDType(m.FromID) == "Merge":
		return fmt.Errorf("merge %q: only entities and events merge, not %s: %w", m.ID, m.FromID, ErrInvalid)
	case m.ID != MergeID(m.FromID, m.IntoID):
		return fmt.Errorf("merge id %q is not MergeID(%s, %s): %w", m.ID, m.FromID, m.IntoID, ErrInvalid)
	}
	return nil
}

type validator struct {
	text  string
	runes []rune // the text as code points, built on first use
	errs  []error
}

func (v *validator) addf(format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf(format, args...))
}

func (v *validator) add(err error) { v.errs = append(v.errs, err) }

func (v *validator) err() error {
	if len(v.errs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrInvalid, errors.Join(v.errs...))
}

func (v *validator) ref(nodes map[string]string, id, what string) {
	if id == "" {
		return
	}
	if _, ok := nodes[id]; !ok {
		v.addf("%s: %q is not an entity or event of this article", what, id)
	}
}

func (v *validator) articleRef(articleID, got, what string) {
	if got != articleID {
		v.addf("%s belongs to article %q, not %q", what, got, articleID)
	}
}

func (v *validator) confidence(c float64, what string) {
	if c < 0 || c > 1 || c != c {
		v.addf("%s: confidence %v is outside [0,1]", what, c)
	}
}

// evidence checks that e's offsets hold its sentence, and reports whether
// they do.
func (v *validator) evidence(articleID string, e Evidence, what string) bool {
	if e.ArticleID != articleID {
		v.addf("%s: evidence from article %q, not %q", what, e.ArticleID, articleID)
	}
	return v.span(e.Start, e.End, e.Sentence, what+": evidence", "its sentence")
}

// mention checks a mention's evidence, that its own offsets hold its text,
// and that the text lies inside the evidence sentence.
func (v *validator) mention(articleID string, m Mention, what string) {
	v.confidence(m.Confidence, what)
	if m.Text == "" {
		v.addf("%s: the mention has no text", what)
	}
	sentenceOK := v.evidence(articleID, m.Evidence, what)
	if !v.span(m.Start, m.End, m.Text, what+":", "its text") || !sentenceOK {
		return
	}
	if m.Start < m.Evidence.Start || m.End > m.Evidence.End {
		v.addf("%s: offsets [%d,%d) are outside its sentence [%d,%d)", what, m.Start, m.End, m.Evidence.Start, m.Evidence.End)
	}
}

// span checks that [start, end) lies in the text and holds want, and
// reports whether it does.
func (v *validator) span(start, end int, want, what, holds string) bool {
	if v.runes == nil {
		v.runes = []rune(v.text)
	}
	if start < 0 || end < start || end > len(v.runes) {
		v.addf("%s offsets [%d,%d) outside the text (%d code points)", what, start, end, len(v.runes))
		return false
	}
	if string(v.runes[start:end]) != want {
		v.addf("%s offsets [%d,%d) do not hold %s", what, start, end, holds)
		return false
	}
	return true
}
