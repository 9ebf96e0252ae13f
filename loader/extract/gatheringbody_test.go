package extract

import "testing"

func TestGatheringBodies(t *testing.T) {
	tests := []claimCase{
		{"a body's meeting takes the body",
			"The accord came at a meeting of the Arab League in Cairo on Monday.",
			[]string{"Arab League PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a summit of two bodies takes both",
			"Leaders gathered for a summit of the African Union and the European Union in Brussels on Monday.",
			[]string{"African Union PARTICIPATED_IN Meeting event asserted", "European Union PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a session of a council",
			"An emergency session of the UN Security Council was held in New York on Friday.",
			[]string{"UN Security Council PARTICIPATED_IN Meeting event asserted"}, nil},
		{"the capital after a body's leaders is where its summit sits",
			"The plan will be discussed at a summit of European Union leaders in Brussels on Thursday.",
			[]string{"European Union PARTICIPATED_IN Meeting event possible", "Meeting event OCCURRED_IN Brussels possible"}, nil},
		{"the capital after a host's guests is where the summit sits",
			"Peru will host a summit of Andean leaders in Lima next month.",
			[]string{"Meeting event OCCURRED_IN Lima possible"}, []string{"Meeting event OCCURRED_IN Peru possible"}},
		{"a state's allies meeting is not the state's",
			"Officials said a meeting of Ukraine's allies in Ramstein produced new pledges on Monday.",
			nil, []string{"Ukraine PARTICIPATED_IN Meeting event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
