package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// partyCase is one text with the participants its one Other event must
// have; a nil want asks for no Other event at all.
func TestActEvents(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"drills after and", "Beijing condemned the sale and answered with large-scale military drills near the island.",
			[]string{"China"}},
		{"drills of a relative clause", "Washington approved a missile sale to Manila, which Beijing condemned and answered with naval drills.",
			[]string{"China"}},
		{"ordered exercises", "Maduro said Venezuela would resist and ordered militia exercises in border states.", []string{"Venezuela"}},
		{"joint exercises with a partner", "Guyana hosted joint military exercises with the US Navy off its coast.",
			[]string{"Guyana", "US Navy"}},
		{"fire drills", "Schools in Chile held fire drills on Monday.", nil},
		{"scrambled jets", "Norway scrambled fighter jets as the drones crossed the border.", []string{"Norway"}},
		{"scrambled to respond", "Norway scrambled to respond to the crisis.", nil},
		{"swear in a cabinet", "King Harald is due to swear in the incoming cabinet on Friday.", []string{"Harald"}},
		{"inaugurated a dam", "President William Ruto inaugurated the new dam on Monday.", []string{"William Ruto"}},
		{"newly inaugurated", "The newly inaugurated president William Ruto spoke on Monday.", nil},
		{"internet shutdown imposed", "Kenya imposed a nationwide internet shutdown on Monday.", []string{"Kenya"}},
		{"power switched off", "Power was switched off in Kenya on Monday.", nil},
		{"detained employees", "Georgian security officers on Monday detained two employees of the news agency TASS.",
			[]string{"Georgia"}},
		{"released from detention in a relative clause", "Union leader Marc Tello, who was released from detention in June, said the strike would go on.",
			[]string{"Marc Tello"}},
		{"water released from a dam", "Water released from the dam flooded three villages in June.", nil},
		{"release detained supporters", "Rights groups urged the authorities to restore order and release detained opposition supporters.", nil},
		{"ordered back for consultations", "He ordered Peru's ambassador in Madrid, Jose Lopez, to return to Lima for consultations.",
			[]string{"Jose Lopez"}},
		{"withdrew from a town", "Rwanda withdrew from the town of Goma on Monday.", []string{"Rwanda"}},
		{"asked to withdraw", "Kenya urged France to pressure Mali to end its raids and withdraw from three border positions.",
			[]string{"Mali"}},
		{"withdrew from a race", "Senator Ana Ruiz withdrew from the race on Monday.", nil},
		{"withdrew a bill", "Chile withdrew the pension bill on Monday.", nil},
		{"expelled troops", "Niger expelled French troops in 2023.", []string{"Niger", "France"}},
		{"expelled from a party", "The party expelled two lawmakers in 2023.", nil},
		{"arrested after a comma", "Teacher Anne Moreau and her partner Luc Girard, arrested in May 2022 during a holiday, were flown home on Tuesday.",
			[]string{"Anne Moreau", "Luc Girard"}},
		{"mourning after a long quotation", `Ghanaian President John Mahama condemned what he called "a senseless crime against innocent farmers" and declared three days of national mourning.`,
			[]string{"John Mahama"}},
		{"arrest after a long quotation", `Chad's military government denounced what it called "a cowardly plot against the republic" and arrested at least 20 officers.`,
			[]string{"Chad"}},
		{"arrest after and", "Chad's military government said it had foiled a plot against the president and arrested at least 20 officers.",
			[]string{"Chad"}},
	})
}

func TestActShutdownPlace(t *testing.T) {
	g := analyse(t, "The internet was switched off nationwide in Kenya on the eve of the vote.", "2026-03-01").output()
	names := entityNames(g)
	for _, r := range g.Events {
		if r.Event.Type == "Other" {
			if got := names[r.Event.LocationID]; got != "Kenya" {
				t.Errorf("place: got %q, want Kenya", got)
			}
			return
		}
	}
	t.Errorf("got no Other event, want the shutdown")
}

func TestActRecallNotMeeting(t *testing.T) {
	runCountCases(t, "2026-03-01", graph.Meeting, []countCase{
		{"recalled for consultations", "Colombia recalled its ambassador in Washington for consultations.", 0},
		{"ordered back for consultations", "Peru ordered its envoy in Madrid to return home for consultations.", 0},
		{"consultations of ministers", "The foreign ministers of Peru and Chile held consultations in Lima on Monday.", 1},
	})
}
