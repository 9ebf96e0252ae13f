package extract

import (
	"slices"
	"testing"
)

func TestInflectVerbForms(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"talk", []string{"talk", "talks", "talked", "talking"}},
		{"negotiate", []string{"negotiate", "negotiates", "negotiated", "negotiating"}},
		{"dispatch", []string{"dispatch", "dispatches", "dispatched", "dispatching"}},
		{"rally", []string{"rally", "rallies", "rallied", "rallying"}},
		{"destroy", []string{"destroy", "destroys", "destroyed", "destroying"}},
		{"ban", []string{"ban", "bans", "banned", "banning"}},
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
		{"expel", []string{"expel", "expels", "expelled", "expelling"}},
		{"kidnap", []string{"kidnap", "kidnaps", "kidnapped", "kidnapping"}},
		{"free", []string{"free", "frees", "freed", "freeing"}},
		{"tie", []string{"tie", "ties", "tied", "tying"}},
		{"veto", []string{"veto", "vetoes", "vetoed", "vetoing"}},
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"strike", []string{"strike", "strikes", "struck", "stricken", "striking"}},
		{"shoot", []string{"shoot", "shoots", "shot", "shooting"}},
		{"quit", []string{"quit", "quits", "quitting"}},
		{"withdraw", []string{"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}},
		{"cancel", []string{"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling"}},
		{"have", []string{"have", "had", "has", "having"}},
		{"pull back", []string{"pull back", "pulls back", "pulled back", "pulling back"}},
		{"take office", []string{"take office", "takes office", "took office", "taken office", "taking office"}},
		{"test-fire", []string{"test-fire", "test-fires", "test-fired", "test-firing"}},
	}
	for _, tt := range tests {
		if got := verbForms(tt.base); !slices.Equal(got, tt.want) {
			t.Errorf("verbForms(%q) = %v, want %v", tt.base, got, tt.want)
		}
	}
}

func TestVerbSet(t *testing.T) {
	s := verbSet("hold", "telephone")
	for _, w := range []string{"hold", "holds", "held", "holding", "telephoned", "telephoning"} {
		if !s[w] {
			t.Errorf("verbSet lacks %q", w)
		}
	}
	if s["holded"] {
		t.Errorf("verbSet has the regular past of an irregular verb: got %v", s)
	}
}

// TestTriggerVerbForms checks that the loader derives the forms of a verb
// row, keeps a noun row over a derived form and leaves out the forms a row
// names.
func TestTriggerVerbForms(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		ok    bool
		verb  bool
	}{
		{"telephoned", true, true},
		{"withdrawn", true, true},
		{"restoring ties", true, true},
		{"took office", false, false}, // left out: mostly background clauses
		{"pulling back", true, true},
		{"talks", true, false},  // the noun row
		{"bombs", false, false}, // left out: a noun
		{"downing", false, false},
		{"by phone", true, true}, // matched as written
	}
	for _, tt := range tests {
		tr, ok := lx.triggers.m[phraseKey(tt.words)]
		if ok != tt.ok || (ok && tr.verb != tt.verb) {
			t.Errorf("trigger %q: got ok=%v verb=%v, want ok=%v verb=%v", tt.words, ok, tr.verb, tt.ok, tt.verb)
		}
	}
}

func TestAddVerbFormsConflict(t *testing.T) {
	l := &lexicon{triggers: newPhrases[trigger]()}
	var rows []verbRow
	for _, row := range [][]string{{"strike", "Attack", "v"}, {"strike", "Protest", "v"}} {
		if err := l.addTrigger(row, &rows); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.addVerbForms(rows); err == nil {
		t.Errorf("two verb rows deriving one form with different types: got no error, want one")
	}
	l, rows = &lexicon{triggers: newPhrases[trigger]()}, nil
	if err := l.addTrigger([]string{"bomb", "Attack", "v", "bombz"}, &rows); err != nil {
		t.Fatal(err)
	}
	if err := l.addVerbForms(rows); err == nil {
		t.Errorf("a left-out word that is no form of the verb: got no error, want one")
	}
}

// TestVerbFormsDecidedAlike checks that a verb form a rule never listed is
// decided like its siblings: "telephoning" needs a party like "telephoned",
// "pulling back" needs ground to leave like "pulled back".
func TestVerbFormsDecidedAlike(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a call by its -ing form",
			"Zambian President Mwila Banda was telephoning Malawian President Chikondi Phiri on Tuesday when the line dropped.",
			[]string{"Chikondi Phiri MET_WITH Mwila Banda asserted"}, nil},
		{"a withdrawal by its -ing form",
			"Ghana said on Monday that its troops were pulling back from the border town of Kpalime in Togo.",
			[]string{"Other event OCCURRED_IN Kpalime asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.not)
		})
	}
}
