package extract

import "testing"

// TestWhatCalled covers a stance verb that takes the speaker's own name for
// what happened: "condemned what he called ...".
func TestWhatCalled(t *testing.T) {
	runClaimCases(t, "2026-01-10", []claimCase{
		{"a figure of speech for a takeover",
			"Soldiers seized power in Niamey on Wednesday and detained the president. Senegal denounced what it called an assault on democracy.",
			[]string{"Senegal CONDEMNED Other event asserted"}, nil},
		{"a massacre names the protest fired on",
			`Police fired tear gas at protesters in Lusaka on Monday, killing three. The ministry said order had been restored. "We acted within the law," a spokesman told reporters. Opposition leader Hakainde Hichilema condemned what he called "the brutal killing of peaceful citizens".`,
			[]string{"Hakainde Hichilema CONDEMNED Protest event asserted"}, nil},
		{"what others condemned before",
			`Soldiers seized power in Niamey on Wednesday. The African Union condemned the takeover and demanded the release of the president. The bloc's chair called an emergency summit for Friday. Senegal condemned what it called an attempt "to silence the voters".`,
			[]string{"Senegal CONDEMNED Other event asserted"},
			[]string{"Senegal CONDEMNED Meeting event asserted"}},
		{"what happened is no naming",
			"Soldiers seized power in Niamey on Wednesday. Senegal condemned what happened in the capital.",
			nil, []string{"Senegal CONDEMNED Other event asserted"}},
	})
}

// TestCalledCondemnation covers a verb of naming whose object is an event
// and whose judgement names a people: the event is condemned, the people
// are its victims.
func TestCalledCondemnation(t *testing.T) {
	runClaimCases(t, "2026-01-10", []claimCase{
		{"the measures, not the people harmed",
			`Canada imposed sanctions on Cuban nickel traders on Monday. Cuban Foreign Minister Rosa Ortega called the penalties "financial terror" and "an offence against the Cuban people".`,
			[]string{"Rosa Ortega CONDEMNED Sanction event asserted"},
			[]string{"Rosa Ortega CONDEMNED Cuba asserted"}},
		{"an attack called terror",
			`Russian missiles struck an apartment block in Odesa on Sunday, killing five people. Ukrainian President Volodymyr Zelensky called the strike "pure terror against civilians".`,
			[]string{"Volodymyr Zelensky CONDEMNED Attack event asserted"}, nil},
	})
}
