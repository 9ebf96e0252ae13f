package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestFigurativeTriggers(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "striking a tone is no attack",
			text: "Prime Minister Lena Ortiz struck a more conciliatory tone on Tuesday, saying her cabinet would hear the farmers. Chile and Peru held talks in Lima on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Attack},
		{name: "striking a balance is no attack",
			text: "The budget struck a careful balance between defence and welfare. Chile and Peru held talks in Lima on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Attack},
		{name: "striking a target is still an attack",
			text: "Rebels struck a military convoy near Goma on Monday.",
			typ:  graph.Attack, loc: "Goma"},
		{name: "a post-election dispute is no posting",
			text: "Kwame Osei became president after a post-election dispute. Ghana and Togo signed a trade deal in Accra on Monday.",
			typ:  graph.Agreement, title: "deal", absent: graph.Statement},
		{name: "a post on a platform is still a statement",
			text: "Foreign Minister Kwame Osei said in a post on X on Monday that Ghana would respond.",
			typ:  graph.Statement, title: "post", parts: []string{"Kwame Osei"}},
	})
}

func TestAgreedOnSunday(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "agreed on Sunday to act is an agreement",
			text: "Ghana and Togo agreed on Sunday to reopen their shared border.",
			typ:  graph.Agreement, parts: []string{"Ghana", "Togo"}},
		{name: "agreed on Monday to act is an agreement",
			text: "Ghana and Togo agreed on Monday to reopen their shared border.",
			typ:  graph.Agreement, parts: []string{"Ghana", "Togo"}},
	})
}
