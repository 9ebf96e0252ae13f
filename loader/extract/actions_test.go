package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestActionEvents(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		typ   graph.EventType // "" when no event of the text's kind is wanted
		title string          // a word the event's name holds
		parts []string        // names among the participants
		loc   string          // the place's name, "" for any
		mod   graph.Modality  // "" for any
	}{
		{"a call told by its channel",
			"Norwegian Prime Minister Jonas Lie said he would discuss the dispute with Danish Prime Minister Mette Holm by phone on Friday.",
			graph.Meeting, "phone call", []string{"Mette Holm"}, "", ""},
		{"an interview by phone is no call",
			"Kenyan President William Ruto told Reuters by phone that the border would stay open.",
			"", "", nil, "", ""},
		{"a ship boarded and detained",
			"Swedish authorities on Monday boarded and detained a cargo ship suspected of smuggling arms.",
			graph.OtherEvent, "detention", []string{"Sweden"}, "", ""},
		{"a person detained is not the ship rule's",
			"Police detained 200 people after the march.",
			"", "", nil, "", ""},
		{"forces sent",
			"Turkey sent warships and patrol aircraft to the eastern Mediterranean on Tuesday.",
			graph.OtherEvent, "deployment", []string{"Turkey"}, "", ""},
		{"a letter sent is a statement, not a deployment",
			"Moldova sent a letter to the commission on Tuesday.",
			graph.Statement, "letter", []string{"Moldova"}, "", ""},
		{"offices closed",
			"Moldovan police closed two offices of a banned party in Chisinau on Tuesday.",
			graph.OtherEvent, "closure", []string{"Moldova"}, "Chisinau", ""},
		{"a crossing shut, told in the passive",
			"The crossing between Tijuana and San Diego has been shut since June.",
			graph.OtherEvent, "closure", nil, "Tijuana", ""},
		{"a crossing reopened by a state",
			"Turkey reopened the Kapikule border crossing with Bulgaria on Friday.",
			graph.OtherEvent, "reopening", []string{"Turkey"}, "", ""},
		{"a crossing that reopened, placed by its subject",
			"The Bab al-Hawa crossing with Turkey reopened for aid trucks on Monday.",
			graph.OtherEvent, "reopening", nil, "Bab al-Hawa", ""},
		{"a case reopened is no event",
			"The court reopened the case against the former minister on Monday.",
			"", "", nil, "", ""},
		{"power cuts announced",
			"The grid operator announced power cuts in Johannesburg on Monday.",
			graph.OtherEvent, "power cuts", nil, "Johannesburg", ""},
		{"patrols stepped up by the speaker",
			"The African Union said it had stepped up patrols along the frontier.",
			graph.OtherEvent, "patrols", []string{"African Union"}, "", ""},
		{"a postponed state visit",
			"Brazilian President Luiz Inacio Lula da Silva postponed a three-day state visit to Angola.",
			graph.Meeting, "visit", []string{"Luiz Inacio Lula da Silva"}, "Angola", graph.Denied},
		{"a terrorist designation",
			"The State Department designated two gangs as foreign terrorist organisations in March.",
			graph.Sanction, "designation", nil, "", ""},
		{"sailors rescued",
			"Greek authorities rescued 40 migrants off Lampedusa on Sunday.",
			graph.OtherEvent, "rescue", []string{"Greece"}, "", ""},
		{"sanctions kept in place",
			"The European Union has kept sanctions on Belarus in place since 2020.",
			graph.Sanction, "sanctions", []string{"European Union", "Belarus"}, "", ""},
		{"a declaration of independence",
			"Ethiopia has never recognised Eritrea's 1993 declaration of independence.",
			graph.OtherEvent, "declaration of independence", []string{"Eritrea"}, "", ""},
		{"a mission launched",
			"The European Union launched a naval mission last year to escort merchant ships.",
			graph.OtherEvent, "mission", []string{"European Union"}, "", ""},
		{"a standing mission is no event",
			"The mission's commander said the ships were safe.",
			"", "", nil, "", ""},
		{"a pullout of troops",
			"Aid groups warned that a pullout of African Union peacekeepers could expose the villages.",
			graph.OtherEvent, "pullout", []string{"African Union"}, "", graph.Possible},
		{"an emergency session asked for",
			"Ecuador would press the UN Security Council to call an emergency session, its interior minister said.",
			graph.Meeting, "emergency session", []string{"UN Security Council"}, "", graph.Possible},
		{"imports suspended after an urging",
			"Moscow urged its citizens to avoid travel to Georgia and suspended imports of Georgian wine.",
			graph.Sanction, "import suspension", []string{"Russia", "Georgia"}, "", graph.Asserted},
		{"a delegation sent",
			"The African Union said it would send a delegation to Khartoum next week.",
			graph.Meeting, "visit", []string{"African Union"}, "", graph.Possible},
		{"a ship's detainer, not the places named with it",
			"Danish authorities detained a tanker suspected of cutting a cable between Sweden and Poland.",
			graph.OtherEvent, "detention", []string{"Denmark"}, "", ""},
		{"a march named by what it is, placed by the city it went through",
			"Thousands of people marched through Nairobi on Saturday to demand lower taxes. Police said the protesters threw stones.",
			graph.Protest, "protest in Nairobi", nil, "Nairobi", ""},
		{"a statement's place is not the place it reports",
			"The ship reached Mombasa in Kenya on Friday, Kenya's navy said in a post on X.",
			graph.Statement, "post", nil, "", ""},
		{"a televised statement",
			"Army spokesman Yusuf Hamdan said in a televised statement that the town had been retaken.",
			graph.Statement, "statement", []string{"Yusuf Hamdan"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-16")
			g := d.output()
			names := entityNames(g)
			var found *graph.Event
			var all []string
			for i, r := range g.Events {
				all = append(all, string(r.Event.Type)+": "+r.Event.Name)
				if r.Event.Type == tt.typ && strings.Contains(r.Event.Name, tt.title) {
					found = &g.Events[i].Event
				}
			}
			if tt.typ == "" {
				if len(g.Events) != 0 {
					t.Fatalf("got events %v, want none", all)
				}
				return
			}
			if found == nil {
				t.Fatalf("got events %v, want a %s named with %q", all, tt.typ, tt.title)
			}
			parts := checkEventArgs(t, *found, names, tt.parts, tt.loc)
			if tt.name == "a ship's detainer, not the places named with it" && len(parts) != 1 {
				t.Errorf("got participants %v, want only the detaining state", parts)
			}
			if tt.name == "a statement's place is not the place it reports" && found.LocationID != "" {
				t.Errorf("got place %q, want none", found.LocationID)
			}
			if tt.mod != "" && found.Modality != tt.mod {
				t.Errorf("got modality %s, want %s", found.Modality, tt.mod)
			}
		})
	}
}

