package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/geokg/geokg/graph"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// form says how a gazetteer alias names its entry.
type form uint8

const (
	formName    form = iota // the name or one of its variants
	formDemonym             // "Kenyan", "the Kenyans"
	formCapital             // a capital city standing for its country
)

// gazEntry is one thing a gazetteer phrase can name.
type gazEntry struct {
	name    string // canonical name
	typ     graph.EntityType
	kind    string
	code    string // ISO alpha-2 of a country
	country string // ISO alpha-2 of the state a place or body belongs to
	form    form
	surface []string // the alias's tokens as written, for case checks
}

// phrases maps token sequences (lowercased, accents folded, joined by
// spaces) to values, and finds the longest match at a position.
type phrases[T any] struct {
	m     map[string]T
	slots map[string]phraseSlot[T] // m and the proper prefixes, for one lookup a step
	max   int
}

// phraseSlot is what longest needs to know of a key.
type phraseSlot[T any] struct {
	v      T
	ok     bool // a phrase ends here: v is its value
	prefix bool // a longer phrase goes on
}

func newPhrases[T any]() *phrases[T] {
	return &phrases[T]{m: make(map[string]T), slots: make(map[string]phraseSlot[T])}
}

// add stores v under the tokens of s and returns the tokens.
func (p *phrases[T]) add(s string, v T) []token {
	toks := tokenize(s)
	if len(toks) == 0 {
		return nil
	}
	for i := 1; i < len(toks); i++ {
		pre := tokensKey(toks[:i])
		sl := p.slots[pre]
		sl.prefix = true
		p.slots[pre] = sl
	}
	key := tokensKey(toks)
	p.m[key] = v
	sl := p.slots[key]
	sl.v, sl.ok = v, true
	p.slots[key] = sl
	p.max = max(p.max, len(toks))
	return toks
}

// longest returns the value of the longest phrase starting at toks[i] and
// ending before hi, and its length in tokens.
func (p *phrases[T]) longest(toks []token, i, hi int) (T, int) {
	var best T
	n := 0
	if i < 0 {
		return best, 0 // a phrase before the text's first token
	}
	// The key grows in a stack buffer and is looked up as string(key),
	// which Go does without copying: this runs at every token.
	var arr [64]byte
	key := arr[:0]
	hi = min(hi, len(toks))
	for j := i; j < hi && j-i < p.max; j++ {
		if j > i {
			key = append(key, ' ')
		}
		key = append(key, toks[j].lower...)
		sl := p.slots[string(key)]
		if sl.ok {
			best, n = sl.v, j-i+1
		}
		if !sl.prefix {
			break
		}
	}
	return best, n
}

// roleClass says what a title word contributes.
type roleClass uint8

const (
	roleMod     roleClass = iota + 1 // qualifies a role: "deputy", "foreign"
	roleHead                         // a role: "minister", "envoy"
	roleLead                         // a role that leads a country or body: "president"
	roleLeadOrg                      // leads a body but not a country: "chairman"
)

// trigger is an event word.
type trigger struct {
	typ  graph.EventType
	verb bool
}

// lexicon is every embedded gazetteer and word list, parsed once.
type lexicon struct {
	gaz       *phrases[[]gazEntry]
	countries map[string]gazEntry // ISO alpha-2 → the country's name entry
	orgs      map[string]gazEntry // canonical name → an organisation's entry
	roles     *phrases[roleClass]
	triggers  *phrases[trigger]
	verbBase  map[string]string // a derived trigger verb form → its base: "pulled back" → "pull back"
	given     map[string]bool   // given names, lowercased
	words     map[string]bool   // common lowercase English words

	// adjectives map ISO alpha-2 to the state's first demonym ("Sudanese"),
	// the form its own bodies are named with.
	adjectives map[string]string
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon parses the embedded data files once for the whole process.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = parseLexicon() })
	return lex, lexErr
}

