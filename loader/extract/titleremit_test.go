package extract

import "testing"

func TestTitleRoles(t *testing.T) {
	runClaimCases(t, "2026-01-10", []claimCase{
		{name: "portfolio after of",
			text: "Kenya's Minister of Trade and Industry John Carter visited Mombasa on Monday.",
			want: []string{"John Carter AFFILIATED_WITH Kenya asserted"}},
		{name: "portfolio after for",
			text: "Ghana's Minister for Foreign Affairs Samuel Mensah spoke to reporters on Monday.",
			want: []string{"Samuel Mensah AFFILIATED_WITH Ghana asserted"}},
		{name: "UN office with its remit",
			text: "UN Under-Secretary-General for Political Affairs John Carter condemned the shelling of Kherson.",
			want: []string{"John Carter AFFILIATED_WITH United Nations asserted"}},
		{name: "UN office without remit",
			text:   "UN Assistant Secretary-General John Carter condemned the shelling of Kherson.",
			want:   []string{"John Carter AFFILIATED_WITH United Nations asserted"},
			absent: []string{"John Carter LEADS United Nations asserted"}},
		{name: "a body named after the title keeps its name",
			text: "Ivan Petrenko, secretary of the National Security and Defence Council, said the talks had failed.",
			want: []string{"Ivan Petrenko AFFILIATED_WITH National Security and Defence Council asserted"}},
		{name: "trade representative of a state",
			text: "US Trade Representative John Carter said tariffs on steel would stay.",
			want: []string{"John Carter AFFILIATED_WITH United States asserted"}},
		{name: "who has ruled",
			text: "John Carter, who has ruled Moldova since 2009, said on Friday he would run again.",
			want: []string{"John Carter LEADS Moldova asserted"}},
		{name: "who had led a party",
			text: "Samuel Mensah, 70, who had led the Unity Party for two decades, died on Sunday.",
			want: []string{"Samuel Mensah LEADS Unity Party asserted"}},
		{name: "who ruled out is no rule",
			text:   "John Carter, who ruled out talks with Moldova, spoke on Friday.",
			absent: []string{"John Carter LEADS Moldova asserted"}},
		{name: "led by a titled leader",
			text: "The Unity party, led by Kenyan Prime Minister John Carter, won 40% of the vote.",
			want: []string{"John Carter LEADS Unity asserted"}},
		{name: "candidate of a party",
			text: "Marta Quispe of the Green Horizon Party won 40% of the vote, while John Carter, 61, of the governing Unity Party had 30%.",
			want: []string{"Marta Quispe AFFILIATED_WITH Green Horizon Party asserted", "John Carter AFFILIATED_WITH Unity Party asserted"}},
	})
}
