package extract

import "testing"

func TestActParticipants(t *testing.T) {
	runClaimCases(t, "2026-04-10", []claimCase{
		{"curfew imposed", "Governor Amina Bello imposed a dusk-to-dawn curfew in Jos on Friday.",
			[]string{"Amina Bello PARTICIPATED_IN Other event asserted"}, nil},
		{"troops ordered to a place", "Bandits raided two villages in Kebbi. Governor Musa Idris said he had ordered 300 extra police and Nigerian Army personnel to the province.",
			[]string{"Musa Idris PARTICIPATED_IN Other event asserted", "Nigerian Army PARTICIPATED_IN Other event asserted"}, nil},
		{"a force preparing to deploy", "The vote comes as the Sahel Joint Force, set up last year to replace a UN mission, prepares to deploy its first battalions.",
			[]string{"Sahel Joint Force PARTICIPATED_IN Other event possible"}, nil},
		{"a ban keeps its party as acted on", "The interim government banned the Unity Front in 2024.",
			nil, []string{"Unity Front PARTICIPATED_IN Other event asserted"}},
	})
}
