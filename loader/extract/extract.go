// Package extract is geokg's offline rule-based extractor: it reads one news
// article and returns the people, countries, organisations, places, events
// and relations it states, each with the sentence that states it.
//
// Extraction is pure: text in, graph values out. Gazetteers and lexicons are
// embedded data files (data/), parsed once per process; nothing is read from
// disk or the network. The pipeline is a sequence of linear passes over the
// tokens: sentences, gazetteer and title spans, names, metonymy, dates and
// casualty figures, event triggers and their arguments, event coreference,
// then relations.
package extract

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// version names the rules; it is part of every article's fingerprint, so a
// change of rules re-reads stored articles. Bump it with every rule change.
const version = "geokg-rules/1.24"

// Extractor is the rule-based extractor. The zero value is not usable; call
// New. It holds no per-article state and is safe for concurrent use.
type Extractor struct {
	lex *lexicon
	err error
}

// New returns an extractor with the embedded gazetteers loaded.
func New() *Extractor {
	l, err := loadLexicon()
	return &Extractor{lex: l, err: err}
}

// Version names the extractor and its rules.
func (x *Extractor) Version() string { return version }

// Extract reads one article. The result carries the article unchanged; its
// Fingerprint is left for the loader to set.
func (x *Extractor) Extract(ctx context.Context, a graph.Article) (graph.ArticleGraph, error) {
	if x == nil || x.lex == nil {
		err := fmt.Errorf("extractor not initialised")
		if x != nil && x.err != nil {
			err = x.err
		}
		return graph.ArticleGraph{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	if err := ctx.Err(); err != nil {
		return graph.ArticleGraph{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	if len(a.Text) <= windowBytes {
		d := newDoc(x.lex, a)
		d.run(ctx)
		if err := ctx.Err(); err != nil {
			return graph.ArticleGraph{}, fmt.Errorf("extract %s: %w", a.ID, err)
		}
		return d.output(), nil
	}
	g, err := x.extractWindows(ctx, a)
	if err != nil {
		return graph.ArticleGraph{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	return g, nil
}

// doc is the working state of one extraction.
type doc struct {
	lex    *lexicon
	art    graph.Article
	text   string
	toks   []token
	sents  []sentence
	sentOf []int32 // token index → sentence index
	pub    time.Time
	hasPub bool
	// lo and hi bound the bytes of text this doc reads, and runeLo counts
	// the code points before lo: a long article is read window by window.
	lo, hi, runeLo int

	spans    []span    // gazetteer, title and name spans, in text order
	spanAt   []int32   // token index → span index + 1 (0: none)
	ents     []*entity // in order of first mention
	entByKey map[string]*entity
	dates    []dateExpr
	counts   []countExpr
	speakers []int32 // sentence index → entity index + 1 of who is quoted (0: none)
	trigAt   []bool  // token starts an event trigger
	evs      []*eventMention
	evAt     map[int]*eventMention // trigger start → mention
	evStart  []int                 // sentence → index of its first mention in evs
	// folded maps the trigger start of "a proposal for" to the event it
	// was folded into, so "rejected the proposal for talks" reaches them.
	folded map[int]*eventMention
	// bodyByHead maps the last word of an organisation's name to it, for
	// "the Tribunal"; affil maps a body to the people titled with it.
	bodyByHead map[string]*entity
	ministries map[string]*entity // ministryKey → the ministry
	affil      map[*entity][]*entity
	agrees     []agreement
	events     []*event
	claims     []claim

	// stateBodies maps "<ISO alpha-2> <noun>" to a state's lower-case body:
	// "SD army" is "Sudan's army" and "the Sudanese military".
	stateBodies map[string]*entity

	// ownClaims holds the tolls a side gave of its own deeds ("saying its
	// fighters had killed 100"): any later independent figure outranks them.
	ownClaims map[*graph.Count]bool

	// What depends on the tokens alone, kept once asked (clausecache.go).
	clauses  []clauseSpan // token → its clause
	breaks   []bool       // token ends a clause
	condCues [][]int32    // sentence → tokens that may open a condition
	voteTold int8         // tellsVote: 0 not yet asked, 1 no, 2 yes
}

func newDoc(l *lexicon, a graph.Article) *doc {
	d := &doc{lex: l, art: a, text: a.Text, hi: len(a.Text), entByKey: make(map[string]*entity), bodyByHead: make(map[string]*entity)}
	if t, err := time.Parse(graph.DateLayout, a.Published); err == nil {
		d.pub, d.hasPub = t, true
	}
	return d
}

// run performs every pass. Each pass is linear in the text; the context is
// checked between passes so that a cancelled load stops promptly.
func (d *doc) run(ctx context.Context) {
	d.toks = tokenizeAt(d.text, d.lo, d.hi, d.runeLo)
	d.sents = splitSentences(d.toks)
	d.sentOf = make([]int32, len(d.toks))
	for i, s := range d.sents {
		for k := s.lo; k < s.hi; k++ {
			d.sentOf[k] = int32(i)
		}
	}
	passes := []func(){
		d.findSpans,
		d.resolveNames,
		d.findSpeakers,
		d.findDates,
		d.findCounts,
		d.findEvents,
		d.corefEvents,
		d.relativeDays,
		d.startDays,
		d.recalledDates,
		d.occasionDates,
		d.ballotDates,
		d.sameDayEvents,
		d.headlineDates,
		d.perfectLedeDates,
		d.jointStatementDates,
		d.pastDates,
		d.findRelations,
	}
	for _, p := range passes {
		if ctx.Err() != nil {
			return
		}
		p()
	}
}

// evidence returns the sentence s as provenance.
func (d *doc) evidence(s int) graph.Evidence {
	sn := d.sents[s]
	first, last := d.toks[sn.lo], d.toks[sn.hi-1]
	text := d.text[first.bstart:last.bend]
	if !utf8.ValidString(text) {
		// Offsets count an invalid byte as one code point, as Go's []rune
		// and the validator do; the sentence spells it U+FFFD likewise.
		text = string([]rune(text))
	}
	return graph.Evidence{ArticleID: d.art.ID, Sentence: text, Start: first.start, End: last.end}
}

// spanText returns the text of tokens [lo, hi) as written.
func (d *doc) spanText(lo, hi int) string {
	if lo >= hi {
		return ""
	}
	return d.text[d.toks[lo].bstart:d.toks[hi-1].bend]
}
