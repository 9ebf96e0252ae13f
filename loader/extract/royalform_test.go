package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRoyalForm(t *testing.T) {
	runFormCases(t, []formCase{
		{name: "a king's numbered name", text: "Morocco's King Hassan III opened the session.",
			typ: graph.Person, entity: "Hassan III", form: "King Hassan III"},
		{name: "a crown prince", text: "Crown Prince Faisal bin Nayef met the envoy in Riyadh.",
			typ: graph.Person, entity: "Faisal bin Nayef", form: "Crown Prince Faisal bin Nayef"},
		{name: "an emir", text: "Emir Hamad Al Khalifa received the delegation.",
			typ: graph.Person, entity: "Hamad Al Khalifa", form: "Emir Hamad Al Khalifa"},
		{name: "a president's title is no part of the name", text: "President Omar Sayed met the envoy.",
			typ: graph.Person, entity: "Omar Sayed", absent: "President Omar Sayed"},
	})
}
