package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestGazetteer(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.countries); n < 195 {
		t.Errorf("got %d countries, want every UN member and observer state (195+)", n)
	}
	tests := []struct {
		phrase string
		typ    graph.EntityType
		name   string
		code   string
	}{
		{"Türkiye", graph.Country, "Turkey", "TR"},
		{"Turkiye", graph.Country, "Turkey", "TR"},
		{"U.S.", graph.Country, "United States", "US"},
		{"Ivory Coast", graph.Country, "Ivory Coast", "CI"},
		{"Democratic Republic of the Congo", graph.Country, "Democratic Republic of the Congo", "CD"},
		{"Emirati", graph.Country, "United Arab Emirates", "AE"},
		{"Kremlin", graph.Organization, "Kremlin", ""},
		{"Pentagon", graph.Organization, "Pentagon", ""},
		{"IAEA", graph.Organization, "International Atomic Energy Agency", ""},
		{"Al Jazeera", graph.Organization, "Al Jazeera", ""},
		{"Saint Louis", graph.Location, "St. Louis", ""},
		{"Gaza Strip", graph.Location, "Gaza Strip", ""},
		{"Strait of Hormuz", graph.Location, "Strait of Hormuz", ""},
		{"Nairobi", graph.Location, "Nairobi", ""},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			es, _ := gazWhole(t, l, tt.phrase)
			e := es[0]
			for _, c := range es {
				if c.typ == tt.typ {
					e = c
				}
			}
			if e.typ != tt.typ || e.name != tt.name || e.code != tt.code && e.country != tt.code {
				t.Errorf("got %s %q %s, want %s %q %s", e.typ, e.name, e.code, tt.typ, tt.name, tt.code)
			}
		})
	}
}

func TestCaseSensitiveAliases(t *testing.T) {
	d := analyse(t, "Let us talk about it, the minister said in the US.", "2025-01-01")
	var got []string
	for _, e := range d.ents {
		if e.confirmed && len(e.spans) > 0 {
			got = append(got, e.name+":"+strings.Join(e.forms, ","))
		}
	}
	if len(got) != 1 || got[0] != "United States:US" {
		t.Errorf("got %q, want only the capitalised US", got)
	}
}

// entities lists "Type:Name" of the confirmed entities of an analysis.
func entities(d *doc) []string {
	var out []string
	for _, e := range d.ents {
		if e.confirmed && len(e.spans) > 0 {
			out = append(out, string(e.typ)+":"+e.name)
		}
	}
	sort.Strings(out)
	return out
}

// checkEntities checks that every "Type:Name" of want is among got and
// none of absent is.
func checkEntities(t *testing.T, got, want, absent []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("got %q, want %q among them", got, w)
		}
	}
	for _, a := range absent {
		if slices.Contains(got, a) {
			t.Errorf("got %q, want no %q", got, a)
		}
	}
}

