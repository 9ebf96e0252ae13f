package extract

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"U.S. envoy met Gen. Smith in St. Louis.", []string{"U.S.", "envoy", "met", "Gen.", "Smith", "in", "St.", "Louis", "."}},
		{"Lammy’s trip, the minister's plan", []string{"Lammy", "’s", "trip", ",", "the", "minister", "'s", "plan"}},
		{"1,000 troops at 15:35, 3.5 percent", []string{"1,000", "troops", "at", "15:35", ",", "3.5", "percent"}},
		{"a 60-day truce -- Xi–Lula", []string{"a", "60", "-", "day", "truce", "--", "Xi", "–", "Lula"}},
		{"N'Djamena and Sana'a wouldn’t", []string{"N'Djamena", "and", "Sana'a", "would", "n’t"}},
		{"Kyiv won't, Moscow didn't", []string{"Kyiv", "wo", "n't", ",", "Moscow", "did", "n't"}},
		{"J. Smith at 9 a.m. today", []string{"J.", "Smith", "at", "9", "a.m.", "today"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text) {
				got = append(got, tok.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLowerForms holds the lexicon keys tokens carry. "didn't" reads "did
// not", so that modality and refusal rules written for the long form see
// it; "run-off" and "cease-fire" are one token keyed "runoff" and
// "ceasefire", so every vote and truce rule reads both spellings.
func TestLowerForms(t *testing.T) {
	tests := []struct {
		text string
		want string // lower-case forms joined by spaces
	}{
		{"Russia didn't attend", "russia did not attend"},
		{"Kyiv won’t sign", "kyiv will not sign"},
		{"They can't and shan't", "they can not and shall not"},
		{"WON'T", "will not"},
		{"the run-off and the Run-Offs", "the runoff and the runoffs"},
		{"a cease-fire, two cease-fires", "a ceasefire , two ceasefires"},
		{"a run-of-the-mill re-run", "a run - of - the - mill re - run"},
		{"the run-off's date", "the run - off 's date"},
		{"ran run- off", "ran run - off"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.text) {
			got = append(got, tok.lower)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}

func TestTokenizeOffsetsAreCodePoints(t *testing.T) {
	text := "Erdoğan’s “plan” — Türkiye didn’t\xffKyiv Cease-fire"
	runes := []rune(text)
	for _, tok := range tokenize(text) {
		if got := string(runes[tok.start:tok.end]); got != string([]rune(tok.text)) {
			t.Errorf("token %q: code points [%d,%d) hold %q", tok.text, tok.start, tok.end, got)
		}
		if text[tok.bstart:tok.bend] != tok.text {
			t.Errorf("token %q: bytes [%d,%d) hold %q", tok.text, tok.bstart, tok.bend, text[tok.bstart:tok.bend])
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Gen. Mark Milley met Dr. Lee in St. Louis on Jan. 5. They talked.",
			[]string{"Gen. Mark Milley met Dr. Lee in St. Louis on Jan. 5.", "They talked."}},
		{"U.S. mid-sentence and at the end", "U.S. officials flew in. The talks ended in the U.S. The next round is set.",
			[]string{"U.S. officials flew in.", "The talks ended in the U.S.", "The next round is set."}},
		{"quotes", "“We agree,” he said. “Russia must act.” The minister left.",
			[]string{"“We agree,” he said.", "“Russia must act.”", "The minister left."}},
		{"headings and paragraphs", "Talks Resume in Doha\n\nMediators met on Monday.\nA second line follows.",
			[]string{"Talks Resume in Doha", "Mediators met on Monday.", "A second line follows."}},
		{"lists", "The strikes hit three cities: Kharkiv, Odesa and Dnipro. Two died.",
			[]string{"The strikes hit three cities: Kharkiv, Odesa and Dnipro.", "Two died."}},
		{"decimal", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text)
			var got []string
			for _, s := range splitSentences(toks) {
				got = append(got, tt.text[toks[s.lo].bstart:toks[s.hi-1].bend])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentencesBoundsLength(t *testing.T) {
	toks := tokenize(strings.Repeat("word ", 1000))
	for _, s := range splitSentences(toks) {
		if s.hi-s.lo > maxSentenceTokens {
			t.Fatalf("got a sentence of %d tokens, want at most %d", s.hi-s.lo, maxSentenceTokens)
		}
	}
}

func TestHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Trump Blames Rivals, Says Deal Is Close", true},
		{"The minister said the talks would resume next week.", false},
		{"Ceasefire Holds", false}, // too short to tell
	}
	for _, tt := range tests {
		if got := isHeading(tokenize(tt.text)); got != tt.want {
			t.Errorf("isHeading(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}
