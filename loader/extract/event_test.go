package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// claimsOf renders the claims of an analysis as "Source TYPE Target
// modality", naming entities by name and events by "Type event".
func claimsOf(t *testing.T, d *doc) []string {
	t.Helper()
	g := d.output()
	names := entityNames(g)
	for _, r := range g.Events {
		names[r.Event.ID] = string(r.Event.Type) + " event"
	}
	var out []string
	for _, c := range g.Claims {
		r := c.Relation
		out = append(out, fmt.Sprintf("%s %s %s %s", names[r.SourceID], r.Type, names[r.TargetID], r.Modality))
	}
	sort.Strings(out)
	return out
}

// checkClaims analyses text and reports every claim of want that is
// missing and every claim of absent that is present.
func checkClaims(t *testing.T, text, published string, want, absent []string) {
	t.Helper()
	got := claimsOf(t, analyse(t, text, published))
	if missing := hasAll(got, want); len(missing) > 0 {
		t.Errorf("missing %q\ngot %s", missing, strings.Join(got, "\n    "))
	}
	for _, a := range absent {
		if slices.Contains(got, a) {
			t.Errorf("got %q, want no such claim", a)
		}
	}
}

// claimCase is one text with the claims it must and must not yield.
type claimCase struct {
	name, text   string
	want, absent []string
}

// runClaimCases checks each case as a subtest, all against the publication
// date pub so that relative dates in the texts resolve alike.
func runClaimCases(t *testing.T, pub string, cases []claimCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, pub, tt.want, tt.absent)
		})
	}
}

func hasAll(got, want []string) []string {
	set := make(map[string]bool, len(got))
	for _, g := range got {
		set[g] = true
	}
	var missing []string
	for _, w := range want {
		if !set[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		pub       string
		wantTypes []graph.EventType
		check     func(t *testing.T, g graph.ArticleGraph)
	}{
		{"one strike told three times",
			"A missile strike on Kharkiv, Ukraine, killed at least 12 people on Sunday. The attack also wounded 40. Officials condemned the strike.",
			"2025-04-16", []graph.EventType{graph.Attack},
			func(t *testing.T, g graph.ArticleGraph) {
				e := g.Events[0].Event
				if e.Date.Day() != "2025-04-13" || e.Killed == nil || e.Killed.Value != 12 || e.Killed.Qualifier != "at least" ||
					e.Injured == nil || e.Injured.Value != 40 || e.LocationID != "location:kharkiv" {
					t.Errorf("got %+v killed %+v injured %+v, want Kharkiv on 2025-04-13, at least 12 killed, 40 wounded", e, e.Killed, e.Injured)
				}
				if len(g.Events[0].Evidence) != 3 {
					t.Errorf("got %d evidence sentences, want 3", len(g.Events[0].Evidence))
				}
			}},
		{"a meeting and a separate possible summit",
			"Foreign Minister Lina Haddad met with Jordanian Foreign Minister Omar Nasser in Amman on Tuesday. Haddad has not ruled out a summit with the Syrian president.",
			"2025-04-16", []graph.EventType{graph.Meeting, graph.Meeting},
			func(t *testing.T, g graph.ArticleGraph) {
				if e := g.Events[0].Event; e.Date.Day() != "2025-04-15" || e.LocationID != "location:amman" || len(e.ParticipantIDs) != 2 {
					t.Errorf("got %+v, want the Amman meeting on 2025-04-15 with two participants", e)
				}
				if e := g.Events[1].Event; e.Modality != graph.Possible {
					t.Errorf("got %s, want the summit possible", e.Modality)
				}
			}},
		{"sanctions by one side and tariffs by the other",
			"Canada imposed sanctions on Venezuela on Monday. Venezuela announced tariffs on Canadian goods.",
			"2025-04-16", []graph.EventType{graph.Sanction, graph.Sanction}, nil},
		{"an election with its country",
			"Voters in Ghana's presidential election backed John Mahama, the electoral commission said.",
			"2025-04-16", []graph.EventType{graph.Election},
			func(t *testing.T, g graph.ArticleGraph) {
				if e := g.Events[0].Event; e.LocationID != "country:GH" {
					t.Errorf("got place %q, want Ghana", e.LocationID)
				}
			}},
		{"war without parties is no node", "The war dragged on.", "2025-04-16", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, tt.pub)
			g := d.output()
			var got []graph.EventType
			for _, r := range g.Events {
				got = append(got, r.Event.Type)
				if r.Event.Type.CAMEO() == "" && r.Event.Type != graph.Election && r.Event.Type != graph.OtherEvent {
					t.Errorf("event type %s has no CAMEO root", r.Event.Type)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantTypes) {
				t.Fatalf("got events %v, want %v", got, tt.wantTypes)
			}
			if tt.check != nil {
				tt.check(t, g)
			}
		})
	}
}

