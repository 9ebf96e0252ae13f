package extract

import (
	"strings"
	"testing"
)

// TestStanceRelations covers stances taken towards actors and events told
// before: threats on a condition or of a price, rejections of an
// accusation, condemnations of "the violence" or "the measures", pairs
// asked of as "both sides"; absent lists claims that must not be read.
func TestStanceRelations(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"both governments are the two states the report is about",
			"Peru accused Bolivia of moving troops to the border. Bolivia said Peru was provoking it. Peru sent more troops on Monday. Chilean President Rosa Vidal urged both governments to show restraint.",
			[]string{"Rosa Vidal DEMANDED Peru asserted", "Rosa Vidal DEMANDED Bolivia asserted"}, nil},
		{"a name set off by commas is no second asker",
			"The head of the Arab League, Ahmed Aboul Gheit, urged Libya to hold the vote.",
			[]string{"Ahmed Aboul Gheit DEMANDED Libya asserted"},
			[]string{"Arab League DEMANDED Libya asserted"}},
		{"a demonym before a body is no pair",
			"Kenya and Somalia traded accusations. The talks were hosted by the Qatari foreign ministry. Ghana urged both sides to return to talks.",
			[]string{"Ghana DEMANDED Kenya asserted", "Ghana DEMANDED Somalia asserted"},
			[]string{"Ghana DEMANDED Qatar asserted"}},
		{"an accusation rejected",
			"Vietnam's foreign ministry said in a statement on Monday that Chinese coast guard ships had rammed a fishing boat. Beijing rejected the accusation.",
			[]string{"China REJECTED Statement event asserted"}, nil},
		{"allegations denied",
			"Polish Prime Minister Donald Tusk said in a speech on Friday that Belarus was pushing migrants across the border. Minsk denied the allegations.",
			[]string{"Belarus REJECTED Statement event asserted"}, nil},
		{"measures condemned",
			"The United States imposed sanctions on three Nicaraguan officials on Tuesday. Managua condemned the measures as illegal.",
			[]string{"Nicaragua CONDEMNED Sanction event asserted"}, nil},
		{"violence condemned by the body quoted before",
			"Gunmen attacked a village in Niger's Tillaberi region on Sunday, killing 20 people, the African Union said. It condemned the violence.",
			[]string{"African Union CONDEMNED Attack event asserted"}, nil},
		{"force warned of on a condition",
			"Indian Defence Minister Rajnath Singh warned that the army would strike militant camps inside Pakistan if the attacks did not stop.",
			[]string{"Rajnath Singh THREATENED Pakistan conditional"}, nil},
		{"the condition's subject is threatened",
			"Russian President Vladimir Putin warned that Moscow could launch new strikes if Moldova joined the alliance.",
			[]string{"Vladimir Putin THREATENED Moldova conditional"},
			[]string{"Vladimir Putin THREATENED Russia conditional"}},
		{"force not ruled out",
			"Venezuelan Defence Minister Vladimir Padrino said Caracas had not ruled out air strikes on Guyana if the drilling went ahead.",
			[]string{"Venezuela THREATENED Guyana conditional"}, nil},
		{"a quoted condition and a response",
			`"If Serbia does not withdraw its troops, we will respond," Kosovo Prime Minister Albin Kurti said.`,
			[]string{"Albin Kurti THREATENED Serbia conditional"}, nil},
		{"a warning of no force is no threat",
			"The central bank of Kenya warned that inflation would rise if the government raised fuel prices.",
			nil, []string{"Central Bank of Kenya THREATENED Kenya conditional"}},
		{"a price to pay",
			`Turkish President Recep Tayyip Erdogan said Greece would "pay a heavy price" for the move.`,
			[]string{"Recep Tayyip Erdogan THREATENED Greece asserted"}, nil},
		{"a deed that will not go unanswered",
			`Hamas said in a statement that Egypt's crimes would not go unanswered.`,
			[]string{"Hamas THREATENED Egypt asserted"}, nil},
		{"help offered by two states",
			"A flood hit southern Malawi on Sunday. Zambia and Tanzania have also offered help.",
			[]string{"Zambia OFFERED Proposal event asserted", "Tanzania OFFERED Proposal event asserted"}, nil},
		{"the offer's own subject, not the speaker before it",
			"The African Union said on Monday it would send observers, and Nigerian President Bola Tinubu offered to mediate between the two sides.",
			[]string{"Bola Tinubu OFFERED Proposal event asserted"},
			[]string{"African Union OFFERED Proposal event asserted"}},
		{"ready for talks on a condition",
			"Interior Minister Jorge Paz said the government was ready to hold talks with the truckers, but only if the blockades were lifted first.",
			[]string{"Jorge Paz OFFERED Meeting event conditional"}, nil},
		{"open to talks",
			"Japanese Prime Minister Shigeru Ishiba said he was open to talks with South Korean President Lee Jae-myung.",
			[]string{"Shigeru Ishiba OFFERED Meeting event asserted"}, nil},
		{"open to a proposal accepts it",
			"Qatar proposed new talks in Doha. A Pakistani official said Islamabad was open to the proposal.",
			nil, []string{"Pakistan OFFERED Proposal event asserted"}},
		{"goods sent to a country",
			"Venezuela, which has sent two tankers of diesel to Nicaragua this year, said it would ship more.",
			[]string{"Venezuela AIDED Nicaragua asserted"}, nil},
		{"goods sold are no aid",
			"India exported oil to Nepal last year.",
			nil, []string{"India AIDED Nepal asserted"}},
		{"a sum pledged",
			"Japan pledged $20 million to Myanmar on Tuesday.",
			[]string{"Japan AIDED Myanmar asserted"}, nil},
		{"a country helped",
			"France helped Jordan intercept the drones, a French official said.",
			[]string{"France AIDED Jordan asserted"}, nil},
		{"a deed that violates the rules",
			"The United States raised tariffs on Canadian steel on Monday. Canada's Finance Ministry said Washington's imposition of tariffs on steel clearly violates the free trade pact.",
			[]string{"Canada's Finance Ministry CRITICIZED Sanction event asserted", "Canada's Finance Ministry CRITICIZED United States asserted"}, nil},
		{"a demonym's account called a lie",
			"Turkey shelled Syria on Monday. Syria's Foreign Minister Faisal Mekdad denied that the camp held fighters, calling the Turkish account \"a lie to justify aggression.\"",
			[]string{"Faisal Mekdad CRITICIZED Turkey asserted"}, nil},
		{"a protest lodged",
			"South Korea lodged a strong protest with Japan on Friday over the textbooks.",
			[]string{"South Korea CRITICIZED Japan asserted"}, nil},
		{"criticism avoided",
			"Lula criticised the sanctions, while Indian Prime Minister Narendra Modi avoided direct criticism of Russia.",
			[]string{"Narendra Modi CRITICIZED Russia denied"}, nil},
		{"criticism received is not made",
			"Hungary drew criticism from Germany over the veto.",
			nil, []string{"Hungary CRITICIZED Germany asserted"}},
		{"a summit that depends on a truce",
			"The Thai foreign minister said a summit with Cambodia would depend on a ceasefire holding along the border.",
			[]string{"Meeting event CONDITIONED_ON Ceasefire event asserted"}, nil},
		{"the authorities of the state reported on",
			"Police in Guinea fired tear gas at protesters on Monday. Guinea's junta banned rallies. Guinea has been ruled by soldiers since 2021, and Senegal voiced concern. ECOWAS urged the authorities to release the detained activists.",
			[]string{"ECOWAS DEMANDED Guinea asserted"}, []string{"ECOWAS DEMANDED Senegal asserted"}},
		{"no authorities when two states are as often named",
			"Chad accused Sudan of arming rebels. Sudan accused Chad of the same. The African Union urged the authorities to show restraint.",
			nil, []string{"African Union DEMANDED Chad asserted", "African Union DEMANDED Sudan asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-16")
			got := claimsOf(t, d)
			if missing := hasAll(got, tt.want); len(missing) > 0 {
				t.Errorf("missing %q\ngot %s", missing, strings.Join(got, "\n    "))
			}
			for _, a := range tt.absent {
				for _, g := range got {
					if g == a {
						t.Errorf("got %q, want no such claim", a)
					}
				}
			}
		})
	}
}
