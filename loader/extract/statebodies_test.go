package extract

import "testing"

// TestStateBodyRows checks that the gazetteer names a state's bodies by
// every usual form, with the body's kind and its own state: news agencies
// by their acronyms, legislatures by their native names, central banks by
// their market shorthands.
func TestStateBodyRows(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase, name, kind, country string
	}{
		{"Folketing", "Folketing", "government body", "DK"},
		{"Dail Eireann", "Dáil", "government body", "IE"},
		{"TBMM", "Grand National Assembly of Turkey", "government body", "TR"},
		{"CPPCC", "Chinese People's Political Consultative Conference", "government body", "CN"},
		{"Jiji", "Jiji Press", "media", "JP"},
		{"SUNA", "Sudan News Agency", "media", "SD"},
		{"Algérie Presse Service", "Algeria Press Service", "media", "DZ"},
		{"CTK", "Czech News Agency", "media", "CZ"},
		{"RTE", "RTE", "media", "IE"},
		{"FPO", "Freedom Party of Austria", "party", "AT"},
		{"SABC", "SABC", "media", "ZA"},
		{"FAMa", "Malian Armed Forces", "armed forces", "ML"},
		{"UPDF", "Uganda People's Defence Force", "armed forces", "UG"},
		{"TNI", "Indonesian National Armed Forces", "armed forces", "ID"},
		{"BfV", "BfV", "government body", "DE"},
		{"DGSE", "DGSE", "government body", "FR"},
		{"Shabak", "Shin Bet", "government body", "IL"},
		{"Fed", "Federal Reserve", "government body", "US"},
		{"Banxico", "Bank of Mexico", "government body", "MX"},
		{"PBOC", "People's Bank of China", "government body", "CN"},
		{"IEBC", "Independent Electoral and Boundaries Commission", "government body", "KE"},
		{"Comelec", "Commission on Elections", "government body", "PH"},
		{"Rassemblement National", "National Rally", "party", "FR"},
		{"Sweden Democrats", "Sweden Democrats", "party", "SE"},
		{"MHP", "Nationalist Movement Party", "party", "TR"},
		{"Pheu Thai", "Pheu Thai", "party", "TH"},
		{"ODM", "Orange Democratic Movement", "party", "KE"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			es, toks := gazWhole(t, l, tt.phrase)
			e := es[0]
			if !caseFits(e, toks) {
				t.Fatalf("got %q not fitting its own capitals, want a fit", tt.phrase)
			}
			if e.name != tt.name || e.kind != tt.kind || e.country != tt.country {
				t.Errorf("got %q %s %s, want %q %s %s", e.name, e.kind, e.country, tt.name, tt.kind, tt.country)
			}
		})
	}
}

// TestOrgCountries checks that every body the gazetteer ties to a state
// names a state countries.tsv knows.
func TestOrgCountries(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for name, e := range l.orgs {
		if _, ok := l.countries[e.country]; e.country != "" && !ok {
			t.Errorf("got %q tied to unknown state %q, want an ISO code from countries.tsv", name, e.country)
		}
	}
}

// TestStateBodiesInText checks the bodies in running text, and that a
// short acronym or a word shared with English does not fire in lower case.
func TestStateBodiesInText(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a native legislature name is a body, not a place",
			"The Eduskunta passed the budget bill on Thursday.",
			[]string{"Organization:Eduskunta"}, []string{"Location:Eduskunta"}},
		{"a party named by a foreign word is no person",
			"Support for Chega rose in the latest poll, the survey showed.",
			[]string{"Organization:Chega"}, []string{"Person:Chega"}},
		{"an agency named by its acronym",
			"The army said 12 fighters were killed, KNA reported.",
			[]string{"Organization:Kenya News Agency"}, nil},
		{"a force named by its acronym",
			"KDF troops took the town, a spokesman said.",
			[]string{"Organization:Kenya Defence Forces"}, nil},
		{"a common word in lower case is no agency",
			"Officials studied a map of the area and turned on the tap.",
			nil, []string{"Organization:Maghreb Arabe Presse", "Organization:Tunis Afrique Presse"}},
		{"the capitalised shorthand for the central bank",
			"The Fed kept interest rates on hold on Wednesday.",
			[]string{"Organization:Federal Reserve"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