func TestRelations(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles",
			"Kenyan President William Ruto met NATO Secretary-General Mark Rutte. Deputy Prime Minister Musalia Mudavadi of Kenya was absent. Ruto's spokesman Hussein Mohamed spoke later.",
			[]string{"William Ruto LEADS Kenya asserted", "Mark Rutte LEADS NATO asserted", "Hussein Mohamed AFFILIATED_WITH William Ruto asserted",
				"Mark Rutte MET_WITH William Ruto asserted"}},
		{"appositive",
			"Talks were led by Sergei Lavrov, the Russian foreign minister, and Abdi Farah, a senior adviser to the Somali president.",
			[]string{"Sergei Lavrov AFFILIATED_WITH Russia asserted"}},
		{"places in places",
			"Shelling hit Kherson, Ukraine, and Goma, the largest city of North Kivu province.",
			[]string{"Kherson LOCATED_IN Ukraine asserted", "Goma LOCATED_IN North Kivu asserted"}},
		{"attack with perpetrator and target",
			"Russian forces launched a drone attack on Odesa on Friday.",
			[]string{"Russia PERPETRATED Attack event asserted", "Russia ATTACKED Odesa asserted", "Attack event OCCURRED_IN Odesa asserted"}},
		{"condemnation and criticism",
			"The African Union condemned the massacre in Darfur. Sudan criticized Chad for the raid.",
			[]string{"African Union CONDEMNED Attack event asserted", "Sudan CRITICIZED Chad asserted"}},
		{"agreement refused and reached",
			"Armenia and Azerbaijan failed to agree on a peace treaty, but they agreed to a detainee swap.",
			[]string{"Armenia AGREED Agreement event denied", "Azerbaijan AGREED Agreement event denied", "Armenia AGREED Agreement event asserted"}},
		{"offer on a condition",
			"Germany offered a reconstruction plan to Syria, but only if a ceasefire holds.",
			[]string{"Proposal event CONDITIONED_ON Ceasefire event asserted"}},
		{"rejection and demand",
			"Hamas rejected the ceasefire proposal. Egypt called for a truce.",
			[]string{"Hamas REJECTED Ceasefire event asserted", "Egypt DEMANDED Ceasefire event asserted"}},
		{"leader named in an apposition",
			"The Libyan National Army, led by Gen. Omar Saleh, clashed with rebels.",
			[]string{"Omar Saleh LEADS Libyan National Army asserted"}},
		{"two leaders meet a third",
			"Prime Minister Anna Berg and President Tomas Lind signed a treaty. The two leaders then held talks with Chancellor Karl Weiss.",
			[]string{"Anna Berg MET_WITH Tomas Lind asserted", "Anna Berg MET_WITH Karl Weiss asserted", "Karl Weiss MET_WITH Tomas Lind asserted"}},
		{"group phrases and brokers",
			"Kenyan and Ethiopian-mediated talks between the two sides in Juba stalled. Both sides imposed sanctions.",
			[]string{"Meeting event OCCURRED_IN Juba asserted"}},
		{"condemning an act named before",
			"Gunmen attacked a convoy in Kano on Monday. Nigeria denounced the despicable act.",
			[]string{"Nigeria CONDEMNED Attack event asserted"}},
		{"levies of a leader on goods",
			"Chilean President Rosa Vidal's 15% levies on Brazilian and Argentine beef took effect.",
			[]string{"Rosa Vidal SANCTIONED Brazil asserted", "Rosa Vidal SANCTIONED Argentina asserted"}},
		{"quoted speaker",
			"“We will strike back,” Defence Minister Yoav Katz said. Israel threatened Iran.",
			[]string{"Israel THREATENED Iran asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, nil)
		})
	}
}

func TestClaimSpeaker(t *testing.T) {
	d := analyse(t, "“Venezuela must free the prisoners,” Colombian Foreign Minister Laura Sarabia said.", "2025-04-16")
	g := d.output()
	for _, c := range g.Claims {
		if c.Relation.Type == graph.Demanded {
			if c.SpeakerID != "" || c.Relation.SourceID != "person:laura-sarabia" {
				t.Errorf("got source %s speaker %q, want Sarabia demanding in her own words", c.Relation.SourceID, c.SpeakerID)
			}
			return
		}
	}
	t.Errorf("no DEMANDED claim in %v", claimsOf(t, d))
}
