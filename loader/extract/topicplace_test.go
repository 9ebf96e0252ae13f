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
