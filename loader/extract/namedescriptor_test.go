package extract

import "testing"

// TestNameDescriptorSubject covers a subject whose name follows "the" and
// a descriptor: the descriptor is no verb taking the name as its object.
func TestNameDescriptorSubject(t *testing.T) {
	tests := []claimCase{
		{"an opposition party",
			"The opposition Liberty Party accused Norway of dumping salmon.",
			[]string{"Liberty Party CRITICIZED Norway asserted"}, nil},
		{"two descriptors",
			"The main opposition Liberty Party criticised Prime Minister Erna Lund over the fishing quotas.",
			[]string{"Liberty Party CRITICIZED Erna Lund asserted"}, nil},
		{"a rebel group",
			"The rebel M23 group accused Burundi of shelling its positions.",
			[]string{"M23 CRITICIZED Burundi asserted"}, nil},
		{"the named party is still an object after a verb",
			"Norway accused the ruling Liberty Party of rigging the count.",
			[]string{"Norway CRITICIZED Liberty Party asserted"}, []string{"Liberty Party CRITICIZED Norway asserted"}},
		{"a noun before a name is no descriptor",
			"The strike hit Norway and Sweden condemned it.",
			nil, []string{"Norway CONDEMNED Attack event asserted"}},
	}
	runClaimCases(t, "2025-05-20", tests)
}