func parseLexicon() (*lexicon, error) {
	l := &lexicon{
		gaz:       newPhrases[[]gazEntry](),
		countries: make(map[string]gazEntry),
		orgs:      make(map[string]gazEntry),
		roles:     newPhrases[roleClass](),
		triggers:  newPhrases[trigger](),
		given:     make(map[string]bool),
		words:     make(map[string]bool),
	}
	l.adjectives = make(map[string]string)
	var verbRows []verbRow // trigger verbs by base form, until their forms are derived
	steps := []struct {
		file string
		cols int
		opt  int // optional trailing columns
		fn   func([]string) error
	}{
		{"data/countries.tsv", 6, 0, l.addCountry},
		{"data/orgs.tsv", 4, 0, l.addOrg},
		{"data/places.tsv", 4, 0, l.addPlace},
		{"data/roles.tsv", 2, 0, l.addRole},
		{"data/triggers.tsv", 3, 1, func(f []string) error { return l.addTrigger(f, &verbRows) }},
		{"data/givennames.txt", 1, 0, func(f []string) error { l.given[foldLower(f[0])] = true; return nil }},
		{"data/words.txt", 1, 0, func(f []string) error { l.words[f[0]] = true; return nil }},
	}
	for _, s := range steps {
		if err := eachRow(s.file, s.cols, s.opt, s.fn); err != nil {
			return nil, err
		}
	}
	if err := l.addVerbForms(verbRows); err != nil {
		return nil, fmt.Errorf("data/triggers.tsv: %w", err)
	}
	return l, nil
}

