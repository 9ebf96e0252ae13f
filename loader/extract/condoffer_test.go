package extract

import "testing"

// TestConditionalOffers covers concessions a party says it would make on a
// condition, readiness told of a state by its minister, invitations and the
// condition forms that name no event word of their own.
func TestConditionalOffers(t *testing.T) {
	tests := []claimCase{
		{"a concession on a condition is offered by the speaker and the state",
			"Boric said Chile would open its ports to Bolivian exports if Bolivia dropped its maritime claim.",
			[]string{"Boric OFFERED Proposal event conditional", "Chile OFFERED Proposal event conditional",
				"Proposal event CONDITIONED_ON Other event asserted"}, nil},
		{"a readiness to concede past a comma, only if",
			"He said Serbia was ready to recognise the border, but only if Kosovo first disbanded its army.",
			[]string{"Serbia OFFERED Proposal event conditional", "Proposal event CONDITIONED_ON Other event asserted"}, nil},
		{"lowering tariffs is the concession, not the tariffs",
			"Okonjo said Nigeria would not lower the steel tariffs unless Ghana scrapped its export levy.",
			[]string{"Nigeria OFFERED Proposal event conditional", "Proposal event CONDITIONED_ON Other event asserted"},
			[]string{"Sanction event CONDITIONED_ON Other event asserted"}},
		{"a cut on a condition is a threat, no offer",
			"Oslo said Norway could cut its aid to Mali if the junta delayed the vote.",
			nil, []string{"Norway OFFERED Proposal event conditional"}},
		{"a concession with an event word of its own offers nothing new",
			"Peru said it would hold talks with Ecuador if the border stayed calm.",
			nil, []string{"Peru OFFERED Proposal event conditional"}},
		{"a leader's own movement offers with its leader",
			"ULF commander Jon Tarek said his movement would lay down its weapons only if Chad withdrew its soldiers from the frontier.",
			[]string{"Jon Tarek OFFERED Proposal event conditional", "ULF OFFERED Proposal event conditional",
				"Proposal event CONDITIONED_ON Other event asserted"}, nil},
		{"a pronoun's body is no subject of its own",
			"Abdi said his fighters would not disarm until a political agreement was reached.",
			nil, []string{"Abdi OFFERED Proposal event conditional"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

// TestReadinessOfStates covers readiness a speaker tells of a state.
func TestReadinessOfStates(t *testing.T) {
	tests := []claimCase{
		{"the speaker and the named state both offer",
			"Foreign Minister Ana Costa said Portugal was ready to host talks between Chile and Peru in Lisbon.",
			[]string{"Ana Costa OFFERED Meeting event asserted", "Portugal OFFERED Meeting event asserted"}, nil},
		{"each state of a listed subject is ready",
			"Foreign Minister Ana Costa said Portugal and Spain were ready to host talks between Chile and Peru in Lisbon.",
			[]string{"Portugal OFFERED Meeting event asserted", "Spain OFFERED Meeting event asserted"}, nil},
		{"ready for a truce offers it",
			"Defence Minister Omar Said said Somalia remained ready for a full ceasefire with the rebels.",
			[]string{"Omar Said OFFERED Ceasefire event asserted", "Somalia OFFERED Ceasefire event asserted"}, nil},
		{"ready for war offers nothing",
			"Defence Minister Omar Said said Somalia was ready for war with the rebels.",
			nil, []string{"Somalia OFFERED Attack event asserted", "Omar Said OFFERED Attack event asserted"}},
		{"a bloc named by a common noun does not offer",
			"ECOWAS chief Ali Musa said the bloc was prepared to host talks with the juntas in Accra.",
			[]string{"Ali Musa OFFERED Meeting event asserted"},
			[]string{"ECOWAS OFFERED Meeting event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

// TestInvitations covers who invites a guest to visit or to talks.
func TestInvitations(t *testing.T) {
	tests := []claimCase{
		{"an invitation to visit is offered by the host",
			"Austrian Chancellor Karl Weber praised the ties and invited Portuguese Prime Minister Rui Tavares to visit Vienna.",
			[]string{"Karl Weber OFFERED Meeting event asserted"}, nil},
		{"an invitation told of a pronoun guest",
			"Karl Weber said he had invited him to visit Vienna in May.",
			[]string{"Karl Weber OFFERED Meeting event asserted"}, nil},
		{"an invitation to attend a summit offers nothing",
			"Karl Weber invited Rui Tavares to attend the EU summit in Vienna.",
			nil, []string{"Karl Weber OFFERED Meeting event asserted", "Karl Weber OFFERED Meeting event possible"}},
		{"the invited guest offers nothing",
			"Rui Tavares was invited to visit Vienna.",
			nil, []string{"Rui Tavares OFFERED Meeting event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

// TestConditionForms covers condition clauses opened by a refusal's
// "until", a threat's "if", a state's troops as subject, and what is not a
// condition at all.
func TestConditionForms(t *testing.T) {
	tests := []claimCase{
		{"until after a refusal is a condition",
			"Kiir said South Sudan would not sign the peace deal until Sudan withdrew its troops from Abyei.",
			[]string{"Agreement event CONDITIONED_ON Other event asserted"}, nil},
		{"a threat's bare if is a condition",
			"Trump threatened to impose tariffs on Mexico if Mexico did not stop the flow of migrants.",
			[]string{"Sanction event CONDITIONED_ON Other event asserted"}, nil},
		{"a state's troops are the condition's subject",
			"Aliyev said Azerbaijan was ready to sign a peace treaty, but only if Armenian troops pull out of the border villages.",
			[]string{"Agreement event CONDITIONED_ON Other event asserted", "Aliyev DEMANDED Other event asserted"}, nil},
		{"the object of the verb is the condition, a later event is not",
			"Kurti said Kosovo would attend talks in Brussels only if Serbia handed over the men behind the 2023 attack in Zvecan.",
			[]string{"Meeting event CONDITIONED_ON Other event asserted"},
			[]string{"Meeting event CONDITIONED_ON Attack event asserted"}},
		{"on condition of anonymity is no condition",
			"An official, speaking on condition of anonymity, said Oman would join the talks only if Iran stopped arming the militias.",
			[]string{"Meeting event CONDITIONED_ON Other event asserted"}, nil},
		{"talks that fail are not the condition",
			"Trump has threatened strikes on Venezuela if the talks fail.",
			nil, []string{"Attack event CONDITIONED_ON Meeting event asserted"}},
		{"tariffs to be lifted are not the condition",
			"Lula said Brazil would resume beef exports if the tariffs were lifted.",
			nil, []string{"Proposal event CONDITIONED_ON Sanction event asserted"}},
		{"a statement made is not conditioned",
			"Okafor wrote on X that the militia would not quit the hills until a deal was reached.",
			nil, []string{"Statement event CONDITIONED_ON Agreement event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

// TestWeighedConcessions covers concessions put as a gerund after
// "consider", and a state that goes on from its own clause with "and".
func TestWeighedConcessions(t *testing.T) {
	tests := []claimCase{
		{"lifting considered on a condition is offered by the speaker and the state",
			"Blinken said Washington valued Egypt as a partner and would consider lifting the sanctions on its army only if the dam dispute was settled.",
			[]string{"Blinken OFFERED Proposal event conditional", "United States OFFERED Proposal event conditional"}, nil},
		{"a release considered on a condition is the offer itself",
			"Lavrov said Moscow would consider releasing the detained sailors only if Kyiv freed its prisoners.",
			[]string{"Lavrov OFFERED Proposal event conditional", "Russia OFFERED Proposal event conditional"},
			[]string{"Other event CONDITIONED_ON Other event asserted"}},
		{"an invitation not ruled out on a condition is offered",
			"Tomas Berg said he would not rule out inviting rival parties into a broad coalition if his alliance fell short of a majority.",
			[]string{"Tomas Berg OFFERED Proposal event conditional"}, nil},
		{"backing on a condition is offered",
			"Rutte said the Netherlands would back the budget in the vote only if Belgium dropped its veto.",
			[]string{"Rutte OFFERED Proposal event conditional", "Netherlands OFFERED Proposal event conditional"}, nil},
		{"a readiness to discuss on a condition sets terms for talks, offers nothing",
			"Okonjo said Nigeria was prepared to discuss a shared customs post with Ghana, but only if Ghana scrapped its export levy.",
			nil, []string{"Okonjo OFFERED Proposal event conditional", "Nigeria OFFERED Proposal event conditional"}},
		{"what is put on the table on a condition is offered",
			"Boric said Chile would put its copper quotas on the table only if Bolivia dropped its maritime claim.",
			[]string{"Boric OFFERED Proposal event conditional", "Chile OFFERED Proposal event conditional"}, nil},
		{"a buyout on a condition is offered",
			"Okonjo said Nigeria was ready to buy out the Dutch stake in the refinery if the regulator approved the sale.",
			[]string{"Okonjo OFFERED Proposal event conditional", "Nigeria OFFERED Proposal event conditional"}, nil},
		{"what is put elsewhere is no offer",
			"Boric said Chile would put its troops on alert if Bolivia massed forces at the border.",
			nil, []string{"Chile OFFERED Proposal event conditional"}},
		{"a gerund without consider offers nothing",
			"Lavrov said Moscow kept releasing the detained sailors only if Kyiv freed its prisoners.",
			nil, []string{"Lavrov OFFERED Proposal event conditional"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

func TestGerundBase(t *testing.T) {
	for w, want := range map[string]string{"lifting": "lift", "releasing": "release", "dropping": "drop",
		"easing": "ease", "cancelling": "cancel", "canceling": "cancel", "meeting": "meeting", "sing": "sing", "lift": "lift"} {
		if got := gerundBase(w); got != want {
			t.Errorf("gerundBase(%q) = %q, want %q", w, got, want)
		}
	}
}
