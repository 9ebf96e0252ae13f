package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// statementEvents returns the article's statements as "name: participant,
// participant", in output order.
func statementEvents(t *testing.T, text string) []string {
	t.Helper()
	g := analyse(t, text, "2025-04-16").output()
	names := entityNames(g)
	var out []string
	for _, r := range g.Events {
		if r.Event.Type != graph.Statement {
			continue
		}
		parts := participantNames(r.Event, names)
		out = append(out, r.Event.Name+": "+strings.Join(parts, ", "))
	}
	return out
}

func TestLettersMessagesRemarks(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		parts []string // every participant the one statement must have; nil when no statement is wanted
	}{
		{"wrote to a leader",
			"Chilean President Rosa Vidal wrote to Peruvian President Marco Ruiz urging him to reopen the crossing.",
			[]string{"Rosa Vidal", "Marco Ruiz"}},
		{"a letter opening the sentence",
			"In a letter to the African Union, Kenyan Foreign Minister Amos Wekesa said the border would stay closed.",
			[]string{"Amos Wekesa", "African Union"}},
		{"a message of condolences",
			"Japanese Prime Minister Kenji Mori sent a message of condolences to Indonesian President Budi Santoso.",
			[]string{"Kenji Mori", "Budi Santoso"}},
		{"a video message",
			"In a video message on Sunday, opposition leader Ana Ferreira urged supporters to stay calm.",
			[]string{"Ana Ferreira"}},
		{"remarks to reporters, the title's nationality not a party",
			"In remarks to reporters in Oslo on Monday, Norwegian Prime Minister Jonas Lie said the talks would go on.",
			[]string{"Jonas Lie"}},
		{"a figurative message",
			"The drills sent a strong message to Beijing, Taiwanese Defence Minister Wen Hsu said.",
			nil},
		{"remarks pointed back at",
			"Rosa Vidal's remarks angered Lima.",
			nil},
		{"a letter of intent",
			"Chile and Peru signed a letter of intent on lithium.",
			nil},
		{"wrote about no one",
			"The minister wrote to ask for more time.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if have := checkStatement(t, tt.text, tt.parts); tt.parts != nil && len(have) != len(tt.parts) {
				t.Errorf("got participants %q, want exactly %q", have, tt.parts)
			}
		})
	}
}

// checkStatement extracts text and checks its statements: none when parts
// is nil, else exactly one whose participants include every name in parts.
// It returns that statement's participants.
func checkStatement(t *testing.T, text string, parts []string) []string {
	t.Helper()
	got := statementEvents(t, text)
	if parts == nil {
		if len(got) != 0 {
			t.Errorf("got statements %q, want none", got)
		}
		return nil
	}
	if len(got) != 1 {
		t.Fatalf("got statements %q, want one", got)
	}
	_, names, _ := strings.Cut(got[0], ": ")
	have := strings.Split(names, ", ")
	for _, p := range parts {
		if !slices.Contains(have, p) {
			t.Errorf("got participants %q, want %s among them", have, p)
		}
	}
	return have
}