func TestNamesAndMetonymy(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles and surname resolution",
			"Pentagon spokesman Pat Ryder said the talks went well. Ryder added that more would follow.",
			[]string{"Organization:Pentagon", "Person:Pat Ryder"}},
		{"bracketed first name and possessive",
			"The special rapporteur [Marcus] Lindqvist arrived. Lindqvist’s plane landed.",
			[]string{"Person:Marcus Lindqvist"}},
		{"given name without title",
			"Analysts said Olga Petrenko and Samuel Osei disagreed.",
			[]string{"Person:Olga Petrenko", "Person:Samuel Osei"}},
		{"longest form wins",
			"Opposition candidate Moussa Kandeh rejected the count. Moussa Kandeh Diarra later spoke.",
			[]string{"Person:Moussa Kandeh Diarra"}},
		{"capital acting is its country",
			"Moscow rejected the proposal, and pressure on Beijing grew.",
			[]string{"Country:China", "Country:Russia"}},
		{"capital as place",
			"Talks were held in Moscow. A drone strike on Kyiv followed.",
			[]string{"Location:Kyiv", "Location:Moscow"}},
		{"dateline is a place",
			"NAIROBI -- Protesters marched on Tuesday.",
			[]string{"Location:Nairobi"}},
		{"demonym as actor and as adjective",
			"Israeli officials met the Omani Foreign Minister. Palestinian prisoners were freed.",
			[]string{"Country:Israel", "Country:Oman"}},
		{"bodies from their heads",
			"The National Audit Tribunal published its findings. The Tribunal said spending was high.",
			[]string{"Organization:National Audit Tribunal"}},
		{"places from their nouns",
			"Shelling hit the Kupiansk district and Velyka town.",
			[]string{"Location:Kupiansk district", "Location:Velyka"}},
		{"administration of a leader",
			"The Okonkwo administration has not commented.",
			[]string{"Organization:Okonkwo administration"}},
		{"ranks and honorifics are not names",
			"Lt. Gen. Ahmed Khan and Mr Osei spoke. Brig. Nabil Haddad said the raid had failed.",
			[]string{"Person:Ahmed Khan", "Person:Nabil Haddad", "Person:Osei"}},
		{"capital before a verb in the present or an aside",
			"Lima sees the tariff as a threat, and Quito, in turn, responded.",
			[]string{"Country:Ecuador", "Country:Peru"}},
		{"surname that is also a body's name",
			"Trade Minister Amara Okonjo Wagner spoke.",
			[]string{"Person:Amara Okonjo Wagner"}},
		{"indefinite description is no name",
			"Kenya blamed a Somali militia for the raid.",
			[]string{"Country:Kenya"}},
		{"a state's ministry written in lower case",
			"Three people died, Peru's health ministry said. The Chilean defence ministry agreed.",
			[]string{"Country:Peru", "Organization:Chile's Defence Ministry", "Organization:Peru's Health Ministry"}},
		{"a lower-case ministry alone names nothing new",
			"The health ministry said three people died.",
			nil},
		{"aliases differing only in case",
			"Officials blamed the Sinaloa cartel, and Nato said it was watching.",
			[]string{"Organization:NATO", "Organization:Sinaloa Cartel"}},
		{"a place's name inside a person's name",
			"Police spokesman Mohamed Aden Warsame said the road was shut.",
			[]string{"Person:Mohamed Aden Warsame"}},
		{"a capital people are sent to is a place",
			"The bloc will send a delegation to Nairobi. Ottawa sent weapons to Kyiv.",
			[]string{"Country:Canada", "Country:Ukraine", "Location:Nairobi"}},
		{"a state's name as a given name after a title",
			"Interior Minister Jordan Velkov said the border was calm.",
			[]string{"Person:Jordan Velkov"}},
		{"a name in apposition to a kin noun",
			"The court cleared his predecessor, Marta Quispel, of all charges.",
			[]string{"Person:Marta Quispel"}},
		{"a unit's title is part of its name",
			"Gunmen raided a market in Kano State and a camp in the Xinjiang Uygur Autonomous Region.",
			[]string{"Location:Kano State", "Location:Xinjiang Uygur Autonomous Region"}},
		{"a state's force named after the state",
			"The Sri Lanka Navy detained a trawler.",
			[]string{"Organization:Sri Lanka Navy"}},
		{"a broadcaster named before its medium",
			"The minister told Radio Varta and Kestrel state television on Monday.",
			[]string{"Organization:Kestrel", "Organization:Radio Varta"}},
		{"a state's central bank",
			"Chile's central bank cut rates.",
			[]string{"Country:Chile", "Organization:Chilean central bank"}},
		{"central bank money is not the bank",
			"Ministers debated seizing Chile's central bank reserves.",
			[]string{"Country:Chile"}},
		{"a quarter of a city keeps its noun",
			"Riot police sealed off the Latin quarter overnight.",
			[]string{"Location:Latin quarter"}},
		{"two capitals joined by a dash are their states",
			"An envoy to the Lima-Quito talks said progress was slow.",
			[]string{"Country:Ecuador", "Country:Peru"}},
		{"ranks written without stops",
			"The delegation was led by Lt Gen Arun Mehra, who met Col Sami Haddad.",
			[]string{"Person:Arun Mehra", "Person:Sami Haddad"}},
		{"a state's embassy",
			"The U.S. Embassy in Nairobi issued a warning.",
			[]string{"Location:Nairobi", "Organization:U.S. Embassy"}},
		{"one unknown word after in is a place though officials speak",
			"A guard died in Kostrava, district officials said.",
			[]string{"Location:Kostrava"}},
		{"a capital an envoy is posted to acts",
			"Peru recalled its ambassador in Ottawa for consultations.",
			[]string{"Country:Canada", "Country:Peru"}},
		{"a capital whose reaction is told acts",
			"The arms sale caused unease in Hanoi.",
			[]string{"Country:Vietnam"}},
		{"a capital pleased or pressed acts",
			"The minister cut subsidies to satisfy Brussels.",
			[]string{"Organization:European Union"}},
		{"flights between capitals link their states",
			"Airlines will resume flights between Lima and Quito.",
			[]string{"Country:Ecuador", "Country:Peru"}},
		{"a capital in a conjunct with a lower-case group acts",
			"Nairobi and UN monitors accuse Uganda of meddling.",
			[]string{"Country:Kenya", "Country:Uganda", "Organization:United Nations"}},
		{"a capital subject of a relative clause acts",
			"The test drew notice from Seoul, which accused the north of provocation.",
			[]string{"Country:South Korea"}},
		{"a capital that hosted something stays a place",
			"Ministers met in Lisbon, which hosted the summit.",
			[]string{"Location:Lisbon"}},
		{"a capital represented by an envoy acts",
			"Tokyo was represented by its deputy minister.",
			[]string{"Country:Japan"}},
		{"a creed is no body",
			"Islamist fighters and Sunni militants attacked a checkpoint.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			if got := entities(d); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAliasesKeepSurfaceForms(t *testing.T) {
	d := analyse(t, "Russian troops advanced. Moscow said Russia would continue.", "2025-01-01")
	e := d.entityNamed(graph.Country, "Russia")
	if e == nil {
		t.Fatal("no Russia")
	}
	if got := aliasesOf(e); strings.Join(got, "|") != "Moscow|Russian" {
		t.Errorf("got aliases %q, want Moscow and Russian", got)
	}
}

func TestMinistriesOfDifferentStatesStayApart(t *testing.T) {
	d := analyse(t, "Peru's health ministry and Chile's health ministry disagreed.", "2025-01-01")
	var ids []string
	for _, e := range d.ents {
		if e.confirmed && e.typ == graph.Organization {
			ids = append(ids, e.id)
		}
	}
	sort.Strings(ids)
	want := []string{"organization:chile-s-health-ministry", "organization:peru-s-health-ministry"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", ids, want)
	}
}

// gazWhole looks phrase up in the gazetteer and fails the test unless one
// entry covers every token of it.
func gazWhole(t *testing.T, l *lexicon, phrase string) ([]gazEntry, []token) {
	t.Helper()
	toks := tokenize(phrase)
	es, n := l.gaz.longest(toks, 0, len(toks))
	if n != len(toks) || len(es) == 0 {
		t.Fatalf("got %d of %d tokens matched, want the whole phrase", n, len(toks))
	}
	return es, toks
}
