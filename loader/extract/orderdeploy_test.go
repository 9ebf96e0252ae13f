package extract

import "testing"

func TestOrderedDeployments(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"ordered police to the province", "Bandits raided two villages in Kebbi. Governor Musa Idris said he had ordered 300 extra police and Nigerian Army personnel to the province.",
			[]string{"Musa Idris", "Nigerian Army"}},
		{"ordered the deployment", "President Amos Kuti condemned the raid and ordered the deployment of more troops to the area.", []string{"Amos Kuti"}},
		{"ordered troops to a named place", "President Amos Kuti ordered troops to Kaduna on Monday.", []string{"Amos Kuti"}},
		{"ordered to act", "President Amos Kuti ordered the army and police to act firmly against looters.", nil},
		{"ordered commanders to move", "President Amos Kuti ordered his commanders to relocate to the north.", nil},
	})
}
