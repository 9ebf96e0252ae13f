package extract

import "testing"

func TestSiteAndBodyNames(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"an unknown name before a two-word site noun",
			"Rockets hit the Varsko air base overnight, the army said.",
			[]string{"Location:Varsko air base"}, []string{"Person:Varsko"}},
		{"a two-word name before a gas field",
			"Drones struck the Umm Qadir gas field on Friday.",
			[]string{"Location:Umm Qadir gas field"}, nil},
		{"a known town before a border crossing names the crossing",
			"Aid lorries queued at the Kherson border crossing on Monday.",
			[]string{"Location:Kherson border crossing"}, []string{"Location:Kherson"}},
		{"a one-word site noun after a name",
			"Jets took off from the Tarvel airbase at dawn.",
			[]string{"Location:Tarvel airbase"}, nil},
		{"a refinery named after its town names the town",
			"Drones set fire to the Kirensk refinery on Sunday.",
			[]string{"Location:Kirensk"}, []string{"Location:Kirensk refinery"}},
		{"a bazaar is a place",
			"Shopkeepers shut the Old Bazaar in protest.",
			[]string{"Location:Old Bazaar"}, nil},
		{"a hospital named after a person is a place",
			"The wounded were taken to Tamrin Hospital, medics said.",
			[]string{"Location:Tamrin Hospital"}, []string{"Person:Tamrin Hospital"}},
		{"a hospital named after a donor state keeps the state",
			"Patients were moved to the Qatari Field Hospital in the south.",
			[]string{"Location:Qatari Field Hospital"}, []string{"Location:Field Hospital"}},
		{"a quarter named with Sheikh keeps the word",
			"Shells fell on the Sheikh Habib neighbourhood of the city.",
			[]string{"Location:Sheikh Habib"}, []string{"Location:Habib"}},
		{"listed quarters named with Sheikh",
			"Fighters left the Sheikh Omran and Karmel districts on Monday.",
			[]string{"Location:Sheikh Omran"}, []string{"Location:Omran"}},
		{"Sheikh before a person stays a title",
			"Sheikh Khaled bin Salem met the envoy on Monday.",
			[]string{"Person:Khaled bin Salem"}, nil},
		{"a numbered fleet is a body",
			"The Ninth Fleet said it had tracked the convoy.",
			[]string{"Organization:Ninth Fleet"}, nil},
		{"a police force named before a title",
			"Four officers were suspended, National Police spokesman Arif Wiranto said.",
			[]string{"Organization:National Police", "Person:Arif Wiranto"}, nil},
		{"police before a title at the sentence's start is no body",
			"Police spokesman Arif Wiranto said four officers were suspended.",
			[]string{"Person:Arif Wiranto"}, []string{"Organization:Police"}},
		{"a lower-case ministry before a title",
			"In Hanoi, foreign ministry spokeswoman Le Thi Hang said the talks would go on.",
			[]string{"Organization:foreign ministry"}, nil},
		{"a ministry at the sentence's start before a title",
			"Trade ministry spokesman Ivo Marek said tariffs would rise.",
			[]string{"Organization:Trade ministry"}, nil},
		{"a lower-case ministry without a title names no new body",
			"Officials said the finance ministry would publish figures.",
			nil, []string{"Organization:finance ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
