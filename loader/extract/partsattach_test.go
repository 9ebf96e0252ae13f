package extract

import "testing"

func TestArgumentAttachment(t *testing.T) {
	runClaimCases(t, "2026-01-10", []claimCase{
		{name: "a participle after the met name",
			text: "Bulgarian President Rumen Radev faces a crisis. Greek President Nikos Andreou flew to Sofia on Thursday to meet Radev, saying he wanted unity.",
			want: []string{"Nikos Andreou PARTICIPATED_IN Meeting event asserted", "Rumen Radev PARTICIPATED_IN Meeting event asserted"}},
		{name: "a speaker after a comma still speaks",
			text: "Greek President Nikos Andreou met Bulgarian President Rumen Radev in Sofia on Thursday, the Greek presidency said.",
			want: []string{"Nikos Andreou PARTICIPATED_IN Meeting event asserted", "Rumen Radev PARTICIPATED_IN Meeting event asserted"}},
		{name: "an adjective's capital with a comma",
			text: "NATO leaders opened a summit in the Dutch capital, The Hague, on Tuesday.",
			want: []string{"Meeting event OCCURRED_IN The Hague asserted"}},
		{name: "an adjective's capital without a comma",
			text: "Gunmen attacked a police station in the Nigerien capital Niamey on Sunday, killing four officers.",
			want: []string{"Attack event OCCURRED_IN Niamey asserted"}},
		{name: "the state a visit verb goes to is the place",
			text:   "Chilean President Gabriel Boric is expected to visit Argentina later this year, his office said.",
			want:   []string{"Gabriel Boric PARTICIPATED_IN Meeting event possible", "Meeting event OCCURRED_IN Argentina possible"},
			absent: []string{"Argentina PARTICIPATED_IN Meeting event possible"}},
		{name: "the state a visit noun goes to is the place",
			text:   "Boric also postponed a two-day state visit to Peru that was due to begin on Wednesday.",
			want:   []string{"Meeting event OCCURRED_IN Peru denied"},
			absent: []string{"Peru PARTICIPATED_IN Meeting event denied"}},
		{name: "a state named later in a visit sentence still takes part",
			text:   "Chilean President Gabriel Boric met Argentina's foreign minister during a visit to Buenos Aires on Monday.",
			absent: []string{"Meeting event OCCURRED_IN Argentina asserted"}},
		{name: "a relative clause of bare attendance",
			text: "Leaders of the regional group met in Nairobi on Tuesday for a summit on trade. German Chancellor Olaf Scholz, who also attended, said the group would meet again in Berlin.",
			want: []string{"Olaf Scholz PARTICIPATED_IN Meeting event asserted"}},
		{name: "attendance told before the attendee",
			text: "Leaders of the regional group met in Nairobi on Tuesday for a summit on trade. Attending as an observer was Turkish Foreign Minister Hakan Fidan.",
			want: []string{"Hakan Fidan PARTICIPATED_IN Meeting event asserted"}},
		{name: "attendance of something else",
			text:   "Leaders of the regional group met in Nairobi on Tuesday for a summit on trade. German Chancellor Olaf Scholz, who attended a funeral in Rome, said the group would meet again.",
			absent: []string{"Olaf Scholz PARTICIPATED_IN Meeting event asserted"}},
		{name: "a sanction has no place",
			text:   "Canada imposed sanctions on two Iranian banks in Ottawa on Monday, the foreign ministry said.",
			absent: []string{"Sanction event OCCURRED_IN Ottawa asserted"}},
	})
}
