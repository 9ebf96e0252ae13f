package extract

import "testing"

// TestCalledTargets covers the event a verb of naming judges: the one its
// noun names by word family or kind ("the verdicts", "the arrests", "the
// signing", "the threat"), the one "it" stands for, and a judgement that
// denies a decision any force.
func TestCalledTargets(t *testing.T) {
	tests := []claimCase{
		{"the verdicts name the sentencing, not a statement told since",
			`A court in Lima sentenced nine former officials to prison terms on Tuesday. Former President Luis Arce accused the government of persecution in a video posted on Wednesday. Human Rights Watch called the verdicts "a mockery of due process".`,
			[]string{"Human Rights Watch CRITICIZED Other event asserted"},
			[]string{"Human Rights Watch CRITICIZED Statement event asserted"}},
		{"the arrests name the detention",
			`Peruvian police on Monday detained three Chilean journalists in Tacna. Chile called the arrests "unfriendly" and demanded their release.`,
			[]string{"Chile CRITICIZED Other event asserted"}, nil},
		{"the signing names the agreement",
			`Ecuador and Peru signed a border agreement in Quito on Friday. The talks lasted two days. Peruvian opposition leader Rosa Quintana called the signing "a bad day for the south".`,
			[]string{"Rosa Quintana CRITICIZED Agreement event asserted"}, nil},
		{"the threat names the measure threatened",
			`Brazil's president threatened on Monday to impose a 20 percent tariff on Argentine cars. Argentine Economy Minister Pablo Ruiz called the threat "reckless".`,
			[]string{"Pablo Ruiz CRITICIZED Sanction event asserted"}, nil},
		{"a name before the noun only says whose move it is",
			`The European Union imposed tariffs on Chinese steel on Monday. Chinese Commerce Minister Li Wen called the European move "blatant protectionism".`,
			[]string{"Li Wen CRITICIZED Sanction event asserted"}, nil},
		{"a move void in law is rejected",
			`The United Nations reimposed sanctions on Venezuela on Saturday. Venezuelan Foreign Minister Ana Rojas called the move "legally void" and vowed to respond.`,
			[]string{"Ana Rojas REJECTED Sanction event asserted"},
			[]string{"Ana Rojas CRITICIZED Sanction event asserted"}},
		{"a decision said to be null and void is rejected",
			`The United Nations reimposed sanctions on Venezuela on Saturday. Venezuelan Foreign Minister Ana Rojas said the decision was "null and void".`,
			[]string{"Ana Rojas REJECTED Sanction event asserted"}, nil},
		{"it stands for what others judged just before",
			`Bolivia and Paraguay signed a gas deal on Monday. Brazil rejected the deal as unfair. Argentina called it "a provocation".`,
			[]string{"Argentina CRITICIZED Agreement event asserted"}, nil},
		{"a negation of the verb before does not deny the naming",
			`A court in Paramaribo sentenced opposition leader Ruben Kastel to eight years in prison on Monday. Kastel said he would not accept the verdict and called it "a farce".`,
			[]string{"Ruben Kastel CRITICIZED Other event asserted"},
			[]string{"Ruben Kastel CRITICIZED Other event denied"}},
		{"it before a clause of its own judges the clause",
			`Peru closed its border with Chile on Monday. Bolivia called it "regrettable" that Lima acted alone.`,
			nil, []string{"Bolivia CRITICIZED Other event asserted"}},
		{"a participle after a quoted speaker takes the speaker",
			`The United Nations reimposed sanctions on Venezuela on Saturday. Foreign Minister Ana Rojas said Caracas would not comply, calling the move "blackmail".`,
			[]string{"Ana Rojas CRITICIZED Sanction event asserted"},
			[]string{"Venezuela CRITICIZED Sanction event asserted"}},
		{"a verb of blame before takes it first",
			`Bolivia and Paraguay signed a gas deal on Monday. Brazil condemned the deal, calling it "a provocation".`,
			[]string{"Brazil CONDEMNED Agreement event asserted"},
			[]string{"Brazil CRITICIZED Agreement event asserted"}},
		{"a verb of branding judges as calling does",
			`Japanese Prime Minister Taro Sato visited the Yasukuni shrine on Monday. China branded the visit "a grave provocation".`,
			[]string{"China CRITICIZED Meeting event asserted"}, nil},
		{"a branding asks nothing",
			`Chile branded on Monday a plan by Peru to close the border "reckless".`,
			nil, []string{"Chile DEMANDED Peru asserted"}},
		{"talks held since are no move",
			`The United Nations reimposed sanctions on Venezuela on Saturday. Venezuelan ministers held an emergency meeting in Caracas on Sunday. Foreign Minister Ana Rojas said the move was "illegal".`,
			[]string{"Ana Rojas CRITICIZED Sanction event asserted"},
			[]string{"Ana Rojas CRITICIZED Meeting event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