func eachRow(file string, cols, opt int, fn func([]string) error) error {
	f, err := dataFS.Open(file)
	if err != nil {
		return fmt.Errorf("open %s: %w", file, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		if len(fields) < cols || len(fields) > cols+opt {
			return fmt.Errorf("%s:%d: %d fields, want %d to %d", file, line, len(fields), cols, cols+opt)
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

func (l *lexicon) addGaz(alias string, e gazEntry) {
	toks := tokenize(alias)
	e.surface = make([]string, len(toks))
	for i, t := range toks {
		e.surface[i] = t.text
	}
	prev := l.gaz.m[tokensKey(toks)]
	for k, p := range prev {
		if p.name == e.name && p.typ == e.typ && p.form == e.form {
			// "Sinaloa Cartel" and "Sinaloa cartel", "NATO" and "Nato" are
			// one phrase: each word asks no more of the text than the more
			// lenient of its two forms.
			for i, w := range e.surface {
				if caseDemand(w) < caseDemand(prev[k].surface[i]) {
					prev[k].surface[i] = w
				}
			}
			return
		}
	}
	l.gaz.add(alias, append(prev, e))
}

func (l *lexicon) addCountry(f []string) error {
	iso2, name := f[0], f[2]
	if len(iso2) != 2 || name == "" {
		return fmt.Errorf("bad country row %q", f)
	}
	e := gazEntry{name: name, typ: graph.Country, code: iso2, country: iso2}
	l.countries[iso2] = e
	l.addGaz(name, e)
	for _, a := range splitList(f[3]) {
		l.addGaz(a, e)
	}
	d := e
	d.form = formDemonym
	if ds := splitList(f[4]); len(ds) > 0 {
		l.adjectives[iso2] = ds[0]
	}
	for _, a := range splitList(f[4]) {
		l.addGaz(a, d)
		l.addGaz("the "+a, d)
	}
	for _, c := range splitList(f[5]) {
		l.addGaz(c, gazEntry{name: c, typ: graph.Location, kind: "city", country: iso2, form: formCapital})
	}
	return nil
}

func (l *lexicon) addOrg(f []string) error {
	e := gazEntry{name: f[0], typ: graph.Organization, kind: f[1], country: f[3]}
	l.orgs[f[0]] = e
	for _, a := range append([]string{f[0]}, splitList(f[2])...) {
		l.addGaz(a, e)
		// "UN Security Council" is also written "U.N. Security Council".
		for short, dotted := range map[string]string{"UN ": "U.N. ", "US ": "U.S. ", "EU ": "E.U. ", "UK ": "U.K. "} {
			if strings.HasPrefix(a, short) {
				l.addGaz(dotted+a[len(short):], e)
			}
		}
	}
	return nil
}

func (l *lexicon) addPlace(f []string) error {
	e := gazEntry{name: f[0], typ: graph.Location, kind: f[1], country: f[2]}
	if e.kind == "capital" {
		// A capital written another way than countries.tsv has it.
		e.kind, e.form = "city", formCapital
	}
	l.addGaz(f[0], e)
	for _, a := range splitList(f[3]) {
		l.addGaz(a, e)
	}
	return nil
}

func (l *lexicon) addRole(f []string) error {
	c := map[string]roleClass{"mod": roleMod, "head": roleHead, "lead": roleLead, "lead-org": roleLeadOrg}[f[1]]
	if c == 0 {
		return fmt.Errorf("unknown role class %q", f[1])
	}
	toks := tokenize(f[0])
	if prev, n := l.roles.longest(toks, 0, len(toks)); n == len(toks) && prev > c {
		return nil // a word listed twice keeps its strongest class
	}
	l.roles.add(f[0], c)
	return nil
}

// addTrigger adds a trigger row, or appends a verb row whose forms are
// yet to be derived to rows.
func (l *lexicon) addTrigger(f []string, rows *[]verbRow) error {
	t := graph.EventType(f[1])
	if !t.Valid() {
		return fmt.Errorf("unknown event type %q", f[1])
	}
	tr := trigger{typ: t, verb: f[2] == "v"}
	switch {
	case f[2] != "n" && f[2] != "v":
		return fmt.Errorf("unknown part of speech %q", f[2])
	case len(f) == 4 && f[2] == "n":
		return fmt.Errorf("a noun row takes no forms column")
	case f[2] == "n" || (len(f) == 4 && f[3] == asWritten):
		l.triggers.add(f[0], tr)
	default:
		r := verbRow{base: f[0], tr: tr}
		if len(f) == 4 {
			for _, x := range splitList(f[3]) {
				r.leftOut = append(r.leftOut, strings.TrimSpace(x))
			}
		}
		*rows = append(*rows, r)
	}
	return nil
}

// caseFits reports whether the text tokens carry the capitals the alias was
// written with: "US" matches only "US", "White House" not "white house".
// Short all-capital aliases ("US", "UN", "EU") must match exactly, since
// their lowercase forms are common words.
func caseFits(e gazEntry, toks []token) bool {
	for k, s := range e.surface {
		if k >= len(toks) {
			return false
		}
		t := toks[k]
		r := firstRune(s)
		if !unicode.IsUpper(r) {
			continue
		}
		if !t.cap {
			return false
		}
		if len(s) <= 4 && isUpperWord(s) && t.text != s && !(t.allUpper && len(e.surface) > 1) {
			return false
		}
		if innerCapital(s) && t.text != s && !t.allUpper {
			return false // "LeT" is not "Let", "LoC" not "Loc"
		}
	}
	return true
}

// caseDemand ranks what caseFits asks of a text word written like w: none
// (lower case), a capital, or the exact spelling (short capitals, "LeT").
func caseDemand(w string) int {
	switch {
	case !unicode.IsUpper(firstRune(w)):
		return 0
	case len(w) <= 4 && isUpperWord(w) || innerCapital(w):
		return 2
	}
	return 1
}

// innerCapital reports whether a word has a capital after a lower-case
// letter: an abbreviation such as "LeT" or "LoC" written its own way.
func innerCapital(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			lower = true
		} else if unicode.IsUpper(r) && lower {
			return true
		}
	}
	return false
}

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}
