package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAgreements(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a series of agreements signed by two leaders",
			text: "Kenyan President William Ruto and visiting Tanzanian President Samia Suluhu Hassan on Friday signed a series of agreements on energy and transport in Nairobi.",
			typ:  graph.Agreement, title: "agreements", parts: []string{"William Ruto", "Samia Suluhu Hassan"}, loc: "Nairobi", date: "2026-01-09"},
		{name: "a memorandum of understanding",
			text: "Egypt and Turkey signed a memorandum of understanding on natural gas.",
			typ:  graph.Agreement, title: "memorandum of understanding", parts: []string{"Egypt", "Turkey"}},
		{name: "a currency swap line agreed",
			text: "The United States agreed a $10 billion currency swap line with Chile's central bank in March.",
			typ:  graph.Agreement, title: "swap line", parts: []string{"United States"}},
		{name: "a loan programme approved for a state",
			text: "The IMF approved a $7 billion loan programme for Pakistan on Friday.",
			typ:  graph.Agreement, title: "loan programme", parts: []string{"International Monetary Fund", "Pakistan"}},
		{name: "the review of a state's loan approved",
			text: "The International Monetary Fund's board on Wednesday approved the second review of Jamaica's $3 billion loan programme.",
			typ:  graph.Agreement, title: "loan programme", parts: []string{"International Monetary Fund", "Jamaica"}},
		{name: "a framework agreement struck by two leaders is no attack",
			text: "Under the framework agreement struck by Keir Starmer and Narendra Modi in London in July, tariffs on whisky fall.",
			typ:  graph.Agreement, title: "framework agreement", parts: []string{"Keir Starmer", "Narendra Modi"}, loc: "London", absent: graph.Attack},
		{name: "a deal struck",
			text: "Ghana and Togo struck a deal on border patrols on Monday.",
			typ:  graph.Agreement, title: "deal", parts: []string{"Ghana", "Togo"}, date: "2026-01-05", absent: graph.Attack},
		{name: "the partner signed with is a party",
			text: "Moroccan King Mohammed VI signed the trade agreement with Senegalese President Bassirou Faye in Rabat.",
			typ:  graph.Agreement, title: "trade agreement", parts: []string{"Mohammed VI", "Bassirou Faye"}, loc: "Rabat"},
		{name: "signatures put to an accord",
			text: "Leaders of Ghana and Togo put their signatures to the accord in Accra.",
			typ:  graph.Agreement, title: "accord", parts: []string{"Ghana", "Togo"}, loc: "Accra"},
		{name: "the document signed refers to the deal before",
			text: "Chile and Peru signed a new fisheries pact. The document was signed by Chilean Foreign Minister Tomas Vidal and Peruvian Foreign Minister Rosa Luna.",
			typ:  graph.Agreement, title: "pact", parts: []string{"Chile", "Peru", "Tomas Vidal", "Rosa Luna"}},
		{name: "a drone that struck is still an attack",
			text: "A Russian drone struck a fuel depot near Kherson on Monday.",
			typ:  graph.Attack, title: "Kherson", loc: "Kherson", absent: graph.Agreement},
	})
}

func TestOffers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // claims that must be found
		not  []string // claims that must not be
	}{
		{"an offer to mediate made by a state",
			"Iran offered to mediate between Pakistan and Afghanistan.",
			[]string{"Iran OFFERED Proposal event asserted"}, nil},
		{"two states offer help",
			"Uzbekistan and Kyrgyzstan have also offered help.",
			[]string{"Uzbekistan OFFERED Proposal event asserted", "Kyrgyzstan OFFERED Proposal event asserted"}, nil},
		{"a state's offer",
			"Kenya's offer to mediate was welcomed by both sides.",
			[]string{"Kenya OFFERED Proposal event asserted"}, nil},
		{"the offerer after a speech verb, not the speaker's accused",
			"Prime Minister Ana Ruiz accused Russia of using gas as a weapon, and said Moldova had offered to help.",
			[]string{"Moldova OFFERED Proposal event asserted"}, []string{"Russia OFFERED Proposal event asserted"}},
		{"a readiness to help fund a body is a possible aid by the ready state",
			"Envoy Maria Lopez said Canada was ready to help fund the Haitian National Police.",
			[]string{"Canada AIDED Haitian National Police possible"}, []string{"Maria Lopez AIDED Haitian National Police possible"}},
		{"a readiness to end a war aids no one",
			"The minister said Ghana was ready to end the dispute with Togo.",
			nil, []string{"Ghana AIDED Togo possible"}},
		{"talks offered are the talks, not a proposal of their own",
			"Iceland urged the two camps to show calm and offered to host the next round of negotiations in Reykjavik.",
			nil, []string{"Iceland OFFERED Proposal event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.not)
		})
	}
}

// TestGroupSignsNotItsReporter holds the speaker of "X said the two
// governments had signed" out of the deal, though no pair is named for
// the group.
func TestGroupSignsNotItsReporter(t *testing.T) {
	checkNoParty(t, "Foreign Minister Ana Ruiz said the two governments had also signed agreements on a new bridge.", "2026-01-10", graph.Agreement, "Ana Ruiz")
}
