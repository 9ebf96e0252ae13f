package extract

import "testing"

func TestNamesAroundTitles(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a party's name before a lower-case title",
			"Labour Alliance candidates lost. Green Party leader Marta Silva conceded on Sunday.",
			[]string{"Organization:Green Party", "Person:Marta Silva"}, nil},
		{"a party a title word qualifies keeps its name",
			"The budget failed after Socialist Party leader Jean Moreau refused to back it.",
			[]string{"Organization:Socialist Party"}, nil},
		{"a party's member",
			"The mayor beat Communist Party member Ana Ruiz in the runoff.",
			[]string{"Organization:Communist Party", "Person:Ana Ruiz"}, nil},
		{"a lower-case party stays a title",
			"The ruling party chairman Tomas Berg resigned.",
			[]string{"Person:Tomas Berg"}, []string{"Organization:Party"}},
		{"a general staff is a command, not a general",
			"Poland's General Staff said two drones crossed the border.",
			[]string{"Organization:Polish General Staff"}, []string{"Person:Staff"}},
		{"a command of a state's listed force",
			"Officials said the General Staff of the Russian Armed Forces ordered the drill.",
			[]string{"Organization:General Staff of the Russian Armed Forces"}, []string{"Organization:Russian Armed Forces"}},
		{"a qualifier before a listed body's name",
			"Talks resumed after the Supreme National Security Council met in Tehran.",
			[]string{"Organization:Supreme National Security Council"}, []string{"Organization:National Security Council"}},
		{"a registry is a body",
			"The National Electoral Registry said turnout reached 61%.",
			[]string{"Organization:National Electoral Registry"}, nil},
		{"the surname He after a title",
			"Chinese Vice Premier He Weiming met the delegation. He said the talks were frank.",
			[]string{"Person:He Weiming"}, []string{"Person:Weiming"}},
		{"a stance prefix before a party's name",
			"Voters backed the pro-Western Freedom and Unity Party in the runoff.",
			[]string{"Organization:Freedom and Unity Party"}, []string{"Organization:Western Freedom and Unity Party"}},
		{"a lone letter names no one",
			"Police dispersed Gen Y marchers near the V reserve on Sunday.",
			nil, []string{"Person:Y", "Location:V", "Organization:V"}},
		{"a model's code is no body",
			"The militia said it downed an RQ-4 drone over the coast.",
			nil, []string{"Organization:RQ"}},
		{"a site named after its city",
			"The minister landed at Tashkent International Airport on Monday.",
			[]string{"Location:Tashkent International Airport"}, []string{"Location:International Airport"}},
		{"a hyphenated given name whose syllable is an English word",
			"Prime Minister Ri Chol-song received the envoy in Pyongyang.",
			[]string{"Person:Ri Chol-song"}, []string{"Person:Ri Chol"}},
		{"a Portuguese particle inside a place's name",
			"Leaders gathered in the Brazilian city of Barra do Garças on Friday.",
			[]string{"Location:Barra do Garças"}, []string{"Location:Barra"}},
		{"a hyphenated place with a lower-case particle",
			"Ministers gathered in the French spa town of Aix-les-Bains on Monday.",
			[]string{"Location:Aix-les-Bains"}, []string{"Location:Aix-les"}},
		{"a hyphenated place with an English particle",
			"Police closed roads in the town of Stratford-upon-Avon on Friday.",
			[]string{"Location:Stratford-upon-Avon"}, nil},
		{"a named road",
			"The blast hit a market on Kasra Road in the city.",
			[]string{"Location:Kasra Road"}, nil},
		{"a valley written in lower case after its name",
			"Troops exchanged fire in the Tarvan valley overnight.",
			[]string{"Location:Tarvan valley"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}

func TestDelegationHeads(t *testing.T) {
	const talks = "Peru and Chile held border talks in Lima on Monday. "
	tests := []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"a delegation led by two people",
			talks + "The Chilean delegation was led by Foreign Minister Rosa Vidal and special envoy Pablo Soto.",
			[]string{"Rosa Vidal AFFILIATED_WITH Chile asserted", "Pablo Soto AFFILIATED_WITH Chile asserted"}, nil},
		{"a state's team headed by someone",
			talks + "Peru's team was headed by Marco Ruiz, a senior diplomat.",
			[]string{"Marco Ruiz AFFILIATED_WITH Peru asserted"}, nil},
		{"a body's delegation led by someone",
			talks + "The African Union delegation, led by Fatima Bello, arrived on Sunday.",
			[]string{"Fatima Bello AFFILIATED_WITH African Union asserted"}, nil},
		{"who headed a capital's team",
			talks + "Marco Ruiz, who headed Lima's team, called the talks frank.",
			[]string{"Marco Ruiz AFFILIATED_WITH Peru asserted"}, []string{"Marco Ruiz LEADS Peru asserted"}},
		{"who led a state's delegation leads no state",
			talks + "Rosa Vidal, who led the Chilean delegation, said more talks would follow.",
			[]string{"Rosa Vidal AFFILIATED_WITH Chile asserted"}, []string{"Rosa Vidal LEADS Chile asserted"}},
		{"a state represented by someone",
			talks + "Santiago was represented by envoy Pablo Soto.",
			[]string{"Pablo Soto AFFILIATED_WITH Chile asserted"}, nil},
		{"plural delegations name no single side",
			talks + "The Peruvian and Chilean delegations were led by Marco Ruiz.",
			nil, []string{"Marco Ruiz AFFILIATED_WITH Chile asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

func TestPlaceUnitOf(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"a state's city of a place",
			"Kenya said a blast hit Kenya's northern city of Garissa on Monday.",
			[]string{"Garissa LOCATED_IN Kenya asserted"}, nil},
		{"a demonym's described town of a place",
			"France said leaders met in the French spa town of Vittel.",
			[]string{"Vittel LOCATED_IN France asserted"}, nil},
		{"a holder's word before the unit says who holds it",
			"Russia said shells fell on the Russian occupied city of Tokmak.",
			nil, []string{"Tokmak LOCATED_IN Russia asserted"}},
		{"a cross-border line in an unknown valley",
			"India and Pakistan traded gunfire across the Line of Control in the Tarvan valley.",
			nil, []string{"Line of Control LOCATED_IN Tarvan valley asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
