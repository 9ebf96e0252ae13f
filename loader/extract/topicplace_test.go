package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestTopicPlaces(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a place in what the meeting is about is not where it met",
			text: "Egypt and Ethiopia held talks over the dam dispute in Khartoum state on Monday in Cairo.",
			typ:  graph.Meeting, title: "talks", loc: "Cairo"},
		{name: "a day after on does not open a topic",
			text: "Egypt and Ethiopia held talks on Monday in Cairo.",
			typ:  graph.Meeting, title: "talks", loc: "Cairo"},
		{name: "the place after a meeting noun outranks one named before it",
			text: "Ghana and Togo signed a protocol on fishing rights in the Gulf of Guinea at a regional meeting of ministers in Abuja on Friday. Benin's foreign minister attended the meeting.",
			typ:  graph.Meeting, title: "meeting", loc: "Abuja"},
	})
}

func TestDiscussedPlace(t *testing.T) {
	tests := []claimCase{
		{"a region after a verb of discussing is what the meeting was about",
			"President Kagame met the French envoy on Tuesday and discussed the unrest in the Sahel.",
			nil, []string{"Meeting event OCCURRED_IN Sahel asserted"}},
		{"the place the meeting was held in still counts",
			"President Kagame met the French envoy in Kigali on Tuesday and discussed the unrest in the Sahel.",
			[]string{"Meeting event OCCURRED_IN Kigali asserted"}, []string{"Meeting event OCCURRED_IN Sahel asserted"}},
		{"a city after the verb of discussing is still where they met",
			"President Kagame met the French envoy and discussed trade ties in Kigali on Tuesday.",
			[]string{"Meeting event OCCURRED_IN Kigali asserted"}, nil},
	}
	runClaimCases(t, "2026-02-14", tests)
}