func TestSeriesMention(t *testing.T) {
	runCountCases(t, "2025-04-16", graph.Attack, []countCase{
		{"a count in a series is no new attack",
			"A drone struck a market in Goma on Sunday, the army said. It was the third drone attack on the city since March.", 1},
		{"such incidents this year",
			"A rocket attack on an airbase in Erbil wounded two soldiers on Monday. It was the fourth such attack this year.", 1},
		{"an ordinal without a span of time is a new event",
			"A rocket attack on an airbase in Erbil wounded two soldiers on Monday. A second attack on a base in Kirkuk killed one soldier on Tuesday.", 2},
	})
}

func TestStatementDates(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // the statement's day, "" when undated
	}{
		{"the day of what is reported is not the statement's",
			"Gunmen seized a bus near the border on Monday evening, police spokesman Emeka Obi said in a statement.", ""},
		{"the day next to the statement is",
			"Police spokesman Emeka Obi said in a statement on Tuesday that the passengers were freed.", "2025-04-15"},
		{"a stance taken on a day dates a later statement by the same person",
			"President Lena Marsh on Monday firmly rejected the proposal. \"We will not bow to pressure,\" Marsh said at a news conference.", "2025-04-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-16").output()
			var got []string
			for _, r := range g.Events {
				if r.Event.Type == graph.Statement {
					got = append(got, r.Event.Date.Day())
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got statement days %q, want one on %q", got, tt.want)
			}
		})
	}
}
