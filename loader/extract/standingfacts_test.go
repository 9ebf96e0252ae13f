package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestFundedWarIsNoEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a war that oil money funds is no event",
			text: "Canada imposed new sanctions on Russia on Monday to cut the oil revenue that funds its war.",
			typ:  graph.Sanction, title: "sanctions", absent: graph.OtherEvent},
		{name: "an offensive that revenues fund is no attack",
			text: "Finland imposed sanctions on Russia on Monday, targeting oil revenues that fund Moscow's offensive.",
			typ:  graph.Sanction, title: "sanctions", absent: graph.Attack},
		{name: "the cost of a war is no event",
			text: "Belarus must grasp that the cost of its war keeps growing, the Czech premier said after Denmark imposed sanctions on Belarus on Friday.",
			typ:  graph.Sanction, title: "sanctions", absent: graph.OtherEvent},
		{name: "an offensive launched stays an attack",
			text: "Russia launched a new offensive in Kharkiv region on Monday.",
			typ:  graph.Attack, title: "offensive", parts: []string{"Russia"}, loc: "Kharkiv region"},
	})
}

func TestServicesShutAreNoEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "schools and banks shut during a strike are its toll",
			text: "Banks, schools and public offices were shut in Accra on Monday as unions staged a general strike.",
			typ:  graph.Protest, title: "strike", absent: graph.OtherEvent},
		{name: "schools closed by a shortage are no closure",
			text: "Schools in Lusaka have been closed for a week because of the fuel shortage. Zambia and Malawi held talks in Lusaka on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.OtherEvent},
		{name: "a border crossing shut is still a closure",
			text: "The border crossing between Benin and Niger has been shut since March.",
			typ:  graph.OtherEvent, title: "closure", parts: []string{"Benin", "Niger"}},
	})
}

func TestArmsDeliveredAreNoOffer(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "air defence systems a state will deliver are aid, not an offer",
			text: "Norway will deliver six extra Crotale air defence systems to Ukraine before winter. Norway and Ukraine held talks in Oslo on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Proposal},
		{name: "systems a state would send are no deployment offer",
			text: "Spain said it would send three more Hawk systems to Ukraine. Spain and Ukraine held talks in Madrid on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Proposal},
		{name: "armoured vehicles a state would fund are aid",
			text: "Japan would fund 200 more armoured vehicles for Ukraine. Japan and Ukraine held talks in Tokyo on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Proposal},
		{name: "help a state would provide is still an offer",
			text: "China would provide emergency humanitarian assistance worth 5 million yuan to Nepal, the Chinese ambassador said on Monday.",
			typ:  graph.Proposal, title: "Nepal", parts: []string{"China", "Nepal"}},
		{name: "a readiness to supply weapons is still an offer",
			text: "Turkey said it was ready to supply weapons to Somalia's army.",
			typ:  graph.Proposal, title: "Turkey"},
	})
}

func TestArmsDeliveredClaims(t *testing.T) {
	checkClaims(t, "Norway will deliver six extra Crotale air defence systems to Ukraine before winter.", "2026-01-10",
		[]string{"Norway AIDED Ukraine possible"}, []string{"Norway OFFERED Proposal event asserted"})
}
