package extract

import "testing"

func TestPartyBans(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"activities banned", "The Unity Front party, whose activities were banned in March, called a general strike.", []string{"Unity Front"}},
		{"body banned", "The interim government banned the Unity Front in 2024.", []string{"Unity Front"}},
		{"the banned party", "Supporters of the banned Unity Front marched through the capital.", nil},
		{"person banned", "A court banned him from politics for six years.", nil},
	})
}
