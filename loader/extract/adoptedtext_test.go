package extract

import "testing"

func TestAdoptedText(t *testing.T) {
	runClaimCases(t, "2025-03-04", []claimCase{
		{name: "a council endorsing a plan agrees to the text its drafter offered",
			text: "The UN Security Council on Monday endorsed Ruritania's peace plan for Borduria. The British-drafted resolution passed with 12 votes in favour. China and Russia abstained.",
			want: []string{
				"UN Security Council PARTICIPATED_IN Other event asserted",
				"UN Security Council AGREED Agreement event asserted",
				"United Kingdom OFFERED Agreement event asserted",
				"China PARTICIPATED_IN Other event asserted",
			},
			absent: []string{
				"United Kingdom OFFERED Other event asserted",
				"China PARTICIPATED_IN Agreement event asserted",
			}},
		{name: "the plan and the vote in one sentence",
			text: "The UN Security Council voted on Tuesday to back a French-drafted roadmap for elections in Syldavia.",
			want: []string{
				"UN Security Council AGREED Agreement event asserted",
				"France OFFERED Agreement event asserted",
			}},
		{name: "a resolution that censures is the vote alone",
			text: "The IAEA Board of Governors on Friday passed a resolution censuring Mongolia. The resolution, drafted by Britain and France, won 21 votes.",
			want: []string{
				"United Kingdom OFFERED Other event asserted",
				"Board of Governors PARTICIPATED_IN Other event asserted",
			},
			absent: []string{
				"Board of Governors AGREED Agreement event asserted",
				"United Kingdom OFFERED Agreement event asserted",
			}},
		{name: "a council that failed to endorse a plan adopted nothing",
			text: "The UN Security Council on Monday failed to endorse Ruritania's peace plan for Borduria. The resolution, drafted by Britain, won only six votes.",
			absent: []string{
				"UN Security Council AGREED Agreement event asserted",
				"United Kingdom OFFERED Agreement event asserted",
			}},
		{name: "a UN council's text that renews a mission is agreed however it is worded",
			text: "The UN Security Council voted on Thursday to renew the mission in Borduria for a year. The resolution, drafted by Norway together with Chile, was adopted with 13 votes in favour.",
			want: []string{
				"UN Security Council AGREED Agreement event asserted",
				"Norway OFFERED Agreement event asserted",
				"Chile OFFERED Agreement event asserted",
				"UN Security Council PARTICIPATED_IN Other event asserted",
			}},
		{name: "an assembly adopting a text after the dateline agrees to it; the dateline's place does not",
			text: "UNITED NATIONS (Reuters) - The UN General Assembly late on Tuesday adopted a resolution urging Syldavia to release jailed reporters.",
			want: []string{
				"UN General Assembly AGREED Agreement event asserted",
			},
			absent: []string{
				"United Nations AGREED Agreement event asserted",
			}},
		{name: "a text that won too few votes was not carried",
			text: "The UN Security Council on Friday rejected a bid by Ruritania to delay the sanctions. The resolution won only four votes, and nine members voted against.",
			absent: []string{
				"UN Security Council AGREED Agreement event asserted",
			}},
		{name: "a national parliament's vote stays the vote alone",
			text: "Ruritania's parliament on Tuesday passed a resolution on the border. The resolution, drafted by the ruling party, won 120 votes.",
			absent: []string{
				"Ruritanian parliament AGREED Agreement event asserted",
			}},
		{name: "a vetoed text endorsing a plan adopted nothing",
			text: "The UN Security Council voted on Monday on a resolution endorsing Ruritania's peace plan. Russia vetoed the resolution, drafted by Britain.",
			absent: []string{
				"UN Security Council AGREED Agreement event asserted",
			}},
	})
}
