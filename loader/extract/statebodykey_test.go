package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestStateBodiesKeyedByState(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		body    string   // the one node wanted, "" for none
		aliases []string // surface forms the node must keep
		absent  []string // organisations that must not be nodes
	}{
		{"a possessive and a demonym are one army",
			"Ghana's army said rebels crossed the border on Monday. Later the Ghanaian military said it had pushed them back.",
			"Ghanaian army", []string{"Ghana's army", "Ghanaian military"}, []string{"Ghana's army", "Ghanaian military"}},
		{"the gazetteer's force takes the lower-case army",
			"The Rwanda Defence Force said it had closed the crossing. Rwanda's army later said the crossing had reopened.",
			"Rwanda Defence Force", []string{"Rwanda's army"}, []string{"Rwandan army"}},
		{"the gazetteer's force named after the lower-case army",
			"Rwanda's army said on Monday the crossing had reopened. The Rwanda Defence Force had closed it in May.",
			"Rwanda Defence Force", []string{"Rwanda's army"}, []string{"Rwandan army"}},
		{"the gazetteer's alias for a state's army",
			"Israel's army said it had struck a depot overnight.",
			"Israel Defense Forces", []string{"Israel's army"}, []string{"Israeli army"}},
		{"the gazetteer's force named after its state",
			"Japan's coast guard said a trawler had entered its waters.",
			"Japan Coast Guard", []string{"Japan's coast guard"}, []string{"Japanese coast guard"}},
		{"the army said, its state named only in a title",
			"Gunmen attacked a checkpoint near the border, the army said on Monday. Peruvian army spokesman Colonel Luis Ramos said two soldiers were hurt.",
			"Peruvian army", []string{"the army"}, nil},
		{"two states' armies leave a bare army unresolved",
			"The army said on Monday that the post had fallen. Peruvian army officers and Chilean army officers met in Arica.",
			"", nil, []string{"Peruvian army", "Chilean army"}},
		{"a state's name as adjunct",
			"The US embassy said on Monday it would close for two days.",
			"US embassy", nil, nil},
		{"an embassy's host is part of its name",
			"Kenya's embassy in Lima criticized the ruling in a statement.",
			"Kenyan embassy in Lima", []string{"Kenya's embassy in Lima"}, []string{"Kenyan embassy"}},
		{"an embassy named again without its host",
			"Kenya's embassy in Lima criticized the ruling in a statement. The Kenyan embassy said it would appeal.",
			"Kenyan embassy in Lima", []string{"Kenya's embassy in Lima", "Kenyan embassy"}, []string{"Kenyan embassy"}},
		{"police who speak are a body",
			"Latvian police said two men were held overnight.",
			"Latvian police", nil, nil},
		{"police who act are their state",
			"Latvian police detained two men overnight.",
			"", nil, []string{"Latvian police"}},
		{"a military of several branches is its state",
			"The US military said it struck a boat in the Caribbean.",
			"", nil, []string{"US army", "US military"}},
		{"a state's parliament that acts",
			"Estonia's parliament approved the budget on Monday.",
			"Estonian parliament", []string{"Estonia's parliament"}, nil},
		{"a presidency that speaks",
			"The Ghanaian presidency said the talks had been frank.",
			"Ghanaian presidency", nil, nil},
		{"a coast guard named by its ships",
			"Japanese coast guard vessels shadowed the trawler for six hours.",
			"Japan Coast Guard", []string{"Japanese coast guard"}, nil},
		{"another state's chamber is not the one the gazetteer names",
			"Peru's Congress voted on Monday to remove the minister.",
			"Peruvian Congress", []string{"Peru's Congress"}, []string{"Congress"}},
		{"a bare chamber after its state's own",
			"Peru's Congress voted on Monday to remove the minister. The minister said Congress had acted in haste.",
			"Peruvian Congress", []string{"Peru's Congress", "Congress"}, []string{"Congress"}},
		{"a shared chamber's name in a story datelined elsewhere",
			"BANGKOK (Reuters) - The reformist party took about 180 seats in the House of Representatives, officials said.",
			"Thai House of Representatives", []string{"House of Representatives"}, []string{"House of Representatives"}},
		{"a shared chamber's name where its gazetteer state is named",
			"BANGKOK (Reuters) - The US House of Representatives passed the bill on Monday, and Washington welcomed the vote.",
			"House of Representatives", nil, []string{"Thai House of Representatives"}},
		{"an office's name two states use",
			"ISLAMABAD (Reuters) - The Foreign Office summoned the envoy on Monday, officials said.",
			"Pakistani Foreign Office", []string{"Foreign Office"}, []string{"Foreign Office"}},
		{"a name only one state uses keeps its state",
			"YEREVAN (Reuters) - The treaty was initialled at the White House last August, officials said.",
			"White House", nil, []string{"Armenian White House"}},
		{"a chamber every state has, named after its state",
			"Ukraine's General Staff said it had struck a depot. Russia's General Staff denied it.",
			"Ukrainian General Staff", []string{"Ukraine's General Staff"}, []string{"General Staff"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			for _, n := range tt.absent {
				if n != tt.body && d.entityNamed(graph.Organization, n) != nil {
					t.Errorf("got a node %q, want none (entities %q)", n, entities(d))
				}
			}
			if tt.body == "" {
				return
			}
			e := d.entityNamed(graph.Organization, tt.body)
			if e == nil {
				t.Fatalf("got %q, want %q among them", entities(d), tt.body)
			}
			got := aliasesOf(e)
			for _, a := range tt.aliases {
				if !slices.Contains(got, a) {
					t.Errorf("got aliases %q, want %q among them", got, a)
				}
			}
		})
	}
}

// TestStateBodyIDsAgreeAcrossArticles holds the node's id to the state and
// the body, not the wording, so that articles loaded apart share it.
func TestStateBodyIDsAgreeAcrossArticles(t *testing.T) {
	texts := []string{
		"Ghana's army said rebels crossed the border on Monday.",
		"The Ghanaian military said on Friday it had pushed the rebels back.",
		"Rebels were pushed back by the Ghanaian army, officials said.",
	}
	want := graph.EntityID(graph.Organization, "Ghanaian army")
	for _, text := range texts {
		d := analyse(t, text, "2025-01-01")
		e := d.entityNamed(graph.Organization, "Ghanaian army")
		if e == nil {
			t.Errorf("%q: got %q, want the Ghanaian army", text, entities(d))
			continue
		}
		if e.id != want {
			t.Errorf("%q: got id %s, want %s", text, e.id, want)
		}
	}
}

// TestDemonymFormWithoutArticle keeps the article before a demonym out of
// its country's names.
func TestDemonymFormWithoutArticle(t *testing.T) {
	d := analyse(t, "On Monday the Estonian government approved the budget.", "2025-01-01")
	e := d.entityNamed(graph.Country, "Estonia")
	if e == nil {
		t.Fatalf("got %q, want Estonia among them", entities(d))
	}
	if got := aliasesOf(e); slices.Contains(got, "the Estonian") {
		t.Errorf("got aliases %q, want none with its article", got)
	}
}
