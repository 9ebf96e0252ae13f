package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestResolutionVoteEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a council adopting a resolution is a vote with the council in it",
			text: "The UN Human Rights Council on Wednesday adopted a resolution on Belarus.",
			typ:  graph.OtherEvent, title: "resolution", parts: []string{"UN Human Rights Council"}, date: "2026-01-07",
			absent: graph.Election},
		{name: "the council named in the lede votes on the resolution told after",
			text: "The UN Security Council met on Thursday over the fighting in South Sudan.\n\nThe resolution, drafted by Norway, passed with 13 votes in favour.",
			typ:  graph.OtherEvent, title: "resolution", parts: []string{"UN Security Council"}},
		{name: "the vote told after is the council's, not an election",
			text: "The UN Human Rights Council on Tuesday adopted a resolution on Sudan.\n\nSudan's foreign minister denounced the vote as biased.",
			typ:  graph.OtherEvent, title: "resolution", parts: []string{"UN Human Rights Council"}, absent: graph.Election},
		{name: "a text drafted by a state is a resolution even without a determiner",
			text: "The UN Security Council voted on Monday on Somalia. The British-drafted resolution passed with 12 votes.",
			typ:  graph.OtherEvent, title: "resolution", parts: []string{"UN Security Council"}},
	})
}

func TestResolutionVoteRoles(t *testing.T) {
	tests := []claimCase{
		{name: "drafters offer the text; states voting against reject it",
			text: "The UN General Assembly on Tuesday adopted a resolution on Ukraine. The resolution, drafted by Canada and Poland, won 90 votes. Belarus and North Korea voted against.",
			want: []string{
				"UN General Assembly PARTICIPATED_IN Other event asserted",
				"UN General Assembly AGREED Agreement event asserted",
				"Canada OFFERED Agreement event asserted",
				"Poland OFFERED Agreement event asserted",
				"Belarus PARTICIPATED_IN Other event asserted",
				"Belarus REJECTED Other event asserted",
				"North Korea REJECTED Other event asserted",
			},
			absent: []string{"Canada PARTICIPATED_IN Other event asserted"}},
		{name: "abstaining states take part without rejecting; drafters are no voters",
			text: "The UN Security Council voted on Friday to renew the mission in Libya. The resolution, put forward by Britain, passed with 13 votes, with India and Brazil abstaining.",
			want: []string{
				"United Kingdom OFFERED Agreement event asserted",
				"UN Security Council AGREED Agreement event asserted",
				"India PARTICIPATED_IN Other event asserted",
				"Brazil PARTICIPATED_IN Other event asserted",
			},
			absent: []string{
				"India REJECTED Other event asserted",
				"United Kingdom PARTICIPATED_IN Other event asserted",
			}},
		{name: "a veto is a vote against",
			text: "The UN Security Council voted on Monday on a truce in Yemen. The United States vetoed the resolution.",
			want: []string{
				"United States PARTICIPATED_IN Other event asserted",
				"United States REJECTED Other event asserted",
			}},
		{name: "a count of votes against followed by its states",
			text: "The UN Human Rights Council adopted a resolution on Eritrea on Friday. It passed with 20 in favour, two against — Cuba and Venezuela — and nine abstentions.",
			want: []string{
				"Cuba REJECTED Other event asserted",
				"Venezuela REJECTED Other event asserted",
			}},
		{name: "states voting in favour take part",
			text: "The UN General Assembly adopted a resolution on Gaza on Thursday. Ireland and Spain voted in favour.",
			want: []string{
				"Ireland PARTICIPATED_IN Other event asserted",
				"Spain PARTICIPATED_IN Other event asserted",
			},
			absent: []string{"Ireland REJECTED Other event asserted"}},
		{name: "a state refusing to take part in the vote is denied a part",
			text: "The UN Security Council on Friday adopted a resolution on Haiti. Russia and China abstained, while Nicaragua refused to take part in the vote.",
			want: []string{
				"Russia PARTICIPATED_IN Other event asserted",
				"Nicaragua PARTICIPATED_IN Other event denied",
			},
			absent: []string{"Nicaragua PARTICIPATED_IN Other event asserted"}},
		{name: "a council's vote is not placed in the state it is about",
			text:   "The UN Security Council on Monday adopted a resolution on the fighting in Sudan.",
			want:   []string{"UN Security Council PARTICIPATED_IN Other event asserted"},
			absent: []string{"Other event OCCURRED_IN Sudan asserted"}},
		{name: "criticism of the resolution is criticism of the vote",
			text: "The UN Security Council on Monday adopted a resolution on Syria.\n\nRussia's envoy criticised the resolution as hasty.",
			want: []string{"Russia CRITICIZED Other event asserted"}},
		{name: "settling a dispute is no resolution voted on",
			text:   "The UN Security Council urged Peru and Ecuador to seek the resolution of their border dispute.",
			absent: []string{"UN Security Council PARTICIPATED_IN Other event asserted"}},
		{name: "an old resolution cited by number is no vote told",
			text:   "Iran said the move broke UN Security Council Resolution 2231, which the council adopted in 2015.",
			absent: []string{"UN Security Council PARTICIPATED_IN Other event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}

func TestVotingBody(t *testing.T) {
	tests := []struct {
		name string
		typ  graph.EntityType
		want bool
	}{
		{"UN Security Council", graph.Organization, true},
		{"IAEA Board of Governors", graph.Organization, true},
		{"European Parliament", graph.Organization, true},
		{"National Security Council", graph.Organization, false},
		{"Transitional Military Council", graph.Organization, false},
		{"Council", graph.Organization, false},
		{"Security Council", graph.Person, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := votingBody(&entity{name: tt.name, typ: tt.typ}); got != tt.want {
				t.Errorf("votingBody(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
