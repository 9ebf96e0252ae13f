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
			text: "The International Monetary Fund's executive board on Tuesday approved the third review of Egypt's $8 billion loan programme.",
			typ:  graph.Agreement, title: "loan programme", parts: []string{"International Monetary Fund", "Egypt"}},
		{name: "a framework agreement struck by two leaders is no attack",
			text: "Under the framework agreement struck by Keir Starmer and Narendra Modi in London in July, tariffs on whisky fall.",
			typ:  graph.Agreement, title: "framework agreement", parts: []string{"Keir Starmer", "Narendra Modi"}, loc: "London", absent: graph.Attack},
		{name: "a deal struck",
			text: "Ghana and Togo struck a deal on border patrols on Monday.",
			typ:  graph.Agreement, title: "deal", parts: []string{"Ghana", "Togo"}, date: "2026-01-05", absent: graph.Attack},
		{name: "a drone that struck is still an attack",
			text: "A Russian drone struck a fuel depot near Kherson on Monday.",
			typ:  graph.Attack, title: "Kherson", loc: "Kherson", absent: graph.Agreement},
	})
}
