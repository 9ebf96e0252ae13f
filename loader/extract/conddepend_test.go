package extract

import "testing"

// TestFundingOnCondition covers money a lender says "would depend on" what
// the borrower does: a conditional offer of the speaker, conditioned on the
// borrower's act.
func TestFundingOnCondition(t *testing.T) {
	tests := []claimCase{
		{"a named lender's further loans hang on the state's act",
			"The World Bank said further loans would depend on Zambia restructuring its debt.",
			[]string{"World Bank OFFERED Proposal event conditional", "Proposal event CONDITIONED_ON Other event asserted"}, nil},
		{"the body named before, then by its head noun",
			"The Asian Development Bank approved a grant for Nepal. But the Bank said further disbursements would depend on Nepal cutting its deficit.",
			[]string{"Asian Development Bank OFFERED Proposal event conditional", "Proposal event CONDITIONED_ON Other event asserted"}, nil},
		{"a pronoun before a signalling verb stands for the person quoted",
			"Finance Minister Lars Berg visited Tunisia. He signaled that any new Norwegian financing would depend on Tunisia's government reforming subsidies.",
			[]string{"Lars Berg OFFERED Proposal event conditional", "Proposal event CONDITIONED_ON Other event asserted"}, nil},
		{"payments of no one named offer nothing",
			"Payments would depend on the weather, officials in Lima said.",
			nil, []string{"Proposal event CONDITIONED_ON Other event asserted"}},
		{"money already given depends on nothing to come",
			"Kenya said the loans depend on oil prices.",
			nil, []string{"Kenya OFFERED Proposal event conditional"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}
