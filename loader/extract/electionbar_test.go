package extract

import "testing"

func TestElectionExclusionsAreDeniedParties(t *testing.T) {
	const vote = "Voters in Zambia cast ballots on Thursday in a presidential election. "
	runClaimCases(t, "2026-04-10", []claimCase{
		{"a passive bar from the race", vote + "The main opposition party, the United Front, was excluded from the race for missing a filing deadline.",
			[]string{"United Front PARTICIPATED_IN Election event denied"}, nil},
		{"two figures barred from standing", vote + "Two opposition figures, former prime minister Joseph Banda and ex-president Grace Tembo, were barred from standing by the electoral commission.",
			[]string{"Joseph Banda PARTICIPATED_IN Election event denied", "Grace Tembo PARTICIPATED_IN Election event denied"}, nil},
		{"a boycott of the poll", vote + "Several opposition parties, including the Patriotic Alliance (PA), boycotted the poll.",
			[]string{"Patriotic Alliance PARTICIPATED_IN Election event denied"}, nil},
		{"an active bar names its object", vote + "The commission barred the Liberal Party from the ballot.",
			[]string{"Liberal Party PARTICIPATED_IN Election event denied"}, nil},
		{"a party barred past a relative clause", vote + "The Unity Front, whose activities were banned in March, was barred from standing.",
			[]string{"Unity Front PARTICIPATED_IN Election event denied"}, nil},
		{"a bar from another office", vote + "Outgoing President Edgar Mulenga is barred from seeking a third term.",
			nil, []string{"Edgar Mulenga PARTICIPATED_IN Election event denied"}},
		{"no vote in the article", "The main opposition party, the United Front, was excluded from the talks.",
			nil, []string{"United Front PARTICIPATED_IN Election event denied"}},
	})
}
